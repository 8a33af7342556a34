//! Reads the tidy long files of ONS Explore Local Statistics (ELS), as used for housing and
//! health indicators: `areacd, areanm, geography, indicator, period, period_start,
//! period_label, value, lci_95, uci_95, unit, status, notes`.

use crate::model::{Point, Series, Status};
use crate::prepare::common::{push_point, SeriesKey};
use crate::prepare::table::RawTable;
use crate::prepare::PrepareError;

/// How one indicator of an ELS file becomes an explorer indicator.
#[derive(Debug, Clone, Copy)]
pub struct ElsMapping {
    /// The `indicator` text in the raw file.
    pub raw_name: &'static str,
    /// The explorer's indicator id.
    pub indicator: &'static str,
    /// The source id.
    pub source: &'static str,
}

/// The series of the mapped indicators for `areas`, from ELS text. Rows repeated under
/// several geographies (a unitary authority is both a county-level and a district-level area)
/// are kept once; if the repeats disagree, that is an error.
pub fn read_els(
    file: &str,
    text: &str,
    mappings: &[ElsMapping],
    areas: &[&str],
) -> Result<Vec<Series>, PrepareError> {
    let raw = RawTable::parse(file, text)?;
    let area_col = raw.column("areacd")?;
    let ind_col = raw.column("indicator")?;
    let label_col = raw.column("period_label")?;
    let value_col = raw.column("value")?;
    let lci_col = raw.column("lci_95")?;
    let uci_col = raw.column("uci_95")?;
    let mut series: Vec<Series> = Vec::new();
    for row in &raw.table.rows {
        let area = raw.text(row, area_col);
        let Some(m) = mappings
            .iter()
            .find(|m| m.raw_name == raw.text(row, ind_col))
        else {
            continue;
        };
        if !areas.contains(&area) || raw.text(row, value_col).is_empty() {
            continue;
        }
        let optional = |col: usize| -> Result<Option<f64>, PrepareError> {
            if raw.text(row, col).is_empty() {
                Ok(None)
            } else {
                raw.number(row, col).map(Some)
            }
        };
        let point = Point {
            lower: optional(lci_col)?,
            upper: optional(uci_col)?,
            ..Point::new(raw.text(row, label_col), raw.number(row, value_col)?)
        };
        let existing = series
            .iter()
            .filter(|s| s.indicator == m.indicator && s.area == area)
            .flat_map(|s| s.points.iter())
            .find(|p| p.period == point.period);
        match existing {
            Some(e) if *e == point => {}
            Some(e) => {
                return Err(PrepareError::BadValue {
                    file: file.into(),
                    line: row.line,
                    message: format!(
                        "{} {} {} is given twice with different values ({} and {})",
                        m.raw_name, area, point.period, e.value, point.value
                    ),
                })
            }
            None => {
                let key = SeriesKey {
                    indicator: m.indicator,
                    area,
                    source: m.source,
                    status: Status::Actual,
                };
                push_point(&mut series, key, point);
            }
        }
    }
    Ok(series)
}
