//! Areas (localities) identified by their official ONS GSS codes, and their hierarchy.

use serde::{Deserialize, Serialize};

/// Where an area sits in the geography the boards use:
/// system (the ICB), place (a council) and neighbourhood (a primary care network).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AreaLevel {
    /// A country used as a benchmark, such as England.
    Country,
    /// A region, such as the South West.
    Region,
    /// An integrated care system or board (BSW).
    System,
    /// A local authority (B&NES, Swindon, Wiltshire).
    Place,
    /// A primary care network or other sub-place grouping.
    Neighbourhood,
    /// An NHS provider such as a hospital trust (identified by its ODS code, e.g. `RD1`).
    Provider,
}

/// One area, such as `E06000030` Swindon.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    /// Official code, e.g. an ONS GSS code such as `E06000022`.
    pub code: String,
    /// Full official name.
    pub name: String,
    /// Short name for legends and buttons, e.g. `B&NES`.
    pub short_name: String,
    /// Level in the hierarchy.
    pub level: AreaLevel,
    /// Code of the parent area, if any (a place's parent is its system).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
}

/// Where the bundled area list is, relative to the page.
pub const AREAS_FILE: &str = "data/areas.json";

/// England's area code: the one constant for it (England is the usual comparator).
pub const ENGLAND: &str = "E92000001";

/// The GSS code of the BSW integrated care board (the system).
pub const BSW: &str = "E54000040";

/// The contents of `data/areas.json`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaFile {
    /// Version of the data format (see [`crate::model::FORMAT_VERSION`]).
    pub format_version: u32,
    /// Every area the bundled data refers to, in display order.
    pub areas: Vec<Area>,
}

impl AreaFile {
    /// The area with this code, if known.
    pub fn get(&self, code: &str) -> Option<&Area> {
        self.areas.iter().find(|a| a.code == code)
    }

    /// The short name of the area with this code, or the code itself when it is unknown.
    pub fn short_name<'a>(&'a self, code: &'a str) -> &'a str {
        self.get(code).map_or(code, |a| a.short_name.as_str())
    }

    /// The position of an area in display order (unknown areas sort last).
    pub fn display_rank(&self, code: &str) -> usize {
        self.areas
            .iter()
            .position(|a| a.code == code)
            .unwrap_or(usize::MAX)
    }
}
