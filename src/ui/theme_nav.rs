//! Navigation between the themes.

use crate::model::{Theme, ViewState};
use leptos::prelude::*;

/// One button per theme; the current one is marked with `aria-current`.
#[component]
pub fn ThemeNav(state: RwSignal<ViewState>) -> impl IntoView {
    let buttons = Theme::ALL
        .into_iter()
        .map(|theme| {
            let current = move || state.with(|s| s.theme == theme);
            view! {
                <li>
                    <button
                        type="button"
                        class="theme-nav__item"
                        data-theme=theme.id()
                        aria-current=move || current().then_some("page")
                        on:click=move |_| state.update(|s| s.show_theme(theme))
                    >
                        {theme.title()}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="theme-nav" aria-label="Themes">
            <ul>{buttons}</ul>
        </nav>
    }
}
