//! Checks the meaning of data files once they have been read: references between areas,
//! indicators, sources and series; periods; duplicates; ranges; confidence intervals.
//!
//! Each finding names the place of the value concerned (an item of the file and its field);
//! [`Finding::path`] writes it as a JSON path, which [`crate::model::load`] turns into a line
//! and column, and importers read the place to leave out the series or point concerned.

use crate::model::{AreaFile, Period, Status, ThemeData, ValueType};
use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

/// An item of a data file: the file as a whole, or one entry of one of its lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The file as a whole (`$`).
    File,
    /// `$.areas[i]`.
    Area(usize),
    /// `$.sources[i]`.
    Source(usize),
    /// `$.indicators[i]`.
    Indicator(usize),
    /// `$.indicators[i].standards[k]`.
    Standard(usize, usize),
    /// `$.indicators[i].breaks[k]`.
    Break(usize, usize),
    /// `$.indicators[i].recalculations[k]`.
    Recalculation(usize, usize),
    /// `$.series[i]`.
    Series(usize),
    /// `$.series[i].points[j]`.
    Point(usize, usize),
    /// `$.neighbourhoods[i]`.
    Neighbourhood(usize),
}

impl Place {
    /// The series the place is in, if any (`$.series[3]` and `$.series[3].points[5]` → 3).
    pub fn series(self) -> Option<usize> {
        match self {
            Place::Series(i) | Place::Point(i, _) => Some(i),
            _ => None,
        }
    }
}

/// A problem found in a data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The item concerned.
    pub place: Place,
    /// The field of the item concerned, e.g. `area`, or a path below it (`values.E06000022`).
    pub field: String,
    /// What is wrong.
    pub message: String,
}

impl Finding {
    /// The JSON path of the value concerned, as messages give it, e.g. `$.series[2].area`.
    pub fn path(&self) -> String {
        let item = match self.place {
            Place::File => "$".to_owned(),
            Place::Area(i) => format!("$.areas[{i}]"),
            Place::Source(i) => format!("$.sources[{i}]"),
            Place::Indicator(i) => format!("$.indicators[{i}]"),
            Place::Standard(i, k) => format!("$.indicators[{i}].standards[{k}]"),
            Place::Break(i, k) => format!("$.indicators[{i}].breaks[{k}]"),
            Place::Recalculation(i, k) => format!("$.indicators[{i}].recalculations[{k}]"),
            Place::Series(i) => format!("$.series[{i}]"),
            Place::Point(i, j) => format!("$.series[{i}].points[{j}]"),
            Place::Neighbourhood(i) => format!("$.neighbourhoods[{i}]"),
        };
        if self.field.is_empty() {
            item
        } else {
            format!("{item}.{}", self.field)
        }
    }
}

/// A finding about `field` of `place`.
pub(crate) fn finding(
    place: Place,
    field: impl Into<String>,
    message: impl Into<String>,
) -> Finding {
    Finding {
        place,
        field: field.into(),
        message: message.into(),
    }
}

/// Whether `code` looks like an area or organisation code: 1 to 12 ASCII letters and digits
/// (ONS GSS codes such as `E06000022`, NHS ODS codes such as `RD1`).
fn is_code(code: &str) -> bool {
    (1..=12).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// Whether `date` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
fn is_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let in_range =
        |s: &str, lo: u32, hi: u32| s.parse::<u32>().is_ok_and(|v| (lo..=hi).contains(&v));
    match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2) && in_range(m, 1, 12),
        [y, m, d] => {
            digits(y, 4) && digits(m, 2) && in_range(m, 1, 12) && digits(d, 2) && in_range(d, 1, 31)
        }
        _ => false,
    }
}

fn require_text(
    findings: &mut Vec<Finding>,
    (place, field): (Place, &str),
    what: &str,
    text: &str,
) {
    if text.trim().is_empty() {
        findings.push(finding(place, field, format!("{what} is empty")));
    }
}

