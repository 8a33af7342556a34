//! Projections, plans and targets in words. Many of the board papers' figures (the funding gap
//! if nothing changes, planned homes) have no measured figures at all; the headline cards and
//! the summary sentence fall back to these, saying plainly what kind of figure they are.

use crate::model::format::format_value;
use crate::model::query::trend_lines;
use crate::model::summary::{in_sentence, possessive};
use crate::model::{AreaFile, Period, Status, ThemeData};

/// The kinds of figure that are not measured, in the order they are preferred.
const NOT_MEASURED: [Status; 3] = [Status::Projection, Status::Plan, Status::Target];

/// The first of projection, plan and target that `indicator` has for any of `areas`.
pub fn outlook_status(data: &ThemeData, indicator: &str, areas: &[&str]) -> Option<Status> {
    NOT_MEASURED.into_iter().find(|&status| {
        data.series.iter().any(|s| {
            s.indicator == indicator
                && s.status == status
                && !s.points.is_empty()
                && areas.contains(&s.area.as_str())
        })
    })
}

/// The figures of `area` of one `status`, several series merged, in time order.
pub fn figures_of(
    data: &ThemeData,
    indicator: &str,
    area: &str,
    status: Status,
) -> Vec<(Period, f64)> {
    let mut points: Vec<(Period, f64)> = Vec::new();
    for line in trend_lines(data, indicator, &[area]).unwrap_or_default() {
        if line.status == status {
            points.extend(line.points);
        }
    }
    crate::model::order::sort_by_key(&mut points, |p| p.0);
    points
}

/// The latest measured period of any indicator in the theme, as the middle of the period in
/// decimal years: "now", as far as the theme's figures go.
fn latest_measured(data: &ThemeData) -> Option<f64> {
    data.series
        .iter()
        .filter(|s| s.status == Status::Actual)
        .filter_map(|s| {
            let kind = data.indicator(&s.indicator)?.period_type;
            s.points
                .iter()
                .filter_map(|p| Some(Period::parse(&p.period, kind).ok()?.midpoint()))
                .reduce(f64::max)
        })
        .reduce(f64::max)
}

