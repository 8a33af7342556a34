//! The age structure of one locality over time: the shares of people aged 65 and over, 75 and
//! over, and 85 and over, estimates solid and projections dashed.

use crate::chart::line_spec::LineChartSpec;
use crate::chart::palette::{Marker, SeriesStyle, PALETTE};
use crate::chart::trend::{trend_spec, TrendRequest};
use crate::model::display::DisplayMode;
use crate::model::{AreaFile, Status, ThemeData};

/// The three shares, with the style each is drawn in.
const SHARES: [(&str, &str, usize, Marker); 3] = [
    ("share-aged-65-plus", "65 and over", 0, Marker::Circle),
    ("share-aged-75-plus", "75 and over", 3, Marker::Diamond),
    ("share-aged-85-plus", "85 and over", 2, Marker::Triangle),
];

/// The age-structure chart of `area`, or an empty chart if it has no figures.
pub fn age_structure_spec(population: &ThemeData, areas: &AreaFile, area: &str) -> LineChartSpec {
    let mut combined: Option<LineChartSpec> = None;
    for (indicator, label, colour, marker) in SHARES {
        let request = TrendRequest {
            indicator,
            areas: &[area],
            mode: DisplayMode::Absolute,
        };
        let Ok(mut spec) = trend_spec(population, areas, request) else {
            continue;
        };
        for line in &mut spec.lines {
            line.key = indicator.to_owned();
            line.label = label.to_owned();
            line.style = SeriesStyle {
                colour: PALETTE[colour],
                marker,
            };
        }
        match combined.as_mut() {
            None => combined = Some(spec),
            Some(c) => c.lines.extend(spec.lines),
        }
    }
    let mut spec = combined.unwrap_or_else(LineChartSpec::empty);
    spec.unit_label = "% of residents".into();
    spec.include_zero = true;
    spec
}

/// One row of the table beside the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct AgeRow {
    /// The year.
    pub period: String,
    /// "Actual" or "Projection" (as the main table's Type column says).
    pub kind: &'static str,
    /// The three shares (65+, 75+, 85+) as percentages, or "no data".
    pub cells: Vec<String>,
}

/// The table beside the chart: every fifth year, the latest actual year and the last, each
/// with whether it is actual or projected and the three shares.
pub fn age_table(spec: &LineChartSpec) -> Vec<AgeRow> {
    let mut periods: Vec<String> = spec
        .lines
        .iter()
        .flat_map(|l| l.period_labels.iter().cloned())
        .collect();
    crate::model::order::sort(&mut periods);
    periods.dedup();
    let last = periods.last().cloned();
    // A year is actual when a solid (measured) line has it.
    let actual = |period: &str| {
        spec.lines
            .iter()
            .any(|l| !l.dashed && l.period_labels.iter().any(|q| q == period))
    };
    let latest_actual = periods.iter().rev().find(|p| actual(p)).cloned();
    let cell = |key: &str, period: &str| {
        spec.lines
            .iter()
            .filter(|l| l.key == key)
            .find_map(|l| {
                let i = l.period_labels.iter().position(|q| q == period)?;
                l.points.get(i).map(|p| p.1)
            })
            .map_or_else(
                || "no data".to_owned(),
                |v| format!("{}%", crate::model::format::format_number(v, 1)),
            )
    };
    let keys = [
        "share-aged-65-plus",
        "share-aged-75-plus",
        "share-aged-85-plus",
    ];
    periods
        .into_iter()
        .filter(|p| {
            p.parse::<i32>().is_ok_and(|y| y % 5 == 0)
                || Some(p) == last.as_ref()
                || Some(p) == latest_actual.as_ref()
        })
        .map(|p| AgeRow {
            kind: if actual(&p) {
                Status::Actual.table_word()
            } else {
                Status::Projection.table_word()
            },
            cells: keys.iter().map(|key| cell(key, &p)).collect(),
            period: p,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prepare::areas::area_file;
    use crate::prepare::population::build;

    #[test]
    fn three_shares_for_one_place_each_with_its_own_style() {
        let pop = build(
            "area_code,area_name,area_type,year,series,variant,total,males,females,age_0_15,age_0_17,age_16_64,age_18_64,age_65_plus,age_75_plus,age_85_plus,pct_65_plus\n\
             E06000054,W,u,2023,mye,v0,1000,1,1,1,1,1,1,226,115,31,22.6\n\
             E06000054,W,u,2024,snpp2018,v1,1000,1,1,1,1,1,1,230,118,32,23\n",
        )
        .unwrap();
        let spec = age_structure_spec(&pop, &area_file(), "E06000054");
        let keys: Vec<(&str, bool)> = spec
            .lines
            .iter()
            .map(|l| (l.key.as_str(), l.dashed))
            .collect();
        assert_eq!(
            keys,
            [
                ("share-aged-65-plus", false),
                ("share-aged-65-plus", true),
                ("share-aged-75-plus", false),
                ("share-aged-75-plus", true),
                ("share-aged-85-plus", false),
                ("share-aged-85-plus", true)
            ]
        );
        assert_eq!(spec.lines[0].points[0].1, 22.6);
        assert_eq!(spec.lines[2].label, "75 and over");
        assert_ne!(spec.lines[0].style, spec.lines[2].style);
        // The table: 2023 is the latest actual year and 2024 the last (so both listed), each
        // saying what it is.
        let table = age_table(&spec);
        assert_eq!(table.len(), 2);
        assert_eq!(
            (table[0].period.as_str(), table[0].kind),
            ("2023", "Actual")
        );
        assert_eq!(
            (table[1].period.as_str(), table[1].kind),
            ("2024", "Projection")
        );
        assert_eq!(table[1].cells[0], "23.0%");
    }
}
