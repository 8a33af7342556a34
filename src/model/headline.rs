//! Headline figures: the latest value of an indicator for a locality and its direction of
//! travel since the period before, in words.

use crate::model::format::{format_number, format_value};
use crate::model::outlook::{figures_of, outlook_status};
use crate::model::{Polarity, Status, ThemeData, ValueType};

/// A headline for one locality.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Headline {
    /// Area code.
    pub area: String,
    /// The latest value, formatted (`73.9%`).
    pub value: String,
    /// Its period (`Jul 2025`).
    pub period: String,
    /// Direction since the previous period, in words (`up 2.1 points on Jun 2025`), if any.
    pub change: Option<String>,
    /// `▲`, `▼` or `▶` (no change).
    pub arrow: &'static str,
    /// Whether the change is an improvement (`Some(true)`), a deterioration (`Some(false)`)
    /// or neither (`None`: no polarity, no change or no previous value).
    pub improving: Option<bool>,
}

/// The headline of `indicator` for `area`, from its actual values; where it has none, from its
/// projections, plans or targets, with the period saying which (`2020/21 (projection)`).
pub fn headline(data: &ThemeData, indicator: &str, area: &str) -> Option<Headline> {
    let ind = data.indicator(indicator)?;
    let mut points = figures_of(data, indicator, area, Status::Actual);
    let mut kind = None;
    if points.is_empty() {
        let status = outlook_status(data, indicator, &[area])?;
        points = figures_of(data, indicator, area, status);
        kind = Some(status.label());
    }
    let &(period, value) = points.last()?;
    let previous = points.len().checked_sub(2).map(|i| points[i]);
    let fmt = |v: f64| format_value(v, ind.value_type, ind.decimals());
    let (change, arrow, improving) = match previous {
        None => (None, "", None),
        Some((p_period, p_value)) => {
            let diff = value - p_value;
            let shown = format_number(diff.abs(), ind.decimals());
            let unchanged = shown.chars().all(|c| matches!(c, '0' | '.' | ','));
            let amount = match ind.value_type {
                ValueType::Percent => format!("{shown} points"),
                ValueType::Count | ValueType::GbpMillion | ValueType::Gbp if p_value != 0.0 => {
                    format!("{}%", format_number(100.0 * diff.abs() / p_value.abs(), 1))
                }
                _ => fmt(diff.abs()),
            };
            if unchanged {
                (Some(format!("no change on {p_period}")), "▶", None)
            } else {
                let up = diff > 0.0;
                let improving = match ind.polarity {
                    Polarity::HigherIsBetter => Some(up),
                    Polarity::LowerIsBetter => Some(!up),
                    Polarity::Neither => None,
                };
                let word = if up { "up" } else { "down" };
                (
                    Some(format!("{word} {amount} on {p_period}")),
                    if up { "▲" } else { "▼" },
                    improving,
                )
            }
        }
    };
    Some(Headline {
        area: area.to_owned(),
        value: fmt(value),
        period: match kind {
            Some(kind) => format!("{period} ({kind})"),
            None => period.to_string(),
        },
        change,
        arrow,
        improving,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::period::PeriodType;
    use crate::model::{Indicator, Point, Series};

    fn data(value_type: ValueType, polarity: Polarity, values: &[(&str, f64)]) -> ThemeData {
        ThemeData {
            format_version: 1,
            theme: "t".into(),
            sources: vec![],
            indicators: vec![Indicator {
                id: "i".into(),
                title: "I".into(),
                definition: "d".into(),
                unit: "u".into(),
                value_type,
                polarity,
                period_type: PeriodType::Month,
                decimals: None,
                standards: vec![],
                breaks: Vec::new(),
                note: None,
            }],
            series: vec![Series {
                indicator: "i".into(),
                area: "A".into(),
                source: "s".into(),
                status: Status::Actual,
                note: None,
                points: values.iter().map(|&(p, v)| Point::new(p, v)).collect(),
            }],
        }
    }

    #[test]
    fn percentages_move_in_points_and_polarity_says_if_that_is_better() {
        let d = data(
            ValueType::Percent,
            Polarity::HigherIsBetter,
            &[("2025-07", 73.9), ("2025-06", 71.8)],
        );
        let h = headline(&d, "i", "A").unwrap();
        assert_eq!(h.value, "73.9%");
        assert_eq!(h.period, "Jul 2025");
        assert_eq!(h.change.as_deref(), Some("up 2.1 points on Jun 2025"));
        assert_eq!((h.arrow, h.improving), ("▲", Some(true)));
    }

    #[test]
    fn counts_move_in_percent_and_unchanged_values_say_so() {
        let d = data(
            ValueType::Count,
            Polarity::LowerIsBetter,
            &[("2025-06", 200.0), ("2025-07", 190.0)],
        );
        let h = headline(&d, "i", "A").unwrap();
        assert_eq!(h.change.as_deref(), Some("down 5.0% on Jun 2025"));
        assert_eq!(h.improving, Some(true));
        let d = data(
            ValueType::Count,
            Polarity::Neither,
            &[("2025-06", 5.0), ("2025-07", 5.0)],
        );
        let h = headline(&d, "i", "A").unwrap();
        assert_eq!(
            (h.change.as_deref(), h.arrow),
            (Some("no change on Jun 2025"), "▶")
        );
        assert!(headline(&d, "i", "B").is_none());
    }
}
