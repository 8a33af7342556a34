//! The neighbourhood view's tables: residents by national decile (with bars), and every
//! neighbourhood of the place, searchable, ordered and downloadable.

use crate::model::format::format_number;
use crate::model::neighbourhood::{Neighbourhood, NeighbourhoodFile};
use crate::model::neighbourhood_text::{
    neighbourhoods_csv, table_file_name, table_rows, TableOrder,
};
use crate::model::AreaFile;
use crate::ui::download::download_text;
use crate::ui::view_slices::Field;
use leptos::prelude::*;
use std::sync::Arc;

/// Residents by national decile of the domain, as a bar chart made of the table's own rows:
/// each decile's bar, residents and share (the bar is the share; the words say it too).
#[component]
pub fn DecileTable(
    file: Arc<NeighbourhoodFile>,
    place: Memo<Option<String>>,
    domain: Memo<usize>,
    place_name: Signal<String>,
) -> impl IntoView {
    let rows = move || {
        let by = place.with(|p| file.residents_by_decile(p.as_deref(), domain.get()));
        let all: u64 = by.iter().sum();
        let most = by.iter().copied().max().unwrap_or(0).max(1);
        by.iter()
            .enumerate()
            .map(|(i, people)| {
                let share = if all == 0 { 0.0 } else { 100.0 * *people as f64 / all as f64 };
                let width = format!("width:{:.1}%", 100.0 * *people as f64 / most as f64);
                let label = match i {
                    0 => "1 (most deprived)".to_owned(),
                    9 => "10 (least deprived)".to_owned(),
                    _ => (i + 1).to_string(),
                };
                view! {
                    <tr>
                        <th scope="row">{label}</th>
                        <td class="deciles__bar-cell"><span class="deciles__bar" style=width></span></td>
                        <td class="num">{format_number(*people as f64, 0)}</td>
                        <td class="num">{format!("{}%", format_number(share, 1))}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <div class="table-wrap table-wrap--whole" tabindex="0" role="region" aria-label="Residents by national decile">
            <table class="data-table deciles">
                <caption>{move || format!("Residents of {} by national decile (mid-2015)", place_name.get())}</caption>
                <thead><tr>
                    <th scope="col">"Decile"</th>
                    <th scope="col" aria-hidden="true"></th>
                    <th scope="col" class="num">"Residents"</th>
                    <th scope="col" class="num">"Share"</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// One row of the table: the name is a button that reads the neighbourhood on focus and, when
/// pressed, outlines it on the map (and in the link).
fn neighbourhood_row(
    rank_in_place: usize,
    n: &Neighbourhood,
    domain: usize,
    chosen: Option<&str>,
    focus: Field<Option<String>>,
    pointed: RwSignal<Option<String>>,
) -> impl IntoView {
    let (read, pick) = (n.code.clone(), n.code.clone());
    let figure = |v: Option<f64>| v.map_or_else(String::new, |v| format_number(v, 0));
    view! {
        <tr class:table__chosen=chosen == Some(n.code.as_str()) aria-current=(chosen == Some(n.code.as_str())).then_some("true")>
            <td class="num">{rank_in_place}</td>
            <th scope="row">
                <button type="button" class="link-button"
                    on:focus=move |_| pointed.set(Some(read.clone()))
                    on:blur=move |_| pointed.set(None)
                    on:click=move |_| focus.set.set(Some(pick.clone()))>{n.name.clone()}</button>
            </th>
            <td>{n.code.clone()}</td>
            <td class="num">{n.deciles.get(domain).map_or_else(String::new, u8::to_string)}</td>
            <td class="num">{figure(n.ranks.get(domain).map(|r| f64::from(*r)))}</td>
            <td class="num">{format_number(f64::from(n.population), 0)}</td>
        </tr>
    }
}

/// Every neighbourhood of the place: search by name or code, choose the order, download as CSV;
/// a name reads its figures (focus or hover) and, chosen, outlines it on the map.
#[component]
pub fn RankedNeighbourhoods(
    file: Arc<NeighbourhoodFile>,
    areas: Arc<AreaFile>,
    place: Memo<Option<String>>,
    domain: Memo<usize>,
    focus: Field<Option<String>>,
    pointed: RwSignal<Option<String>>,
) -> impl IntoView {
    let query = RwSignal::new(String::new());
    let order = RwSignal::new(TableOrder::Rank);
    let rows = {
        let file = Arc::clone(&file);
        move || {
            let chosen = focus.get.get();
            place
                .with(|p| table_rows(&file, p.as_deref(), domain.get(), &query.get(), order.get()))
                .into_iter()
                .map(|(rank, n)| {
                    neighbourhood_row(rank, n, domain.get(), chosen.as_deref(), focus, pointed)
                })
                .collect_view()
        }
    };
    let download = move |_| {
        let d = domain.get_untracked();
        let list = place.with_untracked(|p| {
            table_rows(
                &file,
                p.as_deref(),
                d,
                &query.get_untracked(),
                order.get_untracked(),
            )
        });
        let csv = neighbourhoods_csv(&file, &areas, &list, d);
        let name = query.with_untracked(|q| {
            place.with_untracked(|p| {
                table_file_name(&file, p.as_deref(), d, q, order.get_untracked())
            })
        });
        if let Err(e) = download_text(&name, "text/csv", &csv) {
            leptos::logging::warn!("{e}");
        }
    };
    let orders = TableOrder::ALL
        .into_iter()
        .map(|o| view! { <option value=o.id() prop:selected=move || order.get() == o>{o.label()}</option> })
        .collect_view();
    let choose_order = move |e| {
        let id = event_target_value(&e);
        if let Some(o) = TableOrder::ALL.into_iter().find(|o| o.id() == id) {
            order.set(o);
        }
    };
    view! {
        <div class="controls-row">
            <div class="field">
                <label for="nb-search">"Find a neighbourhood (name or code)"</label>
                <input id="nb-search" type="search" prop:value=move || query.get()
                    on:input=move |e| query.set(event_target_value(&e)) />
            </div>
            <div class="field">
                <label for="nb-order">"Order"</label>
                <select id="nb-order" on:change=choose_order>{orders}</select>
            </div>
            <button type="button" class="button" on:click=download>"Download the table (CSV)"</button>
        </div>
        <div class="table-wrap" tabindex="0" role="region" aria-label="Neighbourhoods">
            <table class="data-table neighbourhood-table" class:data-table--ranked=move || order.get() == TableOrder::Rank && query.with(String::is_empty)>
                <caption>"Neighbourhoods, with their rank in the place (1 = its most deprived)"</caption>
                <thead><tr>
                    <th scope="col" class="num">"Rank in the place"</th>
                    <th scope="col">"Neighbourhood"</th>
                    <th scope="col">"Code"</th>
                    <th scope="col" class="num">"National decile"</th>
                    <th scope="col" class="num">"National rank of 32,844"</th>
                    <th scope="col" class="num">"Residents"</th>
                </tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
