//! The Variation view's model on the bundled performance file and on hand-built series: the
//! monthly series as analysed (every month, gaps kept, recalculation points with their reasons,
//! the target judged against), the sentences written from the analysis, and the board summary.

mod common;

use outcomes_explorer::model::spc::{analyse, Assurance, SpcInput, Variation};
use outcomes_explorer::model::spc_series::{spc_series, SpcError, MAX_MONTHS};
use outcomes_explorer::model::spc_text::*;
use outcomes_explorer::model::{Point, Polarity, Series, Status, ThemeData, ValueType};

fn percent() -> Formatting {
    Formatting {
        value_type: ValueType::Percent,
        decimals: 1,
    }
}

/// Monthly points from January 2020, with recalculation points at the given indices.
fn hand_built(values: &[Option<f64>], recalculations: Vec<usize>) -> SpcInput {
    SpcInput {
        points: values
            .iter()
            .enumerate()
            .map(|(i, v)| (format!("{}-{:02}", 2020 + i / 12, i % 12 + 1), *v))
            .collect(),
        polarity: Polarity::HigherIsBetter,
        target: None,
        recalculations,
    }
}

/// 14 months alternating around 50, then `tail`.
fn settled_then(tail: &[f64]) -> Vec<Option<f64>> {
    let mut v: Vec<Option<f64>> = (0..14)
        .map(|i| Some(if i % 2 == 0 { 49.0 } else { 51.0 }))
        .collect();
    v.extend(tail.iter().map(|x| Some(*x)));
    v
}

#[test]
fn a_trust_series_keeps_its_gap_and_recalculates_after_it() {
    let data = common::theme("performance");
    let s = spc_series(&data, "ae-4hr", "RD1").unwrap();
    // April 2016 to July 2025.
    assert_eq!(s.input.points.len(), 112);
    assert_eq!(s.input.points[0].0, "2016-04");
    assert_eq!(s.input.points[111].0, "2025-07");
    let present = s.input.points.iter().filter(|p| p.1.is_some()).count();
    assert_eq!(
        present,
        36 + 50 - 2 + 2,
        "36 months to March 2019, 50 from April 2021"
    );
    // April 2019 to March 2021 and the two copied months of 2025 are gaps.
    assert!(s.input.points[36..60].iter().all(|p| p.1.is_none()));
    let feb_2025 = s
        .input
        .points
        .iter()
        .position(|p| p.0 == "2025-02")
        .unwrap();
    assert_eq!(s.input.points[feb_2025].1, None);
    assert_eq!(s.input.points[feb_2025 + 1].1, None);
    assert_eq!(s.recalculations.len(), 1);
    assert_eq!(
        (
            s.recalculations[0].index,
            s.recalculations[0].period.as_str()
        ),
        (60, "2021-04")
    );
    assert!(s.recalculations[0].reason.contains("resume after a gap"));
    assert_eq!(s.input.recalculations, vec![60]);
    let target = s.target.unwrap();
    assert_eq!(
        (target.value, target.label.as_str()),
        (78.0, "78% ambition for March 2026")
    );
    assert_eq!(target.source, "nhse-planning-2025-26");
    assert_eq!(s.sources, vec!["nhse-ae-2016-19", "nhse-ae-2021-25"]);
}

#[test]
fn bsw_a_and_e_reads_as_its_independently_derived_limits() {
    // tests/fixtures/spc/README.md: mean 71.78, limits 67.75 to 75.81, no special cause at the end.
    let data = common::theme("performance");
    let s = spc_series(&data, "ae-4hr", "E54000040").unwrap();
    let r = analyse(&s.input);
    assert_eq!(r.variation, Some(Variation::CommonCause));
    assert_eq!(r.assurance, Assurance::ConsistentlyFailing);
    assert_eq!(
        variation_sentence("BSW", &r, Polarity::HigherIsBetter, percent()),
        "For BSW, the figures show common cause variation: the latest (72.5%, July 2025) is within the process limits (67.7% to 75.8%) around a mean of 71.8%, with no pattern of special cause."
    );
    assert_eq!(
        assurance_sentence(&s, &r, Polarity::HigherIsBetter, percent()),
        "At its current variation it will not consistently meet the 78% ambition for March 2026: its upper process limit (75.8%) is below it."
    );
    assert_eq!(reliability_warning(&r), None);
}

