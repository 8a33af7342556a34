//! The app: header, theme navigation, locality selector and the current theme's page.

use crate::model::{Theme, ViewState};
use crate::ui::data_store::{use_data, DataStore, Loaded};
use crate::ui::header::Header;
use crate::ui::locality_picker::LocalityPicker;
use crate::ui::population_page::PopulationPage;
use crate::ui::theme_nav::ThemeNav;
use leptos::prelude::*;
use std::sync::Arc;

/// The root component, mounted by `main`.
#[component]
pub fn App() -> impl IntoView {
    provide_context(DataStore::new());
    let state = RwSignal::new(ViewState::default());
    let data = use_data();

    let picker = move || match data.areas.get() {
        Loaded::Loading => view! { <p class="loading">"Loading localities…"</p> }.into_any(),
        Loaded::Failed(e) => view! { <LoadProblem error=e.to_string() /> }.into_any(),
        Loaded::Ready(areas) => view! { <LocalityPicker state=state areas=areas /> }.into_any(),
    };

    view! {
        <Header />
        <ThemeNav state=state />
        <main id="main" class="layout">
            <aside class="layout__controls">{picker}</aside>
            <div class="layout__content">
                <ThemeContent state=state />
            </div>
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
        let body = match (data.areas.get(), theme) {
            (Loaded::Failed(e), _) => view! { <LoadProblem error=e.to_string() /> }.into_any(),
            (Loaded::Loading, _) => view! { <p class="loading">"Loading…"</p> }.into_any(),
            (Loaded::Ready(areas), Theme::Population) => match data.theme(theme, Arc::clone(&areas)) {
                Loaded::Loading => view! { <p class="loading">"Loading figures…"</p> }.into_any(),
                Loaded::Failed(e) => view! { <LoadProblem error=e.to_string() /> }.into_any(),
                Loaded::Ready(d) => {
                    view! { <PopulationPage state=state data=d areas=areas /> }.into_any()
                }
            },
            (Loaded::Ready(_), other) => view! {
                <p class="not-yet">
                    "The " {other.title().to_lowercase()}
                    " figures are not in the explorer yet. They will come from the board papers and the public datasets listed in the README."
                </p>
            }
            .into_any(),
        };
        view! { {heading} {body} }
    }
}

/// A data file could not be used: says which and why, without stopping the rest of the app.
#[component]
fn LoadProblem(error: String) -> impl IntoView {
    view! {
        <div class="problem" role="alert">
            <p><strong>"Some figures could not be loaded."</strong></p>
            <p class="problem__detail">{error}</p>
        </div>
    }
}
