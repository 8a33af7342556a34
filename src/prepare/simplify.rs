//! Outline simplification for the England-wide map: Douglas–Peucker on (longitude, latitude),
//! then rounding, so that a map of every local authority stays small to download.

/// The distance from `p` to the segment `a`–`b`, with longitude scaled by `cos` (the cosine of
/// the latitude) so that distances are alike in both directions.
fn distance(p: [f64; 2], a: [f64; 2], b: [f64; 2], cos: f64) -> f64 {
    let (px, py) = (p[0] * cos, p[1]);
    let (ax, ay) = (a[0] * cos, a[1]);
    let (bx, by) = (b[0] * cos, b[1]);
    let (dx, dy) = (bx - ax, by - ay);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 {
        0.0
    } else {
        (((px - ax) * dx + (py - ay) * dy) / len2).clamp(0.0, 1.0)
    };
    ((px - ax - t * dx).powi(2) + (py - ay - t * dy).powi(2)).sqrt()
}

fn keep(points: &[[f64; 2]], from: usize, to: usize, tolerance: f64, cos: f64, out: &mut [bool]) {
    let mut stack = vec![(from, to)];
    while let Some((i, j)) = stack.pop() {
        if j <= i + 1 {
            continue;
        }
        let (far, d) = (i + 1..j)
            .map(|k| (k, distance(points[k], points[i], points[j], cos)))
            .fold((i, -1.0), |best, c| if c.1 > best.1 { c } else { best });
        if d > tolerance {
            out[far] = true;
            stack.push((i, far));
            stack.push((far, j));
        }
    }
}

/// The ring with every point dropped that lies within `tolerance` degrees (of latitude) of the
/// simplified outline, rounded to `decimals` places, repeated points removed. The first point,
/// and the point farthest from it, always stay, so a ring never collapses to a line of two.
pub fn simplify_ring(ring: &[[f64; 2]], tolerance: f64, decimals: i32) -> Vec<[f64; 2]> {
    let mut ring = ring.to_vec();
    if ring.len() > 1 && ring.first() == ring.last() {
        ring.pop();
    }
    if ring.len() < 4 {
        return rounded(ring.iter(), decimals);
    }
    let cos = ring[0][1].to_radians().cos();
    let far = (1..ring.len())
        .max_by(|&a, &b| {
            distance(ring[a], ring[0], ring[0], cos)
                .total_cmp(&distance(ring[b], ring[0], ring[0], cos))
        })
        .unwrap_or(1);
    let mut kept = vec![false; ring.len()];
    kept[0] = true;
    kept[far] = true;
    keep(&ring, 0, far, tolerance, cos, &mut kept);
    // The closing stretch runs from the far point back to the first.
    let mut closing: Vec<[f64; 2]> = ring[far..].to_vec();
    closing.push(ring[0]);
    let mut kept_closing = vec![false; closing.len()];
    keep(
        &closing,
        0,
        closing.len() - 1,
        tolerance,
        cos,
        &mut kept_closing,
    );
    for (k, flag) in kept_closing.iter().enumerate().skip(1) {
        if *flag && far + k < ring.len() {
            kept[far + k] = true;
        }
    }
    let points = ring.iter().zip(&kept).filter(|(_, k)| **k).map(|(p, _)| p);
    rounded(points, decimals)
}

/// An open line (an arc shared by two outlines) with every point dropped that lies within
/// `tolerance` degrees of the simplified line; its two ends always stay, so outlines that share
/// the arc still meet exactly.
pub fn simplify_line(line: &[[f64; 2]], tolerance: f64) -> Vec<[f64; 2]> {
    let (Some(first), Some(_)) = (line.first(), line.last()) else {
        return Vec::new();
    };
    let cos = first[1].to_radians().cos();
    let mut kept = vec![false; line.len()];
    kept[0] = true;
    kept[line.len() - 1] = true;
    keep(line, 0, line.len() - 1, tolerance, cos, &mut kept);
    line.iter()
        .zip(&kept)
        .filter(|(_, k)| **k)
        .map(|(p, _)| *p)
        .collect()
}

/// The points rounded to `decimals` places, without repeats.
pub fn rounded<'a>(points: impl Iterator<Item = &'a [f64; 2]>, decimals: i32) -> Vec<[f64; 2]> {
    let scale = 10f64.powi(decimals);
    let mut out: Vec<[f64; 2]> = Vec::new();
    for p in points {
        let q = [
            (p[0] * scale).round() / scale,
            (p[1] * scale).round() / scale,
        ];
        if out.last() != Some(&q) {
            out.push(q);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_on_a_straight_edge_go_and_corners_stay() {
        let square = [
            [0.0, 0.0],
            [0.5, 0.0001],
            [1.0, 0.0],
            [1.0, 1.0],
            [0.5, 1.0],
            [0.0, 1.0],
            [0.0, 0.0],
        ];
        let out = simplify_ring(&square, 0.01, 3);
        assert_eq!(out, [[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0]]);
    }

    #[test]
    fn a_detail_larger_than_the_tolerance_stays_and_points_are_rounded() {
        let ring = [[0.0, 0.0], [0.5, 0.3], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0]];
        let out = simplify_ring(&ring, 0.01, 1);
        assert!(out.contains(&[0.5, 0.3]), "{out:?}");
        let small = simplify_ring(&[[0.123_456, 1.0], [0.2, 1.0], [0.2, 1.1]], 0.01, 2);
        assert_eq!(small[0], [0.12, 1.0]);
    }

    #[test]
    fn a_line_keeps_its_ends_and_its_corners() {
        let line = [[0.0, 0.0], [0.5, 0.0001], [1.0, 0.0], [1.0, 1.0]];
        assert_eq!(
            simplify_line(&line, 0.01),
            [[0.0, 0.0], [1.0, 0.0], [1.0, 1.0]]
        );
        assert_eq!(simplify_line(&[[2.0, 3.0]], 0.01), [[2.0, 3.0]]);
        assert!(simplify_line(&[], 0.01).is_empty());
    }
}
