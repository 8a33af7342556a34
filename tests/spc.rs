//! Statistical process control (`model::spc`): each rule alone and one point short of firing,
//! precedence, recalculation points, short, constant and gappy series, polarity, assurance,
//! screening, a real A&E series checked against an independent Python derivation
//! (`tests/fixtures/spc/README.md`), and no panic on any series.

mod common;

use outcomes_explorer::model::spc::{
    analyse, assurance, limits, mean_moving_range, Assurance, Flags, Limits, Side, SpcInput,
    SpcResult, Variation,
};
use outcomes_explorer::model::{Polarity, Status};
use proptest::prelude::*;

fn input(
    values: &[Option<f64>],
    polarity: Polarity,
    target: Option<f64>,
    breaks: &[usize],
) -> SpcInput {
    SpcInput {
        points: values
            .iter()
            .enumerate()
            .map(|(i, v)| (format!("p{i}"), *v))
            .collect(),
        polarity,
        target,
        recalculations: breaks.to_vec(),
    }
}

fn run(values: &[f64]) -> SpcResult {
    let values: Vec<Option<f64>> = values.iter().copied().map(Some).collect();
    analyse(&input(&values, Polarity::HigherIsBetter, None, &[]))
}

/// The indices of the points a rule flags.
fn flagged(result: &SpcResult, rule: fn(&Flags) -> Option<Side>) -> Vec<usize> {
    (0..result.points.len())
        .filter(|&i| rule(&result.points[i].flags).is_some())
        .collect()
}

fn outside(f: &Flags) -> Option<Side> {
    f.outside
}
fn two(f: &Flags) -> Option<Side> {
    f.two_of_three
}
fn trend(f: &Flags) -> Option<Side> {
    f.trend
}
fn shift(f: &Flags) -> Option<Side> {
    f.shift
}

/// Which points each rule flags: (outside, two of three, trend, shift).
fn all_flags(r: &SpcResult) -> [Vec<usize>; 4] {
    [
        flagged(r, outside),
        flagged(r, two),
        flagged(r, trend),
        flagged(r, shift),
    ]
}

const NONE: Vec<usize> = Vec::new();

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 0.01
}

#[test]
fn a_point_outside_the_limits_alone() {
    // mean 152/13 = 11.692; moving ranges 2 ×10 and 8 ×2, mean 3 (none screened);
    // upper limit 11.692 + 2.66 × 3 = 19.672 < 20.
    let r = run(&[
        10., 12., 10., 12., 10., 12., 20., 12., 10., 12., 10., 12., 10.,
    ]);
    assert!(close(r.points[0].upper.unwrap(), 19.672));
    assert_eq!(all_flags(&r), [vec![6], NONE, NONE, NONE]);
    assert_eq!(r.points[6].flags.outside, Some(Side::High));
    assert_eq!(r.points[6].verdict, Variation::Improvement);
    assert_eq!(r.variation, Some(Variation::CommonCause));
}

#[test]
fn a_shift_of_seven_alone_and_not_six() {
    let mut values = vec![
        4., 6., 4., 6., 4., 6., 4., 5.5, 5.6, 5.5, 5.6, 5.5, 5.6, 5.5,
    ];
    let r = run(&values);
    assert_eq!(all_flags(&r), [NONE, NONE, NONE, (7..14).collect()]);
    assert_eq!(r.points[7].flags.shift, Some(Side::High));
    assert_eq!(r.variation, Some(Variation::Improvement));
    values.pop();
    assert_eq!(all_flags(&run(&values)), [NONE, NONE, NONE, NONE]);
}

#[test]
fn a_point_on_the_mean_breaks_a_shift() {
    // Mean 70/14 = 5 exactly: seven above with the middle one on the mean, then seven below.
    let on_mean = [6., 6., 6., 5., 6., 6., 6., 4., 4., 4., 5., 4., 4., 4.];
    let r = run(&on_mean);
    assert_eq!(r.points[0].mean, Some(5.0));
    assert!(flagged(&r, shift).is_empty());
    let off_mean = [6., 6., 6., 6., 6., 6., 6., 4., 4., 4., 4., 4., 4., 4.];
    assert_eq!(flagged(&run(&off_mean), shift), (0..14).collect::<Vec<_>>());
}

