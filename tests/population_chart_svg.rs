//! Draws the population chart from the real bundled data to SVG and checks its geometry.

mod common;

use common::{render, save};
use outcomes_explorer::chart::trend::{trend_spec, TrendRequest};
use outcomes_explorer::chart::Scale;
use outcomes_explorer::model::display::DisplayMode;
use outcomes_explorer::model::{AreaFile, ThemeData};

fn load() -> (ThemeData, AreaFile) {
    (common::theme("population"), common::areas())
}

#[test]
fn every_point_is_inside_the_plot_area() {
    let (theme, areas) = load();
    let codes = ["E54000040", "E06000022", "E06000030", "E06000054"];
    let spec = trend_spec(
        &theme,
        &areas,
        TrendRequest {
            indicator: "population-total",
            areas: &codes,
            mode: DisplayMode::Absolute,
        },
    )
    .unwrap();
    let (svg, layout) = render(&spec, (800, 450), Scale::ONE);
    save("population-bsw.svg", &svg);
    // 4 areas × (24 estimates, 2000 to 2023, + 24 projections, 2024 to 2047 (2022-based)).
    assert_eq!(layout.points.len(), 4 * 48);
    for p in &layout.points {
        assert!(
            layout.plot.contains(p.x, p.y),
            "{p:?} outside {:?}",
            layout.plot
        );
    }
}

#[test]
fn projections_are_dashed_and_estimates_solid() {
    let (theme, areas) = load();
    let spec = trend_spec(
        &theme,
        &areas,
        TrendRequest {
            indicator: "population-total",
            areas: &["E06000030"],
            mode: DisplayMode::Absolute,
        },
    )
    .unwrap();
    assert_eq!(spec.lines.len(), 2);
    assert!(!spec.lines[0].dashed && spec.lines[1].dashed);
    assert_eq!(spec.markers.len(), 1);
    assert_eq!(spec.markers[0].x, 2024.0);
    let (svg, _) = render(&spec, (800, 450), Scale::ONE);
    // The solid estimate line is one long polyline; the dashed projection is many short ones.
    let colour = "stroke=\"#801650\"";
    let of_line: Vec<usize> = svg
        .lines()
        .filter(|l| l.starts_with("<polyline") && l.contains(colour))
        .map(|l| l.matches(',').count())
        .collect();
    assert!(
        of_line.contains(&24),
        "one solid polyline of 24 estimates: {of_line:?}"
    );
    let dashes = of_line.iter().filter(|&&n| n <= 4).count();
    assert!(dashes > 10, "expected many dash segments, found {dashes}");
}

#[test]
fn axes_carry_round_en_gb_ticks_and_year_labels() {
    let (theme, areas) = load();
    let spec = trend_spec(
        &theme,
        &areas,
        TrendRequest {
            indicator: "population-total",
            areas: &["E06000022"],
            mode: DisplayMode::Absolute,
        },
    )
    .unwrap();
    let (svg, layout) = render(&spec, (800, 450), Scale::ONE);
    let labels: Vec<&str> = layout.y_ticks.iter().map(|t| t.1.as_str()).collect();
    assert!(labels.contains(&"200,000"), "{labels:?}");
    for (_, label) in &layout.y_ticks {
        assert!(svg.contains(&format!("\n{label}\n")), "{label} not drawn");
    }
    let years: Vec<&str> = layout.x_ticks.iter().map(|t| t.1.as_str()).collect();
    assert!(
        years.contains(&"2010") && years.contains(&"2040"),
        "{years:?}"
    );
    // The tick ranges cover the data.
    let first = layout.y_ticks.first().unwrap().0;
    let last = layout.y_ticks.last().unwrap().0;
    assert!(first <= 168_489.0 && last >= 214_000.0);
    assert!(svg.contains("Projections →"));
}

#[test]
fn end_labels_never_overlap_and_stay_in_the_plot() {
    let (theme, areas) = load();
    let codes = [
        "E54000040",
        "E06000022",
        "E06000030",
        "E06000054",
        "E92000001",
    ];
    let spec = trend_spec(
        &theme,
        &areas,
        TrendRequest {
            indicator: "share-aged-65-plus",
            areas: &codes,
            mode: DisplayMode::Absolute,
        },
    )
    .unwrap();
    let (svg, layout) = render(&spec, (390, 300), Scale::ONE);
    save("share-65-phone.svg", &svg);
    let mut ys: Vec<f64> = layout.end_labels.iter().map(|l| l.2).collect();
    assert_eq!(ys.len(), 5);
    ys.sort_by(f64::total_cmp);
    for pair in ys.windows(2) {
        assert!(pair[1] - pair[0] >= 13.0, "labels overlap: {ys:?}");
    }
    // At phone width the time axis thins its labels so they do not collide.
    let xs: Vec<f64> = layout.x_ticks.iter().map(|t| layout.x.map(t.0)).collect();
    for pair in xs.windows(2) {
        assert!(pair[1] - pair[0] >= 30.0, "year labels collide: {xs:?}");
    }
}

