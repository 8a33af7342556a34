//! Every local authority in England (`data/england.json`): outlines for the England-wide map
//! and, for the indicators that exist for all of them, the value at one period. Loaded only
//! when someone asks for the England-wide map.

use crate::model::load::{check_version, parse_checked};
use crate::model::validate::{finding, Finding, Place};
use crate::model::{Indicator, LoadError, Source};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};

/// The GSS code of England, whose value is kept beside the local authorities'.
pub use crate::model::area::ENGLAND;

/// One local authority district.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalAuthority {
    /// GSS code, e.g. `E06000030`.
    pub code: String,
    /// Official name.
    pub name: String,
    /// Outer rings of (longitude, latitude) points.
    pub rings: Vec<Vec<[f64; 2]>>,
}

/// One indicator at one period for every local authority that has a value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AllAreasIndicator {
    /// The indicator, as in its theme's file (same id, title, unit and definition).
    pub indicator: Indicator,
    /// The period of every value, e.g. `2022-24`.
    pub period: String,
    /// Source id (in [`EnglandFile::sources`]).
    pub source: String,
    /// Value by GSS code; England's is under [`ENGLAND`].
    pub values: BTreeMap<String, f64>,
}

impl AllAreasIndicator {
    /// England's value, if given.
    pub fn england(&self) -> Option<f64> {
        self.values.get(ENGLAND).copied()
    }
}

/// The contents of `data/england.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnglandFile {
    /// Version of the data format.
    pub format_version: u32,
    /// Where the outlines come from.
    pub boundary_source: Source,
    /// Where the values come from.
    pub sources: Vec<Source>,
    /// The local authority districts, by code.
    pub areas: Vec<LocalAuthority>,
    /// The indicators.
    pub indicators: Vec<AllAreasIndicator>,
}

/// One row of the ranked table: a local authority and its value.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked<'a> {
    /// 1 for the highest value; equal values share a rank.
    pub rank: usize,
    /// The area.
    pub area: &'a LocalAuthority,
    /// Its value.
    pub value: f64,
}

impl EnglandFile {
    /// The indicator with this id, if the England-wide file has it.
    pub fn indicator(&self, id: &str) -> Option<&AllAreasIndicator> {
        self.indicators.iter().find(|i| i.indicator.id == id)
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The area with this code.
    pub fn area(&self, code: &str) -> Option<&LocalAuthority> {
        self.areas.iter().find(|a| a.code == code)
    }

    /// Every area with a value for `indicator`, highest value first (then by name).
    pub fn ranked(&self, indicator: &AllAreasIndicator) -> Vec<Ranked<'_>> {
        let mut rows: Vec<(&LocalAuthority, f64)> = self
            .areas
            .iter()
            .filter_map(|a| indicator.values.get(&a.code).map(|v| (a, *v)))
            .collect();
        crate::model::order::sort_by(&mut rows, |a, b| {
            b.1.total_cmp(&a.1).then_with(|| a.0.name.cmp(&b.0.name))
        });
        let mut out: Vec<Ranked<'_>> = Vec::with_capacity(rows.len());
        for (i, (area, value)) in rows.into_iter().enumerate() {
            let rank = match out.last() {
                Some(prev) if prev.value == value => prev.rank,
                _ => i + 1,
            };
            out.push(Ranked { rank, area, value });
        }
        out
    }
}

fn validate(file: &EnglandFile) -> Vec<Finding> {
    let mut out = check_version(file.format_version);
    let mut codes = HashSet::new();
    for (i, a) in file.areas.iter().enumerate() {
        if !codes.insert(a.code.as_str()) {
            out.push(finding(
                Place::Area(i),
                "code",
                format!("the area \"{}\" is listed twice", a.code),
            ));
        }
        if !crate::model::boundary::valid_rings(&a.rings) {
            out.push(finding(
                Place::Area(i),
                "rings",
                "an area needs rings of at least 3 points, each a longitude and a latitude",
            ));
        }
    }
    for (i, ind) in file.indicators.iter().enumerate() {
        if file.source(&ind.source).is_none() {
            out.push(finding(
                Place::Indicator(i),
                "source",
                format!("unknown source \"{}\" (not in $.sources)", ind.source),
            ));
        }
        for (code, value) in &ind.values {
            let field = format!("values.{code}");
            if code != ENGLAND && !codes.contains(code.as_str()) {
                out.push(finding(
                    Place::Indicator(i),
                    field,
                    format!("unknown area \"{code}\" (not in $.areas)"),
                ));
            } else if !value.is_finite() {
                out.push(finding(
                    Place::Indicator(i),
                    field,
                    "the value is not a finite number",
                ));
            }
        }
    }
    out
}

