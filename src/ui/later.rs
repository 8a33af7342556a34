//! Parts of a page built just after its first chart is on screen: the panels below the first
//! chart are made once it has been drawn and painted, so the chart never waits for them.

use leptos::prelude::*;
use std::time::Duration;

/// The longest the panels wait for the chart (a chart that cannot be drawn says why instead,
/// and the panels must not wait for it for ever).
pub const LATEST: Duration = Duration::from_millis(1500);

/// Builds `children` once `after` is true and the browser has painted that frame (the next
/// animation frame, then a task of its own), or after [`LATEST`] at the latest.
#[component]
pub fn Later(#[prop(into)] after: Signal<bool>, children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    // Once only: setting the signal again, even to the same value, would build the panels a
    // second time (losing what was done in them meanwhile).
    let show = move || {
        if ready.try_get_untracked() == Some(false) {
            ready.try_set(true);
        }
    };
    set_timeout(show, LATEST);
    Effect::new(move |_| {
        if after.get() {
            request_animation_frame(move || set_timeout(show, Duration::ZERO));
        }
    });
    move || {
        ready.get().then(|| {
            let built = children();
            crate::ui::marks::mark("panels-built");
            built
        })
    }
}
