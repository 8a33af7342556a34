//! A data file that could not be used: which file, where in it and what is wrong.

use crate::model::import::problem_list::MAX_LISTED as LISTED;
use crate::model::LoadError;
use crate::ui::first_view::take_over;
use leptos::prelude::*;

/// A data file could not be used: says which, where and why, without stopping the rest of
/// the app (the other themes still work).
#[component]
pub fn LoadProblem(error: LoadError) -> impl IntoView {
    // The page says what went wrong instead of the static first view.
    take_over();
    let more = error.problems.len().saturating_sub(LISTED);
    let items = error
        .problems
        .into_iter()
        .take(LISTED)
        .map(|p| view! { <li><code>{p.location()}</code> ": " {p.message}</li> })
        .collect_view();
    view! {
        <div class="problem" role="alert">
            <p><strong>"These figures could not be loaded: " <code>{error.file}</code> " has a problem."</strong></p>
            <ul class="problem__list">{items}</ul>
            {(more > 0).then(|| view! { <p>"…and " {more} " more."</p> })}
            <p>"The rest of the explorer still works. Analysts: run " <code>"make validate"</code> " to check the data files."</p>
        </div>
    }
}
