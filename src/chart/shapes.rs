//! Small drawing helpers: fonts scaled for the screen and marker shapes.

use crate::chart::palette::Marker;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Result of a drawing operation on backend `DB`.
pub type DrawResult<T, DB> = Result<T, DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

/// Sizes for drawing: `pixel_ratio` is the screen's device pixel ratio, so that a chart drawn
/// on a high-DPI canvas keeps the same physical text and line sizes; `text` enlarges the text of
/// wide charts, so that a projected chart can be read from the back of a room.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    /// Device pixels per CSS pixel.
    pub pixel_ratio: f64,
    /// How much larger than the base size the text is drawn (1 to 1.3).
    pub text: f64,
}

impl Scale {
    /// One device pixel per CSS pixel, text at its base size.
    pub const ONE: Scale = Scale {
        pixel_ratio: 1.0,
        text: 1.0,
    };

    /// The scale for a chart `css_width` CSS pixels wide: text at its base size (13 px) up to
    /// 1,000 px wide, growing with the width to 1.3 times (about 17 px) from 1,300 px, as on a
    /// 1920×1080 projector.
    pub fn for_width(pixel_ratio: f64, css_width: f64) -> Scale {
        Scale {
            pixel_ratio,
            text: (css_width / 1000.0).clamp(1.0, 1.3),
        }
    }

    /// A CSS length in device pixels.
    pub fn px(self, css: f64) -> f64 {
        css * self.pixel_ratio
    }

    /// A CSS length in whole device pixels (at least 1).
    pub fn px_u32(self, css: f64) -> u32 {
        self.px(css).round().max(1.0) as u32
    }

    /// The chart font at `css_size` CSS pixels, in `colour`, anchored at `h` and `v`.
    pub fn font(self, css_size: f64, colour: RGBColor, h: HPos, v: VPos) -> TextStyle<'static> {
        // The family by name, not by the text "sans-serif", which plotters would lower-case
        // with the Unicode tables (13 KB of the page's WebAssembly).
        (FontFamily::SansSerif, self.px(css_size * self.text))
            .into_font()
            .color(&colour)
            .pos(Pos::new(h, v))
    }
}

/// Width and height of `text` in `style`, in device pixels.
pub fn text_size<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    text: &str,
    style: &TextStyle<'_>,
) -> DrawResult<(u32, u32), DB> {
    area.estimate_text_size(text, style)
}

/// Draws a marker of `shape` centred at `(x, y)` with radius `r` device pixels.
pub fn draw_marker<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    shape: Marker,
    (x, y): (i32, i32),
    r: i32,
    colour: RGBColor,
) -> DrawResult<(), DB> {
    let fill = colour.filled();
    match shape {
        Marker::Circle => area.draw(&Circle::new((x, y), r, fill)),
        Marker::Ring => {
            area.draw(&Circle::new((x, y), r, BACKGROUND_FILL))?;
            area.draw(&Circle::new(
                (x, y),
                r,
                colour.stroke_width((r / 2).max(2) as u32),
            ))
        }
        Marker::Square => area.draw(&Rectangle::new([(x - r, y - r), (x + r, y + r)], fill)),
        Marker::Triangle => area.draw(&Polygon::new(
            vec![(x, y - r - 1), (x + r + 1, y + r), (x - r - 1, y + r)],
            fill,
        )),
        Marker::TriangleDown => area.draw(&Polygon::new(
            vec![(x, y + r + 1), (x + r + 1, y - r), (x - r - 1, y - r)],
            fill,
        )),
        Marker::Diamond => area.draw(&Polygon::new(
            vec![
                (x, y - r - 1),
                (x + r + 1, y),
                (x, y + r + 1),
                (x - r - 1, y),
            ],
            fill,
        )),
    }
}

const BACKGROUND_FILL: ShapeStyle = ShapeStyle {
    color: RGBAColor(255, 255, 255, 1.0),
    filled: true,
    stroke_width: 1,
};
