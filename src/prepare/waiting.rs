//! `data/performance.json`, waiting-times part: referral to treatment (RTT) and cancer waiting
//! times, monthly from April 2022, for the three acute trusts, the BSW integrated care board and
//! England (NHS England statistics, as compiled by a third party and spot-checked in
//! `raw/nhs-rtt-cancer/SPOT-CHECK.md`). Indicators, standards, targets and breaks come from the
//! catalogue.

use crate::model::{Point, Series, Status};
use crate::prepare::areas::{BSW, ENGLAND};
use crate::prepare::common::{push_point, SeriesKey};
use crate::prepare::PrepareError;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The organisations of the extract: file name (under `rtt/` and `cancer/`) and area code.
pub const ORGANISATIONS: [(&str, &str); 5] = [
    ("RD1", "RD1"),
    ("RN3", "RN3"),
    ("RNZ", "RNZ"),
    ("QOX", BSW),
    ("national", ENGLAND),
];

/// The raw file of one organisation, relative to `raw/`: `kind` is `rtt` or `cancer`.
pub fn raw_file(kind: &str, organisation: &str) -> String {
    format!("nhs-rtt-cancer/{kind}/{organisation}.json")
}

const RTT_SOURCE: &str = "nhse-rtt";
const CANCER_SOURCE: &str = "nhse-cwt";

/// First month from which NHS England's England waiting list includes estimates for trusts that
/// did not submit, which the extract (a sum of submitted figures) lacks.
const ENGLAND_SHORTFALL_FROM: &str = "2025-07";
const ENGLAND_SHORTFALL_NOTE: &str = "The sum of the trusts that submitted figures: from July \
    2025 this is about 90,000 to 150,000 pathways below NHS England's published England total, \
    which adds estimates for trusts that did not submit.";
const ENGLAND_SHORTFALL_COUNT_NOTE: &str = "The sum of the trusts that submitted figures: from \
    July 2025 a little below NHS England's published England figure, which adds estimates for \
    trusts that did not submit.";
const PROVISIONAL_NOTE: &str = "Provisional: may be revised when the month is finalised.";

/// A rate with its numerator and denominator, month by month.
#[derive(Debug, Deserialize)]
struct Rate {
    /// The published proportion. At trust level patients shared with another trust count as
    /// half, so it can differ from the rounded counts' ratio: it is the figure shown.
    #[serde(default)]
    performance: Vec<Option<f64>>,
    within_target: Vec<Option<f64>>,
    total: Vec<Option<f64>>,
    #[serde(default)]
    data_status: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Count {
    value: Vec<Option<f64>>,
}

#[derive(Debug, Deserialize)]
struct LongWait {
    w52: Vec<Option<f64>>,
}

#[derive(Debug, Deserialize)]
struct RttMeasures {
    pct18: Rate,
    waitlist: Count,
    longwait: LongWait,
}

#[derive(Debug, Deserialize)]
struct RttFile {
    months: Vec<String>,
    measures: RttMeasures,
}

#[derive(Debug, Deserialize)]
struct CancerRate {
    months: Vec<String>,
    #[serde(flatten)]
    rate: Rate,
}

#[derive(Debug, Deserialize)]
#[allow(non_snake_case)] // The extract's own names.
struct CancerStandards {
    FDS28: CancerRate,
    CMB31: CancerRate,
    CMB62: CancerRate,
}

#[derive(Debug, Deserialize)]
struct CancerFile {
    standards: CancerStandards,
}

fn parse<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, PrepareError> {
    serde_json::from_str(text).map_err(|e| PrepareError::BadValue {
        file: format!("raw/{file}"),
        line: e.line(),
        message: e.to_string(),
    })
}

fn bad(file: &str, message: String) -> PrepareError {
    PrepareError::BadValue {
        file: format!("raw/{file}"),
        line: 0,
        message,
    }
}

/// Where one indicator's points go.
struct Target<'a> {
    file: &'a str,
    indicator: &'a str,
    area: &'a str,
    source: &'a str,
}

