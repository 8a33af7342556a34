//! Builds the spec of a trend chart (an indicator over time, by locality) from the data model.

use crate::chart::line_spec::{
    LineChartSpec, LineSpec, ReferenceLine, TimeTick, VerticalMarker, MONTH_STEPS, YEAR_STEPS,
};
use crate::chart::palette::shown_styles;
use crate::model::display::{apply_mode, index_base, DisplayMode};
use crate::model::query::{trend_lines, TrendLine};
use crate::model::{AreaFile, Indicator, Period, PeriodError, Status, ThemeData, ValueType};

/// Tick spacings for quarters: every 1, 2 quarters, then every 1, 2, 5, 10 years.
const QUARTER_STEPS: [i64; 6] = [1, 2, 4, 8, 20, 40];

/// The whole-number key of a period used to space time ticks evenly.
fn tick_key(period: Period) -> i64 {
    match period {
        Period::Year(y) | Period::FinancialYear(y) => i64::from(y),
        Period::Pooled { start, .. } => i64::from(start),
        Period::Month { .. } => period.month_number().unwrap_or_default(),
        Period::Quarter { year, quarter } => i64::from(year) * 4 + i64::from(quarter) - 1,
    }
}

/// Every month from the first to the last month in `periods`, gaps in the data included, so
/// that the time axis can be labelled where there are no figures (such as the A&E series' gap
/// from April 2019 to March 2021).
fn every_month_between(periods: &[Period]) -> Vec<Period> {
    let keys = periods.iter().filter_map(|&p| match p {
        Period::Month { .. } => Some(tick_key(p)),
        _ => None,
    });
    let (Some(first), Some(last)) = (keys.clone().min(), keys.max()) else {
        return Vec::new();
    };
    (first..=last)
        .filter_map(Period::from_month_number)
        .collect()
}

/// Indices of the points that follow a gap of one or more months with no figures.
fn month_gaps(points: &[(Period, f64)]) -> Vec<usize> {
    (1..points.len())
        .filter(|&i| match (points[i - 1].0, points[i].0) {
            (a @ Period::Month { .. }, b @ Period::Month { .. }) => tick_key(b) - tick_key(a) > 1,
            _ => false,
        })
        .collect()
}

/// A marker at each break in the indicator's series that falls inside the periods shown, just
/// before the first period on the new basis.
fn break_markers(ind: &Indicator, periods: &[Period]) -> Vec<VerticalMarker> {
    let (Some(first), Some(last)) = (periods.first(), periods.last()) else {
        return Vec::new();
    };
    ind.breaks
        .iter()
        .filter_map(|b| Some((Period::parse(&b.period, ind.period_type).ok()?, b)))
        .filter(|(p, _)| p > first && p <= last)
        .map(|(p, b)| {
            let before = match p {
                Period::Month { .. } => 1.0 / 24.0,
                _ => 0.5,
            };
            VerticalMarker {
                x: p.midpoint() - before,
                label: b.label.clone(),
            }
        })
        .collect()
}

/// Which trend to draw.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrendRequest<'a> {
    /// Indicator id.
    pub indicator: &'a str,
    /// Area codes, in display order.
    pub areas: &'a [&'a str],
    /// Figures, index or change.
    pub mode: DisplayMode,
}

/// The time axis of some trend lines: their periods in order, a tick per period (per month
/// across gaps, for monthly lines), the tick spacings allowed, and from which spacing ticks use
/// their coarse label (the year of a month, the financial year of a quarter).
pub struct TimeAxis {
    /// The periods, in time order, without repeats.
    pub periods: Vec<Period>,
    /// A candidate tick per period.
    pub ticks: Vec<TimeTick>,
    /// The tick spacings allowed.
    pub steps: Vec<i64>,
    /// From which spacing ticks use their coarse label.
    pub coarse_from: i64,
}

