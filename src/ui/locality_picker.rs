//! The locality selector: one checkbox per area, each with its chart colour and marker shape.

use crate::chart::palette::{css, marker_symbol, ShownStyles};
use crate::model::{AreaFile, AreaToggle};
use crate::ui::view_slices::Field;
use leptos::prelude::*;
use std::sync::Arc;

/// Checkboxes for every area in the area list, ticked when the area is `shown` (drawn); those
/// without figures for the chosen indicator (not in `with_data`) are unticked, disabled and say
/// "no data", but stay chosen for the next indicator.
#[component]
pub fn LocalityPicker(
    chosen: Field<Vec<String>, AreaToggle>,
    areas: Arc<AreaFile>,
    #[prop(into)] with_data: Signal<Vec<String>>,
    #[prop(into)] shown: Signal<Vec<String>>,
) -> impl IntoView {
    let order: Arc<Vec<String>> = Arc::new(areas.areas.iter().map(|a| a.code.clone()).collect());
    // The styles of the localities shown, worked out once per change for every box.
    let styles = Memo::new(move |_| {
        shown.with(|s| ShownStyles::new(&s.iter().map(String::as_str).collect::<Vec<_>>()))
    });
    let boxes = areas
        .areas
        .iter()
        .map(|area| {
            let code = area.code.clone();
            // The chart's style for this locality beside those shown (or the style it would
            // take if ticked): the swatch and the line always agree.
            let style = {
                let code = code.clone();
                Memo::new(move |_| styles.with(|st| st.of(&code)))
            };
            let id = format!("area-{code}");
            // A memo per box: a change touches only the boxes whose state changed (with every
            // English area listed, setting all 302 on each change cost more than the chart).
            let checked = {
                let code = code.clone();
                Memo::new(move |_| shown.with(|s| s.contains(&code)))
            };
            let no_data = {
                let code = code.clone();
                Memo::new(move |_| with_data.with(|w| !w.contains(&code)))
            };
            let order = Arc::clone(&order);
            let toggle = move |_| {
                chosen.set.set(AreaToggle {
                    code: code.clone(),
                    shown: shown.get_untracked(),
                    order: order.to_vec(),
                });
            };
            view! {
                <li class="locality">
                    <input type="checkbox" id=id.clone() prop:checked=checked prop:disabled=no_data on:change=toggle />
                    <label for=id title=area.name.clone()>
                        <span
                            class="locality__key"
                            aria-hidden="true"
                            style=move || format!("color:{}", css(style.get().colour))
                        >
                            {move || marker_symbol(style.get().marker)}
                        </span>
                        {area.short_name.clone()}
                        <span class="locality__nodata" hidden=move || !no_data.get()>" (no data)"</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="locality-picker">
            <legend>"Localities"</legend>
            <ul>{boxes}</ul>
        </fieldset>
    }
}
