//! Label placement maths: keeping labels apart and choosing which axis ticks fit.

/// Moves label centres (in pixels, top to bottom) apart so that no two are closer than
/// `gap`, keeping them within `min..=max` where possible and as near their wishes as the
/// spacing allows. Returns the new centres in the order given.
pub fn spread_apart(wanted: &[f64], gap: f64, min: f64, max: f64) -> Vec<f64> {
    let mut order: Vec<usize> = (0..wanted.len()).collect();
    order.sort_by(|&a, &b| wanted[a].total_cmp(&wanted[b]));
    let mut placed: Vec<f64> = order.iter().map(|&i| wanted[i].clamp(min, max)).collect();
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

/// Chooses every `step`-th tick such that labels of width `label_width` (pixels), placed
/// `spacing` pixels apart per candidate, do not overlap (with `padding` between them).
/// Steps are 1, 2, 5, 10, 20, 50…
pub fn tick_step(candidate_spacing: f64, label_width: f64, padding: f64) -> usize {
    let mut step = 1usize;
    let mut k = 0;
    while (step as f64) * candidate_spacing < label_width + padding && step < 1_000_000 {
        k += 1;
        step = [1, 2, 5][k % 3] * 10usize.pow((k / 3) as u32);
    }
    step
}

#[cfg(test)]
mod tests {
    use super::*;

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
        sorted.sort_by(f64::total_cmp);
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
        assert_eq!(tick_step(50.0, 30.0, 8.0), 1);
        assert_eq!(tick_step(20.0, 30.0, 8.0), 2);
        assert_eq!(tick_step(10.0, 30.0, 8.0), 5);
        assert_eq!(tick_step(3.0, 30.0, 8.0), 20);
    }
}
