//! Big, clear numbers: the latest value for each chosen locality and its direction of travel.

use crate::model::headline::headline;
use crate::model::{AreaFile, ThemeData};
use leptos::prelude::*;
use std::sync::Arc;

/// One card per locality shown on the chart that has figures: a card's figure is always on the
/// chart and in the table (England has a card when it is ticked).
#[component]
pub fn HeadlineCards(
    data: Arc<ThemeData>,
    areas: Arc<AreaFile>,
    #[prop(into)] indicator: Signal<Option<String>>,
    #[prop(into)] selected: Signal<Vec<String>>,
) -> impl IntoView {
    move || {
        let Some(ind) = indicator.get() else {
            return Vec::new();
        };
        selected
            .get()
            .iter()
            .filter_map(|c| headline(&data, &ind, c))
            .map(|h| {
                let name = areas.short_name(&h.area).to_owned();
                let class = h.change_class();
                view! {
                    <li class="card">
                        <p class="card__area">{name}</p>
                        <p class="card__value">{h.value.clone()}</p>
                        <p class="card__period">{h.period.clone()}</p>
                        {h.change.clone().map(|c| view! {
                            <p class=class><span aria-hidden="true">{h.arrow} " "</span>{c}{h.verdict()}</p>
                        })}
                    </li>
                }
            })
            .collect::<Vec<_>>()
    }
}
