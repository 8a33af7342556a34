//! Draws a line chart over time on any plotters backend: a canvas in the browser, SVG in tests.

use crate::chart::label_place::{place_label, LabelRoom};
use crate::chart::labels::{labelled_ticks, spread_apart, tick_step};
use crate::chart::line_spec::{LineChartSpec, LineSpec};
use crate::chart::palette::{AXIS, BACKGROUND, GRID, TEXT, TEXT_SECONDARY};
use crate::chart::scale::LinearScale;
use crate::chart::shapes::{draw_marker, text_size, DrawResult, Scale};
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// The plot area (inside the axes), in device pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlotRect {
    /// Left edge.
    pub left: f64,
    /// Top edge.
    pub top: f64,
    /// Right edge.
    pub right: f64,
    /// Bottom edge.
    pub bottom: f64,
}

impl PlotRect {
    /// Whether a point lies inside (edges included).
    pub fn contains(&self, x: f64, y: f64) -> bool {
        (self.left..=self.right).contains(&x) && (self.top..=self.bottom).contains(&y)
    }
}

/// Where a data point was drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlacedPoint {
    /// Index of the line in the spec.
    pub line: usize,
    /// Index of the point in the line.
    pub index: usize,
    /// Horizontal position in device pixels.
    pub x: f64,
    /// Vertical position in device pixels.
    pub y: f64,
}

/// What was drawn where: for tooltips, keyboard navigation and tests.
#[derive(Debug, Clone, PartialEq)]
pub struct LineChartLayout {
    /// The plot area.
    pub plot: PlotRect,
    /// Time axis scale.
    pub x: LinearScale,
    /// Value axis scale.
    pub y: LinearScale,
    /// Value ticks drawn, with their labels.
    pub y_ticks: Vec<(f64, String)>,
    /// Time ticks drawn, with their labels.
    pub x_ticks: Vec<(f64, String)>,
    /// End labels drawn: (key, label text, centre y in pixels).
    pub end_labels: Vec<(String, String, f64)>,
    /// Every data point.
    pub points: Vec<PlacedPoint>,
}

impl LineChartLayout {
    /// The point nearest to `(x, y)` (device pixels), by horizontal distance first.
    pub fn nearest(&self, x: f64, y: f64) -> Option<PlacedPoint> {
        self.points.iter().copied().min_by(|a, b| {
            let da = ((a.x - x).abs(), (a.y - y).abs());
            let db = ((b.x - x).abs(), (b.y - y).abs());
            da.0.total_cmp(&db.0).then(da.1.total_cmp(&db.1))
        })
    }
}

const FONT: f64 = 13.0;

/// `text`, shortened with "…" until it is at most `room` pixels wide in `style`.
fn fit_text<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    style: &TextStyle<'_>,
    room: f64,
) -> DrawResult<String, DB> {
    if f64::from(text_size(area, text, style)?.0) <= room {
        return Ok(text.to_owned());
    }
    let chars: Vec<char> = text.chars().collect();
    for keep in (1..chars.len()).rev() {
        let candidate: String = chars[..keep]
            .iter()
            .collect::<String>()
            .trim_end()
            .to_owned()
            + "…";
        if f64::from(text_size(area, &candidate, style)?.0) <= room {
            return Ok(candidate);
        }
    }
    Ok("…".to_owned())
}

