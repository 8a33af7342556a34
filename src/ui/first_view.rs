//! The app takes over from the static first view (written into the page at build time, see
//! `cli::first_view`): it removes it once its own chart is drawn (or its page is built and the
//! chart cannot be drawn), at once for a link to another view, or when the page shows a problem
//! or a crash instead. While data is still loading, the static view stays.

/// Removes the static first view, if the page still has it.
pub fn take_over() {
    if let Some(view) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("first-view"))
    {
        view.remove();
    }
}

/// At the app's start: marks the page `app-started` (so that `first-view.js` does not bring the
/// static view back), and removes the static view at once for a link with choices (it is the
/// default view's); otherwise it goes when the app's chart is drawn.
pub fn start_taking_over() {
    let window = web_sys::window();
    if let Some(root) = window
        .as_ref()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.class_list().add_1("app-started");
    }
    let chosen = window.map(|w| w.location()).is_some_and(|l| {
        !l.search().unwrap_or_default().is_empty() || !l.hash().unwrap_or_default().is_empty()
    });
    if chosen {
        take_over();
    }
}
