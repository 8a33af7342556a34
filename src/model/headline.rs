//! Headline figures: the latest value of an indicator for a locality and its direction of
//! travel since the period before, in words.

use crate::model::format::{format_number, format_value};
use crate::model::outlook::{figures_of, outlook_status};
use crate::model::query::{actual_figures, is_provisional, Figure};
use crate::model::{Indicator, Period, Polarity, ThemeData, ValueType};

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
    /// or neither (`None`: no polarity, no change, no previous value, a break in the series, or
    /// a change within the confidence intervals or without any).
    pub improving: Option<bool>,
}

impl Headline {
    /// The verdict after the change, in words: ` (better)`, ` (worse)` or nothing.
    pub fn verdict(&self) -> &'static str {
        match self.improving {
            Some(true) => " (better)",
            Some(false) => " (worse)",
            None => "",
        }
    }

    /// The change line's CSS classes (the verdict's colour, beside its words and arrow).
    pub fn change_class(&self) -> &'static str {
        match self.improving {
            Some(true) => "card__change card__change--better",
            Some(false) => "card__change card__change--worse",
            None => "card__change",
        }
    }
}

/// The headline of `indicator` for `area`, from its actual values; where it has none, from its
/// projections, plans or targets, with the period saying which (`2020/21 (projection)`).
pub fn headline(data: &ThemeData, indicator: &str, area: &str) -> Option<Headline> {
    let ind = data.indicator(indicator)?;
    let mut points: Vec<Figure> = actual_figures(data, indicator, area);
    let mut kind = None;
    if points.is_empty() {
        let status = outlook_status(data, indicator, &[area])?;
        points = figures_of(data, indicator, area, status)
            .into_iter()
            .map(|(p, v)| (p, v, None))
            .collect();
        kind = Some(status.label());
    }
    let &(period, value, interval) = points.last()?;
    let previous = points.len().checked_sub(2).map(|i| points[i]);
    let fmt = |v: f64| format_value(v, ind.value_type, ind.decimals());
    let (change, arrow, improving) = match previous {
        None => (None, "", None),
        Some(before) => describe_change(ind, before, (period, value, interval)),
    };
    Some(Headline {
        area: area.to_owned(),
        value: fmt(value),
        period: match kind {
            Some(kind) => format!("{period} ({kind})"),
            None if is_provisional(data, indicator, area, period) => {
                format!("{period} (provisional)")
            }
            None => period.to_string(),
        },
        change,
        arrow,
        improving,
    })
}

/// A change as a number that never reads as zero when there is one: `0.04%`, not `0.0%`.
fn nonzero(value: f64, decimals: u8) -> String {
    (decimals..=decimals.saturating_add(3))
        .map(|d| format_number(value, d))
        .find(|n| n.chars().any(|c| matches!(c, '1'..='9')))
        .unwrap_or_else(|| format_number(value, decimals))
}

