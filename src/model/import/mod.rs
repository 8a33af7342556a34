//! Users' own files, opened in the browser or given to the validator: a CSV exported from OHID
//! Fingertips, or a JSON file in the explorer's own format. Nothing is sent anywhere. A file
//! that cannot be read at all is refused with the reason; otherwise every problem is listed
//! (row, column, what is wrong) and the good rows still load.

pub mod fingertips;
pub mod limits;
pub mod problem_list;
pub mod reconcile;
pub mod session;
pub mod theme_json;

use crate::model::{Area, AreaFile, LoadError, Problem, Status, ThemeData};
use std::collections::HashSet;

pub use fingertips::parse_fingertips;
pub use theme_json::parse_theme_import;

/// The theme id of everything users open ("Your data").
pub const IMPORTED_THEME: &str = "your-data";

/// What a file gave.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The figures, as a theme.
    pub data: ThemeData,
    /// Areas the file names that the explorer did not know, with the names the file gives.
    pub new_areas: Vec<Area>,
    /// Problems with particular rows or values, which were left out.
    pub problems: Vec<Problem>,
    /// Plain remarks that are not problems, e.g. rows of breakdowns that were not used.
    pub remarks: Vec<String>,
}

/// Reads a user's file: JSON if it starts with `{`, else a Fingertips CSV. Files over the
/// [`limits`] are refused with the limit and what to do.
pub fn import_file(file: &str, text: &str, known: &AreaFile) -> Result<Imported, LoadError> {
    import_file_reporting(file, text, known, &mut |_, _| {})
}

/// [`import_file`], reporting a CSV's progress as [`fingertips::parse_fingertips_reporting`]
/// does.
pub fn import_file_reporting(
    file: &str,
    text: &str,
    known: &AreaFile,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Imported, LoadError> {
    limits::check_size(file, text.len())?;
    // Excel's "Unicode text" is UTF-16: read as UTF-8 it starts with two replacement characters
    // (its byte-order mark) and has a zero byte after every letter.
    let head: String = text.chars().take(200).collect();
    if head.starts_with("\u{fffd}\u{fffd}") || head.contains('\0') {
        return Err(LoadError::whole_file(
            file,
            "is saved as UTF-16 (Excel's \"Unicode text\"), which the explorer does not read: save it as \"CSV UTF-8\" and open that.",
        ));
    }
    let start = text.trim_start_matches('\u{feff}').trim_start();
    let imported = if start.starts_with('{') {
        parse_theme_import(file, text, known)?
    } else {
        fingertips::parse_fingertips_reporting(file, text, known, progress)?
    };
    let figures: usize = imported.data.series.iter().map(|s| s.points.len()).sum();
    limits::check_rows(file, figures + imported.problems.len())?;
    limits::check_new_areas(file, imported.new_areas.len())?;
    Ok(imported)
}

/// Adds `imported` to `into` (the "Your data" theme so far): its sources, indicators and series
/// replace any with the same id (or the same indicator and area) already there.
/// One pass over each list (hash sets of what is replaced), so that merging a large file into a
/// large session stays linear.
pub fn merge(into: &mut ThemeData, imported: &ThemeData) {
    let sources: HashSet<&str> = imported.sources.iter().map(|s| s.id.as_str()).collect();
    into.sources.retain(|x| !sources.contains(x.id.as_str()));
    into.sources.extend(imported.sources.iter().cloned());
    let indicators: HashSet<&str> = imported.indicators.iter().map(|i| i.id.as_str()).collect();
    into.indicators
        .retain(|x| !indicators.contains(x.id.as_str()));
    into.indicators.extend(imported.indicators.iter().cloned());
    let series: HashSet<(&str, &str, Status)> = imported
        .series
        .iter()
        .map(|s| (s.indicator.as_str(), s.area.as_str(), s.status))
        .collect();
    into.series
        .retain(|x| !series.contains(&(x.indicator.as_str(), x.area.as_str(), x.status)));
    into.series.extend(imported.series.iter().cloned());
}

/// The bundled areas followed by the new ones (display order).
pub fn with_new_areas(known: &AreaFile, new_areas: &[Area]) -> AreaFile {
    let mut areas = known.clone();
    let mut codes: HashSet<String> = known.areas.iter().map(|a| a.code.clone()).collect();
    for a in new_areas {
        if codes.insert(a.code.clone()) {
            areas.areas.push(a.clone());
        }
    }
    areas
}
