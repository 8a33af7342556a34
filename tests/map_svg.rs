//! The map from the real boundaries and data: every area drawn inside the picture, labelled
//! with its name and value, the darkest fill for the highest value, and clicks found.

mod common;

use common::save;
use outcomes_explorer::chart::choropleth::map_spec;
use outcomes_explorer::chart::map::{draw_map, ramp};
use outcomes_explorer::chart::palette::css;
use outcomes_explorer::chart::Scale;
use outcomes_explorer::model::boundary::parse_boundaries;
use plotters::prelude::*;

#[test]
fn places_are_shaded_by_value_and_found_by_a_click() {
    let areas = common::areas();
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/boundaries.json"))
            .unwrap();
    let boundaries = parse_boundaries("data/boundaries.json", &text, &areas).unwrap();
    let data = common::theme("population");
    let spec = map_spec(
        &data,
        &areas,
        &boundaries,
        "share-aged-65-plus",
        &["E06000030"],
    )
    .unwrap();
    assert_eq!(spec.areas.len(), 3);
    assert!(
        spec.legend_title.ends_with(", 2023"),
        "{}",
        spec.legend_title
    );

    let mut svg = String::new();
    let layout = {
        let root = SVGBackend::with_string(&mut svg, (600, 500)).into_drawing_area();
        let layout = draw_map(&root, &spec, Scale::ONE).unwrap();
        root.present().unwrap();
        layout
    };
    save("map.svg", &svg);
    for (code, rings) in &layout.areas {
        for &(x, y) in rings.iter().flatten() {
            assert!(
                (0.0..=600.0).contains(&x) && (0.0..=500.0).contains(&y),
                "{code} point outside"
            );
        }
    }
    // Each label is drawn, and the highest value gets the darkest fill.
    for a in &spec.areas {
        for line in a.label.lines() {
            assert!(
                svg.contains(&line.replace('&', "&amp;")),
                "{line} not drawn"
            );
        }
    }
    let highest = spec
        .areas
        .iter()
        .max_by(|a, b| a.value.partial_cmp(&b.value).unwrap())
        .unwrap();
    assert!(
        svg.contains(&format!("fill=\"{}\"", css(ramp(1.0)).to_uppercase())),
        "no darkest fill"
    );
    // A click in the middle of Swindon's outline finds Swindon.
    let swindon = &layout
        .areas
        .iter()
        .find(|(c, _)| c == "E06000030")
        .unwrap()
        .1[0];
    let (sx, sy) = swindon
        .iter()
        .fold((0.0, 0.0), |(x, y), p| (x + p.0, y + p.1));
    let n = swindon.len() as f64;
    assert_eq!(layout.hit(sx / n, sy / n), Some("E06000030"));
    assert_eq!(layout.hit(1.0, 1.0), None);
    assert!(highest.value.is_some());
}
