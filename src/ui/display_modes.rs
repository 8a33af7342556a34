//! "Show as": numbers, an index or the percentage change. Index and % change are disabled, with
//! a line saying why, where they would mean nothing (no common first measured year, or a base of
//! zero or below); the pressed button is always what the chart shows.

use crate::model::display::DisplayMode;
use crate::ui::view_slices::Field;
use leptos::prelude::*;

/// The three buttons, shown only where `offered` (counts and money).
#[component]
pub fn DisplayModes(
    mode: Field<DisplayMode>,
    #[prop(into)] offered: Signal<bool>,
    /// Why index and % change cannot be shown (`None` when they can).
    #[prop(into)]
    why_not: Signal<Option<String>>,
) -> impl IntoView {
    let indexable = move || why_not.with(Option::is_none);
    // What the chart shows: figures when the chosen mode cannot be drawn.
    let chosen = mode;
    let effective_mode = move || match chosen.get.get() {
        _ if !indexable() => DisplayMode::Absolute,
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
                    disabled=move || mode != DisplayMode::Absolute && !indexable()
                    on:click=move |_| chosen.set.set(mode)
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
            <p class="field__hint" hidden=indexable>{move || why_not.get()}</p>
        </div>
    }
}
