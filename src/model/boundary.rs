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

/// Whether `rings` is an outline: at least one ring, each of at least 3 points, every point a
/// longitude and a latitude.
pub fn valid_rings(rings: &[Vec<[f64; 2]>]) -> bool {
    !rings.is_empty()
        && rings.iter().all(|r| {
            r.len() >= 3
                && r.iter().all(|[lon, lat]| {
                    (-180.0..=180.0).contains(lon) && (-90.0..=90.0).contains(lat)
                })
        })
}

/// Whether (x, y) is inside `ring` (even-odd rule), its points read as (x, y) by `xy`: the one
/// point-in-polygon test of the maps, in degrees or in pixels.
pub fn inside<P: Copy>(ring: &[P], x: f64, y: f64, xy: impl Fn(P) -> (f64, f64)) -> bool {
    let mut hit = false;
    let mut j = ring.len().wrapping_sub(1);
    for i in 0..ring.len() {
        let ((xi, yi), (xj, yj)) = (xy(ring[i]), xy(ring[j]));
        if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
            hit = !hit;
        }
        j = i;
    }
    hit
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
        if !valid_rings(&a.rings) {
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
