//! The board view's words: what shows under a chart's title (an indicator's definition and note)
//! must not carry analysts' text (file paths, commit hashes, commands, notes about an extract's
//! fields). Such detail belongs in the sources, which analysts open.

mod common;

use outcomes_explorer::model::Theme;

const ANALYST_WORDS: [&str; 8] = [
    "raw/",
    "commit ",
    "make ",
    "validate",
    ".csv",
    "README",
    "unit field",
    "the extract",
];

#[test]
fn indicator_texts_shown_to_the_board_carry_no_analyst_text() {
    for theme in Theme::ALL.iter().filter(|t| t.is_bundled()) {
        let data = common::theme(theme.id());
        for ind in &data.indicators {
            let shown = format!("{} {}", ind.definition, ind.note.as_deref().unwrap_or(""));
            for word in ANALYST_WORDS {
                assert!(
                    !shown.contains(word),
                    "{}: {} says \"{word}\": {shown}",
                    theme.id(),
                    ind.id
                );
            }
        }
    }
}
