//! "Your data": open or drop a Fingertips CSV export or a theme JSON file; it is read in this
//! browser (nothing is sent anywhere) and charted with the explorer's own charts, beside the
//! bundled localities. Each file's problems are listed with their row and column.

use crate::model::format::format_number;
use crate::model::import::limits;
use crate::model::import::problem_list::problem_list;
use crate::model::import::session::Opened;
use crate::model::LoadError;
use crate::ui::data_store::{use_data, DataStore};
use crate::ui::import_worker::{cancel_import, forget_all, on_progress, open_in_worker};
use crate::ui::kept_files;
use crate::ui::lazy_view::{lazy_view, ChunkNotLoaded};
use crate::ui::load_problem::LoadProblem;
use leptos::ev;
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;
use std::sync::Arc;
use wasm_bindgen::{JsCast, JsValue};

/// Opens one file's text in the importer, updates "Your data" and says what happened.
async fn open_text(store: DataStore, name: &str, text: JsValue) -> Opened {
    match open_in_worker(name, text).await {
        Err(e) => Opened::Refused(e),
        Ok(reply) => {
            if let Some((data, areas)) = reply.so_far {
                store.imported.set(Some((Arc::new(data), Arc::new(areas))));
            }
            reply.opened
        }
    }
}

/// Reads every file of the list, one after another, adding each to "Your data" (the importer
/// runs in a worker: `ui::import_worker`) and keeping it in the tab for a reload.
fn read_files(
    store: DataStore,
    files: web_sys::FileList,
    outcomes: RwSignal<Vec<Opened>>,
    opening: RwSignal<Option<String>>,
) {
    let list: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
    leptos::task::spawn_local(async move {
        for file in list {
            let name = file.name();
            // A file over the size limit is refused before it is read into memory.
            if let Err(e) = limits::check_size(&name, file.size() as usize) {
                outcomes.update(|o| o.push(Opened::Refused(e)));
                continue;
            }
            let status = format!(
                "Opening {name} ({} MB)…",
                format_number(file.size() / (1024.0 * 1024.0), 1)
            );
            opening.set(Some(status.clone()));
            // Rows read so far, as the importer reports them.
            on_progress(Some(Box::new(move |done, total| {
                // The page may have moved on: a disposed signal is left alone.
                if opening.try_get_untracked().flatten().is_some() {
                    opening.try_set(Some(format!(
                        "{status} {} of {} rows read",
                        format_number(done, 0),
                        format_number(total, 0)
                    )));
                }
            })));
            let opened = match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                Err(_) => Opened::Refused(LoadError::whole_file(&name, "could not be read")),
                // Cancelled while the browser was still reading it.
                Ok(_) if opening.get_untracked().is_none() => Opened::Refused(
                    LoadError::whole_file(&name, "could not be opened: cancelled"),
                ),
                Ok(text) => {
                    let mut opened = open_text(store, &name, text.clone()).await;
                    if let Opened::Loaded { remarks, .. } = &mut opened {
                        remarks.push(kept_files::keep(&name, &text));
                    }
                    opened
                }
            };
            on_progress(None);
            opening.set(None);
            outcomes.update(|o| o.push(opened));
        }
    });
}

/// Opens again the files kept in this tab (after a reload), in the order they were opened.
fn reopen_kept(store: DataStore, outcomes: RwSignal<Vec<Opened>>) {
    let kept = kept_files::kept();
    if kept.is_empty() {
        return;
    }
    leptos::task::spawn_local(async move {
        for (name, text) in kept {
            let mut opened = open_text(store, &name, JsValue::from_str(&text)).await;
            if let Opened::Loaded { remarks, .. } = &mut opened {
                remarks
                    .push("Opened again from this browser tab after the page was reloaded.".into());
            }
            outcomes.update(|o| o.push(opened));
        }
    });
}

/// Forgets the files opened: in the tab, in the importer and on the page.
fn forget_files(store: DataStore, outcomes: RwSignal<Vec<Opened>>) {
    kept_files::forget();
    forget_all();
    store.imported.set(None);
    outcomes.set(Vec::new());
}

/// The file chooser, drop zone and the report of what was opened.
#[component]
pub fn OpenFile() -> impl IntoView {
    lazy_view("the file opener", load_open_file, open_file)
}

/// Builds it in the `open_file` chunk (see `ui::lazy_view`).
#[wasm_split(open_file, wasm_split_path = ::leptos::wasm_split, fallible, preload(load_open_file))]
fn open_file() -> Result<AnyView, ChunkNotLoaded> {
    Ok(view! { <OpenFileLoaded /> }.into_any())
}

