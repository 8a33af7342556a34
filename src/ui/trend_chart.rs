//! An interactive line chart: drawn on a canvas (redrawn when its spec or the window size
//! changes), with a tooltip on hover, tap and keyboard focus, arrow-key navigation announced
//! to screen readers, and a legend that hides and shows lines.

use crate::chart::describe::describe;
use crate::chart::focus::{first_point, step, Move, PointRef};
use crate::chart::palette::css;
use crate::chart::{LineChartLayout, LineChartSpec};
use crate::model::Source;
use crate::ui::canvas::draw_on_canvas;
use crate::ui::locality_picker::marker_symbol;
use crate::ui::use_element_size::use_element_size;
use crate::ui::use_window_resize::use_window_resize;
use leptos::ev;
use leptos::html::Canvas;
use leptos::prelude::*;

/// The tooltip's text and where it points (CSS pixels inside the chart).
#[derive(Debug, Clone, PartialEq)]
struct Tip {
    title: String,
    value: String,
    source: String,
    x: f64,
    y: f64,
    flip: bool,
}

/// One legend entry: a locality shown in the chart.
#[derive(Debug, Clone, PartialEq)]
struct LegendEntry {
    key: String,
    label: String,
    colour: String,
    symbol: &'static str,
}

fn legend_entries(spec: &LineChartSpec) -> Vec<LegendEntry> {
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

/// Gives each chart on a page its own element ids.
static NEXT_ID: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

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
) -> impl IntoView {
    let live_id = format!(
        "chart-live-{}",
        NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    );
    let canvas = NodeRef::<Canvas>::new();
    let resized = use_window_resize();
    let size = use_element_size(canvas);
    let problem = RwSignal::new(None::<String>);
    let hidden = RwSignal::new(Vec::<String>::new());
    let layout = RwSignal::new(None::<(LineChartLayout, f64)>);
    let active = RwSignal::new(None::<PointRef>);

    // The spec without the lines hidden through the legend.
    let shown = Memo::new(move |_| {
        let hide = hidden.get();
        spec.with(|s| {
            let mut s = s.clone();
            s.lines.retain(|l| !hide.contains(&l.key));
            s
        })
    });
    Effect::new(move |_| {
        resized.track();
        let (Some(el), Some(size)) = (canvas.get(), size.get()) else {
            return;
        };
        shown.with(|spec| match draw_on_canvas(&el, size, spec) {
            Ok(drawn) => {
                layout.set(Some(drawn));
                problem.set(None);
                // For the benchmarks (bench/run.mjs): when each drawing finished.
                if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
                    let _ = p.mark("chart-drawn");
                }
            }
            Err(message) => {
                layout.set(None);
                problem.set(Some(message));
            }
        });
        active.set(None);
    });

    let tip = Memo::new(move |_| {
        let at = active.get()?;
        let d = shown.with(|s| describe(s, at))?;
        layout.with(|l| {
            let (layout, ratio) = l.as_ref()?;
            let p = layout
                .points
                .iter()
                .find(|p| p.line == at.line && p.index == at.index)?;
            let source = sources.with(|list| {
                list.iter()
                    .find(|s| s.id == d.source)
                    .map(|s| format!("{}, {}", s.publisher, s.title))
                    .unwrap_or_default()
            });
            Some(Tip {
                title: format!("{}, {} ({})", d.locality, d.period, d.status),
                value: d.value.clone(),
                source,
                x: p.x / ratio,
                y: p.y / ratio,
                flip: p.x > (layout.plot.left + layout.plot.right) / 2.0,
            })
        })
    });
    let announcement = move || {
        tip.get()
            .map(|t| format!("{}: {}", t.title, t.value))
            .unwrap_or_default()
    };

    let on_move = move |e: ev::PointerEvent| {
        let found = layout.with(|l| {
            let (layout, ratio) = l.as_ref()?;
            let (x, y) = (
                f64::from(e.offset_x()) * ratio,
                f64::from(e.offset_y()) * ratio,
            );
            if !layout.plot.contains(x, y) {
                return None;
            }
            layout.nearest(x, y).map(|p| PointRef {
                line: p.line,
                index: p.index,
            })
        });
        // Outside the plot the tooltip goes: it never stays behind on a point left long ago.
        if active.get_untracked() != found {
            active.set(found);
        }
    };
    let on_key = move |e: ev::KeyboardEvent| {
        let key = e.key();
        if key == "Escape" {
            active.set(None);
            return;
        }
        let Some(m) = Move::from_key(&key) else {
            return;
        };
        e.prevent_default();
        let next = shown.with(|s| match active.get_untracked() {
            Some(from) => step(s, from, m),
            None => first_point(s),
        });
        active.set(next);
    };
    let on_focus = move |_| {
        if active.get_untracked().is_none() {
            active.set(shown.with(first_point));
        }
    };

    let legend = move || {
        spec.with(legend_entries)
            .into_iter()
            .map(|entry| {
                let key = entry.key.clone();
                let visible = {
                    let key = key.clone();
                    move || !hidden.with(|h| h.contains(&key))
                };
                let toggle = move |_| {
                    hidden.update(|h| {
                        if let Some(i) = h.iter().position(|k| *k == key) {
                            h.remove(i);
                        } else {
                            h.push(key.clone());
                        }
                    })
                };
                let symbol = view! {
                    <span class="legend__key" aria-hidden="true" style=format!("color:{}", entry.colour)>
                        {entry.symbol}
                    </span>
                };
                if key_only {
                    return view! { <li class="legend__item legend__item--key">{symbol} {entry.label}</li> }
                        .into_any();
                }
                view! {
                    <li>
                        <button
                            type="button"
                            class="legend__item"
                            aria-pressed=move || if visible() { "true" } else { "false" }
                            on:click=toggle
                        >
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
        <div class="chart">
            <div
                class="chart__frame"
                tabindex="0"
                role="group"
                aria-roledescription="chart"
                aria-label=label
                aria-describedby=live_id.clone()
                on:keydown=on_key
                on:focus=on_focus
                on:blur=move |_| active.set(None)
            >
                <canvas
                    node_ref=canvas
                    class="chart__canvas"
                    aria-hidden="true"
                    data-points=move || layout.with(|l| l.as_ref().map_or(0, |(l, _)| l.points.len())).to_string()
                    on:pointermove=on_move
                    on:pointerdown=on_move
                    on:pointerleave=move |_| active.set(None)
                ></canvas>
                {move || tip.get().map(|t| view! {
                    // A ring on the point read, beside (not over) which the tooltip sits.
                    <div
                        class="chart__marker"
                        aria-hidden="true"
                        style=format!("left:{:.0}px;top:{:.0}px", t.x, t.y)
                    ></div>
                    <div
                        class="tooltip"
                        class:tooltip--flip=t.flip
                        role="presentation"
                        style=format!("left:{:.0}px;top:{:.0}px", t.x, t.y)
                    >
                        <p class="tooltip__title">{t.title}</p>
                        <p class="tooltip__value">{t.value}</p>
                        <p class="tooltip__source">{t.source}</p>
                    </div>
                })}
            </div>
            <p id=live_id class="chart__live visually-hidden" aria-live="polite">{announcement}</p>
            <ul class="legend" aria-label=if key_only { "Key" } else { "Show or hide lines in the chart" }>{legend}</ul>
            {move || problem.get().map(|m| view! { <p class="chart__problem" role="alert">{m}</p> })}
        </div>
    }
}
