//! Reads the tidy long files of ONS Explore Local Statistics (ELS), as used for housing and
//! health indicators: `areacd, areanm, geography, indicator, period, period_start,
//! period_label, value, lci_95, uci_95, unit, status, notes`.

use crate::model::{Point, Series, Status};
use crate::prepare::table::RawTable;
use crate::prepare::PrepareError;

/// How one indicator of an ELS file becomes an explorer indicator.
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
        let s = match series
            .iter_mut()
            .find(|s| s.indicator == m.indicator && s.area == area)
        {
            Some(s) => s,
            None => {
                series.push(Series {
                    indicator: m.indicator.into(),
                    area: area.into(),
                    source: m.source.into(),
                    status: Status::Actual,
                    note: None,
                    points: Vec::new(),
                });
                series.last_mut().expect("just pushed")
            }
        };
        match s.points.iter().find(|p| p.period == point.period) {
            Some(existing) if *existing == point => {}
            Some(existing) => {
                return Err(PrepareError::BadValue {
                    file: file.into(),
                    line: row.line,
                    message: format!(
                        "{} {} {} is given twice with different values ({} and {})",
                        m.raw_name, area, point.period, existing.value, point.value
                    ),
                })
            }
            None => s.points.push(point),
        }
    }
    Ok(series)
}