/// Adds a percentage month by month from its counts (months with no counts are skipped).
fn add_rate(
    series: &mut Vec<Series>,
    to: &Target<'_>,
    months: &[String],
    rate: &Rate,
) -> Result<(), PrepareError> {
    if rate.within_target.len() != months.len() || rate.total.len() != months.len() {
        return Err(bad(
            to.file,
            format!("{}: lists of unequal length", to.indicator),
        ));
    }
    for (i, month) in months.iter().enumerate() {
        let (Some(within), Some(total)) = (rate.within_target[i], rate.total[i]) else {
            continue;
        };
        if total <= 0.0 || within < 0.0 || within > total {
            return Err(bad(
                to.file,
                format!("{month}: {within} of {total} within target"),
            ));
        }
        let provisional = rate.data_status.get(i).is_some_and(|s| s == "provisional");
        let share = match rate.performance.get(i).copied().flatten() {
            Some(p) if (0.0..=1.0).contains(&p) => p,
            Some(p) => {
                return Err(bad(
                    to.file,
                    format!("{month}: performance {p} is not a proportion"),
                ))
            }
            None => within / total,
        };
        let point = Point {
            count: Some(within),
            denominator: Some(total),
            note: provisional.then(|| PROVISIONAL_NOTE.to_owned()),
            provisional,
            ..Point::new(month, (10000.0 * share).round() / 100.0)
        };
        push(series, to, point);
    }
    Ok(())
}

fn push(series: &mut Vec<Series>, to: &Target<'_>, point: Point) {
    let key = SeriesKey {
        indicator: to.indicator,
        area: to.area,
        source: to.source,
        status: Status::Actual,
    };
    push_point(series, key, point);
}

/// Adds a count month by month.
fn add_count(
    series: &mut Vec<Series>,
    to: &Target<'_>,
    months: &[String],
    values: &[Option<f64>],
) -> Result<(), PrepareError> {
    if values.len() != months.len() {
        return Err(bad(
            to.file,
            format!("{}: lists of unequal length", to.indicator),
        ));
    }
    for (month, value) in months.iter().zip(values) {
        let Some(v) = *value else { continue };
        if v < 0.0 {
            return Err(bad(to.file, format!("{month}: negative count {v}")));
        }
        let short = to.area == ENGLAND && month.as_str() >= ENGLAND_SHORTFALL_FROM;
        let note = match to.indicator {
            "rtt-waiting-list" => ENGLAND_SHORTFALL_NOTE,
            _ => ENGLAND_SHORTFALL_COUNT_NOTE,
        };
        let point = Point {
            note: short.then(|| note.to_owned()),
            ..Point::new(month, v)
        };
        push(series, to, point);
    }
    Ok(())
}

/// Adds one organisation's RTT figures.
fn add_rtt(
    series: &mut Vec<Series>,
    file: &str,
    area: &str,
    text: &str,
) -> Result<(), PrepareError> {
    let rtt: RttFile = parse(file, text)?;
    let to = |indicator| Target {
        file,
        indicator,
        area,
        source: RTT_SOURCE,
    };
    let m = &rtt.measures;
    add_rate(series, &to("rtt-18-weeks"), &rtt.months, &m.pct18)?;
    add_count(
        series,
        &to("rtt-waiting-list"),
        &rtt.months,
        &m.waitlist.value,
    )?;
    add_count(series, &to("rtt-52-weeks"), &rtt.months, &m.longwait.w52)
}

/// Adds one organisation's cancer figures.
fn add_cancer(
    series: &mut Vec<Series>,
    file: &str,
    area: &str,
    text: &str,
) -> Result<(), PrepareError> {
    let cancer: CancerFile = parse(file, text)?;
    let s = &cancer.standards;
    for (indicator, rate) in [
        ("cancer-28-day", &s.FDS28),
        ("cancer-31-day", &s.CMB31),
        ("cancer-62-day", &s.CMB62),
    ] {
        let to = Target {
            file,
            indicator,
            area,
            source: CANCER_SOURCE,
        };
        add_rate(series, &to, &rate.months, &rate.rate)?;
    }
    Ok(())
}

