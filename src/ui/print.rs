//! Printing: every table view must print open (a closed table would print as a bare "Show the
//! figures" line). The print stylesheet does it with `::details-content` where the browser
//! supports it (and hides the controls); elsewhere the tables are opened before printing and
//! closed again afterwards.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn closed_details() -> Vec<web_sys::HtmlDetailsElement> {
    let Some(list) = web_sys::window().and_then(|w| w.document()).and_then(|d| {
        d.query_selector_all("details.table-toggle:not([open])")
            .ok()
    }) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlDetailsElement>().ok())
        .collect()
}

/// Opens the table views for printing and closes those it opened afterwards, in browsers whose
/// print stylesheet cannot.
pub fn use_print_preparation() {
    if web_sys::css::supports("selector(::details-content)").unwrap_or(false) {
        return;
    }
    let opened = StoredValue::new_local(Vec::<web_sys::HtmlDetailsElement>::new());
    let before = window_event_listener(ev::beforeprint, move |_| {
        let list = closed_details();
        for d in &list {
            d.set_open(true);
        }
        opened.set_value(list);
    });
    let after = window_event_listener(ev::afterprint, move |_| {
        for d in opened.get_value() {
            d.set_open(false);
        }
        opened.set_value(Vec::new());
    });
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
}
