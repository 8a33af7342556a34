//! "How current are these figures?": for every indicator of a theme, its latest measured period
//! and when its sources were published (or, where the extract does not say, taken), so that a
//! board member can see at a glance what is current and what is a 2016 figure.

use crate::model::table::sources_used;
use crate::model::{Period, Status, ThemeData};

/// One row of the table: an indicator, its latest figure's period and its sources' dates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurrencyRow {
    /// The indicator's id.
    pub indicator: String,
    /// The indicator's title.
    pub title: String,
    /// The latest period with a measured figure (`Apr 2026`, `2023/24`), or `None` when the
    /// indicator has only projections, plans or targets.
    pub latest_actual: Option<String>,
    /// The latest period of any figure, when it is later than the latest measured one (the end of
    /// a projection or a target's date), with what kind of figure it is.
    pub latest_other: Option<(String, &'static str)>,
    /// For each source of the indicator's figures: its title, publisher and when it was published
    /// or taken, in words.
    pub sources: Vec<String>,
}

/// The latest period of the series of `indicator` with status `keep`.
fn latest(
    data: &ThemeData,
    indicator: &str,
    keep: impl Fn(Status) -> bool,
) -> Option<(Period, Status)> {
    let kind = data.indicator(indicator)?.period_type;
    data.series
        .iter()
        .filter(|s| s.indicator == indicator && keep(s.status))
        .flat_map(|s| {
            s.points
                .iter()
                .filter_map(move |p| Some((Period::parse(&p.period, kind).ok()?, s.status)))
        })
        .max_by_key(|(p, _)| *p)
}

/// The table for a theme, one row per indicator in the theme's order.
pub fn currency_table(data: &ThemeData) -> Vec<CurrencyRow> {
    data.indicators
        .iter()
        .map(|ind| {
            let actual = latest(data, &ind.id, |s| s == Status::Actual);
            let other = latest(data, &ind.id, |s| s != Status::Actual)
                .filter(|(p, _)| actual.is_none_or(|(a, _)| p > &a))
                .map(|(p, s)| (p.to_string(), s.label()));
            let mut sources: Vec<String> = Vec::new();
            for source in sources_used(data, &ind.id, &data.areas_with(&ind.id)) {
                let date = source
                    .date_in_words()
                    .unwrap_or_else(|| "date not recorded".to_owned());
                let line = format!("{} ({}): {date}", source.title, source.publisher);
                if !sources.contains(&line) {
                    sources.push(line);
                }
            }
            CurrencyRow {
                indicator: ind.id.clone(),
                title: ind.title.clone(),
                latest_actual: actual.map(|(p, _)| p.to_string()),
                latest_other: other,
                sources,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_theme;
    use crate::prepare::areas::area_file;

    #[test]
    fn each_indicator_has_its_latest_figure_and_its_sources_dates() {
        let text = r#"{"format_version": 1, "theme": "t",
          "sources": [
            {"id": "a", "publisher": "NHS England", "title": "T", "section": "S", "licence": "OGL", "note": "n", "extracted": "2026-07-01"},
            {"id": "b", "publisher": "ONS", "title": "T", "section": "S", "licence": "OGL", "published": "2025-06-24"}],
          "indicators": [
            {"id": "m", "title": "Monthly", "definition": "d", "unit": "%", "value_type": "percent", "polarity": "neither", "period_type": "month"},
            {"id": "y", "title": "Yearly", "definition": "d", "unit": "people", "value_type": "count", "polarity": "neither", "period_type": "calendar_year"}],
          "series": [
            {"indicator": "m", "area": "E54000040", "source": "a", "status": "actual", "points": [{"period": "2026-04", "value": 1}, {"period": "2025-12", "value": 1}]},
            {"indicator": "m", "area": "E92000001", "source": "a", "status": "target", "points": [{"period": "2029-03", "value": 92}]},
            {"indicator": "y", "area": "E54000040", "source": "b", "status": "projection", "points": [{"period": "2047", "value": 1}]}]}"#;
        let data = parse_theme("t.json", text, &area_file()).unwrap();
        let rows = currency_table(&data);
        assert_eq!(rows[0].latest_actual.as_deref(), Some("Apr 2026"));
        assert_eq!(
            rows[0].latest_other,
            Some(("Mar 2029".to_owned(), "target"))
        );
        assert_eq!(
            rows[0].sources,
            ["T (NHS England): extract taken 2026-07-01"]
        );
        assert_eq!(rows[1].latest_actual, None);
        assert_eq!(
            rows[1].latest_other,
            Some(("2047".to_owned(), "projection"))
        );
        assert_eq!(rows[1].sources, ["T (ONS): published 2025-06-24"]);
    }
}
