//! The static first view: the page a link without choices opens (the Population theme's first
//! chart for the default localities), written at build time as HTML with the chart as SVG by
//! the same code the app uses. The browser paints it as soon as the page arrives, readers
//! without WebAssembly keep it, and the app replaces it once its own chart is drawn.

use crate::chart::indicator_view::{indicator_view, IndicatorView};
use crate::chart::palette::{css, marker_symbol};
use crate::chart::svg_writer::SvgWriter;
use crate::chart::trend::TrendRequest;
use crate::chart::{draw_line_chart, LineChartSpec, Scale};
use crate::model::display::DisplayMode;
use crate::model::format::escape_html as escape;
use crate::model::headline::headline;
use crate::model::query::areas_to_show;
use crate::model::table::TrendTable;
use crate::model::{AreaFile, Source, Theme, ThemeData, ViewState};
use plotters::prelude::IntoDrawingArea;
use std::fmt::Write as _;

/// The chart's size in the first view: the app's chart at 1280×800 (the SVG scales to its box).
pub const CHART_SIZE: (u32, u32) = (984, 480);

/// Why the first view could not be written.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum FirstViewError {
    /// The theme has no indicator with figures.
    #[error("the Population theme has no indicator with figures")]
    NoIndicator,
    /// The view could not be worked out.
    #[error("the first chart could not be shown: {0}")]
    View(String),
    /// The chart could not be drawn.
    #[error("the first chart could not be drawn: {0}")]
    Drawing(String),
}

/// The default view: what the page shows, for which indicator and localities.
#[derive(Debug, Clone, PartialEq)]
pub struct DefaultView {
    /// What the page shows.
    pub view: IndicatorView,
    /// The indicator's id.
    pub indicator: String,
    /// The localities shown.
    pub shown: Vec<String>,
}

/// The default view of `population` (the theme a link without choices opens).
pub fn default_view(
    population: &ThemeData,
    areas: &AreaFile,
) -> Result<DefaultView, FirstViewError> {
    let view = ViewState::default();
    let indicator = view
        .indicator_in(population)
        .ok_or(FirstViewError::NoIndicator)?;
    let (shown, _) = areas_to_show(population, areas, indicator, &view.areas);
    let refs: Vec<&str> = shown.iter().map(String::as_str).collect();
    let request = TrendRequest {
        indicator,
        areas: &refs,
        mode: DisplayMode::Absolute,
    };
    let view = indicator_view(population, areas, request).map_err(FirstViewError::View)?;
    Ok(DefaultView {
        view,
        indicator: indicator.to_owned(),
        shown,
    })
}

/// The chart as SVG, with `elementtiming` on its first text so that the benchmarks can read when
/// it was painted.
pub fn chart_svg(spec: &LineChartSpec, label: &str) -> Result<String, FirstViewError> {
    let mut svg = String::new();
    {
        let root = SvgWriter::new(&mut svg, CHART_SIZE).into_drawing_area();
        let scale = Scale::for_width(1.0, f64::from(CHART_SIZE.0));
        draw_line_chart(&root, spec, scale).map_err(|e| FirstViewError::Drawing(e.to_string()))?;
        root.present()
            .map_err(|e| FirstViewError::Drawing(e.to_string()))?;
    }
    let opening = format!(
        r#"<svg class="first-view__chart" role="img" aria-label="{}" "#,
        escape(label)
    );
    Ok(svg.replacen("<svg ", &opening, 1).replacen(
        "<text ",
        r#"<text elementtiming="first-chart" "#,
        1,
    ))
}

