//! The map: the three places, shaded by the chosen indicator and labelled with their values,
//! or every local authority in England. Clicking or tapping a place adds it to or removes it
//! from the chosen localities (the locality checkboxes do the same by keyboard).

use crate::chart::choropleth::{has_map, map_spec};
use crate::chart::map::MapSpec;
use crate::model::{AreaFile, AreaToggle, MapScope, ThemeData};
use crate::ui::data_store::{use_data, Loaded};
use crate::ui::england_map::EnglandMap;
use crate::ui::lazy_view::{lazy_view_near, ChunkNotLoaded};
use crate::ui::load_problem::LoadProblem;
use crate::ui::map_canvas::MapCanvas;
use crate::ui::view_slices::Field;
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;
use std::sync::Arc;

/// The map of the three places.
#[component]
fn PlacesMap(
    chosen: Field<Vec<String>, AreaToggle>,
    areas: Arc<AreaFile>,
    spec: Memo<Option<MapSpec>>,
) -> impl IntoView {
    let order: Vec<String> = areas.areas.iter().map(|a| a.code.clone()).collect();
    let on_pick = Callback::new(move |code: String| {
        chosen.set.set(AreaToggle {
            code,
            shown: Vec::new(),
            order: order.clone(),
        });
    });
    let label = Signal::derive(move || {
        spec.with(|s| {
            s.as_ref().map(|s| {
                let parts: Vec<String> = s.areas.iter().map(|a| a.label.replace('\n', ": ")).collect();
                format!("Map of {}: {}. Click a place to add it to or remove it from the chart; the Localities checkboxes do the same.", s.legend_title, parts.join("; "))
            })
        })
        .unwrap_or_default()
    });
    view! {
        <MapCanvas spec=spec label=label on_pick=on_pick />
        <p class="map__source">"Boundaries: Office for National Statistics, Local Authority Districts (December 2020) UK BUC. Contains OS data © Crown copyright and database right 2020. Licence: Open Government Licence v3.0."</p>
    }
}

/// The map panel. Not printed with the places' map, so its code (a chunk of its own) is fetched
/// when it comes near the visible part of the page; at once when the link asks for the
/// England-wide map (printed when chosen).
#[component]
pub fn MapPanel(
    chosen: Field<Vec<String>, AreaToggle>,
    extent: Field<MapScope>,
    data: Arc<ThemeData>,
    areas: Arc<AreaFile>,
    #[prop(into)] indicator: Signal<Option<String>>,
) -> impl IntoView {
    let eager = Signal::derive(move || extent.get.get() == MapScope::England);
    // An indicator without figures for the places (a trust's) has no map: no room is kept for
    // one, and its code is not fetched.
    let mapped = {
        let (data, areas) = (Arc::clone(&data), Arc::clone(&areas));
        Memo::new(move |_| {
            indicator.with(|i| i.as_deref().is_some_and(|i| has_map(&data, &areas, i)))
        })
    };
    move || {
        let (data, areas) = (Arc::clone(&data), Arc::clone(&areas));
        mapped.get().then(|| {
            lazy_view_near("the map", eager, load_map_panel, move || {
                map_panel(
                    chosen,
                    extent,
                    Arc::clone(&data),
                    Arc::clone(&areas),
                    indicator,
                )
            })
        })
    }
}

/// The map panel, built in the `map_panel` chunk.
#[wasm_split(map_panel, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_map_panel))]
fn map_panel(
    chosen: Field<Vec<String>, AreaToggle>,
    extent: Field<MapScope>,
    data: Arc<ThemeData>,
    areas: Arc<AreaFile>,
    indicator: Signal<Option<String>>,
) -> Result<AnyView, ChunkNotLoaded> {
    Ok(view! { <MapPanelLoaded chosen=chosen extent=extent data=data areas=areas indicator=indicator /> }.into_any())
}

/// The map panel, shown when the places have figures for the chosen indicator.
#[component]
fn MapPanelLoaded(
    /// The chosen localities (outlined on the maps; a click adds or removes one).
    chosen: Field<Vec<String>, AreaToggle>,
    /// The map's extent.
    extent: Field<MapScope>,
    data: Arc<ThemeData>,
    areas: Arc<AreaFile>,
    #[prop(into)] indicator: Signal<Option<String>>,
) -> impl IntoView {
    let store = use_data();
    let outlines = {
        let areas = Arc::clone(&areas);
        Memo::new(move |_| store.boundaries(Arc::clone(&areas)))
    };
    let boundaries = Memo::new(move |_| match outlines.get() {
        Loaded::Ready(b) => Some(b),
        _ => None,
    });
    // Boundaries that cannot be used: the map says why in its place; the rest works.
    let problem = Memo::new(move |_| match outlines.get() {
        Loaded::Failed(e) => Some(e),
        _ => None,
    });
    let spec = {
        let (data, areas) = (Arc::clone(&data), Arc::clone(&areas));
        Memo::new(move |_| {
            let b = boundaries.get()?;
            let ind = indicator.get()?;
            let chosen = chosen.get.get();
            let refs: Vec<&str> = chosen.iter().map(String::as_str).collect();
            map_spec(&data, &areas, &b, &ind, &refs)
        })
    };
    let scope_radio = move |scope: MapScope, id: &'static str, text: &'static str| {
        view! {
            <label class="radio" for=id>
                <input
                    type="radio"
                    id=id
                    name="map-scope"
                    prop:checked=move || extent.get.get() == scope
                    on:change=move |_| extent.set.set(scope)
                />
                {text}
            </label>
        }
    };
    view! {
        <section
            class="map"
            class:map--england=move || extent.get.get() == MapScope::England
            aria-labelledby="map-title"
        >
            <h3 id="map-title" class="chart-title">"Map"</h3>
            <fieldset class="map__scope">
                <legend>"Show"</legend>
                {scope_radio(MapScope::Places, "map-scope-places", "B&NES, Swindon and Wiltshire")}
                {scope_radio(MapScope::England, "map-scope-england", "All local authorities in England")}
            </fieldset>
            {move || match extent.get.get() {
                MapScope::Places => match problem.get() {
                    Some(error) => view! { <LoadProblem error=error /> }.into_any(),
                    None => view! { <PlacesMap chosen=chosen areas=Arc::clone(&areas) spec=spec /> }.into_any(),
                },
                MapScope::England => view! { <EnglandMap chosen=chosen areas=Arc::clone(&areas) indicator=indicator /> }.into_any(),
            }}
        </section>
    }
}
