//! Inputs the fuzzers once crashed on (tests/fixtures/fuzz/, named by target and what went
//! wrong): each must now load cleanly or be refused with the reason, and whatever loads must pass
//! the data checks.

mod common;

use outcomes_explorer::model::import::{parse_fingertips, with_new_areas};
use outcomes_explorer::model::url_state::{from_query, to_query};
use outcomes_explorer::model::validate::validate_theme;

#[test]
fn every_input_that_once_crashed_a_fuzzer_is_handled() {
    let areas = common::areas();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/fuzz");
    let mut seen = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let bytes = std::fs::read(&path).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        if name.starts_with("csv_import-") {
            if let Ok(imported) = parse_fingertips(&name, &text, &areas) {
                let all = with_new_areas(&areas, &imported.new_areas);
                assert_eq!(validate_theme(&imported.data, &all), vec![], "{name}");
            }
        } else if name.starts_with("url_state-") {
            let parsed = from_query(&text, &areas);
            assert_eq!(
                from_query(&to_query(&parsed.state), &areas).state,
                parsed.state
            );
        }
        seen += 1;
    }
    assert!(seen >= 2);
}