#[test]
fn breaks_are_recalculation_points_with_their_note_and_the_next_target_is_used() {
    let data = common::theme("performance");
    let s = spc_series(&data, "rtt-18-weeks", "RN3").unwrap();
    assert_eq!(s.recalculations.len(), 1);
    assert_eq!(s.recalculations[0].period, "2024-02");
    assert!(s.recalculations[0]
        .reason
        .starts_with("Series break: From February 2024"));
    // Latest month April 2026: the March 2026 milestone has passed, March 2027's target is next.
    assert_eq!(s.target.unwrap().label, "70% target for March 2027");
}

#[test]
fn with_every_target_past_the_standard_is_used_and_provisional_months_are_known() {
    let data = common::theme("performance");
    let s = spc_series(&data, "cancer-28-day", "RD1").unwrap();
    assert_eq!(s.target.unwrap().label, "75% standard");
    let first_provisional = s
        .input
        .points
        .iter()
        .position(|p| p.0 == "2025-10")
        .unwrap();
    assert_eq!(s.provisional.first(), Some(&first_provisional));
    assert_eq!(*s.provisional.last().unwrap(), s.input.points.len() - 1);
}

#[test]
fn what_cannot_be_analysed_says_why() {
    let data = common::theme("performance");
    assert_eq!(
        spc_series(&data, "nope", "RD1"),
        Err(SpcError::UnknownIndicator("nope".into()))
    );
    assert!(matches!(
        spc_series(&data, "ae-4hr-year", "E54000040"),
        Err(SpcError::NotMonthly(_))
    ));
    assert_eq!(
        spc_series(&data, "ae-4hr", "E06000030"),
        Err(SpcError::NoFigures)
    );
    let mut huge: ThemeData = data.clone();
    huge.series.push(Series {
        indicator: "ae-4hr".into(),
        area: "E06000030".into(),
        source: "nhse-ae-2016-19".into(),
        status: Status::Actual,
        note: None,
        points: vec![Point::new("1800-01", 50.0), Point::new("2200-12", 50.0)],
    });
    let err = spc_series(&huge, "ae-4hr", "E06000030").unwrap_err();
    assert_eq!(err, SpcError::TooLong { months: 4812 });
    const { assert!(4812 > MAX_MONTHS) };
    assert!(err.to_string().contains("4812 months"));
}

#[test]
fn a_shift_is_told_from_its_first_month() {
    let r = analyse(&hand_built(&settled_then(&[53.0; 8]), vec![]));
    assert_eq!(r.variation, Some(Variation::Improvement));
    let s = variation_sentence("RUH Bath", &r, Polarity::HigherIsBetter, percent());
    assert!(s.starts_with("For RUH Bath, the figures show special cause improvement since March 2021: 8 months in a row above the mean"), "{s}");
}

#[test]
fn a_shift_is_counted_from_the_recalculation_point_not_before() {
    // Eight high months, a recalculation point after the fifth of them: the new period's run
    // has three months, too short to be a shift on its own…
    let mut v = settled_then(&[53.0; 5]);
    v.extend(settled_then(&[53.0; 8]));
    let r = analyse(&hand_built(&v, vec![19]));
    let s = variation_sentence("X", &r, Polarity::HigherIsBetter, percent());
    // …and the second period's shift starts in its own months.
    assert!(s.contains("since"), "{s}");
    assert!(s.contains("8 months in a row above the mean"), "{s}");
}

