//! A JSON file in the explorer's own format (a theme file, see `docs/data-format.md`) opened by
//! a user. Problems with a series (an unknown area, a bad period, a value out of range) leave that
//! series out and are listed; problems with the file's sources or indicators refuse the file,
//! since every series would depend on them.

use crate::model::import::Imported;
use crate::model::load::{check_version, locate, parse_json};
use crate::model::validate::validate_theme;
use crate::model::{AreaFile, LoadError, ThemeData};
use std::collections::BTreeSet;

/// Reads a theme file against the known areas.
pub fn parse_theme_import(file: &str, text: &str, known: &AreaFile) -> Result<Imported, LoadError> {
    let mut data: ThemeData = parse_json(file, text)?;
    for ind in &mut data.indicators {
        ind.title = crate::model::import::fingertips::plain_name(&ind.title);
    }
    let mut findings = check_version(data.format_version);
    if findings.is_empty() {
        findings = validate_theme(&data, known);
    }
    let (about_series, fatal): (Vec<_>, Vec<_>) = findings
        .into_iter()
        .partition(|f| f.place.series().is_some());
    if !fatal.is_empty() {
        return Err(locate(file, text, fatal));
    }
    let dropped: BTreeSet<usize> = about_series
        .iter()
        .filter_map(|f| f.place.series())
        .collect();
    let problems = if about_series.is_empty() {
        Vec::new()
    } else {
        let mut e = locate(file, text, about_series);
        for p in &mut e.problems {
            p.message = format!("{} (this series was left out)", p.message);
        }
        e.problems
    };
    let mut i = 0;
    data.series.retain(|_| {
        let keep = !dropped.contains(&i);
        i += 1;
        keep
    });
    if data.series.is_empty() {
        let mut problems = problems;
        problems.push(crate::model::Problem {
            file: file.to_owned(),
            line: 0,
            column: 0,
            path: "$.series".into(),
            message: "no series could be used".into(),
        });
        return Err(LoadError {
            file: file.to_owned(),
            problems,
        });
    }
    Ok(Imported {
        data,
        new_areas: Vec::new(),
        problems,
        remarks: Vec::new(),
    })
}
