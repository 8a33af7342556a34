//! The plain-English sentence under each chart, written from the data, so that the point is
//! clear without reading the chart.

use crate::model::format::{format_number, format_value};
use crate::model::outlook::outlook_sentence;
use crate::model::query::{actual_figures, is_provisional};
use crate::model::{AreaFile, Indicator, Period, ThemeData, ValueType};

use crate::model::area::ENGLAND;

/// Actual values of one area, in time order.
fn actuals(data: &ThemeData, indicator: &str, area: &str) -> Vec<(Period, f64)> {
    actual_figures(data, indicator, area)
        .into_iter()
        .map(|f| (f.0, f.1))
        .collect()
}

fn value_at(points: &[(Period, f64)], period: Period) -> Option<f64> {
    points.iter().find(|p| p.0 == period).map(|p| p.1)
}

/// The title as it reads inside a sentence: `Total population` becomes `total population`,
/// but `A&E patients…` and `IMD…` keep their capitals, as does a name such as
/// `Sustainability and Transformation funding` (capitalised words joined by `and` or `of`).
/// Only an ASCII first letter is lower-cased (the titles are English; this keeps Unicode's case
/// tables out of the page).
pub fn in_sentence(title: &str) -> String {
    let mut words = title.split_whitespace();
    let first_word = words.next().unwrap_or("");
    let capitals = first_word.chars().filter(char::is_ascii_uppercase).count();
    let named = matches!(words.next(), Some("and" | "of"))
        && words
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_uppercase()));
    if capitals > 1 || named {
        return title.to_owned();
    }
    let mut chars = title.chars();
    match chars.next() {
        Some(c) => std::iter::once(c.to_ascii_lowercase())
            .chain(chars)
            .collect(),
        None => String::new(),
    }
}

/// `Swindon's`, `B&NES's`, `Wiltshire's`; `Buckinghamshire Councils'` (a name ending in s).
pub(crate) fn possessive(name: &str) -> String {
    if name.ends_with('s') {
        format!("{name}'")
    } else {
        format!("{name}'s")
    }
}

fn change_sentence(
    ind: &Indicator,
    areas: &AreaFile,
    series: &[(&str, Vec<(Period, f64)>)],
    england: &[(Period, f64)],
) -> Option<String> {
    // The periods every chosen area has.
    let common: Vec<Period> = series
        .first()?
        .1
        .iter()
        .map(|p| p.0)
        .filter(|p| series.iter().all(|(_, pts)| value_at(pts, *p).is_some()))
        .collect();
    let (&first, &end) = (common.first()?, common.last()?);
    // Monthly figures compare like with like: the same month a year earlier, not the first
    // month of the series (April against July would mix the seasons).
    let start = match end {
        Period::Month { year, month } => {
            let before = Period::Month {
                year: year - 1,
                month,
            };
            *common.iter().find(|p| **p == before)?
        }
        _ => first,
    };
    if start == end {
        return None;
    }
    let change = |pts: &[(Period, f64)]| -> Option<f64> {
        let (a, b) = (value_at(pts, start)?, value_at(pts, end)?);
        (a != 0.0).then(|| 100.0 * (b / a - 1.0))
    };
    let (area, c) = series
        .iter()
        .filter_map(|(a, pts)| change(pts).map(|c| (*a, c)))
        .max_by(|x, y| x.1.abs().total_cmp(&y.1.abs()))?;
    let verb = if c >= 0.0 { "grew" } else { "fell" };
    let mut sentence = format!(
        "{} {} {verb} by {}% between {start} and {end}",
        possessive(areas.short_name(area)),
        in_sentence(&ind.title),
        format_number(c.abs(), 1)
    );
    if series.len() > 1 {
        sentence.push_str(if c >= 0.0 {
            ", the most of the localities shown"
        } else {
            ", the largest fall of the localities shown"
        });
    }
    if let Some(e) = change(england).filter(|_| area != ENGLAND) {
        let comparison = match (c >= 0.0, e >= 0.0) {
            (true, true) if c > e => "faster than",
            (true, true) => "slower than",
            (false, false) if c < e => "faster than",
            (false, false) => "slower than",
            _ => "against",
        };
        let direction = if e >= 0.0 { "growth" } else { "fall" };
        sentence.push_str(&format!(
            ", {comparison} England's {direction} of {}%",
            format_number(e.abs(), 1)
        ));
    }
    sentence.push('.');
    Some(sentence)
}

