//! Reading data files from JSON text, with errors that say where the problem is.

use crate::model::{AreaFile, LoadError, ThemeData};
use serde::de::DeserializeOwned;

/// The version of the data format this build reads (`format_version` in every file).
pub const FORMAT_VERSION: u32 = 1;

fn parse_json<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, LoadError> {
    serde_json::from_str(text).map_err(|e| {
        let message = e.to_string();
        // serde_json appends " at line L column C"; the location is reported separately.
        let message = match message.rfind(" at line ") {
            Some(i) => message[..i].to_owned(),
            None => message,
        };
        LoadError::at(file, e.line(), e.column(), message)
    })
}

fn check_version(file: &str, text: &str, version: u32) -> Result<(), LoadError> {
    if version == FORMAT_VERSION {
        return Ok(());
    }
    let (line, column) = position_of(text, "\"format_version\"");
    Err(LoadError::at(
        file,
        line,
        column,
        format!("format_version is {version}, but this explorer reads version {FORMAT_VERSION}"),
    ))
}

/// Line and column (from 1) of the first occurrence of `needle`, or 1:1 when absent.
fn position_of(text: &str, needle: &str) -> (usize, usize) {
    let Some(offset) = text.find(needle) else {
        return (1, 1);
    };
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Reads `data/areas.json`.
pub fn parse_areas(file: &str, text: &str) -> Result<AreaFile, LoadError> {
    let areas: AreaFile = parse_json(file, text)?;
    check_version(file, text, areas.format_version)?;
    Ok(areas)
}

/// Reads one theme's data file, such as `data/population.json`.
pub fn parse_theme(file: &str, text: &str) -> Result<ThemeData, LoadError> {
    let data: ThemeData = parse_json(file, text)?;
    check_version(file, text, data.format_version)?;
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_errors_name_file_line_and_column() {
        let err = parse_areas(
            "data/areas.json",
            "{\n  \"format_version\": 1,\n  \"areas\": [,]\n}",
        )
        .unwrap_err();
        assert_eq!(err.location(), "data/areas.json:3:13");
        assert_eq!(err.to_string(), "data/areas.json:3:13: expected value");
    }

    #[test]
    fn unknown_fields_are_reported() {
        let err = parse_areas(
            "a.json",
            r#"{"format_version": 1, "areas": [], "extra": 2}"#,
        )
        .unwrap_err();
        assert!(err.message.contains("unknown field `extra`"), "{err}");
    }

    #[test]
    fn a_newer_format_version_is_refused_at_its_place() {
        let err = parse_areas("a.json", "{\n \"format_version\": 2, \"areas\": []}").unwrap_err();
        assert_eq!(err.location(), "a.json:2:2");
        assert!(err.message.contains("reads version 1"), "{err}");
    }
}