#[test]
fn a_trend_of_seven_alone_and_not_six() {
    let r = run(&[
        5., 7., 5., 7., 5., 7., 4., 4.5, 5., 5.5, 6., 6.5, 7., 5., 7., 5.,
    ]);
    assert_eq!(all_flags(&r), [NONE, NONE, (6..13).collect(), NONE]);
    assert_eq!(r.points[6].flags.trend, Some(Side::High));
    let r = run(&[
        5., 7., 5., 7., 5., 7., 4., 4.5, 5., 5.5, 6., 6.5, 5., 7., 5.,
    ]);
    assert_eq!(all_flags(&r), [NONE, NONE, NONE, NONE]);
}

#[test]
fn an_equal_value_breaks_a_trend() {
    let r = run(&[
        5., 7., 5., 7., 5., 7., 4., 4.5, 5., 5., 5.5, 6., 6.5, 7., 5., 7., 5.,
    ]);
    assert!(flagged(&r, trend).is_empty());
}

#[test]
fn two_of_three_beyond_two_sigma_alone_and_not_one() {
    // Adjacent: mean 11.43, upper two-sigma line 15.33 < 16 < upper limit 17.28.
    let base = |a: f64, b: f64, c: f64| {
        let mut v = vec![10., 12., 10., 12., 10., 12., 10., 12., 10., a, b, c];
        v.extend([10., 12., 10., 12., 10., 12., 10., 12., 10.]);
        v
    };
    let r = run(&base(16., 16., 12.));
    assert_eq!(all_flags(&r), [NONE, vec![9, 10], NONE, NONE]);
    // With a point between them, only the two beyond are flagged.
    let r = run(&base(16.5, 13., 16.5));
    assert_eq!(all_flags(&r), [NONE, vec![9, 11], NONE, NONE]);
    assert_eq!(r.points[11].flags.two_of_three, Some(Side::High));
    // The third point below the mean (11.43): no window of three on one side (two-sigma 16.75
    // < 17 < upper limit 19.41), as NHSRplotthedots since its issue 143.
    let r = run(&base(17., 10., 17.));
    assert!(r.points[0].mean.unwrap() > 10.0 && r.points[0].upper.unwrap() > 17.0);
    assert_eq!(all_flags(&r), [NONE, NONE, NONE, NONE]);
    // A single point beyond the line (two-sigma 15.27 < 16 < 17.31) fires nothing.
    let r = run(&base(16., 11., 12.));
    assert!(r.points[9].value.unwrap() > 15.27 && r.points[0].upper.unwrap() > 17.3);
    assert_eq!(all_flags(&r), [NONE, NONE, NONE, NONE]);
}

#[test]
fn a_point_outside_the_limits_does_not_count_towards_two_of_three() {
    let mut v = vec![
        10., 12., 10., 12., 10., 12., 10., 12., 10., 12., 10., 12., 25., 16.5,
    ];
    v.extend([12., 10., 12., 10., 12., 10., 12., 10., 12., 10.]);
    // Mean 11.81, two-sigma 16.08 < 16.5, upper limit 18.22 < 25.
    let r = run(&v);
    assert_eq!(all_flags(&r), [vec![12], NONE, NONE, NONE]);
    // With a second point close to the limit, the two close ones are flagged, not the outlier.
    v[14] = 16.5;
    let r = run(&v);
    assert_eq!(all_flags(&r), [vec![12], vec![13, 14], NONE, NONE]);
}

