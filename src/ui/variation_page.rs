//! The Variation view: statistical process control of a monthly performance measure at one
//! locality (NHS England's "Making Data Count"): the verdicts in words and icons, the XmR chart,
//! its months as a table, and the board summary of every measure and locality. It reads the
//! performance file; everything it shows is worked out in `model::spc_view`.

use crate::chart::figure::Figure;
use crate::chart::spc_chart::spc_chart_spec;
use crate::chart::spc_icons::{assurance_icon, variation_icon};
use crate::chart::LineChartSpec;
use crate::model::spc_series::{localities, monthly_indicators};
use crate::model::spc_text::{month_rows, months_csv};
use crate::model::spc_view::{check_link, chosen_locality, chosen_measure, spc_view, SpcView};
use crate::model::{AreaFile, Theme, ThemeData};
use crate::ui::data_store::{use_data, Loaded};
use crate::ui::full_view_link::FullViewLink;
use crate::ui::lazy_view::{lazy_view, ChunkNotLoaded};
use crate::ui::load_problem::LoadProblem;
use crate::ui::share_panel::SharePanel;
use crate::ui::source_line::SourceLine;
use crate::ui::trend_chart::TrendChart;
use crate::ui::url_sync::UrlSync;
use crate::ui::variation_board::BoardTable;
use crate::ui::view_slices::{Field, ViewSlices};
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;
use std::sync::Arc;

/// The page, once its code (a chunk of its own: no other view uses it) and the performance file
/// have loaded.
#[component]
pub fn VariationPage(view: ViewSlices, areas: Arc<AreaFile>, embed: bool) -> impl IntoView {
    lazy_view("the Variation view", load_variation_page, move || {
        variation_page(view, Arc::clone(&areas), embed)
    })
}

/// The page, built in the `variation` chunk.
#[wasm_split(variation, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_variation_page))]
fn variation_page(
    view: ViewSlices,
    areas: Arc<AreaFile>,
    embed: bool,
) -> Result<AnyView, ChunkNotLoaded> {
    Ok(view! { <VariationPageLoaded view=view areas=areas embed=embed /> }.into_any())
}

/// The page, once the performance file has loaded.
#[component]
fn VariationPageLoaded(view: ViewSlices, areas: Arc<AreaFile>, embed: bool) -> impl IntoView {
    crate::ui::first_view::take_over();
    let store = use_data();
    move || match store.theme(Theme::Variation) {
        Loaded::Loading => {
            view! { <p class="loading" role="status">"Loading the monthly figures…"</p> }.into_any()
        }
        Loaded::Failed(e) => view! { <LoadProblem error=e /> }.into_any(),
        Loaded::Ready(data) => {
            view! { <VariationBody view=view data=data areas=Arc::clone(&areas) embed=embed /> }
                .into_any()
        }
    }
}

/// A link may ask for a measure or locality the data does not have: say so, and forget it, so
/// that the address says what is shown.
fn forget_what_the_data_lacks(view: ViewSlices, data: &ThemeData, areas: &AreaFile) {
    let measure = view.indicator.get.get_untracked();
    let locality = view.locality.get.get_untracked();
    let check = check_link(data, areas, measure.as_deref(), locality.as_deref());
    if let Some(sync) = use_context::<UrlSync>() {
        sync.notices.update(|n| n.extend(check.notices));
    }
    if check.forget_measure {
        view.indicator.set.set(None);
    }
    if check.forget_locality {
        view.locality.set.set(None);
    }
}

/// The measure and locality shown, each the link's if the file has it.
#[derive(Clone, Copy)]
struct Chosen {
    measure: Memo<Option<String>>,
    locality: Memo<Option<String>>,
}

fn chosen(view: ViewSlices, data: &Arc<ThemeData>, areas: &Arc<AreaFile>) -> Chosen {
    let (d1, d2, a2) = (Arc::clone(data), Arc::clone(data), Arc::clone(areas));
    let measure = Memo::new(move |_| {
        view.indicator
            .get
            .with(|w| chosen_measure(&d1, w.as_deref()))
    });
    let locality = Memo::new(move |_| {
        let m = measure.get()?;
        view.locality
            .get
            .with(|w| chosen_locality(&d2, &a2, &m, w.as_deref()))
    });
    Chosen { measure, locality }
}

