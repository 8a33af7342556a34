//! Label placement maths: keeping labels apart and choosing which axis ticks fit.

use crate::chart::scale::{decimals_for_step, nice_ticks};
use crate::model::format::format_number;

/// Round ticks covering `min..=max` (about `target` intervals), each with its en-GB label at
/// the decimals the step needs: `(160000.0, "160,000")`.
pub fn labelled_ticks(min: f64, max: f64, target: usize) -> Vec<(f64, String)> {
    let ticks = nice_ticks(min, max, target);
    let step = if ticks.len() > 1 {
        ticks[1] - ticks[0]
    } else {
        1.0
    };
    let decimals = decimals_for_step(step);
    ticks
        .into_iter()
        .map(|v| (v, format_number(v, decimals)))
        .collect()
}

/// Moves label centres (in pixels, top to bottom) apart so that no two are closer than
/// `gap`, keeping them within `min..=max` where possible and as near their wishes as the
/// spacing allows. Returns the new centres in the order given.
pub fn spread_apart(wanted: &[f64], gap: f64, min: f64, max: f64) -> Vec<f64> {
    let mut order: Vec<usize> = (0..wanted.len()).collect();
    crate::model::order::sort_by(&mut order, |&a, &b| wanted[a].total_cmp(&wanted[b]));
    // A plot squeezed to nothing can give `max` above `min`: never panic (f64::clamp would).
    let max = max.max(min);
    let mut placed: Vec<f64> = order.iter().map(|&i| wanted[i].max(min).min(max)).collect();
    // Push down from the top, then up from the bottom.
    for i in 1..placed.len() {
        if placed[i] - placed[i - 1] < gap {
            placed[i] = placed[i - 1] + gap;
        }
    }
    if let Some(last) = placed.last_mut() {
        if *last > max {
            *last = max;
        }
    }
    for i in (0..placed.len().saturating_sub(1)).rev() {
        if placed[i + 1] - placed[i] < gap {
            placed[i] = placed[i + 1] - gap;
        }
    }
    let mut result = vec![0.0; wanted.len()];
    for (slot, &i) in order.iter().enumerate() {
        result[i] = placed[slot];
    }
    result
}

/// Chooses the smallest spacing in `steps` (in key units, `per_key` pixels each) at which
/// labels do not overlap: `label_width(step)` gives the widest label used at that spacing,
/// and `padding` pixels separate neighbours. Falls back to the largest step.
pub fn tick_step(
    per_key: f64,
    padding: f64,
    steps: &[i64],
    label_width: impl Fn(i64) -> f64,
) -> i64 {
    steps
        .iter()
        .copied()
        .find(|&s| s as f64 * per_key >= label_width(s) + padding)
        .or_else(|| steps.last().copied())
        .unwrap_or(1)
        .max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spreading_in_a_space_squeezed_to_nothing_does_not_panic() {
        let placed = spread_apart(&[5.0, 6.0, f64::NAN], 10.0, 40.0, 20.0);
        assert_eq!(placed.len(), 3);
        assert!(placed[..2].iter().all(|p| p.is_finite()));
    }

    #[test]
    fn ticks_come_with_en_gb_labels() {
        let t = labelled_ticks(0.0, 1.0, 5);
        assert_eq!(t[1], (0.2, "0.2".to_owned()));
        let t = labelled_ticks(168_489.0, 214_000.0, 5);
        assert_eq!(t[0], (160_000.0, "160,000".to_owned()));
    }

    #[test]
    fn labels_far_apart_stay_put() {
        assert_eq!(
            spread_apart(&[10.0, 50.0, 90.0], 14.0, 0.0, 100.0),
            [10.0, 50.0, 90.0]
        );
    }

    #[test]
    fn close_labels_are_pushed_apart_in_order() {
        let placed = spread_apart(&[50.0, 52.0, 51.0], 14.0, 0.0, 200.0);
        let mut sorted = placed.clone();
        crate::model::order::sort_by(&mut sorted, f64::total_cmp);
        for pair in sorted.windows(2) {
            assert!(pair[1] - pair[0] >= 14.0 - 1e-9, "{placed:?}");
        }
        assert!(
            placed[0] < placed[2] && placed[2] < placed[1],
            "order kept: {placed:?}"
        );
    }

    #[test]
    fn labels_at_the_bottom_edge_move_up() {
        let placed = spread_apart(&[99.0, 100.0], 14.0, 0.0, 100.0);
        assert_eq!(placed, [86.0, 100.0]);
    }

    #[test]
    fn tick_steps_grow_until_labels_fit() {
        let steps = [1, 2, 5, 10, 20, 50];
        assert_eq!(tick_step(50.0, 8.0, &steps, |_| 30.0), 1);
        assert_eq!(tick_step(20.0, 8.0, &steps, |_| 30.0), 2);
        assert_eq!(tick_step(10.0, 8.0, &steps, |_| 30.0), 5);
        assert_eq!(tick_step(3.0, 8.0, &steps, |_| 30.0), 20);
        assert_eq!(tick_step(0.1, 8.0, &steps, |_| 30.0), 50);
        // Coarser labels from step 5 on ("2024" instead of "Mar 2024") fit sooner.
        assert_eq!(
            tick_step(4.0, 8.0, &steps, |s| if s >= 5 { 12.0 } else { 60.0 }),
            5
        );
    }
}
