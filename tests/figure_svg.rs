//! The downloadable figure: title, unit, chart, sources and credit all drawn in, at the stated
//! size; and the chart's CSV has one row per plotted point with unit and source.

mod common;

use common::save;
use outcomes_explorer::chart::export::{chart_csv, CHART_CSV_HEADER};
use outcomes_explorer::chart::figure::{draw_figure, FigureText, FIGURE_SIZE};
use outcomes_explorer::chart::svg_writer::SvgWriter;
use outcomes_explorer::chart::trend::{trend_spec, TrendRequest};
use outcomes_explorer::chart::{LineChartSpec, Scale};
use outcomes_explorer::model::display::DisplayMode;
use outcomes_explorer::model::Theme;
use plotters::prelude::*;

#[test]
fn the_figure_carries_its_title_source_and_date_and_the_csv_its_points() {
    let (areas, data) = (common::areas(), common::theme("population"));
    let spec = trend_spec(
        &data,
        &areas,
        TrendRequest {
            indicator: "population-total",
            areas: &["E06000030", "E92000001"],
            mode: DisplayMode::Index,
        },
    )
    .unwrap();
    let source = data.source("ons-mye").unwrap().citation();
    let text = FigureText {
        title: "Total population".into(),
        unit: spec.unit_label.clone(),
        sources: vec![source.clone()],
        credit: "Downloaded 25 November 2026 from the Population & Outcomes Explorer.".into(),
    };
    let mut svg = String::new();
    let footer_lines = {
        let root = SVGBackend::with_string(&mut svg, FIGURE_SIZE).into_drawing_area();
        let n = draw_figure(&root, &spec, &text, Scale::ONE).unwrap();
        root.present().unwrap();
        n
    };
    save("figure.svg", &svg);
    assert!(svg.contains(r#"width="960" height="600""#), "figure size");
    assert!(svg.contains("\nTotal population\n"), "title drawn");
    assert!(
        svg.contains("Source: Office for National Statistics"),
        "source drawn"
    );
    assert!(svg.contains("Downloaded 25 November 2026"), "date drawn");
    assert!((2..=5).contains(&footer_lines), "{footer_lines}");
    assert!(
        svg.contains("stroke-dasharray") || svg.contains("<polyline"),
        "chart drawn"
    );

    let csv = chart_csv(&spec, "Total population", &data.sources);
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows[0], CHART_CSV_HEADER);
    let points: usize = spec.lines.iter().map(|l| l.points.len()).sum();
    assert_eq!(rows.len() - 1, points);
    // Index mode: the first estimate is 100 for both localities, with the unit saying so.
    let first = rows
        .iter()
        .find(|r| r.contains(",Swindon,2000,"))
        .expect("Swindon 2000, the base year");
    assert!(first.contains(",100,"), "{first}");
    assert!(first.contains(&spec.unit_label), "{first}");
    assert!(
        csv.contains("Licence: Open Government Licence v3.0."),
        "sources cited"
    );
}

/// Every source of every bundled theme fits in the figure whole, licence included: no source
/// line is cut short. Text is measured here with plotters' estimate, which is wider than the
/// browser's sans-serif, so what fits here fits in the page's downloads too.
#[test]
fn every_bundled_source_is_drawn_whole_in_the_figure() {
    let spec = population_spec();
    for theme in Theme::ALL.iter().filter(|t| t.is_bundled()).map(|t| t.id()) {
        for source in &common::theme(theme).sources {
            let citation = source.citation();
            let text = FigureText {
                title: "Total population".into(),
                unit: spec.unit_label.clone(),
                sources: vec![citation.clone()],
                credit: "Downloaded 25 November 2026 from the Population & Outcomes Explorer."
                    .into(),
            };
            let mut svg = String::new();
            {
                let root = SvgWriter::new(&mut svg, FIGURE_SIZE).into_drawing_area();
                draw_figure(&root, &spec, &text, Scale::ONE).unwrap();
                root.present().unwrap();
            }
            assert!(
                !svg.contains("…</text>"),
                "{theme}: {citation} is cut short"
            );
            assert!(citation.contains("Licence: "), "{citation}");
            // The drawn lines, put back together, say the whole citation.
            let drawn: Vec<String> = svg
                .split("</text>")
                .filter_map(|t| t.rsplit_once('>').map(|(_, words)| unescape(words)))
                .collect();
            assert!(
                drawn.join(" ").contains(&format!("Source: {citation}")),
                "{theme}: {citation} not drawn whole in {drawn:?}"
            );
        }
    }
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// Draws a figure with the explorer's SVG writer, counting how often text is measured.
fn draw_hostile(spec: &LineChartSpec, text: &FigureText) -> (String, usize) {
    let mut svg = String::new();
    let drawn = {
        let root = SvgWriter::new(&mut svg, FIGURE_SIZE).into_drawing_area();
        let n = draw_figure(&root, spec, text, Scale::ONE).expect("the figure is made");
        root.present().unwrap();
        n
    };
    (svg, drawn)
}

fn population_spec() -> LineChartSpec {
    let areas = common::areas();
    let population = common::theme("population");
    trend_spec(
        &population,
        &areas,
        TrendRequest {
            indicator: "population-total",
            areas: &["E06000030"],
            mode: DisplayMode::Absolute,
        },
    )
    .unwrap()
}

#[test]
fn thirty_sources_leave_the_chart_its_room_and_are_counted() {
    let spec = population_spec();
    let text = FigureText {
        title: "Total population".into(),
        unit: spec.unit_label.clone(),
        sources: (1..=30)
            .map(|i| format!("Publisher {i}, A long title of a statistical release number {i} (Table {i}), published 2026. Licence: Open Government Licence v3.0."))
            .collect(),
        credit: "Downloaded 7 December 2026.".into(),
    };
    let (svg, lines) = draw_hostile(&spec, &text);
    // 600 px high: a third for sources is 11 lines of 17 px, less the credit and the count.
    assert!(lines <= 11, "{lines} footer lines");
    assert!(svg.contains("more sources, listed on the page and in the CSV download."));
    assert!(svg.contains("Source: Publisher 1,"));
}

#[test]
fn a_100000_character_title_is_shortened_quickly() {
    let spec = population_spec();
    let text = FigureText {
        title: "W".repeat(100_000),
        unit: spec.unit_label.clone(),
        sources: vec![format!("Publisher, {}", "x".repeat(100_000))],
        credit: "Downloaded 7 December 2026.".into(),
    };
    let (svg, _) = draw_hostile(&spec, &text);
    let titles: Vec<&str> = svg
        .split("</text>")
        .filter_map(|t| t.rsplit_once('>').map(|(_, words)| words))
        .filter(|w| w.starts_with("WWW"))
        .collect();
    assert_eq!(titles.len(), 1, "one line, shortened");
    assert!(titles[0].ends_with('…') && titles[0].len() < 1_000);
    assert!(svg.len() < 200_000, "{} bytes", svg.len());
}

#[test]
fn values_wider_than_f64_can_span_say_so_instead_of_panicking() {
    let mut spec = population_spec();
    spec.lines[0].points = vec![(2020.5, -1e308), (2021.5, 1e308)];
    let text = FigureText {
        title: "Hostile".into(),
        unit: "people".into(),
        sources: vec![],
        credit: String::new(),
    };
    let (svg, _) = draw_hostile(&spec, &text);
    assert!(svg.contains(outcomes_explorer::chart::line_chart::TOO_WIDE));
}
