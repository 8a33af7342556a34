//! The neighbourhood view: deprivation inside each place. A map of every neighbourhood (LSOA)
//! shaded by its national decile of the chosen domain, read by pointer, tap or keyboard (the
//! table's names); residents by decile; the share in England's most deprived fifth beside the
//! 2016 plan's; every neighbourhood in a searchable table. Its data file is fetched only when
//! the view is opened.

use crate::chart::figure::Figure;
use crate::chart::map::MapSpec;
use crate::chart::neighbourhood_map::neighbourhood_map_spec;
use crate::model::boundary::BoundaryFile;
use crate::model::neighbourhood::NeighbourhoodFile;
use crate::model::neighbourhood_text::{
    file_stem, map_label, neighbourhoods_csv, plan_comparison, plan_figure, readout, summary,
    table_rows, TableOrder,
};
use crate::model::{AreaFile, AreaLevel, Theme};
use crate::ui::data_store::{use_data, Loaded};
use crate::ui::full_view_link::FullViewLink;
use crate::ui::lazy_view::{lazy_view, ChunkNotLoaded};
use crate::ui::load_problem::LoadProblem;
use crate::ui::map_canvas::MapCanvas;
use crate::ui::neighbourhood_tables::{DecileTable, RankedNeighbourhoods};
use crate::ui::share_panel::SharePanel;
use crate::ui::source_line::SourceLine;
use crate::ui::view_slices::{Field, ViewSlices};
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;
use std::sync::Arc;

/// The board papers' share of residents in England's most deprived fifth (BSW, 2016 plan), once
/// the health inequalities file has loaded.
fn plan_share(store: crate::ui::data_store::DataStore) -> Option<f64> {
    match store.theme(Theme::HealthInequalities) {
        Loaded::Ready(d) => plan_figure(&d),
        _ => None,
    }
}

/// The page, once its code (a chunk of its own: no other view uses it), its file and the
/// places' outlines have loaded.
#[component]
pub fn NeighbourhoodPage(view: ViewSlices, areas: Arc<AreaFile>, embed: bool) -> impl IntoView {
    lazy_view(
        "the neighbourhood view",
        load_neighbourhood_page,
        move || neighbourhood_page(view, Arc::clone(&areas), embed),
    )
}

/// The page, built in the `neighbourhoods` chunk.
#[wasm_split(neighbourhoods, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_neighbourhood_page))]
fn neighbourhood_page(
    view: ViewSlices,
    areas: Arc<AreaFile>,
    embed: bool,
) -> Result<AnyView, ChunkNotLoaded> {
    Ok(view! { <NeighbourhoodPageLoaded view=view areas=areas embed=embed /> }.into_any())
}

/// The page, once its file (and the places' outlines) have loaded.
#[component]
fn NeighbourhoodPageLoaded(view: ViewSlices, areas: Arc<AreaFile>, embed: bool) -> impl IntoView {
    crate::ui::first_view::take_over();
    let store = use_data();
    let file = {
        let areas = Arc::clone(&areas);
        Memo::new(move |_| store.neighbourhoods(Arc::clone(&areas)))
    };
    let places = {
        let areas = Arc::clone(&areas);
        // The places' outlines are a guide: the map draws without them while (or if) they
        // cannot be had.
        Memo::new(move |_| match store.boundaries(Arc::clone(&areas)) {
            Loaded::Ready(b) => Some(b),
            _ => None,
        })
    };
    move || {
        match file.get() {
        Loaded::Loading => view! { <p class="loading" role="status">"Loading the neighbourhoods…"</p> }.into_any(),
        Loaded::Failed(e) => view! { <LoadProblem error=e /> }.into_any(),
        Loaded::Ready(f) => view! {
            <NeighbourhoodBody view=view file=f areas=Arc::clone(&areas) places=places embed=embed />
        }
        .into_any(),
    }
    }
}

/// The place, domain and focused neighbourhood, each the link's if the file has it.
#[derive(Clone, Copy)]
struct Choice {
    place: Memo<Option<String>>,
    domain: Memo<usize>,
    focus: Memo<Option<String>>,
}