/// The time axis of `lines`.
fn time_axis(lines: &[TrendLine<'_>]) -> TimeAxis {
    periods_axis(
        lines
            .iter()
            .flat_map(|l| l.points.iter().map(|p| p.0))
            .collect(),
    )
}

/// The time axis of some periods (in any order, repeats allowed).
pub fn periods_axis(mut periods: Vec<Period>) -> TimeAxis {
    crate::model::order::sort(&mut periods);
    periods.dedup();
    let monthly = periods.iter().any(|p| matches!(p, Period::Month { .. }));
    let quarterly = periods.iter().any(|p| matches!(p, Period::Quarter { .. }));
    let tick_periods = if monthly {
        every_month_between(&periods)
    } else {
        periods.clone()
    };
    let ticks = tick_periods
        .iter()
        .map(|&p| TimeTick {
            x: p.midpoint(),
            label: p.to_string(),
            key: tick_key(p),
            coarse_label: match p {
                Period::Month { year, .. } => year.to_string(),
                Period::Quarter { year, .. } => Period::FinancialYear(year).to_string(),
                other => other.to_string(),
            },
        })
        .collect();
    // Months are labelled by year, quarters by financial year, once ticks are that far apart.
    let (steps, coarse_from) = if monthly {
        (MONTH_STEPS.to_vec(), 12)
    } else if quarterly {
        (QUARTER_STEPS.to_vec(), 4)
    } else {
        (YEAR_STEPS.to_vec(), i64::MAX)
    };
    TimeAxis {
        periods,
        ticks,
        steps,
        coarse_from,
    }
}

/// The line of each of `lines`, labelled with its area's short name and styled by the area's
/// place among the areas shown: estimates solid, the rest dashed, targets as points only.
fn line_specs(lines: &[TrendLine<'_>], areas: &AreaFile) -> Vec<LineSpec> {
    let mut shown: Vec<&str> = Vec::new();
    for l in lines {
        if !shown.contains(&l.area) {
            shown.push(l.area);
        }
    }
    let styles = shown_styles(&shown);
    lines
        .iter()
        .map(|l| {
            let at = shown.iter().position(|a| *a == l.area).unwrap_or(0);
            LineSpec {
                key: l.area.to_owned(),
                label: areas.short_name(l.area).to_owned(),
                style: styles[at],
                dashed: l.status != Status::Actual,
                points: l.points.iter().map(|&(p, v)| (p.midpoint(), v)).collect(),
                breaks: month_gaps(&l.points),
                points_only: l.status == Status::Target,
                marks_only: false,
                period_labels: l.points.iter().map(|(p, _)| p.to_string()).collect(),
                status_label: l.status.label().to_owned(),
                source: l.source.to_owned(),
            }
        })
        .collect()
}

/// A marker where projections take over from estimates: only when both are shown and the
/// projections start after the estimates.
fn projection_marker(lines: &[TrendLine<'_>]) -> Option<VerticalMarker> {
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
    first_projection.map(|p| VerticalMarker {
        x: p.midpoint() - 0.5,
        label: "Projections →".to_owned(),
    })
}

/// The indicator's standards as reference lines, for the figures as published only (a standard
/// means nothing on an index or a change).
fn reference_lines(ind: &Indicator, mode: DisplayMode) -> Vec<ReferenceLine> {
    if mode != DisplayMode::Absolute {
        return Vec::new();
    }
    ind.standards
        .iter()
        .map(|s| ReferenceLine {
            value: s.value,
            label: s.label.clone(),
        })
        .collect()
}

/// The trend chart of an indicator for the chosen areas: estimates solid, projections, plans
/// and targets dashed, a marker where projections take over from estimates, the indicator's
/// standards as reference lines (for the figures as published), and the unit above the axis.
pub fn trend_spec(
    data: &ThemeData,
    areas: &AreaFile,
    request: TrendRequest<'_>,
) -> Result<LineChartSpec, PeriodError> {
    let Some(ind) = data.indicator(request.indicator) else {
        return Ok(LineChartSpec::empty());
    };
    let mut lines = trend_lines(data, request.indicator, request.areas)?;
    let index = index_base(&lines);
    let base = index.as_ref().ok().copied();
    let mode = match base {
        Some(_) => request.mode,
        None => DisplayMode::Absolute,
    };
    if let Some(base) = base {
        lines = apply_mode(lines, mode, base);
    }
    let unit_label = match (mode, base) {
        (DisplayMode::Index, Some(b)) => format!("index, {b} = 100"),
        (DisplayMode::PercentChange, Some(b)) => format!("% change since {b}"),
        _ => ind.unit.clone(),
    };

    let axis = time_axis(&lines);
    let mut markers: Vec<VerticalMarker> = projection_marker(&lines).into_iter().collect();
    markers.extend(break_markers(ind, &axis.periods));
    Ok(LineChartSpec {
        value_type: ind.value_type,
        decimals: ind.decimals(),
        mode,
        unit_label,
        lines: line_specs(&lines, areas),
        time_ticks: axis.ticks,
        markers,
        references: reference_lines(ind, mode),
        include_zero: matches!(ind.value_type, ValueType::GbpMillion)
            && mode == DisplayMode::Absolute,
        tick_steps: axis.steps,
        coarse_from: axis.coarse_from,
        index_unavailable: index.err(),
    })
}

#[cfg(test)]
mod tests {
    use super::{month_gaps, trend_spec, TrendRequest};
    use crate::model::display::DisplayMode;
    use crate::model::period::Period;

    #[test]
    fn indexable_only_with_a_first_period_every_area_has() {
        let text = r#"{"format_version": 1, "theme": "t",
          "sources": [{"id": "s", "publisher": "P", "title": "T", "section": "S", "licence": "OGL", "published": "2026"}],
          "indicators": [{"id": "c", "title": "C", "definition": "d", "unit": "people", "value_type": "count", "polarity": "neither", "period_type": "calendar_year"}],
          "series": [
            {"indicator": "c", "area": "E06000030", "source": "s", "status": "actual", "points": [{"period": "2020", "value": 1}, {"period": "2021", "value": 2}]},
            {"indicator": "c", "area": "E06000022", "source": "s", "status": "actual", "points": [{"period": "2019", "value": 1}]}]}"#;
        let areas = crate::prepare::areas::area_file();
        let d = crate::model::parse_theme("t.json", text, &areas).unwrap();
        let spec = |chosen: &[&str]| {
            let request = TrendRequest {
                indicator: "c",
                areas: chosen,
                mode: DisplayMode::Index,
            };
            trend_spec(&d, &areas, request).unwrap()
        };
        assert!(spec(&["E06000030"]).indexable());
        let both = spec(&["E06000030", "E06000022"]);
        assert!(!both.indexable());
        assert_eq!(
            both.mode,
            DisplayMode::Absolute,
            "drawn as figures when it cannot be indexed"
        );
        assert!(!spec(&[]).indexable());
    }

    #[test]
    fn a_missing_month_starts_a_new_run_but_a_year_end_does_not() {
        let m = |year, month| (Period::Month { year, month }, 1.0);
        let points = [m(2024, 12), m(2025, 1), m(2025, 4), m(2025, 5)];
        assert_eq!(month_gaps(&points), [2]);
        assert!(month_gaps(&[(Period::Year(2020), 1.0), (Period::Year(2023), 1.0)]).is_empty());
    }
}