/// Targets: a marker at each point with its value and the word "target" beside it, on a
/// white ground so that it reads over the lines: above the marker, or below it where a reference
/// line's label is; to the left, or to the right where the left has no room.
fn draw_targets<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    spec: &LineChartSpec,
    line: &LineSpec,
    coords: &[(i32, i32)],
    scale: Scale,
    (plot, reference_ys): (&PlotRect, &[f64]),
) -> DrawResult<(), DB> {
    let r = scale.px(5.0).round() as i32;
    let gap = scale.px(7.0);
    let mut placed: Vec<(f64, f64, f64, f64)> = Vec::new();
    for (&(cx, cy), &(_, v)) in coords.iter().zip(&line.points) {
        draw_marker(area, line.style.marker, (cx, cy), r, line.style.colour)?;
        let text = format!("{} target", spec.format_value(v));
        let probe = scale.font(FONT, TEXT, HPos::Left, VPos::Top);
        let (w, h) = text_size(area, &text, &probe)?;
        let (w, h) = (f64::from(w), f64::from(h));
        let (x, y) = (f64::from(cx), f64::from(cy));
        let above = y - f64::from(r) - h;
        let left = if x - gap - w >= plot.left {
            x - gap - w
        } else {
            x + gap
        };
        // Above the marker, else below it; never over a reference line and its label, or over
        // another target's label. With no room, the marker stays and the tooltip and the table
        // give the value.
        let free = |top: f64| {
            let bottom = top + h;
            let on_reference = reference_ys
                .iter()
                .any(|ry| top < ry + scale.px(2.0) && bottom > ry - h - scale.px(4.0));
            let on_label = placed
                .iter()
                .any(|&(l, t, r, b)| left < r && left + w > l && top < b && bottom > t);
            !on_reference && !on_label
        };
        let candidates = [above - scale.px(2.0), y + f64::from(r) + scale.px(2.0)];
        let Some(top) = candidates.into_iter().find(|t| free(*t)) else {
            continue;
        };
        placed.push((left, top, left + w, top + h));
        let pad = scale.px(2.0);
        area.draw(&Rectangle::new(
            [
                ((left - pad).round() as i32, (top - pad).round() as i32),
                (
                    (left + w + pad).round() as i32,
                    (top + h + pad).round() as i32,
                ),
            ],
            BACKGROUND.filled(),
        ))?;
        area.draw(&Text::new(
            text,
            (left.round() as i32, top.round() as i32),
            probe,
        ))?;
    }
    Ok(())
}

/// The runs of a line between its breaks (the indices that start a new run).
fn runs<'c, T>(coords: &'c [T], breaks: &[usize]) -> Vec<&'c [T]> {
    let mut starts: Vec<usize> = breaks
        .iter()
        .copied()
        .filter(|&b| b > 0 && b < coords.len())
        .collect();
    crate::model::order::sort(&mut starts);
    starts.dedup();
    let mut out = Vec::with_capacity(starts.len() + 1);
    let mut from = 0;
    for start in starts {
        out.push(&coords[from..start]);
        from = start;
    }
    out.push(&coords[from..]);
    out
}

fn value_range(spec: &LineChartSpec) -> Option<(f64, f64)> {
    let values = spec
        .lines
        .iter()
        .flat_map(|l| l.points.iter().map(|p| p.1))
        .chain(spec.references.iter().map(|r| r.value))
        .chain(spec.include_zero.then_some(0.0))
        .filter(|v| v.is_finite());
    values.fold(None, |acc, v| match acc {
        None => Some((v, v)),
        Some((lo, hi)) => Some((lo.min(v), hi.max(v))),
    })
}

fn time_range(spec: &LineChartSpec) -> Option<(f64, f64)> {
    let xs = spec
        .lines
        .iter()
        .flat_map(|l| l.points.iter().map(|p| p.0))
        .filter(|x| x.is_finite());
    xs.fold(None, |acc, x| match acc {
        None => Some((x, x)),
        Some((lo, hi)) => Some((lo.min(x), hi.max(x))),
    })
}

/// What a chart says when its values span more than a chart can show (more than `f64` holds).
pub const TOO_WIDE: &str =
    "These values range too widely to draw as a chart; the table shows them.";

/// Draws `message` in the middle of `area`, for a chart that cannot be drawn, and returns an
/// empty layout.
fn draw_message<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    message: &str,
    scale: Scale,
) -> DrawResult<LineChartLayout, DB> {
    let (width, height) = area.dim_in_pixel();
    let (width, height) = (f64::from(width), f64::from(height));
    let style = scale.font(FONT + 2.0, TEXT_SECONDARY, HPos::Center, VPos::Center);
    area.draw(&Text::new(
        message.to_owned(),
        ((width / 2.0) as i32, (height / 2.0) as i32),
        style,
    ))?;
    Ok(LineChartLayout {
        plot: PlotRect {
            left: 0.0,
            top: 0.0,
            right: width,
            bottom: height,
        },
        x: LinearScale::new((0.0, 1.0), (0.0, width)),
        y: LinearScale::new((0.0, 1.0), (height, 0.0)),
        y_ticks: vec![],
        x_ticks: vec![],
        end_labels: vec![],
        points: vec![],
    })
}

