//! Share and download the current chart: copy its link or an iframe snippet to embed it, and
//! download its data (CSV) or the chart with its title, source and date drawn in (PNG, SVG).

use crate::chart::figure::{Figure, FigureText};
use crate::model::period::MONTH_NAMES;
use crate::model::url_state::embed_code;
use crate::model::{Source, ViewState};
use crate::ui::download::{download_png, download_text, figure_svg};
use leptos::prelude::*;

/// Today's date in words, e.g. `25 November 2026`.
fn today() -> String {
    let d = js_sys::Date::new_0();
    let month = MONTH_NAMES
        .get(d.get_month() as usize)
        .copied()
        .unwrap_or("");
    format!("{} {month} {}", d.get_date(), d.get_full_year())
}

/// The page's address without its query, e.g. `https://intranet/board/explorer/`.
fn page_address() -> String {
    web_sys::window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))
        })
        .unwrap_or_default()
}

fn copy(text: String, status: RwSignal<String>, what: &'static str) {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        status.set(format!(
            "Copying is not available: select the {what} and copy it."
        ));
        return;
    };
    let promise = clipboard.write_text(&text);
    leptos::task::spawn_local(async move {
        let done = wasm_bindgen_futures::JsFuture::from(promise).await;
        status.set(match done {
            Ok(_) => format!("The {what} was copied."),
            Err(_) => format!("The {what} could not be copied: select it and copy it."),
        });
    });
}

/// The share and download panel for the trend chart.
#[component]
pub fn SharePanel(
    /// The whole view, for the link and the embed code.
    view: ReadSignal<ViewState>,
    /// The chart or map, for the PNG and SVG downloads.
    #[prop(into)]
    figure: Signal<Figure>,
    /// The figures shown, as CSV, made when the download is asked for.
    csv: Callback<(), String>,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] sources: Signal<Vec<Source>>,
    /// File name without extension, e.g. `population-total_swindon`.
    #[prop(into)]
    stem: Signal<String>,
) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let snippet = Memo::new(move |_| view.with(|s| embed_code(&page_address(), s, &title.get())));
    let text = move || FigureText {
        title: title.get(),
        unit: figure.with(Figure::unit),
        sources: sources.with(|s| s.iter().map(Source::citation).collect()),
        credit: format!(
            "Downloaded {} from the Population & Outcomes Explorer ({}).",
            today(),
            page_address()
        ),
    };
    let report = move |result: Result<(), String>, what: &str| {
        status.set(match result {
            Ok(()) => format!("The {what} was downloaded."),
            Err(e) => format!("The {what} could not be made: {e}."),
        });
    };
    let csv = move |_| {
        report(
            download_text(
                &format!("{}.csv", stem.get()),
                "text/csv;charset=utf-8",
                &csv.run(()),
            ),
            "data (CSV)",
        );
    };
    let png = move |_| {
        let result =
            figure.with(|f| download_png(&format!("{}.png", stem.get()), f.body(), &text()));
        report(result, "chart (PNG)");
    };
    let svg = move |_| {
        let result = figure
            .with(|f| figure_svg(f.body(), &text()))
            .and_then(|svg| download_text(&format!("{}.svg", stem.get()), "image/svg+xml", &svg));
        report(result, "chart (SVG)");
    };
    let copy_link = move |_| {
        let href = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default();
        copy(href, status, "link");
    };
    let copy_embed = move |_| copy(snippet.get(), status, "embed code");
    view! {
        <section class="share" aria-labelledby="share-title">
            <h3 id="share-title" class="share__title">"Share and download"</h3>
            <div class="share__buttons">
                <button type="button" class="button button--secondary" on:click=copy_link>"Copy link"</button>
                <button type="button" class="button button--secondary" on:click=csv>"Download data (CSV)"</button>
                <button type="button" class="button button--secondary" on:click=png>{move || figure.with(|f| if matches!(f, Figure::Map(_)) { "Download map (PNG)" } else { "Download chart (PNG)" })}</button>
                <button type="button" class="button button--secondary" on:click=svg>{move || figure.with(|f| if matches!(f, Figure::Map(_)) { "Download map (SVG)" } else { "Download chart (SVG)" })}</button>
            </div>
            // A user's own files cannot be embedded elsewhere: no embed code for them.
            <details class="share__embed" hidden=move || view.with(|s| s.theme.is_user())>
                <summary>"Embed this chart in another page"</summary>
                <label for="embed-code">"Embed code (an iframe showing this chart, its source and a link to the full view)"</label>
                <textarea id="embed-code" class="share__code" readonly rows="3" prop:value=move || snippet.get()></textarea>
                <button type="button" class="button button--secondary" on:click=copy_embed>"Copy embed code"</button>
            </details>
            <p class="share__status" role="status">{move || status.get()}</p>
        </section>
    }
}