/// The change from `before` to `now` in words, its arrow, and whether it is an improvement.
/// No verdict across a break in the series (the figures are not comparable), where the
/// indicator publishes no confidence intervals (a change is only "up" or "down"), or where the
/// two intervals overlap (the change may be chance).
fn describe_change(
    ind: &Indicator,
    (p_period, p_value, p_interval): Figure,
    (period, value, interval): Figure,
) -> (Option<String>, &'static str, Option<bool>) {
    let broken = ind.breaks.iter().any(|b| {
        Period::parse(&b.period, ind.period_type).is_ok_and(|at| p_period < at && at <= period)
    });
    if broken {
        let text = format!("not comparable with {p_period} (the series changed)");
        return (Some(text), "", None);
    }
    let diff = value - p_value;
    let shown = format_number(diff.abs(), ind.decimals());
    if !shown.chars().any(|c| matches!(c, '1'..='9')) {
        return (Some(format!("no change on {p_period}")), "▶", None);
    }
    let amount = match ind.value_type {
        ValueType::Percent => format!("{shown} points"),
        ValueType::Count | ValueType::GbpMillion | ValueType::Gbp if p_value != 0.0 => {
            format!("{}%", nonzero(100.0 * diff.abs() / p_value.abs(), 1))
        }
        _ => format_value(diff.abs(), ind.value_type, ind.decimals()),
    };
    let up = diff > 0.0;
    let beyond_chance = match (p_interval, interval) {
        (Some((lo_a, hi_a)), Some((lo_b, hi_b))) => hi_a < lo_b || hi_b < lo_a,
        _ => false,
    };
    let improving = match ind.polarity {
        _ if !beyond_chance => None,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::period::PeriodType;
    use crate::model::{Indicator, Point, Series, Status};

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
                recalculations: Vec::new(),
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
        // No confidence intervals: the change is "up", with no verdict.
        assert_eq!((h.arrow, h.improving), ("▲", None));
    }

    fn with_intervals(intervals: [(f64, f64); 2]) -> ThemeData {
        let mut d = data(
            ValueType::Years,
            Polarity::HigherIsBetter,
            &[("2025-06", 60.0), ("2025-07", 62.0)],
        );
        for (p, (lo, hi)) in d.series[0].points.iter_mut().zip(intervals) {
            p.lower = Some(lo);
            p.upper = Some(hi);
        }
        d
    }

    #[test]
    fn a_verdict_only_when_the_change_is_beyond_the_confidence_intervals() {
        let apart = with_intervals([(59.0, 61.0), (61.5, 62.5)]);
        assert_eq!(headline(&apart, "i", "A").unwrap().improving, Some(true));
        let overlapping = with_intervals([(58.0, 62.5), (61.0, 63.0)]);
        let h = headline(&overlapping, "i", "A").unwrap();
        assert_eq!((h.arrow, h.improving), ("▲", None));
    }

    #[test]
    fn no_comparison_across_a_break_in_the_series() {
        let mut d = with_intervals([(59.0, 61.0), (61.5, 62.5)]);
        d.indicators[0].breaks.push(crate::model::SeriesBreak {
            period: "2025-07".into(),
            label: "New method".into(),
            note: "The method changed.".into(),
        });
        let h = headline(&d, "i", "A").unwrap();
        assert_eq!(
            h.change.as_deref(),
            Some("not comparable with Jun 2025 (the series changed)")
        );
        assert_eq!((h.arrow, h.improving), ("", None));
    }

    #[test]
    fn a_provisional_latest_month_says_so_on_the_card_and_in_the_summary() {
        let mut d = data(
            ValueType::Percent,
            Polarity::HigherIsBetter,
            &[("2025-06", 71.8), ("2025-07", 73.9)],
        );
        assert_eq!(headline(&d, "i", "A").unwrap().period, "Jul 2025");
        let areas = crate::prepare::areas::area_file();
        let before = crate::model::summary::summary(&d, &areas, "i", &["A"]).unwrap();
        assert!(!before.contains("provisional"), "{before}");
        for p in &mut d.series[0].points {
            p.provisional = p.period == "2025-07";
        }
        assert_eq!(
            headline(&d, "i", "A").unwrap().period,
            "Jul 2025 (provisional)"
        );
        let after = crate::model::summary::summary(&d, &areas, "i", &["A"]).unwrap();
        assert!(
            after.ends_with("The figures for Jul 2025 are provisional and may be revised."),
            "{after}"
        );
    }

    #[test]
    fn a_small_change_never_reads_as_zero() {
        let d = data(
            ValueType::Count,
            Polarity::Neither,
            &[("2025-06", 100_000.0), ("2025-07", 100_040.0)],
        );
        let h = headline(&d, "i", "A").unwrap();
        assert_eq!(h.change.as_deref(), Some("up 0.04% on Jun 2025"));
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
        assert_eq!(h.improving, None);
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
