//! Drawing on a `<canvas>`, sharp on high-DPI screens.

use crate::chart::{draw_line_chart, LineChartLayout, LineChartSpec, Scale};
use crate::ui::page_backend::PageBackend;
use plotters::coord::Shift;
use plotters::prelude::*;
use web_sys::HtmlCanvasElement;

/// Sizes the canvas bitmap to its CSS box times the device pixel ratio, then calls `draw` with
/// the drawing area and the scale. Returns what `draw` returns and the pixel ratio used, or a
/// message on failure. `(w, h)` is the canvas's CSS box, as
/// [`crate::ui::use_element_size::use_element_size`] observes it (asking the canvas would force
/// a page layout on every drawing).
pub fn draw_with<T>(
    canvas: &HtmlCanvasElement,
    (w, h): (f64, f64),
    draw: impl FnOnce(&DrawingArea<PageBackend<'static>, Shift>, Scale) -> Result<T, String>,
) -> Result<(T, f64), String> {
    let ratio = web_sys::window()
        .map_or(1.0, |w| w.device_pixel_ratio())
        .max(1.0);
    if w < 1.0 || h < 1.0 {
        return Err("the chart has no room to draw".into());
    }
    canvas.set_width((w * ratio).round() as u32);
    canvas.set_height((h * ratio).round() as u32);
    let backend = PageBackend::canvas(canvas)
        .ok_or_else(|| "this browser cannot draw on a canvas".to_string())?;
    let root = backend.into_drawing_area();
    let drawn = draw(&root, Scale::for_width(ratio, w))?;
    root.present()
        .map_err(|e| format!("the chart could not be drawn ({e})"))?;
    Ok((drawn, ratio))
}

/// Draws a line chart; see [`draw_with`].
pub fn draw_on_canvas(
    canvas: &HtmlCanvasElement,
    size: (f64, f64),
    spec: &LineChartSpec,
) -> Result<(LineChartLayout, f64), String> {
    draw_with(canvas, size, |area, scale| {
        draw_line_chart(area, spec, scale)
            .map_err(|e| format!("the chart could not be drawn ({e})"))
    })
}
