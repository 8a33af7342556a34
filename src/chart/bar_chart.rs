//! Horizontal bars comparing localities at one period, with 95% confidence intervals and a
//! benchmark line (England). Bars start at zero; each carries its value and a word saying how
//! it compares, so colour is never the only carrier of meaning.

use crate::chart::labels::labelled_ticks;
use crate::chart::palette::{AXIS, BACKGROUND, GRID, TEXT, TEXT_SECONDARY};
use crate::chart::scale::LinearScale;
use crate::chart::shapes::{text_size, DrawResult, Scale};
use crate::chart::PlotRect;
use plotters::coord::Shift;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// One bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// Area code.
    pub key: String,
    /// Locality name.
    pub label: String,
    /// The value.
    pub value: f64,
    /// 95% confidence interval.
    pub interval: Option<(f64, f64)>,
    /// Fill colour (from the comparison).
    pub fill: RGBColor,
    /// Text after the bar: the value and the comparison, e.g. `61.4 years · Worse`.
    pub text: String,
}

/// Everything a comparison bar chart shows.
#[derive(Debug, Clone, PartialEq)]
pub struct BarChartSpec {
    /// The bars, top to bottom.
    pub bars: Vec<Bar>,
    /// The benchmark value and its label, e.g. `England 62.4`.
    pub benchmark: Option<(f64, String)>,
    /// The unit, drawn above the value axis.
    pub unit_label: String,
}

/// Where one bar was drawn (device pixels).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PlacedBar {
    /// Left edge (the zero line).
    pub x0: f64,
    /// Right edge (the value).
    pub x1: f64,
    /// Top.
    pub y0: f64,
    /// Bottom.
    pub y1: f64,
    /// The interval's ends, if drawn.
    pub whisker: Option<(f64, f64)>,
}

/// What was drawn where.
#[derive(Debug, Clone, PartialEq)]
pub struct BarChartLayout {
    /// The plot area.
    pub plot: PlotRect,
    /// Value axis.
    pub x: LinearScale,
    /// One entry per bar, in order.
    pub bars: Vec<PlacedBar>,
    /// Where the benchmark line is.
    pub benchmark_x: Option<f64>,
    /// Value ticks and labels.
    pub ticks: Vec<(f64, String)>,
}

const FONT: f64 = 13.0;

/// A position in device pixels, rounded to a whole pixel.
fn px(v: f64) -> i32 {
    v.round() as i32
}

/// The font of the bars' names, left of the bars.
fn label_font(scale: Scale) -> TextStyle<'static> {
    scale.font(FONT, TEXT, HPos::Right, VPos::Center)
}

/// The font of the text after each bar and of the benchmark's label.
fn text_font(scale: Scale) -> TextStyle<'static> {
    scale.font(FONT, TEXT, HPos::Left, VPos::Center)
}

/// The font of the value ticks.
fn tick_font(scale: Scale) -> TextStyle<'static> {
    scale.font(FONT, TEXT_SECONDARY, HPos::Center, VPos::Top)
}

/// What the stages of drawing one bar chart share: the spec, the sizes measured, the plot area
/// and the value axis.
struct Frame<'s> {
    spec: &'s BarChartSpec,
    scale: Scale,
    /// Width of the drawing.
    width: f64,
    /// Height of a line of text.
    text_h: f64,
    plot: PlotRect,
    x: LinearScale,
    /// Value ticks, with their labels.
    ticks: Vec<(f64, String)>,
}

/// The largest value to show: of the bars, their intervals and the benchmark (at least zero).
fn largest(spec: &BarChartSpec) -> f64 {
    let mut max = spec.benchmark.as_ref().map_or(0.0, |b| b.0);
    for b in &spec.bars {
        max = max.max(b.value).max(b.interval.map_or(b.value, |i| i.1));
    }
    max
}

/// Draws "No data for this choice" in the middle of `area` and returns an empty layout.
fn draw_no_data<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    scale: Scale,
) -> DrawResult<BarChartLayout, DB> {
    let (w, h) = area.dim_in_pixel();
    let (width, height) = (f64::from(w), f64::from(h));
    area.draw(&Text::new(
        "No data for this choice",
        (px(width / 2.0), px(height / 2.0)),
        scale.font(FONT + 2.0, TEXT_SECONDARY, HPos::Center, VPos::Center),
    ))?;
    let plot = PlotRect {
        left: 0.0,
        top: 0.0,
        right: width,
        bottom: height,
    };
    Ok(BarChartLayout {
        plot,
        x: LinearScale::new((0.0, 1.0), (0.0, width)),
        bars: vec![],
        benchmark_x: None,
        ticks: vec![],
    })
}

