//! Comparing a locality with a benchmark (England) using 95% confidence intervals, the way OHID
//! Fingertips does: a value is significantly different when its interval does not include the
//! benchmark; the indicator's polarity then says whether that is better or worse.

use crate::model::Polarity;

/// How a value compares with the benchmark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Comparison {
    /// Significantly better than the benchmark.
    Better,
    /// The benchmark lies within the value's 95% confidence interval.
    Similar,
    /// Significantly worse than the benchmark.
    Worse,
    /// Significantly higher, for an indicator where higher is neither better nor worse.
    Higher,
    /// Significantly lower, for an indicator where lower is neither better nor worse.
    Lower,
    /// No confidence interval, or no benchmark: not tested.
    NotCompared,
}

impl Comparison {
    /// Plain-English label shown beside the value (never colour alone).
    pub fn label(self) -> &'static str {
        match self {
            Comparison::Better => "Better than England",
            Comparison::Similar => "Similar to England",
            Comparison::Worse => "Worse than England",
            Comparison::Higher => "Higher than England",
            Comparison::Lower => "Lower than England",
            Comparison::NotCompared => "Not compared",
        }
    }

    /// A short word for tight spaces.
    pub fn short(self) -> &'static str {
        match self {
            Comparison::Better => "Better",
            Comparison::Similar => "Similar",
            Comparison::Worse => "Worse",
            Comparison::Higher => "Higher",
            Comparison::Lower => "Lower",
            Comparison::NotCompared => "Not compared",
        }
    }
}

/// What the test is, in words, for the page.
pub const METHOD: &str = "A locality is better or worse than England when England's value lies outside the locality's 95% confidence interval, and similar when it lies inside. Figures without a confidence interval are not compared.";

/// Compares `value` (with its 95% interval) against `benchmark`.
pub fn compare(
    value: f64,
    interval: Option<(f64, f64)>,
    benchmark: Option<f64>,
    polarity: Polarity,
) -> Comparison {
    let (Some((lower, upper)), Some(b)) = (interval, benchmark) else {
        return Comparison::NotCompared;
    };
    if (lower..=upper).contains(&b) {
        return Comparison::Similar;
    }
    let higher = value > b;
    match (polarity, higher) {
        (Polarity::HigherIsBetter, true) | (Polarity::LowerIsBetter, false) => Comparison::Better,
        (Polarity::HigherIsBetter, false) | (Polarity::LowerIsBetter, true) => Comparison::Worse,
        (Polarity::Neither, true) => Comparison::Higher,
        (Polarity::Neither, false) => Comparison::Lower,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_interval_decides_and_polarity_names_the_direction() {
        let ci = Some((60.0, 64.0));
        assert_eq!(
            compare(62.0, ci, Some(63.0), Polarity::HigherIsBetter),
            Comparison::Similar
        );
        assert_eq!(
            compare(62.0, ci, Some(64.0), Polarity::HigherIsBetter),
            Comparison::Similar
        );
        assert_eq!(
            compare(62.0, ci, Some(65.0), Polarity::HigherIsBetter),
            Comparison::Worse
        );
        assert_eq!(
            compare(62.0, ci, Some(65.0), Polarity::LowerIsBetter),
            Comparison::Better
        );
        assert_eq!(
            compare(62.0, ci, Some(55.0), Polarity::HigherIsBetter),
            Comparison::Better
        );
        assert_eq!(
            compare(62.0, ci, Some(55.0), Polarity::Neither),
            Comparison::Higher
        );
        assert_eq!(
            compare(62.0, ci, Some(65.0), Polarity::Neither),
            Comparison::Lower
        );
        assert_eq!(
            compare(62.0, None, Some(65.0), Polarity::HigherIsBetter),
            Comparison::NotCompared
        );
        assert_eq!(
            compare(62.0, ci, None, Polarity::HigherIsBetter),
            Comparison::NotCompared
        );
        assert_eq!(Comparison::Worse.label(), "Worse than England");
    }
}
