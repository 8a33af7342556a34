//! Helpers for reading columns of raw CSV files.

use crate::model::csv::{parse_csv, CsvRow, CsvTable};
use crate::prepare::PrepareError;

/// A raw CSV file with its name, for error messages.
pub struct RawTable {
    /// The file, as `raw/…`.
    pub file: String,
    /// Its contents.
    pub table: CsvTable,
}

impl RawTable {
    /// Parses the raw file `file` (named as `raw/…`).
    pub fn parse(file: &str, text: &str) -> Result<RawTable, PrepareError> {
        let table = parse_csv(text).map_err(|source| PrepareError::Csv {
            file: file.into(),
            source,
        })?;
        Ok(RawTable {
            file: file.into(),
            table,
        })
    }

    /// The index of a column that must be present.
    pub fn column(&self, name: &str) -> Result<usize, PrepareError> {
        self.table
            .column(name)
            .ok_or_else(|| PrepareError::MissingColumn {
                file: self.file.clone(),
                column: name.into(),
            })
    }

    /// The indices of columns that must all be present, in the order named.
    pub fn columns<const N: usize>(&self, names: [&str; N]) -> Result<[usize; N], PrepareError> {
        let mut found = [0; N];
        for (slot, name) in found.iter_mut().zip(names) {
            *slot = self.column(name)?;
        }
        Ok(found)
    }

    /// An error at `row` of this file.
    pub fn error(&self, row: &CsvRow, message: impl Into<String>) -> PrepareError {
        PrepareError::BadValue {
            file: self.file.clone(),
            line: row.line,
            message: message.into(),
        }
    }

    /// The text in column `index` of `row`.
    pub fn text<'a>(&self, row: &'a CsvRow, index: usize) -> &'a str {
        self.table.field(row, index).trim()
    }

    /// The number in column `index` of `row`.
    pub fn number(&self, row: &CsvRow, index: usize) -> Result<f64, PrepareError> {
        let text = self.text(row, index);
        text.parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
            .ok_or_else(|| PrepareError::BadValue {
                file: self.file.clone(),
                line: row.line,
                message: format!(
                    "column \"{}\" holds \"{text}\", which is not a number",
                    self.table.headers.get(index).map_or("?", |h| h.as_str())
                ),
            })
    }
}
