//! What the line chart's tooltip and key show, worked out from the spec and the drawn layout:
//! the point under the pointer, the tooltip's words and place, and the key's entries.

use crate::chart::describe::describe;
use crate::chart::focus::PointRef;
use crate::chart::palette::{css, marker_symbol};
use crate::chart::{LineChartLayout, LineChartSpec};
use crate::model::Source;

/// The tooltip's text and where it points (CSS pixels inside the chart).
#[derive(Debug, Clone, PartialEq)]
pub struct Tip {
    /// "Swindon, 2023 (estimate)".
    pub title: String,
    /// The value, formatted.
    pub value: String,
    /// "Publisher, title" of the value's source.
    pub source: String,
    /// Where the point is, across (CSS pixels).
    pub x: f64,
    /// Where the point is, down (CSS pixels).
    pub y: f64,
    /// Whether the tooltip sits to the left of the point (points in the right half).
    pub flip: bool,
}

/// The tooltip of point `at`, drawn with `layout` at `ratio` device pixels per CSS pixel.
pub fn tip_at(
    spec: &LineChartSpec,
    layout: &LineChartLayout,
    ratio: f64,
    sources: &[Source],
    at: PointRef,
) -> Option<Tip> {
    let d = describe(spec, at)?;
    let p = layout
        .points
        .iter()
        .find(|p| p.line == at.line && p.index == at.index)?;
    let source = sources
        .iter()
        .find(|s| s.id == d.source)
        .map(|s| format!("{}, {}", s.publisher, s.title))
        .unwrap_or_default();
    Some(Tip {
        title: format!("{}, {} ({})", d.locality, d.period, d.status),
        value: d.value,
        source,
        x: p.x / ratio,
        y: p.y / ratio,
        flip: p.x > (layout.plot.left + layout.plot.right) / 2.0,
    })
}

/// The point nearest the pointer at `(x, y)` CSS pixels, or `None` outside the plot (the
/// tooltip goes when the pointer leaves it).
pub fn point_under(layout: &LineChartLayout, ratio: f64, (x, y): (f64, f64)) -> Option<PointRef> {
    let (x, y) = (x * ratio, y * ratio);
    if !layout.plot.contains(x, y) {
        return None;
    }
    layout.nearest(x, y).map(|p| PointRef {
        line: p.line,
        index: p.index,
    })
}

/// One entry of the chart's key: a locality shown in the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendEntry {
    /// The line's key (shared by a locality's estimate and projection lines).
    pub key: String,
    /// The locality's name.
    pub label: String,
    /// Its colour, as CSS.
    pub colour: String,
    /// Its marker, as a text symbol.
    pub symbol: &'static str,
}

/// The key's entries: one per locality, in the order of the lines.
pub fn legend_entries(spec: &LineChartSpec) -> Vec<LegendEntry> {
    let mut entries: Vec<LegendEntry> = Vec::new();
    for l in &spec.lines {
        if !entries.iter().any(|e| e.key == l.key) {
            entries.push(LegendEntry {
                key: l.key.clone(),
                label: l.label.clone(),
                colour: css(l.style.colour),
                symbol: marker_symbol(l.style.marker),
            });
        }
    }
    entries
}
