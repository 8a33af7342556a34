//! `data/health-inequalities.json`: healthy life expectancy, smoking, obesity, preventable
//! cardiovascular deaths (ONS, OHID), the 2020 Fingertips snapshot (slope index of inequality,
//! self-harm, child excess weight), child obesity 2022/23 (NCMP) and the indices of deprivation.

use crate::model::{Point, Series, Status, ThemeData, FORMAT_VERSION};
use crate::prepare::areas::{BANES, ENGLAND, SOUTH_WEST, SWINDON, WILTSHIRE};
use crate::prepare::common::{push_point, SeriesKey};
use crate::prepare::els::{read_els, ElsMapping};
use crate::prepare::table::RawTable;
use crate::prepare::PrepareError;

/// ELS tidy file of the four main indicators, relative to `raw/`.
pub const RAW_ELS: &str = "health-indicators-la/health_indicators_bsw.csv";
/// NCMP 2022/23 child obesity.
pub const RAW_NCMP: &str = "health-indicators-la/child_obesity_ncmp_2022-23_bsw.csv";
/// The 2020 Fingertips snapshot files and the indicator each holds.
pub const RAW_FINGERTIPS: [(&str, &str); 4] = [
    (
        "health-indicators-la/fingertips_snapshot_2020/slope_index_of_inequality_bsw.csv",
        "sii-life-expectancy",
    ),
    (
        "health-indicators-la/fingertips_snapshot_2020/admissions_self_harm_bsw.csv",
        "self-harm-admissions",
    ),
    (
        "health-indicators-la/fingertips_snapshot_2020/excess_weight_reception_bsw.csv",
        "excess-weight-reception",
    ),
    (
        "health-indicators-la/fingertips_snapshot_2020/excess_weight_year6_bsw.csv",
        "excess-weight-year6",
    ),
];
/// Indices of deprivation 2019 and 2025.
pub const RAW_IMD: &str = "imd-la/iod_lad_bsw_2019_2025.csv";

const AREAS: [&str; 5] = [BANES, SWINDON, WILTSHIRE, SOUTH_WEST, ENGLAND];

/// Adds a measured value.
fn push_actual(series: &mut Vec<Series>, indicator: &str, area: &str, source: &str, point: Point) {
    let key = SeriesKey {
        indicator,
        area,
        source,
        status: Status::Actual,
    };
    push_point(series, key, point);
}

fn read_fingertips(
    file: &str,
    text: &str,
    indicator: &str,
    out: &mut Vec<Series>,
) -> Result<(), PrepareError> {
    let raw = RawTable::parse(file, text)?;
    let (area, period, value, significance) = (
        raw.column("area_code")?,
        raw.column("period")?,
        raw.column("value")?,
        raw.column("significance")?,
    );
    let group = raw.table.column("group");
    for row in &raw.table.rows {
        if raw.text(row, value) == "NA" {
            continue;
        }
        let id = match group.map(|g| raw.text(row, g)) {
            Some("Male") => format!("{indicator}-male"),
            Some("Female") => format!("{indicator}-female"),
            Some(other) => {
                return Err(PrepareError::BadValue {
                    file: file.into(),
                    line: row.line,
                    message: format!("unexpected group \"{other}\""),
                })
            }
            None => indicator.to_owned(),
        };
        let mut point = Point::new(raw.text(row, period), raw.number(row, value)?);
        let sig = raw.text(row, significance);
        if !sig.is_empty() && sig != "Not compared" {
            point.note = Some(format!(
                "Compared with England: {} (Fingertips)",
                sig.to_lowercase()
            ));
        }
        push_actual(out, &id, raw.text(row, area), "phe-fingertips-2020", point);
    }
    Ok(())
}

fn read_ncmp(file: &str, text: &str, out: &mut Vec<Series>) -> Result<(), PrepareError> {
    let raw = RawTable::parse(file, text)?;
    let (area, name, period, value) = (
        raw.column("areacd")?,
        raw.column("indicator")?,
        raw.column("period")?,
        raw.column("value")?,
    );
    for row in &raw.table.rows {
        let indicator = match raw.text(row, name) {
            n if n.contains("reception") => "child-obesity-reception",
            n if n.contains("Year 6") => "child-obesity-year6",
            other => {
                return Err(PrepareError::BadValue {
                    file: file.into(),
                    line: row.line,
                    message: format!("unexpected indicator \"{other}\""),
                })
            }
        };
        let v = (raw.number(row, value)? * 10.0).round() / 10.0;
        push_actual(
            out,
            indicator,
            raw.text(row, area),
            "nhse-ncmp-2022-23",
            Point::new(raw.text(row, period), v),
        );
    }
    Ok(())
}

