//! Small builders shared by the preparation of each theme.

use crate::model::{Indicator, Point, Series, Status};

/// Sorts series by indicator order (as listed), then area, then status, so that the
/// output is stable and easy to read.
pub fn sort_series(series: &mut [Series], indicators: &[Indicator]) {
    series.sort_by(|a, b| {
        let rank = |id: &str| indicators.iter().position(|i| i.id == id);
        rank(&a.indicator)
            .cmp(&rank(&b.indicator))
            .then_with(|| a.area.cmp(&b.area))
            .then(a.status.cmp(&b.status))
            .then_with(|| a.source.cmp(&b.source))
    });
}

/// What identifies a series: indicator, area, source and status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeriesKey<'a> {
    /// Indicator id.
    pub indicator: &'a str,
    /// Area code.
    pub area: &'a str,
    /// Source id.
    pub source: &'a str,
    /// Status.
    pub status: Status,
}

/// Appends `point` to the series with `key`, creating the series if there is none yet.
pub fn push_point(series: &mut Vec<Series>, key: SeriesKey<'_>, point: Point) {
    let found = series.iter_mut().find(|s| {
        s.indicator == key.indicator
            && s.area == key.area
            && s.source == key.source
            && s.status == key.status
    });
    match found {
        Some(s) => s.points.push(point),
        None => series.push(Series {
            indicator: key.indicator.into(),
            area: key.area.into(),
            source: key.source.into(),
            status: key.status,
            note: None,
            points: vec![point],
        }),
    }
}
