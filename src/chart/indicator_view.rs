//! Everything a theme page shows for the chosen indicator, localities and display mode: the
//! chart's spec, its screen-reader label, the table, the sources and the summary sentence.
//! Worked out here, as plain data, so that the page only lays it out.

use crate::chart::trend::{trend_spec, TrendRequest};
use crate::chart::LineChartSpec;
use crate::model::display::DisplayMode;
use crate::model::summary::{in_sentence, summary};
use crate::model::table::{sources_used, trend_table, TrendTable};
use crate::model::{AreaFile, Indicator, Source, ThemeData, ValueType};

/// What the page shows for one indicator.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorView {
    /// The indicator's title.
    pub title: String,
    /// Its definition, shown under the title.
    pub definition: String,
    /// Its note, if any.
    pub note: Option<String>,
    /// Whether index and % change are offered (counts and money).
    pub modes: bool,
    /// Why index and % change cannot be shown, if they cannot.
    pub index_unavailable: Option<String>,
    /// The line chart.
    pub spec: LineChartSpec,
    /// The figures by period and locality.
    pub table: TrendTable,
    /// The sources of the figures shown and of the standards drawn.
    pub sources: Vec<Source>,
    /// The summary sentence, if there is one to say.
    pub summary: Option<String>,
    /// The chart's description for screen readers, with how to read it by keyboard.
    pub label: String,
    /// The chart's description alone (for a picture of it, which no key moves through).
    pub description: String,
}

/// Whether index and % change mean anything for this kind of value.
fn offers_modes(ind: &Indicator) -> bool {
    matches!(
        ind.value_type,
        ValueType::Count | ValueType::GbpMillion | ValueType::Gbp
    )
}

/// The sources of the figures for `localities`, then those of the indicator's standards.
fn sources_shown(data: &ThemeData, ind: &Indicator, localities: &[&str]) -> Vec<Source> {
    let mut sources: Vec<Source> = sources_used(data, &ind.id, localities)
        .into_iter()
        .cloned()
        .collect();
    for s in &ind.standards {
        if let Some(src) = data.source(&s.source) {
            if !sources.contains(src) {
                sources.push(src.clone());
            }
        }
    }
    sources
}

/// How the app's chart is read by keyboard, after its description.
const KEYBOARD: &str = " Focus the chart and use the arrow keys to read each value; the figures are also in the table below.";

/// The chart's description: what it shows, from when to when and for whom.
fn chart_description(ind: &Indicator, spec: &LineChartSpec, table: &TrendTable) -> String {
    let names: Vec<&str> = table.columns.iter().map(String::as_str).collect();
    match (table.rows.first(), table.rows.last()) {
        (Some(first), Some(last)) => format!(
            "Line chart of {} ({}) from {} to {} for {}.",
            in_sentence(&ind.title),
            spec.unit_label,
            first.period,
            last.period,
            names.join(", ")
        ),
        _ => format!(
            "Line chart of {}: none of the chosen localities has figures.",
            in_sentence(&ind.title)
        ),
    }
}

/// What the page shows for `request`; index and % change fall back to figures for kinds of
/// value they do not suit. The error says, in words, why nothing can be shown.
pub fn indicator_view(
    data: &ThemeData,
    areas: &AreaFile,
    request: TrendRequest<'_>,
) -> Result<IndicatorView, String> {
    let id = request.indicator;
    let ind = data
        .indicator(id)
        .ok_or_else(|| format!("unknown indicator {id}"))?;
    let modes = offers_modes(ind);
    let request = TrendRequest {
        mode: if modes {
            request.mode
        } else {
            DisplayMode::Absolute
        },
        ..request
    };
    let spec = trend_spec(data, areas, request).map_err(|e| format!("{id}: {e}"))?;
    let table = trend_table(data, areas, id, request.areas).map_err(|e| e.to_string())?;
    let description = chart_description(ind, &spec, &table);
    Ok(IndicatorView {
        title: ind.title.clone(),
        definition: ind.definition.clone(),
        note: ind.note.clone(),
        modes,
        index_unavailable: spec.index_unavailable.clone(),
        summary: summary(data, areas, id, request.areas),
        sources: sources_shown(data, ind, request.areas),
        label: if table.rows.is_empty() {
            description.clone()
        } else {
            format!("{description}{KEYBOARD}")
        },
        description,
        spec,
        table,
    })
}
