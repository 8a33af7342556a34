//! A population pyramid that sets two profiles back to back: people by five-year age band, the
//! youngest at the bottom, the latest estimate on the left and a projected year on the right, on
//! one scale. Each side has its heading, so colour is never the only cue; the figures are in a
//! table beside the chart.

use crate::chart::labels::labelled_ticks;
use crate::chart::palette::{AXIS, BACKGROUND, GRID, PALETTE, TEXT, TEXT_SECONDARY};
use crate::chart::scale::LinearScale;
use crate::chart::shapes::{text_size, DrawResult, Scale};
use crate::chart::PlotRect;
use crate::model::age_profile::{latest_estimate, projection, AgeProfile, BANDS};
use crate::model::{AreaFile, ThemeData};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// One side of the pyramid.
#[derive(Debug, Clone, PartialEq)]
pub struct PyramidSide {
    /// Heading, e.g. `Mid-2023 (estimate)`.
    pub title: String,
    /// People in each band, youngest first.
    pub people: Vec<f64>,
    /// Fill colour.
    pub colour: RGBColor,
}

/// Everything the pyramid shows.
#[derive(Debug, Clone, PartialEq)]
pub struct PyramidSpec {
    /// Band labels, youngest first.
    pub bands: Vec<String>,
    /// The latest estimate.
    pub left: PyramidSide,
    /// The projected year.
    pub right: PyramidSide,
}

/// Where the bars were drawn: (left side?, band index, x0, x1, y0, y1) in device pixels.
pub type PlacedBand = (bool, usize, f64, f64, f64, f64);

/// What was drawn where.
#[derive(Debug, Clone, PartialEq)]
pub struct PyramidLayout {
    /// The left and right plot areas.
    pub plots: (PlotRect, PlotRect),
    /// Every bar drawn.
    pub bars: Vec<PlacedBand>,
    /// Value labels: their centre and half their width, in device pixels.
    pub ticks: Vec<(f64, f64)>,
}

fn side(profile: &AgeProfile, what: &str, colour: RGBColor) -> PyramidSide {
    PyramidSide {
        title: format!("Mid-{} ({what})", profile.year),
        people: profile.people.clone(),
        colour,
    }
}

/// The pyramid of `area`: its latest estimate beside its projection for `year`.
pub fn pyramid_spec(data: &ThemeData, area: &str, year: i32) -> Option<PyramidSpec> {
    let estimate = latest_estimate(data, area)?;
    let projected = projection(data, area, year).filter(|p| p.year > estimate.year)?;
    Some(PyramidSpec {
        bands: BANDS.iter().map(|(_, label)| (*label).to_owned()).collect(),
        left: side(&estimate, "estimate", PALETTE[0]),
        right: side(&projected, "projection", PALETTE[1]),
    })
}

/// A sentence for screen readers and the chart's label.
pub fn pyramid_label(spec: &PyramidSpec, areas: &AreaFile, area: &str) -> String {
    format!(
        "Population pyramid of {}: people by five-year age band, {} on the left and {} on the right; the figures are in the table beside it.",
        areas.short_name(area),
        spec.left.title,
        spec.right.title
    )
}

/// The pyramid's figures as table rows: band, the estimate, the projection and the change, as
/// people read them (`12,345`, `+1,234`).
pub fn pyramid_rows(spec: &PyramidSpec) -> Vec<[String; 4]> {
    use crate::model::format::format_number;
    spec.bands
        .iter()
        .enumerate()
        .rev()
        .map(|(i, band)| {
            let a = spec.left.people.get(i).copied().unwrap_or(0.0);
            let b = spec.right.people.get(i).copied().unwrap_or(0.0);
            let change = b - a;
            let sign = if change > 0.0 { "+" } else { "" };
            [
                band.clone(),
                format_number(a, 0),
                format_number(b, 0),
                format!("{sign}{}", format_number(change, 0)),
            ]
        })
        .collect()
}

/// The two plot areas, the value scale of each and the value labels.
struct Frame {
    left: PlotRect,
    right: PlotRect,
    to_left: LinearScale,
    to_right: LinearScale,
    ticks: Vec<(f64, String)>,
    centre: f64,
}