/// A position in device pixels, rounded to a whole pixel.
fn px(v: f64) -> i32 {
    v.round() as i32
}

/// What the stages of drawing one line chart share: the spec, the sizes measured, the plot area
/// and its scales.
struct Frame<'s> {
    spec: &'s LineChartSpec,
    scale: Scale,
    /// Width of the drawing.
    width: f64,
    /// Height of a line of text.
    text_h: f64,
    /// First and last time of the data.
    times: (f64, f64),
    plot: PlotRect,
    x: LinearScale,
    y: LinearScale,
    /// Value ticks, with their labels.
    y_ticks: Vec<(f64, String)>,
    /// One (key, label) per key of the lines, in the lines' order.
    keys: Vec<(&'s str, &'s str)>,
}

/// One (key, label) per key of `spec`'s lines, in the order the lines first give them.
fn line_keys(spec: &LineChartSpec) -> Vec<(&str, &str)> {
    let mut keys: Vec<(&str, &str)> = Vec::new();
    for line in &spec.lines {
        if !keys.iter().any(|(k, _)| *k == line.key) {
            keys.push((&line.key, &line.label));
        }
    }
    keys
}

/// Measures the value labels (the left margin) and the end labels (the right margin, at most a
/// third of the width) and sets out the plot area and scales for values `v` and times `t`.
fn frame<'s, DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    spec: &'s LineChartSpec,
    scale: Scale,
    (v_min, v_max): (f64, f64),
    (t_min, t_max): (f64, f64),
) -> DrawResult<Frame<'s>, DB> {
    let (width, height) = area.dim_in_pixel();
    let (width, height) = (f64::from(width), f64::from(height));
    let tick_font = scale.font(FONT, TEXT_SECONDARY, HPos::Right, VPos::Center);
    let label_font = scale.font(FONT, TEXT, HPos::Left, VPos::Center);

    let target = ((height / scale.px(60.0)).round() as usize).clamp(3, 8);
    let y_ticks = labelled_ticks(v_min, v_max, target);
    let mut label_w = 0.0f64;
    for (_, text) in &y_ticks {
        label_w = label_w.max(f64::from(text_size(area, text, &tick_font)?.0));
    }
    let text_h = f64::from(text_size(area, "2000", &tick_font)?.1);

    let keys = line_keys(spec);
    let mut end_w = 0.0f64;
    for (_, label) in &keys {
        end_w = end_w.max(f64::from(text_size(area, label, &label_font)?.0));
    }
    let right_margin = (end_w + scale.px(34.0)).min(width / 3.0);

    let plot = PlotRect {
        left: (label_w + scale.px(12.0)).round(),
        top: (scale.px(18.0) + text_h * 1.5).round(),
        right: (width - right_margin).round(),
        bottom: (height - text_h - scale.px(16.0)).round(),
    };
    let x = LinearScale::new((t_min - 0.5, t_max + 0.5), (plot.left, plot.right));
    let y_domain = (
        y_ticks.first().map_or(v_min, |t| t.0),
        y_ticks.last().map_or(v_max, |t| t.0),
    );
    let y = LinearScale::new(y_domain, (plot.bottom, plot.top));
    Ok(Frame {
        spec,
        scale,
        width,
        text_h,
        times: (t_min, t_max),
        plot,
        x,
        y,
        y_ticks,
        keys,
    })
}

/// The unit above the value axis, then a grid line and a label at each value tick.
fn draw_value_axis<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    f: &Frame<'_>,
) -> DrawResult<(), DB> {
    let (plot, scale) = (&f.plot, f.scale);
    if !f.spec.unit_label.is_empty() {
        area.draw(&Text::new(
            f.spec.unit_label.clone(),
            (
                px(scale.px(2.0)),
                px(plot.top - f.text_h / 2.0 - scale.px(4.0)),
            ),
            scale.font(FONT, TEXT_SECONDARY, HPos::Left, VPos::Bottom),
        ))?;
    }
    let tick_font = scale.font(FONT, TEXT_SECONDARY, HPos::Right, VPos::Center);
    for (v, text) in &f.y_ticks {
        let yy = px(f.y.map(*v));
        area.draw(&PathElement::new(
            vec![(px(plot.left), yy), (px(plot.right), yy)],
            GRID.stroke_width(scale.px_u32(1.0)),
        ))?;
        area.draw(&Text::new(
            text.clone(),
            (px(plot.left - scale.px(6.0)), yy),
            tick_font.clone(),
        ))?;
    }
    Ok(())
}

