//! The whole path a user's file takes, not only the parser: import → merge into the session →
//! trend spec in every display mode → drawing to SVG, and the downloadable figure. No input may
//! panic, and every SVG written must be well-formed text (closed once, no character XML
//! forbids).
#![no_main]

use libfuzzer_sys::fuzz_target;
use outcomes_explorer::chart::figure::{draw_figure, FigureText, FIGURE_SIZE};
use outcomes_explorer::chart::svg_writer::SvgWriter;
use outcomes_explorer::chart::trend::{trend_spec, TrendRequest};
use outcomes_explorer::chart::{draw_line_chart, Scale};
use outcomes_explorer::model::display::DisplayMode;
use outcomes_explorer::model::import::session::ImportSession;
use outcomes_explorer::model::parse_areas;
use plotters::prelude::IntoDrawingArea;

const AREAS: &str = include_str!("../../data/areas.json");

fn well_formed(svg: &str) {
    assert!(svg.ends_with("</svg>\n"), "not closed");
    assert_eq!(svg.matches("</svg>").count(), 1);
    assert!(!svg
        .chars()
        .any(|c| (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{fffe}' || c == '\u{ffff}'));
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let areas = parse_areas("data/areas.json", AREAS).expect("bundled areas are valid");
    let mut session = ImportSession::new(areas);
    let reply = session.open("fuzz.csv", text);
    let Some((theme, areas)) = reply.so_far else {
        return;
    };
    for ind in theme.indicators.iter().take(3) {
        let codes: Vec<&str> = theme.areas_with(&ind.id).into_iter().take(4).collect();
        for mode in [DisplayMode::Absolute, DisplayMode::Index, DisplayMode::PercentChange] {
            let request = TrendRequest { indicator: &ind.id, areas: &codes, mode };
            let Ok(spec) = trend_spec(&theme, &areas, request) else {
                continue;
            };
            let mut svg = String::new();
            {
                let root = SvgWriter::new(&mut svg, (640, 360)).into_drawing_area();
                draw_line_chart(&root, &spec, Scale::ONE).expect("drawn");
                root.present().expect("presented");
            }
            well_formed(&svg);
            let figure = FigureText {
                title: ind.title.clone(),
                unit: spec.unit_label.clone(),
                sources: theme.sources.iter().map(|s| s.citation()).collect(),
                credit: "Downloaded from the Population & Outcomes Explorer.".into(),
            };
            let mut svg = String::new();
            {
                let root = SvgWriter::new(&mut svg, FIGURE_SIZE).into_drawing_area();
                draw_figure(&root, &spec, &figure, Scale::ONE).expect("drawn");
                root.present().expect("presented");
            }
            well_formed(&svg);
        }
    }
});
