//! A line chart on a canvas that redraws when its spec or the window size changes.

use crate::chart::LineChartSpec;
use crate::ui::canvas::draw_on_canvas;
use leptos::ev;
use leptos::html::Canvas;
use leptos::prelude::*;

/// The canvas of a line chart. `label` is read by screen readers (the chart is an image to
/// them; the table beside it carries the numbers).
#[component]
pub fn TrendChart(
    #[prop(into)] spec: Signal<LineChartSpec>,
    #[prop(into)] label: Signal<String>,
) -> impl IntoView {
    let canvas = NodeRef::<Canvas>::new();
    let resized = RwSignal::new(0u32);
    let problem = RwSignal::new(None::<String>);
    let drawn_points = RwSignal::new(0usize);
    let handle = window_event_listener(ev::resize, move |_| resized.update(|n| *n += 1));
    on_cleanup(move || handle.remove());

    Effect::new(move |_| {
        resized.track();
        let Some(el) = canvas.get() else { return };
        spec.with(|spec| match draw_on_canvas(&el, spec) {
            Ok((layout, _)) => {
                drawn_points.set(layout.points.len());
                problem.set(None);
            }
            Err(message) => problem.set(Some(message)),
        });
    });

    view! {
        <div class="chart">
            <canvas
                node_ref=canvas
                class="chart__canvas"
                role="img"
                aria-label=label
                data-points=move || drawn_points.get().to_string()
            ></canvas>
            {move || problem.get().map(|m| view! { <p class="chart__problem" role="alert">{m}</p> })}
        </div>
    }
}
