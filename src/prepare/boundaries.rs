//! `data/boundaries.json` from the ONS local authority boundaries (December 2020, ultra
//! generalised), `raw/boundaries-lad/bsw_lad_dec2020_buc.geojson`.

use crate::model::boundary::{Boundary, BoundaryFile};
use crate::model::FORMAT_VERSION;
use crate::prepare::common::source;
use crate::prepare::PrepareError;
use serde_json::Value;

/// The raw file, relative to `raw/`.
pub const RAW_FILE: &str = "boundaries-lad/bsw_lad_dec2020_buc.geojson";

fn bad(message: impl Into<String>) -> PrepareError {
    PrepareError::BadValue {
        file: format!("raw/{RAW_FILE}"),
        line: 0,
        message: message.into(),
    }
}

fn ring(v: &Value) -> Result<Vec<[f64; 2]>, PrepareError> {
    v.as_array()
        .ok_or_else(|| bad("a ring is not a list"))?
        .iter()
        .map(|p| {
            match p.as_array().map(|a| {
                (
                    a.first().and_then(Value::as_f64),
                    a.get(1).and_then(Value::as_f64),
                )
            }) {
                Some((Some(lon), Some(lat))) => Ok([lon, lat]),
                _ => Err(bad("a point is not [longitude, latitude]")),
            }
        })
        .collect()
}

/// Builds the boundary file from the GeoJSON text (outer rings of polygons and multipolygons).
pub fn build(geojson: &str) -> Result<BoundaryFile, PrepareError> {
    let doc: Value = serde_json::from_str(geojson)?;
    let features = doc["features"]
        .as_array()
        .ok_or_else(|| bad("no features"))?;
    let mut areas = Vec::new();
    for f in features {
        let code = f["properties"]["code"]
            .as_str()
            .ok_or_else(|| bad("a feature has no code"))?;
        let geometry = &f["geometry"];
        let polygons: Vec<&Value> = match geometry["type"].as_str() {
            Some("Polygon") => vec![&geometry["coordinates"]],
            Some("MultiPolygon") => geometry["coordinates"]
                .as_array()
                .map(|a| a.iter().collect())
                .unwrap_or_default(),
            other => return Err(bad(format!("unexpected geometry {other:?}"))),
        };
        let rings = polygons
            .iter()
            .filter_map(|p| p.as_array().and_then(|rings| rings.first()))
            .map(ring)
            .collect::<Result<Vec<_>, _>>()?;
        areas.push(Boundary {
            code: code.into(),
            rings,
        });
    }
    Ok(BoundaryFile {
        format_version: FORMAT_VERSION,
        source: source(
            "ons-lad-2020-buc",
            "Office for National Statistics",
            "Local Authority Districts (December 2020) UK BUC",
            "Ultra generalised (500 m) boundaries of B&NES, Swindon and Wiltshire, coordinates rounded to 5 decimal places (The-Strategy-Unit/nhp_demogr_module_inputs, commit 57fe409)",
            Some("https://geoportal.statistics.gov.uk/"),
            Some("2020-12"),
            Some("Contains OS data © Crown copyright and database right 2020. The date is that of the boundaries. Holes in outlines are left out."),
        ),
        areas,
    })
}
