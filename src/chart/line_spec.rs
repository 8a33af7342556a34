//! What a line chart shows, independent of how it is drawn.

use crate::chart::palette::SeriesStyle;
use crate::model::ValueType;

/// One line: an area's estimates, or its projections, and so on.
#[derive(Debug, Clone, PartialEq)]
pub struct LineSpec {
    /// What the line belongs to (an area code); lines with the same key share one end label.
    pub key: String,
    /// Label drawn at the end of the line, e.g. `Swindon`.
    pub label: String,
    /// Colour and marker.
    pub style: SeriesStyle,
    /// Dashed (for projections and plans) or solid.
    pub dashed: bool,
    /// Points as (x in decimal years, value), in x order.
    pub points: Vec<(f64, f64)>,
}

/// A candidate tick on the time axis.
#[derive(Debug, Clone, PartialEq)]
pub struct TimeTick {
    /// Position in decimal years.
    pub x: f64,
    /// Label, e.g. `2011` or `2017/18`.
    pub label: String,
    /// Whole number used to pick evenly spaced ticks (the starting year for yearly periods,
    /// the month count for months).
    pub key: i64,
    /// Shorter label used when ticks are a year or more apart (`2024` for `Jan 2024`).
    pub coarse_label: String,
}

/// A vertical marker, such as the break between estimates and projections.
#[derive(Debug, Clone, PartialEq)]
pub struct VerticalMarker {
    /// Position in decimal years.
    pub x: f64,
    /// Label drawn beside it, e.g. `Projections →`.
    pub label: String,
}

/// A horizontal reference line, such as the 95% A&E standard.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferenceLine {
    /// Value on the y axis.
    pub value: f64,
    /// Label, e.g. `95% standard`.
    pub label: String,
}

/// Everything a line chart shows.
#[derive(Debug, Clone, PartialEq)]
pub struct LineChartSpec {
    /// How values are formatted on the axis.
    pub value_type: ValueType,
    /// The lines.
    pub lines: Vec<LineSpec>,
    /// Candidate ticks for the time axis, in time order.
    pub time_ticks: Vec<TimeTick>,
    /// Vertical markers.
    pub markers: Vec<VerticalMarker>,
    /// Horizontal reference lines.
    pub references: Vec<ReferenceLine>,
    /// Whether the y axis must include zero.
    pub include_zero: bool,
    /// Allowed spacings between time ticks, in key units, smallest first.
    pub tick_steps: Vec<i64>,
    /// From this spacing on, ticks use their coarse label.
    pub coarse_from: i64,
}

/// Tick spacings for yearly periods: every 1, 2, 5, 10… years.
pub const YEAR_STEPS: [i64; 8] = [1, 2, 5, 10, 20, 50, 100, 200];
/// Tick spacings for months: every 1, 3 or 6 months, then every 1, 2, 5… years.
pub const MONTH_STEPS: [i64; 9] = [1, 3, 6, 12, 24, 60, 120, 240, 600];

impl LineChartSpec {
    /// A chart with nothing to show (it draws a "No data" message).
    pub fn empty() -> LineChartSpec {
        LineChartSpec {
            value_type: ValueType::Count,
            lines: Vec::new(),
            time_ticks: Vec::new(),
            markers: Vec::new(),
            references: Vec::new(),
            include_zero: false,
            tick_steps: YEAR_STEPS.to_vec(),
            coarse_from: i64::MAX,
        }
    }
}
