//! `data/housing.json`: net additional dwellings and affordability (DLUHC/MHCLG, ONS), plus
//! the planned growth quoted in the board papers (added by [`crate::prepare::seeds`]).

use crate::model::{Point, Series, Status, ThemeData, FORMAT_VERSION};
use crate::prepare::areas::{BANES, ENGLAND, SOUTH_WEST, SWINDON, WILTSHIRE};
use crate::prepare::els::{read_els, ElsMapping};
use crate::prepare::table::RawTable;
use crate::prepare::PrepareError;

/// Raw files, relative to `raw/`.
pub const RAW_ELS: &str = "housing-la/housing_bsw.csv";
/// Net additional dwellings in 2019-20 (counts).
pub const RAW_COUNTS: &str = "housing-la/net_additional_dwellings_count_2019-20_bsw.csv";

const AREAS: [&str; 5] = [BANES, SWINDON, WILTSHIRE, SOUTH_WEST, ENGLAND];

/// How the ONS Explore Local Statistics housing indicators map to the explorer's.
pub const ELS_MAPPINGS: [ElsMapping; 2] = [
    ElsMapping {
        raw_name: "Net additions to the housing stock (England)",
        indicator: "net-additions-per-1000",
        source: "mhclg-net-additions",
    },
    ElsMapping {
        raw_name: "Housing affordability ratio (residence-based)",
        indicator: "affordability-ratio",
        source: "ons-affordability",
    },
];

/// Builds the housing theme (public series only).
pub fn build(els_text: &str, counts_text: &str) -> Result<ThemeData, PrepareError> {
    let mut series = read_els(&format!("raw/{RAW_ELS}"), els_text, &ELS_MAPPINGS, &AREAS)?;

    let file = format!("raw/{RAW_COUNTS}");
    let raw = RawTable::parse(&file, counts_text)?;
    let (area, period, value) = (
        raw.column("areacd")?,
        raw.column("period")?,
        raw.column("net_additional_dwellings")?,
    );
    for row in &raw.table.rows {
        let label = raw.text(row, period);
        if label != "2019-20" {
            return Err(PrepareError::BadValue {
                file,
                line: row.line,
                message: format!("unexpected period \"{label}\" (expected 2019-20)"),
            });
        }
        series.push(Series {
            indicator: "net-additional-homes".into(),
            area: raw.text(row, area).into(),
            source: "ons-subnational-indicators-2021".into(),
            status: Status::Actual,
            note: None,
            points: vec![Point::new("2019/20", raw.number(row, value)?)],
        });
    }
    Ok(ThemeData {
        format_version: FORMAT_VERSION,
        theme: "housing".into(),
        sources: Vec::new(),
        indicators: Vec::new(),
        series,
    })
}