#[component]
fn VariationBody(
    view: ViewSlices,
    data: Arc<ThemeData>,
    areas: Arc<AreaFile>,
    embed: bool,
) -> impl IntoView {
    forget_what_the_data_lacks(view, &data, &areas);
    let c = chosen(view, &data, &areas);
    let analysed = {
        let (data, areas) = (Arc::clone(&data), Arc::clone(&areas));
        Memo::new(move |_| {
            let (m, l) = (c.measure.get()?, c.locality.get()?);
            Some(
                spc_view(&data, &areas, &m, &l)
                    .map(Arc::new)
                    .map_err(|e| e.to_string()),
            )
        })
    };
    let spec = {
        let data = Arc::clone(&data);
        Memo::new(move |_| match analysed.get() {
            Some(Ok(v)) => data
                .indicator(&v.series.indicator)
                .map(|ind| spc_chart_spec(&v.series, &v.result, ind, &v.who))
                .unwrap_or_else(LineChartSpec::empty),
            _ => LineChartSpec::empty(),
        })
    };
    let sources = {
        let data = Arc::clone(&data);
        Signal::derive(move || match analysed.get() {
            Some(Ok(v)) => sources_of(&data, &v),
            _ => Vec::new(),
        })
    };
    let controls = (!embed).then(|| {
        view! { <VariationControls data=Arc::clone(&data) areas=Arc::clone(&areas) measure=view.indicator locality=view.locality chosen=c /> }
    });
    let below = (!embed).then(|| {
        view! {
            <MonthsTable analysed=analysed />
            {move || view! { <SourceLine sources=sources.get() /> }}
            <VariationShare view=view analysed=analysed spec=spec sources=sources />
            <h3 class="chart-title" id="board-title">"Every monthly measure: the board summary"</h3>
            <BoardTable data=Arc::clone(&data) areas=Arc::clone(&areas) measure=view.indicator locality=view.locality />
            <Method />
        }
    });
    view! {
        <section class="variation" aria-labelledby="chart-title">
            <h2 id="chart-title" class="chart-title" tabindex="-1">{move || heading(analysed.get())}</h2>
            <p class="chart-subtitle">"Statistical process control, as NHS England's “Making Data Count” asks boards to read performance: is a change real or noise, and will the target be met?"</p>
            {controls}
            <Verdicts analysed=analysed />
            <TrendChart spec=spec label=Signal::derive(move || label(analysed.get())) sources=sources key_only=true />
            {move || recalculation_notes(analysed.get())}
            {below}
            {embed.then(|| view! { <FullViewLink view=view /> })}
        </section>
    }
}

/// What the analysis gives: the view, or why there is none.
type Analysed = Option<Result<Arc<SpcView>, String>>;

fn heading(a: Analysed) -> String {
    match a {
        Some(Ok(v)) => format!("{}: {}", v.measure, v.who),
        _ => "Variation".to_owned(),
    }
}

fn label(a: Analysed) -> String {
    match a {
        Some(Ok(v)) => v.chart_label.clone(),
        _ => "Variation chart (no figures).".to_owned(),
    }
}

/// The sources of the figures and of the target, as the data file gives them.
fn sources_of(data: &ThemeData, v: &SpcView) -> Vec<crate::model::Source> {
    let target = v.series.target.as_ref().map(|t| t.source.as_str());
    let mut ids: Vec<&str> = v.series.sources.iter().map(String::as_str).collect();
    ids.extend(target);
    ids.dedup();
    ids.iter()
        .filter_map(|id| data.source(id).cloned())
        .collect()
}

/// The measure and locality choosers.
#[component]
fn VariationControls(
    data: Arc<ThemeData>,
    areas: Arc<AreaFile>,
    measure: Field<Option<String>>,
    locality: Field<Option<String>>,
    chosen: Chosen,
) -> impl IntoView {
    let measures = monthly_indicators(&data)
        .into_iter()
        .map(|i| {
            let id = i.id.clone();
            let is = move || chosen.measure.with(|m| m.as_deref() == Some(id.as_str()));
            view! { <option value=i.id.clone() prop:selected=is>{i.title.clone()}</option> }
        })
        .collect_view();
    let places = move || {
        let m = chosen.measure.get().unwrap_or_default();
        localities(&data, &m, &areas)
            .into_iter()
            .map(|code| {
                let is = {
                    let code = code.clone();
                    move || {
                        chosen
                            .locality
                            .with(|l| l.as_deref() == Some(code.as_str()))
                    }
                };
                let name = areas.short_name(&code).to_owned();
                view! { <option value=code prop:selected=is>{name}</option> }
            })
            .collect_view()
    };
    view! {
        <div class="controls-row">
            <div class="field">
                <label for="spc-measure">"Measure"</label>
                <select id="spc-measure" on:change=move |e| measure.set.set(Some(event_target_value(&e)))>{measures}</select>
            </div>
            <div class="field">
                <label for="spc-locality">"Locality"</label>
                <select id="spc-locality" on:change=move |e| locality.set.set(Some(event_target_value(&e)))>{places}</select>
            </div>
        </div>
    }
}

