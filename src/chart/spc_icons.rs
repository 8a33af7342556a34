//! The two icons of NHS England's "Making Data Count" as small SVG images: variation (a circle in
//! the verdict's colour with H or L for a special cause on the high or low side, a dash for
//! common cause) and assurance (P passing, F failing, ? hit and miss). The letters carry the
//! meaning as well as the colours, and the page always says it in words beside them.

use crate::chart::palette::{AXIS, BACKGROUND};
use crate::chart::spc_chart::{CONCERN, IMPROVEMENT, NEITHER};
use crate::model::spc::{Assurance, Variation};
use crate::model::Polarity;
use plotters::style::RGBColor;

fn hex(c: RGBColor) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

/// A 40-pixel circle of `colour` with `letter` in white (every colour used is at least 4.5:1
/// against white). Decorative: the page names the verdict in words beside it.
fn icon(colour: RGBColor, letter: &str) -> String {
    format!(
        concat!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40" width="40" height="40" aria-hidden="true" focusable="false">"#,
            r#"<circle cx="20" cy="20" r="19" fill="{fill}"/>"#,
            r#"<text x="20" y="27" text-anchor="middle" font-family="Arial, Helvetica, sans-serif" font-size="20" font-weight="bold" fill="{text}">{letter}</text></svg>"#
        ),
        fill = hex(colour),
        text = hex(BACKGROUND),
        letter = letter
    )
}

/// Whether a verdict is on the high side of the mean (or rising).
fn high_side(variation: Variation, polarity: Polarity) -> bool {
    match variation {
        Variation::NeitherHigh => true,
        Variation::Improvement => polarity != Polarity::LowerIsBetter,
        Variation::Concern => polarity == Polarity::LowerIsBetter,
        _ => false,
    }
}

/// The variation icon of a verdict.
pub fn variation_icon(variation: Option<Variation>, polarity: Polarity) -> String {
    let Some(v) = variation else {
        return icon(AXIS, "–");
    };
    let letter = if high_side(v, polarity) { "H" } else { "L" };
    match v {
        Variation::CommonCause => icon(AXIS, "–"),
        Variation::Improvement => icon(IMPROVEMENT.colour, letter),
        Variation::Concern => icon(CONCERN.colour, letter),
        Variation::NeitherHigh | Variation::NeitherLow => icon(NEITHER.colour, letter),
    }
}

/// The assurance icon of a verdict.
pub fn assurance_icon(assurance: Assurance) -> String {
    match assurance {
        Assurance::ConsistentlyPassing => icon(IMPROVEMENT.colour, "P"),
        Assurance::ConsistentlyFailing => icon(CONCERN.colour, "F"),
        Assurance::HitAndMiss => icon(AXIS, "?"),
        Assurance::Changed | Assurance::NotApplicable => icon(AXIS, "–"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_say_the_side_whatever_the_polarity() {
        let low_good = variation_icon(Some(Variation::Improvement), Polarity::LowerIsBetter);
        assert!(low_good.contains(">L</text>") && low_good.contains("#1d70b8"));
        let high_bad = variation_icon(Some(Variation::Concern), Polarity::LowerIsBetter);
        assert!(high_bad.contains(">H</text>") && high_bad.contains("#b25400"));
        assert!(
            variation_icon(Some(Variation::CommonCause), Polarity::HigherIsBetter)
                .contains(">–</text>")
        );
        assert!(assurance_icon(Assurance::ConsistentlyFailing).contains(">F</text>"));
        assert!(assurance_icon(Assurance::HitAndMiss).contains(">?</text>"));
        assert!(assurance_icon(Assurance::ConsistentlyPassing).contains("aria-hidden=\"true\""));
    }
}
