//! What a line chart shows, independent of how it is drawn.

use crate::chart::palette::SeriesStyle;
use crate::model::display::DisplayMode;
use crate::model::format::{format_change_percent, format_number, format_value};
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
    /// Targets and ambitions: each point drawn as a marker labelled with its value and the word
    /// "target", never joined into a line that could read as a forecast.
    pub points_only: bool,
    /// Points drawn as markers only, never joined: e.g. the months a statistical process control
    /// chart marks as special cause (listed in the key, read by tooltip, no end label).
    pub marks_only: bool,
    /// Indices of the points that start a new run after a gap in the data (months with no
    /// figures between two points): the line is not drawn across a gap.
    pub breaks: Vec<usize>,
    /// The period of each point as written for people (`2017/18`), for tooltips.
    pub period_labels: Vec<String>,
    /// What the values are: `estimate`, `projection`, `plan` or `target`.
    pub status_label: String,
    /// Source id of the values.
    pub source: String,
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
    /// The kind of number, for formatting values.
    pub value_type: ValueType,
    /// Decimal places of values in tooltips.
    pub decimals: u8,
    /// Whether values are the figures, an index or a percentage change.
    pub mode: DisplayMode,
    /// The unit, drawn above the value axis (e.g. `people`, `index, 2000 = 100`).
    pub unit_label: String,
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
    /// Why the figures cannot be shown as an index or a percentage change (no common first
    /// period, or a base of zero or below), or `None` when they can.
    pub index_unavailable: Option<String>,
}

/// Tick spacings for yearly periods: every 1, 2, 5, 10… years.
pub const YEAR_STEPS: [i64; 8] = [1, 2, 5, 10, 20, 50, 100, 200];
/// Tick spacings for months: every 1, 3 or 6 months, then every 1, 2, 3, 5… years (3, so that
/// a narrow chart of a decade of months still has a few years labelled).
pub const MONTH_STEPS: [i64; 10] = [1, 3, 6, 12, 24, 36, 60, 120, 240, 600];

impl LineChartSpec {
    /// Whether the figures can be shown as an index or a percentage change.
    pub fn indexable(&self) -> bool {
        self.index_unavailable.is_none()
    }

    /// A value as people read it in a tooltip: `238,416`, `87.0%`, `113.7` (index),
    /// `+13.7%` (change).
    pub fn format_value(&self, value: f64) -> String {
        match self.mode {
            DisplayMode::Absolute => format_value(value, self.value_type, self.decimals),
            DisplayMode::Index => format_number(value, 1),
            DisplayMode::PercentChange => format_change_percent(value, 1),
        }
    }

    /// A chart with nothing to show (it draws a "No data" message).
    pub fn empty() -> LineChartSpec {
        LineChartSpec {
            value_type: ValueType::Count,
            decimals: 0,
            mode: DisplayMode::Absolute,
            unit_label: String::new(),
            lines: Vec::new(),
            time_ticks: Vec::new(),
            markers: Vec::new(),
            references: Vec::new(),
            include_zero: false,
            tick_steps: YEAR_STEPS.to_vec(),
            coarse_from: i64::MAX,
            index_unavailable: Some("There are no figures to index.".into()),
        }
    }
}
