//! The overview matrix: every indicator by locality at its latest period, each cell coloured
//! and labelled by its comparison with England. An indicator's name opens its chart.

use crate::model::compare::{Comparison, METHOD};
use crate::model::overview::overview;
use crate::model::{AreaFile, ThemeData};
use crate::ui::lazy_view::{lazy_view, ChunkNotLoaded};
use crate::ui::view_slices::Field;
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;
use std::sync::Arc;

fn cell_class(c: Comparison) -> &'static str {
    match c {
        Comparison::Better => "cmp cmp--better",
        Comparison::Worse => "cmp cmp--worse",
        Comparison::Similar => "cmp cmp--similar",
        Comparison::Higher => "cmp cmp--higher",
        Comparison::Lower => "cmp cmp--lower",
        Comparison::NotCompared => "cmp",
    }
}

/// The matrix for the chosen localities.
#[component]
pub fn OverviewMatrix(
    chosen: Signal<Vec<String>>,
    indicator: Field<Option<String>>,
    data: Arc<ThemeData>,
    areas: Arc<AreaFile>,
) -> impl IntoView {
    lazy_view("the overview matrix", load_overview_matrix, move || {
        overview_matrix(chosen, indicator, Arc::clone(&data), Arc::clone(&areas))
    })
}

/// Builds it in the `overview` chunk (see `ui::lazy_view`).
#[wasm_split(overview, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_overview_matrix))]
fn overview_matrix(
    chosen: Signal<Vec<String>>,
    indicator: Field<Option<String>>,
    data: Arc<ThemeData>,
    areas: Arc<AreaFile>,
) -> Result<AnyView, ChunkNotLoaded> {
    Ok(
        view! { <OverviewMatrixLoaded chosen=chosen indicator=indicator data=data areas=areas /> }
            .into_any(),
    )
}

/// The overview matrix itself.
#[component]
fn OverviewMatrixLoaded(
    chosen: Signal<Vec<String>>,
    indicator: Field<Option<String>>,
    data: Arc<ThemeData>,
    areas: Arc<AreaFile>,
) -> impl IntoView {
    let body = move || {
        let selected = chosen.get();
        let refs: Vec<&str> = selected
            .iter()
            .map(String::as_str)
            .filter(|a| data.series.iter().any(|s| s.area == *a))
            .collect();
        let rows = overview(&data, &refs);
        let names: Vec<String> = refs
            .iter()
            .filter(|a| **a != crate::model::area::ENGLAND)
            .map(|a| areas.short_name(a).to_owned())
            .collect();
        let head = names
            .iter()
            .map(|n| view! { <th scope="col">{n.clone()}</th> })
            .collect_view();
        let rows = rows
            .into_iter()
            .map(|r| {
                let id = r.indicator.clone();
                let cells = r
                    .cells
                    .into_iter()
                    .zip(names.iter().cloned())
                    .map(|(c, name)| {
                        let word = match c.comparison {
                            Comparison::NotCompared => String::new(),
                            other => other.short().to_owned(),
                        };
                        view! { <td class=cell_class(c.comparison) data-label=name><span class="cmp__value">{c.value}</span>" "<span class="cmp__word">{word}</span></td> }
                    })
                    .collect_view();
                view! {
                    <tr>
                        <th scope="row">
                            <button type="button" class="link-button" on:click=move |_| indicator.set.set(Some(id.clone()))>{r.title}</button>
                        </th>
                        <td data-label="Period">{r.period}</td>
                        <td class="num" data-label="England">{r.england.unwrap_or_else(|| "no data".into())}</td>
                        {cells}
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="data-table overview-table">
                <caption>"Every indicator with a measured figure, at its latest period, compared with England (plans and targets alone are on their own indicator's page)"</caption>
                <thead><tr><th scope="col">"Indicator"</th><th scope="col">"Period"</th><th scope="col" class="num">"England"</th>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        }
    };
    view! {
        <section class="overview" aria-labelledby="overview-title">
            <h3 id="overview-title" class="chart-title">"Overview"</h3>
            <p class="method">{METHOD} " Choose an indicator's name to see its chart."</p>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Overview of every indicator">{body}</div>
        </section>
    }
}
