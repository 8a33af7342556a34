//! A theme's page: the locality picker, an indicator chooser, the trend chart with its
//! summary sentence and source line, and the table of figures.

use crate::chart::export::file_stem;
use crate::chart::trend::{trend_spec, TrendRequest};
use crate::chart::LineChartSpec;
use crate::model::display::DisplayMode;
use crate::model::query::areas_to_show;
use crate::model::statement::statement;
use crate::model::summary::{in_sentence, summary};
use crate::model::table::{sources_used, trend_table, TrendTable};
use crate::model::url_state::{to_query, UrlState};
use crate::model::{AreaFile, Source, ThemeData, ValueType, ViewState};
use crate::ui::age_structure_panel::AgeStructurePanel;
use crate::ui::comparison_panel::ComparisonPanel;
use crate::ui::currency_panel::CurrencyPanel;
use crate::ui::display_modes::DisplayModes;
use crate::ui::headline_cards::HeadlineCards;
use crate::ui::housing_scenario::HousingScenarioPanel;
use crate::ui::locality_picker::LocalityPicker;
use crate::ui::map_panel::MapPanel;
use crate::ui::overview_matrix::OverviewMatrix;
use crate::ui::plan_delivery::PlanDelivery;
use crate::ui::population_pyramid::PopulationPyramid;
use crate::ui::share_panel::SharePanel;
use crate::ui::source_line::SourceLine;
use crate::ui::statement_card::StatementCard;
use crate::ui::trend_chart::TrendChart;
use crate::ui::trend_table::TrendTableView;
use crate::ui::url_sync::UrlSync;
use leptos::prelude::*;
use std::collections::HashSet;
use std::sync::Arc;

/// Everything the page shows for the current choices.
#[derive(Debug, Clone, PartialEq)]
struct IndicatorView {
    title: String,
    definition: String,
    note: Option<String>,
    modes: bool,
    /// Why index and % change cannot be shown, if they cannot.
    index_unavailable: Option<String>,
    spec: LineChartSpec,
    table: TrendTable,
    sources: Vec<Source>,
    summary: Option<String>,
    label: String,
}

fn build_view(
    data: &ThemeData,
    areas: &AreaFile,
    request: TrendRequest<'_>,
) -> Result<IndicatorView, String> {
    let indicator = request.indicator;
    let ind = data
        .indicator(indicator)
        .ok_or_else(|| format!("unknown indicator {indicator}"))?;
    let modes = matches!(
        ind.value_type,
        ValueType::Count | ValueType::GbpMillion | ValueType::Gbp
    );
    let request = TrendRequest {
        mode: if modes {
            request.mode
        } else {
            DisplayMode::Absolute
        },
        ..request
    };
    let spec = trend_spec(data, areas, request).map_err(|e| format!("{indicator}: {e}"))?;
    let table = trend_table(data, areas, indicator, request.areas).map_err(|e| e.to_string())?;
    let mut sources: Vec<Source> = sources_used(data, indicator, request.areas)
        .into_iter()
        .cloned()
        .collect();
    for s in &ind.standards {
        if let Some(src) = data.source(&s.source) {
            if !sources.contains(src) {
                sources.push(src.clone());
            }
        }
    }
    let names: Vec<&str> = table.columns.iter().map(String::as_str).collect();
    let label = match (table.rows.first(), table.rows.last()) {
        (Some(first), Some(last)) => format!(
            "Line chart of {} ({}) from {} to {} for {}. Focus the chart and use the arrow keys to read each value; the figures are also in the table below.",
            in_sentence(&ind.title),
            spec.unit_label,
            first.period,
            last.period,
            names.join(", ")
        ),
        _ => format!("Line chart of {}: none of the chosen localities has figures.", in_sentence(&ind.title)),
    };
    Ok(IndicatorView {
        title: ind.title.clone(),
        definition: ind.definition.clone(),
        note: ind.note.clone(),
        modes,
        index_unavailable: spec.index_unavailable.clone(),
        summary: summary(data, areas, indicator, request.areas),
        spec,
        table,
        sources,
        label,
    })
}