#[test]
fn a_trend_a_point_outside_and_two_of_three_are_each_told() {
    let rising = settled_then(&[44.0, 45.0, 46.0, 47.0, 48.0, 49.5, 50.5]);
    let mut input = hand_built(&rising, vec![]);
    input.polarity = Polarity::LowerIsBetter;
    let r = analyse(&input);
    let s = variation_sentence("X", &r, Polarity::LowerIsBetter, percent());
    assert!(
        s.contains(
            "special cause concern since March 2021: a run of 7 months rising from 44.0% to 50.5%."
        ),
        "{s}"
    );

    let r = analyse(&hand_built(&settled_then(&[80.0]), vec![]));
    let s = variation_sentence("X", &r, Polarity::HigherIsBetter, percent());
    assert!(s.contains("special cause improvement in March 2021: the latest figure (80.0%) is above the upper process limit"), "{s}");

    let r = analyse(&hand_built(&settled_then(&[55.5, 51.5, 55.8]), vec![]));
    let s = variation_sentence("X", &r, Polarity::HigherIsBetter, percent());
    assert!(
        s.contains("2 of the last 3 months are close to the upper process limit"),
        "{s}"
    );
}

#[test]
fn short_periods_warn_and_missing_series_say_so() {
    let r = analyse(&hand_built(&[Some(1.0), Some(2.0), Some(1.5)], vec![]));
    let w = reliability_warning(&r).unwrap();
    assert!(
        w.contains("only 3 months (from January 2020), fewer than 13"),
        "{w}"
    );
    let r = analyse(&hand_built(&[None, None], vec![]));
    assert_eq!(
        variation_sentence("X", &r, Polarity::HigherIsBetter, percent()),
        "For X, there are no figures to analyse."
    );
    assert_eq!(reliability_warning(&r), None);
}

#[test]
fn words_for_every_verdict() {
    assert_eq!(
        variation_words(Some(Variation::Improvement), Polarity::LowerIsBetter),
        "Special cause improvement (low)"
    );
    assert_eq!(
        variation_words(Some(Variation::Concern), Polarity::HigherIsBetter),
        "Special cause concern (low)"
    );
    assert_eq!(
        variation_words(Some(Variation::NeitherHigh), Polarity::Neither),
        "Special cause variation (high)"
    );
    assert_eq!(
        assurance_words(Assurance::HitAndMiss),
        "Hit and miss against the target"
    );
    for a in [
        Assurance::ConsistentlyPassing,
        Assurance::ConsistentlyFailing,
        Assurance::HitAndMiss,
        Assurance::Changed,
        Assurance::NotApplicable,
    ] {
        assert!(assurance_meaning(a).ends_with('.'));
    }
}

/// Limits set before an improvement that now meets the target cannot say it will always fail
/// (a reviewer found Salisbury "consistently failing" 70% beside three months above it).
#[test]
fn a_special_cause_against_the_limits_verdict_gives_no_assurance() {
    use outcomes_explorer::model::spc::unless_changed;
    use outcomes_explorer::model::spc_view::spc_view;
    let data = common::theme("performance");
    let v = spc_view(&data, &common::areas(), "rtt-18-weeks", "RNZ").unwrap();
    assert_eq!(v.result.variation, Some(Variation::Improvement));
    assert_eq!(v.result.assurance, Assurance::Changed);
    assert!(
        v.assurance.starts_with("The latest months are a special cause improvement: the process has changed since its limits (")
            && v.assurance.contains("so they cannot say whether it will meet the 70% target for March 2027.")
            && v.assurance.ends_with("The latest month (71.5%) met it."),
        "{}",
        v.assurance
    );
    assert_eq!(
        assurance_words(v.result.assurance),
        "No assurance yet: the process has changed"
    );
    // Only a special cause on the other side changes the verdict.
    let (f, p) = (
        Assurance::ConsistentlyFailing,
        Assurance::ConsistentlyPassing,
    );
    assert_eq!(
        unless_changed(f, Some(Variation::Improvement)),
        Assurance::Changed
    );
    assert_eq!(
        unless_changed(p, Some(Variation::Concern)),
        Assurance::Changed
    );
    assert_eq!(unless_changed(f, Some(Variation::Concern)), f);
    assert_eq!(unless_changed(p, Some(Variation::Improvement)), p);
    assert_eq!(unless_changed(f, Some(Variation::CommonCause)), f);
    assert_eq!(
        unless_changed(Assurance::HitAndMiss, Some(Variation::Improvement)),
        Assurance::HitAndMiss
    );
    assert_eq!(unless_changed(f, None), f);
}