fn range_sentence(
    ind: &Indicator,
    areas: &AreaFile,
    series: &[(&str, Vec<(Period, f64)>)],
    england: &[(Period, f64)],
) -> Option<String> {
    let latest = series
        .iter()
        .filter_map(|(_, pts)| pts.last().map(|p| p.0))
        .max()?;
    let mut at: Vec<(&str, f64)> = series
        .iter()
        .filter_map(|(a, pts)| value_at(pts, latest).map(|v| (*a, v)))
        .collect();
    crate::model::order::sort_by(&mut at, |x, y| x.1.total_cmp(&y.1));
    let fmt = |v: f64| format_value(v, ind.value_type, ind.decimals());
    let title = in_sentence(&ind.title);
    let mut sentence = match at.as_slice() {
        [] => return None,
        [(a, v)] => format!(
            "In {latest}, {title}: {} in {}",
            fmt(*v),
            areas.short_name(a)
        ),
        [(lo_a, lo), .., (hi_a, hi)] => format!(
            "In {latest}, {title} ranged from {} in {} to {} in {}",
            fmt(*lo),
            areas.short_name(lo_a),
            fmt(*hi),
            areas.short_name(hi_a)
        ),
    };
    if let Some(e) = value_at(england, latest).filter(|_| !at.iter().any(|(a, _)| *a == ENGLAND)) {
        sentence.push_str(&format!(" (England: {})", fmt(e)));
    }
    sentence.push('.');
    Some(sentence)
}

/// A sentence or two describing `indicator` for the `selected` areas: the change over time for
/// counts and money ("Swindon's total population grew by 13.7% between 2011 and 2023, faster
/// than England's growth of 8.6%."), the latest range for rates and percentages, from actual
/// figures; where there are none, what the projections, plans or targets say, called what they
/// are ([`outlook_sentence`]). `None` when there is nothing to say.
pub fn summary(
    data: &ThemeData,
    areas: &AreaFile,
    indicator: &str,
    selected: &[&str],
) -> Option<String> {
    let ind = data.indicator(indicator)?;
    let series: Vec<(&str, Vec<(Period, f64)>)> = selected
        .iter()
        .map(|a| (*a, actuals(data, indicator, a)))
        .filter(|(_, pts)| !pts.is_empty())
        .collect();
    let england = actuals(data, indicator, ENGLAND);
    let by_change = matches!(
        ind.value_type,
        ValueType::Count | ValueType::GbpMillion | ValueType::Gbp
    );
    let change = if by_change {
        change_sentence(ind, areas, &series, &england)
    } else {
        None
    };
    let measured = change.or_else(|| range_sentence(ind, areas, &series, &england));
    match measured {
        Some(sentence) => Some(sentence + &provisional_note(data, indicator, &series)),
        None => outlook_sentence(data, areas, indicator, selected),
    }
}