/// Measures the names (the left margin, at most 35% of the width) and the texts after the bars
/// (the right margin) and sets out the plot area and the value axis from zero to `max`.
fn frame<'s, DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    spec: &'s BarChartSpec,
    scale: Scale,
    max: f64,
) -> DrawResult<Frame<'s>, DB> {
    let (w, h) = area.dim_in_pixel();
    let (width, height) = (f64::from(w), f64::from(h));
    let ticks = labelled_ticks(
        0.0,
        max.max(f64::MIN_POSITIVE),
        ((width / scale.px(110.0)) as usize).clamp(2, 6),
    );
    let (label_font, text_font) = (label_font(scale), text_font(scale));
    let mut label_w = 0.0f64;
    let mut text_w = 0.0f64;
    for b in &spec.bars {
        label_w = label_w.max(f64::from(text_size(area, &b.label, &label_font)?.0));
        text_w = text_w.max(f64::from(text_size(area, &b.text, &text_font)?.0));
    }
    let text_h = f64::from(text_size(area, "2000", &tick_font(scale))?.1);
    let plot = PlotRect {
        left: (label_w + scale.px(12.0)).min(width * 0.35).round(),
        top: (text_h * 2.0 + scale.px(14.0)).round(),
        right: (width - text_w - scale.px(12.0)).max(width * 0.5).round(),
        bottom: (height - text_h - scale.px(14.0)).round(),
    };
    let x = LinearScale::new(
        (0.0, ticks.last().map_or(max, |t| t.0)),
        (plot.left, plot.right),
    );
    Ok(Frame {
        spec,
        scale,
        width,
        text_h,
        plot,
        x,
        ticks,
    })
}

/// The unit above the chart, then a grid line and a label at each value tick.
fn draw_value_axis<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    f: &Frame<'_>,
) -> DrawResult<(), DB> {
    let (plot, scale) = (&f.plot, f.scale);
    area.draw(&Text::new(
        f.spec.unit_label.clone(),
        (px(scale.px(2.0)), px(scale.px(4.0))),
        scale.font(FONT, TEXT_SECONDARY, HPos::Left, VPos::Top),
    ))?;
    let tick_font = tick_font(scale);
    for (v, t) in &f.ticks {
        let xx = px(f.x.map(*v));
        area.draw(&PathElement::new(
            vec![(xx, px(plot.top)), (xx, px(plot.bottom))],
            GRID.stroke_width(scale.px_u32(1.0)),
        ))?;
        area.draw(&Text::new(
            t.clone(),
            (xx, px(plot.bottom + scale.px(6.0))),
            tick_font.clone(),
        ))?;
    }
    Ok(())
}

/// The benchmark line, dashed, with its label above the plot (kept inside the drawing).
/// Returns where the line is, if there is a benchmark.
fn draw_benchmark<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    f: &Frame<'_>,
) -> DrawResult<Option<f64>, DB> {
    let (plot, scale) = (&f.plot, f.scale);
    let Some((value, label)) = &f.spec.benchmark else {
        return Ok(None);
    };
    let bx = f.x.map(*value);
    area.draw(&DashedPathElement::new(
        vec![
            (px(bx), px(plot.top - scale.px(4.0))),
            (px(bx), px(plot.bottom)),
        ],
        scale.px_u32(5.0),
        scale.px_u32(3.0),
        TEXT.stroke_width(scale.px_u32(2.0)),
    ))?;
    let text_font = text_font(scale);
    let lw = f64::from(text_size(area, label, &text_font)?.0);
    let lx = (bx - lw / 2.0).clamp(0.0, (f.width - lw).max(0.0));
    area.draw(&Text::new(
        label.clone(),
        (px(lx), px(plot.top - scale.px(8.0) - f.text_h / 2.0)),
        text_font,
    ))?;
    Ok(Some(bx))
}

