//! "How current are these figures?": one click away on every theme, the latest figure of each
//! indicator and when its sources were published. The table is built natively by
//! [`currency_table`].

use crate::model::currency::currency_table;
use crate::model::ThemeData;
use crate::ui::lazy_view::{lazy_view, ChunkNotLoaded};
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;
use std::sync::Arc;

/// A closed `<details>` with the table of every indicator's latest period and source dates,
/// worked out the first time it is opened (it reads every series of the theme: with a large
/// file that would hold up the first chart).
#[component]
pub fn CurrencyPanel(data: Arc<ThemeData>) -> impl IntoView {
    let opened = RwSignal::new(false);
    let on_toggle = move |e: leptos::ev::Event| {
        if event_target::<web_sys::HtmlDetailsElement>(&e).open() && !opened.get_untracked() {
            opened.set(true);
        }
    };
    view! {
        <details class="currency" on:toggle=on_toggle>
            <summary>"How current are these figures?"</summary>
            {move || opened.get().then(|| {
                let data = Arc::clone(&data);
                lazy_view("the table of how current the figures are", load_currency_table_view, move || currency_table_view(Arc::clone(&data)))
            })}
        </details>
    }
}

/// Builds the table in the `currency` chunk (see `ui::lazy_view`).
#[wasm_split(currency, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_currency_table_view))]
fn currency_table_view(data: Arc<ThemeData>) -> Result<AnyView, ChunkNotLoaded> {
    Ok(currency_view(&data).into_any())
}

/// The table of every indicator's latest period and source dates.
fn currency_view(data: &ThemeData) -> impl IntoView {
    let rows = currency_table(data)
        .into_iter()
        .map(|r| {
            let ahead = r
                .latest_other
                .map(|(period, kind)| format!("{period} ({kind})"))
                .unwrap_or_default();
            let latest = r
                .latest_actual
                .unwrap_or_else(|| "none: only plans, projections or targets".to_owned());
            view! {
                <tr>
                    <th scope="row">{r.title}</th>
                    <td>{latest}</td>
                    <td>{ahead}</td>
                    <td><ul class="currency__sources">{r.sources.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul></td>
                </tr>
            }
        })
        .collect_view();
    view! {
            <div class="table-wrap" tabindex="0" role="region" aria-label="How current are these figures">
                <table class="data-table">
                    <caption>"The latest figure of every indicator on this page, and when its sources were published"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Indicator"</th>
                            <th scope="col">"Latest measured figure"</th>
                            <th scope="col">"Projected, planned or targeted to"</th>
                            <th scope="col">"Sources"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
    }
}
