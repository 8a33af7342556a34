//! The source line under a chart: publisher, title, table, date and licence of every source.

use crate::model::Source;
use leptos::prelude::*;

/// "Source: …" with one entry per source and any caveats.
#[component]
pub fn SourceLine(sources: Vec<Source>) -> impl IntoView {
    let label = if sources.len() == 1 {
        "Source: "
    } else {
        "Sources: "
    };
    let items = sources
        .into_iter()
        .map(|s| {
            let link = s.url.clone().map(|url| {
                view! { " " <a href=url rel="noopener">"Publication page"</a> }
            });
            let note = s
                .note
                .clone()
                .map(|n| view! { <span class="source__note">" Note: " {n}</span> });
            view! { <li>{s.citation()} {link} {note}</li> }
        })
        .collect_view();
    view! {
        <div class="source">
            <p class="source__label">{label}</p>
            <ul class="source__list">{items}</ul>
        </div>
    }
}
