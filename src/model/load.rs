//! Reading data files from JSON text: syntax, shape and meaning, with every problem reported
//! as `file:line:column`, JSON path and a plain message.

use crate::model::locate::Locations;
use crate::model::validate::{finding, validate_areas, validate_theme, Finding, Place};
use crate::model::{AreaFile, LoadError, Problem, ThemeData};
use serde::de::DeserializeOwned;

/// The version of the data format this build reads (`format_version` in every file).
pub const FORMAT_VERSION: u32 = 1;

/// Parses JSON text into `T`, reporting syntax and shape problems at their line, column and
/// JSON path.
pub fn parse_json<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, LoadError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = T::deserialize(&mut de).map_err(|inner| json_error(file, text, &inner))?;
    // Trailing characters after the document.
    de.end().map_err(|e| trailing_text(file, &e))?;
    Ok(value)
}

/// A failed parse as a [`LoadError`]. Not generic and never inlined: `parse_json` is compiled
/// once per file type, and this part needs only one copy in the WebAssembly.
#[inline(never)]
fn json_error(file: &str, text: &str, inner: &serde_json::Error) -> LoadError {
    let message = inner.to_string();
    // serde_json appends " at line L column C"; the location is reported separately.
    let message = match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message,
    };
    if text.trim().is_empty() {
        return LoadError::at(
            file,
            1,
            1,
            "",
            "the file is empty: a JSON object was expected",
        );
    }
    if inner.is_eof() {
        return LoadError::at(
            file,
            inner.line(),
            inner.column().max(1),
            "",
            format!("the file ends before the JSON is complete ({message})"),
        );
    }
    // serde's Rust type names mean nothing to analysts.
    let message = message
        .replace("expected f64", "expected a number")
        .replace("expected u32", "expected a whole number")
        .replace("expected u8", "expected a whole number from 0 to 255");
    // The path is worked out from the position, and only for a failed file: tracking it
    // during every parse (serde_path_to_error) doubled the deserializers in the wasm.
    let path = if inner.is_syntax() {
        String::new()
    } else {
        Locations::of(text).path_at(inner.line(), inner.column())
    };
    LoadError::at(file, inner.line(), inner.column(), &path, message)
}

/// Text after the end of the JSON document (see [`json_error`] for why this is apart).
#[inline(never)]
fn trailing_text(file: &str, e: &serde_json::Error) -> LoadError {
    LoadError::at(
        file,
        e.line(),
        e.column(),
        "",
        "unexpected text after the end of the JSON document",
    )
}

/// Turns validation findings into a [`LoadError`] with each finding's line and column.
pub(crate) fn locate(file: &str, text: &str, findings: Vec<Finding>) -> LoadError {
    let locations = Locations::of(text);
    let mut problems: Vec<Problem> = findings
        .into_iter()
        .map(|f| {
            let path = f.path();
            let (line, column) = locations.find(&path);
            Problem {
                file: file.to_owned(),
                line,
                column,
                path,
                message: f.message,
            }
        })
        .collect();
    crate::model::order::sort_by_key(&mut problems, |p| (p.line, p.column));
    LoadError {
        file: file.to_owned(),
        problems,
    }
}

/// A finding if `version` is not the one this build reads.
pub(crate) fn check_version(version: u32) -> Vec<Finding> {
    if version == FORMAT_VERSION {
        return Vec::new();
    }
    vec![finding(
        Place::File,
        "format_version",
        format!("format_version is {version}, but this explorer reads version {FORMAT_VERSION}"),
    )]
}

/// Reads and checks `data/areas.json`.
pub fn parse_areas(file: &str, text: &str) -> Result<AreaFile, LoadError> {
    let areas: AreaFile = parse_json(file, text)?;
    let mut findings = check_version(areas.format_version);
    if findings.is_empty() {
        findings = validate_areas(&areas);
    }
    if findings.is_empty() {
        Ok(areas)
    } else {
        Err(locate(file, text, findings))
    }
}

/// Parses JSON text into `T`, then runs `validate` on it; every finding becomes a problem at
/// its line and column.
pub(crate) fn parse_checked<T: DeserializeOwned>(
    file: &str,
    text: &str,
    validate: impl FnOnce(&T) -> Vec<Finding>,
) -> Result<T, LoadError> {
    let data: T = parse_json(file, text)?;
    let findings = validate(&data);
    if findings.is_empty() {
        Ok(data)
    } else {
        Err(locate(file, text, findings))
    }
}

/// Reads and checks one theme's data file, such as `data/population.json`, against the areas.
pub fn parse_theme(file: &str, text: &str, areas: &AreaFile) -> Result<ThemeData, LoadError> {
    parse_checked(file, text, |data: &ThemeData| {
        let findings = check_version(data.format_version);
        if findings.is_empty() {
            validate_theme(data, areas)
        } else {
            findings
        }
    })
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
        assert_eq!(err.to_string(), "data/areas.json:3:13: expected value");
    }

    #[test]
    fn shape_errors_carry_the_json_path() {
        let err = parse_areas(
            "a.json",
            r#"{"format_version": 1, "areas": [{"code": "E1", "name": "x", "short_name": "x", "level": "planet"}]}"#,
        )
        .unwrap_err();
        let p = err.first().unwrap();
        assert_eq!(p.path, "$.areas[0].level");
        assert!(p.message.contains("unknown variant `planet`"), "{p}");
    }

    #[test]
    fn trailing_text_is_refused() {
        let err = parse_areas("a.json", r#"{"format_version": 1, "areas": []} x"#).unwrap_err();
        assert!(err.to_string().contains("after the end"), "{err}");
    }

    #[test]
    fn a_newer_format_version_is_refused_at_its_place() {
        let err = parse_areas("a.json", "{\n \"format_version\": 2, \"areas\": []}").unwrap_err();
        assert_eq!(
            err.to_string(),
            "a.json:2:20: $.format_version: format_version is 2, but this explorer reads version 1"
        );
    }
}
