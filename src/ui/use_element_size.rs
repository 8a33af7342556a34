//! A hook: the CSS size of a canvas, kept up to date by a `ResizeObserver`.
//!
//! A chart that asks the browser for its canvas's size on every drawing forces a page layout
//! each time (after the rest of the page has just changed, that is a whole layout). With the size
//! observed, a redraw reads it from a signal, and the chart also redraws when its box changes for
//! any reason, not only when the window is resized.

use leptos::html::Canvas;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

type Observer = (web_sys::ResizeObserver, Closure<dyn FnMut(js_sys::Array)>);

/// The width and height (CSS pixels) of the canvas behind `node`, once it is in the page and
/// laid out; `None` before that. The observer is disconnected with the calling component.
pub fn use_element_size(node: NodeRef<Canvas>) -> ReadSignal<Option<(f64, f64)>> {
    let (size, set_size) = signal(None::<(f64, f64)>);
    let observer = StoredValue::new_local(None::<Observer>);
    Effect::new(move |_| {
        let Some(el) = node.get() else { return };
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>() else {
                return;
            };
            let rect = entry.content_rect();
            let new = Some((rect.width(), rect.height()));
            if size.try_get_untracked() != Some(new) {
                set_size.try_set(new);
            }
        });
        let Ok(ro) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) else {
            return;
        };
        ro.observe(&el);
        observer.try_update_value(|o| {
            if let Some((old, _)) = o.replace((ro, callback)) {
                old.disconnect();
            }
        });
    });
    on_cleanup(move || {
        observer.try_update_value(|o| {
            if let Some((ro, _)) = o.take() {
                ro.disconnect();
            }
        });
    });
    size
}