/// Reads and checks `data/england.json`: areas listed once with valid outlines, every value's
/// area and every indicator's source known.
pub fn parse_england(file: &str, text: &str) -> Result<EnglandFile, LoadError> {
    parse_checked(file, text, validate)
}

/// A small England-wide file for tests: three areas, one indicator (values 5, 7, 5; England 6).
#[cfg(test)]
pub(crate) const TEST_FILE: &str = r#"{
  "format_version": 1,
  "boundary_source": {"id": "b", "publisher": "ONS", "title": "t", "section": "s", "licence": "OGL"},
  "sources": [{"id": "s", "publisher": "ONS", "title": "t", "section": "s", "licence": "OGL"}],
  "areas": [
    {"code": "E1", "name": "One", "rings": [[[0, 50], [1, 50], [1, 51]]]},
    {"code": "E2", "name": "Two", "rings": [[[1, 50], [2, 50], [2, 51]]]},
    {"code": "E3", "name": "Three", "rings": [[[2, 50], [3, 50], [3, 51]]]}
  ],
  "indicators": [{
    "indicator": {"id": "x", "title": "X", "definition": "d", "unit": "%", "value_type": "percent",
                  "polarity": "higher_is_better", "period_type": "calendar_year"},
    "period": "2023", "source": "s",
    "values": {"E1": 5, "E2": 7, "E3": 5, "E92000001": 6}
  }]
}"#;

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = TEST_FILE;

    #[test]
    fn a_good_file_loads_and_ranks_highest_first_with_shared_ranks() {
        let f = parse_england("data/england.json", FILE).unwrap();
        let ind = f.indicator("x").unwrap();
        assert_eq!(ind.england(), Some(6.0));
        let ranks: Vec<(usize, &str)> = f
            .ranked(ind)
            .iter()
            .map(|r| (r.rank, r.area.code.as_str()))
            .collect();
        assert_eq!(ranks, [(1, "E2"), (2, "E1"), (2, "E3")]);
    }

    #[test]
    fn unknown_areas_and_sources_are_named_at_their_place() {
        let text = FILE
            .replace(r#""E3": 5"#, r#""E4": 5"#)
            .replace(r#""source": "s""#, r#""source": "nope""#);
        let err = parse_england("data/england.json", &text).unwrap_err();
        let messages: Vec<String> = err.problems.iter().map(ToString::to_string).collect();
        assert!(
            messages
                .iter()
                .any(|m| m.contains("$.indicators[0].values.E4")
                    && m.contains("unknown area \"E4\"")),
            "{messages:?}"
        );
        assert!(
            messages
                .iter()
                .any(|m| m.starts_with("data/england.json:13:") && m.contains("unknown source")),
            "{messages:?}"
        );
    }

    #[test]
    fn repeated_areas_and_short_rings_are_refused() {
        let text = FILE
            .replace(r#""code": "E2""#, r#""code": "E1""#)
            .replace("[[[2, 50], [3, 50], [3, 51]]]", "[[[2, 50], [3, 50]]]");
        let err = parse_england("data/england.json", &text).unwrap_err();
        let paths: Vec<&str> = err.problems.iter().map(|p| p.path.as_str()).collect();
        assert!(paths.contains(&"$.areas[1].code"), "{paths:?}");
        assert!(paths.contains(&"$.areas[2].rings"), "{paths:?}");
    }
}
