//! The line chart's tooltip and key, from the real population chart drawn natively.

mod common;

use outcomes_explorer::chart::focus::PointRef;
use outcomes_explorer::chart::indicator_view::indicator_view;
use outcomes_explorer::chart::tooltip::{legend_entries, point_under, tip_at};
use outcomes_explorer::chart::trend::TrendRequest;
use outcomes_explorer::chart::Scale;
use outcomes_explorer::model::display::DisplayMode;

#[test]
fn the_tooltip_reads_the_point_under_the_pointer_and_sits_beside_it() {
    let (data, areas) = (common::theme("population"), common::areas());
    let request = TrendRequest {
        indicator: "population-total",
        areas: &["E06000030", "E06000054"],
        mode: DisplayMode::Absolute,
    };
    let view = indicator_view(&data, &areas, request).expect("a view");
    let (_, layout) = common::render(&view.spec, (900, 400), Scale::ONE);
    let first = layout.points[0];
    // At 2 device pixels per CSS pixel, the point is at half its drawn position.
    let at = point_under(&layout, 2.0, (first.x / 2.0, first.y / 2.0)).expect("a point");
    assert_eq!(
        at,
        PointRef {
            line: first.line,
            index: first.index
        }
    );
    assert_eq!(
        point_under(&layout, 1.0, (0.0, 0.0)),
        None,
        "outside the plot"
    );
    let tip = tip_at(&view.spec, &layout, 2.0, &view.sources, at).expect("a tooltip");
    assert!(
        tip.title.starts_with("Swindon, 2000 (actual"),
        "{}",
        tip.title
    );
    assert!(
        tip.source.starts_with("Office for National Statistics"),
        "{}",
        tip.source
    );
    assert_eq!(
        (tip.x, tip.y, tip.flip),
        (first.x / 2.0, first.y / 2.0, false)
    );
    let last = *layout.points.last().expect("points");
    let far = PointRef {
        line: last.line,
        index: last.index,
    };
    assert!(
        tip_at(&view.spec, &layout, 1.0, &view.sources, far)
            .expect("a tooltip")
            .flip
    );
}

#[test]
fn the_key_has_one_entry_per_locality_with_its_colour_and_marker() {
    let (data, areas) = (common::theme("population"), common::areas());
    let request = TrendRequest {
        indicator: "population-total",
        areas: &["E06000022", "E06000030"],
        mode: DisplayMode::Absolute,
    };
    let view = indicator_view(&data, &areas, request).expect("a view");
    assert!(view.spec.lines.len() > 2, "estimates and projections");
    let entries = legend_entries(&view.spec);
    let labels: Vec<&str> = entries.iter().map(|e| e.label.as_str()).collect();
    assert_eq!(labels, ["B&NES", "Swindon"]);
    assert!(entries
        .iter()
        .all(|e| e.colour.starts_with('#') && !e.symbol.is_empty()));
    assert_ne!(entries[0].symbol, entries[1].symbol);
}