/// The page's header and theme navigation, as the app draws them (not yet controls).
fn header_and_nav(out: &mut String) {
    out.push_str(concat!(
        r#"<header class="site-header"><p class="site-header__name">Population &amp; Outcomes Explorer</p>"#,
        r#"<p class="site-header__area">Bath and North East Somerset, Swindon and Wiltshire (BSW)</p></header>"#,
        r#"<nav class="theme-nav" aria-label="Themes"><ul>"#
    ));
    for theme in Theme::ALL {
        let current = if theme == Theme::Population {
            r#" aria-current="page""#
        } else {
            ""
        };
        let _ = write!(
            out,
            r#"<li><span class="theme-nav__item"{current}>{}</span></li>"#,
            escape(theme.title())
        );
    }
    out.push_str("</ul></nav>");
}

/// The localities drawn, each with its line's colour and marker (the chart's key).
fn localities(out: &mut String, spec: &LineChartSpec) {
    out.push_str(r#"<aside class="layout__controls"><div class="locality-picker"><p class="first-view__legend">Localities</p><ul>"#);
    let mut seen: Vec<&str> = Vec::new();
    for line in &spec.lines {
        if seen.contains(&line.key.as_str()) {
            continue;
        }
        seen.push(&line.key);
        let _ = write!(
            out,
            r#"<li class="locality"><span class="locality__key" aria-hidden="true" style="color:{}">{}</span>{}</li>"#,
            css(line.style.colour),
            marker_symbol(line.style.marker),
            escape(&line.label)
        );
    }
    out.push_str("</ul></div></aside>");
}

/// The controls' current choices as text (the controls work once the app has loaded), so that
/// the chart sits where the app's will.
fn choices(out: &mut String, title: &str) {
    let _ = write!(
        out,
        concat!(
            r#"<div class="controls-row first-view__choices"><p class="field">Indicator: {}</p><p class="field">Show as: Numbers</p>"#,
            r#"<p class="first-view__loading" role="status">Loading the interactive explorer…</p></div>"#
        ),
        escape(title)
    );
}

/// The headline cards of the localities shown, as the app's.
fn cards(
    out: &mut String,
    population: &ThemeData,
    areas: &AreaFile,
    indicator: &str,
    shown: &[String],
) {
    out.push_str(r#"<ul class="cards" aria-label="Latest figures">"#);
    for h in shown
        .iter()
        .filter_map(|c| headline(population, indicator, c))
    {
        let _ = write!(
            out,
            r#"<li class="card"><p class="card__area">{}</p><p class="card__value">{}</p><p class="card__period">{}</p>"#,
            escape(areas.short_name(&h.area)),
            escape(&h.value),
            escape(&h.period)
        );
        if let Some(change) = &h.change {
            let _ = write!(
                out,
                r#"<p class="{}"><span aria-hidden="true">{} </span>{}{}</p>"#,
                h.change_class(),
                h.arrow,
                escape(change),
                h.verdict()
            );
        }
        out.push_str("</li>");
    }
    out.push_str("</ul>");
}

/// The sources, as the app's source line lists them.
fn sources(out: &mut String, sources: &[Source]) {
    let label = if sources.len() == 1 {
        "Source: "
    } else {
        "Sources: "
    };
    let _ = write!(
        out,
        r#"<div class="source"><p class="source__label">{label}</p><ul class="source__list">"#
    );
    for s in sources {
        let _ = write!(out, "<li>{}", escape(&s.citation()));
        if let Some(note) = &s.note {
            let _ = write!(
                out,
                r#"<span class="source__note"> Note: {}</span>"#,
                escape(note)
            );
        }
        out.push_str("</li>");
    }
    out.push_str("</ul></div>");
}

/// The table of figures, closed, as the app's table view shows it.
fn table(out: &mut String, title: &str, table: &TrendTable) {
    let caption = escape(&format!("{title} by period and locality"));
    let _ = write!(
        out,
        r#"<details class="table-toggle"><summary>Show the figures as a table</summary><div class="table-wrap" tabindex="0" role="region" aria-label="{caption}"><table class="data-table data-table--trend{}"><caption>{caption}</caption><thead><tr><th scope="col">{}</th><th scope="col">Type</th>"#,
        if table.prints_summary() {
            " data-table--summary"
        } else {
            ""
        },
        table.period_heading
    );
    for c in &table.columns {
        let _ = write!(out, r#"<th scope="col" class="num">{}</th>"#, escape(c));
    }
    out.push_str("</tr></thead><tbody>");
    let printed = table.printed_rows();
    for (i, row) in table.rows.iter().enumerate() {
        let _ = write!(
            out,
            r#"<tr{}><th scope="row">{}</th><td>{}</td>"#,
            if printed.contains(&i) {
                r#" class="printed""#
            } else {
                ""
            },
            escape(&row.period),
            row.status.table_word()
        );
        for cell in &row.cells {
            let _ = write!(
                out,
                r#"<td class="num">{}</td>"#,
                escape(cell.as_deref().unwrap_or("no data"))
            );
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div></details>");
}

/// The first view's HTML: header, navigation, theme title, the chart with its title, summary,
/// key, sources and table, and (with scripts on) a line saying the explorer is loading.
pub fn first_view_html(population: &ThemeData, areas: &AreaFile) -> Result<String, FirstViewError> {
    let DefaultView {
        view,
        indicator,
        shown,
    } = default_view(population, areas)?;
    let svg = chart_svg(
        &view.spec,
        &format!("{} The figures are in the table below.", view.description),
    )?;
    let mut out = String::from(r#"<div id="first-view" class="first-view">"#);
    header_and_nav(&mut out);
    out.push_str(
        r#"<div class="page"><h1 class="theme-title">Population</h1><div class="layout">"#,
    );
    localities(&mut out, &view.spec);
    out.push_str(r#"<div class="layout__content">"#);
    choices(&mut out, &view.title);
    let _ = write!(
        out,
        r#"<h2 class="chart-title">{}</h2><p class="chart-subtitle">{} {}</p>"#,
        escape(&view.title),
        escape(&view.definition),
        escape(view.note.as_deref().unwrap_or(""))
    );
    if let Some(summary) = &view.summary {
        let _ = write!(out, r#"<p class="summary">{}</p>"#, escape(summary));
    }
    cards(&mut out, population, areas, &indicator, &shown);
    let _ = write!(out, r#"<div class="first-view__figure">{svg}</div>"#);
    sources(&mut out, &view.sources);
    table(&mut out, &view.title, &view.table);
    out.push_str("</div></div></div></div>");
    Ok(out)
}

/// Why the first view could not be put into the page.
#[derive(Debug, thiserror::Error, PartialEq)]
#[error("index.html has no <div id=\"first-view\"></div> to put the first view in")]
pub struct NoPlaceholder;

/// `index` with its empty `<div id="first-view"></div>` (quoted or, once minified, not)
/// replaced by `view`.
pub fn insert_first_view(index: &str, view: &str) -> Result<String, NoPlaceholder> {
    ["<div id=\"first-view\"></div>", "<div id=first-view></div>"]
        .iter()
        .find_map(|p| index.find(p).map(|at| (at, p.len())))
        .map(|(at, len)| format!("{}{view}{}", &index[..at], &index[at + len..]))
        .ok_or(NoPlaceholder)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_placeholder_is_found_quoted_or_minified_and_nothing_else_changes() {
        let view = "<div id=\"first-view\">chart</div>";
        for page in [
            "<body><div id=\"first-view\"></div><noscript>x</noscript></body>",
            "<body><div id=first-view></div><noscript>x</noscript></body>",
        ] {
            assert_eq!(
                insert_first_view(page, view).as_deref(),
                Ok("<body><div id=\"first-view\">chart</div><noscript>x</noscript></body>")
            );
        }
        assert_eq!(insert_first_view("<body></body>", view), Err(NoPlaceholder));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape(r#"<b>"A & B"</b>"#),
            "&lt;b&gt;&quot;A &amp; B&quot;&lt;/b&gt;"
        );
    }
}
