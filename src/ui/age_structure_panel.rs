//! The Population theme's age structure: the shares aged 65+, 75+ and 85+ for one locality,
//! with the figures in a table.

use crate::chart::age_structure::{age_structure_spec, age_table};
use crate::model::{AreaFile, ThemeData};
use crate::ui::lazy_view::{lazy_view_near, ChunkNotLoaded};
use crate::ui::trend_chart::TrendChart;
use crate::ui::view_slices::Field;
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;
use std::collections::HashSet;
use std::sync::Arc;

/// The panel. Not printed, so its code (with the pyramid's, in one chunk) is fetched when it
/// comes near the visible part of the page, or at once when the link chose its locality.
#[component]
pub fn AgeStructurePanel(
    chosen: Field<Option<String>>,
    population: Arc<ThemeData>,
    areas: Arc<AreaFile>,
) -> impl IntoView {
    // A link that chose a locality asks for the panel: fetched at once.
    let asked = Signal::derive(move || chosen.get.with(Option::is_some));
    lazy_view_near("the age structure", asked, load_age_structure, move || {
        age_structure(chosen, Arc::clone(&population), Arc::clone(&areas))
    })
}

/// The panel, built in the `population_panels` chunk.
#[wasm_split(population_panels, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_age_structure))]
fn age_structure(
    chosen: Field<Option<String>>,
    population: Arc<ThemeData>,
    areas: Arc<AreaFile>,
) -> Result<AnyView, ChunkNotLoaded> {
    Ok(view! { <AgeStructureLoaded chosen=chosen population=population areas=areas /> }.into_any())
}

/// The panel.
#[component]
fn AgeStructureLoaded(
    /// The locality chosen (`None`: the first).
    chosen: Field<Option<String>>,
    population: Arc<ThemeData>,
    areas: Arc<AreaFile>,
) -> impl IntoView {
    let with_shares: HashSet<&str> = population
        .series
        .iter()
        .filter(|s| s.indicator == "share-aged-65-plus")
        .map(|s| s.area.as_str())
        .collect();
    let places: Vec<(String, String)> = areas
        .areas
        .iter()
        .filter(|a| with_shares.contains(a.code.as_str()))
        .map(|a| (a.code.clone(), a.short_name.clone()))
        .collect();
    // The locality is part of the view (and so of links and history): the chosen one if it has
    // figures, else the first.
    let area = chosen.chosen_or_first(places.iter().map(|p| p.0.clone()).collect());
    let spec = {
        let (pop, areas) = (Arc::clone(&population), Arc::clone(&areas));
        Memo::new(move |_| age_structure_spec(&pop, &areas, &area.get()))
    };
    let name = {
        let areas = Arc::clone(&areas);
        move || areas.short_name(&area.get()).to_owned()
    };
    let label = {
        let name = name.clone();
        Signal::derive(move || {
            format!("Line chart of the shares of {}'s residents aged 65 and over, 75 and over and 85 and over; the figures are in the table below.", name())
        })
    };
    let sources = {
        let pop = Arc::clone(&population);
        Signal::derive(move || pop.sources.clone())
    };
    let rows = move || {
        spec.with(age_table)
            .into_iter()
            .map(|row| {
                let cells = row
                    .cells
                    .into_iter()
                    .map(|c| view! { <td class="num">{c}</td> })
                    .collect_view();
                view! { <tr><th scope="row">{row.period}</th><td>{row.kind}</td>{cells}</tr> }
            })
            .collect_view()
    };
    let options = places
        .into_iter()
        .map(|(code, short)| {
            let selected = {
                let code = code.clone();
                move || area.with(|a| *a == code)
            };
            view! { <option value=code prop:selected=selected>{short}</option> }
        })
        .collect_view();
    view! {
        <section class="age-structure" aria-labelledby="age-title">
            <h3 id="age-title" class="chart-title">"An ageing population"</h3>
            <div class="field field--inline">
                <label for="age-place">"Locality"</label>
                <select id="age-place" on:change=move |e| chosen.set.set(Some(event_target_value(&e)))>{options}</select>
            </div>
            <TrendChart spec=Signal::derive(move || spec.get()) label=label sources=sources />
            <div class="table-wrap" tabindex="0" role="region" aria-label="Shares of older residents">
                <table class="data-table">
                    <caption>{move || format!("Share of residents by age, {}", name())}</caption>
                    <thead><tr><th scope="col">"Year"</th><th scope="col">"Type"</th><th scope="col" class="num">"65 and over"</th><th scope="col" class="num">"75 and over"</th><th scope="col" class="num">"85 and over"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
