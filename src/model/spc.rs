//! Statistical process control (SPC): the XmR chart of NHS England's "Making Data Count", ported
//! from the defaults of NHS-R's NHSRplotthedots.
//!
//! # Method
//! - Per period between recalculation points: the mean of the values; the moving ranges
//!   |x_i − x_{i−1}|; their mean mR̄; moving ranges not below [`SCREEN`] × mR̄ are screened out
//!   and mR̄ is recomputed once from the rest (NHSRplotthedots keeps `mr < 3.267 * amr`);
//!   process limits at mean ± [`LIMIT`] × mR̄ and the two-sigma lines at mean ± ⅔ × [`LIMIT`] × mR̄.
//! - Rules, each flagging the points involved, computed within one period only (never across a
//!   recalculation point): a point strictly outside the limits; a shift of [`RUN`] or more points
//!   in a row strictly on one side of the mean (a point on the mean ends the run); a trend of
//!   [`RUN`] or more points each strictly higher (or lower) than the one before (an equal value
//!   ends it); two of three: in a window of three consecutive points all strictly on the same
//!   side of the mean, at least two lie strictly beyond that side's two-sigma line but not
//!   outside the limits (as NHSRplotthedots' `close_to_limits`); only those are flagged.
//! - A point's verdict takes the side of the first rule that fires in this precedence:
//!   outside the limits > two of three > trend > shift. The side of a trend is its direction
//!   (rising is "high"), of the other rules the side of the mean. (NHSRplotthedots instead gives
//!   every flagged point the side of the mean it lies on; the two differ only for a trend that
//!   runs against its side of the mean, e.g. a falling run above the mean.)
//!
//! # Missing values and gaps
//! A missing (or non-finite) value has no flags. There is no moving range across it, and it ends
//! every run: a shift, a trend or a window of three consecutive points never spans a gap.
//! The mean and limits of a period come from the values present in it.
//!
//! # Constant series
//! When every moving range is zero the limits equal the mean; no point is outside them or beyond
//! the two-sigma lines, and a point equal to the mean belongs to no shift, so a constant series
//! shows common cause variation. Values must be finite and below about 1e300 in magnitude.

use crate::model::Polarity;

/// Process limits sit this many mean moving ranges from the mean.
pub const LIMIT: f64 = 2.66;
/// Moving ranges of at least this many mean moving ranges are screened out before the limits.
pub const SCREEN: f64 = 3.267;
/// Length of a run (shift or trend) that is a special cause.
pub const RUN: usize = 7;
/// A period with fewer points than this has limits that are not yet reliable.
pub const MIN_RELIABLE: usize = 13;

/// What the analysis is given.
#[derive(Debug, Clone, PartialEq)]
pub struct SpcInput {
    /// The series in time order: a period label and its value (`None` when missing).
    pub points: Vec<(String, Option<f64>)>,
    /// Whether higher or lower values are better, or neither.
    pub polarity: Polarity,
    /// A target or standard to give assurance against, if any.
    pub target: Option<f64>,
    /// Indices into `points` where the process changed: a new period starts at each. Indices of
    /// 0, past the end, repeated or out of order are tolerated.
    pub recalculations: Vec<usize>,
}

/// Which side of the mean (or which direction, for a trend) a special cause is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    /// Above the mean, or rising.
    High,
    /// Below the mean, or falling.
    Low,
}

/// The special-cause rules that flag a point, each with its side.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Flags {
    /// Strictly outside the process limits.
    pub outside: Option<Side>,
    /// Beyond a two-sigma line (inside the limits) with another such point within three
    /// consecutive points all on the same side of the mean.
    pub two_of_three: Option<Side>,
    /// Part of a run of [`RUN`] or more points rising or falling.
    pub trend: Option<Side>,
    /// Part of a run of [`RUN`] or more points on one side of the mean.
    pub shift: Option<Side>,
}

impl Flags {
    /// The side of the rule that decides the verdict: outside > two of three > trend > shift.
    pub fn deciding_side(&self) -> Option<Side> {
        self.outside
            .or(self.two_of_three)
            .or(self.trend)
            .or(self.shift)
    }
}

/// The variation verdict of a point, or of a series (from its latest point).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Variation {
    /// No special-cause rule fires.
    CommonCause,
    /// Special cause in the better direction.
    Improvement,
    /// Special cause in the worse direction.
    Concern,
    /// Special cause, high side, for an indicator with no better direction.
    NeitherHigh,
    /// Special cause, low side, for an indicator with no better direction.
    NeitherLow,
}

