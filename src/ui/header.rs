//! The page header with the product's name.

use leptos::prelude::*;

/// The page header.
#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="site-header">
            <p class="site-header__name">"Population & Outcomes Explorer"</p>
            <p class="site-header__area">
                "Bath and North East Somerset, Swindon and Wiltshire (BSW)"
            </p>
        </header>
    }
}
