//! Indicators that are one figure from a board paper, or two (say, a measured figure and its
//! projection): shown as a statement of each figure with its period, status and source, not as a
//! chart with one dot, a one-bar comparison and a map with a one-value key.

use crate::model::format::format_value;
use crate::model::{AreaFile, Period, ThemeData};

/// One figure of a statement, ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementFigure {
    /// The locality's short name (`BSW`).
    pub area: String,
    /// The value, formatted (`£10.6m`).
    pub value: String,
    /// Its period (`2016/17`).
    pub period: String,
    /// What the figure is: `estimate`, `projection`, `plan` or `target`.
    pub status: &'static str,
    /// The source, briefly (`Title (section)`); the full reference is in the sources below.
    pub source: String,
}

/// The figures of `indicator` as a statement, in time order, when the indicator has at most two
/// figures in all and they are not a two-point trend (two figures of one locality with the same
/// status, which a line shows); `None` when it is better drawn as a chart.
pub fn statement(
    data: &ThemeData,
    areas: &AreaFile,
    indicator: &str,
) -> Option<Vec<StatementFigure>> {
    let ind = data.indicator(indicator)?;
    let series: Vec<_> = data
        .series
        .iter()
        .filter(|s| s.indicator == indicator && !s.points.is_empty())
        .collect();
    let count: usize = series.iter().map(|s| s.points.len()).sum();
    let trend = series.len() == 1 && count == 2;
    if count == 0 || count > 2 || trend {
        return None;
    }
    let mut figures: Vec<(Option<Period>, StatementFigure)> = series
        .iter()
        .flat_map(|s| s.points.iter().map(move |p| (s, p)))
        .map(|(s, p)| {
            let figure = StatementFigure {
                area: areas.short_name(&s.area).to_owned(),
                value: format_value(p.value, ind.value_type, ind.decimals()),
                period: p.period.clone(),
                status: s.status.label(),
                source: data.source(&s.source).map_or_else(
                    || s.source.clone(),
                    |src| format!("{} ({})", src.title, src.section),
                ),
            };
            (Period::parse(&p.period, ind.period_type).ok(), figure)
        })
        .collect();
    crate::model::order::sort_by_key(&mut figures, |f| f.0);
    Some(figures.into_iter().map(|f| f.1).collect())
}

/// The source of every figure when they share one (say it once), else `None`.
pub fn shared_source(figures: &[StatementFigure]) -> Option<&str> {
    let first = figures.first()?;
    figures
        .iter()
        .all(|f| f.source == first.source)
        .then_some(first.source.as_str())
}

/// The sentence that says why a statement is shown instead of a chart.
pub fn statement_intro(figures: usize) -> &'static str {
    if figures == 1 {
        "This is a single figure, so it is shown as a statement rather than a chart."
    } else {
        "These are the only two figures, each of a different kind, so they are shown as a statement rather than a chart."
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prepare::areas::area_file;

    fn theme(series: &str) -> ThemeData {
        let text = format!(
            r#"{{"format_version": 1, "theme": "t",
          "sources": [{{"id": "s", "publisher": "BSW STP", "title": "Plan", "section": "p. 4", "licence": "OGL", "published": "2016-10-21"}}],
          "indicators": [{{"id": "i", "title": "Surplus", "definition": "d", "unit": "£ million", "value_type": "gbp_million", "polarity": "higher_is_better", "period_type": "financial_year"}}],
          "series": [{series}]}}"#
        );
        crate::model::parse_theme("t.json", &text, &area_file()).unwrap()
    }

    fn series(status: &str, points: &str) -> String {
        format!(
            r#"{{"indicator": "i", "area": "E54000040", "source": "s", "status": "{status}", "points": [{points}]}}"#
        )
    }

    #[test]
    fn a_projection_and_a_target_are_a_statement_with_each_status_named() {
        let d = theme(&format!(
            "{},{}",
            series("target", r#"{"period": "2016/17", "value": 12.7}"#),
            series("projection", r#"{"period": "2016/17", "value": 10.6}"#)
        ));
        let figures = statement(&d, &area_file(), "i").unwrap();
        assert_eq!(figures.len(), 2);
        assert_eq!(
            (figures[0].area.as_str(), figures[0].period.as_str()),
            ("BSW", "2016/17")
        );
        let statuses: Vec<(&str, &str)> = figures
            .iter()
            .map(|f| (f.value.as_str(), f.status))
            .collect();
        assert!(statuses.contains(&("£12.7m", "target")), "{statuses:?}");
        assert!(statuses.contains(&("£10.6m", "projection")), "{statuses:?}");
        assert_eq!(figures[0].source, "Plan (p. 4)");
        assert!(statement_intro(2).contains("two"));
        assert_eq!(shared_source(&figures), Some("Plan (p. 4)"));
        let mut apart = figures.clone();
        apart[1].source = "Other (p. 1)".into();
        assert_eq!(shared_source(&apart), None);
    }

    #[test]
    fn a_measured_figure_and_a_later_projection_are_in_time_order() {
        let d = theme(&format!(
            "{},{}",
            series("projection", r#"{"period": "2020/21", "value": 28.63}"#),
            series("actual", r#"{"period": "2015/16", "value": 30}"#)
        ));
        let figures = statement(&d, &area_file(), "i").unwrap();
        let periods: Vec<&str> = figures.iter().map(|f| f.period.as_str()).collect();
        assert_eq!(periods, ["2015/16", "2020/21"]);
        assert_eq!(figures[0].status, "actual");
    }

    #[test]
    fn a_trend_of_two_or_more_figures_is_a_chart() {
        let two = theme(&series(
            "projection",
            r#"{"period": "2017/18", "value": 100}, {"period": "2020/21", "value": 290}"#,
        ));
        assert_eq!(statement(&two, &area_file(), "i"), None);
        let three = theme(&format!(
            "{},{}",
            series("actual", r#"{"period": "2015/16", "value": 1}"#),
            series(
                "projection",
                r#"{"period": "2017/18", "value": 2}, {"period": "2020/21", "value": 3}"#
            )
        ));
        assert_eq!(statement(&three, &area_file(), "i"), None);
        let one = theme(&series("actual", r#"{"period": "2015/16", "value": 1}"#));
        assert_eq!(statement(&one, &area_file(), "i").map(|f| f.len()), Some(1));
        assert_eq!(statement(&one, &area_file(), "unknown"), None);
    }
}