/// The embedded chart: title, summary, chart, source and a link to the full view.
fn embed_view(
    state: RwSignal<ViewState>,
    view_memo: Memo<Result<IndicatorView, String>>,
    spec: Signal<LineChartSpec>,
    label: Signal<String>,
    sources: Signal<Vec<Source>>,
) -> AnyView {
    let full_view = move || {
        let view = state.get();
        format!("?{}", to_query(&UrlState { view, embed: false }))
    };
    view! {
        <section class="embed" aria-labelledby="chart-title">
            {move || view_memo.with(|v| match v {
                Err(e) => view! { <p class="problem" role="alert">"These figures could not be shown: " {e.clone()}</p> }.into_any(),
                Ok(v) => view! {
                    <h1 id="chart-title" class="chart-title">{v.title.clone()}</h1>
                    {v.summary.clone().map(|s| view! { <p class="summary">{s}</p> })}
                }.into_any(),
            })}
            <TrendChart spec=spec label=label sources=sources key_only=true />
            {move || view_memo.with(|v| v.as_ref().ok().map(|v| view! { <SourceLine sources=v.sources.clone() /> }))}
            <p class="embed__link">
                <a href=full_view target="_blank" rel="noopener">"Open the full view in the Population & Outcomes Explorer (opens in a new tab)"</a>
            </p>
        </section>
    }
    .into_any()
}

