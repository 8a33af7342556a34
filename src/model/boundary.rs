//! Area boundaries for the map (`data/boundaries.json`): outlines in longitude and latitude.

use crate::model::{AreaFile, LoadError, Source};
use serde::{Deserialize, Serialize};

/// One area's outline: one or more rings of (longitude, latitude) points.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Boundary {
    /// Area code.
    pub code: String,
    /// Outer rings, each closed (first point equals last) or not.
    pub rings: Vec<Vec<[f64; 2]>>,
}

/// The contents of `data/boundaries.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoundaryFile {
    /// Version of the data format.
    pub format_version: u32,
    /// Where the outlines come from.
    pub source: Source,
    /// The outlines.
    pub areas: Vec<Boundary>,
}

/// Reads `data/boundaries.json` and checks that every area is known and every point is a
/// longitude and latitude.
pub fn parse_boundaries(
    file: &str,
    text: &str,
    areas: &AreaFile,
) -> Result<BoundaryFile, LoadError> {
    let b: BoundaryFile = serde_json::from_str(text)
        .map_err(|e| LoadError::at(file, e.line(), e.column(), "", e.to_string()))?;
    for (i, a) in b.areas.iter().enumerate() {
        if areas.get(&a.code).is_none() {
            return Err(LoadError::at(
                file,
                0,
                0,
                &format!("$.areas[{i}].code"),
                format!("unknown area \"{}\" (not in data/areas.json)", a.code),
            ));
        }
        let bad = a
            .rings
            .iter()
            .flatten()
            .any(|[lon, lat]| !(-180.0..=180.0).contains(lon) || !(-90.0..=90.0).contains(lat));
        if bad || a.rings.iter().any(|r| r.len() < 3) {
            return Err(LoadError::at(
                file,
                0,
                0,
                &format!("$.areas[{i}].rings"),
                "a ring has fewer than 3 points or a point that is not a longitude and latitude",
            ));
        }
    }
    Ok(b)
}
