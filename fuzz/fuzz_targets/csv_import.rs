//! Any text given to the Fingertips CSV importer gives figures with listed problems, or a
//! refusal with the reason, never a panic; whatever it loads passes the data checks.
#![no_main]

use libfuzzer_sys::fuzz_target;
use outcomes_explorer::model::import::{parse_fingertips, with_new_areas};
use outcomes_explorer::model::parse_areas;
use outcomes_explorer::model::validate::validate_theme;

const AREAS: &str = include_str!("../../data/areas.json");

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let areas = parse_areas("data/areas.json", AREAS).expect("bundled areas are valid");
    match parse_fingertips("f.csv", &text, &areas) {
        Ok(imported) => {
            let all = with_new_areas(&areas, &imported.new_areas);
            let findings = validate_theme(&imported.data, &all);
            assert!(findings.is_empty(), "imported data fails the checks: {findings:?}");
        }
        Err(e) => assert!(!e.problems.is_empty()),
    }
});