/// Builds the RTT and cancer series from the raw files (by path relative to `raw/`).
pub fn build(texts: &BTreeMap<String, String>) -> Result<Vec<Series>, PrepareError> {
    let mut series = Vec::new();
    for (org, area) in ORGANISATIONS {
        for kind in ["rtt", "cancer"] {
            let file = raw_file(kind, org);
            let text = texts
                .get(&file)
                .ok_or_else(|| bad(&file, "not read".into()))?;
            match kind {
                "rtt" => add_rtt(&mut series, &file, area, text)?,
                _ => add_cancer(&mut series, &file, area, text)?,
            }
        }
    }
    Ok(series)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn real() -> Vec<Series> {
        let mut texts = BTreeMap::new();
        for (org, _) in ORGANISATIONS {
            for kind in ["rtt", "cancer"] {
                let file = raw_file(kind, org);
                let text = crate::prepare::raw_for_tests(&file);
                texts.insert(file, text);
            }
        }
        build(&texts).expect("built")
    }

    fn point(series: &[Series], indicator: &str, area: &str, month: &str) -> Point {
        series
            .iter()
            .filter(|s| s.indicator == indicator && s.area == area)
            .flat_map(|s| &s.points)
            .find(|p| p.period == month)
            .cloned()
            .unwrap_or_else(|| panic!("{indicator} {area} {month}"))
    }

    /// England's published figures (NHS England monthly RTT and cancer waiting times statistics,
    /// as reported; the check is in raw/nhs-rtt-cancer/SPOT-CHECK.md).
    #[test]
    fn england_matches_published_figures() {
        let s = real();
        // RTT, July 2024: 58.8% within 18 weeks, 7.62 million waiting, 290,326 over 52 weeks.
        assert_eq!(point(&s, "rtt-18-weeks", ENGLAND, "2024-07").value, 58.82);
        let list = point(&s, "rtt-waiting-list", ENGLAND, "2024-07").value;
        assert!((list - 7_624_600.0).abs() < 5_000.0, "{list}");
        assert_eq!(
            point(&s, "rtt-52-weeks", ENGLAND, "2024-07").value,
            290_326.0
        );
        // Cancer, February 2025: 28-day Faster Diagnosis Standard 80.2%.
        let fds = point(&s, "cancer-28-day", ENGLAND, "2025-02").value;
        assert!((fds - 80.2).abs() < 0.1, "{fds}");
        // Cancer, July 2025: 31-day 92.4%.
        let d31 = point(&s, "cancer-31-day", ENGLAND, "2025-07").value;
        assert!((d31 - 92.4).abs() < 0.1, "{d31}");
        // Great Western (RN3), June 2024: 41,818 waiting, 1,883 over 52 weeks.
        assert_eq!(
            point(&s, "rtt-waiting-list", "RN3", "2024-06").value,
            41_818.0
        );
        assert_eq!(point(&s, "rtt-52-weeks", "RN3", "2024-06").value, 1_883.0);
    }

    /// At trust level NHS England counts a patient shared with another trust as half: the
    /// published proportion is the figure, not the ratio of the rounded counts (RUH Bath, 62 days,
    /// April 2022: 117 of 163.5 = 71.56%, not 117/163 = 71.78%).
    #[test]
    fn trust_percentages_are_the_published_ones() {
        let s = real();
        assert_eq!(point(&s, "cancer-62-day", "RD1", "2022-04").value, 71.56);
        assert_eq!(point(&s, "cancer-62-day", "RN3", "2024-06").value, 69.78);
        let e = point(&s, "rtt-52-weeks", ENGLAND, "2025-08");
        assert!(e.note.is_some_and(|n| n.contains("a little below")));
    }

    #[test]
    fn provisional_months_and_englands_shortfall_say_so() {
        let s = real();
        let p = point(&s, "cancer-62-day", "RD1", "2026-04");
        assert_eq!(p.note.as_deref(), Some(PROVISIONAL_NOTE));
        assert!(p.provisional);
        assert_eq!(point(&s, "cancer-62-day", "RD1", "2025-09").note, None);
        let e = point(&s, "rtt-waiting-list", ENGLAND, "2025-08");
        assert!(e
            .note
            .is_some_and(|n| n.contains("below NHS England's published")));
        assert_eq!(point(&s, "rtt-waiting-list", BSW, "2025-08").note, None);
    }

    #[test]
    fn a_malformed_file_is_named() {
        let mut texts = BTreeMap::new();
        texts.insert(raw_file("rtt", "RD1"), "{\"months\": [}".to_owned());
        let e = build(&texts).unwrap_err().to_string();
        assert!(e.contains("raw/nhs-rtt-cancer/rtt/RD1.json:1"), "{e}");
    }
}
