//! The Population theme: total population over time for the chosen localities.

use crate::chart::trend::trend_spec;
use crate::chart::LineChartSpec;
use crate::model::table::{sources_used, trend_table, TrendTable};
use crate::model::{AreaFile, Source, ThemeData, ViewState};
use crate::ui::source_line::SourceLine;
use crate::ui::trend_chart::TrendChart;
use crate::ui::trend_table::TrendTableView;
use leptos::prelude::*;
use std::sync::Arc;

const INDICATOR: &str = "population-total";

/// Everything the page shows for the current choice of localities.
#[derive(Debug, Clone, PartialEq)]
struct PopulationView {
    spec: LineChartSpec,
    table: TrendTable,
    sources: Vec<Source>,
    label: String,
}

fn build_view(
    data: &ThemeData,
    areas: &AreaFile,
    selected: &[&str],
) -> Result<PopulationView, String> {
    let spec =
        trend_spec(data, areas, INDICATOR, selected).map_err(|e| format!("{} ({e})", INDICATOR))?;
    let table = trend_table(data, areas, INDICATOR, selected).map_err(|e| e.to_string())?;
    let sources = sources_used(data, INDICATOR, selected)
        .into_iter()
        .cloned()
        .collect();
    let names: Vec<&str> = selected.iter().map(|c| areas.short_name(c)).collect();
    let label = match (table.rows.first(), table.rows.last()) {
        (Some(first), Some(last)) => format!(
            "Line chart of total population from {} to {} for {}: estimates as solid lines, projections as dashed lines. The figures are in the table below the chart.",
            first.period,
            last.period,
            names.join(", ")
        ),
        _ => "Line chart of total population: no locality with data is chosen.".to_owned(),
    };
    Ok(PopulationView {
        spec,
        table,
        sources,
        label,
    })
}

/// The Population theme's page.
#[component]
pub fn PopulationPage(
    state: RwSignal<ViewState>,
    data: Arc<ThemeData>,
    areas: Arc<AreaFile>,
) -> impl IntoView {
    let title = data
        .indicator(INDICATOR)
        .map_or_else(|| "Total population".to_owned(), |i| i.title.clone());
    let definition = data.indicator(INDICATOR).map(|i| i.definition.clone());
    let view_memo = Memo::new(move |_| {
        let selected = state.with(|s| s.areas.clone());
        let refs: Vec<&str> = selected.iter().map(String::as_str).collect();
        build_view(&data, &areas, &refs)
    });
    let spec = Signal::derive(move || {
        view_memo.with(|v| {
            v.as_ref()
                .map(|v| v.spec.clone())
                .unwrap_or_else(|_| empty_spec())
        })
    });
    let label = Signal::derive(move || {
        view_memo.with(|v| v.as_ref().map(|v| v.label.clone()).unwrap_or_default())
    });

    view! {
        <section class="theme-page" aria-labelledby="chart-title">
            <h2 id="chart-title" class="chart-title">{title}</h2>
            <p class="chart-subtitle">
                {definition} " "
                <span class="line-key">
                    <span class="line-key__solid" aria-hidden="true"></span>
                    " solid: estimates "
                    <span class="line-key__dashed" aria-hidden="true"></span>
                    " dashed: projections"
                </span>
            </p>
            {move || view_memo.with(|v| v.as_ref().err().map(|e| view! {
                <p class="problem" role="alert">"These figures could not be shown: " {e.clone()}</p>
            }))}
            <TrendChart spec=spec label=label />
            {move || view_memo.with(|v| v.as_ref().ok().map(|v| view! {
                <SourceLine sources=v.sources.clone() />
                <details class="table-toggle">
                    <summary>"Show the figures as a table"</summary>
                    <TrendTableView table=v.table.clone() caption="Total population by year and locality".to_owned() />
                </details>
            }))}
        </section>
    }
}

fn empty_spec() -> LineChartSpec {
    LineChartSpec {
        value_type: crate::model::ValueType::Count,
        lines: vec![],
        time_ticks: vec![],
        markers: vec![],
        references: vec![],
        include_zero: false,
    }
}
