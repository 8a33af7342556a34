//! Any address query gives a view (with notices), never a panic; and the address written for
//! that view reads back as the same view with no notice.
#![no_main]

use libfuzzer_sys::fuzz_target;
use outcomes_explorer::model::parse_areas;
use outcomes_explorer::model::url_state::{from_query, to_query};

const AREAS: &str = include_str!("../../data/areas.json");

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let areas = parse_areas("data/areas.json", AREAS).expect("bundled areas are valid");
    let parsed = from_query(text, &areas);
    let again = from_query(&to_query(&parsed.state), &areas);
    assert_eq!(again.notices, Vec::<String>::new(), "query: {text:?}");
    assert_eq!(again.state, parsed.state, "query: {text:?}");
});