/// A 95% confidence interval from `lo` to `hi` (pixels) across a bar `bar_h` high centred at
/// `cy`: a line with a cap at each end.
fn draw_whisker<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    scale: Scale,
    (lo, hi): (f64, f64),
    cy: f64,
    bar_h: f64,
) -> DrawResult<(), DB> {
    let stroke = TEXT.stroke_width(scale.px_u32(2.0));
    let cap = bar_h * 0.35;
    area.draw(&PathElement::new(
        vec![(px(lo), px(cy)), (px(hi), px(cy))],
        stroke,
    ))?;
    area.draw(&PathElement::new(
        vec![(px(lo), px(cy - cap)), (px(lo), px(cy + cap))],
        stroke,
    ))?;
    area.draw(&PathElement::new(
        vec![(px(hi), px(cy - cap)), (px(hi), px(cy + cap))],
        stroke,
    ))
}

/// `text` left-aligned at `(x, cy)` on a white ground, so that no line crosses it.
fn draw_text_on_white<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    scale: Scale,
    text: &str,
    (x, cy): (f64, f64),
) -> DrawResult<(), DB> {
    let font = text_font(scale);
    let (tw, th) = text_size(area, text, &font)?;
    let (tw, th) = (f64::from(tw), f64::from(th));
    let pad = scale.px(2.0);
    area.draw(&Rectangle::new(
        [
            (px(x - pad), px(cy - th / 2.0 - pad)),
            (px(x + tw + pad), px(cy + th / 2.0 + pad)),
        ],
        BACKGROUND.filled(),
    ))?;
    area.draw(&Text::new(text.to_owned(), (px(x), px(cy)), font))
}

/// The bars, top to bottom, each outlined from zero with its interval, its name on the left
/// and its text after it; then the zero line. Returns where each bar went.
fn draw_bars<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    f: &Frame<'_>,
) -> DrawResult<Vec<PlacedBar>, DB> {
    let (plot, scale) = (&f.plot, f.scale);
    let label_font = label_font(scale);
    let n = f.spec.bars.len() as f64;
    let row = ((plot.bottom - plot.top) / n).min(scale.px(56.0));
    let bar_h = (row * 0.6).max(scale.px(8.0));
    let mut placed = Vec::new();
    for (i, b) in f.spec.bars.iter().enumerate() {
        let cy = plot.top + row * (i as f64 + 0.5);
        let (y0, y1) = (cy - bar_h / 2.0, cy + bar_h / 2.0);
        let (x0, x1) = (f.x.map(0.0), f.x.map(b.value.max(0.0)));
        let corners = [(px(x0), px(y0)), (px(x1), px(y1))];
        area.draw(&Rectangle::new(corners, b.fill.filled()))?;
        area.draw(&Rectangle::new(
            corners,
            AXIS.stroke_width(scale.px_u32(1.0)),
        ))?;
        let whisker = b.interval.map(|(lo, hi)| (f.x.map(lo), f.x.map(hi)));
        if let Some(ends) = whisker {
            draw_whisker(area, scale, ends, cy, bar_h)?;
        }
        area.draw(&Text::new(
            b.label.clone(),
            (px(plot.left - scale.px(8.0)), px(cy)),
            label_font.clone(),
        ))?;
        let text_x = x1.max(whisker.map_or(x1, |w| w.1)) + scale.px(6.0);
        draw_text_on_white(area, scale, &b.text, (text_x, cy))?;
        placed.push(PlacedBar {
            x0,
            x1,
            y0,
            y1,
            whisker,
        });
    }
    area.draw(&PathElement::new(
        vec![
            (px(plot.left), px(plot.top)),
            (px(plot.left), px(plot.bottom)),
        ],
        AXIS.stroke_width(scale.px_u32(1.0)),
    ))?;
    Ok(placed)
}

/// Draws `spec` filling `area`.
pub fn draw_bar_chart<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    spec: &BarChartSpec,
    scale: Scale,
) -> DrawResult<BarChartLayout, DB> {
    area.fill(&BACKGROUND)?;
    let max = largest(spec);
    if spec.bars.is_empty() || !max.is_finite() {
        return draw_no_data(area, scale);
    }
    let f = frame(area, spec, scale, max)?;
    draw_value_axis(area, &f)?;
    // The benchmark goes before the bars, so that their texts (on a white ground) are never
    // crossed by it.
    let benchmark_x = draw_benchmark(area, &f)?;
    let bars = draw_bars(area, &f)?;
    Ok(BarChartLayout {
        plot: f.plot,
        x: f.x,
        bars,
        benchmark_x,
        ticks: f.ticks,
    })
}