#[test]
fn the_board_summary_has_every_monthly_measure_at_every_locality() {
    let data = common::theme("performance");
    let areas = common::areas();
    let mut rows = board_rows(&data, &areas);
    // A&E (two measures) at six localities; RTT (three) and cancer (three) at five.
    assert_eq!(rows.len(), 2 * 6 + 6 * 5);
    assert!(rows
        .iter()
        .all(|r| !r.latest.is_empty() && r.period.len() == 7));
    let bsw = rows
        .iter()
        .find(|r| r.indicator == "ae-4hr" && r.area == "E54000040")
        .unwrap();
    assert_eq!(
        (bsw.latest.as_str(), bsw.period.as_str()),
        ("72.5%", "2025-07")
    );
    assert_eq!(bsw.variation_text, "Common cause variation");
    assert_eq!(bsw.target, "78% ambition for March 2026");

    sort_board(&mut rows, BoardOrder::Variation);
    let first_common = rows
        .iter()
        .position(|r| r.variation == Some(Variation::CommonCause))
        .unwrap();
    assert!(rows[..first_common]
        .iter()
        .all(|r| r.variation != Some(Variation::CommonCause)));
    assert_eq!(rows[0].variation, Some(Variation::Concern));
    sort_board(&mut rows, BoardOrder::Assurance);
    assert_eq!(rows[0].assurance, Assurance::ConsistentlyFailing);
    sort_board(&mut rows, BoardOrder::Locality);
    assert!(rows
        .windows(2)
        .all(|w| w[0].locality_rank <= w[1].locality_rank));
    sort_board(&mut rows, BoardOrder::Measure);
    assert_eq!(rows[0].indicator, "ae-4hr");

    let csv = board_csv(&rows);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "measure,locality,code,latest,month,variation,assurance,target"
    );
    assert_eq!(lines.len(), rows.len() + 1);
    // Figures with commas are quoted.
    assert!(csv.contains("\"2,407,884\""), "{csv}");
}

#[test]
fn the_chart_marks_special_causes_by_colour_and_shape_and_starts_new_limits_at_the_break() {
    use outcomes_explorer::chart::spc_chart::{spc_chart_spec, CONCERN, FIGURES};
    use outcomes_explorer::chart::Scale;
    let data = common::theme("performance");
    let s = spc_series(&data, "rtt-52-weeks", "RN3").unwrap();
    let r = analyse(&s.input);
    let spec = spc_chart_spec(
        &s,
        &r,
        data.indicator("rtt-52-weeks").unwrap(),
        "Great Western",
    );
    let keys: Vec<&str> = spec.lines.iter().map(|l| l.key.as_str()).collect();
    assert_eq!(&keys[..4], ["mean", "limits", "limits", "RN3"]);
    let concern = spec
        .lines
        .iter()
        .find(|l| l.key == "concern")
        .expect("concern marked");
    assert!(concern.marks_only && concern.style == CONCERN);
    let concerns = r
        .points
        .iter()
        .filter(|p| p.verdict == Variation::Concern)
        .count();
    assert_eq!(concern.points.len(), concerns);
    assert!(concerns >= 7, "the latest 7 rising months at least");
    // The figures' line has its own colour and shape, different from every mark's.
    assert!(spec
        .lines
        .iter()
        .filter(|l| l.marks_only)
        .all(|l| l.style.marker != FIGURES.marker && l.style.colour != FIGURES.colour));
    // The mean and limits start again at February 2024, marked on the chart.
    let mean = &spec.lines[0];
    assert_eq!(mean.breaks.len(), 1);
    assert_eq!(mean.period_labels[mean.breaks[0]], "Feb 2024");
    assert_eq!(spec.markers.len(), 1);
    let svg = common::render_with_writer(&spec, (1000, 500), Scale::ONE);
    assert!(svg.contains("New limits") && svg.contains("Process limits") && !svg.contains("NaN"));
}

