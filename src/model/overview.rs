//! The overview matrix: every indicator of a theme by locality, at each indicator's latest
//! period, with the comparison with England.

use crate::model::compare::{compare, Comparison};
use crate::model::format::format_value;
use crate::model::query::{actual_figures, Figure};
use crate::model::ThemeData;

use crate::model::area::ENGLAND;

/// One cell: the formatted value and how it compares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverviewCell {
    /// `65.6 years`, or `no data`.
    pub value: String,
    /// Comparison with England (`NotCompared` without data or interval).
    pub comparison: Comparison,
}

/// One row: an indicator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverviewRow {
    /// Indicator id.
    pub indicator: String,
    /// Indicator title.
    pub title: String,
    /// The period shown (the latest with data for any locality).
    pub period: String,
    /// England's value at that period, if any.
    pub england: Option<String>,
    /// One cell per locality, in the order given.
    pub cells: Vec<OverviewCell>,
}

/// The matrix for `areas` (England excluded from the columns: it is the benchmark).
pub fn overview(data: &ThemeData, areas: &[&str]) -> Vec<OverviewRow> {
    let columns: Vec<&str> = areas.iter().copied().filter(|a| *a != ENGLAND).collect();
    data.indicators
        .iter()
        .filter_map(|ind| {
            let per_area: Vec<Vec<Figure>> = columns
                .iter()
                .map(|a| actual_figures(data, &ind.id, a))
                .collect();
            let period = per_area.iter().flatten().map(|p| p.0).max()?;
            let england = actual_figures(data, &ind.id, ENGLAND)
                .into_iter()
                .find(|p| p.0 == period)
                .map(|p| p.1);
            let fmt = |v: f64| format_value(v, ind.value_type, ind.decimals());
            let cells = per_area
                .iter()
                .map(|points| match points.iter().find(|p| p.0 == period) {
                    Some(&(_, v, ci)) => OverviewCell {
                        value: fmt(v),
                        comparison: compare(v, ci, england, ind.polarity),
                    },
                    None => OverviewCell {
                        // No figure at all for this area: the source publishes none for it
                        // (no integrated care board row, say); else none for this period.
                        value: if points.is_empty() {
                            "none published".into()
                        } else {
                            "no data".into()
                        },
                        comparison: Comparison::NotCompared,
                    },
                })
                .collect();
            Some(OverviewRow {
                indicator: ind.id.clone(),
                title: ind.title.clone(),
                period: period.to_string(),
                england: england.map(fmt),
                cells,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_use_each_indicators_latest_period_and_compare_with_england() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/health-inequalities.json"
        ))
        .unwrap();
        let data: ThemeData = serde_json::from_str(&text).unwrap();
        let rows = overview(&data, &["E06000022", "E06000030", "E92000001"]);
        let hle = rows.iter().find(|r| r.indicator == "hle-female").unwrap();
        assert_eq!(hle.period, "2022-24");
        assert_eq!(hle.cells.len(), 2);
        assert_eq!(hle.cells[0].value, "65.6 years");
        assert_eq!(hle.cells[0].comparison, Comparison::Better);
        assert!(hle.england.is_some());
        let imd = rows.iter().find(|r| r.indicator == "imd-rank").unwrap();
        assert_eq!(imd.period, "2025");
        assert!(imd
            .cells
            .iter()
            .all(|c| c.comparison == Comparison::NotCompared));
    }
}
