//! An interactive line chart: drawn on a canvas (redrawn when its spec or the window size
//! changes), with a tooltip on hover, tap and keyboard focus, arrow-key navigation announced
//! to screen readers, and a legend that hides and shows lines.

use crate::chart::focus::{first_point, step, Move, PointRef};
use crate::chart::tooltip::{legend_entries, point_under, tip_at, Tip};
use crate::chart::{LineChartLayout, LineChartSpec};
use crate::model::Source;
use crate::ui::canvas::draw_on_canvas;
use crate::ui::use_element_size::use_element_size;
use crate::ui::use_window_resize::use_window_resize;
use leptos::ev;
use leptos::html::Canvas;
use leptos::prelude::*;

/// Gives each chart on a page its own element ids.
static NEXT_ID: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// The chart's drawing: its layout (with the device pixel ratio) once drawn, or why it could not
/// be, and the point being read.
#[derive(Clone, Copy)]
struct Drawing {
    layout: RwSignal<Option<(LineChartLayout, f64)>>,
    problem: RwSignal<Option<String>>,
    active: RwSignal<Option<PointRef>>,
}

/// Draws `shown` on `canvas` whenever it, the canvas's size or the window changes.
fn use_drawing(
    canvas: NodeRef<Canvas>,
    shown: Memo<LineChartSpec>,
    drawn: Option<RwSignal<bool>>,
) -> Drawing {
    let resized = use_window_resize();
    let size = use_element_size(canvas);
    let d = Drawing {
        layout: RwSignal::new(None),
        problem: RwSignal::new(None),
        active: RwSignal::new(None),
    };
    Effect::new(move |_| {
        resized.track();
        let (Some(el), Some(size)) = (canvas.get(), size.get()) else {
            return;
        };
        shown.with(|spec| match draw_on_canvas(&el, size, spec) {
            Ok(placed) => {
                d.layout.set(Some(placed));
                d.problem.set(None);
                // For the benchmarks (bench/run.mjs): when each drawing finished.
                crate::ui::marks::mark("chart-drawn");
                if let Some(drawn) = drawn.filter(|d| !d.get_untracked()) {
                    drawn.set(true);
                }
            }
            Err(message) => {
                d.layout.set(None);
                d.problem.set(Some(message));
            }
        });
        d.active.set(None);
    });
    d
}

/// The pointer and keyboard handlers that move the point being read.
fn on_pointer(d: Drawing) -> impl Fn(ev::PointerEvent) + Copy {
    move |e: ev::PointerEvent| {
        let offset = (f64::from(e.offset_x()), f64::from(e.offset_y()));
        let found = d.layout.with(|l| {
            l.as_ref()
                .and_then(|(layout, ratio)| point_under(layout, *ratio, offset))
        });
        // Outside the plot the tooltip goes: it never stays behind on a point left long ago.
        if d.active.get_untracked() != found {
            d.active.set(found);
        }
    }
}

/// Arrow keys step through the points (Escape stops reading).
fn on_keyboard(d: Drawing, shown: Memo<LineChartSpec>) -> impl Fn(ev::KeyboardEvent) {
    move |e: ev::KeyboardEvent| {
        let key = e.key();
        if key == "Escape" {
            d.active.set(None);
            return;
        }
        let Some(m) = Move::from_key(&key) else {
            return;
        };
        e.prevent_default();
        let next = shown.with(|s| match d.active.get_untracked() {
            Some(from) => step(s, from, m),
            None => first_point(s),
        });
        d.active.set(next);
    }
}

/// The ring on the point read and the tooltip beside (not over) it.
fn tooltip_view(t: Tip) -> impl IntoView {
    let place = format!("left:{:.0}px;top:{:.0}px", t.x, t.y);
    view! {
        <div class="chart__marker" aria-hidden="true" style=place.clone()></div>
        <div class="tooltip" class:tooltip--flip=t.flip role="presentation" style=place>
            <p class="tooltip__title">{t.title}</p>
            <p class="tooltip__value">{t.value}</p>
            <p class="tooltip__source">{t.source}</p>
        </div>
    }
}

