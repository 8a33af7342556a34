//! Draws a chart spec on a canvas whenever the spec, the canvas's size or the window changes,
//! and counts what was drawn (for tests and screen readers' `data-` attributes).

use crate::chart::Scale;
use crate::ui::canvas::draw_with;
use crate::ui::page_backend::PageBackend;
use crate::ui::use_element_size::use_element_size;
use crate::ui::use_window_resize::use_window_resize;
use leptos::html::Canvas;
use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::prelude::DrawingArea;

/// Redraws `spec` on `canvas` with `draw`, which returns how many marks it drew; the returned
/// signal holds that count (0 when nothing could be drawn).
pub fn use_canvas_drawing<S>(
    canvas: NodeRef<Canvas>,
    spec: Memo<Option<S>>,
    draw: impl Fn(&DrawingArea<PageBackend<'static>, Shift>, &S, Scale) -> Result<usize, String>
        + 'static,
) -> RwSignal<usize>
where
    S: Clone + PartialEq + Send + Sync + 'static,
{
    let resized = use_window_resize();
    let size = use_element_size(canvas);
    let drawn = RwSignal::new(0usize);
    Effect::new(move |_| {
        resized.track();
        let (Some(el), Some(spec), Some(size)) = (canvas.get(), spec.get(), size.get()) else {
            return;
        };
        let result = draw_with(&el, size, |area, scale| draw(area, &spec, scale));
        drawn.set(result.map_or(0, |(n, _)| n));
    });
    drawn
}
