//! The limits on a user's file, enforced before and after reading it, so that no file can hold
//! the page for minutes or fill it with more localities than anyone can pick from.

use crate::model::format::format_number;
use crate::model::LoadError;

/// The largest file opened, in bytes (50 MB): larger exports should be filtered first.
pub const MAX_FILE_BYTES: usize = 50 * 1024 * 1024;

/// The most data rows (or figures, for the explorer's JSON) one file may have.
pub const MAX_ROWS: usize = 200_000;

/// The most localities one file may add to those the explorer knows.
pub const MAX_NEW_AREAS: usize = 2_000;

/// The limits in words, for the page and the README.
pub fn limits_in_words() -> String {
    format!(
        "Each file may be up to {} MB, with up to {} rows and {} localities the explorer does not already know.",
        MAX_FILE_BYTES / (1024 * 1024),
        format_number(MAX_ROWS as f64, 0),
        format_number(MAX_NEW_AREAS as f64, 0)
    )
}

/// Refuses a file of `bytes` bytes over [`MAX_FILE_BYTES`] (checked before it is read).
pub fn check_size(file: &str, bytes: usize) -> Result<(), LoadError> {
    if bytes <= MAX_FILE_BYTES {
        return Ok(());
    }
    Err(LoadError::whole_file(
        file,
        format!(
            "the file is {} MB; the explorer opens files of up to {} MB. Export fewer indicators, areas or years and open that.",
            format_number(bytes as f64 / (1024.0 * 1024.0), 0),
            MAX_FILE_BYTES / (1024 * 1024)
        ),
    ))
}

/// Refuses a file with more than [`MAX_ROWS`] rows or figures.
pub fn check_rows(file: &str, rows: usize) -> Result<(), LoadError> {
    if rows <= MAX_ROWS {
        return Ok(());
    }
    Err(LoadError::whole_file(
        file,
        format!(
            "the file has {} rows; the explorer opens up to {} from one file. Export fewer indicators, areas or years and open that.",
            format_number(rows as f64, 0),
            format_number(MAX_ROWS as f64, 0)
        ),
    ))
}

/// Refuses a file that would add more than [`MAX_NEW_AREAS`] localities.
pub fn check_new_areas(file: &str, new_areas: usize) -> Result<(), LoadError> {
    if new_areas <= MAX_NEW_AREAS {
        return Ok(());
    }
    Err(LoadError::whole_file(
        file,
        format!(
            "the file names {} localities the explorer does not know; it adds up to {} from one file. Export a smaller area type (for example local authorities rather than neighbourhoods) and open that.",
            format_number(new_areas as f64, 0),
            format_number(MAX_NEW_AREAS as f64, 0)
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_limit_refuses_with_the_numbers_and_what_to_do() {
        assert!(check_size("a.csv", MAX_FILE_BYTES).is_ok());
        let e = check_size("a.csv", 120 * 1024 * 1024).unwrap_err();
        assert_eq!(
            e.summary(),
            "a.csv: the file is 120 MB; the explorer opens files of up to 50 MB. Export fewer indicators, areas or years and open that."
        );
        assert!(check_rows("a.csv", MAX_ROWS).is_ok());
        assert!(check_rows("a.csv", 250_000)
            .unwrap_err()
            .summary()
            .contains("has 250,000 rows"));
        assert!(check_new_areas("a.csv", MAX_NEW_AREAS).is_ok());
        assert!(check_new_areas("a.csv", 100_000)
            .unwrap_err()
            .summary()
            .contains("names 100,000 localities"));
        assert_eq!(
            limits_in_words(),
            "Each file may be up to 50 MB, with up to 200,000 rows and 2,000 localities the explorer does not already know."
        );
    }
}
