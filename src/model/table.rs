//! The table behind a trend chart: one row per period, one column per locality,
//! with values formatted in en-GB style.

use crate::model::format::format_value;
use crate::model::query::trend_lines;
use crate::model::{AreaFile, Period, PeriodError, Source, Status, ThemeData};

/// A table of an indicator by period (rows) and locality (columns).
#[derive(Debug, Clone, PartialEq)]
pub struct TrendTable {
    /// The heading of the period column (`Month` for monthly figures).
    pub period_heading: &'static str,
    /// Column headings after the period column: the localities' short names.
    pub columns: Vec<String>,
    /// Rows in time order.
    pub rows: Vec<TrendRow>,
}

/// One period's values.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendRow {
    /// Period label, e.g. `2023` or `2017/18`.
    pub period: String,
    /// Whether the row holds estimates, projections, plans or targets (every cell of a row has
    /// the same status).
    pub status: Status,
    /// One formatted value per column (`None` where the locality has no value).
    pub cells: Vec<Option<String>>,
}

/// Tables of up to this many rows print whole.
pub const PRINTED_WHOLE_UP_TO: usize = 24;

/// How many rows of a longer table print (every row is on screen and in the CSV download).
pub const PRINTED_ROWS: usize = 12;

/// How many rows after the latest measured one a long table prints (the nearest projections,
/// plans or targets), when there are that many.
const PRINTED_AFTER_LATEST: usize = 3;

impl TrendTable {
    /// Whether the table is long enough to print as a summary ([`TrendTable::printed_rows`]).
    pub fn prints_summary(&self) -> bool {
        self.rows.len() > PRINTED_WHOLE_UP_TO
    }

    /// The rows that print: all of a table of up to [`PRINTED_WHOLE_UP_TO`] rows; else
    /// [`PRINTED_ROWS`] rows running to a few rows after the latest measured one, so that paper
    /// always shows the latest figures (the last rows of a population table are all projections
    /// to 2047); the last rows when nothing is measured.
    pub fn printed_rows(&self) -> std::ops::Range<usize> {
        let len = self.rows.len();
        if !self.prints_summary() {
            return 0..len;
        }
        let end = self
            .rows
            .iter()
            .rposition(|r| r.status == Status::Actual)
            .map_or(len, |latest| (latest + 1 + PRINTED_AFTER_LATEST).min(len));
        end.saturating_sub(PRINTED_ROWS)..end
    }
}

/// Builds the table of `indicator` for `selected` areas.
pub fn trend_table(
    data: &ThemeData,
    areas: &AreaFile,
    indicator: &str,
    selected: &[&str],
) -> Result<TrendTable, PeriodError> {
    let Some(ind) = data.indicator(indicator) else {
        return Ok(TrendTable {
            period_heading: "Year",
            columns: vec![],
            rows: vec![],
        });
    };
    let lines = trend_lines(data, indicator, selected)?;
    let mut columns: Vec<&str> = Vec::new();
    for l in &lines {
        if !columns.contains(&l.area) {
            columns.push(l.area);
        }
    }
    // A row per period and status: a target and a projection for the same year are two rows,
    // each called what it is (one row would call both by one name).
    let mut periods: Vec<(Period, Status)> = lines
        .iter()
        .flat_map(|l| l.points.iter().map(move |(p, _)| (*p, l.status)))
        .collect();
    crate::model::order::sort(&mut periods);
    periods.dedup();
    let rows = periods
        .into_iter()
        .map(|(period, status)| TrendRow {
            period: period.to_string(),
            status,
            cells: columns
                .iter()
                .map(|area| {
                    let mut same = lines
                        .iter()
                        .filter(|l| l.area == *area && l.status == status);
                    same.find_map(|l| {
                        let (_, v) = l.points.iter().find(|(p, _)| *p == period)?;
                        let value = format_value(*v, ind.value_type, ind.decimals());
                        Some(match l.provisional.contains(&period) {
                            true => format!("{value} (provisional)"),
                            false => value,
                        })
                    })
                })
                .collect(),
        })
        .collect();
    Ok(TrendTable {
        period_heading: ind.period_type.heading(),
        columns: columns
            .iter()
            .map(|c| areas.short_name(c).to_owned())
            .collect(),
        rows,
    })
}

