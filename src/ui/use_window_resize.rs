//! A hook: a signal that changes whenever the window is resized, so that canvases can redraw.

use leptos::ev;
use leptos::prelude::*;

/// A counter that goes up on every window resize; read it in an effect to redraw on resize.
/// The listener is removed when the calling component goes away.
pub fn use_window_resize() -> ReadSignal<u32> {
    let (count, set_count) = signal(0u32);
    let handle = window_event_listener(ev::resize, move |_| set_count.update(|n| *n += 1));
    on_cleanup(move || handle.remove());
    count
}
