//! Colours and marker shapes: one colour-blind-safe colour and one shape per locality,
//! the same on every chart.
//!
//! Colours are the Government Analysis Function's accessible categorical palette; each has
//! at least 3:1 contrast with white, as WCAG 1.4.11 requires for lines and markers. Text is
//! never drawn in these colours (some are below 4.5:1); it uses [`TEXT`].

use plotters::style::RGBColor;

/// Body text: GOV.UK near-black, 19.6:1 on white.
pub const TEXT: RGBColor = RGBColor(0x0b, 0x0c, 0x0c);
/// Secondary text such as axis labels: 7.6:1 on white.
pub const TEXT_SECONDARY: RGBColor = RGBColor(0x50, 0x5a, 0x5f);
/// Grid lines.
pub const GRID: RGBColor = RGBColor(0xdd, 0xe1, 0xe4);
/// Axis lines and reference markers: 4.5:1 on white.
pub const AXIS: RGBColor = RGBColor(0x6f, 0x77, 0x7b);
/// Background.
pub const BACKGROUND: RGBColor = RGBColor(0xff, 0xff, 0xff);

/// A marker shape, so that series can be told apart without colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    /// A filled circle.
    Circle,
    /// A filled square.
    Square,
    /// A filled triangle pointing up.
    Triangle,
    /// A filled diamond.
    Diamond,
    /// A filled triangle pointing down.
    TriangleDown,
    /// A ring (circle outline).
    Ring,
}

/// How one locality is drawn on every chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SeriesStyle {
    /// Line and marker colour.
    pub colour: RGBColor,
    /// Marker shape.
    pub marker: Marker,
}

/// The palette in the order colours are handed out: dark blue, turquoise, dark pink,
/// orange, dark grey, light purple.
pub const PALETTE: [RGBColor; 6] = [
    RGBColor(0x12, 0x43, 0x6d),
    RGBColor(0x28, 0xa1, 0x97),
    RGBColor(0x80, 0x16, 0x50),
    RGBColor(0xf4, 0x6a, 0x25),
    RGBColor(0x3d, 0x3d, 0x3d),
    RGBColor(0xa2, 0x85, 0xd1),
];

const MARKERS: [Marker; 6] = [
    Marker::Circle,
    Marker::Square,
    Marker::Triangle,
    Marker::Diamond,
    Marker::TriangleDown,
    Marker::Ring,
];

/// The localities with a fixed style, and the index of their colour and marker: BSW, B&NES,
/// Swindon, Wiltshire, England and the South West each have their own. Each acute trust takes
/// the style of the place it mainly serves (they are never charted together, as the places
/// have no hospital figures): RUH Bath as B&NES, Great Western as Swindon, Salisbury as
/// Wiltshire. The three trusts together take the South West's (the region has no hospital
/// figures, so the two are never charted together).
const FIXED: [(&str, usize); 10] = [
    ("E54000040", 0),
    ("E06000022", 1),
    ("E06000030", 2),
    ("E06000054", 3),
    (crate::model::area::ENGLAND, 4),
    ("E12000009", 5),
    ("RD1", 1),
    ("RN3", 2),
    ("RNZ", 3),
    ("BSWACUTE", 5),
];

/// The style of an area. The BSW areas, their trusts, England and the South West always get
/// the same style; any other area gets the style at `fallback_index` (its position among the
/// other areas shown).
pub fn area_style(code: &str, fallback_index: usize) -> SeriesStyle {
    style_at(fixed_index(code).unwrap_or(fallback_index))
}

fn fixed_index(code: &str) -> Option<usize> {
    FIXED.iter().find(|(c, _)| *c == code).map(|&(_, i)| i)
}

fn style_at(index: usize) -> SeriesStyle {
    SeriesStyle {
        colour: PALETTE[index % PALETTE.len()],
        marker: MARKERS[index % MARKERS.len()],
    }
}

/// The styles of the localities `shown` (in display order): the fixed localities keep theirs;
/// any other (say, one a user's file added) takes the first style that no other locality shown
/// has, so it never looks like one of them (styles repeat only past six localities).
pub fn shown_styles(shown: &[&str]) -> Vec<SeriesStyle> {
    let mut used: Vec<usize> = shown.iter().filter_map(|c| fixed_index(c)).collect();
    shown
        .iter()
        .map(|code| {
            let index = fixed_index(code).unwrap_or_else(|| {
                let free = (0..PALETTE.len()).find(|i| !used.contains(i));
                let index = free.unwrap_or(used.len() % PALETTE.len());
                used.push(index);
                index
            });
            style_at(index)
        })
        .collect()
}

/// The styles of the localities shown, worked out once for every swatch of the picker.
#[derive(Debug, Clone, PartialEq)]
pub struct ShownStyles {
    codes: Vec<String>,
    styles: Vec<SeriesStyle>,
    /// The style a locality without a fixed one would take if it were added.
    next: SeriesStyle,
}

