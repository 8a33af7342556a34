//! Queries over a theme's data: the trend lines a chart draws.

use crate::model::{Period, PeriodError, Status, ThemeData};

/// One area's values of one indicator with one status (say, Swindon's estimates), in time order.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendLine<'a> {
    /// Area code.
    pub area: &'a str,
    /// Whether the values are estimates, projections, …
    pub status: Status,
    /// Source id.
    pub source: &'a str,
    /// Periods and values, in time order.
    pub points: Vec<(Period, f64)>,
    /// The periods whose values are provisional.
    pub provisional: Vec<Period>,
}

/// The most localities shown when none of the chosen has figures (the first in display order).
pub const FALLBACK_AREAS: usize = 6;

/// The areas to show for `indicator`: the chosen ones that have figures for it (a locality
/// without figures is neither drawn nor ticked), or, when none of them has, the first
/// [`FALLBACK_AREAS`] areas that have, in the order of the area list, so that a chart is never blank; the flag says whether that
/// fallback was used.
pub fn areas_to_show(
    data: &crate::model::ThemeData,
    areas: &crate::model::AreaFile,
    indicator: &str,
    chosen: &[String],
) -> (Vec<String>, bool) {
    let with = data.areas_with(indicator);
    if with.is_empty() {
        return (chosen.to_vec(), false);
    }
    let chosen_with: Vec<String> = chosen
        .iter()
        .filter(|c| with.contains(&c.as_str()))
        .cloned()
        .collect();
    if !chosen_with.is_empty() {
        return (chosen_with, false);
    }
    let rank: std::collections::HashMap<&str, usize> = areas
        .areas
        .iter()
        .enumerate()
        .map(|(i, a)| (a.code.as_str(), i))
        .collect();
    let mut all: Vec<String> = with.into_iter().map(str::to_owned).collect();
    crate::model::order::sort_by_key(&mut all, |c| {
        rank.get(c.as_str()).copied().unwrap_or(usize::MAX)
    });
    // A file with a thousand localities would otherwise draw a thousand lines and cards.
    all.truncate(FALLBACK_AREAS);
    (all, true)
}

/// The localities a theme page offers: those of `areas` with figures in `data`, in the area
/// list's order.
pub fn areas_with_figures(
    data: &crate::model::ThemeData,
    areas: &crate::model::AreaFile,
) -> crate::model::AreaFile {
    let with: std::collections::HashSet<&str> =
        data.series.iter().map(|s| s.area.as_str()).collect();
    crate::model::AreaFile {
        format_version: areas.format_version,
        areas: areas
            .areas
            .iter()
            .filter(|a| with.contains(a.code.as_str()))
            .cloned()
            .collect(),
    }
}

/// The indicators a theme page offers (id and title): those with figures, in the file's order.
pub fn indicators_with_figures(data: &crate::model::ThemeData) -> Vec<(String, String)> {
    let with: std::collections::HashSet<&str> =
        data.series.iter().map(|s| s.indicator.as_str()).collect();
    data.indicators
        .iter()
        .filter(|i| with.contains(i.id.as_str()))
        .map(|i| (i.id.clone(), i.title.clone()))
        .collect()
}

/// The trend lines of an indicator for the chosen areas, in the order the areas are given,
/// each area's actual values before its projections. Areas without data are left out.
pub fn trend_lines<'a>(
    data: &'a ThemeData,
    indicator: &str,
    areas: &[&str],
) -> Result<Vec<TrendLine<'a>>, PeriodError> {
    let Some(ind) = data.indicator(indicator) else {
        return Ok(Vec::new());
    };
    let mut lines = Vec::new();
    for &area in areas {
        let mut of_area: Vec<TrendLine<'a>> = Vec::new();
        for series in data.series_for(&ind.id, area) {
            let mut points = series
                .points
                .iter()
                .map(|p| Period::parse(&p.period, ind.period_type).map(|period| (period, p.value)))
                .collect::<Result<Vec<_>, _>>()?;
            crate::model::order::sort_by_key(&mut points, |p| p.0);
            let provisional = series
                .points
                .iter()
                .filter(|p| p.provisional)
                .filter_map(|p| Period::parse(&p.period, ind.period_type).ok())
                .collect();
            of_area.push(TrendLine {
                area: &series.area,
                status: series.status,
                source: &series.source,
                points,
                provisional,
            });
        }
        crate::model::order::sort_by_key(&mut of_area, |l| l.status);
        lines.extend(of_area);
    }
    Ok(lines)
}

