//! Any bytes given to the JSON loaders (area list, theme, boundaries, England-wide file,
//! neighbourhoods, and a user's theme file) give a value or an error with a place, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use outcomes_explorer::model::boundary::parse_boundaries;
use outcomes_explorer::model::england::parse_england;
use outcomes_explorer::model::neighbourhood::parse_neighbourhoods;
use outcomes_explorer::model::import::import_file;
use outcomes_explorer::model::{parse_areas, parse_theme};

const AREAS: &str = include_str!("../../data/areas.json");

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let areas = parse_areas("data/areas.json", AREAS).expect("bundled areas are valid");
    if let Err(e) = parse_theme("t.json", text, &areas) {
        assert!(!e.problems.is_empty());
    }
    let _ = parse_areas("a.json", text);
    let _ = parse_boundaries("b.json", text, &areas);
    let _ = parse_england("e.json", text);
    if let Err(e) = parse_neighbourhoods("n.json", text, &areas) {
        assert!(!e.problems.is_empty());
    }
    let _ = import_file("mine.json", text, &areas);
});