impl Variation {
    /// The verdict of a special cause on `side` for an indicator of `polarity`.
    pub fn of(side: Option<Side>, polarity: Polarity) -> Variation {
        match (side, polarity) {
            (None, _) => Variation::CommonCause,
            (Some(Side::High), Polarity::HigherIsBetter)
            | (Some(Side::Low), Polarity::LowerIsBetter) => Variation::Improvement,
            (Some(Side::Low), Polarity::HigherIsBetter)
            | (Some(Side::High), Polarity::LowerIsBetter) => Variation::Concern,
            (Some(Side::High), Polarity::Neither) => Variation::NeitherHigh,
            (Some(Side::Low), Polarity::Neither) => Variation::NeitherLow,
        }
    }
}

/// Whether the process, as it varies now, will meet the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Assurance {
    /// The target lies beyond the limits on the bad side: every point should pass.
    ConsistentlyPassing,
    /// The target lies beyond the limits on the good side: every point should fail.
    ConsistentlyFailing,
    /// The target lies between the limits (or on one): some points pass, some fail.
    HitAndMiss,
    /// The latest month is a special cause on the other side from what the limits say (an
    /// improvement while they say every month will fail, a concern while they say every month
    /// will pass): the process has changed since its limits were set, and they can no longer
    /// say whether it will meet the target (a process with special cause variation is not
    /// predictable). New limits, once the new level has lasted, will.
    Changed,
    /// No target, no better direction, or no values in the latest period.
    NotApplicable,
}

/// The mean and limits of one period.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Limits {
    /// The mean of the values present.
    pub mean: f64,
    /// The mean moving range after screening.
    pub mean_moving_range: f64,
    /// Upper process limit.
    pub upper: f64,
    /// Lower process limit.
    pub lower: f64,
    /// Upper two-sigma line.
    pub upper_two_sigma: f64,
    /// Lower two-sigma line.
    pub lower_two_sigma: f64,
}

/// One point of the analysed series.
#[derive(Debug, Clone, PartialEq)]
pub struct SpcPoint {
    /// The period label.
    pub period: String,
    /// The value (`None` when missing).
    pub value: Option<f64>,
    /// The mean of its period (`None` when the period has no values).
    pub mean: Option<f64>,
    /// The upper process limit of its period.
    pub upper: Option<f64>,
    /// The lower process limit of its period.
    pub lower: Option<f64>,
    /// The rules that flag it.
    pub flags: Flags,
    /// Its verdict, by the precedence of [`Flags::deciding_side`].
    pub verdict: Variation,
}

/// One period between recalculation points.
#[derive(Debug, Clone, PartialEq)]
pub struct SpcPeriod {
    /// Index of its first point.
    pub start: usize,
    /// Index just past its last point.
    pub end: usize,
    /// Number of values present.
    pub count: usize,
    /// Its mean and limits (`None` when it has no values).
    pub limits: Option<Limits>,
}

/// The result of the analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct SpcResult {
    /// Every input point, in order.
    pub points: Vec<SpcPoint>,
    /// The periods between recalculation points, in order.
    pub periods: Vec<SpcPeriod>,
    /// The series' verdict: that of its latest non-missing point (`None` when it has none).
    pub variation: Option<Variation>,
    /// Assurance against the target, from the limits of the latest period with values.
    pub assurance: Assurance,
    /// Indices into `periods` of those with fewer than [`MIN_RELIABLE`] values: their limits
    /// are not yet reliable (they are still computed).
    pub short_periods: Vec<usize>,
}

/// Analyses a series: limits per period, special-cause flags, verdicts and assurance.
pub fn analyse(input: &SpcInput) -> SpcResult {
    let values: Vec<Option<f64>> = input
        .points
        .iter()
        .map(|(_, v)| v.filter(|x| x.is_finite()))
        .collect();
    let periods = periods(&values, &input.recalculations);
    let mut flags = vec![Flags::default(); values.len()];
    for period in &periods {
        if let Some(limits) = &period.limits {
            flag_period(
                &values[period.start..period.end],
                limits,
                &mut flags[period.start..period.end],
            );
        }
    }
    let points = build_points(input, &values, &periods, &flags);
    let variation = points
        .iter()
        .rev()
        .find(|p| p.value.is_some())
        .map(|p| p.verdict);
    let latest = periods.iter().rev().find_map(|p| p.limits);
    let short_periods = (0..periods.len())
        .filter(|&i| periods[i].count < MIN_RELIABLE)
        .collect();
    SpcResult {
        points,
        assurance: unless_changed(
            assurance(latest.as_ref(), input.polarity, input.target),
            variation,
        ),
        periods,
        variation,
        short_periods,
    }
}

