//! Helpers shared by the native chart tests: the real bundled data, drawn to SVG.
#![allow(dead_code)]

use outcomes_explorer::chart::{draw_line_chart, LineChartLayout, LineChartSpec, Scale};
use outcomes_explorer::model::{parse_areas, parse_theme, AreaFile, ThemeData};
use plotters::prelude::*;

fn read(file: &str) -> String {
    std::fs::read_to_string(format!("{}/{file}", env!("CARGO_MANIFEST_DIR")))
        .expect("bundled data file")
}

/// `data/areas.json`.
pub fn areas() -> AreaFile {
    parse_areas("data/areas.json", &read("data/areas.json")).expect("valid areas")
}

/// `data/<theme>.json`, checked against the areas.
pub fn theme(id: &str) -> ThemeData {
    let file = format!("data/{id}.json");
    parse_theme(&file, &read(&file), &areas()).expect("valid theme")
}

/// Draws a line chart to an SVG string.
pub fn render(spec: &LineChartSpec, size: (u32, u32), scale: Scale) -> (String, LineChartLayout) {
    let mut svg = String::new();
    let layout = {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        let layout = draw_line_chart(&root, spec, scale).expect("drawn");
        root.present().expect("presented");
        layout
    };
    (svg, layout)
}

/// Draws a line chart to an SVG string with the explorer's own SVG writer, which writes text at
/// the size the canvas draws it (plotters' `SVGBackend`, in [`render`], writes it a fifth
/// smaller).
pub fn render_with_writer(spec: &LineChartSpec, size: (u32, u32), scale: Scale) -> String {
    let mut svg = String::new();
    {
        let root = outcomes_explorer::chart::svg_writer::SvgWriter::new(&mut svg, size)
            .into_drawing_area();
        draw_line_chart(&root, spec, scale).expect("drawn");
        root.present().expect("presented");
    }
    svg
}

/// Saves an SVG under `target/test-output/` for a person to look at.
pub fn save(name: &str, svg: &str) {
    let dir = format!("{}/target/test-output", env!("CARGO_MANIFEST_DIR"));
    std::fs::create_dir_all(&dir).expect("output folder");
    std::fs::write(format!("{dir}/{name}"), svg).expect("written");
}
