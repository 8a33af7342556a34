//! Housing plans beside delivery: the homes the board papers say are planned, per year, next to
//! the homes each place actually added.

use crate::model::format::format_number;
use crate::model::scenario::plan_and_delivery;
use crate::model::{AreaFile, ThemeData};
use crate::ui::lazy_view::{lazy_view, ChunkNotLoaded};
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;
use std::sync::Arc;

/// The table.
#[component]
pub fn PlanDelivery(housing: Arc<ThemeData>, areas: Arc<AreaFile>) -> impl IntoView {
    lazy_view("the plans beside delivery", load_plan_delivery, move || {
        plan_delivery(Arc::clone(&housing), Arc::clone(&areas))
    })
}

/// Builds it in the `housing` chunk (see `ui::lazy_view`).
#[wasm_split(housing, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_plan_delivery))]
fn plan_delivery(housing: Arc<ThemeData>, areas: Arc<AreaFile>) -> Result<AnyView, ChunkNotLoaded> {
    Ok(view! { <PlanDeliveryLoaded housing=housing areas=areas /> }.into_any())
}

/// The plans beside delivery itself.
#[component]
fn PlanDeliveryLoaded(housing: Arc<ThemeData>, areas: Arc<AreaFile>) -> impl IntoView {
    let rows = plan_and_delivery(&housing)
        .into_iter()
        .map(|r| {
            let planned = r.planned.map_or_else(
                || "not stated".to_owned(),
                |(v, by)| format!("{} by {by}", format_number(v, 0)),
            );
            let delivered = r.delivered.map_or_else(
                || "no count".to_owned(),
                |(v, year)| format!("{} in {year}", format_number(v, 0)),
            );
            view! {
                <tr>
                    <th scope="row">{areas.short_name(r.area).to_owned()}</th>
                    <td class="num">{planned}</td>
                    <td class="num">{format_number(r.planned_per_year, 0)}</td>
                    <td class="num">{delivered}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="plans" aria-labelledby="plans-title">
            <h3 id="plans-title" class="chart-title">"Planned homes and homes delivered"</h3>
            <p class="method">
                "Plans as quoted in the 2016 BSW plan; homes a year spread the total evenly (from 2016 where the plan gives no start year). Delivery is the latest year for which a count of net additional homes is available here (2019/20); the yearly series above is per 1,000 homes."
            </p>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Planned homes and homes delivered">
                <table class="data-table">
                    <caption>"Planned homes and homes delivered"</caption>
                    <thead><tr><th scope="col">"Place"</th><th scope="col" class="num">"Planned"</th><th scope="col" class="num">"Planned a year"</th><th scope="col" class="num">"Delivered"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}
