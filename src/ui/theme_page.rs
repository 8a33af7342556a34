//! A theme's page: the locality picker, an indicator chooser, the trend chart with its
//! summary sentence and source line, the panels of the theme, and the table of figures. The
//! panels below the chart are built just after it is first drawn.

use crate::chart::export::{chart_csv, file_stem};
use crate::chart::figure::Figure;
use crate::chart::indicator_view::IndicatorView;
use crate::model::display::DisplayMode;
use crate::model::query::{areas_with_figures, indicators_with_figures};
use crate::model::table::TrendTable;
use crate::model::{AreaFile, Source, ThemeData};
use crate::ui::age_structure_panel::AgeStructurePanel;
use crate::ui::comparison_panel::ComparisonPanel;
use crate::ui::currency_panel::CurrencyPanel;
use crate::ui::display_modes::DisplayModes;
use crate::ui::first_view::take_over;
use crate::ui::full_view_link::FullViewLink;
use crate::ui::headline_cards::HeadlineCards;
use crate::ui::housing_scenario::HousingScenarioPanel;
use crate::ui::later::Later;
use crate::ui::lazy_view::{lazy_view_near, ChunkNotLoaded};
use crate::ui::locality_picker::LocalityPicker;
use crate::ui::map_panel::MapPanel;
use crate::ui::overview_matrix::OverviewMatrix;
use crate::ui::page_state::{forget_unknown_indicator, PageState};
use crate::ui::plan_delivery::PlanDelivery;
use crate::ui::population_pyramid::PopulationPyramid;
use crate::ui::share_panel::SharePanel;
use crate::ui::source_line::SourceLine;
use crate::ui::statement_card::StatementCard;
use crate::ui::trend_chart::TrendChart;
use crate::ui::trend_table::TrendTableView;
use crate::ui::variation_link::VariationLink;
use crate::ui::view_slices::{Field, ViewSlices};
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;
use std::sync::Arc;

/// The page of one theme.
#[component]
pub fn ThemePage(
    view: ViewSlices,
    data: Arc<ThemeData>,
    areas: Arc<AreaFile>,
    /// Only the chart, its title, summary and source, and a link to the full view.
    embed: bool,
) -> impl IntoView {
    forget_unknown_indicator(view.indicator, &data);
    let page = PageState::new(view, &data, &areas);
    if embed {
        return embed_view(view, page);
    }
    let offered = Arc::new(areas_with_figures(&data, &areas));
    // The panels below the chart are built once it is on screen (or at once for a statement).
    let drawn = RwSignal::new(false);
    let after = Signal::derive(move || drawn.get() || !page.charted());
    Effect::new(move |_| {
        if after.get() {
            take_over();
        }
    });
    // The page is built: should its chart not draw (it says why instead), the app still takes
    // over, when the panels below it are built.
    set_timeout(take_over, crate::ui::later::LATEST);
    view! {
        <div class="layout">
            <aside class="layout__controls">
                <LocalityPicker chosen=view.areas areas=offered with_data=page.with_data shown=page.selected />
            </aside>
            <section class="layout__content theme-page" aria-labelledby="chart-title">
                <div class="controls-row">
                    <IndicatorChooser data=Arc::clone(&data) indicator=view.indicator current=page.current />
                    <DisplayModes
                        mode=view.mode
                        offered=Signal::derive(move || page.charted() && page.view.with(|v| v.as_ref().is_ok_and(|v| v.modes)))
                        why_not=Signal::derive(move || page.view.with(|v| v.as_ref().ok().and_then(|v| v.index_unavailable.clone())))
                    />
                </div>
                <CurrencyPanel data=Arc::clone(&data) />
                <p class="field__hint" role="status" hidden=move || !page.shown.with(|s| s.1)>
                    "None of the chosen localities has figures for this indicator, so localities that have are shown (the first six at most): choose others in the list."
                </p>
                <ChartHeading view=page.view />
                {move || page.statement.get().map(|figures| view! { <StatementCard figures=figures /> })}
                <Charted view=view page=page data=Arc::clone(&data) areas=Arc::clone(&areas) drawn=drawn after=after />
                <Later after=after>{
                    let (data, areas) = (Arc::clone(&data), Arc::clone(&areas));
                    move || theme_panels(view, page, &data, &areas)
                }</Later>
            </section>
        </div>
    }
    .into_any()
}

