//! The table view of a trend chart, with the exact numbers.

use crate::model::table::TrendTable;
use leptos::prelude::*;

/// A table with one row per period and one column per locality. A long one prints as a
/// summary: [`TrendTable::printed_rows`].
#[component]
pub fn TrendTableView(table: TrendTable, caption: String) -> impl IntoView {
    let head = table
        .columns
        .iter()
        .map(|c| view! { <th scope="col" class="num">{c.clone()}</th> })
        .collect_view();
    let printed = table.printed_rows();
    let summary = table.prints_summary();
    let rows = table
        .rows
        .into_iter()
        .enumerate()
        .map(|(i, row)| {
            let status = row.status.table_word();
            let cells = row
                .cells
                .into_iter()
                .map(|c| view! { <td class="num">{c.unwrap_or_else(|| "no data".into())}</td> })
                .collect_view();
            view! {
                <tr class:printed=printed.contains(&i)>
                    <th scope="row">{row.period}</th>
                    <td>{status}</td>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let region_label = caption.clone();
    let heading = table.period_heading;
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=region_label>
            <table class="data-table data-table--trend" class:data-table--summary=summary>
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{heading}</th>
                        <th scope="col">"Type"</th>
                        {head}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
