//! Words for one point of a chart, for tooltips and screen readers.

use crate::chart::focus::PointRef;
use crate::chart::line_spec::LineChartSpec;
use crate::model::display::DisplayMode;
use crate::model::ValueType;

/// One point described for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PointDescription {
    /// The locality, e.g. `Swindon`.
    pub locality: String,
    /// The period, e.g. `2017/18`.
    pub period: String,
    /// `estimate`, `projection`, `plan` or `target`.
    pub status: String,
    /// The value with its unit, e.g. `238,416 people` or `87.0%`.
    pub value: String,
    /// Source id.
    pub source: String,
}

impl PointDescription {
    /// One sentence: `Swindon, 2023 (estimate): 238,416 people`.
    pub fn sentence(&self) -> String {
        format!(
            "{}, {} ({}): {}",
            self.locality, self.period, self.status, self.value
        )
    }
}

/// Describes the point `at` of `spec`.
pub fn describe(spec: &LineChartSpec, at: PointRef) -> Option<PointDescription> {
    let line = spec.lines.get(at.line)?;
    let (_, v) = *line.points.get(at.index)?;
    let number = spec.format_value(v);
    // Counts, ratios, scores and indices carry no unit of their own: add it.
    let needs_unit = match spec.mode {
        DisplayMode::Index => true,
        DisplayMode::PercentChange => false,
        DisplayMode::Absolute => matches!(
            spec.value_type,
            ValueType::Count | ValueType::Ratio | ValueType::Score
        ),
    };
    let value = if needs_unit && !spec.unit_label.is_empty() {
        match spec.mode {
            DisplayMode::Index => format!("{number} ({})", spec.unit_label),
            _ => format!("{number} {}", spec.unit_label),
        }
    } else {
        number
    };
    Some(PointDescription {
        locality: line.label.clone(),
        period: line
            .period_labels
            .get(at.index)
            .cloned()
            .unwrap_or_default(),
        status: line.status_label.clone(),
        value,
        source: line.source.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::line_spec::LineSpec;
    use crate::chart::palette::area_style;

    fn spec(value_type: ValueType, unit: &str, mode: DisplayMode, v: f64) -> LineChartSpec {
        LineChartSpec {
            value_type,
            decimals: if value_type == ValueType::Count { 0 } else { 1 },
            mode,
            unit_label: unit.into(),
            lines: vec![LineSpec {
                key: "E06000030".into(),
                label: "Swindon".into(),
                style: area_style("E06000030", 0),
                dashed: false,
                points: vec![(2023.5, v)],
                breaks: Vec::new(),
                points_only: false,
                marks_only: false,
                period_labels: vec!["2023".into()],
                status_label: "actual".into(),
                source: "ons-mye".into(),
            }],
            ..LineChartSpec::empty()
        }
    }

    #[test]
    fn sentences_carry_locality_period_status_and_value_with_unit() {
        let at = PointRef { line: 0, index: 0 };
        let d = describe(
            &spec(ValueType::Count, "people", DisplayMode::Absolute, 238_416.0),
            at,
        )
        .unwrap();
        assert_eq!(d.sentence(), "Swindon, 2023 (actual): 238,416 people");
        let d = describe(
            &spec(
                ValueType::Percent,
                "% of attendances",
                DisplayMode::Absolute,
                87.0,
            ),
            at,
        )
        .unwrap();
        assert_eq!(d.value, "87.0%");
        let d = describe(
            &spec(
                ValueType::Count,
                "index, 2000 = 100",
                DisplayMode::Index,
                113.66,
            ),
            at,
        )
        .unwrap();
        assert_eq!(d.value, "113.7 (index, 2000 = 100)");
        let d = describe(
            &spec(
                ValueType::Count,
                "% change since 2000",
                DisplayMode::PercentChange,
                -2.04,
            ),
            at,
        )
        .unwrap();
        assert_eq!(d.value, "-2.0%");
        assert_eq!(
            describe(
                &spec(ValueType::Count, "", DisplayMode::Absolute, 1.0),
                PointRef { line: 1, index: 0 }
            ),
            None
        );
    }
}