/// The indicator chooser: the theme's indicators that have figures.
#[component]
fn IndicatorChooser(
    data: Arc<ThemeData>,
    indicator: Field<Option<String>>,
    current: Memo<Option<String>>,
) -> impl IntoView {
    let options = indicators_with_figures(&data)
        .into_iter()
        .map(|(id, title)| {
            let selected = {
                let id = id.clone();
                move || current.with(|c| c.as_deref() == Some(id.as_str()))
            };
            view! { <option value=id prop:selected=selected>{title}</option> }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for="indicator-select">"Indicator"</label>
            <select id="indicator-select" on:change=move |e| indicator.set.set(Some(event_target_value(&e)))>{options}</select>
        </div>
    }
}

/// The indicator's title, definition and summary sentence, or why it cannot be shown.
#[component]
fn ChartHeading(view: Memo<Result<IndicatorView, String>>) -> impl IntoView {
    move || {
        view.with(|v| match v {
            Err(e) => view! { <p class="problem" role="alert">"These figures could not be shown: " {e.clone()}</p> }.into_any(),
            Ok(v) => view! {
                <h2 id="chart-title" class="chart-title">{v.title.clone()}</h2>
                <p class="chart-subtitle">{v.definition.clone()} " " {v.note.clone()}</p>
                {v.summary.clone().map(|s| view! { <p class="summary">{s}</p> })}
            }
            .into_any(),
        })
    }
}

/// The cards, the chart, and (just after it) the comparison and the map: hidden when the
/// indicator is a statement.
#[component]
fn Charted(
    view: ViewSlices,
    page: PageState,
    data: Arc<ThemeData>,
    areas: Arc<AreaFile>,
    /// Set when the chart is first drawn.
    drawn: RwSignal<bool>,
    /// When the panels below the chart may be built.
    after: Signal<bool>,
) -> impl IntoView {
    let indicator = Signal::derive(move || page.current.get());
    let selected = Signal::derive(move || page.selected.get());
    let label = page.text(|v| v.label.clone());
    view! {
        <div class="charted" hidden=move || !page.charted()>
            <ul class="cards" aria-label="Latest figures">
                <HeadlineCards data=Arc::clone(&data) areas=Arc::clone(&areas) indicator=indicator selected=selected />
            </ul>
            <TrendChart spec=page.spec() label=label sources=page.sources() key_only=true drawn=drawn />
            <Later after=after>{
                let (data, areas) = (Arc::clone(&data), Arc::clone(&areas));
                move || view! {
                    <ComparisonPanel
                        data=Arc::clone(&data)
                        areas=Arc::clone(&areas)
                        indicator=indicator
                        selected=selected
                        chosen_period=view.period
                    />
                    <MapPanel chosen=view.areas extent=view.map data=Arc::clone(&data) areas=Arc::clone(&areas) indicator=indicator />
                }
            }</Later>
        </div>
    }
}

/// The panels below the chart: the theme's own, the sources and table, the health overview and
/// the share panel.
fn theme_panels(
    view: ViewSlices,
    page: PageState,
    data: &Arc<ThemeData>,
    areas: &Arc<AreaFile>,
) -> AnyView {
    let (data, areas) = (Arc::clone(data), Arc::clone(areas));
    let population = (data.theme == "population").then(|| view! {
        <AgeStructurePanel chosen=view.age population=Arc::clone(&data) areas=Arc::clone(&areas) />
        <PopulationPyramid place=view.pyramid chosen_year=view.pyramid_year areas=Arc::clone(&areas) />
    });
    let housing = (data.theme == "housing").then(|| {
        view! {
            <PlanDelivery housing=Arc::clone(&data) areas=Arc::clone(&areas) />
            <HousingScenarioPanel areas=Arc::clone(&areas) />
        }
    });
    // After the indicator's own figures, so that they print on its first two pages.
    let overview = (data.theme == "health-inequalities").then(|| view! {
        <OverviewMatrix chosen=view.areas.get indicator=view.indicator data=Arc::clone(&data) areas=Arc::clone(&areas) />
    });
    let variation = (data.theme == "performance").then(|| {
        view! {
            <VariationLink view=view data=Arc::clone(&data) areas=Arc::clone(&areas)
                indicator=Signal::derive(move || page.current.get())
                selected=Signal::derive(move || page.selected.get()) />
        }
    });
    view! {
        {population}
        {housing}
        {variation}
        <SourcesAndTable page=page open=view.table />
        {overview}
        <Share view=view page=page areas=areas />
    }
    .into_any()
}

/// The sources and the table of figures (usually closed) below the chart. They follow it in a
/// task of their own, so that they never delay a redraw; they are up to date a moment later.
#[component]
fn SourcesAndTable(page: PageState, open: Field<bool>) -> impl IntoView {
    let pick = |v: &Result<IndicatorView, String>| {
        v.as_ref()
            .ok()
            .map(|v| (v.title.clone(), v.table.clone(), v.sources.clone()))
    };
    let below = RwSignal::new(page.view.with_untracked(pick));
    Effect::new(move |before: Option<()>| {
        let next = page.view.with(pick);
        if before.is_some() {
            set_timeout(
                move || {
                    below.try_set(next);
                },
                std::time::Duration::ZERO,
            );
        }
    });
    move || {
        below.with(|b| {
            b.as_ref()
                .map(|(title, table, sources)| sources_and_table(title, table, sources, open))
        })
    }
}

fn sources_and_table(
    title: &str,
    table: &TrendTable,
    sources: &[Source],
    open: Field<bool>,
) -> impl IntoView {
    let caption = format!("{title} by period and locality");
    view! {
        <SourceLine sources=sources.to_vec() />
        <details
            class="table-toggle table-toggle--main"
            prop:open=move || open.get.get()
            on:toggle=move |e| {
                let now = event_target::<web_sys::HtmlDetailsElement>(&e).open();
                if open.get.get_untracked() != now {
                    open.set.set(now);
                }
            }
        >
            <summary>"Show the figures as a table"</summary>
            <TrendTableView table=table.clone() caption=caption />
        </details>
    }
}

/// The share and download panel. Not printed, so its code (a chunk of its own) is fetched when it
/// comes near the visible part of the page.
#[component]
fn Share(view: ViewSlices, page: PageState, areas: Arc<AreaFile>) -> impl IntoView {
    let never = Signal::derive(|| false);
    lazy_view_near("sharing and downloads", never, load_share, move || {
        share(view, page, Arc::clone(&areas))
    })
}

/// The panel, built in the `share` chunk.
#[wasm_split(share, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_share))]
fn share(
    view: ViewSlices,
    page: PageState,
    areas: Arc<AreaFile>,
) -> Result<AnyView, ChunkNotLoaded> {
    Ok(view! { <ShareLoaded view=view page=page areas=areas /> }.into_any())
}

/// The share and download panel, with the file name the downloads take.
#[component]
fn ShareLoaded(view: ViewSlices, page: PageState, areas: Arc<AreaFile>) -> impl IntoView {
    let stem = Signal::derive(move || {
        let mode: DisplayMode = view.mode.get.get();
        page.selected.with(|chosen| {
            let names: Vec<&str> = chosen.iter().map(|c| areas.short_name(c)).collect();
            file_stem(&page.current.get().unwrap_or_default(), &names, mode.id())
        })
    });
    let spec = page.spec();
    let figure = Signal::derive(move || Figure::Line(spec.get()));
    let (title, sources) = (page.text(|v| v.title.clone()), page.sources());
    let csv = Callback::new(move |()| {
        spec.with(|s| sources.with(|src| chart_csv(s, &title.get_untracked(), src)))
    });
    view! {
        <SharePanel view=view.whole figure=figure csv=csv title=title sources=sources stem=stem />
    }
}

/// The embedded chart: title, summary, chart, source and a link to the full view.
fn embed_view(view: ViewSlices, page: PageState) -> AnyView {
    view! {
        <section class="embed" aria-labelledby="chart-title">
            {move || page.view.with(|v| match v {
                Err(e) => view! { <p class="problem" role="alert">"These figures could not be shown: " {e.clone()}</p> }.into_any(),
                Ok(v) => view! {
                    <h1 id="chart-title" class="chart-title">{v.title.clone()}</h1>
                    {v.summary.clone().map(|s| view! { <p class="summary">{s}</p> })}
                }.into_any(),
            })}
            <TrendChart spec=page.spec() label=page.text(|v| v.label.clone()) sources=page.sources() key_only=true />
            {move || page.view.with(|v| v.as_ref().ok().map(|v| view! { <SourceLine sources=v.sources.clone() /> }))}
            <FullViewLink view=view />
        </section>
    }
    .into_any()
}
