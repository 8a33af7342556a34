//! A statement in place of a chart, for an indicator that is one figure (or two of different
//! kinds): each figure large, with its locality, period, status and source.

use crate::model::statement::{shared_source, statement_intro, StatementFigure};
use leptos::prelude::*;

/// The figures of a statement, each with where, when, what kind and where from.
#[component]
pub fn StatementCard(figures: Vec<StatementFigure>) -> impl IntoView {
    let intro = statement_intro(figures.len());
    let shared = shared_source(&figures).map(str::to_owned);
    let each = shared.is_none();
    let items = figures
        .into_iter()
        .map(|f| {
            view! {
                <li class="statement__figure">
                    <p class="statement__value">{f.value}</p>
                    <p class="statement__what">{format!("{}, {} ({})", f.area, f.period, f.status)}</p>
                    {each.then(|| view! { <p class="statement__source">"Source: " {f.source}</p> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="statement" aria-label="The figures">
            <ul class="statement__figures">{items}</ul>
            {shared.map(|s| view! { <p class="statement__source">"Source: " {s}</p> })}
            <p class="field__hint">{intro} " The full reference is under Sources below."</p>
        </section>
    }
}
