//! A hook: whether an element has come near the visible part of the page (within
//! [`AHEAD`] below or above it), kept by an `IntersectionObserver`, or the page is being used
//! by keyboard (a Tab pressed). Once near, it stays near: it says when to start fetching what a
//! panel lower down the page needs.

use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// How far ahead of the visible part of the page a panel starts to load: a third of a laptop's
/// screen, so that it is usually there before it is scrolled to, while a panel well below the
/// first screen is not fetched by a visit that does not scroll. (Its place is held by a box of
/// about its height, `.lazy-panel` in the CSS, so that panels further down start out of reach.)
pub const AHEAD: &str = "300px 0px 300px 0px";

type Observer = (
    web_sys::IntersectionObserver,
    Closure<dyn FnMut(js_sys::Array)>,
);

fn disconnect(observer: StoredValue<Option<Observer>, LocalStorage>) {
    observer.try_update_value(|o| {
        if let Some((io, _)) = o.take() {
            io.disconnect();
        }
    });
}

/// `true` from when the element behind `node` first comes within [`AHEAD`] of the visible part
/// of the page (at once where the browser has no `IntersectionObserver`).
pub fn use_near_viewport(node: NodeRef<Div>) -> ReadSignal<bool> {
    let (near, set_near) = signal(false);
    let observer = StoredValue::new_local(None::<Observer>);
    Effect::new(move |_| {
        let Some(el) = node.get() else { return };
        if near.get_untracked() {
            return;
        }
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let seen = entries.iter().any(|e| {
                e.dyn_into::<web_sys::IntersectionObserverEntry>()
                    .is_ok_and(|e| e.is_intersecting())
            });
            if seen {
                set_near.try_set(true);
                disconnect(observer);
            }
        });
        let options = web_sys::IntersectionObserverInit::new();
        options.set_root_margin(AHEAD);
        let made = web_sys::IntersectionObserver::new_with_options(
            callback.as_ref().unchecked_ref(),
            &options,
        );
        let Ok(io) = made else {
            set_near.set(true);
            return;
        };
        io.observe(&el);
        observer.try_update_value(|o| {
            if let Some((old, _)) = o.replace((io, callback)) {
                old.disconnect();
            }
        });
    });
    // Keyboard users get every panel at their first Tab, so that tabbing through the page in
    // order never passes a panel before its code is there.
    let tab = window_event_listener(leptos::ev::keydown, move |e| {
        if e.key() == "Tab" && !near.get_untracked() {
            set_near.try_set(true);
        }
    });
    let tab = send_wrapper::SendWrapper::new(tab);
    on_cleanup(move || {
        disconnect(observer);
        tab.take().remove();
    });
    near
}
