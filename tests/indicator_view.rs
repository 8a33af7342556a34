//! What a theme page shows for a choice (chart, label, table, sources, modes), worked out
//! natively from the bundled data.

mod common;

use outcomes_explorer::chart::indicator_view::indicator_view;
use outcomes_explorer::chart::trend::TrendRequest;
use outcomes_explorer::model::display::DisplayMode;

const PLACES: [&str; 3] = ["E06000022", "E06000030", "E06000054"];

#[test]
fn counts_offer_modes_and_the_label_names_the_span_and_localities() {
    let (data, areas) = (common::theme("population"), common::areas());
    let request = TrendRequest {
        indicator: "population-total",
        areas: &PLACES,
        mode: DisplayMode::Index,
    };
    let v = indicator_view(&data, &areas, request).expect("population-total is shown");
    assert!(v.modes);
    assert_eq!(v.title, "Total population");
    let (first, last) = (
        &v.table.rows[0].period,
        &v.table.rows[v.table.rows.len() - 1].period,
    );
    assert!(
        v.label.contains(&format!(
            "from {first} to {last} for B&NES, Swindon, Wiltshire"
        )),
        "{}",
        v.label
    );
    assert!(v.spec.unit_label.contains("index"), "{}", v.spec.unit_label);
}

#[test]
fn percentages_fall_back_to_figures_and_standards_bring_their_source() {
    let (data, areas) = (common::theme("performance"), common::areas());
    let request = TrendRequest {
        indicator: "ae-4hr",
        areas: &["E54000040"],
        mode: DisplayMode::Index,
    };
    let v = indicator_view(&data, &areas, request).expect("ae-4hr is shown");
    assert!(!v.modes);
    assert!(
        !v.spec.unit_label.contains("index"),
        "{}",
        v.spec.unit_label
    );
    let ids: Vec<&str> = v.sources.iter().map(|s| s.id.as_str()).collect();
    assert!(ids.contains(&"nhse-ae-2021-25"), "{ids:?}");
    assert_eq!(ids.last(), Some(&"nhs-constitution-ae"), "{ids:?}");
}

#[test]
fn an_unknown_indicator_or_no_figures_say_so_in_words() {
    let (data, areas) = (common::theme("population"), common::areas());
    let unknown = TrendRequest {
        indicator: "nope",
        areas: &PLACES,
        mode: DisplayMode::Absolute,
    };
    assert_eq!(
        indicator_view(&data, &areas, unknown).unwrap_err(),
        "unknown indicator nope"
    );
    let nobody = TrendRequest {
        indicator: "population-total",
        areas: &[],
        mode: DisplayMode::Absolute,
    };
    let v = indicator_view(&data, &areas, nobody).expect("an empty chart is still a view");
    assert_eq!(
        v.label,
        "Line chart of total population: none of the chosen localities has figures."
    );
}
