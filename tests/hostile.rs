//! The corpus of hostile and unusual files in tests/fixtures/hostile/ (see its README.md), each
//! taken the whole way a user's file goes: read as the browser reads it (UTF-8, bad bytes
//! replaced), opened in an import session, charted in every display mode and drawn to SVG.
//! Each file must get the behaviour the README gives it, and none may panic.

mod common;

use outcomes_explorer::chart::line_chart::TOO_WIDE;
use outcomes_explorer::chart::trend::{trend_spec, TrendRequest};
use outcomes_explorer::chart::{LineChartSpec, Scale};
use outcomes_explorer::model::display::DisplayMode;
use outcomes_explorer::model::export::tidy_csv;
use outcomes_explorer::model::import::session::{ImportReply, ImportSession, Opened};
use outcomes_explorer::model::{AreaFile, ThemeData};

fn open(name: &str) -> ImportReply {
    let bytes = std::fs::read(format!(
        "{}/tests/fixtures/hostile/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture");
    let text = String::from_utf8_lossy(&bytes);
    ImportSession::new(common::areas()).open(name, &text)
}

fn loaded(reply: &ImportReply) -> (&ThemeData, &AreaFile, &[String]) {
    let Opened::Loaded { problems, .. } = &reply.opened else {
        panic!("refused: {:?}", reply.opened)
    };
    let (data, areas) = reply.so_far.as_ref().expect("data so far");
    (data, areas, problems)
}

/// The first indicator's chart for every locality that has it, in `mode`, drawn to SVG.
fn drawn(data: &ThemeData, areas: &AreaFile, mode: DisplayMode) -> (LineChartSpec, String) {
    let id = &data.indicators[0].id;
    let codes = data.areas_with(id);
    let spec = trend_spec(
        data,
        areas,
        TrendRequest {
            indicator: id,
            areas: &codes,
            mode,
        },
    )
    .expect("a spec");
    let svg = common::render_with_writer(&spec, (640, 360), Scale::ONE);
    (spec, svg)
}

#[test]
fn formula_cells_are_neutralised_in_the_csv_and_numbers_stay_numbers() {
    let reply = open("formula-cells.csv");
    let (data, areas, _) = loaded(&reply);
    let csv = tidy_csv(&[data], areas);
    assert!(csv.contains(",\"'=1+2\","), "{csv}");
    assert!(csv.contains(",\"'@SUM(A1)\","), "{csv}");
    assert!(csv.contains(",-5.2,"), "{csv}");
    assert!(!csv.contains(",=HYPERLINK"), "{csv}");
}

#[test]
fn reordering_and_control_characters_leave_names() {
    for file in ["bidi-names.csv", "control-chars.csv"] {
        let reply = open(file);
        let (data, areas, _) = loaded(&reply);
        let names = areas.areas.iter().map(|a| a.name.as_str());
        let titles = data.indicators.iter().map(|i| i.title.as_str());
        for text in names.chain(titles) {
            assert!(
                !text.chars().any(|c| c.is_control()
                    || ('\u{202a}'..='\u{202e}').contains(&c)
                    || ('\u{2066}'..='\u{2069}').contains(&c)),
                "{file}: {text:?}"
            );
        }
        let (_, svg) = drawn(data, areas, DisplayMode::Absolute);
        assert!(!svg.chars().any(|c| c < ' ' && c != '\n'), "{file}");
    }
}

#[test]
fn look_alike_codes_are_rows_left_out_and_the_true_code_loads() {
    let reply = open("lookalike-codes.csv");
    let (data, _, problems) = loaded(&reply);
    assert_eq!(problems.len(), 2);
    assert!(problems.iter().all(|p| p.contains("looks like E06000030")));
    assert_eq!(data.series.len(), 1);
}

#[test]
fn a_utf16_file_is_refused_with_how_to_save_it() {
    let reply = open("utf16.csv");
    let Opened::Refused(e) = &reply.opened else {
        panic!("opened: {:?}", reply.opened)
    };
    assert!(
        e.summary().contains("save it as \"CSV UTF-8\""),
        "{}",
        e.summary()
    );
}

#[test]
fn months_written_either_way_load_as_months() {
    let reply = open("monthly.csv");
    let (data, areas, problems) = loaded(&reply);
    assert!(problems.is_empty(), "{problems:?}");
    let periods: Vec<&str> = data.series[0]
        .points
        .iter()
        .map(|p| p.period.as_str())
        .collect();
    assert_eq!(periods, ["2024-01", "2024-02", "2024-03"]);
    let (spec, _) = drawn(data, areas, DisplayMode::Absolute);
    assert_eq!(spec.lines[0].points.len(), 3);
}

#[test]
fn ids_that_slug_alike_stay_apart() {
    let reply = open("slug-collisions.csv");
    let (data, _, _) = loaded(&reply);
    let mut ids: Vec<&str> = data.indicators.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids.len(), 8);
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 8, "{ids:?}");
}

#[test]
fn a_10000_character_name_is_cut_and_drawn() {
    let reply = open("long-name.csv");
    let (data, areas, _) = loaded(&reply);
    let added = areas
        .areas
        .iter()
        .find(|a| a.code == "E07000001")
        .expect("added");
    assert_eq!(added.name.chars().count(), 121);
    assert!(data.indicators[0].title.chars().count() <= 121);
    let (_, svg) = drawn(data, areas, DisplayMode::Absolute);
    assert!(svg.len() < 100_000);
}

#[test]
fn values_wider_than_f64_spans_say_so_on_the_chart() {
    let reply = open("huge-range.json");
    let (data, areas, _) = loaded(&reply);
    let (_, svg) = drawn(data, areas, DisplayMode::Absolute);
    assert!(svg.contains(TOO_WIDE), "{svg}");
}

#[test]
fn a_zero_base_says_why_there_is_no_index() {
    let reply = open("zero-base.json");
    let (data, areas, _) = loaded(&reply);
    let (spec, _) = drawn(data, areas, DisplayMode::Index);
    assert!(!spec.indexable());
    assert!(spec
        .index_unavailable
        .unwrap_or_default()
        .contains("zero or below"));
    assert_eq!(spec.unit_label, "people", "drawn as figures");
}
