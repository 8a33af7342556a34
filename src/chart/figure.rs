//! A chart as a picture that stands on its own (for PNG and SVG downloads): title, unit, the
//! chart, its source and the date, all drawn in.

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
/// last shortened with an ellipsis if needed).
fn wrap<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    style: &TextStyle<'_>,
    width: f64,
    max: usize,
) -> DrawResult<Vec<String>, DB> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if line.is_empty() || f64::from(text_size(area, &candidate, style)?.0) <= width {
            line = candidate;
        } else {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max {
        lines.truncate(max);
        if let Some(last) = lines.last_mut() {
            while !last.is_empty()
                && f64::from(text_size(area, &format!("{last}…"), style)?.0) > width
            {
                last.pop();
            }
            last.push('…');
        }
    }
    Ok(lines)
}

/// Draws the whole figure filling `area`: title and unit on top, the chart, then sources and
/// credit. Returns how many source lines were drawn.
pub fn draw_figure<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    spec: &LineChartSpec,
    text: &FigureText,
    scale: Scale,
) -> DrawResult<usize, DB> {
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

    let mut footer: Vec<String> = Vec::new();
    for s in &text.sources {
        footer.extend(wrap(
            area,
            &format!("Source: {s}"),
            &small,
            width - 2.0 * margin,
            SOURCE_LINES,
        )?);
    }
    footer.extend(wrap(area, &text.credit, &small, width - 2.0 * margin, 1)?);
    let footer_top = height - margin - line_h * footer.len() as f64;
    let chart = area.clone().shrink(
        (0, y as u32),
        (w, (footer_top - scale.px(8.0) - y).max(1.0) as u32),
    );
    draw_line_chart(&chart, spec, scale)?;
    for (i, line) in footer.iter().enumerate() {
        area.draw(&Text::new(
            line.clone(),
            (margin as i32, (footer_top + line_h * i as f64) as i32),
            small.clone(),
        ))?;
    }
    Ok(footer.len())
}
