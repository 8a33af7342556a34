//! How a trend is shown: as the figures themselves, as an index (base year = 100) or as the
//! percentage change since the base year. Pure arithmetic on trend lines.

use crate::model::query::TrendLine;
use crate::model::{Period, Status};

/// The display mode of a trend chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DisplayMode {
    /// The figures as published.
    #[default]
    Absolute,
    /// Each line divided by its value in the base period, times 100.
    Index,
    /// The percentage change since the base period.
    PercentChange,
}

impl DisplayMode {
    /// Every mode, in the order offered.
    pub const ALL: [DisplayMode; 3] = [
        DisplayMode::Absolute,
        DisplayMode::Index,
        DisplayMode::PercentChange,
    ];

    /// Identifier for URLs and controls.
    pub fn id(self) -> &'static str {
        match self {
            DisplayMode::Absolute => "absolute",
            DisplayMode::Index => "index",
            DisplayMode::PercentChange => "change",
        }
    }

    /// Label for the control.
    pub fn label(self) -> &'static str {
        match self {
            DisplayMode::Absolute => "Numbers",
            DisplayMode::Index => "Index (first year = 100)",
            DisplayMode::PercentChange => "% change since first year",
        }
    }

    /// The mode with this identifier.
    pub fn from_id(id: &str) -> Option<DisplayMode> {
        DisplayMode::ALL.into_iter().find(|m| m.id() == id)
    }
}

/// The base period: the first period at which every area shown has an actual value.
/// `None` when the areas have no actual period in common.
pub fn base_period(lines: &[TrendLine<'_>]) -> Option<Period> {
    let mut areas: Vec<&str> = lines.iter().map(|l| l.area).collect();
    areas.dedup();
    let actual = |area: &str| -> Vec<Period> {
        lines
            .iter()
            .filter(|l| l.area == area && l.status == Status::Actual)
            .flat_map(|l| l.points.iter().map(|p| p.0))
            .collect()
    };
    let first = actual(areas.first()?);
    first
        .into_iter()
        .filter(|p| areas.iter().all(|a| actual(a).contains(p)))
        .min()
}

/// The base period for an index or a percentage change, or why there can be none: no first
/// period every locality shown has, or a base figure that is zero, negative or tiny beside the
/// line's other figures (an index of it would mean nothing, or read -200).
pub fn index_base(lines: &[TrendLine<'_>]) -> Result<Period, String> {
    let base = base_period(lines).ok_or_else(|| {
        "Index and % change need a first year with figures for every locality shown.".to_owned()
    })?;
    for line in lines.iter().filter(|l| l.status == Status::Actual) {
        let Some(&(_, b)) = line.points.iter().find(|p| p.0 == base) else {
            continue;
        };
        let largest = line.points.iter().map(|p| p.1.abs()).fold(0.0, f64::max);
        if b <= 0.0 || b < largest * 1e-6 {
            let what = if b <= 0.0 {
                "zero or below"
            } else {
                "tiny beside its later figures"
            };
            return Err(format!(
                "Index and % change cannot be shown: a figure in {base} is {what}, so it cannot be the base (= 100)."
            ));
        }
    }
    Ok(base)
}

/// Rewrites the values of `lines` for `mode`, relative to each area's actual value at `base`.
/// Lines of areas with no value at `base` (or a zero value) are dropped.
pub fn apply_mode<'a>(
    lines: Vec<TrendLine<'a>>,
    mode: DisplayMode,
    base: Period,
) -> Vec<TrendLine<'a>> {
    if mode == DisplayMode::Absolute {
        return lines;
    }
    let base_value = |area: &str| {
        lines
            .iter()
            .filter(|l| l.area == area && l.status == Status::Actual)
            .flat_map(|l| l.points.iter())
            .find(|p| p.0 == base)
            .map(|p| p.1)
            .filter(|v| *v != 0.0)
    };
    let bases: Vec<Option<f64>> = lines.iter().map(|l| base_value(l.area)).collect();
    lines
        .into_iter()
        .zip(bases)
        .filter_map(|(mut line, b)| {
            let b = b?;
            for p in &mut line.points {
                p.1 = match mode {
                    DisplayMode::Index => 100.0 * p.1 / b,
                    _ => 100.0 * (p.1 / b - 1.0),
                };
            }
            Some(line)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(area: &'static str, status: Status, points: &[(i32, f64)]) -> TrendLine<'static> {
        TrendLine {
            area,
            status,
            source: "s",
            points: points.iter().map(|&(y, v)| (Period::Year(y), v)).collect(),
            provisional: Vec::new(),
        }
    }

    #[test]
    fn a_zero_negative_or_tiny_base_says_why_there_is_no_index() {
        let ok = [line("A", Status::Actual, &[(2001, 50.0), (2002, 60.0)])];
        assert_eq!(index_base(&ok), Ok(Period::Year(2001)));
        for (base, what) in [
            (0.0, "zero or below"),
            (-5.0, "zero or below"),
            (1e-9, "tiny"),
        ] {
            let lines = [line("A", Status::Actual, &[(2001, base), (2002, 60.0)])];
            let why = index_base(&lines).unwrap_err();
            assert!(why.contains(what) && why.contains("in 2001"), "{why}");
        }
        let none = [
            line("A", Status::Actual, &[(2001, 1.0)]),
            line("B", Status::Actual, &[(2002, 1.0)]),
        ];
        assert!(index_base(&none).unwrap_err().contains("first year"));
    }

    #[test]
    fn the_base_is_the_first_year_every_area_has() {
        let lines = vec![
            line("A", Status::Actual, &[(2000, 1.0), (2001, 2.0)]),
            line("B", Status::Actual, &[(2001, 5.0)]),
            line("B", Status::Projection, &[(2000, 4.0)]),
        ];
        assert_eq!(base_period(&lines), Some(Period::Year(2001)));
        assert_eq!(base_period(&[]), None);
    }

    #[test]
    fn index_and_change_are_relative_to_the_base_including_projections() {
        let lines = vec![
            line("A", Status::Actual, &[(2011, 200.0), (2023, 227.4)]),
            line("A", Status::Projection, &[(2030, 250.0)]),
        ];
        let index = apply_mode(lines.clone(), DisplayMode::Index, Period::Year(2011));
        assert_eq!(index[0].points[1].1, 113.7);
        assert_eq!(index[1].points[0].1, 125.0);
        let change = apply_mode(lines, DisplayMode::PercentChange, Period::Year(2011));
        assert!((change[0].points[1].1 - 13.7).abs() < 1e-9);
        assert_eq!(change[0].points[0].1, 0.0);
    }

    #[test]
    fn areas_without_a_base_value_are_dropped() {
        let lines = vec![
            line("A", Status::Actual, &[(2011, 1.0)]),
            line("B", Status::Actual, &[(2012, 1.0)]),
        ];
        let out = apply_mode(lines, DisplayMode::Index, Period::Year(2011));
        assert_eq!(out.len(), 1);
        assert_eq!(
            DisplayMode::from_id("change"),
            Some(DisplayMode::PercentChange)
        );
    }
}