/// " The figures for Apr 2026 are provisional." when the latest period described is
/// provisional for any of the localities shown; otherwise nothing.
fn provisional_note(
    data: &ThemeData,
    indicator: &str,
    series: &[(&str, Vec<(Period, f64)>)],
) -> String {
    let latest = series
        .iter()
        .filter_map(|(_, pts)| pts.last().map(|p| p.0))
        .max();
    match latest {
        Some(latest)
            if series
                .iter()
                .any(|(a, _)| is_provisional(data, indicator, a, latest)) =>
        {
            format!(" The figures for {latest} are provisional and may be revised.")
        }
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prepare::areas::area_file;
    use crate::prepare::population::build;

    const HEADER: &str = "area_code,area_name,area_type,year,series,variant,total,males,females,age_0_15,age_0_17,age_16_64,age_18_64,age_65_plus,age_75_plus,age_85_plus,pct_65_plus\n";

    fn data(rows: &[(&str, u32, &str, u32)]) -> ThemeData {
        let mut csv = HEADER.to_owned();
        for (area, year, series, total) in rows {
            csv.push_str(&format!(
                "{area},x,x,{year},{series},v,{total},1,1,1,1,1,1,{},1,1,1\n",
                total / 5
            ));
        }
        build(&csv).unwrap()
    }

    #[test]
    fn counts_are_described_by_their_growth_against_england() {
        let d = data(&[
            ("E06000030", 2011, "mye", 200_000),
            ("E06000030", 2023, "mye", 227_400),
            ("E06000030", 2030, "snpp2018", 300_000),
            ("E92000001", 2011, "mye", 1_000_000),
            ("E92000001", 2023, "mye", 1_086_000),
        ]);
        assert_eq!(
            summary(&d, &area_file(), "population-total", &["E06000030"]).unwrap(),
            "Swindon's total population grew by 13.7% between 2011 and 2023, faster than England's growth of 8.6%."
        );
    }

    #[test]
    fn with_several_areas_the_largest_change_is_named() {
        let d = data(&[
            ("E06000030", 2011, "mye", 100),
            ("E06000030", 2023, "mye", 110),
            ("E06000054", 2011, "mye", 100),
            ("E06000054", 2023, "mye", 105),
        ]);
        let s = summary(
            &d,
            &area_file(),
            "population-total",
            &["E06000054", "E06000030"],
        )
        .unwrap();
        assert_eq!(s, "Swindon's total population grew by 10.0% between 2011 and 2023, the most of the localities shown.");
    }

    #[test]
    fn percentages_are_described_by_their_latest_range() {
        let d = data(&[
            ("E06000030", 2023, "mye", 1000),
            ("E06000054", 2023, "mye", 500),
            ("E92000001", 2023, "mye", 400),
        ]);
        // share-aged-65-plus = 20% everywhere here except by rounding of total / 5.
        let s = summary(
            &d,
            &area_file(),
            "share-aged-65-plus",
            &["E06000030", "E06000054"],
        )
        .unwrap();
        assert_eq!(s, "In 2023, share of people aged 65 and over ranged from 20.0% in Swindon to 20.0% in Wiltshire (England: 20.0%).");
    }

    #[test]
    fn titles_keep_their_acronyms_inside_sentences() {
        assert_eq!(in_sentence("Total population"), "total population");
        assert_eq!(
            in_sentence("A&E patients seen within 4 hours"),
            "A&E patients seen within 4 hours"
        );
        assert_eq!(in_sentence("GP practices"), "GP practices");
        assert_eq!(
            in_sentence("Sustainability and Transformation funding offered"),
            "Sustainability and Transformation funding offered"
        );
        assert_eq!(
            in_sentence("Service people and families moving to Wiltshire"),
            "service people and families moving to Wiltshire"
        );
        assert_eq!(
            in_sentence("Cost of running the NHS estate"),
            "cost of running the NHS estate"
        );
        assert_eq!(in_sentence(""), "");
    }

    #[test]
    fn nothing_to_say_without_data() {
        let d = data(&[("E06000030", 2023, "mye", 1000)]);
        assert_eq!(
            summary(&d, &area_file(), "population-total", &["E06000022"]),
            None
        );
        assert_eq!(
            summary(&d, &area_file(), "no-such-indicator", &["E06000030"]),
            None
        );
    }

    #[test]
    fn monthly_counts_compare_the_same_month_a_year_earlier() {
        let text = r#"{"format_version": 1, "theme": "t",
          "sources": [{"id": "s", "publisher": "P", "title": "T", "section": "S", "licence": "OGL", "published": "2026"}],
          "indicators": [{"id": "m", "title": "A&E attendances", "definition": "d", "unit": "attendances", "value_type": "count", "polarity": "neither", "period_type": "month"}],
          "series": [{"indicator": "m", "area": "RD1", "source": "s", "status": "actual",
            "points": [{"period": "2024-04", "value": 100}, {"period": "2024-07", "value": 200}, {"period": "2025-04", "value": 150}, {"period": "2025-07", "value": 220}]}]}"#;
        let d = crate::model::parse_theme("t.json", text, &area_file()).unwrap();
        let s = summary(&d, &area_file(), "m", &["RD1"]).unwrap();
        assert!(
            s.contains("grew by 10.0% between Jul 2024 and Jul 2025"),
            "{s}"
        );
        let no_year_before = text.replace(r#"{"period": "2024-07", "value": 200}, "#, "");
        let d = crate::model::parse_theme("t.json", &no_year_before, &area_file()).unwrap();
        let s = summary(&d, &area_file(), "m", &["RD1"]).unwrap_or_default();
        assert!(!s.contains("between Apr 2024"), "{s}");
    }
}
