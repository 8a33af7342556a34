//! Hostile and unusual neighbourhood files (`data/neighbourhoods.json` is fetched when its view
//! opens, so a damaged or replaced copy must not cost the page): each is read, put into words,
//! tabled, downloaded and drawn, and must give figures or a message with its place, never a
//! panic, NaN coordinates or a quadratic blow-up. The cases are in
//! `tests/fixtures/hostile/README.md`.

mod common;

use outcomes_explorer::chart::map::draw_map;
use outcomes_explorer::chart::neighbourhood_map::neighbourhood_map_spec;
use outcomes_explorer::chart::Scale;
use outcomes_explorer::model::neighbourhood::{decile_of, parse_neighbourhoods, NeighbourhoodFile};
use outcomes_explorer::model::neighbourhood_text::{
    neighbourhoods_csv, readout, summary, table_rows, TableOrder,
};
use plotters::prelude::*;
use serde_json::json;

const SWINDON: &str = "E06000030";

/// A file of neighbourhoods in Swindon with one domain, from (code, name, ring) triples.
fn file_of(neighbourhoods: Vec<(String, String, Vec<[f64; 2]>)>) -> String {
    let list: Vec<serde_json::Value> = neighbourhoods
        .into_iter()
        .enumerate()
        .map(|(i, (code, name, ring))| {
            let rank = 1 + (i as u32 * 97) % 32_844;
            json!({ "code": code, "name": name, "place": SWINDON, "population": 1500,
                    "score": 12.5, "ranks": [rank], "deciles": [decile_of(rank)], "rings": [ring] })
        })
        .collect();
    json!({ "format_version": 1, "edition": "test", "sources": [],
            "domains": [{ "id": "imd", "title": "Index of Multiple Deprivation" }],
            "neighbourhoods": list })
    .to_string()
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/hostile/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture")
}

/// Everything the view does with a file: words, table, CSV and the map drawn to SVG (checked for
/// NaN). Returns the SVG and the CSV.
fn shown(f: &NeighbourhoodFile) -> (String, String) {
    let areas = common::areas();
    for n in &f.neighbourhoods {
        assert!(readout(f, n, 0).ends_with('.'));
    }
    assert!(summary(f, &areas, Some(SWINDON), 0).ends_with('.'));
    assert!(summary(f, &areas, None, 0).ends_with('.'));
    let rows = table_rows(f, Some(SWINDON), 0, "", TableOrder::Rank);
    assert_eq!(rows.len(), f.neighbourhoods.len());
    let csv = neighbourhoods_csv(f, &areas, &rows, 0);
    let spec = neighbourhood_map_spec(f, None, &areas, Some(SWINDON), 0, None);
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (640, 560)).into_drawing_area();
        draw_map(&root, &spec, Scale::ONE).expect("drawn");
        root.present().expect("presented");
    }
    assert!(
        !svg.contains("NaN") && !svg.contains("inf"),
        "no NaN or infinite coordinates"
    );
    (svg, csv)
}

#[test]
fn an_empty_file_is_read_and_says_there_is_nothing() {
    let f = parse_neighbourhoods(
        "n.json",
        &fixture("neighbourhoods-empty.json"),
        &common::areas(),
    )
    .expect("an empty list is a valid file");
    let (svg, csv) = shown(&f);
    assert_eq!(csv.lines().count(), 1, "the header only");
    let areas = common::areas();
    assert_eq!(
        summary(&f, &areas, Some(SWINDON), 0),
        "This file has no neighbourhoods for Swindon."
    );
    assert_eq!(
        summary(&f, &areas, None, 0),
        "This file has no neighbourhoods for BSW."
    );
    assert!(
        svg.contains("No areas to draw on this map"),
        "the map says it has nothing to draw"
    );
}

#[test]
fn collapsed_and_world_sized_outlines_draw_without_nan() {
    let f = parse_neighbourhoods(
        "n.json",
        &fixture("neighbourhoods-degenerate.json"),
        &common::areas(),
    )
    .expect("valid");
    let (svg, _) = shown(&f);
    assert!(svg.contains("<polygon") || svg.contains("<path"), "drawn");
}

#[test]
fn formula_and_reordering_names_are_neutralised_and_long_names_kept_whole_in_the_csv() {
    let f = parse_neighbourhoods(
        "n.json",
        &fixture("neighbourhoods-names.json"),
        &common::areas(),
    )
    .expect("valid");
    let (_, csv) = shown(&f);
    assert!(
        csv.contains("\"'=HYPERLINK(\"\"http://example.invalid\"\")\""),
        "{csv}"
    );
    assert!(!csv.lines().skip(1).any(|l| l.starts_with('=')));
    // No name can read as another: the right-to-left override is gone, and a 10,000-character
    // name is cut to 120 characters and "…".
    let names: Vec<&str> = f.neighbourhoods.iter().map(|n| n.name.as_str()).collect();
    assert_eq!(names[1], "Swindon D300");
    assert_eq!(names[2].chars().count(), 121);
    assert!(names[2].ends_with('…'));
    assert!(readout(&f, &f.neighbourhoods[1], 0).starts_with("Swindon D300: "));
}

#[test]
fn out_of_range_coordinates_and_mismatched_ranks_are_refused_at_their_place() {
    let text = file_of(vec![
        (
            "E01000001".into(),
            "A".into(),
            vec![[-1.8, 51.5], [-1.7, 51.5], [-1.7, 95.0]],
        ),
        (
            "E01000002".into(),
            "B".into(),
            vec![[-1.8, 51.5], [-1.7, 51.5]],
        ),
    ]);
    let err = parse_neighbourhoods("n.json", &text, &common::areas()).expect_err("refused");
    let paths: Vec<&str> = err.problems.iter().map(|p| p.path.as_str()).collect();
    assert!(paths.contains(&"$.neighbourhoods[0].rings"), "{paths:?}");
    assert!(paths.contains(&"$.neighbourhoods[1].rings"), "{paths:?}");
    let text = text.replace("\"deciles\":[1]", "\"deciles\":[7]");
    assert!(parse_neighbourhoods("n.json", &text, &common::areas()).is_err());
}

#[test]
fn a_hundred_thousand_point_outline_and_five_thousand_neighbourhoods_draw() {
    // Linear work: one outline of 100,000 points, and 5,000 small neighbourhoods.
    let big: Vec<[f64; 2]> = (0..100_000)
        .map(|k| {
            let t = k as f64 / 100_000.0 * std::f64::consts::TAU;
            [-1.78 + 0.05 * t.cos(), 51.56 + 0.03 * t.sin()]
        })
        .collect();
    let mut list = vec![("E01900000".to_owned(), "Big".to_owned(), big)];
    for k in 0..5_000 {
        let (x, y) = (
            -1.9 + (k % 100) as f64 * 0.003,
            51.45 + (k / 100) as f64 * 0.003,
        );
        list.push((
            format!("E01{:06}", k + 1),
            format!("N {k}"),
            vec![[x, y], [x + 0.002, y], [x, y + 0.002]],
        ));
    }
    let f = parse_neighbourhoods("n.json", &file_of(list), &common::areas()).expect("valid");
    let (_, csv) = shown(&f);
    assert_eq!(csv.lines().count(), 5_002);
}