#[test]
fn precedence_outside_then_two_of_three_then_trend_then_shift() {
    let all = Flags {
        outside: Some(Side::Low),
        two_of_three: Some(Side::High),
        trend: Some(Side::High),
        shift: Some(Side::High),
    };
    assert_eq!(all.deciding_side(), Some(Side::Low));
    let no_outside = Flags {
        outside: None,
        ..all
    };
    let two_low = Flags {
        two_of_three: Some(Side::Low),
        ..no_outside
    };
    assert_eq!(two_low.deciding_side(), Some(Side::Low));
    let trend_low = Flags {
        two_of_three: None,
        trend: Some(Side::Low),
        ..no_outside
    };
    assert_eq!(trend_low.deciding_side(), Some(Side::Low));
    let shift_only = Flags {
        shift: Some(Side::Low),
        ..Flags::default()
    };
    assert_eq!(shift_only.deciding_side(), Some(Side::Low));
    assert_eq!(Flags::default().deciding_side(), None);

    // On a series: a falling run of seven high above the mean. Its last point (14) is inside
    // the limits (upper 14.005) and the only one there beyond two sigma (12.53): no two of
    // three. The falling trend wins over the shift above the mean: concern. (NHSRplotthedots
    // would call it improvement, from the point's side of the mean.)
    let v = [
        5., 7., 5., 7., 5., 7., 5., 20., 19., 18., 17., 16., 15., 14., 5., 7., 5., 7., 5., 7., 5.,
    ];
    let r = run(&v);
    let f = r.points[13].flags;
    let got = (f.outside, f.two_of_three, f.trend, f.shift);
    assert_eq!(got, (None, None, Some(Side::Low), Some(Side::High)));
    assert_eq!(r.points[13].verdict, Variation::Concern);
    // Outside the limits (high) wins over the falling trend: improvement.
    assert_eq!(r.points[8].flags.trend, Some(Side::Low));
    assert_eq!(r.points[8].flags.outside, Some(Side::High));
    assert_eq!(r.points[8].verdict, Variation::Improvement);
    // The point after it (5) is below the lower limit (5.138) and ends the falling trend.
    assert_eq!(r.points[14].flags.outside, Some(Side::Low));
    assert_eq!(r.points[14].verdict, Variation::Concern);
}

#[test]
fn polarity_decides_improvement_concern_or_neither() {
    let values: Vec<Option<f64>> = [
        10., 12., 10., 12., 10., 12., 20., 12., 10., 12., 10., 12., 10.,
    ]
    .map(Some)
    .to_vec();
    let verdict = |p| analyse(&input(&values, p, None, &[])).points[6].verdict;
    assert_eq!(verdict(Polarity::HigherIsBetter), Variation::Improvement);
    assert_eq!(verdict(Polarity::LowerIsBetter), Variation::Concern);
    assert_eq!(verdict(Polarity::Neither), Variation::NeitherHigh);
    let low: Vec<Option<f64>> = values.iter().map(|v| v.map(|x| -x)).collect();
    let verdict = |p| analyse(&input(&low, p, None, &[])).points[6].verdict;
    assert_eq!(verdict(Polarity::HigherIsBetter), Variation::Concern);
    assert_eq!(verdict(Polarity::LowerIsBetter), Variation::Improvement);
    assert_eq!(verdict(Polarity::Neither), Variation::NeitherLow);
}

#[test]
fn the_series_verdict_is_the_latest_points() {
    let mut values: Vec<Option<f64>> = [
        4., 6., 4., 6., 4., 6., 4., 5.5, 5.6, 5.5, 5.6, 5.5, 5.6, 5.5,
    ]
    .map(Some)
    .to_vec();
    let r = analyse(&input(&values, Polarity::LowerIsBetter, None, &[]));
    assert_eq!(r.variation, Some(Variation::Concern));
    // A missing latest month: the verdict is that of the latest month with a value.
    values.push(None);
    let r = analyse(&input(&values, Polarity::LowerIsBetter, None, &[]));
    assert_eq!(r.variation, Some(Variation::Concern));
    assert_eq!(
        analyse(&input(&[None, None], Polarity::Neither, None, &[])).variation,
        None
    );
}

