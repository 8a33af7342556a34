//! The app: header, theme navigation and the current theme's page.

use crate::model::ViewState;
use crate::ui::data_store::{use_data, DataStore, Loaded};
use crate::ui::header::Header;
use crate::ui::load_problem::LoadProblem;
use crate::ui::theme_nav::ThemeNav;
use crate::ui::theme_page::ThemePage;
use leptos::prelude::*;
use std::sync::Arc;

/// The root component, mounted by `main`.
#[component]
pub fn App() -> impl IntoView {
    provide_context(DataStore::new());
    let state = RwSignal::new(ViewState::default());
    view! {
        <Header />
        <ThemeNav state=state />
        <main id="main" class="page">
            <ThemeContent state=state />
        </main>
    }
}

/// The page of the current theme, once its data (and the area list) have loaded.
#[component]
fn ThemeContent(state: RwSignal<ViewState>) -> impl IntoView {
    let data = use_data();
    move || {
        let theme = state.with(|s| s.theme);
        let heading = view! { <h1 class="theme-title">{theme.title()}</h1> };
        let body = match data.areas.get() {
            Loaded::Failed(e) => view! { <LoadProblem error=e /> }.into_any(),
            Loaded::Loading => view! { <p class="loading">"Loading…"</p> }.into_any(),
            Loaded::Ready(areas) => match data.theme(theme, Arc::clone(&areas)) {
                Loaded::Loading => view! { <p class="loading">"Loading figures…"</p> }.into_any(),
                Loaded::Failed(e) => view! { <LoadProblem error=e /> }.into_any(),
                Loaded::Ready(d) => {
                    view! { <ThemePage state=state data=d areas=areas /> }.into_any()
                }
            },
        };
        view! { {heading} {body} }
    }
}