/// The time ticks to label, as (time, label): evenly keyed, as far apart as their labels need
/// (with coarse labels from the spec's coarse spacing on), and whole inside the drawing.
fn time_ticks<'s, DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    f: &Frame<'s>,
    font: &TextStyle<'_>,
) -> DrawResult<Vec<(f64, &'s str)>, DB> {
    let spec = f.spec;
    let (t_min, t_max) = f.times;
    let visible: Vec<_> = spec
        .time_ticks
        .iter()
        .filter(|t| t.x >= t_min - 0.5 && t.x <= t_max + 0.5)
        .collect();
    // Pixels per key unit (a year, or a month), measured between the first and last candidates
    // so that gaps in the data do not distort it.
    let per_key = match (visible.first(), visible.last()) {
        (Some(a), Some(b)) if b.key > a.key => {
            (f.x.map(b.x) - f.x.map(a.x)) / (b.key - a.key) as f64
        }
        _ => f.plot.right - f.plot.left,
    };
    let mut fine_w = 0.0f64;
    let mut coarse_w = 0.0f64;
    for t in &visible {
        fine_w = fine_w.max(f64::from(text_size(area, &t.label, font)?.0));
        coarse_w = coarse_w.max(f64::from(text_size(area, &t.coarse_label, font)?.0));
    }
    let padding = f.scale.px(12.0);
    let every = tick_step(per_key, padding, &spec.tick_steps, |step| {
        if step >= spec.coarse_from {
            coarse_w
        } else {
            fine_w
        }
    });
    let coarse = every >= spec.coarse_from;
    let widest = if coarse { coarse_w } else { fine_w };
    Ok(visible
        .into_iter()
        .filter(|t| t.key.rem_euclid(every) == 0)
        // Keep whole labels inside the drawing.
        .filter(|t| {
            let xx = f.x.map(t.x);
            let outside = xx - widest / 2.0 < 0.0 || xx + widest / 2.0 > f.width;
            !outside
        })
        .map(|t| {
            let label = if coarse { &t.coarse_label } else { &t.label };
            (t.x, label.as_str())
        })
        .collect())
}

/// The time axis: a tick and a label at each of [`time_ticks`], then the axis line. Returns
/// the ticks drawn.
fn draw_time_axis<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    f: &Frame<'_>,
) -> DrawResult<Vec<(f64, String)>, DB> {
    let (plot, scale) = (&f.plot, f.scale);
    let x_font = scale.font(FONT, TEXT_SECONDARY, HPos::Center, VPos::Top);
    let mut x_ticks = Vec::new();
    for (t, label) in time_ticks(area, f, &x_font)? {
        let xx = f.x.map(t);
        area.draw(&PathElement::new(
            vec![
                (px(xx), px(plot.bottom)),
                (px(xx), px(plot.bottom + scale.px(5.0))),
            ],
            AXIS.stroke_width(scale.px_u32(1.0)),
        ))?;
        area.draw(&Text::new(
            label.to_owned(),
            (px(xx), px(plot.bottom + scale.px(7.0))),
            x_font.clone(),
        ))?;
        x_ticks.push((t, label.to_owned()));
    }
    area.draw(&PathElement::new(
        vec![
            (px(plot.left), px(plot.bottom)),
            (px(plot.right), px(plot.bottom)),
        ],
        AXIS.stroke_width(scale.px_u32(1.0)),
    ))?;
    Ok(x_ticks)
}

/// Vertical markers (such as where projections begin), dashed and labelled at the top, then
/// horizontal reference lines (such as a standard), labelled at the right.
fn draw_markers_and_references<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    f: &Frame<'_>,
) -> DrawResult<(), DB> {
    let (plot, scale) = (&f.plot, f.scale);
    let marker_font = scale.font(FONT, TEXT_SECONDARY, HPos::Left, VPos::Bottom);
    for m in &f.spec.markers {
        let xx = px(f.x.map(m.x));
        area.draw(&DashedPathElement::new(
            vec![(xx, px(plot.top)), (xx, px(plot.bottom))],
            scale.px_u32(3.0),
            scale.px_u32(3.0),
            AXIS.stroke_width(scale.px_u32(1.0)),
        ))?;
        area.draw(&Text::new(
            m.label.clone(),
            (xx + px(scale.px(4.0)), px(plot.top - scale.px(2.0))),
            marker_font.clone(),
        ))?;
    }
    draw_references(area, f)
}

