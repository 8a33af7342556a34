//! Keeps the view and the page's address in step: the link restores the view when the area
//! list has loaded, every later change adds a history entry (so Back and Forward step through
//! changes), and Back and Forward restore the view they lead to. The address is written in a
//! task of its own after each change, off the path of the redraw.

use crate::model::url_state::{from_query, to_query, UrlState};
use crate::model::{AreaFile, Theme, ViewState};
use crate::ui::data_store::{use_data, Loaded};
use leptos::ev;
use leptos::prelude::*;

/// The query string of the page (with its `?`), or empty.
pub fn current_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Whether the page was opened as an embedded chart (`embed=1`).
pub fn embed_requested() -> bool {
    from_query(&current_search(), &AreaFile::default())
        .state
        .embed
}

/// The theme the page's link opens (known before the area list has loaded, so that its data
/// can be fetched at once).
pub fn link_theme() -> Theme {
    from_query(&current_search(), &AreaFile::default())
        .state
        .view
        .theme
}

fn write_url(query: &str, replace: bool) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let url = format!("?{query}");
    let done = if replace {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
    if done.is_err() {
        leptos::logging::warn!("the address could not be updated");
    }
}

/// What the link restored: whether it has been read yet, and notices about parameters that
/// could not be used.
#[derive(Clone, Copy)]
pub struct UrlSync {
    /// True once the link has been read (after the area list loaded).
    pub restored: ReadSignal<bool>,
    /// Plain-English notices about the link, shown quietly above the page.
    pub notices: RwSignal<Vec<String>>,
}

/// Wires `state` to the address; `embed` is kept in every address written.
pub fn use_url_sync(state: RwSignal<ViewState>, embed: bool) -> UrlSync {
    let data = use_data();
    let (restored, set_restored) = signal(false);
    let notices = RwSignal::new(Vec::<String>::new());
    let areas = Memo::new(move |_| match data.areas.get() {
        Loaded::Ready(a) => Some(a),
        _ => None,
    });
    // Localities of the link that may be the user's own (kept in the tab and opened again
    // after a reload): chosen once their file has opened.
    let pending = RwSignal::new(Vec::<String>::new());
    let restore = move |areas: &AreaFile| {
        let parsed = from_query(&current_search(), areas);
        state.set(parsed.state.view);
        notices.set(parsed.notices);
        pending.set(parsed.pending_areas);
    };
    Effect::new(move |_| {
        if let Some(a) = areas.get() {
            if !restored.get_untracked() {
                restore(&a);
                set_restored.set(true);
            }
        }
    });
    // Written after the first restore: that first write only tidies the address (replace).
    let first_write = StoredValue::new(true);
    Effect::new(move |_| {
        let view = state.get();
        if !restored.get() {
            return;
        }
        let query = to_query(&UrlState { view, embed });
        let replace = first_write.get_value();
        first_write.set_value(false);
        // Written just after the page has updated, so the address never delays a redraw.
        set_timeout(
            move || {
                if current_search() != format!("?{query}") {
                    write_url(&query, replace);
                }
            },
            std::time::Duration::ZERO,
        );
    });
    Effect::new(move |_| {
        let Some((_, areas)) = data.imported.get() else {
            return;
        };
        let found: Vec<String> = pending.with_untracked(|p| {
            p.iter()
                .filter(|c| areas.get(c).is_some())
                .cloned()
                .collect()
        });
        if found.is_empty() {
            return;
        }
        let order: Vec<&str> = areas.areas.iter().map(|a| a.code.as_str()).collect();
        // The address already names them: tidy it in place rather than add an entry.
        first_write.set_value(true);
        state.update(|s| {
            for code in &found {
                if !s.has_area(code) {
                    s.toggle_area(code, &order);
                }
            }
        });
        pending.update(|p| p.retain(|c| !found.contains(c)));
    });
    let handle = window_event_listener(ev::popstate, move |_| {
        if let Some(a) = areas.get_untracked() {
            // Should the entry fall back to defaults, its address is tidied in place: pushing
            // a new entry would cut the Forward history.
            first_write.set_value(true);
            restore(&a);
        }
    });
    on_cleanup(move || handle.remove());
    UrlSync { restored, notices }
}
