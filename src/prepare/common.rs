//! Small builders shared by the preparation of each theme.

use crate::model::period::PeriodType;
use crate::model::{Indicator, Polarity, Series, Source, ValueType};

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