/// Reads the Index of Multiple Deprivation rows of an IoD summary file into `out` (average
/// score, rank of average score, share of neighbourhoods in the most deprived decile).
pub fn read_imd(file: &str, text: &str, out: &mut Vec<Series>) -> Result<(), PrepareError> {
    let raw = RawTable::parse(file, text)?;
    let (area, year, domain) = (
        raw.column("area_code")?,
        raw.column("iod_year")?,
        raw.column("index_domain")?,
    );
    let (score, rank, decile) = (
        raw.column("average_score")?,
        raw.column("rank_average_score")?,
        raw.column("proportion_bottom_decile")?,
    );
    for row in raw
        .table
        .rows
        .iter()
        .filter(|r| raw.text(r, domain) == "Index of Multiple Deprivation")
    {
        let y = raw.text(row, year);
        let source = match y {
            "2019" => "mhclg-iod2019",
            "2025" => "mhclg-iod2025",
            other => {
                return Err(PrepareError::BadValue {
                    file: file.into(),
                    line: row.line,
                    message: format!("unexpected edition \"{other}\""),
                })
            }
        };
        let code = raw.text(row, area);
        push_actual(
            out,
            "imd-average-score",
            code,
            source,
            Point::new(y, raw.number(row, score)?),
        );
        push_actual(
            out,
            "imd-rank",
            code,
            source,
            Point::new(y, raw.number(row, rank)?),
        );
        let share = (raw.number(row, decile)? * 1000.0).round() / 10.0;
        push_actual(
            out,
            "imd-most-deprived-decile",
            code,
            source,
            Point::new(y, share),
        );
    }
    Ok(())
}

/// Some figures carry binary noise (100.15675999999999): keeps 2 decimals. Rounding value
/// and limits alike keeps each interval around its value.
pub fn round_to_hundredths(series: &mut [Series]) {
    for s in series {
        for p in &mut s.points {
            p.value = (p.value * 100.0).round() / 100.0;
            p.lower = p.lower.map(|v| (v * 100.0).round() / 100.0);
            p.upper = p.upper.map(|v| (v * 100.0).round() / 100.0);
        }
    }
}

/// The raw texts the health theme is built from.
pub struct HealthRaw<'a> {
    /// [`RAW_ELS`].
    pub els: &'a str,
    /// [`RAW_NCMP`].
    pub ncmp: &'a str,
    /// The texts of [`RAW_FINGERTIPS`], in the same order.
    pub fingertips: [&'a str; 4],
    /// [`RAW_IMD`].
    pub imd: &'a str,
}

/// How the ONS Explore Local Statistics health indicators map to the explorer's.
pub const ELS_MAPPINGS: [ElsMapping; 5] = [
    ElsMapping {
        raw_name: "Female healthy life expectancy",
        indicator: "hle-female",
        source: "ons-hle",
    },
    ElsMapping {
        raw_name: "Male healthy life expectancy",
        indicator: "hle-male",
        source: "ons-hle",
    },
    ElsMapping {
        raw_name: "Adults that currently smoke cigarettes",
        indicator: "smoking-prevalence",
        source: "ons-aps-smoking",
    },
    ElsMapping {
        raw_name: "Adult obesity prevalence",
        indicator: "adult-obesity",
        source: "ohid-adult-obesity",
    },
    ElsMapping {
        raw_name: "Preventable cardiovascular mortality (England)",
        indicator: "preventable-cvd-mortality",
        source: "ohid-preventable-cvd",
    },
];

/// Builds the health inequalities theme (public series only).
pub fn build(raw: &HealthRaw<'_>) -> Result<ThemeData, PrepareError> {
    let mut series = read_els(&format!("raw/{RAW_ELS}"), raw.els, &ELS_MAPPINGS, &AREAS)?;
    round_to_hundredths(&mut series);
    for ((file, indicator), text) in RAW_FINGERTIPS.iter().zip(raw.fingertips) {
        read_fingertips(&format!("raw/{file}"), text, indicator, &mut series)?;
    }
    read_ncmp(&format!("raw/{RAW_NCMP}"), raw.ncmp, &mut series)?;
    read_imd(&format!("raw/{RAW_IMD}"), raw.imd, &mut series)?;
    Ok(ThemeData {
        format_version: FORMAT_VERSION,
        theme: "health-inequalities".into(),
        sources: Vec::new(),
        indicators: Vec::new(),
        series,
    })
}