/// Checks `data/areas.json`.
pub fn validate_areas(areas: &AreaFile) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, area) in areas.areas.iter().enumerate() {
        let at = Place::Area(i);
        if !is_code(&area.code) {
            findings.push(finding(
                at, "code",
                format!("area code \"{}\" is not a code (1 to 12 letters and digits, such as E06000022)", area.code),
            ));
        }
        if let Some(first) = seen.insert(&area.code, i) {
            findings.push(finding(
                at,
                "code",
                format!(
                    "area code {} is listed twice (first at $.areas[{first}])",
                    area.code
                ),
            ));
        }
        require_text(&mut findings, (at, "name"), "the area's name", &area.name);
        require_text(
            &mut findings,
            (at, "short_name"),
            "the area's short name",
            &area.short_name,
        );
    }
    for (i, area) in areas.areas.iter().enumerate() {
        let Some(parent) = &area.parent else { continue };
        let at = Place::Area(i);
        if areas.get(parent).is_none() {
            findings.push(finding(
                at,
                "parent",
                format!("parent area {parent} is not in the area list"),
            ));
            continue;
        }
        // Follow the parents: a chain longer than the list is a loop.
        let mut current = parent.as_str();
        for _ in 0..=areas.areas.len() {
            match areas.get(current).and_then(|a| a.parent.as_deref()) {
                Some(p) if p == area.code => {
                    findings.push(finding(
                        at,
                        "parent",
                        format!("area {} is its own ancestor", area.code),
                    ));
                    break;
                }
                Some(p) => current = p,
                None => break,
            }
        }
    }
    findings
}

