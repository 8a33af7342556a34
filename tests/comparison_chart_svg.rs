//! The comparison bars from the real bundled data: bars start at zero, intervals surround the
//! values, England's line sits at England's value, and every bar says how it compares.

mod common;

use common::save;
use outcomes_explorer::chart::bar_chart::draw_bar_chart;
use outcomes_explorer::chart::comparison::{
    compared_values, comparison_rows, comparison_spec, periods,
};
use outcomes_explorer::chart::Scale;
use outcomes_explorer::model::compare::Comparison;
use outcomes_explorer::model::Period;
use plotters::prelude::*;

const PLACES: [&str; 3] = ["E06000022", "E06000030", "E06000054"];

#[test]
fn healthy_life_expectancy_bars_compare_with_england() {
    let (data, areas) = (common::theme("health-inequalities"), common::areas());
    let latest = periods(&data, "hle-female", &PLACES).unwrap()[0];
    assert_eq!(
        latest,
        Period::Pooled {
            start: 2022,
            end: 2024
        }
    );
    let spec = comparison_spec(&data, &areas, "hle-female", &PLACES, latest);
    assert_eq!(spec.bars.len(), 3);
    let (england, england_label) = spec.benchmark.clone().unwrap();
    assert!(england_label.starts_with("England "));

    let mut svg = String::new();
    let layout = {
        let root = SVGBackend::with_string(&mut svg, (800, 300)).into_drawing_area();
        let layout = draw_bar_chart(&root, &spec, Scale::ONE).unwrap();
        root.present().unwrap();
        layout
    };
    save("hle-female-bars.svg", &svg);
    for (bar, placed) in spec.bars.iter().zip(&layout.bars) {
        // Bars start at zero.
        assert_eq!(placed.x0, layout.x.map(0.0));
        assert!((placed.x1 - layout.x.map(bar.value)).abs() < 1e-9);
        // The interval surrounds the value.
        let (lo, hi) = placed.whisker.unwrap();
        assert!(lo <= placed.x1 && placed.x1 <= hi);
        assert!(svg.contains(&bar.text), "{} not drawn", bar.text);
        assert!(layout
            .plot
            .contains(placed.x1, (placed.y0 + placed.y1) / 2.0));
    }
    assert!((layout.benchmark_x.unwrap() - layout.x.map(england)).abs() < 1e-9);
    assert_eq!(layout.ticks.first().unwrap().0, 0.0);
}

#[test]
fn the_comparison_follows_the_interval_test_on_real_figures() {
    let data = common::theme("health-inequalities");
    let period = Period::Pooled {
        start: 2022,
        end: 2024,
    };
    let (values, england) = compared_values(&data, "hle-female", &PLACES, period);
    let england = england.unwrap();
    for v in values {
        let (lo, hi) = v.interval.unwrap();
        let expected = if (lo..=hi).contains(&england) {
            Comparison::Similar
        } else if v.value > england {
            Comparison::Better
        } else {
            Comparison::Worse
        };
        assert_eq!(v.comparison, expected, "{}", v.area);
    }
}

#[test]
fn figures_without_intervals_are_not_compared() {
    let data = common::theme("health-inequalities");
    let period = Period::Year(2019);
    let (values, _) = compared_values(&data, "imd-average-score", &PLACES, period);
    assert_eq!(values.len(), 3);
    assert!(values
        .iter()
        .all(|v| v.comparison == Comparison::NotCompared));
}

#[test]
fn counts_are_not_compared_with_england() {
    let (data, areas) = (common::theme("population"), common::areas());
    let spec = comparison_spec(
        &data,
        &areas,
        "population-total",
        &PLACES,
        Period::Year(2023),
    );
    assert!(spec.bars.is_empty());
    let spec = comparison_spec(
        &data,
        &areas,
        "share-aged-65-plus",
        &PLACES,
        Period::Year(2023),
    );
    // Shares have no confidence intervals: nothing is compared, so no bars.
    assert!(spec.bars.is_empty());
}

/// Bars only when something is compared; otherwise one line says why.
#[test]
fn when_nothing_is_compared_one_line_says_why() {
    use outcomes_explorer::chart::comparison::comparison_note;
    let areas = common::areas();
    let performance = common::theme("performance");
    let july = Period::Month {
        year: 2025,
        month: 7,
    };
    let note = comparison_note(&performance, "ae-4hr", &["E54000040", "RD1"], Some(july)).unwrap();
    assert!(note.contains("without confidence intervals"), "{note}");
    let spec = comparison_spec(&performance, &areas, "ae-4hr", &["E54000040", "RD1"], july);
    assert!(spec.bars.is_empty());
    let population = common::theme("population");
    let note = comparison_note(&population, "population-total", &["E06000030"], None).unwrap();
    assert!(note.contains("counts or sums of money"), "{note}");
    let health = common::theme("health-inequalities");
    let period = Some(Period::Pooled {
        start: 2021,
        end: 2023,
    });
    assert_eq!(
        comparison_note(&health, "life-expectancy-female", &["E06000030"], period),
        None
    );
}

#[test]
fn the_comparison_table_says_each_value_its_interval_and_verdict_in_words() {
    let (data, areas) = (common::theme("health-inequalities"), common::areas());
    let latest = periods(&data, "hle-female", &PLACES).unwrap()[0];
    let rows = comparison_rows(&data, &areas, "hle-female", &PLACES, latest);
    let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["B&NES", "Swindon", "Wiltshire"]);
    for r in &rows {
        // "64.2 years to 67.0 years": both ends formatted like the value.
        let (lo, hi) = r.interval.split_once(" to ").expect("an interval");
        assert!(
            lo.ends_with(" years") && hi.ends_with(" years") && r.value.ends_with(" years"),
            "{r:?}"
        );
        assert!(!r.comparison.is_empty());
    }
    assert!(comparison_rows(&data, &areas, "nope", &PLACES, latest).is_empty());
}
