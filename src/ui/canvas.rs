//! Draws a line chart on a `<canvas>`, sharp on high-DPI screens.

use crate::chart::{draw_line_chart, LineChartLayout, LineChartSpec, Scale};
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

/// Sizes the canvas bitmap to its CSS box times the device pixel ratio, then draws `spec`.
/// Returns the layout in device pixels and the pixel ratio used, or a message on failure.
pub fn draw_on_canvas(
    canvas: &HtmlCanvasElement,
    spec: &LineChartSpec,
) -> Result<(LineChartLayout, f64), String> {
    let ratio = web_sys::window()
        .map_or(1.0, |w| w.device_pixel_ratio())
        .max(1.0);
    let rect = canvas.get_bounding_client_rect();
    let (w, h) = (rect.width(), rect.height());
    if w < 1.0 || h < 1.0 {
        return Err("the chart has no room to draw".into());
    }
    canvas.set_width((w * ratio).round() as u32);
    canvas.set_height((h * ratio).round() as u32);
    let backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| "this browser cannot draw on a canvas".to_string())?;
    let root = backend.into_drawing_area();
    let layout = draw_line_chart(&root, spec, Scale { pixel_ratio: ratio })
        .map_err(|e| format!("the chart could not be drawn ({e})"))?;
    root.present()
        .map_err(|e| format!("the chart could not be drawn ({e})"))?;
    Ok((layout, ratio))
}
