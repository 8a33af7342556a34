//! The England-wide map: every local authority district shaded by the chosen indicator, with a
//! readout of the area under the pointer, England's value, and a ranked table of every value.
//! Its data file is fetched only when this map is first shown.

use crate::chart::choropleth::england_map_spec;
use crate::chart::map::MapSpec;
use crate::model::england::{AllAreasIndicator, EnglandFile};
use crate::model::england_readout::{chosen_line, readout, value_text};
use crate::model::{AreaFile, AreaLevel, AreaToggle};
use crate::ui::data_store::{use_data, Loaded};
use crate::ui::lazy_view::{lazy_view, ChunkNotLoaded};
use crate::ui::load_problem::LoadProblem;
use crate::ui::map_canvas::MapCanvas;
use crate::ui::source_line::SourceLine;
use crate::ui::view_slices::Field;
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;
use std::sync::Arc;

/// The ranked table of every district's value.
#[component]
fn RankedTable(
    file: Arc<EnglandFile>,
    ind: AllAreasIndicator,
    chosen: Vec<String>,
) -> impl IntoView {
    let rows = file
        .ranked(&ind)
        .into_iter()
        .map(|r| {
            let is_chosen = chosen.contains(&r.area.code);
            let name = if is_chosen {
                format!("{} (chosen)", r.area.name)
            } else {
                r.area.name.clone()
            };
            view! {
                <tr class:table__chosen=is_chosen>
                    <td class="num">{r.rank}</td>
                    <th scope="row">{name}</th>
                    <td>{r.area.code.clone()}</td>
                    <td class="num">{value_text(&ind, Some(r.value))}</td>
                </tr>
            }
        })
        .collect_view();
    let missing = file.areas.len() - file.ranked(&ind).len();
    let caption = format!(
        "{} ({}), {}: every local authority district in England, highest first",
        ind.indicator.title, ind.indicator.unit, ind.period
    );
    view! {
        <details class="table-toggle">
            <summary>"Show all local authorities as a table"</summary>
            <div class="table-wrap" tabindex="0" role="region" aria-label=caption.clone()>
                <table class="data-table data-table--ranked">
                    <caption>{caption.clone()}</caption>
                    <thead><tr>
                        <th scope="col">"Rank"</th>
                        <th scope="col">"Local authority"</th>
                        <th scope="col">"Code"</th>
                        <th scope="col">"Value"</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            {(missing > 0).then(|| view! {
                <p class="map__note">{missing} " local authorities have no published figure for this period and are not listed."</p>
            })}
        </details>
    }
}

/// The England-wide map for the chosen indicator.
#[component]
pub fn EnglandMap(
    chosen: Field<Vec<String>, AreaToggle>,
    areas: Arc<AreaFile>,
    #[prop(into)] indicator: Signal<Option<String>>,
) -> impl IntoView {
    lazy_view("the map of England", load_england_map, move || {
        england_map(chosen, Arc::clone(&areas), indicator)
    })
}

/// Builds it in the `england_map` chunk (see `ui::lazy_view`).
#[wasm_split(england_map, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_england_map))]
fn england_map(
    chosen: Field<Vec<String>, AreaToggle>,
    areas: Arc<AreaFile>,
    indicator: Signal<Option<String>>,
) -> Result<AnyView, ChunkNotLoaded> {
    Ok(view! { <EnglandMapLoaded chosen=chosen areas=areas indicator=indicator /> }.into_any())
}

/// The map of England itself.
#[component]
fn EnglandMapLoaded(
    chosen: Field<Vec<String>, AreaToggle>,
    areas: Arc<AreaFile>,
    #[prop(into)] indicator: Signal<Option<String>>,
) -> impl IntoView {
    let store = use_data();
    let loaded = Memo::new(move |_| store.england());
    move || {
        match loaded.get() {
        Loaded::Loading => view! {
            <p class="map__note" role="status">"Loading the map of every local authority in England…"</p>
        }
        .into_any(),
        Loaded::Failed(e) => view! { <LoadProblem error=e /> }.into_any(),
        Loaded::Ready(file) => match indicator.get().and_then(|id| file.indicator(&id).cloned()) {
            Some(ind) => {
                view! { <EnglandMapOf chosen=chosen areas=Arc::clone(&areas) file=file ind=ind /> }
                    .into_any()
            }
            None => {
                let titles: Vec<String> = file
                    .indicators
                    .iter()
                    .map(|i| i.indicator.title.clone())
                    .collect();
                view! {
                    <p class="map__note">
                        "There is no England-wide map of this indicator. Figures for every local authority are bundled for: "
                        {titles.join("; ")} "."
                    </p>
                }
                .into_any()
            }
        },
    }
    }
}

/// The England-wide map of one indicator: readout, chosen localities, map, source and table.
#[component]
fn EnglandMapOf(
    chosen: Field<Vec<String>, AreaToggle>,
    areas: Arc<AreaFile>,
    file: Arc<EnglandFile>,
    ind: AllAreasIndicator,
) -> impl IntoView {
    let pointed = RwSignal::new(None::<String>);
    let spec = {
        let (file, id) = (Arc::clone(&file), ind.indicator.id.clone());
        Memo::new(move |_| {
            chosen.get.with(|c| {
                let refs: Vec<&str> = c.iter().map(String::as_str).collect();
                england_map_spec(&file, &id, &refs)
            })
        })
    };
    let label = Signal::derive(move || {
        spec.with(|s: &Option<MapSpec>| {
            s.as_ref().map_or_else(String::new, |s| {
                format!(
                    "Map of England's {} local authority districts shaded by {}: lightest {}, darkest {}. The table below lists every value.",
                    s.areas.len(), s.legend_title, s.legend_range.0, s.legend_range.1
                )
            })
        })
    });
    let places: Vec<String> = areas
        .areas
        .iter()
        .filter(|a| a.level == AreaLevel::Place)
        .map(|a| a.code.clone())
        .collect();
    let order: Vec<String> = areas.areas.iter().map(|a| a.code.clone()).collect();
    let on_pick = Callback::new(move |code: String| {
        if places.contains(&code) {
            chosen.set.set(AreaToggle {
                code: code.clone(),
                shown: Vec::new(),
                order: order.clone(),
            });
        }
        pointed.set(Some(code));
    });
    let on_point = Callback::new(move |code: Option<String>| {
        if code.is_some() {
            pointed.set(code);
        }
    });
    let line = {
        let (file, ind) = (Arc::clone(&file), ind.clone());
        move || chosen.get.with(|c| chosen_line(&file, &ind, &areas, c))
    };
    let text = {
        let (file, ind) = (Arc::clone(&file), ind.clone());
        move || pointed.with(|p| readout(&file, &ind, p.as_deref()))
    };
    let mut sources: Vec<_> = file.source(&ind.source).cloned().into_iter().collect();
    sources.push(file.boundary_source.clone());
    // Rebuilt only when the chosen localities change (they are marked in it).
    let table = move || {
        view! { <RankedTable file=Arc::clone(&file) ind=ind.clone() chosen=chosen.get.get() /> }
    };
    view! {
        <p class="map__readout" aria-live="polite" data-testid="england-readout">{text}</p>
        <p class="map__chosen">{line}</p>
        <MapCanvas spec=spec label=label on_pick=on_pick on_point=on_point class="map__canvas--england" />
        <p class="map__note">"Point at or tap any area to see its figure. Clicking B&NES, Swindon or Wiltshire also adds it to the charts or removes it. Grey areas have no published figure."</p>
        <SourceLine sources=sources />
        {table}
    }
}
