//! The Population theme's pyramid: people by five-year age band for one locality, the latest
//! estimate beside a chosen projected year, with the figures in a table. The data file is
//! fetched when the panel is first shown; the spec and the table rows are built natively in
//! [`crate::chart::pyramid`].

use crate::chart::pyramid::{draw_pyramid, pyramid_label, pyramid_rows, pyramid_spec, PyramidSpec};
use crate::model::age_profile::{latest_estimate, profile_areas, projected_years, projection};
use crate::model::{AreaFile, ThemeData};
use crate::ui::data_store::{use_data, Loaded};
use crate::ui::lazy_view::{lazy_view_near, ChunkNotLoaded};
use crate::ui::load_problem::LoadProblem;
use crate::ui::use_canvas_drawing::use_canvas_drawing;
use crate::ui::view_slices::Field;
use leptos::html::Canvas;
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;
use std::sync::Arc;

/// The year shown first on the right: twenty years after the estimate, or the last projected.
fn default_year(file: &ThemeData, area: &str) -> Option<i32> {
    let years = projected_years(file, area);
    let base = latest_estimate(file, area)?.year;
    years
        .iter()
        .copied()
        .find(|y| *y == base + 20)
        .or_else(|| years.last().copied())
}

/// The panel. Not printed, so its code (with the age structure's, in one chunk) and its file
/// are fetched when it comes near the visible part of the page, or at once when the link chose
/// its locality or year.
#[component]
pub fn PopulationPyramid(
    place: Field<Option<String>>,
    chosen_year: Field<Option<i32>>,
    areas: Arc<AreaFile>,
) -> impl IntoView {
    // A link that chose a locality or a year asks for the pyramid: fetched at once.
    let asked = Signal::derive(move || {
        place.get.with(Option::is_some) || chosen_year.get.with(Option::is_some)
    });
    lazy_view_near("the population pyramid", asked, load_pyramid, move || {
        pyramid(place, chosen_year, Arc::clone(&areas))
    })
}

/// The panel, built in the `population_panels` chunk.
#[wasm_split(population_panels, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_pyramid))]
fn pyramid(
    place: Field<Option<String>>,
    chosen_year: Field<Option<i32>>,
    areas: Arc<AreaFile>,
) -> Result<AnyView, ChunkNotLoaded> {
    Ok(view! { <PyramidLoaded place=place chosen_year=chosen_year areas=areas /> }.into_any())
}

/// The panel: fetches the file, then shows [`PyramidBody`].
#[component]
fn PyramidLoaded(
    /// The pyramid's locality (`None`: the first).
    place: Field<Option<String>>,
    /// The projected year (`None`: the locality's default).
    chosen_year: Field<Option<i32>>,
    areas: Arc<AreaFile>,
) -> impl IntoView {
    let store = use_data();
    let loaded = Memo::new(move |_| store.ages());
    view! {
        <section class="pyramid" aria-labelledby="pyramid-title">
            <h3 id="pyramid-title" class="chart-title">"Population by age"</h3>
            {move || match loaded.get() {
                Loaded::Loading => view! { <p class="pyramid__loading" role="status">"Loading the population by age…"</p> }.into_any(),
                Loaded::Failed(e) => view! { <LoadProblem error=e /> }.into_any(),
                Loaded::Ready(file) => view! { <PyramidBody place=place chosen_year=chosen_year file=file areas=Arc::clone(&areas) /> }.into_any(),
            }}
        </section>
    }
}

