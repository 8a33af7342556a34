//! The England-wide map: every local authority district shaded by the chosen indicator, with a
//! readout of the area under the pointer, England's value, and a ranked table of every value.
//! Its data file is fetched only when this map is first shown.

use crate::chart::choropleth::england_map_spec;
use crate::chart::map::MapSpec;
use crate::model::england::{AllAreasIndicator, EnglandFile};
use crate::model::format::format_value;
use crate::model::{AreaFile, AreaLevel, ViewState};
use crate::ui::data_store::{use_data, Loaded};
use crate::ui::load_problem::LoadProblem;
use crate::ui::map_canvas::MapCanvas;
use crate::ui::source_line::SourceLine;
use leptos::prelude::*;
use std::sync::Arc;

fn value_text(ind: &AllAreasIndicator, value: Option<f64>) -> String {
    value.map_or_else(
        || "no figure published".to_owned(),
        |v| format_value(v, ind.indicator.value_type, ind.indicator.decimals()),
    )
}

/// "Cornwall: 23.4% (2023)." for the area under the pointer, else England's value.
fn readout(file: &EnglandFile, ind: &AllAreasIndicator, pointed: Option<&str>) -> String {
    let england = format!(
        "England: {} ({}).",
        value_text(ind, ind.england()),
        ind.period
    );
    match pointed.and_then(|c| file.area(c)) {
        Some(a) => format!(
            "{}: {} ({}). {england}",
            a.name,
            value_text(ind, ind.values.get(&a.code).copied()),
            ind.period
        ),
        None => england,
    }
}

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
    state: RwSignal<ViewState>,
    areas: Arc<AreaFile>,
    #[prop(into)] indicator: Signal<Option<String>>,
) -> impl IntoView {
    let store = use_data();
    let loaded = Memo::new(move |_| store.england());
    let pointed = RwSignal::new(None::<String>);
    move || {
        match loaded.get() {
        Loaded::Loading => {
            view! { <p class="map__note" role="status">"Loading the map of every local authority in England…"</p> }.into_any()
        }
        Loaded::Failed(e) => view! { <LoadProblem error=e /> }.into_any(),
        Loaded::Ready(file) => {
            let Some(ind) = indicator.get().and_then(|id| file.indicator(&id).cloned()) else {
                let titles: Vec<String> = file
                    .indicators
                    .iter()
                    .map(|i| i.indicator.title.clone())
                    .collect();
                return view! {
                    <p class="map__note">
                        "There is no England-wide map of this indicator. Figures for every local authority are bundled for: "
                        {titles.join("; ")} "."
                    </p>
                }
                .into_any();
            };
            let spec = {
                let (file, id) = (Arc::clone(&file), ind.indicator.id.clone());
                Memo::new(move |_| {
                    let chosen = state.with(|s| s.areas.clone());
                    let refs: Vec<&str> = chosen.iter().map(String::as_str).collect();
                    england_map_spec(&file, &id, &refs)
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
                    let refs: Vec<&str> = order.iter().map(String::as_str).collect();
                    state.update(|s| s.toggle_area(&code, &refs));
                }
                pointed.set(Some(code));
            });
            let on_point = Callback::new(move |code: Option<String>| {
                if code.is_some() {
                    pointed.set(code);
                }
            });
            let chosen_line = {
                let (file, ind, areas) = (Arc::clone(&file), ind.clone(), Arc::clone(&areas));
                move || {
                    let parts: Vec<String> = state.with(|s| {
                        s.areas
                            .iter()
                            .filter(|c| file.area(c).is_some())
                            .map(|c| format!("{} {}", areas.short_name(c), value_text(&ind, ind.values.get(c).copied())))
                            .collect()
                    });
                    (!parts.is_empty()).then(|| format!("Outlined in black: {}.", parts.join("; ")))
                }
            };
            let text = {
                let (file, ind) = (Arc::clone(&file), ind.clone());
                move || pointed.with(|p| readout(&file, &ind, p.as_deref()))
            };
            let mut sources: Vec<_> = file.source(&ind.source).cloned().into_iter().collect();
            sources.push(file.boundary_source.clone());
            let table = {
                let (file, ind) = (Arc::clone(&file), ind.clone());
                move || {
                    let chosen = state.with(|s| s.areas.clone());
                    view! { <RankedTable file=Arc::clone(&file) ind=ind.clone() chosen=chosen /> }
                }
            };
            view! {
                <p class="map__readout" aria-live="polite" data-testid="england-readout">{text}</p>
                <p class="map__chosen">{chosen_line}</p>
                <MapCanvas spec=spec label=label on_pick=on_pick on_point=on_point class="map__canvas--england" />
                <p class="map__note">"Point at or tap any area to see its figure. Clicking B&NES, Swindon or Wiltshire also adds it to the charts or removes it. Grey areas have no published figure."</p>
                <SourceLine sources=sources />
                {table}
            }
            .into_any()
        }
    }
    }
}
