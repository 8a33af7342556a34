//! A plotters backend for `<canvas>` that measures text with the canvas itself.
//!
//! `plotters-canvas` draws well, but plotters measures text in the browser by adding a `<span>`
//! to the page and reading its size, which forces the browser to lay out the whole page for
//! every label measured: most of the time of a redraw went there (see bench/RESULTS.md). This
//! backend draws through `plotters-canvas` and answers text-size questions with the canvas's
//! own `measureText`, which needs no page layout.

use plotters::prelude::DrawingBackend;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind,
};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// The errors of [`CanvasBackend`] (a type `plotters-canvas` does not export by name).
type CanvasError = <CanvasBackend as DrawingBackend>::ErrorType;

/// The canvas could not measure a text.
#[derive(Debug, thiserror::Error)]
#[error("the browser could not measure the text “{0}”")]
struct MeasureError(String);

/// Draws with [`CanvasBackend`]; measures text with `CanvasRenderingContext2d::measureText`.
pub struct MeasuringCanvas {
    inner: CanvasBackend,
    context: CanvasRenderingContext2d,
}

impl MeasuringCanvas {
    /// A backend drawing on `canvas`, or `None` when the browser gives no 2D context.
    pub fn new(canvas: &HtmlCanvasElement) -> Option<Self> {
        let context = canvas
            .get_context("2d")
            .ok()??
            .dyn_into::<CanvasRenderingContext2d>()
            .ok()?;
        let inner = CanvasBackend::with_canvas_object(canvas.clone())?;
        Some(Self { inner, context })
    }
}

/// The CSS font shorthand `CanvasBackend::draw_text` uses, so sizes match what is drawn.
fn css_font<S: BackendTextStyle>(style: &S) -> String {
    format!(
        "{} {}px {}",
        style.style().as_str(),
        style.size(),
        style.family().as_str()
    )
}

impl DrawingBackend for MeasuringCanvas {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.ensure_prepared()
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.present()
    }

    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.draw_rect(upper_left, bottom_right, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.draw_path(path, style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.draw_circle(center, radius, style, fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.fill_polygon(vert, style)
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.inner.draw_text(text, style, pos)
    }

    /// Width from `measureText`; height from the font's ascent and descent (the line box a
    /// `<span>` would have had), falling back to the font size.
    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<CanvasError>> {
        self.context.set_font(&css_font(style));
        let metrics = self
            .context
            .measure_text(text)
            .map_err(|_| DrawingErrorKind::FontError(Box::new(MeasureError(text.into()))))?;
        let height = metrics.font_bounding_box_ascent() + metrics.font_bounding_box_descent();
        let height = if height.is_finite() && height > 0.0 {
            height
        } else {
            style.size()
        };
        Ok((metrics.width().ceil() as u32, height.ceil() as u32))
    }
}