/// The sources of the series of `indicator` for the `selected` areas, without repeats.
pub fn sources_used<'a>(
    data: &'a ThemeData,
    indicator: &str,
    selected: &[&str],
) -> Vec<&'a Source> {
    let mut ids: Vec<&str> = Vec::new();
    for s in data
        .series
        .iter()
        .filter(|s| s.indicator == indicator && selected.contains(&s.area.as_str()))
    {
        if !ids.contains(&s.source.as_str()) {
            ids.push(&s.source);
        }
    }
    ids.iter().filter_map(|id| data.source(id)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prepare::areas::area_file;
    use crate::prepare::population::build;

    const SAMPLE: &str = "area_code,area_name,area_type,year,series,variant,total,males,females,age_0_15,age_0_17,age_16_64,age_18_64,age_65_plus,age_75_plus,age_85_plus,pct_65_plus\n\
E06000030,Swindon,unitary,2023,mye,v0,238416,1,1,1,1,1,1,1,1,1,1\n\
E06000030,Swindon,unitary,2024,snpp2018,v1,231022,1,1,1,1,1,1,1,1,1,1\n\
E92000001,England,country,2023,mye,v0,57690323,1,1,1,1,1,1,1,1,1,1\n";

    #[test]
    fn rows_are_periods_and_columns_localities_with_gaps_left_empty() {
        let data = build(SAMPLE).unwrap();
        let t = trend_table(
            &data,
            &area_file(),
            "population-total",
            &["E06000030", "E92000001"],
        )
        .unwrap();
        assert_eq!(t.columns, ["Swindon", "England"]);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[0].period, "2023");
        assert_eq!(
            t.rows[0].cells,
            [Some("238,416".into()), Some("57,690,323".into())]
        );
        assert_eq!(t.rows[1].status, Status::Projection);
        assert_eq!(t.rows[1].cells, [Some("231,022".into()), None]);
    }

    #[test]
    fn sources_follow_the_series_shown() {
        let data = build(SAMPLE).unwrap();
        let ids: Vec<_> = sources_used(&data, "population-total", &["E92000001"])
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(ids, ["ons-mye"]);
        let ids: Vec<_> = sources_used(&data, "population-total", &["E06000030"])
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        assert_eq!(ids, ["ons-mye", "ons-snpp-2018"]);
    }

    #[test]
    fn provisional_values_say_so() {
        let text = r#"{"format_version": 1, "theme": "t",
          "sources": [{"id": "s", "publisher": "P", "title": "T", "section": "S", "licence": "OGL", "published": "2026"}],
          "indicators": [{"id": "m", "title": "M", "definition": "d", "unit": "%", "value_type": "percent", "polarity": "neither", "period_type": "month"}],
          "series": [{"indicator": "m", "area": "RD1", "source": "s", "status": "actual",
            "points": [{"period": "2026-03", "value": 70}, {"period": "2026-04", "value": 71, "provisional": true}]}]}"#;
        let areas = crate::prepare::areas::area_file();
        let data = crate::model::parse_theme("t.json", text, &areas).unwrap();
        let t = trend_table(&data, &areas, "m", &["RD1"]).unwrap();
        assert_eq!(t.rows[0].cells[0].as_deref(), Some("70.0%"));
        assert_eq!(t.rows[1].cells[0].as_deref(), Some("71.0% (provisional)"));
        assert_eq!(t.period_heading, "Month");
    }

    #[test]
    fn a_target_and_a_figure_for_the_same_period_are_two_rows_each_named() {
        let text = r#"{"format_version": 1, "theme": "t",
          "sources": [{"id": "s", "publisher": "P", "title": "T", "section": "S", "licence": "OGL", "published": "2026"}],
          "indicators": [{"id": "m", "title": "M", "definition": "d", "unit": "%", "value_type": "percent", "polarity": "neither", "period_type": "financial_year"}],
          "series": [
            {"indicator": "m", "area": "E54000040", "source": "s", "status": "target", "points": [{"period": "2016/17", "value": 12.7}]},
            {"indicator": "m", "area": "E54000040", "source": "s", "status": "projection", "points": [{"period": "2016/17", "value": 10.6}]}]}"#;
        let areas = crate::prepare::areas::area_file();
        let data = crate::model::parse_theme("t.json", text, &areas).unwrap();
        let t = trend_table(&data, &areas, "m", &["E54000040"]).unwrap();
        let rows: Vec<(Status, Option<&str>)> = t
            .rows
            .iter()
            .map(|r| (r.status, r.cells[0].as_deref()))
            .collect();
        assert_eq!(
            rows,
            [
                (Status::Projection, Some("10.6%")),
                (Status::Target, Some("12.7%"))
            ]
        );
    }

    fn rows(statuses: &[Status]) -> TrendTable {
        TrendTable {
            period_heading: "Year",
            columns: vec!["A".into()],
            rows: statuses
                .iter()
                .enumerate()
                .map(|(i, s)| TrendRow {
                    period: (2000 + i).to_string(),
                    status: *s,
                    cells: vec![Some(i.to_string())],
                })
                .collect(),
        }
    }

    #[test]
    fn a_long_table_prints_twelve_rows_to_just_after_the_latest_measured_one() {
        use Status::{Actual, Projection, Target};
        // 24 measured years then 24 projected: the last 12 rows would all be projections.
        let mut s = vec![Actual; 24];
        s.extend([Projection; 24]);
        let t = rows(&s);
        assert!(t.prints_summary());
        assert_eq!(
            t.printed_rows(),
            15..27,
            "9 measured rows, the latest last, then 3 projected"
        );
        // Measured to the end: the last 12 rows.
        assert_eq!(rows(&[Actual; 30]).printed_rows(), 18..30);
        // Measured, then one target at the end: the latest 11 measured and the target.
        let mut s = vec![Actual; 29];
        s.push(Target);
        assert_eq!(rows(&s).printed_rows(), 18..30);
        // Nothing measured (a plan only): the last 12 rows.
        assert_eq!(rows(&[Projection; 30]).printed_rows(), 18..30);
        // Up to 24 rows print whole.
        assert!(!rows(&[Projection; 24]).prints_summary());
        assert_eq!(rows(&[Projection; 24]).printed_rows(), 0..24);
        assert_eq!(rows(&[]).printed_rows(), 0..0);
    }
}
