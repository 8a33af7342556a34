//! The areas of the bundled data: England and the South West as benchmarks, the BSW integrated
//! care board, its three places and the three acute trusts that serve them.

use crate::model::{Area, AreaFile, AreaLevel, FORMAT_VERSION};

/// ONS GSS code of England.
pub use crate::model::area::ENGLAND;
/// ONS GSS code of the South West region.
pub const SOUTH_WEST: &str = "E12000009";
/// ONS GSS code of NHS Bath and North East Somerset, Swindon and Wiltshire ICB.
pub const BSW: &str = "E54000040";
/// The three acute trusts serving BSW taken together (RUH Bath, Great Western and Salisbury):
/// not an official code, but a name of this explorer's own for their summed figures.
pub const BSW_ACUTE: &str = "BSWACUTE";
/// ONS GSS code of Bath and North East Somerset Council.
pub const BANES: &str = "E06000022";
/// ONS GSS code of Swindon Borough Council.
pub const SWINDON: &str = "E06000030";
/// ONS GSS code of Wiltshire Council.
pub const WILTSHIRE: &str = "E06000054";

fn area(code: &str, name: &str, short: &str, level: AreaLevel, parent: Option<&str>) -> Area {
    Area {
        code: code.into(),
        name: name.into(),
        short_name: short.into(),
        level,
        parent: parent.map(Into::into),
    }
}

/// The contents of `data/areas.json`, in the order localities are offered to users.
pub fn area_file() -> AreaFile {
    AreaFile {
        format_version: FORMAT_VERSION,
        areas: vec![
            area(
                BSW,
                "NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board",
                "BSW",
                AreaLevel::System,
                Some(ENGLAND),
            ),
            area(
                BANES,
                "Bath and North East Somerset",
                "B&NES",
                AreaLevel::Place,
                Some(BSW),
            ),
            area(SWINDON, "Swindon", "Swindon", AreaLevel::Place, Some(BSW)),
            area(
                WILTSHIRE,
                "Wiltshire",
                "Wiltshire",
                AreaLevel::Place,
                Some(BSW),
            ),
            area(ENGLAND, "England", "England", AreaLevel::Country, None),
            area(
                SOUTH_WEST,
                "South West",
                "South West",
                AreaLevel::Region,
                Some(ENGLAND),
            ),
            area(
                "RD1",
                "Royal United Hospitals Bath NHS Foundation Trust",
                "RUH Bath",
                AreaLevel::Provider,
                Some(BSW),
            ),
            area(
                "RN3",
                "Great Western Hospitals NHS Foundation Trust",
                "Great Western",
                AreaLevel::Provider,
                Some(BSW),
            ),
            area(
                "RNZ",
                "Salisbury NHS Foundation Trust",
                "Salisbury",
                AreaLevel::Provider,
                Some(BSW),
            ),
            area(
                BSW_ACUTE,
                "BSW's three acute trusts together (RUH Bath, Great Western and Salisbury)",
                "3 acute trusts",
                AreaLevel::Provider,
                Some(BSW),
            ),
        ],
    }
}
