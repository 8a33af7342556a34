//! `data/england.json`: every English local authority district in 2023, with simplified
//! outlines and the latest value of each indicator published for all of them, from the filtered
//! copies in `raw/england/`. Indicator definitions and sources are taken from the themes, and
//! every value for B&NES, Swindon, Wiltshire and England must equal the theme's, so the two
//! files can never tell different stories. Values of districts abolished before 2023 (some
//! files still list them) are left out: the map is of the 2023 districts.

use crate::model::england::{AllAreasIndicator, EnglandFile, LocalAuthority, ENGLAND};
use crate::model::{Series, ThemeData, FORMAT_VERSION};
use crate::prepare::boundaries::read_features;
use crate::prepare::els::{read_els, ElsMapping};
use crate::prepare::health::{self, read_imd, round_to_hundredths};
use crate::prepare::housing;
use crate::prepare::simplify::simplify_ring;
use crate::prepare::table::RawTable;
use crate::prepare::{population, PrepareError};
use std::collections::BTreeMap;

/// The outlines, relative to `raw/`.
pub const RAW_BOUNDARIES: &str = "england/ltla_2023_england_bsc.geojson";
/// Mid-2023 population estimates of every district.
pub const RAW_POPULATION: &str = "england/population_mye_2023.csv";
/// English indices of deprivation 2025, district summaries.
pub const RAW_IMD: &str = "england/iod2025_imd_lad.csv";

/// One ONS Explore Local Statistics file: its path under `raw/`, the explorer indicators it
/// holds (mapped as in their themes), and whether its values are rounded to 2 decimals as the
/// health theme rounds them.
pub struct ElsFile {
    /// Path relative to `raw/`.
    pub path: &'static str,
    /// Ids of the indicators it holds.
    pub indicators: &'static [&'static str],
    /// Round to 2 decimals (the health indicators carry binary noise).
    pub round: bool,
}

/// The ONS Explore Local Statistics files, one period each.
pub const RAW_ELS: [ElsFile; 6] = [
    ElsFile {
        path: "england/healthy_life_expectancy_2022-24.csv",
        indicators: &["hle-female", "hle-male"],
        round: true,
    },
    ElsFile {
        path: "england/smoking_prevalence_2023.csv",
        indicators: &["smoking-prevalence"],
        round: true,
    },
    ElsFile {
        path: "england/adult_obesity_2024-25.csv",
        indicators: &["adult-obesity"],
        round: true,
    },
    ElsFile {
        path: "england/preventable_cvd_mortality_2022-24.csv",
        indicators: &["preventable-cvd-mortality"],
        round: true,
    },
    ElsFile {
        path: "england/net_additions_per_1000_2024-25.csv",
        indicators: &["net-additions-per-1000"],
        round: false,
    },
    ElsFile {
        path: "england/housing_affordability_ratio_2025.csv",
        indicators: &["affordability-ratio"],
        round: false,
    },
];

/// The population indicators taken for every district.
const POPULATION_INDICATORS: [&str; 4] = [
    "population-total",
    "share-aged-65-plus",
    "share-aged-75-plus",
    "share-aged-85-plus",
];

/// Codes changed in 2025 with no change of boundary (Barnsley and Sheffield: same names, the
/// old code ends in 2024 and the new starts in 2025 in the ONSvisual TopoJSON): files of 2025
/// figures use the new code, the 2023 outlines the old.
const RECODED: [(&str, &str); 2] = [("E08000038", "E08000016"), ("E08000039", "E08000019")];

/// Simplification tolerance in degrees of latitude (about 300 m, well under a pixel on a map of
/// England a screen wide) and the decimals kept (about 100 m).
const TOLERANCE: f64 = 0.003;
const DECIMALS: i32 = 3;

/// The raw texts the England-wide file is built from.
pub struct EnglandRaw<'a> {
    /// [`RAW_BOUNDARIES`].
    pub boundaries: &'a str,
    /// [`RAW_POPULATION`].
    pub population: &'a str,
    /// [`RAW_IMD`].
    pub imd: &'a str,
    /// The texts of [`RAW_ELS`], in the same order.
    pub els: Vec<String>,
}

fn all_codes(file: &str, text: &str) -> Result<Vec<String>, PrepareError> {
    let raw = RawTable::parse(file, text)?;
    let col = raw.column("areacd")?;
    let mut codes: Vec<String> = raw
        .table
        .rows
        .iter()
        .map(|r| raw.text(r, col).to_owned())
        .collect();
    codes.sort();
    codes.dedup();
    Ok(codes)
}

/// Every series read from the raw files, for any area.
fn read_series(raw: &EnglandRaw<'_>) -> Result<Vec<Series>, PrepareError> {
    let mut series: Vec<Series> = population::build_from(RAW_POPULATION, raw.population)?
        .series
        .into_iter()
        .filter(|s| POPULATION_INDICATORS.contains(&s.indicator.as_str()))
        .collect();
    for (f, text) in RAW_ELS.iter().zip(&raw.els) {
        let file = format!("raw/{}", f.path);
        let codes = all_codes(&file, text)?;
        let refs: Vec<&str> = codes.iter().map(String::as_str).collect();
        let mappings: Vec<ElsMapping> = health::ELS_MAPPINGS
            .iter()
            .chain(&housing::ELS_MAPPINGS)
            .filter(|m| f.indicators.contains(&m.indicator))
            .cloned()
            .collect();
        let mut read = read_els(&file, text, &mappings, &refs)?;
        if f.round {
            round_to_hundredths(&mut read);
        }
        series.extend(read);
    }
    let mut imd = Vec::new();
    read_imd(&format!("raw/{RAW_IMD}"), raw.imd, &mut imd)?;
    series.extend(
        imd.into_iter()
            .filter(|s| s.indicator == "imd-average-score"),
    );
    Ok(series)
}