#[test]
fn the_target_is_the_chart_s_reference_line() {
    use outcomes_explorer::chart::spc_chart::spc_chart_spec;
    let data = common::theme("performance");
    let s = spc_series(&data, "ae-4hr", "RD1").unwrap();
    let r = analyse(&s.input);
    let spec = spc_chart_spec(&s, &r, data.indicator("ae-4hr").unwrap(), "RUH Bath");
    assert_eq!(spec.references.len(), 1);
    assert_eq!(
        (spec.references[0].value, spec.references[0].label.as_str()),
        (78.0, "78% ambition for March 2026")
    );
    // The figures' line is cut across April 2019 to March 2021.
    let figures = spec.lines.iter().find(|l| l.key == "RD1").unwrap();
    assert!(figures
        .breaks
        .iter()
        .any(|&b| figures.period_labels[b] == "Apr 2021"));
}

#[test]
fn the_link_s_choice_is_kept_only_when_offered() {
    use outcomes_explorer::model::spc_view::{choose, chosen_locality, chosen_measure};
    let offered: Vec<String> = ["RD1", "E54000040", "RN3"].map(String::from).to_vec();
    assert_eq!(
        choose(&offered, Some("RN3"), "E54000040").as_deref(),
        Some("RN3")
    );
    assert_eq!(
        choose(&offered, Some("XX"), "E54000040").as_deref(),
        Some("E54000040")
    );
    assert_eq!(choose(&offered, None, "nope").as_deref(), Some("RD1"));
    assert_eq!(choose(&[], Some("RD1"), "RD1"), None);
    let data = common::theme("performance");
    let areas = common::areas();
    assert_eq!(
        chosen_measure(&data, Some("ae-4hr-year")).as_deref(),
        Some("ae-4hr")
    );
    assert_eq!(
        chosen_measure(&data, Some("rtt-52-weeks")).as_deref(),
        Some("rtt-52-weeks")
    );
    // The three trusts together have no waiting-time figures: BSW is shown instead.
    assert_eq!(
        chosen_locality(&data, &areas, "rtt-18-weeks", Some("BSWACUTE")).as_deref(),
        Some("E54000040")
    );
}

#[test]
fn the_view_puts_a_trust_s_analysis_into_words() {
    use outcomes_explorer::model::spc_view::spc_view;
    let data = common::theme("performance");
    let v = spc_view(&data, &common::areas(), "ae-4hr", "RD1").unwrap();
    assert_eq!(
        (v.measure.as_str(), v.who.as_str()),
        ("A&E patients seen within 4 hours", "RUH Bath")
    );
    assert!(v.variation.starts_with("For RUH Bath, the figures show"));
    assert_eq!(v.recalculations.len(), 1);
    assert!(v.recalculations[0].starts_with("New limits from April 2021: The figures resume"));
    assert!(v.chart_label.starts_with("Variation chart of A&E patients seen within 4 hours for RUH Bath: the monthly figures from April 2016 to July 2025"));
    let rows = month_rows(&v.series, &v.result, v.polarity, v.format);
    assert_eq!(rows.len(), 112);
    assert_eq!(
        (rows[0].month.as_str(), rows[0].value.as_str()),
        ("Apr 2016", "86.9%")
    );
    // A month without a figure has no verdict; its period's limits are still given.
    let gap = rows.iter().find(|r| r.period == "2025-02").unwrap();
    assert_eq!((gap.value.as_str(), gap.verdict), ("", ""));
    assert!(!gap.mean.is_empty());
    let csv = months_csv(&v.series, &v.result, &v.measure, &v.who, v.polarity);
    assert_eq!(csv.lines().count(), 113);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 300, ..Default::default() })]

    /// Whatever the series, the sentences and rows are written, end with a full stop, and the
    /// table has a row per month.
    #[test]
    fn any_series_is_put_into_words(
        values in proptest::collection::vec(proptest::option::weighted(0.8, -1e9f64..1e9), 0..60),
        breaks in proptest::collection::vec(0usize..70, 0..4),
    ) {
        let r = analyse(&hand_built(&values, breaks));
        let s = variation_sentence("X", &r, Polarity::HigherIsBetter, percent());
        proptest::prop_assert!(s.starts_with("For X, ") && s.ends_with('.'), "{}", s);
        if let Some(w) = reliability_warning(&r) {
            proptest::prop_assert!(w.contains("fewer than 13"));
        }
    }
}

