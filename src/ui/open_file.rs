//! "Your data": open or drop a Fingertips CSV export or a theme JSON file; it is read in this
//! browser (nothing is sent anywhere) and charted with the explorer's own charts, beside the
//! bundled localities. Each file's problems are listed with their row and column.

use crate::model::import::{import_file, merge, with_new_areas, Imported, IMPORTED_THEME};
use crate::model::{AreaFile, LoadError, ThemeData, FORMAT_VERSION};
use crate::ui::data_store::{use_data, DataStore};
use crate::ui::load_problem::LoadProblem;
use leptos::ev;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// What happened to one opened file.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Loaded: a summary, problems (rows left out) and remarks.
    Loaded {
        summary: String,
        problems: Vec<String>,
        remarks: Vec<String>,
    },
    /// Refused, with the reasons.
    Refused(LoadError),
}

fn summarise(file: &str, imported: &Imported) -> String {
    let figures: usize = imported.data.series.iter().map(|s| s.points.len()).sum();
    let mut text = format!(
        "{file}: {} indicator{}, {figures} figures for {} localities.",
        imported.data.indicators.len(),
        if imported.data.indicators.len() == 1 {
            ""
        } else {
            "s"
        },
        {
            let mut areas: Vec<&str> = imported
                .data
                .series
                .iter()
                .map(|s| s.area.as_str())
                .collect();
            crate::model::order::sort(&mut areas);
            areas.dedup();
            areas.len()
        }
    );
    if !imported.new_areas.is_empty() {
        let names: Vec<&str> = imported.new_areas.iter().map(|a| a.name.as_str()).collect();
        text.push_str(&format!(" Added localities: {}.", names.join(", ")));
    }
    text
}

/// Reads every file of the list, one after another, adding each to "Your data".
fn read_files(
    store: DataStore,
    files: web_sys::FileList,
    known: Arc<AreaFile>,
    outcomes: RwSignal<Vec<Outcome>>,
) {
    let list: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
    leptos::task::spawn_local(async move {
        for file in list {
            let name = file.name();
            let text = match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                Ok(t) => t.as_string().unwrap_or_default(),
                Err(_) => {
                    outcomes.update(|o| {
                        o.push(Outcome::Refused(LoadError::whole_file(
                            &name,
                            "could not be read",
                        )))
                    });
                    continue;
                }
            };
            let (mut data, areas) = store.imported.get_untracked().map_or_else(
                || {
                    (
                        ThemeData {
                            format_version: FORMAT_VERSION,
                            theme: IMPORTED_THEME.into(),
                            sources: Vec::new(),
                            indicators: Vec::new(),
                            series: Vec::new(),
                        },
                        Arc::clone(&known),
                    )
                },
                |(d, a)| ((*d).clone(), a),
            );
            match import_file(&name, &text, &areas) {
                Err(e) => outcomes.update(|o| o.push(Outcome::Refused(e))),
                Ok(imported) => {
                    merge(&mut data, &imported.data);
                    let areas = with_new_areas(&areas, &imported.new_areas);
                    outcomes.update(|o| {
                        o.push(Outcome::Loaded {
                            summary: summarise(&name, &imported),
                            problems: imported.problems.iter().map(ToString::to_string).collect(),
                            remarks: imported.remarks.clone(),
                        })
                    });
                    store.imported.set(Some((Arc::new(data), Arc::new(areas))));
                }
            }
        }
    });
}

/// The file chooser, drop zone and the report of what was opened.
#[component]
pub fn OpenFile(areas: Arc<AreaFile>) -> impl IntoView {
    let store = use_data();
    let outcomes = use_outcomes();
    let dragging = RwSignal::new(false);
    let on_change = {
        let areas = Arc::clone(&areas);
        move |e: ev::Event| {
            let input: Option<web_sys::HtmlInputElement> =
                e.target().and_then(|t| t.dyn_into().ok());
            if let Some(files) = input.as_ref().and_then(web_sys::HtmlInputElement::files) {
                read_files(store, files, Arc::clone(&areas), outcomes);
            }
            if let Some(input) = input {
                input.set_value("");
            }
        }
    };
    let on_drop = move |e: ev::DragEvent| {
        e.prevent_default();
        dragging.set(false);
        if let Some(files) = e.data_transfer().and_then(|d| d.files()) {
            read_files(store, files, Arc::clone(&areas), outcomes);
        }
    };
    let report = move || {
        outcomes
            .get()
            .into_iter()
            .map(|o| match o {
                Outcome::Refused(e) => view! { <LoadProblem error=e /> }.into_any(),
                Outcome::Loaded { summary, problems, remarks } => {
                    let n = problems.len();
                    let problem_items = problems
                        .into_iter()
                        .map(|p| view! { <li><code>{p}</code></li> })
                        .collect_view();
                    let remark_items = remarks
                        .into_iter()
                        .map(|r| view! { <li>{r}</li> })
                        .collect_view();
                    view! {
                        <div class="import-report" role="status">
                            <p><strong>"Opened " {summary}</strong></p>
                            {(n > 0).then(|| view! {
                                <p>{n} {if n == 1 { " row was" } else { " rows were" }} " left out:"</p>
                                <ul class="problem__list">{problem_items}</ul>
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
            {report}
        </section>
    }
}

/// Keeps the outcomes of every file opened in this visit, across theme changes (called by the
/// app).
pub fn provide_outcomes() {
    provide_context(RwSignal::new(Vec::<Outcome>::new()));
}

fn use_outcomes() -> RwSignal<Vec<Outcome>> {
    expect_context::<RwSignal<Vec<Outcome>>>()
}
