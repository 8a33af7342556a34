//! The map from the real boundaries and data: every area drawn inside the picture, labelled
//! with its name and value, the darkest fill for the highest value, and clicks found.

mod common;

use common::save;
use outcomes_explorer::chart::choropleth::{has_map, map_spec};
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

#[test]
fn england_map_draws_every_district_labels_the_chosen_and_finds_clicks() {
    use outcomes_explorer::chart::choropleth::england_map_spec;
    use outcomes_explorer::model::england::parse_england;
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/england.json")).unwrap();
    let file = parse_england("data/england.json", &text).unwrap();
    assert_eq!(file.areas.len(), 296, "English districts in 2023");
    let spec = england_map_spec(&file, "share-aged-65-plus", &["E06000030"]).unwrap();
    assert_eq!(
        spec.legend_title,
        "Share of people aged 65 and over (% of residents), 2023"
    );
    let chosen: Vec<(&str, Option<f64>)> = spec
        .areas
        .iter()
        .filter(|a| a.chosen)
        .map(|a| (a.code.as_str(), a.value))
        .collect();
    // Swindon's share matches data/population.json (16.3% in 2023).
    assert_eq!(chosen, [("E06000030", Some(16.3))]);
    assert!(
        spec.areas.iter().all(|a| a.label.is_empty()),
        "no labels to overlap"
    );
    // Not every indicator exists for every district: the map says so rather than guessing.
    let hle = england_map_spec(&file, "hle-female", &[]).unwrap();
    assert!(hle.areas.iter().any(|a| a.value.is_none()));
    let mut hle_svg = String::new();
    {
        let root = SVGBackend::with_string(&mut hle_svg, (520, 640)).into_drawing_area();
        draw_map(&root, &hle, Scale::ONE).unwrap();
        root.present().unwrap();
    }
    assert!(
        hle_svg.contains("No figure published"),
        "the legend explains grey"
    );
    assert!(england_map_spec(&file, "ae-4hr", &[]).is_none());

    let (w, h) = (520, 640);
    let mut svg = String::new();
    let layout = {
        let root = SVGBackend::with_string(&mut svg, (w, h)).into_drawing_area();
        let layout = draw_map(&root, &spec, Scale::ONE).unwrap();
        root.present().unwrap();
        layout
    };
    save("map-england.svg", &svg);
    assert_eq!(layout.areas.len(), 296);
    for (code, rings) in &layout.areas {
        for &(x, y) in rings.iter().flatten() {
            assert!(
                (0.0..=f64::from(w)).contains(&x) && (0.0..=f64::from(h)).contains(&y),
                "{code} point outside"
            );
        }
    }
    assert!(svg.contains("\n5.8% to 34.2%\n"), "legend range");
    // England is taller than wide: the map fills the height, north up (Northumberland above
    // Cornwall).
    let centre = |code: &str| {
        let ring = &layout.areas.iter().find(|(c, _)| c == code).unwrap().1[0];
        let n = ring.len() as f64;
        ring.iter()
            .fold((0.0, 0.0), |(x, y), p| (x + p.0 / n, y + p.1 / n))
    };
    let (north, cornwall) = (centre("E06000057"), centre("E06000052"));
    assert!(north.1 < cornwall.1 && cornwall.0 < north.0);
    assert_eq!(layout.hit(cornwall.0, cornwall.1), Some("E06000052"));
}

/// The page decides whether to keep room for the map before fetching the boundaries: its
/// answer must be the map's own, for every indicator of every theme (performance's trusts have
/// no map; population's places do).
#[test]
fn a_page_knows_without_the_boundaries_whether_there_is_a_map() {
    let areas = common::areas();
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/boundaries.json"))
            .unwrap();
    let boundaries = parse_boundaries("data/boundaries.json", &text, &areas).unwrap();
    let (mut with, mut without) = (0, 0);
    for theme in [
        "population",
        "housing",
        "health-inequalities",
        "performance",
        "finance-workforce",
    ] {
        let data = common::theme(theme);
        for ind in &data.indicators {
            let drawn = map_spec(&data, &areas, &boundaries, &ind.id, &[]).is_some();
            assert_eq!(
                has_map(&data, &areas, &ind.id),
                drawn,
                "{theme}: {}",
                ind.id
            );
            if drawn {
                with += 1
            } else {
                without += 1
            }
        }
    }
    assert!(
        with > 10 && without > 5,
        "{with} with a map, {without} without"
    );
    assert!(!has_map(
        &common::theme("performance"),
        &areas,
        "rtt-18-weeks"
    ));
    assert!(has_map(
        &common::theme("population"),
        &areas,
        "share-aged-65-plus"
    ));
    assert!(!has_map(
        &common::theme("population"),
        &areas,
        "no-such-indicator"
    ));
}