/// Lays out the two sides: band labels in the middle, room at the outer edges for half the
/// widest value label (so that none is cut), one value scale for both sides.
fn frame<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    spec: &PyramidSpec,
    scale: Scale,
) -> DrawResult<Frame, DB> {
    let (w, h) = area.dim_in_pixel();
    let (width, height) = (f64::from(w), f64::from(h));
    let label_font = scale.font(12.0, TEXT, HPos::Center, VPos::Center);
    let tick_font = scale.font(12.0, TEXT_SECONDARY, HPos::Center, VPos::Top);
    let mut label_w = 0.0f64;
    for b in &spec.bands {
        label_w = label_w.max(f64::from(text_size(area, b, &label_font)?.0));
    }
    let text_h = f64::from(text_size(area, "0", &tick_font)?.1);
    let centre = width / 2.0;
    let half_gap = label_w / 2.0 + scale.px(10.0);
    let max = spec
        .left
        .people
        .iter()
        .chain(&spec.right.people)
        .fold(0.0f64, |m, v| m.max(*v));
    let target = (((centre - half_gap) / scale.px(70.0)) as usize).clamp(2, 4);
    let ticks = labelled_ticks(0.0, max.max(1.0), target);
    let mut tick_w = 0.0f64;
    for (_, t) in &ticks {
        tick_w = tick_w.max(f64::from(text_size(area, t, &tick_font)?.0));
    }
    let edge = tick_w / 2.0 + scale.px(4.0);
    let (top, bottom) = (
        text_h * 2.0 + scale.px(14.0),
        height - text_h - scale.px(12.0),
    );
    let left = PlotRect {
        left: edge,
        top,
        right: (centre - half_gap).max(edge + 1.0),
        bottom,
    };
    let right = PlotRect {
        left: centre + half_gap,
        top,
        right: (width - edge).max(centre + half_gap + 1.0),
        bottom,
    };
    let top_value = ticks.last().map_or(max.max(1.0), |t| t.0);
    Ok(Frame {
        to_left: LinearScale::new((0.0, top_value), (left.right, left.left)),
        to_right: LinearScale::new((0.0, top_value), (right.left, right.right)),
        left,
        right,
        ticks,
        centre,
    })
}