/// The page of one theme.
#[component]
pub fn ThemePage(
    state: RwSignal<ViewState>,
    data: Arc<ThemeData>,
    areas: Arc<AreaFile>,
    /// Only the chart, its title, summary and source, and a link to the full view.
    embed: bool,
) -> impl IntoView {
    // A link may name an indicator this theme no longer has: say so and show the first.
    if let Some(wanted) = state.with_untracked(|s| s.indicator.clone()) {
        if state.with_untracked(|s| s.indicator_in(&data).map(str::to_owned))
            != Some(wanted.clone())
        {
            if let Some(sync) = use_context::<UrlSync>() {
                sync.notices.update(|n| n.push(format!(
                    "The link's indicator \"{wanted}\" is not in this theme, so its first indicator is shown."
                )));
            }
            state.update(|s| s.indicator = None);
        }
    }
    // Offer only the localities and indicators that have figures in this theme.
    let areas_with: HashSet<&str> = data.series.iter().map(|s| s.area.as_str()).collect();
    let indicators_with: HashSet<&str> = data.series.iter().map(|s| s.indicator.as_str()).collect();
    let offered = Arc::new(AreaFile {
        format_version: areas.format_version,
        areas: areas
            .areas
            .iter()
            .filter(|a| areas_with.contains(a.code.as_str()))
            .cloned()
            .collect(),
    });
    let options: Vec<(String, String)> = data
        .indicators
        .iter()
        .filter(|i| indicators_with.contains(i.id.as_str()))
        .map(|i| (i.id.clone(), i.title.clone()))
        .collect();
    let current = {
        let data = Arc::clone(&data);
        Memo::new(move |_| state.with(|s| s.indicator_in(&data).map(str::to_owned)))
    };
    // The localities with figures for the chosen indicator: the others say "no data".
    let with_data = {
        let data = Arc::clone(&data);
        Memo::new(move |_| {
            current.with(|c| {
                c.as_deref()
                    .map(|id| data.areas_with(id).into_iter().map(str::to_owned).collect())
                    .unwrap_or_default()
            })
        })
    };
    // The chosen localities, as a memo so that other choices do not touch what depends on them.
    // The localities shown: the chosen ones, or every one with figures when none of the chosen
    // has any for this indicator (never a blank chart); the picker still shows the choice.
    let shown = {
        let (data, areas) = (Arc::clone(&data), Arc::clone(&areas));
        Memo::new(move |_| {
            let indicator = current.get().unwrap_or_default();
            state.with(|s| areas_to_show(&data, &areas, &indicator, &s.areas))
        })
    };
    let selected = Memo::new(move |_| shown.with(|s| s.0.clone()));
    let view_memo = {
        let (data, areas) = (Arc::clone(&data), Arc::clone(&areas));
        Memo::new(move |_| {
            let indicator = current
                .get()
                .ok_or_else(|| "this theme has no figures".to_string())?;
            let (selected, mode) = (selected.get(), state.with(|s| s.mode));
            let refs: Vec<&str> = selected.iter().map(String::as_str).collect();
            build_view(
                &data,
                &areas,
                TrendRequest {
                    indicator: &indicator,
                    areas: &refs,
                    mode,
                },
            )
        })
    };
    // One or two figures of different kinds: a statement instead of chart, comparison and map.
    let statement = {
        let (data, areas) = (Arc::clone(&data), Arc::clone(&areas));
        Memo::new(move |_| {
            current.with(|c| c.as_deref().and_then(|id| statement(&data, &areas, id)))
        })
    };
    let charted = move || statement.with(Option::is_none);
    let spec = Signal::derive(move || {
        view_memo.with(|v| {
            v.as_ref()
                .map(|v| v.spec.clone())
                .unwrap_or_else(|_| LineChartSpec::empty())
        })
    });
    let label = Signal::derive(move || {
        view_memo.with(|v| v.as_ref().map(|v| v.label.clone()).unwrap_or_default())
    });
    let sources = Signal::derive(move || {
        view_memo.with(|v| v.as_ref().map(|v| v.sources.clone()).unwrap_or_default())
    });
    let choose = move |ev: leptos::ev::Event| {
        let id = event_target_value(&ev);
        state.update(|s| s.indicator = Some(id));
    };
    let option_views = options
        .into_iter()
        .map(|(id, title)| {
            let selected = {
                let id = id.clone();
                move || current.get().as_deref() == Some(id.as_str())
            };
            view! { <option value=id prop:selected=selected>{title}</option> }
        })
        .collect_view();
    let show_modes =
        Signal::derive(move || charted() && view_memo.with(|v| v.as_ref().is_ok_and(|v| v.modes)));
    let why_not_index = Signal::derive(move || {
        view_memo.with(|v| v.as_ref().ok().and_then(|v| v.index_unavailable.clone()))
    });
    let title = Signal::derive(move || {
        view_memo.with(|v| v.as_ref().map(|v| v.title.clone()).unwrap_or_default())
    });
    let stem = {
        let areas = Arc::clone(&areas);
        Signal::derive(move || {
            let (chosen, mode) = (selected.get(), state.with(|s| s.mode));
            let names: Vec<&str> = chosen.iter().map(|c| areas.short_name(c)).collect();
            file_stem(&current.get().unwrap_or_default(), &names, mode.id())
        })
    };
    // The comparison period as a slice of the view: read and written in one place, with no
    // copy kept in step by effects.
    let (period, set_period) = create_slice(
        state,
        |s| s.period.clone(),
        |s, p: Option<String>| s.period = p,
    );
    // The sources and the table of figures (usually closed) below the chart follow it in a task
    // of their own, so that they never delay a redraw; they are up to date a moment later.
    let below = {
        let pick = |v: &Result<IndicatorView, String>| {
            v.as_ref()
                .ok()
                .map(|v| (v.title.clone(), v.table.clone(), v.sources.clone()))
        };
        let below = RwSignal::new(view_memo.with_untracked(pick));
        Effect::new(move |before: Option<()>| {
            let next = view_memo.with(pick);
            if before.is_some() {
                set_timeout(
                    move || {
                        below.try_set(next);
                    },
                    std::time::Duration::ZERO,
                );
            }
        });
        below
    };
    if embed {
        return embed_view(state, view_memo, spec, label, sources);
    }

    view! {
        <div class="layout">
            <aside class="layout__controls">
                <LocalityPicker state=state areas=offered with_data=with_data shown=selected />
            </aside>
            <section class="layout__content theme-page" aria-labelledby="chart-title">
                <div class="controls-row">
                    <div class="field">
                        <label for="indicator-select">"Indicator"</label>
                        <select id="indicator-select" on:change=choose>{option_views}</select>
                    </div>
                    <DisplayModes state=state offered=show_modes why_not=why_not_index />
                </div>
                <CurrencyPanel data=Arc::clone(&data) />
                <p class="field__hint" role="status" hidden=move || !shown.with(|s| s.1)>
                    "None of the chosen localities has figures for this indicator, so localities that have are shown (the first six at most): choose others in the list."
                </p>
                {move || view_memo.with(|v| match v {
                    Err(e) => view! { <p class="problem" role="alert">"These figures could not be shown: " {e.clone()}</p> }.into_any(),
                    Ok(v) => view! {
                        <h2 id="chart-title" class="chart-title">{v.title.clone()}</h2>
                        <p class="chart-subtitle">{v.definition.clone()} " " {v.note.clone()}</p>
                        {v.summary.clone().map(|s| view! { <p class="summary">{s}</p> })}
                    }.into_any(),
                })}
                {move || statement.get().map(|figures| view! { <StatementCard figures=figures /> })}
                <div class="charted" hidden=move || !charted()>
                    <ul class="cards" aria-label="Latest figures">
                        <HeadlineCards
                            data=Arc::clone(&data)
                            areas=Arc::clone(&areas)
                            indicator=Signal::derive(move || current.get())
                            selected=Signal::derive(move || selected.get())
                        />
                    </ul>
                    <TrendChart spec=spec label=label sources=sources key_only=true />
                    <ComparisonPanel
                        data=Arc::clone(&data)
                        areas=Arc::clone(&areas)
                        indicator=Signal::derive(move || current.get())
                        selected=Signal::derive(move || selected.get())
                        chosen_period=period
                        set_period=set_period
                    />
                    <MapPanel
                        state=state
                        data=Arc::clone(&data)
                        areas=Arc::clone(&areas)
                        indicator=Signal::derive(move || current.get())
                    />
                </div>
                {(data.theme == "population").then(|| view! {
                    <AgeStructurePanel state=state population=Arc::clone(&data) areas=Arc::clone(&areas) />
                    <PopulationPyramid state=state areas=Arc::clone(&areas) />
                })}
                {(data.theme == "housing").then(|| view! {
                    <PlanDelivery housing=Arc::clone(&data) areas=Arc::clone(&areas) />
                    <HousingScenarioPanel areas=Arc::clone(&areas) />
                })}
                {move || below.with(|b| b.as_ref().map(|(title, table, sources)| {
                    let caption = format!("{title} by period and locality");
                    view! {
                        <SourceLine sources=sources.clone() />
                        <details
                            class="table-toggle table-toggle--main"
                            prop:open=move || state.with(|s| s.table)
                            on:toggle=move |e| {
                                let open = event_target::<web_sys::HtmlDetailsElement>(&e).open();
                                if state.with_untracked(|s| s.table) != open {
                                    state.update(|s| s.table = open);
                                }
                            }
                        >
                            <summary>"Show the figures as a table"</summary>
                            <TrendTableView table=table.clone() caption=caption />
                        </details>
                    }
                }))}
                // After the indicator's own figures, so that they print on its first two pages.
                {(data.theme == "health-inequalities").then(|| view! {
                    <OverviewMatrix state=state data=Arc::clone(&data) areas=Arc::clone(&areas) />
                })}
                <SharePanel state=state spec=spec title=title sources=sources stem=stem />
            </section>
        </div>
    }
    .into_any()
}