/// Horizontal reference lines (such as a standard), each labelled at the end and on the side
/// where the label covers no point ([`place_label`]: the right end above the line, unless the
/// latest points are there).
fn draw_references<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    f: &Frame<'_>,
) -> DrawResult<(), DB> {
    if f.spec.references.is_empty() {
        return Ok(());
    }
    let (plot, scale) = (&f.plot, f.scale);
    let ref_font = scale.font(FONT, TEXT, HPos::Left, VPos::Top);
    let points: Vec<(f64, f64)> = f
        .spec
        .lines
        .iter()
        .flat_map(|l| l.points.iter().map(|&(t, v)| (f.x.map(t), f.y.map(v))))
        .collect();
    for r in &f.spec.references {
        let y = f.y.map(r.value);
        area.draw(&PathElement::new(
            vec![(px(plot.left), px(y)), (px(plot.right), px(y))],
            AXIS.stroke_width(scale.px_u32(2.0)),
        ))?;
        let (w, h) = text_size(area, &r.label, &ref_font)?;
        let room = LabelRoom {
            left: plot.left,
            right: plot.right,
            width: f64::from(w),
            height: f64::from(h),
            gap: scale.px(4.0),
        };
        let (x0, y0, _, _) = room.bounds(place_label(&room, y, &points), y);
        area.draw(&Text::new(
            r.label.clone(),
            (px(x0), px(y0)),
            ref_font.clone(),
        ))?;
    }
    Ok(())
}

/// A points-only line (targets) and where its points were placed, to draw over the lines.
type TargetLine<'s> = (&'s LineSpec, Vec<(i32, i32)>);

/// The lines, solid or dashed and cut at their breaks; targets are only placed, to be drawn
/// over the lines by [`draw_targets`]. Returns every point placed and the targets.
fn draw_lines<'s, DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    f: &Frame<'s>,
) -> DrawResult<(Vec<PlacedPoint>, Vec<TargetLine<'s>>), DB> {
    let scale = f.scale;
    let mut points = Vec::new();
    let stroke = scale.px_u32(2.5);
    let mut targets = Vec::new();
    for (li, line) in f.spec.lines.iter().enumerate() {
        let coords: Vec<(i32, i32)> = line
            .points
            .iter()
            .map(|&(t, v)| (px(f.x.map(t)), px(f.y.map(v))))
            .collect();
        for (index, &(cx, cy)) in coords.iter().enumerate() {
            points.push(PlacedPoint {
                line: li,
                index,
                x: f64::from(cx),
                y: f64::from(cy),
            });
        }
        if line.points_only {
            targets.push((line, coords));
            continue;
        }
        if line.marks_only {
            let r = scale.px(5.5).round() as i32;
            for &c in &coords {
                draw_marker(area, line.style.marker, c, r, line.style.colour)?;
            }
            continue;
        }
        let style = line.style.colour.stroke_width(stroke);
        for run in runs(&coords, &line.breaks) {
            if line.dashed {
                area.draw(&DashedPathElement::new(
                    run.to_vec(),
                    scale.px_u32(7.0),
                    scale.px_u32(5.0),
                    style,
                ))?;
            } else {
                area.draw(&PathElement::new(run.to_vec(), style))?;
            }
        }
    }
    Ok((points, targets))
}

/// Where a key's end label belongs: the key, its label, the last point of its last line (in
/// pixels) and that line's index.
type LineEnd<'s> = (&'s str, &'s str, (f64, f64), usize);

