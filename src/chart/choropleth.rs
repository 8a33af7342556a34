//! Builds the map of an indicator from the data model: each bounded area shaded by its value
//! at the latest period for which any of them has one; and the England-wide map of every local
//! authority district.

use crate::chart::map::{map_areas, MapArea, MapSpec};
use crate::model::boundary::BoundaryFile;
use crate::model::england::EnglandFile;
use crate::model::format::format_value;
use crate::model::query::actual_figures;
use crate::model::{AreaFile, AreaLevel, Period, ThemeData};

/// The map of `indicator`; chosen areas get a thick outline. `None` when no bounded area has a
/// value.
pub fn map_spec(
    data: &ThemeData,
    areas: &AreaFile,
    boundaries: &BoundaryFile,
    indicator: &str,
    chosen: &[&str],
) -> Option<MapSpec> {
    let ind = data.indicator(indicator)?;
    let value_at = |area: &str| -> Vec<(Period, f64)> {
        actual_figures(data, indicator, area)
            .into_iter()
            .map(|f| (f.0, f.1))
            .collect()
    };
    let period = boundaries
        .areas
        .iter()
        .flat_map(|b| value_at(&b.code))
        .map(|p| p.0)
        .max()?;
    let fmt = |v: f64| format_value(v, ind.value_type, ind.decimals());
    let mut low: Option<f64> = None;
    let mut high: Option<f64> = None;
    let list = map_areas(&boundaries.areas, |code| {
        let value = value_at(code)
            .into_iter()
            .find(|p| p.0 == period)
            .map(|p| p.1);
        if let Some(v) = value {
            low = Some(low.map_or(v, |l| l.min(v)));
            high = Some(high.map_or(v, |h| h.max(v)));
        }
        let text = value.map_or_else(|| "no data".to_owned(), fmt);
        (
            format!("{}\n{text}", areas.short_name(code)),
            value,
            chosen.contains(&code),
        )
    });
    Some(MapSpec {
        outlines: Vec::new(),
        range: None,
        areas: list,
        legend_title: format!("{} ({}), {period}", ind.title, ind.unit),
        legend_range: (fmt(low?), fmt(high?)),
    })
}

/// Whether the places' map has anything to show for `indicator`: some place (a council: the
/// areas the bundled boundaries outline) has a measured figure. Known before the boundaries or
/// the map's code are fetched, so a page without a map keeps no room for one.
pub fn has_map(data: &ThemeData, areas: &AreaFile, indicator: &str) -> bool {
    areas
        .areas
        .iter()
        .filter(|a| a.level == AreaLevel::Place)
        .any(|a| !actual_figures(data, indicator, &a.code).is_empty())
}

/// The England-wide map of `indicator`: every local authority district shaded by its value,
/// the chosen localities outlined. No area is labelled (at this scale labels of neighbouring
/// places would overlap); the page lists the chosen places' figures beside the map. `None` when
/// the England-wide file lacks the indicator or has no value for it.
pub fn england_map_spec(file: &EnglandFile, indicator: &str, chosen: &[&str]) -> Option<MapSpec> {
    let all = file.indicator(indicator)?;
    let ind = &all.indicator;
    let fmt = |v: f64| format_value(v, ind.value_type, ind.decimals());
    let areas: Vec<MapArea> = file
        .areas
        .iter()
        .map(|a| {
            let value = all.values.get(&a.code).copied();
            let is_chosen = chosen.contains(&a.code.as_str());
            MapArea {
                code: a.code.clone(),
                label: String::new(),
                value,
                rings: a.rings.clone(),
                chosen: is_chosen,
            }
        })
        .collect();
    let values = areas.iter().filter_map(|a| a.value);
    let low = values.clone().reduce(f64::min)?;
    let high = values.reduce(f64::max)?;
    Some(MapSpec {
        outlines: Vec::new(),
        range: None,
        areas,
        legend_title: format!("{} ({}), {}", ind.title, ind.unit, all.period),
        legend_range: (fmt(low), fmt(high)),
    })
}
