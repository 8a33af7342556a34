//! The series a Variation chart analyses: one monthly indicator for one locality, every month
//! from its first figure to its last (a month without a figure is kept as a gap, so that no
//! moving range or run spans it), with its recalculation points (the indicator's breaks and
//! recalculations, each with its reason) and the target or standard it is judged against.

use crate::model::area::ENGLAND;
use crate::model::spc::SpcInput;
use crate::model::{AreaFile, Indicator, Period, PeriodType, Status, ThemeData};
use thiserror::Error;

/// The most months a series may span (100 years): longer spans are refused, not analysed.
pub const MAX_MONTHS: usize = 1200;

/// Why a series cannot be analysed.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SpcError {
    /// The indicator is not in the file.
    #[error("the indicator \"{0}\" is not in this file")]
    UnknownIndicator(String),
    /// The indicator's figures are not monthly.
    #[error("\"{0}\" is not a monthly measure: statistical process control here needs one figure a month")]
    NotMonthly(String),
    /// The locality has no figures for the indicator.
    #[error("there are no figures for this locality")]
    NoFigures,
    /// The figures span too many months.
    #[error("the figures span {months} months, more than the {MAX_MONTHS} analysed")]
    TooLong {
        /// Months from the first figure to the last.
        months: usize,
    },
}

/// A point where the analysis starts new limits, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Recalc {
    /// Index of the first point of the new period.
    pub index: usize,
    /// That point's period, e.g. `2024-02`.
    pub period: String,
    /// Why, in plain English.
    pub reason: String,
}

/// The target or standard a series is judged against.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetUsed {
    /// The value.
    pub value: f64,
    /// What it is, in words: `78% ambition for March 2026`, `95% national standard`.
    pub label: String,
    /// Source id of the document that sets it.
    pub source: String,
    /// Where it comes from, from the data (e.g. `Ambition for March 2026, in the 2025/26
    /// planning guidance`), when the data says.
    pub note: Option<String>,
}

/// One monthly series ready for [`crate::model::spc::analyse`].
#[derive(Debug, Clone, PartialEq)]
pub struct SpcSeries {
    /// The indicator's id.
    pub indicator: String,
    /// The locality's code.
    pub area: String,
    /// Every month from the first figure to the last, with the target's value.
    pub input: SpcInput,
    /// The recalculation points inside the series, in order.
    pub recalculations: Vec<Recalc>,
    /// The target or standard judged against, if any.
    pub target: Option<TargetUsed>,
    /// Indices of provisional months (the publisher may revise them).
    pub provisional: Vec<usize>,
    /// Source ids of the figures, without repeats, in file order.
    pub sources: Vec<String>,
}

/// The monthly indicators with actual figures, in file order.
pub fn monthly_indicators(data: &ThemeData) -> Vec<&Indicator> {
    data.indicators
        .iter()
        .filter(|i| i.period_type == PeriodType::Month)
        .filter(|i| {
            data.series
                .iter()
                .any(|s| s.indicator == i.id && s.status == Status::Actual && !s.points.is_empty())
        })
        .collect()
}

/// Codes of the localities with actual figures for an indicator, in the area file's order.
pub fn localities(data: &ThemeData, indicator: &str, areas: &AreaFile) -> Vec<String> {
    let has = |code: &str| {
        data.series.iter().any(|s| {
            s.indicator == indicator
                && s.area == code
                && s.status == Status::Actual
                && !s.points.is_empty()
        })
    };
    areas
        .areas
        .iter()
        .filter(|a| has(&a.code))
        .map(|a| a.code.clone())
        .collect()
}

/// The period written as data files write it, from a month number.
fn month_text(n: i64) -> String {
    Period::from_month_number(n).map_or_else(String::new, |p| p.canonical())
}

/// One figure: month number, value, provisional, source.
type Figure<'a> = (i64, f64, bool, &'a str);

/// The actual monthly figures of `indicator` for `area`, sorted by month; a month given twice
/// keeps its first figure (in file order).
fn figures<'a>(data: &'a ThemeData, indicator: &str, area: &str) -> Vec<Figure<'a>> {
    let mut out: Vec<Figure<'a>> = Vec::new();
    for s in data.series_for(indicator, area) {
        if s.status != Status::Actual {
            continue;
        }
        for p in &s.points {
            let month = Period::parse(&p.period, PeriodType::Month)
                .ok()
                .and_then(|m| m.month_number());
            if let Some(m) = month {
                out.push((m, p.value, p.provisional, s.source.as_str()));
            }
        }
    }
    // Stable: of two figures for a month, the first in file order stays first.
    out.sort_by_key(|f| f.0);
    out.dedup_by_key(|f| f.0);
    out
}

