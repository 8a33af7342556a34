//! A chart as a picture that stands on its own (for PNG and SVG downloads): title, unit, the
//! chart, its source and the date, all drawn in.

use crate::chart::map::{draw_map, MapSpec};
use crate::chart::palette::{BACKGROUND, TEXT, TEXT_SECONDARY};
use crate::chart::shapes::{text_size, DrawResult, Scale};
use crate::chart::{draw_line_chart, LineChartSpec};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// The size of a downloaded chart in CSS pixels (PNGs are drawn at twice this).
pub const FIGURE_SIZE: (u32, u32) = (960, 600);

/// The most lines one source may take: enough for the longest citation in `data/` to be drawn
/// whole, licence included, at [`FIGURE_SIZE`].
pub const SOURCE_LINES: usize = 3;

/// The words around the chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureText {
    /// Title, e.g. `Total population`.
    pub title: String,
    /// What the values are, e.g. `people` or `index, 2011 = 100`.
    pub unit: String,
    /// The sources, one citation each.
    pub sources: Vec<String>,
    /// e.g. `Downloaded 25 November 2026 from the Population & Outcomes Explorer (BSW).`
    pub credit: String,
}

/// `text` broken into lines no wider than `width` pixels in `style`, at most `max` lines (the
/// last shortened with an ellipsis if needed). It stops measuring once `max` lines are full, and
/// shortens by halving, so a 100,000-character title costs a few dozen measurements.
pub(crate) fn wrap<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    style: &TextStyle<'_>,
    width: f64,
    max: usize,
) -> DrawResult<Vec<String>, DB> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut words = text.split_whitespace();
    let mut more = false;
    for word in words.by_ref() {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if line.is_empty() || f64::from(text_size(area, &candidate, style)?.0) <= width {
            line = candidate;
        } else if lines.len() + 1 == max {
            more = true;
            break;
        } else {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    more |= words.next().is_some() || lines.len() > max;
    lines.truncate(max.max(1));
    if let Some(last) = lines.last_mut() {
        if more || f64::from(text_size(area, last, style)?.0) > width {
            *last = shorten(area, last, style, width)?;
        }
    }
    Ok(lines)
}

/// The longest start of `text` that fits `width` with an ellipsis after it, found by halving.
fn shorten<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    style: &TextStyle<'_>,
    width: f64,
) -> DrawResult<String, DB> {
    // bounds[n]: where the first n characters end.
    let bounds: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect();
    let with_ellipsis = |n: usize| format!("{}…", text[..bounds[n]].trim_end());
    // The number of characters kept: the largest that fits, between 0 and all of them.
    let (mut lo, mut hi) = (0usize, bounds.len());
    while lo + 1 < hi {
        let mid = lo + (hi - lo) / 2;
        if f64::from(text_size(area, &with_ellipsis(mid), style)?.0) <= width {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    Ok(with_ellipsis(lo))
}

/// The line that stands for the sources left out of a figure.
pub fn more_sources(n: usize) -> String {
    match n {
        1 => "…and 1 more source, listed on the page and in the CSV download.".to_owned(),
        n => format!("…and {n} more sources, listed on the page and in the CSV download."),
    }
}

/// A figure's title and unit on top, and its sources and credit at the foot; returns the area
/// left for the chart between them and how many source lines were drawn.
fn frame<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &FigureText,
    scale: Scale,
) -> DrawResult<(DrawingArea<DB, Shift>, usize), DB> {
    area.fill(&BACKGROUND)?;
    let (w, h) = area.dim_in_pixel();
    let (width, height) = (f64::from(w), f64::from(h));
    let margin = scale.px(16.0);
    let title_font = (FontFamily::SansSerif, scale.px(22.0), FontStyle::Bold)
        .into_font()
        .color(&TEXT)
        .pos(plotters::style::text_anchor::Pos::new(
            HPos::Left,
            VPos::Top,
        ));
    let small = scale.font(13.0, TEXT_SECONDARY, HPos::Left, VPos::Top);
    let line_h = scale.px(17.0);
    let mut y = margin;
    for line in wrap(area, &text.title, &title_font, width - 2.0 * margin, 2)? {
        area.draw(&Text::new(
            line,
            (margin as i32, y as i32),
            title_font.clone(),
        ))?;
        y += scale.px(28.0);
    }
    area.draw(&Text::new(
        text.unit.clone(),
        (margin as i32, y as i32),
        scale.font(14.0, TEXT, HPos::Left, VPos::Top),
    ))?;
    y += scale.px(24.0);

    // The sources take at most a third of the figure (less the credit's line): the chart keeps
    // the rest, and sources that do not fit are counted, not drawn.
    let room = ((height / 3.0 / line_h) as usize).saturating_sub(2).max(1);
    let mut footer: Vec<String> = Vec::new();
    for (i, s) in text.sources.iter().enumerate() {
        let lines = wrap(
            area,
            &format!("Source: {s}"),
            &small,
            width - 2.0 * margin,
            SOURCE_LINES,
        )?;
        if footer.len() + lines.len() > room {
            footer.push(more_sources(text.sources.len() - i));
            break;
        }
        footer.extend(lines);
    }
    footer.extend(wrap(area, &text.credit, &small, width - 2.0 * margin, 1)?);
    let footer_top = height - margin - line_h * footer.len() as f64;
    for (i, line) in footer.iter().enumerate() {
        area.draw(&Text::new(
            line.clone(),
            (margin as i32, (footer_top + line_h * i as f64) as i32),
            small.clone(),
        ))?;
    }
    let chart = area.clone().shrink(
        (0, y as u32),
        (w, (footer_top - scale.px(8.0) - y).max(1.0) as u32),
    );
    Ok((chart, footer.len()))
}

/// What a figure shows between its title and its sources.
#[derive(Debug, Clone, Copy)]
pub enum FigureBody<'a> {
    /// A line chart.
    Line(&'a LineChartSpec),
    /// A map.
    Map(&'a MapSpec),
}

/// What a figure shows, owned (for the page's downloads).
#[derive(Debug, Clone, PartialEq)]
pub enum Figure {
    /// A line chart.
    Line(LineChartSpec),
    /// A map.
    Map(MapSpec),
}

impl Figure {
    /// The figure's body, to draw.
    pub fn body(&self) -> FigureBody<'_> {
        match self {
            Figure::Line(spec) => FigureBody::Line(spec),
            Figure::Map(spec) => FigureBody::Map(spec),
        }
    }

    /// The line under the title: the unit of a chart, the shading of a map.
    pub fn unit(&self) -> String {
        match self {
            Figure::Line(spec) => spec.unit_label.clone(),
            Figure::Map(spec) => spec.legend_title.clone(),
        }
    }
}

/// Draws the whole figure filling `area`: title and unit on top, the line chart, then sources
/// and credit. Returns how many source lines were drawn.
pub fn draw_figure<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    spec: &LineChartSpec,
    text: &FigureText,
    scale: Scale,
) -> DrawResult<usize, DB> {
    draw_figure_of(area, FigureBody::Line(spec), text, scale)
}

/// Draws the whole figure of `body` filling `area` (see [`draw_figure`]).
pub fn draw_figure_of<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    body: FigureBody<'_>,
    text: &FigureText,
    scale: Scale,
) -> DrawResult<usize, DB> {
    let (chart, lines) = frame(area, text, scale)?;
    match body {
        FigureBody::Line(spec) => {
            draw_line_chart(&chart, spec, scale)?;
        }
        FigureBody::Map(spec) => {
            draw_map(&chart, spec, scale)?;
        }
    }
    Ok(lines)
}
