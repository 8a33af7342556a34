//! `data/boundaries.json` from the ONS local authority boundaries (December 2020, ultra
//! generalised), `raw/boundaries-lad/bsw_lad_dec2020_buc.geojson`.

use crate::model::boundary::{Boundary, BoundaryFile};
use crate::model::FORMAT_VERSION;
use crate::prepare::PrepareError;
use serde_json::Value;

/// The raw file, relative to `raw/`.
pub const RAW_FILE: &str = "boundaries-lad/bsw_lad_dec2020_buc.geojson";

fn bad(file: &str, message: impl Into<String>) -> PrepareError {
    PrepareError::BadValue {
        file: format!("raw/{file}"),
        line: 0,
        message: message.into(),
    }
}

fn ring(file: &str, v: &Value) -> Result<Vec<[f64; 2]>, PrepareError> {
    v.as_array()
        .ok_or_else(|| bad(file, "a ring is not a list"))?
        .iter()
        .map(|p| {
            match p.as_array().map(|a| {
                (
                    a.first().and_then(Value::as_f64),
                    a.get(1).and_then(Value::as_f64),
                )
            }) {
                Some((Some(lon), Some(lat))) => Ok([lon, lat]),
                _ => Err(bad(file, "a point is not [longitude, latitude]")),
            }
        })
        .collect()
}

/// One feature of a GeoJSON file whose properties are `code` and `name`.
#[derive(Debug, Clone, PartialEq)]
pub struct Feature {
    /// GSS code.
    pub code: String,
    /// Name.
    pub name: String,
    /// Outer rings of its polygons (holes are left out).
    pub rings: Vec<Vec<[f64; 2]>>,
}

/// Reads the features of the GeoJSON text of `raw/<file>`: outer rings of polygons and
/// multipolygons.
pub fn read_features(file: &str, geojson: &str) -> Result<Vec<Feature>, PrepareError> {
    let doc: Value = serde_json::from_str(geojson)?;
    let features = doc["features"]
        .as_array()
        .ok_or_else(|| bad(file, "no features"))?;
    let mut out = Vec::new();
    for f in features {
        let text = |key: &str| {
            f["properties"][key]
                .as_str()
                .map(str::to_owned)
                .ok_or_else(|| bad(file, format!("a feature has no {key}")))
        };
        let geometry = &f["geometry"];
        let polygons: Vec<&Value> = match geometry["type"].as_str() {
            Some("Polygon") => vec![&geometry["coordinates"]],
            Some("MultiPolygon") => geometry["coordinates"]
                .as_array()
                .map(|a| a.iter().collect())
                .unwrap_or_default(),
            other => return Err(bad(file, format!("unexpected geometry {other:?}"))),
        };
        let rings = polygons
            .iter()
            .filter_map(|p| p.as_array().and_then(|rings| rings.first()))
            .map(|r| ring(file, r))
            .collect::<Result<Vec<_>, _>>()?;
        out.push(Feature {
            code: text("code")?,
            name: text("name")?,
            rings,
        });
    }
    Ok(out)
}

/// Builds the boundary file from the GeoJSON text (outer rings of polygons and multipolygons).
/// The source of the outlines, in the catalogue.
pub const SOURCE: &str = "ons-lad-2020-buc";

/// The outlines of the three places, with their `source` (from the catalogue).
pub fn build(geojson: &str, source: crate::model::Source) -> Result<BoundaryFile, PrepareError> {
    let areas = read_features(RAW_FILE, geojson)?
        .into_iter()
        .map(|f| Boundary {
            code: f.code,
            rings: f.rings,
        })
        .collect();
    Ok(BoundaryFile {
        format_version: FORMAT_VERSION,
        source,
        areas,
    })
}
