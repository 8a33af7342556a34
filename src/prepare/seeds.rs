//! Figures from the board papers (`raw/board-papers/`): typed in by hand, each with the words
//! it rests on, and added to the themes they belong to.

use crate::model::{Indicator, Point, Series, Source, Status, ThemeData};
use crate::prepare::catalogue::{from_name, optional, read_indicators, read_sources};
use crate::prepare::common::{push_point, SeriesKey};
use crate::prepare::table::RawTable;
use crate::prepare::PrepareError;
use std::collections::BTreeMap;

/// The papers and sections, relative to `raw/`.
pub const RAW_SOURCES: &str = "board-papers/sources.csv";
/// The indicators of the figures.
pub const RAW_INDICATORS: &str = "board-papers/indicators.csv";
/// The figures.
pub const RAW_FIGURES: &str = "board-papers/figures.csv";

/// Everything read from the board papers.
pub struct Seeds {
    sources: Vec<Source>,
    /// (theme id, indicator)
    indicators: Vec<(String, Indicator)>,
    /// Series by theme id.
    series: BTreeMap<String, Vec<Series>>,
}

/// Reads the three raw files.
pub fn read(
    sources_csv: &str,
    indicators_csv: &str,
    figures_csv: &str,
) -> Result<Seeds, PrepareError> {
    let sources = read_sources(&format!("raw/{RAW_SOURCES}"), sources_csv)?;
    let indicators = read_indicators(&format!("raw/{RAW_INDICATORS}"), indicators_csv)?;
    let raw = RawTable::parse(&format!("raw/{RAW_FIGURES}"), figures_csv)?;
    let cols = [
        "source",
        "theme",
        "indicator",
        "area",
        "period",
        "value",
        "status",
        "quote",
        "note",
    ]
    .map(|c| raw.column(c))
    .into_iter()
    .collect::<Result<Vec<_>, _>>()?;
    let mut series: BTreeMap<String, Vec<Series>> = BTreeMap::new();
    for r in &raw.table.rows {
        let theme = raw.text(r, cols[1]).to_owned();
        let status: Status = from_name(&raw, r.line, "status", raw.text(r, cols[6]))?;
        let quote = raw.text(r, cols[7]);
        if quote.is_empty() {
            return Err(PrepareError::BadValue {
                file: raw.file.clone(),
                line: r.line,
                message: "every figure needs the words it rests on (quote)".into(),
            });
        }
        let note = match optional(raw.text(r, cols[8])) {
            Some(n) => format!("The paper says: “{quote}”. {n}"),
            None => format!("The paper says: “{quote}”."),
        };
        let point = Point {
            note: Some(note),
            ..Point::new(raw.text(r, cols[4]), raw.number(r, cols[5])?)
        };
        let key = SeriesKey {
            indicator: raw.text(r, cols[2]),
            area: raw.text(r, cols[3]),
            source: raw.text(r, cols[0]),
            status,
        };
        push_point(series.entry(theme).or_default(), key, point);
    }
    Ok(Seeds {
        sources,
        indicators,
        series,
    })
}

impl Seeds {
    /// Adds the figures of `data.theme` to it, with their indicators and the sources they cite.
    pub fn add_to(&self, data: &mut ThemeData) {
        let theme = data.theme.clone();
        data.indicators.extend(
            self.indicators
                .iter()
                .filter(|(t, _)| *t == theme)
                .map(|(_, i)| i.clone()),
        );
        for s in self.series.get(&theme).into_iter().flatten() {
            if data.source(&s.source).is_none() {
                if let Some(src) = self.sources.iter().find(|x| x.id == s.source) {
                    data.sources.push(src.clone());
                }
            }
            data.series.push(s.clone());
        }
    }
}
