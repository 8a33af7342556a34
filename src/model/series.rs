//! Series: the values of one indicator for one area, from one source, with one status.

use serde::{Deserialize, Serialize, Serializer};

/// Writes whole numbers without a fractional part (`168489`, not `168489.0`).
fn whole_if_integral<S: Serializer>(value: &f64, serializer: S) -> Result<S::Ok, S::Error> {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
    if value.fract() == 0.0 && value.abs() < EXACT {
        serializer.serialize_i64(*value as i64)
    } else {
        serializer.serialize_f64(*value)
    }
}

#[allow(clippy::ref_option)] // serde's `serialize_with` passes a reference to the field.
fn whole_if_integral_opt<S: Serializer>(
    value: &Option<f64>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(v) => whole_if_integral(v, serializer),
        None => serializer.serialize_none(),
    }
}

/// Whether figures are measured, projected or planned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Measured or estimated after the event.
    Actual,
    /// An official projection of what will happen if trends continue.
    Projection,
    /// A plan, such as planned housing delivery.
    Plan,
    /// A target or standard, such as the 95% A&E standard.
    Target,
}

impl Status {
    /// Plain-English word for legends and tables. Measured figures are "actual" (as the data
    /// files call them): "estimate" read as modelled to a board member looking at A&E counts.
    pub fn label(self) -> &'static str {
        match self {
            Status::Actual => "actual",
            Status::Projection => "projection",
            Status::Plan => "plan",
            Status::Target => "target",
        }
    }

    /// The word in a table's "Type" column: "Actual", "Projection", "Plan" or "Target".
    pub fn table_word(self) -> &'static str {
        match self {
            Status::Actual => "Actual",
            Status::Projection => "Projection",
            Status::Plan => "Plan",
            Status::Target => "Target",
        }
    }
}

/// One value for one period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Point {
    /// The period, written as the indicator's period type requires (e.g. `2017/18`).
    pub period: String,
    /// The value.
    #[serde(serialize_with = "whole_if_integral")]
    pub value: f64,
    /// Lower limit of the 95% confidence interval.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "whole_if_integral_opt"
    )]
    pub lower: Option<f64>,
    /// Upper limit of the 95% confidence interval.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "whole_if_integral_opt"
    )]
    pub upper: Option<f64>,
    /// Numerator count behind a rate or percentage.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "whole_if_integral_opt"
    )]
    pub count: Option<f64>,
    /// Denominator behind a rate or percentage.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "whole_if_integral_opt"
    )]
    pub denominator: Option<f64>,
    /// A note on this value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Whether the value is provisional (the publisher may revise it).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub provisional: bool,
}

impl Point {
    /// A point with just a period and a value.
    pub fn new(period: impl Into<String>, value: f64) -> Point {
        Point {
            period: period.into(),
            value,
            lower: None,
            upper: None,
            count: None,
            denominator: None,
            note: None,
            provisional: false,
        }
    }
}

/// The values of one indicator for one area.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Series {
    /// Indicator id.
    pub indicator: String,
    /// Area code.
    pub area: String,
    /// Source id.
    pub source: String,
    /// Whether these are actual, projected or planned figures.
    pub status: Status,
    /// A note that applies to the whole series.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Values in time order.
    pub points: Vec<Point>,
}
