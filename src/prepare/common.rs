//! Small builders shared by the preparation of each theme.

use crate::model::period::PeriodType;
use crate::model::{Indicator, Point, Polarity, Series, Source, Status, ValueType};

/// The licence of every public dataset used.
pub const OGL: &str = "Open Government Licence v3.0";

/// An indicator with no standards, default decimals and no note.
pub fn indicator(
    id: &str,
    title: &str,
    definition: &str,
    unit: &str,
    value_type: ValueType,
    polarity: Polarity,
    period_type: PeriodType,
) -> Indicator {
    Indicator {
        id: id.into(),
        title: title.into(),
        definition: definition.into(),
        unit: unit.into(),
        value_type,
        polarity,
        period_type,
        decimals: None,
        standards: Vec::new(),
        breaks: Vec::new(),
        note: None,
    }
}

/// A source. `published` is `None` when the extract does not record the date; `note` must
/// then say so.
pub fn source(
    id: &str,
    publisher: &str,
    title: &str,
    section: &str,
    url: Option<&str>,
    published: Option<&str>,
    note: Option<&str>,
) -> Source {
    Source {
        id: id.into(),
        publisher: publisher.into(),
        title: title.into(),
        section: section.into(),
        url: url.map(Into::into),
        licence: OGL.into(),
        published: published.map(Into::into),
        extracted: None,
        note: note.map(Into::into),
    }
}

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
