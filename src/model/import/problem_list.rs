//! The problems of an opened file as the page lists them: a bounded list (a file with 100,000
//! bad rows must not put 100,000 items on the page or in a screen reader's ear), each problem
//! cut to a readable length.

/// The most problems listed; the rest are counted.
pub const MAX_LISTED: usize = 20;

/// The most characters of one problem shown (long quoted values are cut).
pub const MAX_CHARS: usize = 300;

/// The first [`MAX_LISTED`] problems, each at most [`MAX_CHARS`] characters (then `…`), and a
/// line counting the others (`and 99,980 more`) when there are more.
pub fn problem_list(problems: &[String]) -> (Vec<String>, Option<String>) {
    let shown = problems
        .iter()
        .take(MAX_LISTED)
        .map(|p| crate::model::format::at_most(p.chars(), MAX_CHARS))
        .collect();
    let more = problems.len().saturating_sub(MAX_LISTED);
    let rest = (more > 0).then(|| {
        format!(
            "and {} more (check the file, or open it in a spreadsheet to find them)",
            crate::model::format::format_number(more as f64, 0)
        )
    });
    (shown, rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hundred_thousand_problems_list_twenty_and_count_the_rest() {
        let problems: Vec<String> = (0..100_000).map(|i| format!("row {i}: bad")).collect();
        let (shown, rest) = problem_list(&problems);
        assert_eq!(shown.len(), 20);
        assert_eq!(shown[19], "row 19: bad");
        assert_eq!(
            rest.as_deref(),
            Some("and 99,980 more (check the file, or open it in a spreadsheet to find them)")
        );
    }

    #[test]
    fn long_values_are_cut_and_a_short_list_is_whole() {
        let long = format!("row 2: \"{}\" is not a number", "9".repeat(100_000));
        let (shown, rest) = problem_list(&[long, "row 3: bad".into()]);
        assert_eq!(shown[0].chars().count(), MAX_CHARS + 1);
        assert!(shown[0].ends_with('…'));
        assert_eq!(shown[1], "row 3: bad");
        assert_eq!(rest, None);
    }
}