fn build_points(
    input: &SpcInput,
    values: &[Option<f64>],
    periods: &[SpcPeriod],
    flags: &[Flags],
) -> Vec<SpcPoint> {
    let mut points = Vec::with_capacity(values.len());
    for period in periods {
        for i in period.start..period.end {
            let limits = period.limits;
            points.push(SpcPoint {
                period: input.points[i].0.clone(),
                value: values[i],
                mean: limits.map(|l| l.mean),
                upper: limits.map(|l| l.upper),
                lower: limits.map(|l| l.lower),
                flags: flags[i],
                verdict: Variation::of(flags[i].deciding_side(), input.polarity),
            });
        }
    }
    points
}

/// Splits `values` at the recalculation points and computes each period's limits.
fn periods(values: &[Option<f64>], recalculations: &[usize]) -> Vec<SpcPeriod> {
    let n = values.len();
    let mut cuts: Vec<usize> = recalculations
        .iter()
        .copied()
        .filter(|&i| i > 0 && i < n)
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    let starts = std::iter::once(0).chain(cuts.iter().copied());
    let ends = cuts.iter().copied().chain(std::iter::once(n));
    starts
        .zip(ends)
        .filter(|(s, e)| s < e)
        .map(|(start, end)| {
            let slice = &values[start..end];
            SpcPeriod {
                start,
                end,
                count: slice.iter().flatten().count(),
                limits: limits(slice),
            }
        })
        .collect()
}

/// The mean: the sum over the count, or a running mean when the sum overflows.
fn mean_of(values: impl Iterator<Item = f64>) -> Option<f64> {
    let (mut sum, mut running, mut k) = (0.0, 0.0, 0.0);
    for x in values {
        k += 1.0;
        sum += x;
        running += (x - running) / k;
    }
    let mean = if sum.is_finite() { sum / k } else { running };
    (k > 0.0).then_some(mean)
}

/// The moving ranges between consecutive present values (none across a gap).
fn moving_ranges(values: &[Option<f64>]) -> impl Iterator<Item = f64> + '_ {
    values.windows(2).filter_map(|w| match (w[0], w[1]) {
        (Some(a), Some(b)) => Some((b - a).abs()),
        _ => None,
    })
}

/// The mean moving range, screened once: ranges not below [`SCREEN`] × the mean are left out
/// (when every range is zero, so is the result).
pub fn mean_moving_range(values: &[Option<f64>]) -> f64 {
    let Some(first) = mean_of(moving_ranges(values)) else {
        return 0.0;
    };
    mean_of(moving_ranges(values).filter(|&r| r < SCREEN * first)).unwrap_or(0.0)
}

/// The mean and limits of one period's values (`None` when none is present).
pub fn limits(values: &[Option<f64>]) -> Option<Limits> {
    let present = || values.iter().flatten().copied();
    let min = present().fold(f64::INFINITY, f64::min);
    let max = present().fold(f64::NEG_INFINITY, f64::max);
    // A constant series has its value as its mean exactly, free of rounding.
    let mean = if min == max {
        Some(min)
    } else {
        mean_of(present())
    }?;
    let mr = mean_moving_range(values);
    let two_sigma = 2.0 / 3.0 * LIMIT * mr;
    Some(Limits {
        mean,
        mean_moving_range: mr,
        upper: mean + LIMIT * mr,
        lower: mean - LIMIT * mr,
        upper_two_sigma: mean + two_sigma,
        lower_two_sigma: mean - two_sigma,
    })
}