fn choice(view: ViewSlices, file: &Arc<NeighbourhoodFile>) -> Choice {
    let (f1, f2, f3) = (Arc::clone(file), Arc::clone(file), Arc::clone(file));
    Choice {
        place: Memo::new(move |_| {
            view.place
                .get
                .get()
                .filter(|p| f1.of(Some(p)).next().is_some())
        }),
        domain: Memo::new(move |_| {
            view.domain
                .get
                .with(|d| {
                    d.as_deref()
                        .and_then(|d| f2.domains.iter().position(|x| x.id == d))
                })
                .unwrap_or(0)
        }),
        focus: Memo::new(move |_| {
            view.focus
                .get
                .get()
                .filter(|c| f3.neighbourhoods.iter().any(|n| n.code == *c))
        }),
    }
}

#[component]
fn NeighbourhoodBody(
    view: ViewSlices,
    file: Arc<NeighbourhoodFile>,
    areas: Arc<AreaFile>,
    places: Memo<Option<Arc<BoundaryFile>>>,
    embed: bool,
) -> impl IntoView {
    let c = choice(view, &file);
    let pointed = RwSignal::new(None::<String>);
    let place_name = {
        let areas = Arc::clone(&areas);
        Signal::derive(move || {
            c.place
                .get()
                .map_or_else(|| "BSW".to_owned(), |p| areas.short_name(&p).to_owned())
        })
    };
    let spec = {
        let (file, areas) = (Arc::clone(&file), Arc::clone(&areas));
        Signal::derive(move || {
            let p = places.get();
            Some(neighbourhood_map_spec(
                &file,
                p.as_deref(),
                &areas,
                c.place.get().as_deref(),
                c.domain.get(),
                c.focus.get().as_deref(),
            ))
        })
    };
    let label = Signal::derive(move || {
        spec.with(|s| {
            s.as_ref().map_or_else(
                || "Map of the neighbourhoods (loading).".to_owned(),
                |s| map_label(&place_name.get(), s.areas.len(), &s.legend_title),
            )
        })
    });
    let on_pick = Callback::new(move |code: String| view.focus.set.set(Some(code)));
    // Only a change of neighbourhood updates the (announced) readout.
    let on_point = Callback::new(move |code: Option<String>| {
        if pointed.with_untracked(|p| *p != code) {
            pointed.set(code);
        }
    });
    // The neighbourhood read, if any; else a hint on how to read one (not printed).
    let found = {
        let file = Arc::clone(&file);
        Memo::new(move |_| {
            let code = pointed.get().or_else(|| c.focus.get());
            code.and_then(|code| file.neighbourhoods.iter().find(|n| n.code == code))
                .map(|n| readout(&file, n, c.domain.get()))
        })
    };
    let read = move || {
        found.get().unwrap_or_else(|| {
            "Point at or tap a neighbourhood, or choose one in the table, to read its figures."
                .to_owned()
        })
    };
    let words = {
        let (file, areas) = (Arc::clone(&file), Arc::clone(&areas));
        move || summary(&file, &areas, c.place.get().as_deref(), c.domain.get())
    };
    let store = use_data();
    let comparison = {
        let file = Arc::clone(&file);
        move || plan_comparison(&file, plan_share(store))
    };
    let share = (!embed).then(|| {
        let (file, areas) = (Arc::clone(&file), Arc::clone(&areas));
        view! { <NeighbourhoodShare view=view file=file areas=areas chosen=c spec=spec place_name=place_name /> }
    });
    let panels = (!embed).then(|| {
        let (file, areas) = (Arc::clone(&file), Arc::clone(&areas));
        view! {
            <p class="method">{comparison}</p>
            <h3 class="chart-title">"People by deprivation"</h3>
            <DecileTable file=Arc::clone(&file) place=c.place domain=c.domain place_name=place_name />
            <h3 class="chart-title">"Every neighbourhood"</h3>
            <RankedNeighbourhoods file=file areas=areas place=c.place domain=c.domain focus=view.focus pointed=pointed />
        }
    });
    view! {
        <section class="neighbourhoods" aria-labelledby="chart-title">
            <h2 id="chart-title" class="chart-title">"Deprivation by neighbourhood"</h2>
            <p class="chart-subtitle">"Neighbourhoods are lower layer super output areas (about 1,500 residents each). Each is ranked against all 32,844 in England; decile 1 is England's most deprived 10%."</p>
            {(!embed).then(|| view! { <NeighbourhoodControls file=Arc::clone(&file) areas=Arc::clone(&areas) place=view.place domain=view.domain focus=view.focus chosen=c /> })}
            <p class="summary">{words}</p>
            <MapCanvas spec=spec label=label on_pick=on_pick on_point=on_point class="map__canvas--neighbourhoods" />
            <p class="map__readout" class:map__readout--hint=move || found.with(Option::is_none) aria-live="polite" data-testid="neighbourhood-readout">{read}</p>
            {panels}
            <SourceLine sources=file.sources.clone() />
            {share}
            {embed.then(|| view! { <EmbedFoot view=view file=Arc::clone(&file) areas=Arc::clone(&areas) chosen=c pointed=pointed /> })}
        </section>
    }
}