/// The indicator's breaks and recalculations that fall inside the series, in order.
fn recalculations(ind: &Indicator, first: i64, n: usize) -> Vec<Recalc> {
    let breaks = ind
        .breaks
        .iter()
        .map(|b| (b.period.as_str(), format!("{}: {}", b.label, b.note)));
    let others = ind
        .recalculations
        .iter()
        .map(|r| (r.period.as_str(), r.reason.clone()));
    let mut out: Vec<Recalc> = breaks
        .chain(others)
        .filter_map(|(period, reason)| {
            let m = Period::parse(period, PeriodType::Month).ok()?;
            let index = usize::try_from(m.month_number()? - first).ok()?;
            (index > 0 && index < n).then(|| Recalc {
                index,
                period: month_text(first + index as i64),
                reason,
            })
        })
        .collect();
    out.sort_by_key(|r| r.index);
    out.dedup_by_key(|r| r.index);
    out
}

/// The word a target's note uses for it: ambition, milestone or target.
fn target_word(note: Option<&str>) -> &'static str {
    let note = note.unwrap_or("").to_lowercase();
    if note.contains("ambition") {
        "ambition"
    } else if note.contains("milestone") {
        "milestone"
    } else {
        "target"
    }
}

/// The target judged against: the first target (the locality's own, else England's) for the
/// last month or later; else the indicator's first standard; else none.
pub fn target_for(data: &ThemeData, ind: &Indicator, area: &str, last: &str) -> Option<TargetUsed> {
    let last = Period::parse(last, PeriodType::Month).ok();
    let targets_of = |code: &str| {
        data.series_for(&ind.id, code)
            .into_iter()
            .filter(|s| s.status == Status::Target)
            .flat_map(|s| s.points.iter().map(move |p| (s, p)))
            .filter_map(|(s, p)| {
                let period = Period::parse(&p.period, PeriodType::Month).ok()?;
                (Some(period) >= last).then_some((period, s, p))
            })
            .min_by_key(|(period, _, _)| *period)
    };
    let upcoming = targets_of(area).or_else(|| targets_of(ENGLAND));
    if let Some((period, s, p)) = upcoming {
        let value = crate::model::format::format_value(p.value, ind.value_type, 0);
        let month = crate::model::spc_text::month_name(&period);
        return Some(TargetUsed {
            value: p.value,
            label: format!("{value} {} for {month}", target_word(p.note.as_deref())),
            source: s.source.clone(),
            note: p.note.clone(),
        });
    }
    ind.standards.first().map(|s| TargetUsed {
        value: s.value,
        label: s.label.clone(),
        source: s.source.clone(),
        note: None,
    })
}

/// The series of `indicator` for `area`, ready to analyse.
pub fn spc_series(data: &ThemeData, indicator: &str, area: &str) -> Result<SpcSeries, SpcError> {
    let ind = data
        .indicator(indicator)
        .ok_or_else(|| SpcError::UnknownIndicator(indicator.to_owned()))?;
    if ind.period_type != PeriodType::Month {
        return Err(SpcError::NotMonthly(ind.title.clone()));
    }
    let figures = figures(data, indicator, area);
    let (Some(first), Some(last)) = (figures.first(), figures.last()) else {
        return Err(SpcError::NoFigures);
    };
    let (first, last) = (first.0, last.0);
    let months = usize::try_from(last - first + 1).unwrap_or(usize::MAX);
    if months > MAX_MONTHS {
        return Err(SpcError::TooLong { months });
    }
    let mut points: Vec<(String, Option<f64>)> = (0..months)
        .map(|k| (month_text(first + k as i64), None))
        .collect();
    let mut provisional = Vec::new();
    let mut sources: Vec<String> = Vec::new();
    for &(m, value, prov, source) in &figures {
        let k = (m - first) as usize;
        points[k].1 = Some(value);
        if prov {
            provisional.push(k);
        }
        if !sources.iter().any(|s| s == source) {
            sources.push(source.to_owned());
        }
    }
    let recalculations = recalculations(ind, first, months);
    let target = target_for(data, ind, area, &month_text(last));
    Ok(SpcSeries {
        indicator: indicator.to_owned(),
        area: area.to_owned(),
        input: SpcInput {
            points,
            polarity: ind.polarity,
            target: target.as_ref().map(|t| t.value),
            recalculations: recalculations.iter().map(|r| r.index).collect(),
        },
        recalculations,
        target,
        provisional,
        sources,
    })
}