/// A sentence about the projections, plans or targets of `indicator` for the `selected` areas:
/// "BSW's funding gap if nothing changes is projected to rise from £100m in 2017/18 to £290m in
/// 2020/21." for one area's course ("was projected" once the theme's measured figures reach
/// beyond its end), or "Planned new homes, plans rather than measured figures:
/// 13,000 for B&NES (2029) and 22,000 for Swindon (2026)." `None` when there are none.
pub fn outlook_sentence(
    data: &ThemeData,
    areas: &AreaFile,
    indicator: &str,
    selected: &[&str],
) -> Option<String> {
    let ind = data.indicator(indicator)?;
    let status = outlook_status(data, indicator, selected)?;
    let fmt = |v: f64| format_value(v, ind.value_type, ind.decimals());
    // Each area's latest figure, and the course of the last area with more than one.
    let mut listed: Vec<String> = Vec::new();
    let mut course = None;
    for area in selected {
        let points = figures_of(data, indicator, area, status);
        if let (Some(&first), Some(&(period, value))) = (points.first(), points.last()) {
            let name = areas.short_name(area);
            listed.push(format!("{} for {name} ({period})", fmt(value)));
            if points.len() > 1 {
                course = Some((name, first, (period, value)));
            }
        }
    }
    let verb = match status {
        Status::Projection => Some("projected"),
        Status::Plan => Some("planned"),
        Status::Actual | Status::Target => None,
    };
    if let (1, Some((name, (p0, v0), (p1, v1))), Some(verb)) = (listed.len(), course, verb) {
        // Past tense once the theme's own measured figures have overtaken the end of the course.
        let tense = if latest_measured(data).is_some_and(|now| p1.midpoint() <= now) {
            "was"
        } else {
            "is"
        };
        let change = if v1 > v0 {
            "rise"
        } else if v1 < v0 {
            "fall"
        } else {
            "stay the same"
        };
        return Some(format!(
            "{} {} {tense} {verb} to {change} from {} in {p0} to {} in {p1}.",
            possessive(name),
            in_sentence(&ind.title),
            fmt(v0),
            fmt(v1)
        ));
    }
    let last = listed.pop()?;
    let (article, plural, measured, list) = if listed.is_empty() {
        ("a ", "", "a measured figure", last)
    } else {
        (
            "",
            "s",
            "measured figures",
            format!("{} and {last}", listed.join(", ")),
        )
    };
    Some(format!(
        "{}, {article}{}{plural} rather than {measured}: {list}.",
        ind.title,
        status.label()
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load::parse_json;
    use crate::prepare::areas::area_file;

    /// A theme with a projected gap for BSW (two series), planned homes for two places and a
    /// target beside a projection.
    fn theme() -> ThemeData {
        let json = r#"{
          "format_version": 1, "theme": "finance-workforce",
          "sources": [{"id": "stp", "publisher": "BSW STP partners", "title": "STP", "section": "Finance", "licence": "Not stated", "published": "2016-11"}],
          "indicators": [
            {"id": "gap", "title": "Funding gap if nothing changes", "definition": "d", "unit": "£ million", "value_type": "gbp_million", "polarity": "lower_is_better", "period_type": "financial_year", "decimals": 0},
            {"id": "homes", "title": "Planned new homes", "definition": "d", "unit": "homes", "value_type": "count", "polarity": "neither", "period_type": "calendar_year"},
            {"id": "surplus", "title": "Surplus of the trusts", "definition": "d", "unit": "£ million", "value_type": "gbp_million", "polarity": "higher_is_better", "period_type": "financial_year", "decimals": 1}
          ],
          "series": [
            {"indicator": "gap", "area": "E54000040", "source": "stp", "status": "projection", "points": [{"period": "2020/21", "value": 290}]},
            {"indicator": "gap", "area": "E54000040", "source": "stp", "status": "projection", "points": [{"period": "2017/18", "value": 100}]},
            {"indicator": "homes", "area": "E06000022", "source": "stp", "status": "plan", "points": [{"period": "2029", "value": 13000}]},
            {"indicator": "homes", "area": "E06000030", "source": "stp", "status": "plan", "points": [{"period": "2026", "value": 22000}]},
            {"indicator": "surplus", "area": "E54000040", "source": "stp", "status": "target", "points": [{"period": "2016/17", "value": 12.7}]},
            {"indicator": "surplus", "area": "E54000040", "source": "stp", "status": "projection", "points": [{"period": "2016/17", "value": 10.6}]}
          ]
        }"#;
        parse_json("test.json", json).unwrap()
    }

    #[test]
    fn one_area_course_is_described_with_its_kind() {
        assert_eq!(
            outlook_sentence(&theme(), &area_file(), "gap", &["E54000040", "E06000030"]).unwrap(),
            "BSW's funding gap if nothing changes is projected to rise from £100m in 2017/18 to £290m in 2020/21."
        );
    }

    #[test]
    fn single_figures_are_listed_by_area_and_called_what_they_are() {
        assert_eq!(
            outlook_sentence(&theme(), &area_file(), "homes", &["E06000022", "E06000030"]).unwrap(),
            "Planned new homes, plans rather than measured figures: 13,000 for B&NES (2029) and 22,000 for Swindon (2026)."
        );
        // A projection is preferred to a target for the same area.
        assert_eq!(
            outlook_sentence(&theme(), &area_file(), "surplus", &["E54000040"]).unwrap(),
            "Surplus of the trusts, a projection rather than a measured figure: £10.6m for BSW (2016/17)."
        );
    }

    #[test]
    fn headlines_without_measured_figures_say_what_kind_they_are() {
        let h = crate::model::headline::headline(&theme(), "gap", "E54000040").unwrap();
        assert_eq!(h.value, "£290m");
        assert_eq!(h.period, "2020/21 (projection)");
        assert_eq!(h.change.as_deref(), Some("up 190.0% on 2017/18"));
        // Projections have no confidence intervals: the card says "up", not "worse".
        assert_eq!(h.improving, None);
    }

    #[test]
    fn nothing_to_say_without_such_figures() {
        assert_eq!(
            outlook_sentence(&theme(), &area_file(), "homes", &["E06000054"]),
            None
        );
        assert_eq!(
            outlook_sentence(&theme(), &area_file(), "none", &["E54000040"]),
            None
        );
    }

    #[test]
    fn a_course_overtaken_by_measured_figures_reads_in_the_past_tense() {
        let mut t = theme();
        // A measured figure of another indicator, later than the projection's end (2020/21).
        let mut later = t.series[0].clone();
        later.indicator = "homes".into();
        later.status = Status::Actual;
        later.points = vec![crate::model::Point::new("2024", 1.0)];
        t.series.push(later);
        assert_eq!(
            outlook_sentence(&t, &area_file(), "gap", &["E54000040"]).unwrap(),
            "BSW's funding gap if nothing changes was projected to rise from £100m in 2017/18 to £290m in 2020/21."
        );
    }
}
