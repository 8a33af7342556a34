//! Errors met while loading a data file, each naming the file and the place in it.

use thiserror::Error;

/// A data file could not be used.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{loc}: {message}", loc = self.location())]
pub struct LoadError {
    /// The file, as the user knows it (e.g. `data/population.json`).
    pub file: String,
    /// Line, from 1 (0 when the problem is not at one place, e.g. a failed download).
    pub line: usize,
    /// Column, from 1.
    pub column: usize,
    /// What is wrong, in plain English.
    pub message: String,
}

impl LoadError {
    /// An error at a known place in a file.
    pub fn at(file: &str, line: usize, column: usize, message: impl Into<String>) -> LoadError {
        LoadError {
            file: file.to_owned(),
            line,
            column,
            message: message.into(),
        }
    }

    /// An error about the file as a whole (it could not be fetched, for instance).
    pub fn whole_file(file: &str, message: impl Into<String>) -> LoadError {
        LoadError::at(file, 0, 0, message)
    }

    /// `file:line:column` or just `file` when there is no place.
    pub fn location(&self) -> String {
        if self.line == 0 {
            self.file.clone()
        } else {
            format!("{}:{}:{}", self.file, self.line, self.column)
        }
    }
}