/// Checks one theme's data file against the area list.
pub fn validate_theme(data: &ThemeData, areas: &AreaFile) -> Vec<Finding> {
    let mut findings = Vec::new();
    require_text(
        &mut findings,
        (Place::File, "theme"),
        "the theme",
        &data.theme,
    );

    let mut source_ids: HashMap<&str, usize> = HashMap::new();
    for (i, s) in data.sources.iter().enumerate() {
        let at = Place::Source(i);
        require_text(&mut findings, (at, "id"), "the source's id", &s.id);
        if let Some(first) = source_ids.insert(&s.id, i) {
            findings.push(finding(
                at,
                "id",
                format!(
                    "source id \"{}\" is used twice (first at $.sources[{first}])",
                    s.id
                ),
            ));
        }
        require_text(
            &mut findings,
            (at, "publisher"),
            "the publisher",
            &s.publisher,
        );
        require_text(&mut findings, (at, "title"), "the title", &s.title);
        require_text(
            &mut findings,
            (at, "section"),
            "the table or section",
            &s.section,
        );
        require_text(&mut findings, (at, "licence"), "the licence", &s.licence);
        match &s.published {
            Some(date) if !is_date(date) => findings.push(finding(
                at,
                "published",
                format!("publication date \"{date}\" is not YYYY, YYYY-MM or YYYY-MM-DD"),
            )),
            None if s.note.as_deref().is_none_or(|n| n.trim().is_empty()) => {
                findings.push(finding(
                    at,
                    "published",
                    "no publication date is given, and no note says why",
                ))
            }
            _ => {}
        }
        if let Some(date) = s.extracted.as_ref().filter(|d| !is_date(d)) {
            findings.push(finding(
                at,
                "extracted",
                format!("extraction date \"{date}\" is not YYYY, YYYY-MM or YYYY-MM-DD"),
            ));
        }
        if let Some(url) = &s.url {
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                findings.push(finding(
                    at,
                    "url",
                    format!("\"{url}\" is not a web address (http:// or https://)"),
                ));
            }
        }
    }

    let mut indicator_ids: HashMap<&str, usize> = HashMap::new();
    for (i, ind) in data.indicators.iter().enumerate() {
        let at = Place::Indicator(i);
        require_text(&mut findings, (at, "id"), "the indicator's id", &ind.id);
        if let Some(first) = indicator_ids.insert(&ind.id, i) {
            findings.push(finding(
                at,
                "id",
                format!(
                    "indicator id \"{}\" is used twice (first at $.indicators[{first}])",
                    ind.id
                ),
            ));
        }
        require_text(&mut findings, (at, "title"), "the title", &ind.title);
        require_text(
            &mut findings,
            (at, "definition"),
            "the definition",
            &ind.definition,
        );
        require_text(&mut findings, (at, "unit"), "the unit", &ind.unit);
        if ind.decimals.is_some_and(|d| d > 6) {
            findings.push(finding(at, "decimals", "decimals must be between 0 and 6"));
        }
        for (k, standard) in ind.standards.iter().enumerate() {
            if data.source(&standard.source).is_none() {
                findings.push(finding(
                    Place::Standard(i, k),
                    "source",
                    format!("unknown source \"{}\" (not in $.sources)", standard.source),
                ));
            }
            if ind.value_type == ValueType::Percent && !(0.0..=100.0).contains(&standard.value) {
                findings.push(finding(
                    Place::Standard(i, k),
                    "value",
                    format!("{} is not a percentage between 0 and 100", standard.value),
                ));
            }
        }
        for (k, b) in ind.breaks.iter().enumerate() {
            if let Err(e) = Period::parse(&b.period, ind.period_type) {
                findings.push(finding(Place::Break(i, k), "period", e.to_string()));
            }
            require_text(
                &mut findings,
                (Place::Break(i, k), "note"),
                "what changed at the break",
                &b.note,
            );
        }
        for (k, r) in ind.recalculations.iter().enumerate() {
            if let Err(e) = Period::parse(&r.period, ind.period_type) {
                findings.push(finding(Place::Recalculation(i, k), "period", e.to_string()));
            }
            require_text(
                &mut findings,
                (Place::Recalculation(i, k), "reason"),
                "why the limits are recalculated",
                &r.reason,
            );
        }
    }

    // Lookups by id, built once: files can hold hundreds of thousands of points.
    // (The first of a duplicated id, as `ThemeData::indicator` finds.)
    // By position, as the other lookups here (one map type fewer in the WebAssembly).
    let mut indicators: HashMap<&str, usize> = HashMap::new();
    for (k, i) in data.indicators.iter().enumerate() {
        indicators.entry(i.id.as_str()).or_insert(k);
    }
    let area_codes: HashSet<&str> = areas.areas.iter().map(|a| a.code.as_str()).collect();
    let source_ids: HashSet<&str> = data.sources.iter().map(|s| s.id.as_str()).collect();
    // Numbers for indicator and area ids, so that each point's key is cheap to hash.
    let mut ids: HashMap<&str, usize> = HashMap::new();
    // Where each (indicator, area, status, period) was first given: (series, point).
    let mut first_at: HashMap<(usize, usize, Status, Period), (usize, usize)> = HashMap::new();
    for (si, series) in data.series.iter().enumerate() {
        let at = Place::Series(si);
        let indicator = indicators
            .get(series.indicator.as_str())
            .map(|&k| &data.indicators[k]);
        if indicator.is_none() {
            findings.push(finding(
                at,
                "indicator",
                format!(
                    "unknown indicator \"{}\" (not in $.indicators)",
                    series.indicator
                ),
            ));
        }
        if !area_codes.contains(series.area.as_str()) {
            findings.push(finding(
                at,
                "area",
                format!("unknown area \"{}\" (not in data/areas.json)", series.area),
            ));
        }
        if !source_ids.contains(series.source.as_str()) {
            findings.push(finding(
                at,
                "source",
                format!("unknown source \"{}\" (not in $.sources)", series.source),
            ));
        }
        if series.points.is_empty() {
            findings.push(finding(at, "points", "the series has no points"));
        }
        let next = ids.len();
        let indicator_id = *ids.entry(series.indicator.as_str()).or_insert(next);
        let next = ids.len();
        let area_id = *ids.entry(series.area.as_str()).or_insert(next);
        let Some(ind) = indicator else { continue };
        for (pi, p) in series.points.iter().enumerate() {
            let point_at = Place::Point(si, pi);
            let period = match Period::parse(&p.period, ind.period_type) {
                Ok(period) => period,
                Err(e) => {
                    findings.push(finding(point_at, "period", e.to_string()));
                    continue;
                }
            };
            let key = (indicator_id, area_id, series.status, period);
            match first_at.entry(key) {
                Entry::Occupied(first) => {
                    let (fs, fp) = *first.get();
                    findings.push(finding(
                        point_at, "period",
                        format!(
                            "duplicate point: {} {} for {} {} is already given at $.series[{fs}].points[{fp}]",
                            series.status.label(),
                            p.period,
                            series.indicator,
                            series.area
                        ),
                    ));
                }
                Entry::Vacant(slot) => {
                    slot.insert((si, pi));
                }
            }
            if ind.value_type == ValueType::Percent {
                for (field, v) in [
                    ("value", Some(p.value)),
                    ("lower", p.lower),
                    ("upper", p.upper),
                ] {
                    if let Some(v) = v.filter(|v| !(0.0..=100.0).contains(v)) {
                        findings.push(finding(
                            point_at,
                            field,
                            format!("{v} is not a percentage between 0 and 100"),
                        ));
                    }
                }
            }
            match (p.lower, p.upper) {
                (Some(lo), Some(hi)) if !(lo <= p.value && p.value <= hi) => {
                    findings.push(finding(
                        point_at,
                        "lower",
                        format!(
                            "the confidence interval {lo} to {hi} does not contain the value {}",
                            p.value
                        ),
                    ))
                }
                (Some(_), None) => findings.push(finding(
                    point_at,
                    "lower",
                    "a lower limit is given without an upper limit",
                )),
                (None, Some(_)) => findings.push(finding(
                    point_at,
                    "upper",
                    "an upper limit is given without a lower limit",
                )),
                _ => {}
            }
            if p.count.is_some_and(|c| c < 0.0) {
                findings.push(finding(point_at, "count", "the count is negative"));
            }
            if p.denominator.is_some_and(|d| d <= 0.0) {
                findings.push(finding(
                    point_at,
                    "denominator",
                    "the denominator must be more than zero",
                ));
            }
            if let (ValueType::Percent, Some(c), Some(d)) = (ind.value_type, p.count, p.denominator)
            {
                if c > d {
                    findings.push(finding(
                        point_at,
                        "count",
                        format!("the count {c} is larger than its denominator {d}"),
                    ));
                }
            }
        }
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_place_writes_its_json_path() {
        let cases = [
            (Place::File, "theme", "$.theme"),
            (Place::Area(2), "code", "$.areas[2].code"),
            (Place::Source(0), "licence", "$.sources[0].licence"),
            (
                Place::Indicator(1),
                "values.E4",
                "$.indicators[1].values.E4",
            ),
            (
                Place::Standard(1, 2),
                "value",
                "$.indicators[1].standards[2].value",
            ),
            (Place::Break(0, 3), "note", "$.indicators[0].breaks[3].note"),
            (Place::Series(4), "area", "$.series[4].area"),
            (Place::Point(3, 5), "value", "$.series[3].points[5].value"),
            (Place::Point(3, 5), "", "$.series[3].points[5]"),
        ];
        for (place, field, path) in cases {
            assert_eq!(finding(place, field, "m").path(), path);
        }
        assert_eq!(Place::Point(3, 5).series(), Some(3));
        assert_eq!(Place::Series(3).series(), Some(3));
        assert_eq!(Place::Indicator(3).series(), None);
    }

    #[test]
    fn a_bad_point_is_found_at_its_series_and_point() {
        let text = r#"{"format_version": 1, "theme": "t",
          "sources": [{"id": "s", "publisher": "P", "title": "T", "section": "S", "licence": "OGL", "published": "2026"}],
          "indicators": [{"id": "c", "title": "C", "definition": "d", "unit": "people", "value_type": "count", "polarity": "neither", "period_type": "calendar_year"}],
          "series": [
            {"indicator": "c", "area": "E1", "source": "s", "status": "actual", "points": [{"period": "2020", "value": 1}, {"period": "2021", "value": 2, "count": -1}]}
          ]}"#;
        let data: ThemeData = serde_json::from_str(text).unwrap();
        let areas: AreaFile = serde_json::from_str(
            r#"{"format_version": 1, "areas": [{"code": "E1", "name": "One", "short_name": "One", "level": "place"}]}"#,
        )
        .unwrap();
        assert_eq!(
            validate_theme(&data, &areas),
            vec![finding(
                Place::Point(0, 1),
                "count",
                "the count is negative"
            )]
        );
    }

    #[test]
    fn dates_and_codes() {
        for ok in ["2020", "2020-03", "2020-03-24"] {
            assert!(is_date(ok), "{ok}");
        }
        for bad in [
            "",
            "20",
            "2020-13",
            "2020-3",
            "2020-03-32",
            "24 March 2020",
            "2020-03-24-1",
        ] {
            assert!(!is_date(bad), "{bad}");
        }
        assert!(is_code("E06000022") && is_code("RD1"));
        assert!(!is_code("") && !is_code("E06 000022") && !is_code("ABCDEFGHIJKLM"));
    }
}
