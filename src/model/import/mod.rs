//! Users' own files, opened in the browser or given to the validator: a CSV exported from OHID
//! Fingertips, or a JSON file in the explorer's own format. Nothing is sent anywhere. A file
//! that cannot be read at all is refused with the reason; otherwise every problem is listed
//! (row, column, what is wrong) and the good rows still load.

pub mod fingertips;
pub mod problem_list;
pub mod session;
pub mod theme_json;

use crate::model::{Area, AreaFile, LoadError, Problem, ThemeData};

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

/// Reads a user's file: JSON if it starts with `{`, else a Fingertips CSV.
pub fn import_file(file: &str, text: &str, known: &AreaFile) -> Result<Imported, LoadError> {
    let start = text.trim_start_matches('\u{feff}').trim_start();
    if start.starts_with('{') {
        parse_theme_import(file, text, known)
    } else {
        parse_fingertips(file, text, known)
    }
}

/// Adds `imported` to `into` (the "Your data" theme so far): its sources, indicators and series
/// replace any with the same id (or the same indicator and area) already there.
pub fn merge(into: &mut ThemeData, imported: &ThemeData) {
    for s in &imported.sources {
        into.sources.retain(|x| x.id != s.id);
        into.sources.push(s.clone());
    }
    for i in &imported.indicators {
        into.indicators.retain(|x| x.id != i.id);
        into.indicators.push(i.clone());
    }
    for s in &imported.series {
        into.series
            .retain(|x| !(x.indicator == s.indicator && x.area == s.area && x.status == s.status));
        into.series.push(s.clone());
    }
}

/// The bundled areas followed by the new ones (display order).
pub fn with_new_areas(known: &AreaFile, new_areas: &[Area]) -> AreaFile {
    let mut areas = known.clone();
    for a in new_areas {
        if areas.get(&a.code).is_none() {
            areas.areas.push(a.clone());
        }
    }
    areas
}
