//! Coordinate maths, free of any drawing: linear scales and "nice" axis ticks.

/// Maps a data interval linearly onto a pixel interval (which may run backwards,
/// as a y axis does on screen).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinearScale {
    /// Data value at the start of the range.
    pub domain_start: f64,
    /// Data value at the end of the range.
    pub domain_end: f64,
    /// Pixel position of `domain_start`.
    pub range_start: f64,
    /// Pixel position of `domain_end`.
    pub range_end: f64,
}

impl LinearScale {
    /// A scale from `domain` onto `range`. An empty domain is widened by one unit each side
    /// so that a single value still lands in the middle of the range.
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> LinearScale {
        let (mut start, mut end) = domain;
        if (end - start).abs() < f64::EPSILON {
            start -= 1.0;
            end += 1.0;
        }
        LinearScale {
            domain_start: start,
            domain_end: end,
            range_start: range.0,
            range_end: range.1,
        }
    }

    /// The pixel position of a data value.
    pub fn map(&self, value: f64) -> f64 {
        let t = (value - self.domain_start) / (self.domain_end - self.domain_start);
        self.range_start + t * (self.range_end - self.range_start)
    }

    /// The data value at a pixel position.
    pub fn invert(&self, pixel: f64) -> f64 {
        let t = (pixel - self.range_start) / (self.range_end - self.range_start);
        self.domain_start + t * (self.domain_end - self.domain_start)
    }
}

/// A step of 1, 2, 2.5 or 5 times a power of ten, close to `span / target_count`.
pub fn nice_step(span: f64, target_count: usize) -> f64 {
    let raw = span.abs() / target_count.max(1) as f64;
    if !raw.is_finite() || raw <= 0.0 {
        return 1.0;
    }
    let magnitude = 10f64.powf(raw.log10().floor());
    let fraction = raw / magnitude;
    let nice = if fraction <= 1.0 {
        1.0
    } else if fraction <= 2.0 {
        2.0
    } else if fraction <= 2.5 {
        2.5
    } else if fraction <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * magnitude
}

/// The most ticks [`nice_ticks`] gives; a wider span gives none.
pub const MAX_TICKS: i64 = 1000;

/// Round tick values covering `min..=max` with about `target_count` intervals.
/// The first tick is at or below `min` and the last at or above `max`, so the ticks
/// also give a tidy axis domain.
pub fn nice_ticks(min: f64, max: f64, target_count: usize) -> Vec<f64> {
    let (min, max) = if min <= max { (min, max) } else { (max, min) };
    if !min.is_finite() || !max.is_finite() {
        return Vec::new();
    }
    let (min, max) = if (max - min).abs() < f64::EPSILON {
        let pad = if min == 0.0 { 1.0 } else { min.abs() * 0.05 };
        (min - pad, max + pad)
    } else {
        (min, max)
    };
    let step = nice_step(max - min, target_count);
    let first = (min / step).floor() as i64;
    let last = (max / step).ceil() as i64;
    // A span too wide for f64 (say -1e308 to 1e308) gives no ticks rather than billions.
    if !(max - min).is_finite() || last.saturating_sub(first) > MAX_TICKS {
        return Vec::new();
    }
    // Round to the step's decimals to remove floating-point dust such as 0.6000000000000001.
    let factor = 10f64.powi(i32::from(decimals_for_step(step)));
    (first..=last)
        .map(|i| (i as f64 * step * factor).round() / factor)
        .collect()
}

/// Decimal places needed to tell ticks `step` apart (0 for whole steps).
pub fn decimals_for_step(step: f64) -> u8 {
    let mut decimals = 0u8;
    let mut s = step.abs();
    while decimals < 6 && (s - s.round()).abs() > 1e-9 {
        s *= 10.0;
        decimals += 1;
    }
    decimals
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_and_inverts() {
        let y = LinearScale::new((0.0, 100.0), (300.0, 100.0));
        assert_eq!(y.map(0.0), 300.0);
        assert_eq!(y.map(100.0), 100.0);
        assert_eq!(y.map(25.0), 250.0);
        assert_eq!(y.invert(250.0), 25.0);
    }

    #[test]
    fn a_span_wider_than_f64_gives_no_ticks_instead_of_a_panic() {
        assert!(nice_ticks(-1e308, 1e308, 5).is_empty());
        assert!(nice_ticks(-f64::MAX, f64::MAX, 8).is_empty());
        assert_eq!(nice_ticks(-1e300, 1e300, 4).len(), 5);
    }

    #[test]
    fn single_value_domain_lands_mid_range() {
        let x = LinearScale::new((5.0, 5.0), (0.0, 100.0));
        assert_eq!(x.map(5.0), 50.0);
    }

    #[test]
    fn ticks_are_round_and_cover_the_data() {
        assert_eq!(
            nice_ticks(168_489.0, 214_000.0, 5),
            [160_000.0, 170_000.0, 180_000.0, 190_000.0, 200_000.0, 210_000.0, 220_000.0]
        );
        assert_eq!(nice_ticks(0.0, 1.0, 5), [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]);
        assert_eq!(
            nice_ticks(72.3, 95.0, 5),
            [70.0, 75.0, 80.0, 85.0, 90.0, 95.0]
        );
        assert_eq!(nice_ticks(72.3, 95.0, 4), [70.0, 80.0, 90.0, 100.0]);
        let t = nice_ticks(10.0, 10.0, 5);
        assert!(t.first().unwrap() < &10.0 && t.last().unwrap() > &10.0);
        assert!(nice_ticks(f64::NAN, 1.0, 5).is_empty());
    }

    #[test]
    fn step_decimals() {
        assert_eq!(decimals_for_step(10_000.0), 0);
        assert_eq!(decimals_for_step(2.5), 1);
        assert_eq!(decimals_for_step(0.25), 2);
    }
}