impl ShownStyles {
    /// The styles of `shown`, as [`shown_styles`] gives them.
    pub fn new(shown: &[&str]) -> ShownStyles {
        let mut with: Vec<&str> = shown.to_vec();
        // A code no locality has: the style the next one would take.
        with.push("");
        let mut styles = shown_styles(&with);
        let next = styles.pop().unwrap_or_else(|| style_at(0));
        ShownStyles {
            codes: shown.iter().map(|c| (*c).to_owned()).collect(),
            styles,
            next,
        }
    }

    /// The style of `code`: its style among those shown, or, if it is not shown, the style it
    /// would take if it were added (for the locality picker's swatch).
    pub fn of(&self, code: &str) -> SeriesStyle {
        match self.codes.iter().position(|c| c == code) {
            Some(i) => self.styles[i],
            None => fixed_index(code).map_or(self.next, style_at),
        }
    }
}

/// The style of `code` beside the localities `shown` (see [`ShownStyles::of`]).
pub fn style_among(code: &str, shown: &[&str]) -> SeriesStyle {
    ShownStyles::new(shown).of(code)
}

/// Fill of a bar by its comparison with England: turquoise better, dark pink worse, light grey
/// similar, white not compared; dark blue and orange for higher and lower where neither is
/// better. Every bar also has a dark outline and a text label.
pub fn comparison_fill(c: crate::model::compare::Comparison) -> RGBColor {
    use crate::model::compare::Comparison;
    match c {
        Comparison::Better => PALETTE[1],
        Comparison::Worse => PALETTE[2],
        Comparison::Similar => RGBColor(0xbf, 0xc1, 0xc3),
        Comparison::Higher => PALETTE[0],
        Comparison::Lower => PALETTE[3],
        Comparison::NotCompared => BACKGROUND,
    }
}

/// A text symbol for a marker shape, shown beside the locality's name.
pub fn marker_symbol(marker: Marker) -> &'static str {
    match marker {
        Marker::Circle => "●",
        Marker::Square => "■",
        Marker::Triangle => "▲",
        Marker::Diamond => "◆",
        Marker::TriangleDown => "▼",
        Marker::Ring => "○",
    }
}

/// CSS colour text such as `#12436d`.
pub fn css(colour: RGBColor) -> String {
    format!("#{:02x}{:02x}{:02x}", colour.0, colour.1, colour.2)
}

/// WCAG contrast ratio between two colours (1 to 21).
pub fn contrast_ratio(a: RGBColor, b: RGBColor) -> f64 {
    fn channel(c: u8) -> f64 {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    }
    fn luminance(c: RGBColor) -> f64 {
        0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
    }
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn series_colours_have_three_to_one_contrast_with_the_background() {
        for c in PALETTE {
            assert!(contrast_ratio(c, BACKGROUND) >= 3.0, "{} fails 3:1", css(c));
        }
        assert!(contrast_ratio(AXIS, BACKGROUND) >= 4.5);
    }

    #[test]
    fn text_colours_have_four_and_a_half_to_one_contrast() {
        assert!(contrast_ratio(TEXT, BACKGROUND) >= 4.5);
        assert!(contrast_ratio(TEXT_SECONDARY, BACKGROUND) >= 4.5);
    }

    #[test]
    fn each_bsw_area_keeps_its_style_and_styles_differ() {
        assert_eq!(area_style("E06000030", 0), area_style("E06000030", 5));
        let styles: Vec<_> = FIXED[..6].iter().map(|(c, _)| area_style(c, 0)).collect();
        for (i, a) in styles.iter().enumerate() {
            for b in &styles[i + 1..] {
                assert_ne!(a.colour, b.colour);
                assert_ne!(a.marker, b.marker);
            }
        }
        assert_eq!(css(area_style("E54000040", 0).colour), "#12436d");
        assert_eq!(area_style("RNZ", 0), area_style("E06000054", 0));
    }

    #[test]
    fn a_file_s_locality_never_takes_the_style_of_another_shown() {
        let shown = [
            "E54000040",
            "E06000030",
            "E00000001",
            "E92000001",
            "E00000002",
        ];
        let styles = shown_styles(&shown);
        for i in 0..styles.len() {
            for j in 0..i {
                assert_ne!(styles[i], styles[j], "{} and {}", shown[i], shown[j]);
            }
        }
        // The fixed keep theirs; the picker's swatch is the chart's style.
        assert_eq!(styles[0], area_style("E54000040", 0));
        assert_eq!(style_among("E00000001", &shown), styles[2]);
        // Not shown: the style it would take if added.
        let next = style_among("E00000003", &shown);
        assert!(!styles.contains(&next));
        // A fixed locality not shown keeps its own.
        assert_eq!(style_among("E06000054", &shown), area_style("E06000054", 0));
    }
}
