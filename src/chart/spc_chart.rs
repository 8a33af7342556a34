//! The Variation chart (an XmR chart of NHS England's "Making Data Count"): a locality's monthly
//! figures, the mean and process limits of each period between recalculation points, the months
//! of special cause marked by colour and by shape (never colour alone), the target as a
//! reference line and a marker where new limits start. Drawn by the line chart, so that it has
//! the same axes, tooltips, keyboard reading and downloads as every other chart.

use crate::chart::line_spec::{LineChartSpec, LineSpec, ReferenceLine, VerticalMarker};
use crate::chart::palette::{Marker, SeriesStyle, AXIS};
use crate::chart::trend::periods_axis;
use crate::model::spc::{SpcResult, Variation, MIN_RELIABLE};
use crate::model::spc_series::SpcSeries;
use crate::model::{Indicator, Period, PeriodType};
use plotters::style::RGBColor;

/// The figures' line: near-black (19.6:1 on white), told from the grey mean and limits.
pub const FIGURES: SeriesStyle = SeriesStyle {
    colour: RGBColor(0x0b, 0x0c, 0x0c),
    marker: Marker::Circle,
};
/// Special cause improvement: blue squares (GOV.UK blue, 5.2:1 on white).
pub const IMPROVEMENT: SeriesStyle = SeriesStyle {
    colour: RGBColor(0x1d, 0x70, 0xb8),
    marker: Marker::Square,
};
/// Special cause concern: dark orange diamonds (7:1 on white; told from blue by every kind of
/// colour vision, and by shape).
pub const CONCERN: SeriesStyle = SeriesStyle {
    colour: RGBColor(0xb2, 0x54, 0x00),
    marker: Marker::Diamond,
};
/// Special cause where higher is neither better nor worse: purple triangles.
pub const NEITHER: SeriesStyle = SeriesStyle {
    colour: RGBColor(0x6f, 0x3c, 0x97),
    marker: Marker::Triangle,
};
/// The mean and the process limits: grey (4.5:1), the limits dashed.
const LIMITS: SeriesStyle = SeriesStyle {
    colour: AXIS,
    marker: Marker::Ring,
};

/// The months of the series as periods (the series' own text, read back).
fn months(series: &SpcSeries) -> Vec<Option<Period>> {
    series
        .input
        .points
        .iter()
        .map(|(p, _)| Period::parse(p, PeriodType::Month).ok())
        .collect()
}

/// A line of the chart from (month index, value) pairs: cut where indices are not consecutive
/// or where `cuts` start a new period.
fn line(
    key: &str,
    label: &str,
    style: SeriesStyle,
    points: &[(usize, f64)],
    months: &[Option<Period>],
    cuts: &[usize],
) -> LineSpec {
    let placed: Vec<(usize, Period, f64)> = points
        .iter()
        .filter_map(|&(i, v)| Some((i, (*months.get(i)?)?, v)))
        .collect();
    let breaks = (1..placed.len())
        .filter(|&k| placed[k].0 != placed[k - 1].0 + 1 || cuts.contains(&placed[k].0))
        .collect();
    LineSpec {
        key: key.to_owned(),
        label: label.to_owned(),
        style,
        dashed: false,
        points: placed.iter().map(|(_, p, v)| (p.midpoint(), *v)).collect(),
        points_only: false,
        marks_only: false,
        breaks,
        period_labels: placed.iter().map(|(_, p, _)| p.to_string()).collect(),
        status_label: String::new(),
        source: String::new(),
    }
}

/// The mean, upper and lower limit lines, each cut at the recalculation points.
fn limit_lines(result: &SpcResult, months: &[Option<Period>], cuts: &[usize]) -> Vec<LineSpec> {
    let pick = |f: fn(&crate::model::spc::SpcPoint) -> Option<f64>| -> Vec<(usize, f64)> {
        (0..result.points.len())
            .filter_map(|i| f(&result.points[i]).map(|v| (i, v)))
            .collect()
    };
    let mean = line("mean", "Mean", LIMITS, &pick(|p| p.mean), months, cuts);
    let mut upper = line(
        "limits",
        "Process limits",
        LIMITS,
        &pick(|p| p.upper),
        months,
        cuts,
    );
    let mut lower = line(
        "limits",
        "Process limits",
        LIMITS,
        &pick(|p| p.lower),
        months,
        cuts,
    );
    upper.dashed = true;
    lower.dashed = true;
    vec![mean, upper, lower]
}

