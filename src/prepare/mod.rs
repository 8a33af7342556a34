//! Data preparation: turns the raw public files copied into `raw/` into the bundled JSON in
//! `data/`. Run it with `cargo run --bin prepare-data` (or `make data`); `--check` verifies that
//! `data/` is exactly what `raw/` produces.
//!
//! Everything here is pure (text in, JSON text out); the binary does the file handling.

pub mod age_profiles;
pub mod areas;
pub mod boundaries;
pub mod catalogue;
pub mod common;
pub mod copied_months;
pub mod els;
pub mod england;
pub mod gp_workforce;
pub mod health;
pub mod housing;
pub mod neighbourhoods;
pub mod performance;
pub mod population;
pub mod projection_2022;
pub mod seeds;
pub mod simplify;
pub mod table;
pub mod waiting;
pub mod wider;

use crate::model::csv::CsvError;
use crate::model::ThemeData;
use thiserror::Error;

/// A raw file could not be turned into data.
#[derive(Debug, Error)]
pub enum PrepareError {
    /// A raw CSV file is malformed.
    #[error("{file}: {source}")]
    Csv {
        /// The raw file.
        file: String,
        /// The problem.
        source: CsvError,
    },
    /// A raw file lacks a column the preparation needs.
    #[error("{file}: the column \"{column}\" is missing")]
    MissingColumn {
        /// The raw file.
        file: String,
        /// The column.
        column: String,
    },
    /// A value in a raw file is not what was expected.
    #[error("{file}:{line}: {message}")]
    BadValue {
        /// The raw file.
        file: String,
        /// Line in the file.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// The output could not be written as JSON.
    #[error("could not write JSON: {0}")]
    Json(#[from] serde_json::Error),
}

/// One output file: its path under the repository (e.g. `data/population.json`) and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// Path relative to the repository root.
    pub path: String,
    /// File contents.
    pub text: String,
}

/// Reads a raw file by its path relative to `raw/`.
pub trait RawFiles {
    /// The text of `raw/<path>`.
    fn read(&self, path: &str) -> std::io::Result<String>;
}

/// Reads `raw/<path>`, naming the file in the error.
type Read<'a> = dyn Fn(&str) -> Result<String, PrepareError> + 'a;

/// Builds every file of `data/` from the raw files.
pub fn build_all(raw: &dyn RawFiles) -> Result<Vec<Output>, PrepareError> {
    let read = |path: &str| {
        raw.read(path).map_err(|e| PrepareError::BadValue {
            file: format!("raw/{path}"),
            line: 0,
            message: e.to_string(),
        })
    };
    let catalogue = catalogue::Catalogue::read(&catalogue::CatalogueRaw {
        sources: &read(catalogue::RAW_SOURCES)?,
        indicators: &read(catalogue::RAW_INDICATORS)?,
        standards: &read(catalogue::RAW_STANDARDS)?,
        targets: &read(catalogue::RAW_TARGETS)?,
        breaks: &read(catalogue::RAW_BREAKS)?,
        recalculations: &read(catalogue::RAW_RECALCULATIONS)?,
    })?;
    let mut themes = [
        population::build_bundled(
            &read(population::RAW_FILE)?,
            &read(projection_2022::RAW_FILE)?,
        )?,
        housing::build(&read(housing::RAW_ELS)?, &read(housing::RAW_COUNTS)?)?,
        build_health(&read)?,
        build_performance(&read)?,
        ThemeData {
            series: gp_workforce::build(
                &read(gp_workforce::RAW_PRACTICES)?,
                &read(gp_workforce::RAW_BSW_CODES)?,
                &read(gp_workforce::RAW_SNAPSHOTS)?,
            )?,
            ..empty_theme("finance-workforce")
        },
    ];
    for theme in &mut themes {
        catalogue.complete(theme)?;
        common::sort_series(&mut theme.series, &theme.indicators);
    }
    let mut outputs = build_maps(&read, &catalogue, &themes)?;
    let seeds = seeds::read(
        &read(seeds::RAW_SOURCES)?,
        &read(seeds::RAW_INDICATORS)?,
        &read(seeds::RAW_FIGURES)?,
    )?;
    for mut theme in themes {
        seeds.add_to(&mut theme);
        outputs.push(Output {
            path: format!("data/{}.json", theme.theme),
            text: to_json(&theme)?,
        });
    }
    Ok(outputs)
}

/// The health inequalities theme: the health indicators, life expectancy and the wider
/// determinants.
fn build_health(read: &Read<'_>) -> Result<ThemeData, PrepareError> {
    let fingertips = health::RAW_FINGERTIPS
        .iter()
        .map(|(file, _)| read(file))
        .collect::<Result<Vec<_>, _>>()?;
    let mut health = health::build(&health::HealthRaw {
        els: &read(health::RAW_ELS)?,
        ncmp: &read(health::RAW_NCMP)?,
        fingertips: [
            &fingertips[0],
            &fingertips[1],
            &fingertips[2],
            &fingertips[3],
        ],
        imd: &read(health::RAW_IMD)?,
    })?;
    health.series.extend(wider::read_life_expectancy(&read(
        wider::RAW_LIFE_EXPECTANCY,
    )?)?);
    let areas = [
        areas::BSW,
        areas::BANES,
        areas::SWINDON,
        areas::WILTSHIRE,
        areas::ENGLAND,
        areas::SOUTH_WEST,
    ];
    for mapping in &wider::read_mappings(&read(wider::RAW_MAPPINGS)?)? {
        let text = read(&mapping.file)?;
        health
            .series
            .extend(wider::read_wider(mapping, &text, &areas)?);
    }
    Ok(health)
}

/// The performance theme: A&E, referral to treatment and cancer waiting times.
fn build_performance(read: &Read<'_>) -> Result<ThemeData, PrepareError> {
    let mut series = performance::build_ae(&performance::AeRaw {
        trusts: &read(performance::RAW_TRUSTS)?,
        icbs: &read(performance::RAW_ICBS)?,
        by_type: &read(performance::RAW_BY_TYPE)?,
        field_test: &read(performance::RAW_FIELD_TEST)?,
        excluded: &read(performance::RAW_EXCLUDED)?,
    })?;
    let mut waiting_texts = std::collections::BTreeMap::new();
    for (org, _) in waiting::ORGANISATIONS {
        for kind in ["rtt", "cancer"] {
            let file = waiting::raw_file(kind, org);
            waiting_texts.insert(file.clone(), read(&file)?);
        }
    }
    series.extend(waiting::build(&waiting_texts)?);
    Ok(ThemeData {
        series,
        ..empty_theme("performance")
    })
}

/// The area list and the two map files (the England map takes its indicators from the themes).
fn build_maps(
    read: &Read<'_>,
    catalogue: &catalogue::Catalogue,
    themes: &[ThemeData],
) -> Result<Vec<Output>, PrepareError> {
    let boundaries = boundaries::build(
        &read(boundaries::RAW_FILE)?,
        catalogue.source(boundaries::SOURCE)?,
    )?;
    let england = england::build(
        &england::EnglandRaw {
            boundaries: &read(england::RAW_BOUNDARIES)?,
            population: &read(england::RAW_POPULATION)?,
            imd: &read(england::RAW_IMD)?,
            els: england::RAW_ELS
                .iter()
                .map(|f| read(f.path))
                .collect::<Result<Vec<_>, _>>()?,
        },
        &themes.iter().collect::<Vec<_>>(),
        catalogue.source(england::BOUNDARY_SOURCE)?,
    )?;
    let ages = age_profiles::build(
        &read(age_profiles::RAW_ESTIMATE)?,
        &read(projection_2022::RAW_FILE)?,
        catalogue,
    )?;
    let neighbourhoods = neighbourhoods::build(
        &neighbourhoods::NeighbourhoodsRaw {
            imd: &read(neighbourhoods::RAW_IMD)?,
            domains: &read(neighbourhoods::RAW_DOMAINS)?,
            population: &read(neighbourhoods::RAW_POPULATION)?,
            outlines: neighbourhoods::RAW_OUTLINES
                .iter()
                .map(|(_, path)| read(path))
                .collect::<Result<Vec<_>, _>>()?,
            summaries: &read(neighbourhoods::RAW_SUMMARIES)?,
        },
        neighbourhoods::SOURCES
            .iter()
            .map(|id| catalogue.source(id))
            .collect::<Result<Vec<_>, _>>()?,
    )?;
    Ok(vec![
        Output {
            path: "data/neighbourhoods.json".into(),
            text: compact_json(&neighbourhoods)?,
        },
        Output {
            path: "data/areas.json".into(),
            text: to_json(&areas::area_file())?,
        },
        Output {
            path: "data/population-ages.json".into(),
            text: compact_json(&ages)?,
        },
        Output {
            path: "data/boundaries.json".into(),
            text: compact_json(&boundaries)?,
        },
        Output {
            path: "data/england.json".into(),
            text: compact_json(&england)?,
        },
    ])
}

/// The text of `raw/<path>` in this repository, for native tests of the preparation.
#[cfg(test)]
pub fn raw_for_tests(path: &str) -> String {
    let full = format!("{}/raw/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"))
}

/// A theme with no figures yet, to be filled from raw files and completed from the catalogue.
fn empty_theme(id: &str) -> ThemeData {
    ThemeData {
        format_version: crate::model::FORMAT_VERSION,
        theme: id.into(),
        sources: Vec::new(),
        indicators: Vec::new(),
        series: Vec::new(),
    }
}

/// Compact JSON with a final newline, for files of many coordinates.
pub fn compact_json<T: serde::Serialize>(value: &T) -> Result<String, PrepareError> {
    let mut text = serde_json::to_string(value)?;
    text.push('\n');
    Ok(text)
}

/// Pretty JSON with a final newline, as committed in `data/`.
pub fn to_json<T: serde::Serialize>(value: &T) -> Result<String, PrepareError> {
    let mut text = serde_json::to_string_pretty(value)?;
    text.push('\n');
    Ok(text)
}
