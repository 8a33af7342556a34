//! Builds the spec of a trend chart (an indicator over time, by locality) from the data model.

use crate::chart::line_spec::{
    LineChartSpec, LineSpec, TimeTick, VerticalMarker, MONTH_STEPS, YEAR_STEPS,
};
use crate::chart::palette::area_style;
use crate::model::query::trend_lines;
use crate::model::{AreaFile, Period, PeriodError, Status, ThemeData, ValueType};

/// The whole-number key of a period used to space time ticks evenly.
fn tick_key(period: Period) -> i64 {
    match period {
        Period::Year(y) | Period::FinancialYear(y) => i64::from(y),
        Period::Pooled { start, .. } => i64::from(start),
        Period::Month { year, month } => i64::from(year) * 12 + i64::from(month) - 1,
    }
}

/// The trend chart of `indicator` for the `selected` area codes: estimates solid, projections
/// and plans dashed, with a marker where projections begin.
pub fn trend_spec(
    data: &ThemeData,
    areas: &AreaFile,
    indicator: &str,
    selected: &[&str],
) -> Result<LineChartSpec, PeriodError> {
    let lines = trend_lines(data, indicator, selected)?;
    let value_type = data
        .indicator(indicator)
        .map_or(ValueType::Count, |i| i.value_type);

    let mut periods: Vec<Period> = lines
        .iter()
        .flat_map(|l| l.points.iter().map(|p| p.0))
        .collect();
    periods.sort();
    periods.dedup();
    let time_ticks = periods
        .iter()
        .map(|&p| TimeTick {
            x: p.midpoint(),
            label: p.to_string(),
            key: tick_key(p),
            coarse_label: match p {
                Period::Month { year, .. } => year.to_string(),
                other => other.to_string(),
            },
        })
        .collect();

    let monthly = periods.iter().any(|p| matches!(p, Period::Month { .. }));
    let mut others = Vec::new();
    let line_specs = lines
        .iter()
        .map(|l| {
            if !others.contains(&l.area) {
                others.push(l.area);
            }
            let fallback = others.iter().position(|a| *a == l.area).unwrap_or(0);
            LineSpec {
                key: l.area.to_owned(),
                label: areas.short_name(l.area).to_owned(),
                style: area_style(l.area, fallback),
                dashed: l.status != Status::Actual,
                points: l.points.iter().map(|&(p, v)| (p.midpoint(), v)).collect(),
            }
        })
        .collect();

    // Mark where projections take over from estimates: only when both are shown and the
    // projections start after the estimates.
    let last_actual = lines
        .iter()
        .filter(|l| l.status == Status::Actual)
        .filter_map(|l| l.points.last())
        .map(|p| p.0)
        .max();
    let first_projection = lines
        .iter()
        .filter(|l| l.status == Status::Projection)
        .filter_map(|l| l.points.first())
        .map(|p| p.0)
        .min()
        .filter(|p| last_actual.is_some_and(|a| a < *p));
    let markers = first_projection
        .map(|p| VerticalMarker {
            x: p.midpoint() - 0.5,
            label: "Projections →".to_owned(),
        })
        .into_iter()
        .collect();

    Ok(LineChartSpec {
        value_type,
        lines: line_specs,
        time_ticks,
        markers,
        references: Vec::new(),
        include_zero: false,
        tick_steps: if monthly {
            MONTH_STEPS.to_vec()
        } else {
            YEAR_STEPS.to_vec()
        },
        coarse_from: if monthly { 12 } else { i64::MAX },
    })
}
