//! The A&E chart from the real bundled data: monthly ticks and the 95% standard.

mod common;

use common::{render, save};
use outcomes_explorer::chart::trend::{trend_spec, TrendRequest};
use outcomes_explorer::chart::LineChartSpec;
use outcomes_explorer::chart::Scale;
use outcomes_explorer::model::display::DisplayMode;

/// A&E 4-hour performance for BSW and its three acute trusts, from the bundled data.
fn ae_spec() -> LineChartSpec {
    let (data, areas) = (common::theme("performance"), common::areas());
    let request = TrendRequest {
        indicator: "ae-4hr",
        areas: &["E54000040", "RD1", "RN3", "RNZ"],
        mode: DisplayMode::Absolute,
    };
    trend_spec(&data, &areas, request).unwrap()
}

#[test]
fn monthly_axis_is_labelled_by_year_and_the_standard_sits_at_95() {
    let spec = ae_spec();
    // The indicator's standard comes with the spec.
    assert_eq!(spec.references.len(), 1);
    assert_eq!(spec.references[0].value, 95.0);
    assert_eq!(spec.unit_label, "% of attendances");
    let (svg, layout) = render(&spec, (900, 450), Scale::ONE);
    save("ae-4hr.svg", &svg);
    // Ticks at January, labelled with the year alone, far enough apart not to collide.
    assert!(layout.x_ticks.len() >= 4, "{:?}", layout.x_ticks);
    for (x, label) in &layout.x_ticks {
        assert_eq!(label.len(), 4, "{label}");
        assert!(
            (x.fract() - 1.0 / 24.0).abs() < 1e-9,
            "tick at {x} is not mid-January"
        );
    }
    // The reference line is drawn at 95 on the value axis, with its label.
    let y95 = layout.y.map(95.0).round() as i32;
    let line = format!(
        "points=\"{},{y95} {},{y95} \"",
        layout.plot.left, layout.plot.right
    );
    assert!(svg.contains(&line), "no line at y={y95}");
    assert!(svg.contains("95% national standard"));
    // Every point lies inside the plot area.
    for p in &layout.points {
        assert!(layout.plot.contains(p.x, p.y));
    }
}

#[test]
fn a_phone_sized_chart_still_labels_several_years_even_across_the_gap_in_the_data() {
    let spec = ae_spec();
    let (svg, layout) = render(&spec, (335, 300), Scale::ONE);
    save("ae-4hr-phone.svg", &svg);
    let labels: Vec<&str> = layout.x_ticks.iter().map(|(_, l)| l.as_str()).collect();
    assert!(labels.len() >= 3, "{labels:?}");
    // The series has no figures from April 2019 to March 2021; the axis is labelled there too.
    assert!(
        labels.iter().any(|l| *l == "2020" || *l == "2021"),
        "{labels:?}"
    );
}

/// Months with no figures (April 2019 to March 2021; February and March 2025, left out as
/// copies of 2024) are gaps in the line, not straight lines drawn across them.
#[test]
fn the_line_is_not_drawn_across_missing_months() {
    let spec = ae_spec();
    let month = 1.0 / 12.0;
    let mut gaps = 0;
    for line in &spec.lines {
        for (i, pair) in line.points.windows(2).enumerate() {
            let apart = pair[1].0 - pair[0].0;
            let broken = line.breaks.contains(&(i + 1));
            assert_eq!(
                broken,
                apart > month * 1.5,
                "{} at {}",
                line.label,
                pair[0].0
            );
            gaps += usize::from(broken);
        }
    }
    assert!(
        gaps >= 4,
        "the trusts and BSW each have the 2025 gap: {gaps}"
    );
}

/// Waiting times: the February 2024 break in the RTT series is marked on the chart, just before
/// February, and the 92% standard is drawn.
#[test]
fn the_rtt_chart_marks_its_series_break_and_standard() {
    let (data, areas) = (common::theme("performance"), common::areas());
    let request = TrendRequest {
        indicator: "rtt-18-weeks",
        areas: &["E54000040", "RD1", "RN3", "RNZ", "E92000001"],
        mode: DisplayMode::Absolute,
    };
    let spec = trend_spec(&data, &areas, request).unwrap();
    let marker = spec
        .markers
        .iter()
        .find(|m| m.label == "Series break")
        .expect("a marker at the break");
    assert!(
        (marker.x - (2024.0 + 1.0 / 12.0)).abs() < 1e-9,
        "{}",
        marker.x
    );
    assert_eq!(spec.references[0].value, 92.0);
    let (svg, layout) = render(&spec, (900, 450), Scale::ONE);
    save("rtt-18-weeks.svg", &svg);
    assert!(svg.contains("Series break") && svg.contains("92% constitutional standard"));
    // The milestones are marked and labelled as targets, each on its own, not joined up.
    for t in ["65.0% target", "70.0% target", "92.0% target"] {
        assert!(svg.contains(t), "{t}");
    }
    let targets = spec
        .lines
        .iter()
        .find(|l| l.status_label == "target")
        .unwrap();
    assert!(targets.points_only);
    // England's label sits at its last measured figure (about 60%), not at the 92% of 2029.
    let england = layout
        .end_labels
        .iter()
        .find(|l| l.0 == "E92000001")
        .unwrap();
    let at_92 = layout.y.map(92.0);
    assert!((england.2 - at_92).abs() > 20.0, "{england:?}");
}
