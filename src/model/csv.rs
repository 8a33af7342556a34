//! A small RFC 4180 CSV reader: quoted fields, doubled quotes, a byte-order mark and CRLF
//! line ends are all accepted. Used to prepare the bundled data and to import users' files.

use thiserror::Error;

/// A CSV file could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("line {line}: {message}")]
pub struct CsvError {
    /// Line (from 1) where the problem is.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// One data row and the line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvRow {
    /// Line number (from 1) in the file.
    pub line: usize,
    /// Field values, unquoted.
    pub fields: Vec<String>,
}

/// A CSV file: its header and its rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvTable {
    /// Column names from the first line, trimmed.
    pub headers: Vec<String>,
    /// Data rows (blank lines are skipped).
    pub rows: Vec<CsvRow>,
}

impl CsvTable {
    /// Index of the column called `name` (ignoring case and surrounding spaces).
    pub fn column(&self, name: &str) -> Option<usize> {
        self.headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name.trim()))
    }

    /// The value in column `index` of `row`, or `""` when the row is short.
    pub fn field<'a>(&self, row: &'a CsvRow, index: usize) -> &'a str {
        row.fields.get(index).map_or("", |f| f.as_str())
    }
}

/// Reads CSV text. The first non-blank record is the header.
pub fn parse_csv(text: &str) -> Result<CsvTable, CsvError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records: Vec<CsvRow> = Vec::new();
    let mut fields: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut in_quotes = false;
    let mut quoted_field = false;
    let mut line = 1usize;
    let mut record_line = 1usize;
    let mut chars = text.chars().peekable();

    let finish_record = |fields: &mut Vec<String>, records: &mut Vec<CsvRow>, at: usize| {
        let blank = fields.len() == 1 && fields[0].is_empty();
        let taken = std::mem::take(fields);
        if !blank {
            records.push(CsvRow {
                line: at,
                fields: taken,
            });
        }
    };

    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => in_quotes = false,
                '\n' => {
                    line += 1;
                    field.push('\n');
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() && !quoted_field => {
                in_quotes = true;
                quoted_field = true;
            }
            '"' => {
                return Err(CsvError {
                    line,
                    message: "a quote (\") appears inside a field that is not quoted".into(),
                })
            }
            ',' => {
                fields.push(std::mem::take(&mut field));
                quoted_field = false;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                fields.push(std::mem::take(&mut field));
                quoted_field = false;
                finish_record(&mut fields, &mut records, record_line);
                line += 1;
                record_line = line;
            }
            _ if quoted_field => {
                return Err(CsvError {
                    line,
                    message: "text follows the closing quote of a field".into(),
                })
            }
            _ => field.push(c),
        }
    }
    if in_quotes {
        return Err(CsvError {
            line: record_line,
            message: "a quoted field is never closed".into(),
        });
    }
    if !field.is_empty() || !fields.is_empty() || quoted_field {
        fields.push(field);
        finish_record(&mut fields, &mut records, record_line);
    }

    let mut records = records.into_iter();
    let header = records.next().ok_or_else(|| CsvError {
        line: 1,
        message: "the file is empty: a header line is needed".into(),
    })?;
    Ok(CsvTable {
        headers: header.fields.iter().map(|h| h.trim().to_owned()).collect(),
        rows: records.collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_quotes_bom_crlf_and_blank_lines() {
        let t =
            parse_csv("\u{feff}a,b,c\r\n1,\"x, \"\"y\"\"\",\r\n\r\n\"multi\nline\",2,3\n").unwrap();
        assert_eq!(t.headers, ["a", "b", "c"]);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[0].fields, ["1", "x, \"y\"", ""]);
        assert_eq!(t.rows[0].line, 2);
        assert_eq!(t.rows[1].fields, ["multi\nline", "2", "3"]);
        assert_eq!(t.rows[1].line, 4);
        assert_eq!(t.column(" B "), Some(1));
    }

    #[test]
    fn last_line_without_newline_is_kept() {
        let t = parse_csv("a,b\n1,2").unwrap();
        assert_eq!(t.rows[0].fields, ["1", "2"]);
    }

    #[test]
    fn reports_broken_quoting_with_its_line() {
        assert_eq!(parse_csv("a\n\"open").unwrap_err().line, 2);
        assert_eq!(parse_csv("a\nab\"c\n").unwrap_err().line, 2);
        assert_eq!(parse_csv("a\n\"ab\"c\n").unwrap_err().line, 2);
        assert!(parse_csv("").is_err());
    }
}
