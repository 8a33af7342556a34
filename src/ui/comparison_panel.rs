//! "Compared with England": bars with 95% confidence intervals for the chosen localities at one
//! period, coloured and labelled by the interval test, with the test stated and a table.

use crate::chart::bar_chart::{draw_bar_chart, BarChartSpec};
use crate::chart::comparison::{comparison_note, comparison_rows, comparison_spec, periods};
use crate::model::compare::METHOD;
use crate::model::{AreaFile, Period, ThemeData};
use crate::ui::use_canvas_drawing::use_canvas_drawing;
use crate::ui::view_slices::Field;
use leptos::html::Canvas;
use leptos::prelude::*;
use std::sync::Arc;

/// The panel, for the indicator and localities given.
#[component]
pub fn ComparisonPanel(
    data: Arc<ThemeData>,
    areas: Arc<AreaFile>,
    #[prop(into)] indicator: Signal<Option<String>>,
    #[prop(into)] selected: Signal<Vec<String>>,
    /// The period chosen (`None`: the latest), a field of the view so that links restore it.
    chosen_period: Field<Option<String>>,
) -> impl IntoView {
    let available = {
        let data = Arc::clone(&data);
        Memo::new(move |_| {
            let Some(ind) = indicator.get() else {
                return Vec::<Period>::new();
            };
            let sel = selected.get();
            let refs: Vec<&str> = sel
                .iter()
                .map(String::as_str)
                .filter(|a| *a != crate::model::area::ENGLAND)
                .collect();
            periods(&data, &ind, &refs).unwrap_or_default()
        })
    };
    let period = Memo::new(move |_| {
        let list = available.get();
        let wanted = chosen_period.get.get();
        wanted
            .and_then(|w| list.iter().copied().find(|p| p.to_string() == w))
            .or_else(|| list.first().copied())
    });
    let spec = {
        let (data, areas) = (Arc::clone(&data), Arc::clone(&areas));
        Memo::new(move |_| {
            let (Some(ind), Some(p)) = (indicator.get(), period.get()) else {
                return None;
            };
            let sel = selected.get();
            let refs: Vec<&str> = sel.iter().map(String::as_str).collect();
            let spec = comparison_spec(&data, &areas, &ind, &refs, p);
            (!spec.bars.is_empty()).then_some(spec)
        })
    };
    let note = {
        let data = Arc::clone(&data);
        Memo::new(move |_| {
            let ind = indicator.get()?;
            let sel = selected.get();
            let refs: Vec<&str> = sel.iter().map(String::as_str).collect();
            comparison_note(&data, &ind, &refs, period.get())
        })
    };
    let canvas = NodeRef::<Canvas>::new();
    let drawn = use_canvas_drawing(canvas, spec, |area, spec: &BarChartSpec, scale| {
        draw_bar_chart(area, spec, scale)
            .map(|layout| layout.bars.len())
            .map_err(|e| format!("the chart could not be drawn ({e})"))
    });
    let height =
        move || spec.with(|s| s.as_ref().map_or(0, |s: &BarChartSpec| s.bars.len()) * 52 + 90);
    let options = move || {
        available
            .get()
            .into_iter()
            .map(|p| {
                let label = p.to_string();
                let is = move || period.get() == Some(p);
                view! { <option value=label.clone() prop:selected=is>{label.clone()}</option> }
            })
            .collect_view()
    };
    view! {
        {move || note.get().map(|n| view! { <p class="comparison-note">{n}</p> })}
        <section class="comparison" aria-labelledby="comparison-title" hidden=move || spec.with(Option::is_none)>
            <h3 id="comparison-title" class="chart-title">"Compared with England"</h3>
            <div class="field field--inline">
                <label for="comparison-period">"Period"</label>
                <select id="comparison-period" on:change=move |e| chosen_period.set.set(Some(event_target_value(&e)))>{options}</select>
            </div>
            <p class="method">{METHOD}</p>
            <canvas
                node_ref=canvas
                class="bars__canvas"
                style=move || format!("height:{}px", height())
                role="img"
                aria-label="Bar chart comparing the chosen localities with England; the figures are in the table below."
                data-bars=move || drawn.get().to_string()
            ></canvas>
            <ComparisonTable data=data areas=areas indicator=indicator selected=selected period=period />
        </section>
    }
}

/// The comparison's figures as a table: value, interval and verdict for each locality.
#[component]
fn ComparisonTable(
    data: Arc<ThemeData>,
    areas: Arc<AreaFile>,
    indicator: Signal<Option<String>>,
    selected: Signal<Vec<String>>,
    period: Memo<Option<Period>>,
) -> impl IntoView {
    let rows = move || {
        let (Some(ind), Some(p)) = (indicator.get(), period.get()) else {
            return Vec::new();
        };
        selected.with(|sel| {
            let refs: Vec<&str> = sel.iter().map(String::as_str).collect();
            comparison_rows(&data, &areas, &ind, &refs, p)
        })
    };
    let table_rows = move || {
        rows()
            .into_iter()
            .map(|r| view! {
                <tr><th scope="row">{r.name}</th><td class="num">{r.value}</td><td class="num">{r.interval}</td><td>{r.comparison}</td></tr>
            })
            .collect_view()
    };
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label="Comparison with England">
            <table class="data-table comparison-table">
                <caption>"Compared with England, " {move || period.get().map(|p| p.to_string()).unwrap_or_default()}</caption>
                <thead><tr><th scope="col">"Locality"</th><th scope="col" class="num">"Value"</th><th scope="col" class="num">"95% confidence interval"</th><th scope="col">"Compared with England"</th></tr></thead>
                <tbody>{table_rows}</tbody>
            </table>
        </div>
    }
}
