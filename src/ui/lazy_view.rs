//! Views whose code is not in the first download: it is in a wasm chunk of its own, fetched
//! the first time the view is shown (see `docs/performance.md`, item 12). A view is split off
//! by a function marked `#[wasm_split(chunk_name, wasm_split_path = ::leptos::wasm_split,
//! fallible)]` that returns `Result<AnyView, ChunkNotLoaded>` and is shown with [`lazy_view`].
//! The build splits the wasm at those functions (`scripts/split-wasm.mjs`); all the functions
//! with the same chunk name go into one chunk.

use crate::ui::first_view::take_over;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use send_wrapper::SendWrapper;
use std::future::Future;

/// A chunk of the app's code could not be fetched or started (offline, a server error, or a
/// damaged file). Nothing is cached: the next attempt fetches it again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChunkNotLoaded;

impl From<SplitLoaderError> for ChunkNotLoaded {
    fn from(_: SplitLoaderError) -> Self {
        Self
    }
}

impl std::fmt::Display for ChunkNotLoaded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a part of the app's code could not be loaded")
    }
}

impl std::error::Error for ChunkNotLoaded {}

/// Shows the view that `load` builds once its chunk has arrived ("Loading {what}…" until
/// then). If the chunk cannot be loaded, says so in its place, naming `what` (for example
/// "the neighbourhood view"), with a button to try again; the rest of the page keeps working.
pub fn lazy_view<F, Fut>(what: &'static str, load: F) -> impl IntoView
where
    F: Fn() -> Fut + 'static,
    Fut: Future<Output = Result<AnyView, ChunkNotLoaded>> + 'static,
{
    let attempt = RwSignal::new(0_u32);
    // The app runs on the browser's one thread: Leptos's Send bounds hold trivially.
    let load = SendWrapper::new(load);
    let fallback = move || view! { <p class="loading" role="status">"Loading " {what} "…"</p> };
    move || {
        attempt.track();
        let loading = SendWrapper::new(load());
        view! {
            <Suspense fallback=fallback>
                {Suspend::new(async move {
                    match loading.await {
                        Ok(view) => view,
                        Err(ChunkNotLoaded) => chunk_problem(what, attempt),
                    }
                })}
            </Suspense>
        }
    }
}

/// The message in place of a view whose chunk could not be loaded.
fn chunk_problem(what: &'static str, attempt: RwSignal<u32>) -> AnyView {
    // A link straight to this view would otherwise keep the static first view's place.
    take_over();
    view! {
        <div class="problem chunk-problem" role="alert" data-chunk=what>
            <p><strong>"This part of the page could not be loaded: " {what} "."</strong></p>
            <p>
                "Its code is fetched when it is first shown, and that failed: the connection may be down, or the site has been updated since this page was opened (then reload the page). The rest of the explorer still works. "
                <button type="button" class="chunk-problem__retry" on:click=move |_| attempt.update(|n| *n += 1)>
                    "Try again"
                </button>
            </p>
        </div>
    }
    .into_any()
}
