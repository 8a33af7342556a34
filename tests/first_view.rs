//! The static first view written into the page at build time: the default view's chart as SVG,
//! with its title, summary, cards, key, sources and table, from the bundled data.

mod common;

use outcomes_explorer::cli::first_view::{default_view, first_view_html};
use outcomes_explorer::model::format::escape_html as escape;

fn count(text: &str, what: &str) -> usize {
    text.matches(what).count()
}

#[test]
fn the_first_view_is_the_default_view_of_the_bundled_population() {
    let (population, areas) = (common::theme("population"), common::areas());
    let html = first_view_html(&population, &areas).expect("the first view is written");
    let default = default_view(&population, &areas).expect("the default view");
    assert_eq!(default.indicator, "population-total");
    assert_eq!(
        default.shown,
        ["E54000040", "E06000022", "E06000030", "E06000054"]
    );
    assert!(html.starts_with(r#"<div id="first-view" class="first-view">"#));
    assert!(html.contains(r#"<h2 class="chart-title">Total population</h2>"#));
    assert!(html.contains(
        r#"<svg class="first-view__chart" role="img" aria-label="Line chart of total population"#
    ));
    assert_eq!(count(&html, r#"elementtiming="first-chart""#), 1);
    assert_eq!(count(&html, r#"<li class="card">"#), 4);
    assert_eq!(count(&html, r#"<li class="locality">"#), 4);
    // One table row per period (and status), as the app's table view, the same ones marked to
    // print (12 to just after the latest estimate, 2023: the rest are projections to 2047).
    let printed = default.view.table.printed_rows();
    assert_eq!(printed.len(), 12);
    assert_eq!(default.view.table.rows[printed.end - 4].period, "2023");
    assert_eq!(
        count(&html, r#"<tr class="printed"><th scope="row">"#),
        printed.len()
    );
    assert_eq!(
        count(&html, r#"<tr><th scope="row">"#) + printed.len(),
        default.view.table.rows.len()
    );
    let summary = default.view.summary.expect("a summary sentence");
    assert!(html.contains(&escape(&summary)), "{summary}");
}

#[test]
fn the_first_view_is_well_formed_and_has_no_script() {
    let (population, areas) = (common::theme("population"), common::areas());
    let html = first_view_html(&population, &areas).expect("the first view is written");
    for tag in [
        "div", "ul", "li", "p", "table", "tr", "details", "svg", "text",
    ] {
        assert_eq!(
            count(&html, &format!("<{tag}>")) + count(&html, &format!("<{tag} ")),
            count(&html, &format!("</{tag}>")),
            "<{tag}> opened and closed"
        );
    }
    assert!(!html.contains("<script"));
    assert!(!html.contains("NaN"));
    assert!(
        !html.contains(" id=\"main\""),
        "the app's ids are the app's"
    );
}