#[test]
fn recalculation_points_split_the_limits_and_the_rules() {
    // Without a break: the first seven are below the overall mean, the last seven above.
    let values: Vec<f64> = [
        4., 6., 4., 6., 4., 6., 4., 44., 46., 44., 46., 44., 46., 44.,
    ]
    .to_vec();
    let together = run(&values);
    assert!(!flagged(&together, shift).is_empty());
    let values: Vec<Option<f64>> = values.into_iter().map(Some).collect();
    let r = analyse(&input(
        &values,
        Polarity::HigherIsBetter,
        None,
        &[7, 0, 99, 7],
    ));
    assert_eq!(all_flags(&r), [NONE, NONE, NONE, NONE]);
    assert_eq!(r.periods.len(), 2);
    assert_eq!((r.periods[1].start, r.periods[1].end), (7, 14));
    // Mean 34/7 and 314/7; moving ranges all 2: limits ± 5.32.
    let (a, b) = (&r.points[0], &r.points[13]);
    assert!(close(a.mean.unwrap(), 34. / 7.) && close(a.upper.unwrap(), 34. / 7. + 5.32));
    assert!(close(b.mean.unwrap(), 314. / 7.) && close(b.lower.unwrap(), 314. / 7. - 5.32));
    assert_eq!(r.short_periods, vec![0, 1]);
}

#[test]
fn a_trend_across_a_break_is_not_a_trend() {
    let values: Vec<Option<f64>> = (0..20).map(|i| Some(f64::from(i))).collect();
    let whole = analyse(&input(&values, Polarity::Neither, None, &[]));
    assert_eq!(flagged(&whole, trend).len(), 20);
    let split = analyse(&input(&values, Polarity::Neither, None, &[4, 10, 16]));
    // Periods of 4, 6, 6 and 4 points: none long enough for a trend.
    assert!(flagged(&split, trend).is_empty());
    assert_eq!(split.short_periods, vec![0, 1, 2, 3]);
}

#[test]
fn short_periods_are_flagged_but_computed() {
    let values: Vec<Option<f64>> = (0..12).map(|i| Some(f64::from(i % 3))).collect();
    let r = analyse(&input(&values, Polarity::Neither, None, &[]));
    assert_eq!(r.short_periods, vec![0]);
    assert!(r.points.iter().all(|p| p.upper.is_some()));
    let mut longer = values.clone();
    longer.push(Some(1.0));
    assert!(analyse(&input(&longer, Polarity::Neither, None, &[]))
        .short_periods
        .is_empty());
    // Missing values do not count towards the thirteen.
    longer.push(None);
    longer.insert(0, None);
    let r = analyse(&input(&longer, Polarity::Neither, None, &[]));
    assert!(r.short_periods.is_empty());
    longer[5] = None;
    let r = analyse(&input(&longer, Polarity::Neither, None, &[]));
    assert_eq!(r.short_periods, vec![0]);
}

#[test]
fn a_constant_series_has_limits_on_its_mean_and_no_special_cause() {
    let values = vec![Some(0.1); 15];
    let r = analyse(&input(&values, Polarity::HigherIsBetter, Some(0.1), &[]));
    for p in &r.points {
        assert_eq!(
            (p.mean, p.upper, p.lower),
            (Some(0.1), Some(0.1), Some(0.1))
        );
        assert_eq!(p.flags, Flags::default());
    }
    assert_eq!(r.variation, Some(Variation::CommonCause));
    assert_eq!(r.assurance, Assurance::HitAndMiss);
    let r = analyse(&input(&values, Polarity::HigherIsBetter, Some(0.05), &[]));
    assert_eq!(r.assurance, Assurance::ConsistentlyPassing);
}

