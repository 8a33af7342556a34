//! Quiet notices about the link the page was opened with (a parameter that was not known and
//! what is shown instead), with a button to dismiss them.

use leptos::prelude::*;

/// The notices, if any.
#[component]
pub fn Notices(notices: RwSignal<Vec<String>>) -> impl IntoView {
    move || {
        let list = notices.get();
        (!list.is_empty()).then(|| {
            let items = list
                .into_iter()
                .map(|n| view! { <li>{n}</li> })
                .collect_view();
            view! {
                <div class="notice" role="status">
                    <ul class="notice__list">{items}</ul>
                    <button type="button" class="button button--secondary" on:click=move |_| notices.set(Vec::new())>
                        "Dismiss"
                    </button>
                </div>
            }
        })
    }
}
