//! Where a reference line's label goes (such as "70% target for March 2027"): beside the line,
//! at the end and on the side where it covers no point of the chart. Pure geometry in pixels.

/// A corner of the plot where a reference line's label can sit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelPlace {
    /// At the right end, above the line (the usual place).
    RightAbove,
    /// At the right end, below the line.
    RightBelow,
    /// At the left end, above the line.
    LeftAbove,
    /// At the left end, below the line.
    LeftBelow,
}

impl LabelPlace {
    /// Every place, in the order they are tried.
    pub const ALL: [LabelPlace; 4] = [
        LabelPlace::RightAbove,
        LabelPlace::RightBelow,
        LabelPlace::LeftAbove,
        LabelPlace::LeftBelow,
    ];

    /// Whether the label's box is to the right end of the line.
    pub fn right(self) -> bool {
        matches!(self, LabelPlace::RightAbove | LabelPlace::RightBelow)
    }

    /// Whether the label's box is above the line.
    pub fn above(self) -> bool {
        matches!(self, LabelPlace::RightAbove | LabelPlace::LeftAbove)
    }
}

/// The horizontal extent of the plot and the label's size, all in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LabelRoom {
    /// The plot's left edge.
    pub left: f64,
    /// The plot's right edge.
    pub right: f64,
    /// The label's width.
    pub width: f64,
    /// The label's height.
    pub height: f64,
    /// The gap kept between the label and the line or the plot's edge, and around points.
    pub gap: f64,
}

impl LabelRoom {
    /// The label's box at `place` beside the line at `y`: (left, top, right, bottom).
    pub fn bounds(&self, place: LabelPlace, y: f64) -> (f64, f64, f64, f64) {
        let (x0, x1) = if place.right() {
            (self.right - self.gap - self.width, self.right - self.gap)
        } else {
            (self.left + self.gap, self.left + self.gap + self.width)
        };
        let (y0, y1) = if place.above() {
            (y - self.gap - self.height, y - self.gap)
        } else {
            (y + self.gap, y + self.gap + self.height)
        };
        (x0, y0, x1, y1)
    }
}

/// The first place (right above, right below, left above, left below) whose box, widened by the
/// gap, holds none of `points`; else the one that holds fewest. Linear in the points.
pub fn place_label(room: &LabelRoom, y: f64, points: &[(f64, f64)]) -> LabelPlace {
    let covered = |place: LabelPlace| {
        let (x0, y0, x1, y1) = room.bounds(place, y);
        let g = room.gap;
        points
            .iter()
            .filter(|(px, py)| (x0 - g..=x1 + g).contains(px) && (y0 - g..=y1 + g).contains(py))
            .count()
    };
    let mut best = (LabelPlace::RightAbove, usize::MAX);
    for place in LabelPlace::ALL {
        let n = covered(place);
        if n == 0 {
            return place;
        }
        if n < best.1 {
            best = (place, n);
        }
    }
    best.0
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROOM: LabelRoom = LabelRoom {
        left: 50.0,
        right: 650.0,
        width: 180.0,
        height: 14.0,
        gap: 4.0,
    };

    #[test]
    fn the_usual_place_unless_points_are_there() {
        // Nothing near the line: right, above.
        assert_eq!(
            place_label(&ROOM, 200.0, &[(100.0, 50.0)]),
            LabelPlace::RightAbove
        );
        // The latest points sit just above the line at the right end (an improvement that now
        // meets the target): below it.
        let rising = [(600.0, 190.0), (620.0, 186.0), (640.0, 188.0)];
        assert_eq!(place_label(&ROOM, 200.0, &rising), LabelPlace::RightBelow);
        // Points on both sides at the right: the left end.
        let both = [(600.0, 190.0), (610.0, 210.0)];
        assert_eq!(place_label(&ROOM, 200.0, &both), LabelPlace::LeftAbove);
        // Everywhere covered: the place with fewest points.
        let mut crowded: Vec<(f64, f64)> = (0..4).map(|i| (600.0 + f64::from(i), 190.0)).collect();
        crowded.extend([(600.0, 210.0), (60.0, 190.0), (60.0, 210.0)]);
        assert_eq!(place_label(&ROOM, 200.0, &crowded), LabelPlace::RightBelow);
    }

    #[test]
    fn boxes_sit_beside_the_line_inside_the_plot() {
        let (x0, y0, x1, y1) = ROOM.bounds(LabelPlace::RightAbove, 200.0);
        assert_eq!((x0, y0, x1, y1), (466.0, 182.0, 646.0, 196.0));
        let (x0, y0, _, y1) = ROOM.bounds(LabelPlace::LeftBelow, 200.0);
        assert_eq!((x0, y0, y1), (54.0, 204.0, 218.0));
    }
}
