//! "Show as": numbers, an index or the percentage change. Index and % change are disabled, with
//! a line saying why, where the localities shown have no common first measured year; the pressed
//! button is always what the chart shows.

use crate::model::display::DisplayMode;
use crate::model::ViewState;
use leptos::prelude::*;

/// The three buttons, shown only where `offered` (counts and money).
#[component]
pub fn DisplayModes(
    state: RwSignal<ViewState>,
    #[prop(into)] offered: Signal<bool>,
    #[prop(into)] indexable: Signal<bool>,
) -> impl IntoView {
    // What the chart shows: figures when the chosen mode cannot be drawn.
    let effective_mode = move || match state.with(|s| s.mode) {
        _ if !indexable.get() => DisplayMode::Absolute,
        mode => mode,
    };
    let buttons = DisplayMode::ALL
        .into_iter()
        .map(|mode| {
            view! {
                <button
                    type="button"
                    class="toggle"
                    data-mode=mode.id()
                    aria-pressed=move || if effective_mode() == mode { "true" } else { "false" }
                    disabled=move || mode != DisplayMode::Absolute && !indexable.get()
                    on:click=move |_| state.update(|s| s.mode = mode)
                >
                    {mode.label()}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="field" role="group" aria-label="Show as" hidden=move || !offered.get()>
            <span class="field__label" aria-hidden="true">"Show as"</span>
            <div class="toggles">{buttons}</div>
            <p class="field__hint" hidden=move || indexable.get()>
                "Index and % change need a first year with figures for every locality shown."
            </p>
        </div>
    }
}
