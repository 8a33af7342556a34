//! On a theme page, for a monthly measure: the way to its Variation view (statistical process
//! control), with the measure and the first chosen locality that has it.

use crate::model::spc_view::variation_target;
use crate::model::{AreaFile, Theme, ThemeData};
use crate::ui::view_slices::ViewSlices;
use leptos::prelude::*;
use std::sync::Arc;

/// The link, shown only for a monthly measure.
#[component]
pub fn VariationLink(
    view: ViewSlices,
    data: Arc<ThemeData>,
    areas: Arc<AreaFile>,
    #[prop(into)] indicator: Signal<Option<String>>,
    #[prop(into)] selected: Signal<Vec<String>>,
) -> impl IntoView {
    let target = Memo::new(move |_| {
        let ind = indicator.get()?;
        selected.with(|s| variation_target(&data, &areas, &ind, s))
    });
    let open = move |_| {
        if let Some((measure, locality)) = target.get_untracked() {
            // The theme first: another theme starts from its first indicator.
            view.theme.set.set(Theme::Variation);
            view.indicator.set.set(Some(measure));
            view.locality.set.set(locality);
        }
    };
    move || {
        target.get().map(|_| {
            view! {
                <p class="variation-link">
                    "Is it getting better, and will the target be met? "
                    <button type="button" class="link-button" on:click=open>"See this measure's variation and assurance (statistical process control)"</button>
                </p>
            }
        })
    }
}
