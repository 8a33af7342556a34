//! The A&E chart from the real bundled data: monthly ticks and the 95% standard.

mod common;

use common::{render, save};
use outcomes_explorer::chart::trend::trend_spec;
use outcomes_explorer::chart::{ReferenceLine, Scale};

#[test]
fn monthly_axis_is_labelled_by_year_and_the_standard_sits_at_95() {
    let (data, areas) = (common::theme("performance"), common::areas());
    let mut spec =
        trend_spec(&data, &areas, "ae-4hr", &["E54000040", "RD1", "RN3", "RNZ"]).unwrap();
    spec.references = vec![ReferenceLine {
        value: 95.0,
        label: "95% national standard".into(),
    }];
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