/// The choosers, the chart and the table.
#[component]
fn PyramidBody(
    place: Field<Option<String>>,
    chosen_year: Field<Option<i32>>,
    file: Arc<ThemeData>,
    areas: Arc<AreaFile>,
) -> impl IntoView {
    let places: Vec<(String, String)> = profile_areas(&file, &areas)
        .into_iter()
        .map(|a| (a.code.clone(), a.short_name.clone()))
        .collect();
    // The locality and year are part of the view (and so of links and history): the chosen ones
    // where they have figures, else the first locality and its default year.
    let area = place.chosen_or_first(places.iter().map(|p| p.0.clone()).collect());
    let year = {
        let file = Arc::clone(&file);
        Memo::new(move |_| {
            let code = area.get();
            chosen_year
                .get
                .get()
                .filter(|y| projection(&file, &code, *y).is_some())
                .or_else(|| default_year(&file, &code))
        })
    };
    let spec = {
        let file = Arc::clone(&file);
        Memo::new(move |_| year.get().and_then(|y| pyramid_spec(&file, &area.get(), y)))
    };
    let years = {
        let file = Arc::clone(&file);
        move || projected_years(&file, &area.get())
    };
    let canvas = NodeRef::<Canvas>::new();
    let drawn = use_canvas_drawing(canvas, spec, |area, spec: &PyramidSpec, scale| {
        draw_pyramid(area, spec, scale)
            .map(|layout| layout.bars.len())
            .map_err(|e| format!("the chart could not be drawn ({e})"))
    });
    let label = {
        let areas = Arc::clone(&areas);
        move || {
            spec.with(|s| {
                s.as_ref()
                    .map(|s| pyramid_label(s, &areas, &area.get()))
                    .unwrap_or_default()
            })
        }
    };
    let place_options = places
        .into_iter()
        .map(|(code, name)| {
            let selected = {
                let code = code.clone();
                move || area.get() == code
            };
            view! { <option value=code prop:selected=selected>{name}</option> }
        })
        .collect_view();
    let year_options = move || {
        years()
            .into_iter()
            .map(|y| view! { <option value=y.to_string() prop:selected=move || year.get() == Some(y)>{y}</option> })
            .collect_view()
    };
    // A year the new locality has no projection for falls back to its default (the memo).
    let choose_area = move |e| {
        let code = event_target_value(&e);
        place.set.set(Some(code));
    };
    view! {
        <p class="method">"People of all ages by five-year band: the latest mid-year estimate beside the ONS 2022-based projection for a year you choose. The two sides are two years, not men and women: the pyramid shows all persons."</p>
        <div class="controls-row">
            <div class="field">
                <label for="pyramid-area">"Locality of the pyramid"</label>
                <select id="pyramid-area" on:change=choose_area>{place_options}</select>
            </div>
            <div class="field">
                <label for="pyramid-year">"Projected year"</label>
                <select id="pyramid-year" on:change=move |e| chosen_year.set.set(event_target_value(&e).parse().ok())>{year_options}</select>
            </div>
        </div>
        <canvas node_ref=canvas class="pyramid__canvas" role="img" aria-label=label data-bars=move || drawn.get().to_string()></canvas>
        <ul class="pyramid__sources" aria-label="Sources of the population by age">
            {file.sources.iter().map(|s| view! { <li>{s.citation()}</li> }).collect_view()}
        </ul>
        <PyramidTable spec=spec />
    }
}

/// The pyramid's figures, oldest band first (as the chart reads from the top).
#[component]
fn PyramidTable(spec: Memo<Option<PyramidSpec>>) -> impl IntoView {
    let rows = move || {
        spec.with(|s| {
            s.as_ref()
                .map(pyramid_rows)
                .unwrap_or_default()
                .into_iter()
                .map(|[band, a, b, c]| view! { <tr><th scope="row">{band}</th><td class="num">{a}</td><td class="num">{b}</td><td class="num">{c}</td></tr> })
                .collect_view()
        })
    };
    let heads = move || {
        spec.with(|s| {
            s.as_ref()
                .map(|s| (s.left.title.clone(), s.right.title.clone()))
                .unwrap_or_default()
        })
    };
    view! {
        <details class="pyramid__table">
            <summary>"Show the population by age as a table"</summary>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Population by age">
                <table class="data-table">
                    <caption>"People by age band"</caption>
                    <thead><tr>
                        <th scope="col">"Age"</th>
                        <th scope="col" class="num">{move || heads().0}</th>
                        <th scope="col" class="num">{move || heads().1}</th>
                        <th scope="col" class="num">"Change"</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </details>
    }
}