fn mismatch(indicator: &str, message: String) -> PrepareError {
    PrepareError::BadValue {
        file: "raw/england/".into(),
        line: 0,
        message: format!("{indicator}: {message}"),
    }
}

/// One indicator's values at its single period, checked against the theme that defines it.
fn indicator(
    id: &str,
    series: &[Series],
    themes: &[&ThemeData],
) -> Result<(AllAreasIndicator, crate::model::Source), PrepareError> {
    let (theme, definition) = themes
        .iter()
        .find_map(|t| t.indicator(id).map(|i| (*t, i.clone())))
        .ok_or_else(|| mismatch(id, "no theme defines this indicator".into()))?;
    let mine: Vec<&Series> = series.iter().filter(|s| s.indicator == id).collect();
    let first = mine
        .first()
        .ok_or_else(|| mismatch(id, "no values in the raw files".into()))?;
    let period = first
        .points
        .first()
        .map(|p| p.period.clone())
        .ok_or_else(|| mismatch(id, "a series without points".into()))?;
    let mut values = BTreeMap::new();
    for s in &mine {
        for p in &s.points {
            if p.period != period {
                return Err(mismatch(
                    id,
                    format!("two periods ({period} and {})", p.period),
                ));
            }
            let code = RECODED
                .iter()
                .find(|(new, _)| *new == s.area)
                .map_or(s.area.as_str(), |(_, old)| old);
            values.insert(code.to_owned(), p.value);
        }
    }
    // The same figure in the theme must be the same number here.
    for s in theme.series.iter().filter(|s| s.indicator == id) {
        for p in s.points.iter().filter(|p| p.period == period) {
            if let Some(v) = values.get(&s.area) {
                if *v != p.value {
                    return Err(mismatch(
                        id,
                        format!(
                            "{} {period} is {v} here but {} in data/{}.json",
                            s.area, p.value, theme.theme
                        ),
                    ));
                }
            }
        }
    }
    let src = theme
        .source(&first.source)
        .cloned()
        .ok_or_else(|| mismatch(id, format!("unknown source {}", first.source)))?;
    Ok((
        AllAreasIndicator {
            indicator: definition,
            period,
            source: first.source.clone(),
            values,
        },
        src,
    ))
}

/// The order the indicators are listed in (themes' order: population, housing, health).
const ORDER: [&str; 12] = [
    "population-total",
    "share-aged-65-plus",
    "share-aged-75-plus",
    "share-aged-85-plus",
    "net-additions-per-1000",
    "affordability-ratio",
    "hle-female",
    "hle-male",
    "smoking-prevalence",
    "adult-obesity",
    "preventable-cvd-mortality",
    "imd-average-score",
];

/// The source of the outlines, in the catalogue.
pub const BOUNDARY_SOURCE: &str = "onsvisual-ltla-2023";

/// The England-wide map file, its indicators taken from the (completed) `themes` and the source
/// of its outlines from the catalogue.
pub fn build(
    raw: &EnglandRaw<'_>,
    themes: &[&ThemeData],
    boundary_source: crate::model::Source,
) -> Result<EnglandFile, PrepareError> {
    let series = read_series(raw)?;
    let mut indicators = Vec::new();
    let mut sources: Vec<crate::model::Source> = Vec::new();
    for id in ORDER {
        let (ind, src) = indicator(id, &series, themes)?;
        if !sources.iter().any(|s| s.id == src.id) {
            sources.push(src);
        }
        indicators.push(ind);
    }
    let areas: Vec<LocalAuthority> = read_features(RAW_BOUNDARIES, raw.boundaries)?
        .into_iter()
        .map(|f| {
            let mut rings: Vec<Vec<[f64; 2]>> = f
                .rings
                .iter()
                .map(|r| simplify_ring(r, TOLERANCE, DECIMALS))
                .filter(|r| r.len() >= 3)
                .collect();
            if rings.is_empty() {
                // A tiny island authority: keep its largest ring as it is, rounded.
                rings = f
                    .rings
                    .iter()
                    .max_by_key(|r| r.len())
                    .map(|r| simplify_ring(r, 0.0, DECIMALS + 1))
                    .into_iter()
                    .collect();
            }
            LocalAuthority {
                code: f.code,
                name: f.name,
                rings,
            }
        })
        .collect();
    for ind in &mut indicators {
        ind.values
            .retain(|code, _| code == ENGLAND || areas.iter().any(|a| &a.code == code));
    }
    Ok(EnglandFile {
        format_version: FORMAT_VERSION,
        boundary_source,
        sources,
        areas,
        indicators,
    })
}