#[test]
fn high_dpi_drawing_scales_text_and_layout() {
    let (theme, areas) = load();
    let spec = trend_spec(
        &theme,
        &areas,
        TrendRequest {
            indicator: "population-total",
            areas: &["E06000054"],
            mode: DisplayMode::Absolute,
        },
    )
    .unwrap();
    let (_, one) = render(&spec, (800, 450), Scale::ONE);
    let (_, two) = render(
        &spec,
        (1600, 900),
        Scale {
            pixel_ratio: 2.0,
            ..Scale::ONE
        },
    );
    assert!((two.plot.left - 2.0 * one.plot.left).abs() <= 2.0);
    assert!((two.plot.bottom - 2.0 * one.plot.bottom).abs() <= 2.0);
    assert_eq!(one.x_ticks, two.x_ticks);
}

#[test]
fn no_data_draws_a_message_not_a_blank() {
    let (theme, areas) = load();
    let spec = trend_spec(
        &theme,
        &areas,
        TrendRequest {
            indicator: "population-total",
            areas: &["E99999999"],
            mode: DisplayMode::Absolute,
        },
    )
    .unwrap();
    let (svg, layout) = render(&spec, (400, 300), Scale::ONE);
    assert!(layout.points.is_empty());
    assert!(svg.contains("No data for this choice"));
}

#[test]
fn no_break_marker_without_estimates_to_break_from() {
    let data = common::theme("finance-workforce");
    let request = TrendRequest {
        indicator: "funding-gap-do-nothing",
        areas: &["E54000040"],
        mode: DisplayMode::Absolute,
    };
    let spec = trend_spec(&data, &common::areas(), request).unwrap();
    assert_eq!(spec.lines.len(), 1);
    assert!(spec.lines[0].dashed);
    assert!(spec.markers.is_empty());
}

#[test]
fn index_mode_starts_every_line_at_100_and_says_so() {
    let (theme, areas) = load();
    let request = TrendRequest {
        indicator: "population-total",
        areas: &["E06000030", "E92000001"],
        mode: DisplayMode::Index,
    };
    let spec = trend_spec(&theme, &areas, request).unwrap();
    assert_eq!(spec.unit_label, "index, 2000 = 100");
    for line in spec.lines.iter().filter(|l| !l.dashed) {
        assert_eq!(line.points[0].1, 100.0);
        assert_eq!(line.period_labels[0], "2000");
    }
    let (svg, _) = render(&spec, (800, 450), Scale::ONE);
    assert!(svg.contains("index, 2000 = 100"));
    assert_eq!(spec.format_value(113.66), "113.7");
}

#[test]
fn change_mode_formats_signed_percentages() {
    let (theme, areas) = load();
    let request = TrendRequest {
        indicator: "population-total",
        areas: &["E06000030"],
        mode: DisplayMode::PercentChange,
    };
    let spec = trend_spec(&theme, &areas, request).unwrap();
    assert_eq!(spec.unit_label, "% change since 2000");
    assert_eq!(spec.format_value(13.71), "+13.7%");
    assert_eq!(spec.lines[0].points[0].1, 0.0);
}

#[test]
fn long_end_labels_are_shortened_to_fit_a_phone() {
    let (theme, areas) = load();
    let request = TrendRequest {
        indicator: "population-total",
        areas: &["E06000022"],
        mode: DisplayMode::Absolute,
    };
    let mut spec = trend_spec(&theme, &areas, request).unwrap();
    spec.lines[0].label = "A very long locality name indeed".into();
    spec.lines[1].label = spec.lines[0].label.clone();
    let (_, layout) = render(&spec, (360, 300), Scale::ONE);
    let label = &layout.end_labels[0].1;
    assert!(label.ends_with('…'), "{label}");
    assert!(label.len() < "A very long locality name indeed".len());
}

/// The smallest font size in an SVG, in pixels.
fn smallest_font(svg: &str) -> f64 {
    svg.split("font-size=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next()?.parse::<f64>().ok())
        .fold(f64::INFINITY, f64::min)
}

#[test]
fn a_projected_chart_has_text_of_at_least_14_px_and_a_laptop_chart_keeps_13() {
    let (theme, areas) = load();
    let spec = trend_spec(
        &theme,
        &areas,
        TrendRequest {
            indicator: "population-total",
            areas: &["E06000030"],
            mode: DisplayMode::Absolute,
        },
    )
    .unwrap();
    // The chart's width on a 1920×1080 projector (the page beside the locality list).
    let projector = common::render_with_writer(&spec, (1500, 500), Scale::for_width(1.0, 1500.0));
    assert!(
        smallest_font(&projector) >= 14.0,
        "{}",
        smallest_font(&projector)
    );
    let laptop = common::render_with_writer(&spec, (900, 450), Scale::for_width(1.0, 900.0));
    assert_eq!(smallest_font(&laptop), 13.0);
}