/// A kind of special cause as the chart marks it: key, label, style, and which verdicts it has.
type MarkKind = (
    &'static str,
    &'static str,
    SeriesStyle,
    fn(Variation) -> bool,
);

/// The marked months: one marker line per kind of special cause present.
fn mark_lines(result: &SpcResult, months: &[Option<Period>]) -> Vec<LineSpec> {
    let kinds: [MarkKind; 3] = [
        (
            "improvement",
            "Special cause improvement",
            IMPROVEMENT,
            |v| v == Variation::Improvement,
        ),
        ("concern", "Special cause concern", CONCERN, |v| {
            v == Variation::Concern
        }),
        (
            "neither",
            "Special cause (neither better nor worse)",
            NEITHER,
            |v| matches!(v, Variation::NeitherHigh | Variation::NeitherLow),
        ),
    ];
    kinds
        .iter()
        .filter_map(|&(key, label, style, is)| {
            let points: Vec<(usize, f64)> = (0..result.points.len())
                .filter(|&i| is(result.points[i].verdict))
                .filter_map(|i| result.points[i].value.map(|v| (i, v)))
                .collect();
            (!points.is_empty()).then(|| {
                let mut l = line(key, label, style, &points, months, &[]);
                l.marks_only = true;
                l.status_label = label.to_lowercase();
                l
            })
        })
        .collect()
}

/// A marker where each period after the first starts ("New limits"), and on a period whose
/// limits rest on fewer than [`MIN_RELIABLE`] months ("… not yet reliable"), so that the chart
/// says so wherever it goes (a download, a board paper).
fn period_markers(result: &SpcResult, months: &[Option<Period>]) -> Vec<VerticalMarker> {
    let mut out = Vec::new();
    for (k, period) in result.periods.iter().enumerate() {
        let short = period.count > 0 && period.count < MIN_RELIABLE;
        let label = match (k, short) {
            (0, false) => continue,
            (0, true) => "Limits not yet reliable",
            (_, false) => "New limits",
            (_, true) => "New limits, not yet reliable",
        };
        if let Some(p) = months.get(period.start).copied().flatten() {
            out.push(VerticalMarker {
                x: p.midpoint() - 1.0 / 24.0,
                label: label.into(),
            });
        }
    }
    out
}

/// The Variation chart of `series` as analysed in `result`, for the locality called `who`.
pub fn spc_chart_spec(
    series: &SpcSeries,
    result: &SpcResult,
    ind: &Indicator,
    who: &str,
) -> LineChartSpec {
    let months = months(series);
    let cuts: Vec<usize> = series.recalculations.iter().map(|r| r.index).collect();
    let values: Vec<(usize, f64)> = (0..result.points.len())
        .filter_map(|i| result.points[i].value.map(|v| (i, v)))
        .collect();
    let mut figures = line(&series.area, who, FIGURES, &values, &months, &[]);
    figures.status_label = "actual".into();
    figures.source = series.sources.last().cloned().unwrap_or_default();
    let mut lines = limit_lines(result, &months, &cuts);
    lines.push(figures);
    lines.extend(mark_lines(result, &months));
    let axis = periods_axis(months.iter().flatten().copied().collect());
    let markers = period_markers(result, &months);
    LineChartSpec {
        value_type: ind.value_type,
        decimals: ind.decimals(),
        mode: crate::model::display::DisplayMode::Absolute,
        unit_label: ind.unit.clone(),
        lines,
        time_ticks: axis.ticks,
        markers,
        references: series
            .target
            .iter()
            .map(|t| ReferenceLine {
                value: t.value,
                label: t.label.clone(),
            })
            .collect(),
        include_zero: false,
        tick_steps: axis.steps,
        coarse_from: axis.coarse_from,
        index_unavailable: Some("A Variation chart shows the figures as published.".into()),
    }
}
