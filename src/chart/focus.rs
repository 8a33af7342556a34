//! Keyboard movement between the points of a line chart: pure logic, so that it can be tested
//! natively. Left and right move along a line, up and down jump to the next line at the
//! nearest time, Home and End go to a line's ends.

use crate::chart::line_spec::LineChartSpec;

/// A point of a chart: line index and point index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PointRef {
    /// Index of the line in the spec.
    pub line: usize,
    /// Index of the point in the line.
    pub index: usize,
}

/// A key that moves the focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// Next point in time.
    Next,
    /// Previous point in time.
    Previous,
    /// The line above in the list (previous line).
    PreviousLine,
    /// The line below in the list (next line).
    NextLine,
    /// The line's first point.
    First,
    /// The line's last point.
    Last,
}

impl Move {
    /// The move for a `KeyboardEvent.key` value, if it is one.
    pub fn from_key(key: &str) -> Option<Move> {
        Some(match key {
            "ArrowRight" => Move::Next,
            "ArrowLeft" => Move::Previous,
            "ArrowUp" => Move::PreviousLine,
            "ArrowDown" => Move::NextLine,
            "Home" => Move::First,
            "End" => Move::Last,
            _ => return None,
        })
    }
}

/// The first point of the first line that has points.
pub fn first_point(spec: &LineChartSpec) -> Option<PointRef> {
    spec.lines
        .iter()
        .position(|l| !l.points.is_empty())
        .map(|line| PointRef { line, index: 0 })
}

/// Where the focus goes from `from` on `step`. Stays put at the ends.
pub fn step(spec: &LineChartSpec, from: PointRef, step: Move) -> Option<PointRef> {
    let line = spec.lines.get(from.line)?;
    let last = line.points.len().checked_sub(1)?;
    let index = from.index.min(last);
    let along = |index| {
        Some(PointRef {
            line: from.line,
            index,
        })
    };
    match step {
        Move::Next => along((index + 1).min(last)),
        Move::Previous => along(index.saturating_sub(1)),
        Move::First => along(0),
        Move::Last => along(last),
        Move::NextLine | Move::PreviousLine => {
            let x = line.points[index].0;
            let n = spec.lines.len();
            let mut target = from.line;
            // The next line (wrapping) that has points.
            for _ in 0..n {
                target = if step == Move::NextLine {
                    (target + 1) % n
                } else {
                    (target + n - 1) % n
                };
                if !spec.lines[target].points.is_empty() {
                    break;
                }
            }
            let points = &spec.lines[target].points;
            let nearest = points
                .iter()
                .enumerate()
                .min_by(|a, b| (a.1 .0 - x).abs().total_cmp(&(b.1 .0 - x).abs()))
                .map(|(i, _)| i)?;
            Some(PointRef {
                line: target,
                index: nearest,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::line_spec::LineSpec;
    use crate::chart::palette::area_style;

    fn spec() -> LineChartSpec {
        let line = |key: &str, xs: &[f64]| LineSpec {
            key: key.into(),
            label: key.into(),
            style: area_style(key, 0),
            dashed: false,
            points: xs.iter().map(|&x| (x, 1.0)).collect(),
            breaks: Vec::new(),
            points_only: false,
            marks_only: false,
            period_labels: xs.iter().map(|x| x.to_string()).collect(),
            status_label: "actual".into(),
            source: "s".into(),
        };
        LineChartSpec {
            lines: vec![
                line("A", &[2000.5, 2001.5, 2002.5]),
                line("B", &[]),
                line("C", &[2001.5, 2010.5]),
            ],
            ..LineChartSpec::empty()
        }
    }

    #[test]
    fn moves_along_a_line_and_stops_at_its_ends() {
        let s = spec();
        let start = first_point(&s).unwrap();
        assert_eq!(start, PointRef { line: 0, index: 0 });
        assert_eq!(step(&s, start, Move::Previous), Some(start));
        let next = step(&s, start, Move::Next).unwrap();
        assert_eq!(next.index, 1);
        assert_eq!(step(&s, next, Move::Last).unwrap().index, 2);
        assert_eq!(
            step(&s, PointRef { line: 0, index: 2 }, Move::Next)
                .unwrap()
                .index,
            2
        );
    }

    #[test]
    fn up_and_down_skip_empty_lines_and_keep_the_time() {
        let s = spec();
        let down = step(&s, PointRef { line: 0, index: 1 }, Move::NextLine).unwrap();
        assert_eq!(down, PointRef { line: 2, index: 0 });
        let wrap = step(&s, down, Move::NextLine).unwrap();
        assert_eq!(wrap, PointRef { line: 0, index: 1 });
        assert_eq!(step(&s, wrap, Move::PreviousLine).unwrap().line, 2);
        assert_eq!(Move::from_key("ArrowDown"), Some(Move::NextLine));
        assert_eq!(Move::from_key("a"), None);
    }
}
