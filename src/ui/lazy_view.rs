//! Views whose code is not in the first download: it is in a wasm chunk of its own, fetched
//! the first time the view is shown (see `docs/performance.md`, item 12). A view is split off
//! by a function marked
//! `#[wasm_split(chunk, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_f))]`
//! that returns `Result<AnyView, ChunkNotLoaded>`, and is shown with [`lazy_view`]. The build
//! splits the wasm at those functions (`scripts/split-wasm.mjs`); all the functions with the same
//! chunk name go into one chunk.

use crate::ui::first_view::take_over;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use send_wrapper::SendWrapper;
use std::future::Future;
use std::pin::pin;
use std::rc::Rc;
use std::sync::Arc;
use std::task::{Context, Poll, Waker};

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

/// Where a chunk's loading stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Chunk {
    Loading,
    Ready,
    Failed,
}

/// A chunk's loading: where it stands, and how to (re)start fetching it.
struct ChunkLoad<F> {
    chunk: RwSignal<Chunk>,
    fetch: Arc<SendWrapper<F>>,
}

/// Starts nothing yet: `fetch` sets the state to loading and fetches the chunk with `load`.
fn chunk_load<L, LF>(load: L) -> ChunkLoad<impl Fn() + 'static>
where
    L: Fn() -> LF + 'static,
    LF: Future<Output = Result<(), SplitLoaderError>> + 'static,
{
    let chunk = RwSignal::new(Chunk::Loading);
    let load = Rc::new(load);
    let fetch = move || {
        chunk.set(Chunk::Loading);
        let load = Rc::clone(&load);
        leptos::task::spawn_local(async move {
            let done = if load().await.is_ok() {
                Chunk::Ready
            } else {
                Chunk::Failed
            };
            chunk.try_set(done);
        });
    };
    // The app runs on the browser's one thread: Leptos's Send bounds hold trivially.
    ChunkLoad {
        chunk,
        fetch: Arc::new(SendWrapper::new(fetch)),
    }
}

/// The view as its chunk's loading stands: "Loading {what}…", the view `build` makes, or the
/// problem with a button to try again. Safe to call again (the view is rebuilt).
fn chunk_view<F, B, BF>(what: &'static str, c: &ChunkLoad<F>, build: &B) -> AnyView
where
    F: Fn() + 'static,
    B: Fn() -> BF,
    BF: Future<Output = Result<AnyView, ChunkNotLoaded>>,
{
    match c.chunk.get() {
        Chunk::Loading => {
            view! { <p class="loading" role="status">"Loading " {what} "…"</p> }.into_any()
        }
        Chunk::Failed => chunk_problem(what, Arc::clone(&c.fetch)),
        Chunk::Ready => match now(build()) {
            Some(Ok(view)) => view,
            _ => chunk_problem(what, Arc::clone(&c.fetch)),
        },
    }
}

/// Shows the view that `build` makes, once `load` has fetched its chunk ("Loading {what}…"
/// until then). If the chunk cannot be loaded, says so in its place, naming `what` (for example
/// "the neighbourhood view"), with a button to try again; the rest of the page keeps working.
///
/// The view is made in this component's own reactive scope, as if it were not split: `build`
/// (the split function) is called only once its chunk is there, and then finishes at once.
pub fn lazy_view<L, LF, B, BF>(what: &'static str, load: L, build: B) -> impl IntoView
where
    L: Fn() -> LF + 'static,
    LF: Future<Output = Result<(), SplitLoaderError>> + 'static,
    B: Fn() -> BF + 'static,
    BF: Future<Output = Result<AnyView, ChunkNotLoaded>>,
{
    let c = chunk_load(load);
    (c.fetch)();
    let build = SendWrapper::new(build);
    move || chunk_view(what, &c, &*build)
}

/// As [`lazy_view`], for a panel lower down the page that is not printed: its chunk is fetched
/// only when the panel comes near the visible part of the page or the keyboard is used (a Tab),
/// or at once while `eager` is true (e.g. when a link asks for what it shows), so that a first
/// visit that does not scroll never downloads it. Until the panel is there, a box of the class
/// `lazy-panel` (its height in `style/main.css` near the panel's own) holds its place, so that
/// the page does not jump as it loads.
pub fn lazy_view_near<L, LF, B, BF>(
    what: &'static str,
    eager: Signal<bool>,
    load: L,
    build: B,
) -> impl IntoView
where
    L: Fn() -> LF + 'static,
    LF: Future<Output = Result<(), SplitLoaderError>> + 'static,
    B: Fn() -> BF + 'static,
    BF: Future<Output = Result<AnyView, ChunkNotLoaded>> + 'static,
{
    let node = NodeRef::<leptos::html::Div>::new();
    let near = crate::ui::use_near_viewport::use_near_viewport(node);
    let wanted =
        Memo::new(move |was: Option<&bool>| was == Some(&true) || near.get() || eager.get());
    let c = chunk_load(load);
    let fetch = Arc::clone(&c.fetch);
    // Fetched once, when first wanted.
    Effect::new(move |fetched: Option<bool>| {
        let go = wanted.get() && fetched != Some(true);
        if go {
            (fetch)();
        }
        go || fetched == Some(true)
    });
    let build = SendWrapper::new(build);
    move || {
        if !wanted.get() {
            return view! { <div class="lazy-panel" node_ref=node data-lazy=what></div> }
                .into_any();
        }
        let panel = chunk_view(what, &c, &*build);
        // While the code comes, the box keeps its room, so the page below does not jump.
        if c.chunk.get() == Chunk::Loading {
            return view! { <div class="lazy-panel lazy-panel--loading" data-lazy=what>{panel}</div> }
                .into_any();
        }
        panel
    }
}

/// The output of a future that is ready at its first poll (a split function whose chunk is
/// loaded), or `None`.
fn now<T>(future: impl Future<Output = T>) -> Option<T> {
    match pin!(future).poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(value) => Some(value),
        Poll::Pending => None,
    }
}

/// The message in place of a view whose chunk could not be loaded.
fn chunk_problem(what: &'static str, retry: Arc<SendWrapper<impl Fn() + 'static>>) -> AnyView {
    // A link straight to this view would otherwise keep the static first view's place.
    take_over();
    view! {
        <div class="problem chunk-problem" role="alert" data-chunk=what>
            <p><strong>"This part of the page could not be loaded: " {what} "."</strong></p>
            <p>
                "Its code is fetched when it is first shown, and that failed: the connection may be down, or the site has been updated since this page was opened (then reload the page). The rest of the explorer still works. "
                <button type="button" class="chunk-problem__retry" on:click=move |_| (retry)()>
                    "Try again"
                </button>
            </p>
        </div>
    }
    .into_any()
}
