//! The one plotters backend the page draws with: a `<canvas>` on screen (and for PNG files), or
//! SVG text (for SVG files).
//!
//! The chart code is generic over plotters' `DrawingBackend`, so each backend type it is used
//! with gets its own compiled copy of every chart. Drawing to the canvas and to SVG through one
//! type keeps a single copy in the page's WebAssembly (a second copy for SVG cost 11 KB gzip).

use crate::ui::canvas_backend::MeasuringCanvas;
use plotters::prelude::{DrawingBackend, SVGBackend};
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
    /// Into a string of SVG.
    Svg(SVGBackend<'a>),
}

impl PageBackend<'_> {
    /// A backend drawing on `canvas`, or `None` when the browser gives no 2D context.
    pub fn canvas(canvas: &HtmlCanvasElement) -> Option<PageBackend<'static>> {
        MeasuringCanvas::new(canvas).map(PageBackend::Canvas)
    }
}

impl<'a> PageBackend<'a> {
    /// A backend writing SVG of `size` pixels into `out`.
    pub fn svg(out: &'a mut String, size: (u32, u32)) -> PageBackend<'a> {
        PageBackend::Svg(SVGBackend::with_string(out, size))
    }
}

type Drawn = Result<(), DrawingErrorKind<PageDrawError>>;

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
            PageBackend::Svg($b) => lift($call),
        }
    };
}

impl DrawingBackend for PageBackend<'_> {
    type ErrorType = PageDrawError;

    fn get_size(&self) -> (u32, u32) {
        match self {
            PageBackend::Canvas(b) => b.get_size(),
            PageBackend::Svg(b) => b.get_size(),
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
        either!(self, b => b.draw_line(from, to, style))
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        either!(self, b => b.draw_rect(upper_left, bottom_right, style, fill))
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        either!(self, b => b.draw_path(path, style))
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn {
        either!(self, b => b.draw_circle(center, radius, style, fill))
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Drawn {
        either!(self, b => b.fill_polygon(vert, style))
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
        either!(self, b => b.estimate_text_size(text, style))
    }

    fn blit_bitmap(&mut self, pos: BackendCoord, (iw, ih): (u32, u32), src: &[u8]) -> Drawn {
        either!(self, b => b.blit_bitmap(pos, (iw, ih), src))
    }
}