/// The sentences and the two icons, each named and explained in words.
#[component]
fn Verdicts(analysed: Memo<Analysed>) -> impl IntoView {
    move || {
        match analysed.get() {
        None => view! { <p class="summary">"There are no monthly figures to analyse."</p> }.into_any(),
        Some(Err(e)) => view! { <p class="problem" role="alert">"This measure cannot be analysed here: " {e}</p> }.into_any(),
        Some(Ok(v)) => view! {
            <p class="summary" data-testid="spc-variation">{v.variation.clone()}</p>
            <p class="summary" data-testid="spc-assurance">{v.assurance.clone()}</p>
            {v.warning.clone().map(|w| view! { <p class="spc-warning" role="note">{w}</p> })}
            <ul class="spc-icons" aria-label="Verdicts">
                <li class="spc-icon">
                    <span class="spc-icon__image" role="img" aria-label=format!("Variation icon: {}", v.variation_label) inner_html=variation_icon(v.result.variation, v.polarity)></span>
                    <span><strong>"Variation: " {v.variation_label}</strong>". " {v.variation_meaning}</span>
                </li>
                <li class="spc-icon">
                    <span class="spc-icon__image" role="img" aria-label=format!("Assurance icon: {}", v.assurance_label) inner_html=assurance_icon(v.assurance())></span>
                    <span><strong>"Assurance: " {v.assurance_label}</strong>". " {v.assurance_meaning}</span>
                </li>
            </ul>
        }
        .into_any(),
    }
    }
}

/// Where the limits start again, and why.
fn recalculation_notes(a: Analysed) -> Option<impl IntoView> {
    let v = a?.ok()?;
    (!v.recalculations.is_empty()).then(|| {
        let items = v
            .recalculations
            .iter()
            .map(|r| view! { <li>{r.clone()}</li> })
            .collect_view();
        view! { <ul class="spc-recalculations" aria-label="Where the limits start again">{items}</ul> }
    })
}

/// Every month: figure, mean, limits, verdict and the rules that flag it (closed by default).
#[component]
fn MonthsTable(analysed: Memo<Analysed>) -> impl IntoView {
    let rows = move || {
        let Some(Ok(v)) = analysed.get() else {
            return Vec::new();
        };
        month_rows(&v.series, &v.result, v.polarity, v.format)
            .into_iter()
            .map(|r| {
                view! {
                    <tr>
                        <th scope="row">{r.month}</th>
                        <td class="num">{r.value}</td>
                        <td class="num">{r.mean}</td>
                        <td class="num">{r.lower}</td>
                        <td class="num">{r.upper}</td>
                        <td>{r.verdict}</td>
                        <td>{r.rules}</td>
                    </tr>
                }
            })
            .collect::<Vec<_>>()
    };
    view! {
        <details class="table-toggle">
            <summary>"Show every month as a table"</summary>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Every month">
                <table class="data-table">
                    <caption>"Every month, with the mean and process limits of its period"</caption>
                    <thead><tr>
                        <th scope="col">"Month"</th>
                        <th scope="col" class="num">"Figure"</th>
                        <th scope="col" class="num">"Mean"</th>
                        <th scope="col" class="num">"Lower limit"</th>
                        <th scope="col" class="num">"Upper limit"</th>
                        <th scope="col">"Variation"</th>
                        <th scope="col">"Special-cause rules"</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </details>
    }
}

/// Share and download: the link, the embed code, the chart as PNG or SVG, the months as CSV.
#[component]
fn VariationShare(
    view: ViewSlices,
    analysed: Memo<Analysed>,
    spec: Memo<LineChartSpec>,
    sources: Signal<Vec<crate::model::Source>>,
) -> impl IntoView {
    let figure = Signal::derive(move || Figure::Line(spec.get()));
    let title = Signal::derive(move || format!("Variation: {}", heading(analysed.get())));
    let stem = Signal::derive(move || match analysed.get() {
        Some(Ok(v)) => format!("variation_{}_{}", v.series.indicator, v.series.area),
        _ => "variation".to_owned(),
    });
    let csv = Callback::new(move |()| match analysed.get_untracked() {
        Some(Ok(v)) => months_csv(&v.series, &v.result, &v.measure, &v.who, v.polarity),
        _ => String::new(),
    });
    view! { <SharePanel view=view.whole figure=figure csv=csv title=title sources=sources stem=stem /> }
}

/// How the verdicts are worked out, for those who ask.
#[component]
fn Method() -> impl IntoView {
    view! {
        <details class="method">
            <summary>"How the verdicts are worked out"</summary>
            <p>"An XmR chart, with the defaults of NHS-R's NHSRplotthedots: the mean of each period between recalculation points; process limits at the mean ± 2.66 × the mean moving range, after moving ranges of 3.267 × their mean or more are set aside. A month is special cause when it is outside the limits, when 2 of 3 months in a row are beyond two-thirds of the way to a limit on the same side, when 7 or more months in a row rise (or fall), or when 7 or more in a row are on one side of the mean. A month with no figure ends every run. A run of rising months counts on its rising side whichever side of the mean it is on (NHSRplotthedots takes the side of the mean)."</p>
            <p>"The limits describe how much the figures vary, not what values are possible: for a percentage they can lie above 100% or below 0%, and are drawn as they are."</p>
            <p>"Assurance compares the latest limits with the target: the next target or ambition after the latest month in the data, or else the standard. Limits from fewer than 13 months are not yet reliable, and the page says so. When the latest month is a special cause on the other side from what the limits say (an improvement while they say every month will fail, or a concern while they say every month will pass), the process has changed since they were set and no assurance is given until new limits are set (NHSRplotthedots would still show the limits' verdict)."</p>
        </details>
    }
}