/// The file chooser and its report, themselves.
#[component]
fn OpenFileLoaded() -> impl IntoView {
    let store = use_data();
    let outcomes = use_outcomes();
    let dragging = RwSignal::new(false);
    let opening = RwSignal::new(None::<String>);
    // After a reload (or the crash message's "Reload"), the files kept in the tab open again.
    if store.imported.with_untracked(Option::is_none) && outcomes.with_untracked(Vec::is_empty) {
        reopen_kept(store, outcomes);
    }
    let any_open = move || store.imported.with(Option::is_some);
    let on_change = move |e: ev::Event| {
        let input: Option<web_sys::HtmlInputElement> = e.target().and_then(|t| t.dyn_into().ok());
        if let Some(files) = input.as_ref().and_then(web_sys::HtmlInputElement::files) {
            read_files(store, files, outcomes, opening);
        }
        if let Some(input) = input {
            input.set_value("");
        }
    };
    let on_drop = move |e: ev::DragEvent| {
        e.prevent_default();
        dragging.set(false);
        if let Some(files) = e.data_transfer().and_then(|d| d.files()) {
            read_files(store, files, outcomes, opening);
        }
    };
    let report = move || {
        outcomes
            .get()
            .into_iter()
            .map(|o| match o {
                Opened::Refused(e) => view! { <LoadProblem error=e /> }.into_any(),
                Opened::Loaded { summary, problems, remarks } => {
                    let n = problems.len();
                    let (listed, rest) = problem_list(&problems);
                    let problem_items = listed
                        .into_iter()
                        .map(|p| view! { <li><code>{p}</code></li> })
                        .collect_view();
                    let remark_items = remarks
                        .into_iter()
                        .map(|r| view! { <li>{r}</li> })
                        .collect_view();
                    view! {
                        // Only the summary is announced: a long list in a live region would
                        // keep a screen reader talking.
                        <div class="import-report">
                            <p role="status">
                                <strong>"Opened " {summary}</strong>
                                {(n > 0).then(|| format!(" {} {} left out.", format_number(n as f64, 0), if n == 1 { "row was" } else { "rows were" }))}
                            </p>
                            {(n > 0).then(|| view! {
                                <ul class="problem__list">{problem_items}{rest.map(|r| view! { <li>{r}</li> })}</ul>
                            })}
                            <ul class="import-report__remarks">{remark_items}</ul>
                        </div>
                    }
                    .into_any()
                }
            })
            .collect_view()
    };
    view! {
        <section class="open-file" aria-labelledby="open-title">
            <h2 id="open-title" class="chart-title">"Open your own data"</h2>
            <p>
                "A CSV file exported from OHID Fingertips, or a JSON file in the explorer's own format ("
                <a href="https://fingertips.phe.org.uk/" rel="noopener">"Fingertips"</a>
                "). The file is read in this browser and not sent anywhere. Its figures are charted here with the explorer's localities; localities the explorer does not know are added with the names the file gives."
            </p>
            <p class="field__hint">{limits::limits_in_words()}</p>
            <div
                class="drop-zone"
                class:drop-zone--active=move || dragging.get()
                on:dragover=move |e: ev::DragEvent| { e.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <label for="open-file-input" class="drop-zone__label">"Choose a CSV or JSON file, or drop one here"</label>
                <input id="open-file-input" class="drop-zone__input" type="file" accept=".csv,.json,text/csv,application/json" multiple on:change=on_change />
            </div>
            // While a file is opened: what, how big, and a way to stop it.
            {move || opening.get().map(|text| view! {
                <p class="import-progress" role="status">
                    {text} " "
                    <button type="button" class="button button--secondary" on:click=move |_| { opening.set(None); cancel_import(); }>"Cancel"</button>
                </p>
            })}
            {report}
            <p hidden=move || !any_open()>
                <button type="button" class="button button--secondary" on:click=move |_| forget_files(store, outcomes)>
                    "Forget my files"
                </button>
                " Removes the files opened from this page and from this browser tab."
            </p>
        </section>
    }
}

/// Keeps the outcomes of every file opened in this visit, across theme changes (called by the
/// app).
pub fn provide_outcomes() {
    provide_context(RwSignal::new(Vec::<Opened>::new()));
}

fn use_outcomes() -> RwSignal<Vec<Opened>> {
    expect_context::<RwSignal<Vec<Opened>>>()
}