/// Each key's line end: the last point of its last line, in time; a locality's label goes at
/// the end of its figures, not at a target beyond them.
fn line_ends<'s>(f: &Frame<'s>) -> Vec<LineEnd<'s>> {
    let spec = f.spec;
    let mut ends = Vec::new();
    for &(key, label) in &f.keys {
        let last = spec
            .lines
            .iter()
            .enumerate()
            .filter(|(_, l)| l.key == key && !l.marks_only)
            .filter(|(_, l)| {
                !l.points_only || spec.lines.iter().all(|m| m.key != key || m.points_only)
            })
            .filter_map(|(i, l)| l.points.last().map(|p| (i, *p)))
            .max_by(|a, b| a.1 .0.total_cmp(&b.1 .0));
        if let Some((line_index, (t, v))) = last {
            ends.push((key, label, (f.x.map(t), f.y.map(v)), line_index));
        }
    }
    ends
}

/// End labels, one per key, spread apart in the right margin, each with its line's marker at
/// the line's end and beside the label. Returns (key, label drawn, centre y) for each.
fn draw_end_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    f: &Frame<'_>,
) -> DrawResult<Vec<(String, String, f64)>, DB> {
    let (plot, scale) = (&f.plot, f.scale);
    let label_font = scale.font(FONT, TEXT, HPos::Left, VPos::Center);
    let ends = line_ends(f);
    let wanted: Vec<f64> = ends.iter().map(|e| e.2 .1).collect();
    let placed = spread_apart(&wanted, f.text_h + scale.px(4.0), plot.top, plot.bottom);
    let r = scale.px(4.5).round() as i32;
    let mut end_labels = Vec::new();
    for ((key, label, (ex, ey), line_index), ly) in ends.iter().zip(placed) {
        let style = f.spec.lines[*line_index].style;
        // The line's end and its label carry the same marker, so that a line can be
        // matched with its label by shape as well as by colour.
        draw_marker(area, style.marker, (px(*ex), px(*ey)), r, style.colour)?;
        draw_marker(
            area,
            style.marker,
            (px(plot.right + scale.px(12.0)), px(ly)),
            r,
            style.colour,
        )?;
        // Shorten a label that does not fit in the margin; the legend gives it in full.
        let room = f.width - (plot.right + scale.px(22.0)) - scale.px(2.0);
        let shown = fit_text(area, label, &label_font, room)?;
        area.draw(&Text::new(
            shown.clone(),
            (px(plot.right + scale.px(22.0)), px(ly)),
            label_font.clone(),
        ))?;
        end_labels.push((key.to_string(), shown, ly));
    }
    Ok(end_labels)
}

/// Draws `spec` filling `area` and returns where everything went.
/// With no data it draws a short message instead and returns an empty layout.
pub fn draw_line_chart<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    spec: &LineChartSpec,
    scale: Scale,
) -> DrawResult<LineChartLayout, DB> {
    area.fill(&BACKGROUND)?;
    let (Some(values), Some(times)) = (value_range(spec), time_range(spec)) else {
        return draw_message(area, "No data for this choice", scale);
    };
    if !(values.1 - values.0).is_finite() || !(times.1 - times.0).is_finite() {
        return draw_message(area, TOO_WIDE, scale);
    }
    let f = frame(area, spec, scale, values, times)?;
    draw_value_axis(area, &f)?;
    let x_ticks = draw_time_axis(area, &f)?;
    draw_markers_and_references(area, &f)?;
    let (points, targets) = draw_lines(area, &f)?;
    // Targets on top of the lines.
    let reference_ys: Vec<f64> = spec.references.iter().map(|r| f.y.map(r.value)).collect();
    for (line, coords) in &targets {
        draw_targets(area, spec, line, coords, scale, (&f.plot, &reference_ys))?;
    }
    let end_labels = draw_end_labels(area, &f)?;
    Ok(LineChartLayout {
        plot: f.plot,
        x: f.x,
        y: f.y,
        y_ticks: f.y_ticks,
        x_ticks,
        end_labels,
        points,
    })
}

#[cfg(test)]
mod tests {
    use super::runs;

    #[test]
    fn a_line_is_cut_at_its_breaks_and_odd_breaks_are_ignored() {
        let c = [1, 2, 3, 4, 5];
        assert_eq!(runs(&c, &[2, 4]), vec![&c[0..2], &c[2..4], &c[4..5]]);
        assert_eq!(runs(&c, &[0, 9, 2, 2]), vec![&c[0..2], &c[2..5]]);
        assert_eq!(runs::<i32>(&[], &[]), vec![&[] as &[i32]]);
    }
}
