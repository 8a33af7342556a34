//! The board summary of the Variation view: every monthly measure at every locality with its
//! latest figure, variation and assurance (icon and words), in a chosen order, downloadable as
//! CSV; each row opens its chart.

use crate::chart::spc_icons::{assurance_icon, variation_icon};
use crate::model::spc_text::{
    board_csv, board_rows, month_words, sort_board, BoardOrder, BoardRow,
};
use crate::model::{AreaFile, Polarity, ThemeData};
use crate::ui::download::download_text;
use crate::ui::view_slices::Field;
use leptos::prelude::*;
use std::sync::Arc;

/// Moves keyboard focus to the chart's heading (after a row's chart was chosen).
fn focus_heading() {
    use wasm_bindgen::JsCast;
    let heading = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("chart-title"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(h) = heading {
        let _ = h.focus();
    }
}

/// One row; its button shows the row's chart above.
fn board_row(
    r: BoardRow,
    polarity: Polarity,
    measure: Field<Option<String>>,
    locality: Field<Option<String>>,
) -> impl IntoView {
    let (ind, area) = (r.indicator.clone(), r.area.clone());
    let show = move |_| {
        measure.set.set(Some(ind.clone()));
        locality.set.set(Some(area.clone()));
        focus_heading();
    };
    let latest = format!("{} ({})", r.latest, month_words(&r.period));
    view! {
        <tr>
            <th scope="row">
                <button type="button" class="link-button" on:click=show>{format!("{}: {}", r.measure, r.locality)}</button>
            </th>
            <td class="num" data-label="Latest">{latest}</td>
            <td data-label="Variation"><span class="spc-icon__small" aria-hidden="true" inner_html=variation_icon(r.variation, polarity)></span>{r.variation_text}</td>
            <td data-label="Assurance"><span class="spc-icon__small" aria-hidden="true" inner_html=assurance_icon(r.assurance)></span>{r.assurance_text}</td>
            <td data-label="Target judged against">{r.target}</td>
        </tr>
    }
}

/// Every monthly measure at every locality, in the chosen order.
#[component]
pub fn BoardTable(
    data: Arc<ThemeData>,
    areas: Arc<AreaFile>,
    measure: Field<Option<String>>,
    locality: Field<Option<String>>,
) -> impl IntoView {
    let all = Arc::new(board_rows(&data, &areas));
    let order = RwSignal::new(BoardOrder::Measure);
    let sorted = {
        let all = Arc::clone(&all);
        move || {
            let mut rows = (*all).clone();
            sort_board(&mut rows, order.get());
            rows
        }
    };
    let rows = {
        let (sorted, data) = (sorted.clone(), Arc::clone(&data));
        move || {
            sorted()
                .into_iter()
                .map(|r| {
                    let polarity = data
                        .indicator(&r.indicator)
                        .map_or(Polarity::Neither, |i| i.polarity);
                    board_row(r, polarity, measure, locality)
                })
                .collect_view()
        }
    };
    let download = move |_| {
        if let Err(e) = download_text(
            "variation_board_summary.csv",
            "text/csv",
            &board_csv(&sorted()),
        ) {
            leptos::logging::warn!("{e}");
        }
    };
    let orders = BoardOrder::ALL
        .into_iter()
        .map(|o| view! { <option value=o.id() prop:selected=move || order.get() == o>{o.label()}</option> })
        .collect_view();
    let choose = move |e| {
        let id = event_target_value(&e);
        if let Some(o) = BoardOrder::ALL.into_iter().find(|o| o.id() == id) {
            order.set(o);
        }
    };
    view! {
        <div class="controls-row">
            <div class="field">
                <label for="spc-board-order">"Order"</label>
                <select id="spc-board-order" on:change=choose>{orders}</select>
            </div>
            <button type="button" class="button" on:click=download>"Download the summary (CSV)"</button>
        </div>
        <div class="table-wrap table-wrap--board" tabindex="0" role="region" aria-labelledby="board-title">
            <table class="data-table spc-board">
                <caption>"Every monthly measure at every locality: the latest month, its variation and its assurance against the target. Choose a row to see its chart."</caption>
                <thead><tr>
                    <th scope="col">"Measure and locality"</th>
                    <th scope="col" class="num">"Latest"</th>
                    <th scope="col">"Variation"</th>
                    <th scope="col">"Assurance"</th>
                    <th scope="col">"Target judged against"</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