/// The place and domain choosers.
#[component]
fn NeighbourhoodControls(
    file: Arc<NeighbourhoodFile>,
    areas: Arc<AreaFile>,
    place: Field<Option<String>>,
    domain: Field<Option<String>>,
    /// Cleared with a change of place (the neighbourhood read is in the place shown).
    focus: Field<Option<String>>,
    chosen: Choice,
) -> impl IntoView {
    let mut place_options = vec![view! { <option value="" prop:selected=move || chosen.place.get().is_none()>"All of BSW"</option> }.into_any()];
    for a in areas
        .areas
        .iter()
        .filter(|a| a.level == AreaLevel::Place && file.of(Some(&a.code)).next().is_some())
    {
        let code = a.code.clone();
        let is = {
            let code = code.clone();
            move || chosen.place.get().as_deref() == Some(code.as_str())
        };
        place_options.push(
            view! { <option value=code prop:selected=is>{a.short_name.clone()}</option> }
                .into_any(),
        );
    }
    let domain_options = file
        .domains
        .iter()
        .enumerate()
        .map(|(i, d)| view! { <option value=d.id.clone() prop:selected=move || chosen.domain.get() == i>{d.title.clone()}</option> })
        .collect_view();
    view! {
        <div class="controls-row">
            <div class="field">
                <label for="nb-place">"Place"</label>
                <select id="nb-place" on:change=move |e| {
                    let v = event_target_value(&e);
                    focus.set.set(None);
                    place.set.set((!v.is_empty()).then_some(v));
                }>{place_options}</select>
            </div>
            <div class="field">
                <label for="nb-domain">"Deprivation"</label>
                <select id="nb-domain" on:change=move |e| domain.set.set(Some(event_target_value(&e)))>{domain_options}</select>
            </div>
        </div>
    }
}

/// Share and download: the link, the embed code, the map as PNG or SVG, the table as CSV.
#[component]
fn NeighbourhoodShare(
    view: ViewSlices,
    file: Arc<NeighbourhoodFile>,
    areas: Arc<AreaFile>,
    chosen: Choice,
    spec: Signal<Option<MapSpec>>,
    place_name: Signal<String>,
) -> impl IntoView {
    let figure = Signal::derive(move || Figure::Map(spec.get().unwrap_or_else(MapSpec::empty)));
    let title =
        Signal::derive(move || format!("Deprivation by neighbourhood: {}", place_name.get()));
    let sources = Signal::derive({
        let file = Arc::clone(&file);
        move || file.sources.clone()
    });
    let stem = {
        let file = Arc::clone(&file);
        Signal::derive(move || {
            chosen
                .place
                .with(|p| file_stem(&file, p.as_deref(), chosen.domain.get()))
        })
    };
    let csv = Callback::new(move |()| {
        let d = chosen.domain.get_untracked();
        let place = chosen.place.get_untracked();
        let rows = table_rows(&file, place.as_deref(), d, "", TableOrder::Rank);
        neighbourhoods_csv(&file, &areas, &rows, d)
    });
    view! { <SharePanel view=view.whole figure=figure csv=csv title=title sources=sources stem=stem /> }
}

/// The foot of the embedded view: the table of neighbourhoods, closed (the keyboard's way to read
/// one), and the link to the full view.
#[component]
fn EmbedFoot(
    view: ViewSlices,
    file: Arc<NeighbourhoodFile>,
    areas: Arc<AreaFile>,
    chosen: Choice,
    pointed: RwSignal<Option<String>>,
) -> impl IntoView {
    view! {
        <details class="table-toggle">
            <summary>"Show every neighbourhood as a table"</summary>
            <RankedNeighbourhoods file=file areas=areas place=chosen.place domain=chosen.domain focus=view.focus pointed=pointed />
        </details>
        <FullViewLink view=view />
    }
}
