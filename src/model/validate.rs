//! Checks the meaning of data files once they have been read: references between areas,
//! indicators, sources and series; periods; duplicates; ranges; confidence intervals.
//!
//! Each finding names the JSON path of the value concerned; [`crate::model::load`] turns
//! paths into lines and columns.

use crate::model::{AreaFile, Period, Status, ThemeData, ValueType};
use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

/// A problem found at a JSON path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// JSON path, e.g. `$.series[2].area`.
    pub path: String,
    /// What is wrong.
    pub message: String,
}

fn finding(path: impl Into<String>, message: impl Into<String>) -> Finding {
    Finding {
        path: path.into(),
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

fn require_text(findings: &mut Vec<Finding>, path: String, what: &str, text: &str) {
    if text.trim().is_empty() {
        findings.push(finding(path, format!("{what} is empty")));
    }
}

/// Checks `data/areas.json`.
pub fn validate_areas(areas: &AreaFile) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, area) in areas.areas.iter().enumerate() {
        let at = format!("$.areas[{i}]");
        if !is_code(&area.code) {
            findings.push(finding(
                format!("{at}.code"),
                format!("area code \"{}\" is not a code (1 to 12 letters and digits, such as E06000022)", area.code),
            ));
        }
        if let Some(first) = seen.insert(&area.code, i) {
            findings.push(finding(
                format!("{at}.code"),
                format!(
                    "area code {} is listed twice (first at $.areas[{first}])",
                    area.code
                ),
            ));
        }
        require_text(
            &mut findings,
            format!("{at}.name"),
            "the area's name",
            &area.name,
        );
        require_text(
            &mut findings,
            format!("{at}.short_name"),
            "the area's short name",
            &area.short_name,
        );
    }
    for (i, area) in areas.areas.iter().enumerate() {
        let Some(parent) = &area.parent else { continue };
        let at = format!("$.areas[{i}].parent");
        if areas.get(parent).is_none() {
            findings.push(finding(
                at,
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
                        at.clone(),
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
    require_text(&mut findings, "$.theme".into(), "the theme", &data.theme);

    let mut source_ids: HashMap<&str, usize> = HashMap::new();
    for (i, s) in data.sources.iter().enumerate() {
        let at = format!("$.sources[{i}]");
        require_text(&mut findings, format!("{at}.id"), "the source's id", &s.id);
        if let Some(first) = source_ids.insert(&s.id, i) {
            findings.push(finding(
                format!("{at}.id"),
                format!(
                    "source id \"{}\" is used twice (first at $.sources[{first}])",
                    s.id
                ),
            ));
        }
        require_text(
            &mut findings,
            format!("{at}.publisher"),
            "the publisher",
            &s.publisher,
        );
        require_text(&mut findings, format!("{at}.title"), "the title", &s.title);
        require_text(
            &mut findings,
            format!("{at}.section"),
            "the table or section",
            &s.section,
        );
        require_text(
            &mut findings,
            format!("{at}.licence"),
            "the licence",
            &s.licence,
        );
        match &s.published {
            Some(date) if !is_date(date) => findings.push(finding(
                format!("{at}.published"),
                format!("publication date \"{date}\" is not YYYY, YYYY-MM or YYYY-MM-DD"),
            )),
            None if s.note.as_deref().is_none_or(|n| n.trim().is_empty()) => {
                findings.push(finding(
                    format!("{at}.published"),
                    "no publication date is given, and no note says why",
                ))
            }
            _ => {}
        }
        if let Some(date) = s.extracted.as_ref().filter(|d| !is_date(d)) {
            findings.push(finding(
                format!("{at}.extracted"),
                format!("extraction date \"{date}\" is not YYYY, YYYY-MM or YYYY-MM-DD"),
            ));
        }
        if let Some(url) = &s.url {
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                findings.push(finding(
                    format!("{at}.url"),
                    format!("\"{url}\" is not a web address (http:// or https://)"),
                ));
            }
        }
    }

    let mut indicator_ids: HashMap<&str, usize> = HashMap::new();
    for (i, ind) in data.indicators.iter().enumerate() {
        let at = format!("$.indicators[{i}]");
        require_text(
            &mut findings,
            format!("{at}.id"),
            "the indicator's id",
            &ind.id,
        );
        if let Some(first) = indicator_ids.insert(&ind.id, i) {
            findings.push(finding(
                format!("{at}.id"),
                format!(
                    "indicator id \"{}\" is used twice (first at $.indicators[{first}])",
                    ind.id
                ),
            ));
        }
        require_text(
            &mut findings,
            format!("{at}.title"),
            "the title",
            &ind.title,
        );
        require_text(
            &mut findings,
            format!("{at}.definition"),
            "the definition",
            &ind.definition,
        );
        require_text(&mut findings, format!("{at}.unit"), "the unit", &ind.unit);
        if ind.decimals.is_some_and(|d| d > 6) {
            findings.push(finding(
                format!("{at}.decimals"),
                "decimals must be between 0 and 6",
            ));
        }
        for (k, standard) in ind.standards.iter().enumerate() {
            if data.source(&standard.source).is_none() {
                findings.push(finding(
                    format!("{at}.standards[{k}].source"),
                    format!("unknown source \"{}\" (not in $.sources)", standard.source),
                ));
            }
            if ind.value_type == ValueType::Percent && !(0.0..=100.0).contains(&standard.value) {
                findings.push(finding(
                    format!("{at}.standards[{k}].value"),
                    format!("{} is not a percentage between 0 and 100", standard.value),
                ));
            }
        }
        for (k, b) in ind.breaks.iter().enumerate() {
            if let Err(e) = Period::parse(&b.period, ind.period_type) {
                findings.push(finding(format!("{at}.breaks[{k}].period"), e.to_string()));
            }
            require_text(
                &mut findings,
                format!("{at}.breaks[{k}].note"),
                "what changed at the break",
                &b.note,
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
        let at = format!("$.series[{si}]");
        let indicator = indicators
            .get(series.indicator.as_str())
            .map(|&k| &data.indicators[k]);
        if indicator.is_none() {
            findings.push(finding(
                format!("{at}.indicator"),
                format!(
                    "unknown indicator \"{}\" (not in $.indicators)",
                    series.indicator
                ),
            ));
        }
        if !area_codes.contains(series.area.as_str()) {
            findings.push(finding(
                format!("{at}.area"),
                format!("unknown area \"{}\" (not in data/areas.json)", series.area),
            ));
        }
        if !source_ids.contains(series.source.as_str()) {
            findings.push(finding(
                format!("{at}.source"),
                format!("unknown source \"{}\" (not in $.sources)", series.source),
            ));
        }
        if series.points.is_empty() {
            findings.push(finding(format!("{at}.points"), "the series has no points"));
        }
        let next = ids.len();
        let indicator_id = *ids.entry(series.indicator.as_str()).or_insert(next);
        let next = ids.len();
        let area_id = *ids.entry(series.area.as_str()).or_insert(next);
        let Some(ind) = indicator else { continue };
        for (pi, p) in series.points.iter().enumerate() {
            // The point's path, written only when there is something to report.
            let pat = || format!("{at}.points[{pi}]");
            let period = match Period::parse(&p.period, ind.period_type) {
                Ok(period) => period,
                Err(e) => {
                    findings.push(finding(format!("{}.period", pat()), e.to_string()));
                    continue;
                }
            };
            let key = (indicator_id, area_id, series.status, period);
            match first_at.entry(key) {
                Entry::Occupied(first) => {
                    let (fs, fp) = *first.get();
                    findings.push(finding(
                        format!("{}.period", pat()),
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
                            format!("{}.{field}", pat()),
                            format!("{v} is not a percentage between 0 and 100"),
                        ));
                    }
                }
            }
            match (p.lower, p.upper) {
                (Some(lo), Some(hi)) if !(lo <= p.value && p.value <= hi) => {
                    findings.push(finding(
                        format!("{}.lower", pat()),
                        format!(
                            "the confidence interval {lo} to {hi} does not contain the value {}",
                            p.value
                        ),
                    ))
                }
                (Some(_), None) => findings.push(finding(
                    format!("{}.lower", pat()),
                    "a lower limit is given without an upper limit",
                )),
                (None, Some(_)) => findings.push(finding(
                    format!("{}.upper", pat()),
                    "an upper limit is given without a lower limit",
                )),
                _ => {}
            }
            if p.count.is_some_and(|c| c < 0.0) {
                findings.push(finding(format!("{}.count", pat()), "the count is negative"));
            }
            if p.denominator.is_some_and(|d| d <= 0.0) {
                findings.push(finding(
                    format!("{}.denominator", pat()),
                    "the denominator must be more than zero",
                ));
            }
            if let (ValueType::Percent, Some(c), Some(d)) = (ind.value_type, p.count, p.denominator)
            {
                if c > d {
                    findings.push(finding(
                        format!("{}.count", pat()),
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