#[test]
fn missing_values_break_moving_ranges_and_runs() {
    // No moving range across the gap: only |12 − 10| = 2 counts.
    assert_eq!(
        mean_moving_range(&[Some(0.), None, Some(10.), Some(12.)]),
        2.0
    );
    assert_eq!(mean_moving_range(&[Some(1.), None, Some(1000.)]), 0.0);
    // Seven above the mean with a gap among them: no shift.
    let v = [
        Some(4.),
        Some(6.),
        Some(4.),
        Some(6.),
        Some(4.),
        Some(6.),
        Some(4.),
        Some(5.5),
        Some(5.6),
        Some(5.5),
        None,
        Some(5.6),
        Some(5.5),
        Some(5.6),
        Some(5.5),
    ];
    let r = analyse(&input(&v, Polarity::HigherIsBetter, None, &[]));
    assert_eq!(all_flags(&r), [NONE, NONE, NONE, NONE]);
    assert_eq!(r.points[10].value, None);
    assert!(r.points[10].mean.is_some());
    // A rising run of seven with a gap in it: no trend.
    let v: Vec<Option<f64>> = (0..8).map(|i| (i != 3).then_some(f64::from(i))).collect();
    assert!(flagged(&analyse(&input(&v, Polarity::Neither, None, &[])), trend).is_empty());
    // Two beyond two sigma with a gap between them: no window of three present points.
    let mut v: Vec<Option<f64>> = [10., 12.].repeat(10).into_iter().map(Some).collect();
    v[9] = Some(16.);
    v[10] = None;
    v[11] = Some(16.);
    let r = analyse(&input(&v, Polarity::Neither, None, &[]));
    let up2 = r.points[0].mean.unwrap() + 2.0 / 3.0 * 2.66 * mean_moving_range(&v);
    assert!(16.0 > up2 && 16.0 < r.points[0].upper.unwrap());
    assert!(flagged(&r, two).is_empty());
    // Non-finite values count as missing.
    let r = analyse(&input(
        &[Some(f64::NAN), Some(1.0), Some(f64::INFINITY)],
        Polarity::Neither,
        None,
        &[],
    ));
    assert_eq!(r.points[0].value, None);
    assert_eq!(r.points[1].mean, Some(1.0));
}

fn limits_at(lower: f64, upper: f64) -> Limits {
    Limits {
        mean: (lower + upper) / 2.0,
        mean_moving_range: 0.0,
        upper,
        lower,
        upper_two_sigma: upper,
        lower_two_sigma: lower,
    }
}

#[test]
fn assurance_in_all_three_states_by_polarity() {
    let l = limits_at(70.0, 80.0);
    let a = |p, t| assurance(Some(&l), p, t);
    assert_eq!(
        a(Polarity::HigherIsBetter, Some(65.0)),
        Assurance::ConsistentlyPassing
    );
    assert_eq!(
        a(Polarity::HigherIsBetter, Some(95.0)),
        Assurance::ConsistentlyFailing
    );
    assert_eq!(
        a(Polarity::HigherIsBetter, Some(78.0)),
        Assurance::HitAndMiss
    );
    assert_eq!(
        a(Polarity::HigherIsBetter, Some(80.0)),
        Assurance::HitAndMiss
    );
    assert_eq!(
        a(Polarity::LowerIsBetter, Some(95.0)),
        Assurance::ConsistentlyPassing
    );
    assert_eq!(
        a(Polarity::LowerIsBetter, Some(65.0)),
        Assurance::ConsistentlyFailing
    );
    assert_eq!(
        a(Polarity::LowerIsBetter, Some(75.0)),
        Assurance::HitAndMiss
    );
    assert_eq!(a(Polarity::Neither, Some(75.0)), Assurance::NotApplicable);
    assert_eq!(a(Polarity::HigherIsBetter, None), Assurance::NotApplicable);
    assert_eq!(
        assurance(None, Polarity::HigherIsBetter, Some(1.0)),
        Assurance::NotApplicable
    );
}

#[test]
fn assurance_uses_the_latest_period() {
    let v: Vec<Option<f64>> = [4., 6.]
        .repeat(7)
        .into_iter()
        .chain([44., 46.].repeat(7))
        .map(Some)
        .collect();
    // Latest period: mean 45, limits 45 ± 5.32.
    let r = analyse(&input(&v, Polarity::HigherIsBetter, Some(30.0), &[14]));
    assert_eq!(r.assurance, Assurance::ConsistentlyPassing);
    let r = analyse(&input(&v, Polarity::HigherIsBetter, Some(45.0), &[14]));
    assert_eq!(r.assurance, Assurance::HitAndMiss);
    let r = analyse(&input(&v, Polarity::HigherIsBetter, Some(51.0), &[14]));
    assert_eq!(r.assurance, Assurance::ConsistentlyFailing);
}

