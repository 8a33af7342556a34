//! Problems met while loading a data file, each naming the file, the place in it (line,
//! column and JSON path) and what is wrong.

use thiserror::Error;

/// One problem at one place in a data file.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{loc}: {message}", loc = self.location())]
pub struct Problem {
    /// The file, as the user knows it (e.g. `data/population.json`).
    pub file: String,
    /// Line, from 1 (0 when the problem is not at one place, e.g. a failed download).
    pub line: usize,
    /// Column, from 1.
    pub column: usize,
    /// JSON path of the value concerned, e.g. `$.series[3].points[0].period` (empty if none).
    pub path: String,
    /// What is wrong, in plain English.
    pub message: String,
}

impl Problem {
    /// `file:line:column` (or just `file` when there is no place), then the JSON path.
    pub fn location(&self) -> String {
        let place = if self.line == 0 {
            self.file.clone()
        } else {
            format!("{}:{}:{}", self.file, self.line, self.column)
        };
        if self.path.is_empty() {
            place
        } else {
            format!("{place}: {}", self.path)
        }
    }
}

/// A data file could not be used: every problem found in it.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("{}", self.summary())]
pub struct LoadError {
    /// The file.
    pub file: String,
    /// The problems, in file order (at least one).
    pub problems: Vec<Problem>,
}

impl LoadError {
    /// A single problem at a known place.
    pub fn at(
        file: &str,
        line: usize,
        column: usize,
        path: &str,
        message: impl Into<String>,
    ) -> LoadError {
        LoadError {
            file: file.to_owned(),
            problems: vec![Problem {
                file: file.to_owned(),
                line,
                column,
                path: path.to_owned(),
                message: message.into(),
            }],
        }
    }

    /// A problem with the file as a whole (it could not be downloaded, for instance).
    pub fn whole_file(file: &str, message: impl Into<String>) -> LoadError {
        LoadError::at(file, 0, 0, "", message)
    }

    /// The first problem.
    pub fn first(&self) -> Option<&Problem> {
        self.problems.first()
    }

    /// Every problem, one per line.
    pub fn summary(&self) -> String {
        self.problems
            .iter()
            .map(Problem::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    }
}
