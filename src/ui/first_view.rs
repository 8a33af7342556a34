//! The app takes over from the static first view (written into the page at build time, see
//! `cli::first_view`): it removes it once its own chart is drawn, at once for a link to another
//! view, and in any case after a few seconds or when the page shows a problem instead.

use std::time::Duration;

/// The longest the static view stays once the app runs (a safety net: the app's own chart or
/// problem normally replaces it much sooner).
const LATEST: Duration = Duration::from_secs(4);

/// Removes the static first view, if the page still has it.
pub fn take_over() {
    if let Some(view) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("first-view"))
    {
        view.remove();
    }
}

/// At the app's start: a link with choices never shows the static view (it is the default
/// view's); otherwise it goes when the app's chart is drawn, or after [`LATEST`].
pub fn start_taking_over() {
    let location = web_sys::window().map(|w| w.location());
    let chosen = location.is_some_and(|l| {
        !l.search().unwrap_or_default().is_empty() || !l.hash().unwrap_or_default().is_empty()
    });
    if chosen {
        take_over();
    } else {
        leptos::prelude::set_timeout(take_over, LATEST);
    }
}
