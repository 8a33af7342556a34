//! Builds the comparison bar chart of an indicator at one period from the data model: one bar
//! per chosen locality, England as the benchmark line, bars coloured and labelled by the
//! confidence-interval test of [`crate::model::compare`].

use crate::chart::bar_chart::{Bar, BarChartSpec};
use crate::chart::palette::comparison_fill;
use crate::model::compare::{compare, Comparison};
use crate::model::format::format_value;
use crate::model::{AreaFile, Period, PeriodError, Status, ThemeData, ValueType};

use crate::model::area::ENGLAND;

/// The periods at which any of `areas` has an actual value of `indicator`, latest first.
pub fn periods(
    data: &ThemeData,
    indicator: &str,
    areas: &[&str],
) -> Result<Vec<Period>, PeriodError> {
    let Some(ind) = data.indicator(indicator) else {
        return Ok(vec![]);
    };
    let mut out = Vec::new();
    for s in data.series.iter().filter(|s| {
        s.indicator == indicator && s.status == Status::Actual && areas.contains(&s.area.as_str())
    }) {
        for p in &s.points {
            let period = Period::parse(&p.period, ind.period_type)?;
            if !out.contains(&period) {
                out.push(period);
            }
        }
    }
    crate::model::order::sort_by(&mut out, |a, b| b.cmp(a));
    Ok(out)
}

/// One locality's figure at the period, with the comparison.
#[derive(Debug, Clone, PartialEq)]
pub struct ComparedValue {
    /// Area code.
    pub area: String,
    /// The value.
    pub value: f64,
    /// 95% interval.
    pub interval: Option<(f64, f64)>,
    /// How it compares with England.
    pub comparison: Comparison,
}

/// The chosen localities' figures at `period`, compared with England's.
pub fn compared_values(
    data: &ThemeData,
    indicator: &str,
    areas: &[&str],
    period: Period,
) -> (Vec<ComparedValue>, Option<f64>) {
    let Some(ind) = data.indicator(indicator) else {
        return (vec![], None);
    };
    let at = |area: &str| {
        data.series
            .iter()
            .filter(|s| s.indicator == indicator && s.area == area && s.status == Status::Actual)
            .flat_map(|s| s.points.iter())
            .find(|p| Period::parse(&p.period, ind.period_type).ok() == Some(period))
    };
    let england = at(ENGLAND).map(|p| p.value);
    let values = areas
        .iter()
        .filter(|a| **a != ENGLAND)
        .filter_map(|a| {
            let p = at(a)?;
            let interval = p.lower.zip(p.upper);
            Some(ComparedValue {
                area: (*a).to_owned(),
                value: p.value,
                interval,
                comparison: compare(p.value, interval, england, ind.polarity),
            })
        })
        .collect();
    (values, england)
}

/// One row of the comparison's table, in words.
#[derive(Debug, Clone, PartialEq)]
pub struct ComparisonRow {
    /// The locality's short name.
    pub name: String,
    /// Its value, formatted.
    pub value: String,
    /// Its 95% confidence interval ("12.1% to 14.3%"), or "not published".
    pub interval: String,
    /// How it compares with England, in words.
    pub comparison: &'static str,
}

/// The comparison's table: the chosen localities' figures at `period`, their intervals and how
/// each compares with England.
pub fn comparison_rows(
    data: &ThemeData,
    areas: &AreaFile,
    indicator: &str,
    chosen: &[&str],
    period: Period,
) -> Vec<ComparisonRow> {
    let Some(ind) = data.indicator(indicator) else {
        return Vec::new();
    };
    let fmt = |v: f64| format_value(v, ind.value_type, ind.decimals());
    compared_values(data, indicator, chosen, period)
        .0
        .into_iter()
        .map(|v| ComparisonRow {
            name: areas.short_name(&v.area).to_owned(),
            value: fmt(v.value),
            interval: v.interval.map_or_else(
                || "not published".to_owned(),
                |(lo, hi)| format!("{} to {}", fmt(lo), fmt(hi)),
            ),
            comparison: v.comparison.label(),
        })
        .collect()
}

/// Whether comparing localities with England makes sense for an indicator: rates, shares,
/// years, ratios and scores, but not counts or money, which grow with the size of the area.
pub fn comparable(data: &ThemeData, indicator: &str) -> bool {
    data.indicator(indicator).is_some_and(|i| {
        !matches!(
            i.value_type,
            ValueType::Count | ValueType::GbpMillion | ValueType::Gbp
        )
    })
}

/// Why nothing is compared with England, in one line, when the chosen localities have figures
/// at `period` but none can be compared: counts and money (the areas differ in size), no England
/// figure for the period, or no published confidence intervals. `None` when something is
/// compared, or when there is nothing to compare.
pub fn comparison_note(
    data: &ThemeData,
    indicator: &str,
    selected: &[&str],
    period: Option<Period>,
) -> Option<String> {
    let chosen: Vec<&str> = selected.iter().copied().filter(|a| *a != ENGLAND).collect();
    if !comparable(data, indicator) {
        let any = chosen
            .iter()
            .any(|a| !data.series_for(indicator, a).is_empty());
        return any.then(|| {
            "Not compared with England: these are counts or sums of money, and the areas differ in size.".to_owned()
        });
    }
    let (values, england) = compared_values(data, indicator, &chosen, period?);
    if values.is_empty()
        || values
            .iter()
            .any(|v| v.comparison != Comparison::NotCompared)
    {
        return None;
    }
    Some(match england {
        None => format!("Not compared with England: there is no England figure for {}.", period?),
        Some(_) => "Not compared with England: these figures are published without confidence intervals, so whether a difference from England is more than chance cannot be tested.".to_owned(),
    })
}

/// The bar chart of `indicator` at `period` for `selected` areas (empty for counts and money,
/// and when nothing can be compared).
pub fn comparison_spec(
    data: &ThemeData,
    areas: &AreaFile,
    indicator: &str,
    selected: &[&str],
    period: Period,
) -> BarChartSpec {
    let Some(ind) = data
        .indicator(indicator)
        .filter(|_| comparable(data, indicator))
    else {
        return BarChartSpec {
            bars: vec![],
            benchmark: None,
            unit_label: String::new(),
        };
    };
    let fmt = |v: f64| format_value(v, ind.value_type, ind.decimals());
    let (mut values, england) = compared_values(data, indicator, selected, period);
    // Bars only when something is compared: else one line says why (see `comparison_note`).
    if values
        .iter()
        .all(|v| v.comparison == Comparison::NotCompared)
    {
        values.clear();
    }
    BarChartSpec {
        bars: values
            .into_iter()
            .map(|v| Bar {
                label: areas.short_name(&v.area).to_owned(),
                text: format!("{} · {}", fmt(v.value), v.comparison.short()),
                key: v.area,
                value: v.value,
                interval: v.interval,
                fill: comparison_fill(v.comparison),
            })
            .collect(),
        benchmark: england.map(|e| (e, format!("England {}", fmt(e)))),
        unit_label: format!("{}, {period}", ind.unit),
    }
}