#[test]
fn a_performance_page_leads_to_the_variation_of_its_monthly_measures_only() {
    use outcomes_explorer::model::spc_view::variation_target;
    let data = common::theme("performance");
    let areas = common::areas();
    let chosen: Vec<String> = ["E06000030", "RN3", "E54000040"].map(String::from).to_vec();
    assert_eq!(
        variation_target(&data, &areas, "ae-4hr", &chosen),
        Some(("ae-4hr".to_owned(), Some("E54000040".to_owned()))),
        "BSW comes first in the area list"
    );
    let places: Vec<String> = vec!["E06000030".into()];
    assert_eq!(
        variation_target(&data, &areas, "cancer-62-day", &places),
        Some(("cancer-62-day".to_owned(), None))
    );
    assert_eq!(
        variation_target(&data, &areas, "ae-4hr-year", &chosen),
        None
    );
}

#[test]
fn the_link_prefers_a_local_locality_to_england() {
    use outcomes_explorer::model::spc_view::variation_target;
    let data = common::theme("performance");
    let chosen: Vec<String> = ["E92000001", "RD1"].map(String::from).to_vec();
    let target = variation_target(&data, &common::areas(), "ae-4hr", &chosen).unwrap();
    assert_eq!(target.1.as_deref(), Some("RD1"));
    let england: Vec<String> = vec!["E92000001".into()];
    let target = variation_target(&data, &common::areas(), "ae-4hr", &england).unwrap();
    assert_eq!(target.1.as_deref(), Some("E92000001"));
}

#[test]
fn the_chart_itself_says_when_limits_are_not_yet_reliable() {
    use outcomes_explorer::chart::spc_chart::spc_chart_spec;
    let data = common::theme("performance");
    let mut s = spc_series(&data, "ae-4hr", "E54000040").unwrap();
    // New limits 8 months before the end: the last period has fewer than 13 months.
    let at = s.input.points.len() - 8;
    s.input.recalculations = vec![at];
    s.recalculations = vec![outcomes_explorer::model::spc_series::Recalc {
        index: at,
        period: s.input.points[at].0.clone(),
        reason: "test".into(),
    }];
    let r = analyse(&s.input);
    let spec = spc_chart_spec(&s, &r, data.indicator("ae-4hr").unwrap(), "BSW");
    let labels: Vec<&str> = spec.markers.iter().map(|m| m.label.as_str()).collect();
    assert_eq!(labels, ["New limits, not yet reliable"]);
    let r = analyse(&hand_built(&[Some(1.0), Some(2.0), Some(1.0)], vec![]));
    assert!(reliability_warning(&r).is_some());
}

/// A link's measure or locality that the data lacks is named in a notice and forgotten; what
/// the data has is kept quietly.
#[test]
fn a_link_s_measure_or_locality_that_the_data_lacks_is_named() {
    use outcomes_explorer::model::spc_view::check_link;
    let data = common::theme("performance");
    let areas = common::areas();
    // B&NES (a council) has no A&E figures of its own: BSW is shown, and the link says so.
    let c = check_link(&data, &areas, Some("ae-attendances"), Some("E06000022"));
    assert_eq!(
        c.notices,
        ["The link's locality \"B&NES\" has no figures for A&E attendances, so BSW is shown."]
    );
    assert!(c.forget_locality && !c.forget_measure);
    // A measure that is not monthly: the first monthly one, said.
    let c = check_link(&data, &areas, Some("no-such-measure"), None);
    assert!(c.forget_measure && !c.forget_locality);
    assert!(c.notices[0]
        .starts_with("The link's measure \"no-such-measure\" has no monthly figures here, so "));
    // What the data has, or nothing asked: no notice.
    assert_eq!(
        check_link(&data, &areas, Some("rtt-18-weeks"), Some("RNZ")),
        Default::default()
    );
    assert_eq!(check_link(&data, &areas, None, None), Default::default());
}
