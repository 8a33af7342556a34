//! Indicators: what is measured, in which unit, and whether higher is better.

use crate::model::period::PeriodType;
use serde::{Deserialize, Serialize};

/// The kind of number an indicator holds, which decides how it is formatted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ValueType {
    /// A count of people, homes, attendances…: `12,981`.
    Count,
    /// A percentage, 0 to 100: `87.0%`.
    Percent,
    /// A rate per 100,000 population: `245.3 per 100,000`.
    RatePer100k,
    /// A rate per 1,000 (e.g. net additional dwellings per 1,000 homes): `9.4 per 1,000`.
    RatePer1000,
    /// A number of years, such as healthy life expectancy: `63.4 years`.
    Years,
    /// Money in millions of pounds: `£298m`.
    GbpMillion,
    /// Money in pounds, such as household income per head: `£27,296`.
    Gbp,
    /// A ratio, such as house prices to earnings: `9.85`.
    Ratio,
    /// A score or index without a unit, such as the IMD average score.
    Score,
}

impl ValueType {
    /// Number of decimal places shown when the indicator does not say.
    pub fn default_decimals(self) -> u8 {
        match self {
            ValueType::Count | ValueType::Gbp => 0,
            ValueType::Ratio => 2,
            _ => 1,
        }
    }
}

/// Whether a higher value is better, worse, or neither.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    /// Higher values are better (e.g. healthy life expectancy).
    HigherIsBetter,
    /// Lower values are better (e.g. smoking prevalence).
    LowerIsBetter,
    /// No value judgement (e.g. population size).
    Neither,
}

/// A standard or target that applies to every period of an indicator, drawn as a reference
/// line (e.g. the 95% A&E 4-hour standard).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Standard {
    /// The value of the standard.
    pub value: f64,
    /// Label for the reference line, e.g. `95% national standard`.
    pub label: String,
    /// Source id of the document that sets it.
    pub source: String,
}

/// A break in a series: from this period on, the figures are not directly comparable with those
/// before (e.g. community services leaving the RTT statistics in February 2024).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeriesBreak {
    /// The first period on the new basis.
    pub period: String,
    /// Short label for the chart, e.g. `Series break`.
    pub label: String,
    /// What changed, in plain English.
    pub note: String,
}

/// A point where a statistical process control chart starts a new period: its mean and limits
/// are worked out afresh from here, because the process may have changed (e.g. figures resuming
/// after a long gap from a different compilation). Breaks are recalculation points as well.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recalculation {
    /// The first period of the new process.
    pub period: String,
    /// Why the limits are recalculated here, in plain English.
    pub reason: String,
}

/// One indicator, such as total population or A&E 4-hour performance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Identifier used by series, e.g. `population-total`.
    pub id: String,
    /// Short title for headings, e.g. `Total population`.
    pub title: String,
    /// Plain-English definition a board member can follow.
    pub definition: String,
    /// Unit in words, e.g. `people` or `% of attendances`.
    pub unit: String,
    /// Kind of number.
    pub value_type: ValueType,
    /// Whether higher is better.
    pub polarity: Polarity,
    /// How periods are written.
    pub period_type: PeriodType,
    /// Decimal places to show; defaults by value type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decimals: Option<u8>,
    /// Standards or targets drawn as reference lines.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub standards: Vec<Standard>,
    /// Breaks in the series, drawn as markers on the chart and explained in the notes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub breaks: Vec<SeriesBreak>,
    /// Further recalculation points for statistical process control (besides the breaks).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recalculations: Vec<Recalculation>,
    /// Caveats that apply to the indicator as a whole.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Indicator {
    /// Decimal places to show.
    pub fn decimals(&self) -> u8 {
        self.decimals
            .unwrap_or_else(|| self.value_type.default_decimals())
    }
}