/// The chart's key: buttons that hide and show lines, or (`key_only`) a plain key.
#[component]
fn Legend(
    spec: Signal<LineChartSpec>,
    hidden: RwSignal<Vec<String>>,
    key_only: bool,
) -> impl IntoView {
    let entries = move || {
        spec.with(legend_entries)
            .into_iter()
            .map(|entry| {
                let symbol = view! {
                    <span class="legend__key" aria-hidden="true" style=format!("color:{}", entry.colour)>{entry.symbol}</span>
                };
                if key_only {
                    return view! { <li class="legend__item legend__item--key">{symbol} {entry.label}</li> }.into_any();
                }
                let key = entry.key.clone();
                let visible = {
                    let key = key.clone();
                    move || !hidden.with(|h| h.contains(&key))
                };
                let toggle = move |_| {
                    hidden.update(|h| match h.iter().position(|k| *k == key) {
                        Some(i) => {
                            h.remove(i);
                        }
                        None => h.push(key.clone()),
                    })
                };
                view! {
                    <li>
                        <button type="button" class="legend__item" aria-pressed=move || if visible() { "true" } else { "false" } on:click=toggle>
                            {symbol}
                            {entry.label}
                        </button>
                    </li>
                }
                .into_any()
            })
            .collect_view()
    };
    view! {
        <ul class="legend" aria-label=if key_only { "Key" } else { "Show or hide lines in the chart" }>{entries}</ul>
    }
}

/// The chart. `label` describes it to screen readers; `sources` name the sources in tooltips.
#[component]
pub fn TrendChart(
    #[prop(into)] spec: Signal<LineChartSpec>,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] sources: Signal<Vec<Source>>,
    /// A key only, not a control: on a theme's main chart the locality picker is the one control
    /// that shows or hides a locality (with its card and its table column).
    #[prop(optional)]
    key_only: bool,
    /// Set once the chart has been drawn (the page builds its other panels after that).
    #[prop(optional)]
    drawn: Option<RwSignal<bool>>,
) -> impl IntoView {
    let live_id = format!(
        "chart-live-{}",
        NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    );
    let canvas = NodeRef::<Canvas>::new();
    let hidden = RwSignal::new(Vec::<String>::new());
    // The spec without the lines hidden through the legend.
    let shown = Memo::new(move |_| {
        let hide = hidden.get();
        spec.with(|s| {
            let mut s = s.clone();
            s.lines.retain(|l| !hide.contains(&l.key));
            s
        })
    });
    let d = use_drawing(canvas, shown, drawn);
    let tip = Memo::new(move |_| {
        let at = d.active.get()?;
        d.layout.with(|l| {
            let (layout, ratio) = l.as_ref()?;
            shown.with(|s| sources.with(|src| tip_at(s, layout, *ratio, src, at)))
        })
    });
    let announcement = move || {
        tip.get()
            .map(|t| format!("{}: {}", t.title, t.value))
            .unwrap_or_default()
    };
    let on_move = on_pointer(d);
    let on_focus = move |_| {
        if d.active.get_untracked().is_none() {
            d.active.set(shown.with(first_point));
        }
    };
    let points = move || {
        d.layout
            .with(|l| l.as_ref().map_or(0, |(l, _)| l.points.len()))
            .to_string()
    };
    view! {
        <div class="chart">
            <div
                class="chart__frame"
                tabindex="0"
                role="group"
                aria-roledescription="chart"
                aria-label=label
                aria-describedby=live_id.clone()
                on:keydown=on_keyboard(d, shown)
                on:focus=on_focus
                on:blur=move |_| d.active.set(None)
            >
                <canvas
                    node_ref=canvas
                    class="chart__canvas"
                    aria-hidden="true"
                    data-points=points
                    on:pointermove=on_move
                    on:pointerdown=on_move
                    on:pointerleave=move |_| d.active.set(None)
                ></canvas>
                {move || tip.get().map(tooltip_view)}
            </div>
            <p id=live_id class="chart__live visually-hidden" aria-live="polite">{announcement}</p>
            <Legend spec=spec hidden=hidden key_only=key_only />
            {move || d.problem.get().map(|m| view! { <p class="chart__problem" role="alert">{m}</p> })}
        </div>
    }
}