/// A period, its value and its 95% confidence interval, if published.
pub type Figure = (Period, f64, Option<(f64, f64)>);

/// The actual (measured) figures of one indicator for one area, in time order. Points whose
/// period cannot be read are skipped (the validator reports them).
pub fn actual_figures(data: &ThemeData, indicator: &str, area: &str) -> Vec<Figure> {
    let Some(ind) = data.indicator(indicator) else {
        return Vec::new();
    };
    let mut figures: Vec<Figure> = data
        .series
        .iter()
        .filter(|s| s.indicator == indicator && s.area == area && s.status == Status::Actual)
        .flat_map(|s| s.points.iter())
        .filter_map(|p| {
            Period::parse(&p.period, ind.period_type)
                .ok()
                .map(|period| (period, p.value, p.lower.zip(p.upper)))
        })
        .collect();
    crate::model::order::sort_by_key(&mut figures, |f| f.0);
    figures
}

/// Whether the measured figure of `indicator` for `area` in `period` is provisional (may be
/// revised when the publisher next publishes).
pub fn is_provisional(data: &ThemeData, indicator: &str, area: &str, period: Period) -> bool {
    let Some(ind) = data.indicator(indicator) else {
        return false;
    };
    data.series
        .iter()
        .filter(|s| s.indicator == indicator && s.area == area && s.status == Status::Actual)
        .flat_map(|s| s.points.iter())
        .any(|p| p.provisional && Period::parse(&p.period, ind.period_type) == Ok(period))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::period::PeriodType;
    use crate::model::{Indicator, Point, Polarity, Series, ValueType};

    fn data() -> ThemeData {
        let series = |area: &str, status, points: &[(&str, f64)]| Series {
            indicator: "pop".into(),
            area: area.into(),
            source: "ons".into(),
            status,
            note: None,
            points: points.iter().map(|&(p, v)| Point::new(p, v)).collect(),
        };
        ThemeData {
            format_version: 1,
            theme: "population".into(),
            sources: vec![],
            indicators: vec![Indicator {
                id: "pop".into(),
                title: "Population".into(),
                definition: "People".into(),
                unit: "people".into(),
                value_type: ValueType::Count,
                polarity: Polarity::Neither,
                period_type: PeriodType::CalendarYear,
                decimals: None,
                standards: vec![],
                breaks: Vec::new(),
                recalculations: Vec::new(),
                note: None,
            }],
            series: vec![
                series("B", Status::Projection, &[("2025", 30.0), ("2024", 20.0)]),
                series("B", Status::Actual, &[("2023", 10.0)]),
                series("A", Status::Actual, &[("2023", 1.0)]),
            ],
        }
    }

    #[test]
    fn lines_follow_the_requested_areas_with_actuals_first_and_points_sorted() {
        let d = data();
        let lines = trend_lines(&d, "pop", &["B", "A", "missing"]).unwrap();
        let summary: Vec<_> = lines.iter().map(|l| (l.area, l.status)).collect();
        assert_eq!(
            summary,
            [
                ("B", Status::Actual),
                ("B", Status::Projection),
                ("A", Status::Actual)
            ]
        );
        assert_eq!(
            lines[1].points,
            [(Period::Year(2024), 20.0), (Period::Year(2025), 30.0)]
        );
    }

    #[test]
    fn only_localities_and_indicators_with_figures_are_offered() {
        let mut d = data();
        let mut unused = d.indicators[0].clone();
        unused.id = "unused".into();
        d.indicators.insert(0, unused);
        let ids: Vec<String> = indicators_with_figures(&d)
            .into_iter()
            .map(|i| i.0)
            .collect();
        assert_eq!(ids, ["pop"]);
        let areas = crate::model::AreaFile {
            format_version: 1,
            areas: ["A", "C", "B"]
                .iter()
                .map(|c| crate::model::Area {
                    code: (*c).into(),
                    name: (*c).into(),
                    short_name: (*c).into(),
                    level: crate::model::AreaLevel::Place,
                    parent: None,
                })
                .collect(),
        };
        let offered: Vec<String> = areas_with_figures(&d, &areas)
            .areas
            .into_iter()
            .map(|a| a.code)
            .collect();
        assert_eq!(offered, ["A", "B"]);
    }

    #[test]
    fn a_bad_period_is_an_error_not_a_silent_gap() {
        let mut d = data();
        d.series[2].points[0].period = "2023/24".into();
        let err = trend_lines(&d, "pop", &["A"]).unwrap_err();
        assert_eq!(err.text, "2023/24");
    }

    #[test]
    fn a_choice_with_no_figures_falls_back_to_the_areas_that_have_them() {
        let text = r#"{"format_version": 1, "theme": "t",
          "sources": [{"id": "s", "publisher": "P", "title": "T", "section": "S", "licence": "OGL", "published": "2026"}],
          "indicators": [{"id": "c", "title": "C", "definition": "d", "unit": "%", "value_type": "percent", "polarity": "neither", "period_type": "calendar_year"}],
          "series": [
            {"indicator": "c", "area": "E06000054", "source": "s", "status": "actual", "points": [{"period": "2020", "value": 1}]},
            {"indicator": "c", "area": "E06000022", "source": "s", "status": "actual", "points": [{"period": "2020", "value": 1}]}]}"#;
        let areas = crate::prepare::areas::area_file();
        let d = crate::model::parse_theme("t.json", text, &areas).unwrap();
        let bsw = vec!["E54000040".to_owned()];
        assert_eq!(
            areas_to_show(&d, &areas, "c", &bsw),
            (vec!["E06000022".to_owned(), "E06000054".to_owned()], true)
        );
        let some = vec!["E54000040".to_owned(), "E06000054".to_owned()];
        assert_eq!(
            areas_to_show(&d, &areas, "c", &some),
            (vec!["E06000054".to_owned()], false),
            "a chosen locality without figures is not shown"
        );
    }

    #[test]
    fn the_fallback_shows_at_most_six_localities() {
        let areas = crate::prepare::areas::area_file();
        let codes: Vec<&str> = areas
            .areas
            .iter()
            .map(|a| a.code.as_str())
            .skip(1)
            .collect();
        assert!(codes.len() > FALLBACK_AREAS, "{codes:?}");
        let series: Vec<String> = codes
            .iter()
            .map(|c| format!(r#"{{"indicator": "c", "area": "{c}", "source": "s", "status": "actual", "points": [{{"period": "2020", "value": 1}}]}}"#))
            .collect();
        let text = format!(
            r#"{{"format_version": 1, "theme": "t",
          "sources": [{{"id": "s", "publisher": "P", "title": "T", "section": "S", "licence": "OGL", "published": "2026"}}],
          "indicators": [{{"id": "c", "title": "C", "definition": "d", "unit": "%", "value_type": "percent", "polarity": "neither", "period_type": "calendar_year"}}],
          "series": [{}]}}"#,
            series.join(",")
        );
        let d = crate::model::parse_theme("t.json", &text, &areas).unwrap();
        let (shown, fallback) = areas_to_show(&d, &areas, "c", &[areas.areas[0].code.clone()]);
        assert!(fallback);
        assert_eq!(shown, codes[..FALLBACK_AREAS]);
    }
}
