//! The link from an embedded view to the full view, in a new tab.

use crate::model::url_state::{to_query, UrlState};
use crate::ui::view_slices::ViewSlices;
use leptos::prelude::*;

/// In an embedded view: the link to the full view, in a new tab.
#[component]
pub fn FullViewLink(view: ViewSlices) -> impl IntoView {
    let whole = view.whole;
    let href = move || {
        whole.with(|v| {
            format!(
                "?{}",
                to_query(&UrlState {
                    view: v.clone(),
                    embed: false
                })
            )
        })
    };
    view! {
        <p class="embed__link">
            <a href=href target="_blank" rel="noopener">"Open the full view in the Population & Outcomes Explorer (opens in a new tab)"</a>
        </p>
    }
}
