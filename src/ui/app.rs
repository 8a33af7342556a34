//! The app: header, theme navigation and the current theme's page.

use crate::model::{Theme, ViewState};
use crate::ui::data_store::{use_data, DataStore, Loaded};
use crate::ui::first_view::start_taking_over;
use crate::ui::header::Header;
use crate::ui::load_problem::LoadProblem;
use crate::ui::marks::mark;
use crate::ui::neighbourhood_page::NeighbourhoodPage;
use crate::ui::notices::Notices;
use crate::ui::open_file::{provide_outcomes, OpenFile};
use crate::ui::print::use_print_preparation;
use crate::ui::theme_nav::ThemeNav;
use crate::ui::theme_page::ThemePage;
use crate::ui::url_sync::{embed_requested, link_theme, use_url_sync};
use crate::ui::variation_page::VariationPage;
use crate::ui::view_slices::ViewSlices;
use leptos::prelude::*;

/// The root component, mounted by `main`. With `?embed=1` it shows only the chart, for an
/// iframe on another page.
#[component]
pub fn App() -> impl IntoView {
    mark("app-start");
    start_taking_over();
    provide_context(DataStore::new(link_theme()));
    provide_outcomes();
    let state = RwSignal::new(ViewState::default());
    let embed = embed_requested();
    let view = ViewSlices::new(state);
    let sync = use_url_sync(state, embed);
    provide_context(sync);
    use_print_preparation();
    if embed {
        return view! {
            <main id="main" class="page page--embed">
                <Notices notices=sync.notices />
                <ThemeContent view=view restored=sync.restored embed=true />
            </main>
        }
        .into_any();
    }
    view! {
        <Header />
        <ThemeNav theme=view.theme />
        <main id="main" class="page">
            <Notices notices=sync.notices />
            <ThemeContent view=view restored=sync.restored embed=false />
        </main>
    }
    .into_any()
}

/// The page of the current theme, once the link has been read and its data (and the area
/// list) have loaded.
#[component]
fn ThemeContent(view: ViewSlices, restored: ReadSignal<bool>, embed: bool) -> impl IntoView {
    let data = use_data();
    // Only a change of theme rebuilds the page; other choices update it in place.
    let theme = view.theme.get;
    move || {
        let theme = theme.get();
        let heading = (!embed).then(|| view! { <h1 class="theme-title">{theme.title()}</h1> });
        let body = match data.areas.get() {
            Loaded::Failed(e) => view! { <LoadProblem error=e /> }.into_any(),
            Loaded::Ready(_) if !restored.get() => {
                view! { <p class="loading">"Loading…"</p> }.into_any()
            }
            Loaded::Loading => view! { <p class="loading">"Loading…"</p> }.into_any(),
            Loaded::Ready(areas) if theme == Theme::Neighbourhoods => {
                view! { <NeighbourhoodPage view=view areas=areas embed=embed /> }.into_any()
            }
            Loaded::Ready(areas) if theme == Theme::Variation => {
                view! { <VariationPage view=view areas=areas embed=embed /> }.into_any()
            }
            Loaded::Ready(_) if theme.is_user() => {
                let chart = data.imported.get().map(|(d, a)| {
                    view! { <ThemePage view=view data=d areas=a embed=embed /> }
                });
                // An embedded "Your data" page has no files: they stay in the browser that
                // opened them. Say so rather than show a blank frame.
                let absent = move || embed && data.imported.with(Option::is_none);
                view! {
                    {(!embed).then(|| view! { <OpenFile /> })}
                    {chart}
                    <p class="problem" hidden=move || !absent()>
                        "Your own files cannot be embedded: they stay in the browser that opened them. "
                        <a href="./" target="_blank" rel="noopener">"Open the Population & Outcomes Explorer (opens in a new tab)"</a>
                        " and open them there."
                    </p>
                }
                .into_any()
            }
            Loaded::Ready(areas) => match data.theme(theme) {
                Loaded::Loading => view! { <p class="loading">"Loading figures…"</p> }.into_any(),
                Loaded::Failed(e) => view! { <LoadProblem error=e /> }.into_any(),
                Loaded::Ready(d) => {
                    view! { <ThemePage view=view data=d areas=areas embed=embed /> }.into_any()
                }
            },
        };
        view! { {heading} {body} }
    }
}
