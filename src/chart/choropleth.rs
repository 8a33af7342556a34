//! Builds the map of an indicator from the data model: each bounded area shaded by its value
//! at the latest period for which any of them has one.

use crate::chart::map::{map_areas, MapSpec};
use crate::model::boundary::BoundaryFile;
use crate::model::format::format_value;
use crate::model::query::actual_figures;
use crate::model::{AreaFile, Period, ThemeData};

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
        areas: list,
        legend_title: format!("{} ({}), {period}", ind.title, ind.unit),
        legend_range: (fmt(low?), fmt(high?)),
    })
}