/// Applies every rule to one period.
fn flag_period(values: &[Option<f64>], limits: &Limits, flags: &mut [Flags]) {
    for (x, f) in values.iter().zip(flags.iter_mut()) {
        f.outside = x.and_then(|x| side_beyond(x, limits.upper, limits.lower));
    }
    // NHSRplotthedots' `close_to_limits`: beyond a two-sigma line but not outside the limits.
    let close: Vec<Option<Side>> = values
        .iter()
        .zip(flags.iter())
        .map(|(x, f)| {
            let two_sigma = (limits.upper_two_sigma, limits.lower_two_sigma);
            let beyond = x.and_then(|x| side_beyond(x, two_sigma.0, two_sigma.1));
            beyond.filter(|_| f.outside.is_none())
        })
        .collect();
    let sides: Vec<Option<Side>> = values
        .iter()
        .map(|x| x.and_then(|x| side_beyond(x, limits.mean, limits.mean)))
        .collect();
    flag_two_of_three(&sides, &close, flags);
    flag_trend(values, flags);
    for (start, end, side) in runs(&sides, RUN) {
        flags[start..end]
            .iter_mut()
            .for_each(|f| f.shift = Some(side));
    }
}

/// `High` when strictly above `upper`, `Low` when strictly below `lower`.
fn side_beyond(x: f64, upper: f64, lower: f64) -> Option<Side> {
    if x > upper {
        Some(Side::High)
    } else if x < lower {
        Some(Side::Low)
    } else {
        None
    }
}

/// The maximal runs `[start, end)` of at least `min` equal `Some` sides (`None` ends a run).
fn runs(keys: &[Option<Side>], min: usize) -> Vec<(usize, usize, Side)> {
    let mut found = Vec::new();
    let mut start = 0;
    for i in 1..=keys.len() {
        if i == keys.len() || keys[i] != keys[start] {
            if let Some(side) = keys[start] {
                if i - start >= min {
                    found.push((start, i, side));
                }
            }
            start = i;
        }
    }
    found
}

/// Flags runs of [`RUN`] points each strictly higher (or lower) than the one before.
fn flag_trend(values: &[Option<f64>], flags: &mut [Flags]) {
    // steps[i] is the direction from point i to point i + 1.
    let steps: Vec<Option<Side>> = values
        .windows(2)
        .map(|w| match (w[0], w[1]) {
            (Some(a), Some(b)) => side_beyond(b, a, a),
            _ => None,
        })
        .collect();
    for (start, end, side) in runs(&steps, RUN - 1) {
        flags[start..=end]
            .iter_mut()
            .for_each(|f| f.trend = Some(side));
    }
}

/// Flags the `close` points (beyond a two-sigma line, inside the limits) of every window of
/// three consecutive points all on the same side of the mean (`sides`; a missing point has no
/// side) with at least two of them close on that side.
fn flag_two_of_three(sides: &[Option<Side>], close: &[Option<Side>], flags: &mut [Flags]) {
    for start in 0..sides.len().saturating_sub(2) {
        let window = start..start + 3;
        let Some(side) = sides[start] else { continue };
        if sides[window.clone()].iter().any(|s| *s != Some(side)) {
            continue;
        }
        let hits = close[window.clone()]
            .iter()
            .filter(|c| **c == Some(side))
            .count();
        if hits >= 2 {
            for i in window.filter(|&i| close[i] == Some(side)) {
                flags[i].two_of_three = Some(side);
            }
        }
    }
}

/// `Changed` instead of a verdict that the latest month's special cause contradicts.
pub fn unless_changed(assurance: Assurance, latest: Option<Variation>) -> Assurance {
    match (assurance, latest) {
        (Assurance::ConsistentlyFailing, Some(Variation::Improvement))
        | (Assurance::ConsistentlyPassing, Some(Variation::Concern)) => Assurance::Changed,
        (a, _) => a,
    }
}

/// Assurance against `target` from the latest limits, by the indicator's polarity.
pub fn assurance(limits: Option<&Limits>, polarity: Polarity, target: Option<f64>) -> Assurance {
    let (Some(l), Some(t)) = (limits, target.filter(|t| t.is_finite())) else {
        return Assurance::NotApplicable;
    };
    let (passing, failing) = match polarity {
        Polarity::HigherIsBetter => (t < l.lower, t > l.upper),
        Polarity::LowerIsBetter => (t > l.upper, t < l.lower),
        Polarity::Neither => return Assurance::NotApplicable,
    };
    if passing {
        Assurance::ConsistentlyPassing
    } else if failing {
        Assurance::ConsistentlyFailing
    } else {
        Assurance::HitAndMiss
    }
}
