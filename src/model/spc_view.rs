//! Everything the Variation view shows for one measure at one locality, worked out from the data:
//! the analysis, its heading, the sentences, the icons' words and meanings, the recalculation
//! points in words, and the chart's description for screen readers.

use crate::model::area::BSW;
use crate::model::spc::{analyse, Assurance, SpcResult, Variation};
use crate::model::spc_series::{localities, monthly_indicators, spc_series, SpcError, SpcSeries};
use crate::model::spc_text::{
    assurance_meaning, assurance_sentence, assurance_words, month_words, reliability_warning,
    variation_meaning, variation_sentence, variation_words, Formatting,
};
use crate::model::{AreaFile, Polarity, ThemeData};

/// One measure at one locality, analysed and put into words.
#[derive(Debug, Clone, PartialEq)]
pub struct SpcView {
    /// The series analysed.
    pub series: SpcSeries,
    /// The analysis.
    pub result: SpcResult,
    /// The measure's title.
    pub measure: String,
    /// The locality's short name.
    pub who: String,
    /// Whether higher is better.
    pub polarity: Polarity,
    /// How its figures are written.
    pub format: Formatting,
    /// The variation sentence.
    pub variation: String,
    /// The assurance sentence.
    pub assurance: String,
    /// The warning when the latest limits are not yet reliable.
    pub warning: Option<String>,
    /// The variation verdict in words (the icon's name).
    pub variation_label: &'static str,
    /// What it means.
    pub variation_meaning: &'static str,
    /// The assurance verdict in words (the icon's name).
    pub assurance_label: &'static str,
    /// What it means.
    pub assurance_meaning: &'static str,
    /// Each recalculation point in words: `New limits from April 2021: why.`
    pub recalculations: Vec<String>,
    /// The chart described for screen readers.
    pub chart_label: String,
}

/// The offered choice: `wanted` if offered, else `preferred` if offered, else the first.
pub fn choose(offered: &[String], wanted: Option<&str>, preferred: &str) -> Option<String> {
    let has = |c: &str| offered.iter().any(|o| o == c);
    wanted
        .filter(|w| has(w))
        .or_else(|| has(preferred).then_some(preferred))
        .map(str::to_owned)
        .or_else(|| offered.first().cloned())
}

/// The measure shown: the link's if it is a monthly measure, else the first.
pub fn chosen_measure(data: &ThemeData, wanted: Option<&str>) -> Option<String> {
    let offered: Vec<String> = monthly_indicators(data)
        .iter()
        .map(|i| i.id.clone())
        .collect();
    choose(&offered, wanted, "")
}

/// The locality shown: the link's if it has the measure, else BSW, else the first that has it.
pub fn chosen_locality(
    data: &ThemeData,
    areas: &AreaFile,
    measure: &str,
    wanted: Option<&str>,
) -> Option<String> {
    choose(&localities(data, measure, areas), wanted, BSW)
}

/// What a link asked of the Variation view that the data cannot show: notices saying so, and
/// which of its choices to forget (so that the address says what is shown).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkCheck {
    /// Plain-English notices, e.g. `The link's locality "B&NES" has no figures for A&E
    /// attendances, so BSW is shown.`
    pub notices: Vec<String>,
    /// The link's measure is not a monthly measure of the file.
    pub forget_measure: bool,
    /// The link's locality has no figures for the measure shown.
    pub forget_locality: bool,
}

/// Checks a link's measure and locality against the data (the address parser has already
/// refused ids that are not well formed or not areas at all).
pub fn check_link(
    data: &ThemeData,
    areas: &AreaFile,
    measure: Option<&str>,
    locality: Option<&str>,
) -> LinkCheck {
    let mut check = LinkCheck::default();
    let shown = chosen_measure(data, measure);
    if let (Some(wanted), Some(first)) = (measure, &shown) {
        if wanted != first {
            let title = data
                .indicator(first)
                .map_or(first.as_str(), |i| i.title.as_str());
            check.notices.push(format!(
                "The link's measure \"{wanted}\" has no monthly figures here, so {title} is shown."
            ));
            check.forget_measure = true;
        }
    }
    if let (Some(wanted), Some(m)) = (locality, &shown) {
        let shown_locality = chosen_locality(data, areas, m, Some(wanted));
        if shown_locality.as_deref() != Some(wanted) {
            let title = data.indicator(m).map_or(m.as_str(), |i| i.title.as_str());
            let other = shown_locality
                .as_deref()
                .map_or("no locality", |c| areas.short_name(c));
            check.notices.push(format!(
                "The link's locality \"{}\" has no figures for {title}, so {other} is shown.",
                areas.short_name(wanted)
            ));
            check.forget_locality = true;
        }
    }
    check
}

/// Where a theme page's "Variation" link leads for `indicator` with `selected` localities: the
/// measure and, of the selected localities that have it, the first in the area list's order,
/// England last (`None`: the view's default), or nothing when the indicator is not a monthly
/// measure.
pub fn variation_target(
    data: &ThemeData,
    areas: &AreaFile,
    indicator: &str,
    selected: &[String],
) -> Option<(String, Option<String>)> {
    monthly_indicators(data)
        .iter()
        .find(|i| i.id == indicator)?;
    let offered = localities(data, indicator, areas);
    let locality = offered
        .iter()
        .filter(|o| selected.contains(o))
        .min_by_key(|o| o.as_str() == crate::model::area::ENGLAND)
        .cloned();
    Some((indicator.to_owned(), locality))
}

fn chart_label(view: &SpcView) -> String {
    let points = &view.result.points;
    let first = points
        .first()
        .map(|p| month_words(&p.period))
        .unwrap_or_default();
    let last = points
        .last()
        .map(|p| month_words(&p.period))
        .unwrap_or_default();
    let marked = points
        .iter()
        .filter(|p| p.value.is_some() && p.verdict != Variation::CommonCause)
        .count();
    format!(
        "Variation chart of {} for {}: the monthly figures from {first} to {last}, with the mean and process limits; {marked} months marked as special cause. The table below gives every month.",
        view.measure, view.who
    )
}

/// The view of `measure` at `area`.
pub fn spc_view(
    data: &ThemeData,
    areas: &AreaFile,
    measure: &str,
    area: &str,
) -> Result<SpcView, SpcError> {
    let series = spc_series(data, measure, area)?;
    let ind = data
        .indicator(measure)
        .ok_or_else(|| SpcError::UnknownIndicator(measure.to_owned()))?;
    let result = analyse(&series.input);
    let (who, format) = (areas.short_name(area).to_owned(), Formatting::of(ind));
    let recalculations = series
        .recalculations
        .iter()
        .map(|r| format!("New limits from {}: {}", month_words(&r.period), r.reason))
        .collect();
    let mut view = SpcView {
        variation: variation_sentence(&who, &result, ind.polarity, format),
        assurance: assurance_sentence(&series, &result, ind.polarity, format),
        warning: reliability_warning(&result),
        variation_label: variation_words(result.variation, ind.polarity),
        variation_meaning: variation_meaning(result.variation),
        assurance_label: assurance_words(result.assurance),
        assurance_meaning: assurance_meaning(result.assurance),
        recalculations,
        chart_label: String::new(),
        measure: ind.title.clone(),
        who,
        polarity: ind.polarity,
        format,
        series,
        result,
    };
    view.chart_label = chart_label(&view);
    Ok(view)
}

impl SpcView {
    /// The assurance verdict.
    pub fn assurance(&self) -> Assurance {
        self.result.assurance
    }
}