/// Draws `spec` filling `area`.
pub fn draw_pyramid<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    spec: &PyramidSpec,
    scale: Scale,
) -> DrawResult<PyramidLayout, DB> {
    area.fill(&BACKGROUND)?;
    let px = |v: f64| v.round() as i32;
    let f = frame(area, spec, scale)?;
    let (top, bottom) = (f.left.top, f.left.bottom);
    let head_font = scale.font(14.0, TEXT, HPos::Center, VPos::Top);
    for (plot, heading) in [(&f.left, &spec.left.title), (&f.right, &spec.right.title)] {
        let cx = (plot.left + plot.right) / 2.0;
        area.draw(&Text::new(
            heading.clone(),
            (px(cx), px(scale.px(4.0))),
            head_font.clone(),
        ))?;
    }
    let tick_font = scale.font(12.0, TEXT_SECONDARY, HPos::Center, VPos::Top);
    let mut ticks = Vec::new();
    for (v, t) in &f.ticks {
        let half = f64::from(text_size(area, t, &tick_font)?.0) / 2.0;
        for x in [f.to_left.map(*v), f.to_right.map(*v)] {
            ticks.push((x, half));
            let grid = GRID.stroke_width(scale.px_u32(1.0));
            area.draw(&PathElement::new(
                vec![(px(x), px(top)), (px(x), px(bottom))],
                grid,
            ))?;
            area.draw(&Text::new(
                t.clone(),
                (px(x), px(bottom + scale.px(4.0))),
                tick_font.clone(),
            ))?;
        }
    }
    let label_font = scale.font(12.0, TEXT, HPos::Center, VPos::Center);
    let row = (bottom - top) / spec.bands.len().max(1) as f64;
    let bar_h = (row * 0.8).max(1.0);
    let mut bars = Vec::new();
    for (i, band) in spec.bands.iter().enumerate() {
        let cy = bottom - row * (i as f64 + 0.5);
        let (y0, y1) = (cy - bar_h / 2.0, cy + bar_h / 2.0);
        area.draw(&Text::new(
            band.clone(),
            (px(f.centre), px(cy)),
            label_font.clone(),
        ))?;
        for (is_left, s, map) in [
            (true, &spec.left, &f.to_left),
            (false, &spec.right, &f.to_right),
        ] {
            let v = s.people.get(i).copied().unwrap_or(0.0).max(0.0);
            let (a, b) = (map.map(0.0), map.map(v));
            let (x0, x1) = (a.min(b), a.max(b));
            area.draw(&Rectangle::new(
                [(px(x0), px(y0)), (px(x1), px(y1))],
                s.colour.filled(),
            ))?;
            bars.push((is_left, i, x0, x1, y0, y1));
        }
    }
    for x in [f.left.right, f.right.left] {
        area.draw(&PathElement::new(
            vec![(px(x), px(top)), (px(x), px(bottom))],
            AXIS.stroke_width(scale.px_u32(1.0)),
        ))?;
    }
    Ok(PyramidLayout {
        plots: (f.left, f.right),
        bars,
        ticks,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Status;
    use plotters::prelude::SVGBackend;

    /// Swindon in 2023 (estimate) and 2043 (projection, 20% larger), every band.
    fn file() -> ThemeData {
        let mut data = crate::model::age_profile::tests::sample();
        let template = data.series[0].clone();
        data.series.clear();
        for (i, (id, _)) in BANDS.iter().enumerate() {
            for (status, year, scale) in [
                (Status::Actual, 2023, 100.0),
                (Status::Projection, 2043, 120.0),
            ] {
                let mut s = template.clone();
                s.indicator = (*id).into();
                s.status = status;
                s.points = vec![crate::model::Point::new(
                    year.to_string(),
                    scale * (20.0 - i as f64),
                )];
                data.series.push(s);
            }
        }
        data
    }

    #[test]
    fn the_estimate_is_on_the_left_and_every_band_is_drawn_inside_its_side() {
        let spec = pyramid_spec(&file(), "E06000030", 2043).unwrap();
        assert_eq!(spec.left.title, "Mid-2023 (estimate)");
        assert_eq!(spec.right.title, "Mid-2043 (projection)");
        assert!(
            pyramid_spec(&file(), "E06000030", 2023).is_none(),
            "not the estimate beside itself"
        );
        let mut svg = String::new();
        let layout = {
            let root = SVGBackend::with_string(&mut svg, (700, 500)).into_drawing_area();
            draw_pyramid(&root, &spec, Scale::ONE).unwrap()
        };
        assert_eq!(layout.bars.len(), 2 * 19);
        for &(x, half) in &layout.ticks {
            assert!(
                x - half >= 0.0 && x + half <= 700.0,
                "value label at {x} is cut"
            );
        }
        let (l, r) = layout.plots;
        for &(is_left, i, x0, x1, y0, y1) in &layout.bars {
            let plot = if is_left { l } else { r };
            assert!(x0 >= plot.left - 0.5 && x1 <= plot.right + 0.5, "band {i}");
            assert!(y0 >= plot.top - 0.5 && y1 <= plot.bottom + 0.5, "band {i}");
        }
        // The youngest band is at the bottom, and the larger projection reaches further out.
        let young = layout.bars.iter().find(|b| b.0 && b.1 == 0).unwrap();
        let old = layout.bars.iter().find(|b| b.0 && b.1 == 18).unwrap();
        assert!(young.4 > old.4);
        let right_young = layout.bars.iter().find(|b| !b.0 && b.1 == 0).unwrap();
        assert!(right_young.3 - right_young.2 > young.3 - young.2);
        assert!(svg.contains("90 and over") && svg.contains("Mid-2043 (projection)"));
        let rows = pyramid_rows(&spec);
        assert_eq!(rows[0], ["90 and over", "200", "240", "+40"]);
        assert_eq!(rows[18][0], "0 to 4");
    }
}
