//! Figures from the board papers (`raw/board-papers/`): typed in by hand, each with the words
//! it rests on, and added to the themes they belong to.

use crate::model::format::format_number;
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
        let value = raw.number(r, cols[5])?;
        if is_lower_bound(quote, value) {
            return Err(raw.error(
                r,
                format!("the paper gives {value} as a lower bound (\"{quote}\"): quote it in a note, not as a value"),
            ));
        }
        let point = Point {
            note: Some(note),
            ..Point::new(raw.text(r, cols[4]), value)
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

/// Whether the quote gives `value` only as a lower bound: `40,000+`, `over 40,000`, `in excess of
/// 40,000`, `more than 40,000`.
fn is_lower_bound(quote: &str, value: f64) -> bool {
    let quote = quote.to_lowercase();
    [format_number(value, 0), format!("{value}")]
        .iter()
        .any(|n| {
            quote.contains(&format!("{n}+"))
                || ["over ", "in excess of ", "more than "]
                    .iter()
                    .any(|w| quote.contains(&format!("{w}{n}")))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lower_bound_is_refused_as_a_value() {
        assert!(is_lower_bound(
            "The 40,000+ workforce within the BSW footprint",
            40_000.0
        ));
        assert!(is_lower_bound("likely to be over 1000 staff", 1000.0));
        assert!(!is_lower_bound(
            "covers a population of c.0.9m people",
            900_000.0
        ));
        assert!(!is_lower_bound(
            "Their health needs are met by 110 GP practices",
            110.0
        ));
        let figures = "source,theme,indicator,area,period,value,status,quote,note\n\
            s,finance-workforce,w,E54000040,2016,40000,actual,\"The 40,000+ workforce\",\n";
        let e = read(
            "id,publisher,title,section,url,published,licence,note\ns,P,T,S,,2016,L,\n",
            "theme,id,title,definition,unit,value_type,polarity,period_type,decimals,note\n",
            figures,
        )
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
        assert!(
            e.contains("figures.csv:2") && e.contains("lower bound"),
            "{e}"
        );
    }
}
