//! The one plotters backend the page draws with: a `<canvas>` on screen (and for PNG files), or
//! SVG text (for SVG files, measuring text with a canvas that is never shown, so that labels are
//! laid out as in the PNG).
//!
//! The chart code is generic over plotters' `DrawingBackend`, so each backend type it is used
//! with gets its own compiled copy of every chart. Drawing to the canvas and to SVG through one
//! type keeps a single copy in the page's WebAssembly (a second copy for SVG cost 11 KB gzip).

use crate::chart::svg_writer::SvgWriter;
use crate::ui::canvas_backend::MeasuringCanvas;
use plotters::prelude::DrawingBackend;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind,
};
use web_sys::HtmlCanvasElement;

/// A drawing error of either backend, in words.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct PageDrawError(String);

/// Draws on a canvas or into an SVG string.
pub enum PageBackend<'a> {
    /// On a `<canvas>`, measuring text with the canvas.
    Canvas(MeasuringCanvas),
    /// Into a string of SVG; text is measured with the canvas.
    Svg(SvgWriter<'a>, MeasuringCanvas),
}

impl PageBackend<'_> {
    /// A backend drawing on `canvas`, or `None` when the browser gives no 2D context.
    pub fn canvas(canvas: &HtmlCanvasElement) -> Option<PageBackend<'static>> {
        MeasuringCanvas::new(canvas).map(PageBackend::Canvas)
    }
}

impl<'a> PageBackend<'a> {
    /// A backend writing SVG of `size` pixels into `out`, measuring text with `canvas` (which
    /// need not be on the page), or `None` when the browser gives no 2D context.
    pub fn svg(
        out: &'a mut String,
        size: (u32, u32),
        canvas: &HtmlCanvasElement,
    ) -> Option<PageBackend<'a>> {
        let measure = MeasuringCanvas::new(canvas)?;
        Some(PageBackend::Svg(SvgWriter::new(out, size), measure))
    }
}

type Drawn = Result<(), DrawingErrorKind<PageDrawError>>;

/// A shape's style reduced to what the backends read. The charts draw with several style and
/// point-iterator types; turning each into this one type (and points into a slice) here means
/// the canvas and SVG backends' drawing code is compiled once, not once per combination.
#[derive(Clone, Copy)]
struct Stroke {
    color: BackendColor,
    width: u32,
}

impl BackendStyle for Stroke {
    fn color(&self) -> BackendColor {
        self.color
    }

    fn stroke_width(&self) -> u32 {
        self.width
    }
}

fn stroke<S: BackendStyle>(style: &S) -> Stroke {
    Stroke {
        color: style.color(),
        width: style.stroke_width(),
    }
}

fn lift<T, E: std::error::Error + Send + Sync>(
    r: Result<T, DrawingErrorKind<E>>,
) -> Result<T, DrawingErrorKind<PageDrawError>> {
    r.map_err(|e| match e {
        DrawingErrorKind::DrawingError(e) => {
            DrawingErrorKind::DrawingError(PageDrawError(e.to_string()))
        }
        DrawingErrorKind::FontError(f) => DrawingErrorKind::FontError(f),
    })
}

/// Calls the same method on whichever backend this is.
macro_rules! either {
    ($self:expr, $b:ident => $call:expr) => {
        match $self {
            PageBackend::Canvas($b) => lift($call),
            PageBackend::Svg($b, _) => lift($call),
        }
    };
}

/// The shapes, each compiled once (see [`Stroke`]).
impl PageBackend<'_> {
    #[inline(never)]
    fn line(&mut self, from: BackendCoord, to: BackendCoord, style: Stroke) -> Drawn {
        either!(self, b => b.draw_line(from, to, &style))
    }

    #[inline(never)]
    fn rect(&mut self, a: BackendCoord, b: BackendCoord, style: Stroke, fill: bool) -> Drawn {
        either!(self, backend => backend.draw_rect(a, b, &style, fill))
    }

    #[inline(never)]
    fn path(&mut self, points: &[BackendCoord], style: Stroke) -> Drawn {
        either!(self, b => b.draw_path(points.iter().copied(), &style))
    }

    #[inline(never)]
    fn circle(&mut self, center: BackendCoord, radius: u32, style: Stroke, fill: bool) -> Drawn {
        either!(self, b => b.draw_circle(center, radius, &style, fill))
    }

    #[inline(never)]
    fn polygon(&mut self, points: &[BackendCoord], style: Stroke) -> Drawn {
        either!(self, b => b.fill_polygon(points.iter().copied(), &style))
    }
}

impl DrawingBackend for PageBackend<'_> {
    type ErrorType = PageDrawError;

    fn get_size(&self) -> (u32, u32) {
        match self {
            PageBackend::Canvas(b) => b.get_size(),
            PageBackend::Svg(b, _) => b.get_size(),
        }
    }

    fn ensure_prepared(&mut self) -> Drawn {
        either!(self, b => b.ensure_prepared())
    }

    fn present(&mut self) -> Drawn {
        either!(self, b => b.present())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Drawn {
        either!(self, b => b.draw_pixel(point, color))
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Drawn {
        self.line(from, to, stroke(style))
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        self.rect(upper_left, bottom_right, stroke(style), fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        let points: Vec<BackendCoord> = path.into_iter().collect();
        self.path(&points, stroke(style))
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn {
        self.circle(center, radius, stroke(style), fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Drawn {
        let points: Vec<BackendCoord> = vert.into_iter().collect();
        self.polygon(&points, stroke(style))
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Drawn {
        either!(self, b => b.draw_text(text, style, pos))
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<PageDrawError>> {
        match self {
            PageBackend::Canvas(canvas) | PageBackend::Svg(_, canvas) => {
                lift(canvas.estimate_text_size(text, style))
            }
        }
    }

    fn blit_bitmap(&mut self, pos: BackendCoord, (iw, ih): (u32, u32), src: &[u8]) -> Drawn {
        either!(self, b => b.blit_bitmap(pos, (iw, ih), src))
    }
}
