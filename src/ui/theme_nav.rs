//! Navigation between the themes.

use crate::model::Theme;
use crate::ui::view_slices::Field;
use leptos::prelude::*;

/// One button per theme; the current one is marked with `aria-current`.
#[component]
pub fn ThemeNav(theme: Field<Theme>) -> impl IntoView {
    let current_theme = theme;
    let buttons = Theme::ALL
        .into_iter()
        .map(|theme| {
            let current = move || current_theme.get.get() == theme;
            view! {
                <li>
                    <button
                        type="button"
                        class="theme-nav__item"
                        data-theme=theme.id()
                        aria-current=move || current().then_some("page")
                        on:click=move |_| current_theme.set.set(theme)
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
