//! The addresses the page writes: any view the UI can hold (a monthly comparison period such as
//! "Jun 2025", localities added by a user's file, any indicator id) is written and read back as
//! the same view, with no notice, when the file's localities are known again.
#![no_main]

use libfuzzer_sys::fuzz_target;
use outcomes_explorer::model::import::with_new_areas;
use outcomes_explorer::model::url_state::{from_query, to_query, UrlState};
use outcomes_explorer::model::{parse_areas, Area, AreaLevel, ViewState};

const AREAS: &str = include_str!("../../data/areas.json");

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut lines = text.lines();
    let period = lines.next().filter(|p| !p.trim().is_empty()).map(str::to_owned);
    let indicator = lines.next().filter(|p| !p.is_empty()).map(str::to_owned);
    // Codes a user's file could add (the importer takes 1 to 12 letters and digits).
    let codes: Vec<String> = lines
        .filter(|c| !c.is_empty() && c.len() <= 12 && c.chars().all(|ch| ch.is_ascii_alphanumeric()))
        .take(20)
        .map(str::to_owned)
        .collect();
    let bundled = parse_areas("data/areas.json", AREAS).expect("bundled areas are valid");
    let new: Vec<Area> = codes
        .iter()
        .map(|c| Area {
            code: c.clone(),
            name: c.clone(),
            short_name: c.clone(),
            level: AreaLevel::Place,
            parent: None,
        })
        .collect();
    let areas = with_new_areas(&bundled, &new);
    let mut chosen: Vec<String> = Vec::new();
    for a in &areas.areas {
        if codes.contains(&a.code) && !chosen.contains(&a.code) {
            chosen.push(a.code.clone());
        }
    }
    let view = ViewState {
        period,
        indicator,
        areas: chosen,
        ..ViewState::default()
    };
    let state = UrlState { view, embed: false };
    let read = from_query(&to_query(&state), &areas);
    // A value the reader refuses is said in a notice; anything it takes comes back unchanged.
    if read.notices.is_empty() {
        assert_eq!(read.state, state, "{text:?}");
    } else {
        assert_eq!(read.state.view.areas, state.view.areas, "{text:?}");
    }
});