#[test]
fn a_huge_moving_range_is_screened_out() {
    // 32 points: 10, 12 alternating, with 100 at index 27.
    let mut v: Vec<Option<f64>> = [10., 12.].repeat(16).into_iter().map(Some).collect();
    v[27] = Some(100.0);
    // Moving ranges: 29 of 2 and 2 of 90; mean 238/31 = 7.677; 3.267 × 7.677 = 25.08, so both
    // 90s are screened out and the mean moving range is 2. Mean (16 × 10 + 15 × 12 + 100) / 32
    // = 440/32 = 13.75. Limits 13.75 ± 2.66 × 2 = 8.43 and 19.07 (unscreened: ± 20.42).
    assert_eq!(mean_moving_range(&v), 2.0);
    let l = limits(&v).unwrap();
    assert!(close(l.mean, 13.75) && close(l.upper, 19.07) && close(l.lower, 8.43));
    let r = analyse(&input(&v, Polarity::HigherIsBetter, None, &[]));
    assert_eq!(flagged(&r, outside), vec![27]);
}

/// Every month from April 2022 to July 2025, with `None` where the file has no value.
fn bsw_ae_months() -> Vec<(String, Option<f64>)> {
    let data = common::theme("performance");
    let series = data
        .series
        .iter()
        .find(|s| s.indicator == "ae-4hr" && s.area == "E54000040" && s.status == Status::Actual)
        .expect("BSW A&E series");
    let mut months = Vec::new();
    let (mut y, mut m) = (2022, 4);
    while (y, m) <= (2025, 7) {
        let label = format!("{y:04}-{m:02}");
        let value = series
            .points
            .iter()
            .find(|p| p.period == label)
            .map(|p| p.value);
        months.push((label, value));
        (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    }
    months
}

#[test]
fn real_bsw_ae_four_hour_series() {
    // Expected figures: tests/fixtures/spc/README.md (an independent Python derivation).
    let points = bsw_ae_months();
    assert_eq!(points.len(), 40);
    let r = analyse(&SpcInput {
        points,
        polarity: Polarity::HigherIsBetter,
        target: Some(95.0),
        recalculations: vec![],
    });
    let p = &r.points[0];
    assert!(close(p.mean.unwrap(), 71.7787), "{p:?}");
    assert!(
        close(p.upper.unwrap(), 75.8115) && close(p.lower.unwrap(), 67.7458),
        "{p:?}"
    );
    assert_eq!(r.points[34].value, None);
    assert_eq!(r.points[35].value, None);
    assert_eq!(
        all_flags(&r),
        [vec![36], vec![6, 8, 27, 28], NONE, (23..30).collect()]
    );
    assert_eq!(r.points[36].verdict, Variation::Concern);
    assert_eq!(r.points[27].verdict, Variation::Improvement);
    assert_eq!(r.variation, Some(Variation::CommonCause));
    assert_eq!(r.assurance, Assurance::ConsistentlyFailing);
    assert!(r.short_periods.is_empty());
}

/// Everyday values, values that overflow a plain sum, and runs of one repeated value.
fn value() -> impl Strategy<Value = f64> {
    prop_oneof![
        -1e6f64..1e6,
        -1e300f64..1e300,
        Just(0.1),
        (0i32..5).prop_map(f64::from)
    ]
}

fn polarity() -> impl Strategy<Value = Polarity> {
    prop_oneof![
        Just(Polarity::HigherIsBetter),
        Just(Polarity::LowerIsBetter),
        Just(Polarity::Neither)
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn any_series_gets_finite_ordered_limits(
        values in prop::collection::vec(prop::option::weighted(0.85, value()), 0..80),
        breaks in prop::collection::vec(0usize..90, 0..6),
        target in prop::option::of(-1e6f64..1e6),
        polarity in polarity(),
    ) {
        let r = analyse(&input(&values, polarity, target, &breaks));
        prop_assert_eq!(r.points.len(), values.len());
        let covered: usize = r.periods.iter().map(|p| p.end - p.start).sum();
        prop_assert_eq!(covered, values.len());
        for p in &r.points {
            match (p.value, p.mean, p.upper, p.lower) {
                (Some(_), Some(m), Some(u), Some(l)) => {
                    prop_assert!(m.is_finite() && u.is_finite() && l.is_finite());
                    prop_assert!(l <= m && m <= u);
                }
                (None, _, _, _) => prop_assert_eq!(p.flags, Flags::default()),
                _ => prop_assert!(false, "a value without limits: {:?}", p),
            }
        }
        prop_assert_eq!(r.variation.is_some(), values.iter().any(Option::is_some));
    }
}
