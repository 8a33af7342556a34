//! Finds where each value of a JSON document is written, so that problems found after
//! parsing (an unknown area, a duplicate point…) can be reported as `file:line:column`.
//!
//! The same scanner answers the opposite question for errors found while parsing (a value of
//! the wrong type, an unknown field): which JSON path is written at a given line and column.
//!
//! A small scanner that only records positions: it never builds values and never panics,
//! whatever the input; on malformed JSON it returns the positions found so far.

use std::collections::HashMap;

/// Line and column (both from 1) of every value, keyed by JSON path such as
/// `$.series[3].points[5].value`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Locations {
    positions: HashMap<String, (usize, usize)>,
    /// Each value's path with where it starts (its key, for an object member) and the
    /// position just after its last character.
    spans: Vec<Span>,
}

impl Locations {
    /// Scans `text`.
    pub fn of(text: &str) -> Locations {
        let mut scanner = Scanner {
            chars: text.chars().collect(),
            at: 0,
            line: 1,
            column: 1,
            positions: HashMap::new(),
            spans: Vec::new(),
        };
        let mut path = String::from("$");
        scanner.skip_space();
        // Bound recursion so that deeply nested input cannot overflow the stack.
        let _ = scanner.value(&mut path, 0);
        Locations {
            positions: scanner.positions,
            spans: scanner.spans,
        }
    }

    /// The JSON path written at `line` and `column` (a parser's error position): the innermost
    /// value, or object member from its key to its value, whose text spans that position;
    /// `$` when none does.
    pub fn path_at(&self, line: usize, column: usize) -> String {
        let at = (line, column);
        self.spans
            .iter()
            .filter(|(_, start, end)| *start <= at && at <= *end)
            .max_by_key(|(path, start, _)| (*start, path.len()))
            .map_or_else(|| "$".to_string(), |(path, _, _)| path.clone())
    }

    /// Where the value at `path` starts. For a path that is not in the document (a missing
    /// field), the nearest enclosing value that is.
    pub fn find(&self, path: &str) -> (usize, usize) {
        let mut p = path;
        loop {
            if let Some(&pos) = self.positions.get(p) {
                return pos;
            }
            match p.rfind(['.', '[']) {
                Some(i) if i > 0 => p = &p[..i],
                _ => return (1, 1),
            }
        }
    }
}

/// A value's path, where its text starts and the position just after it ends.
type Span = (String, (usize, usize), (usize, usize));

const MAX_DEPTH: usize = 128;

struct Scanner {
    chars: Vec<char>,
    at: usize,
    line: usize,
    column: usize,
    positions: HashMap<String, (usize, usize)>,
    spans: Vec<Span>,
}

/// The scan stopped: the JSON is malformed here.
struct Stop;

impl Scanner {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.at += 1;
        if c == '\n' {
            self.line += 1;
            self.column = 1;
        } else {
            self.column += 1;
        }
        Some(c)
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t' | '\n' | '\r')) {
            self.bump();
        }
    }

    fn expect(&mut self, c: char) -> Result<(), Stop> {
        if self.bump() == Some(c) {
            Ok(())
        } else {
            Err(Stop)
        }
    }

    fn value(&mut self, path: &mut String, depth: usize) -> Result<(), Stop> {
        if depth > MAX_DEPTH {
            return Err(Stop);
        }
        let start = (self.line, self.column);
        self.positions.insert(path.clone(), start);
        self.scalar_or_container(path, depth)?;
        self.spans
            .push((path.clone(), start, (self.line, self.column)));
        Ok(())
    }

    fn scalar_or_container(&mut self, path: &mut String, depth: usize) -> Result<(), Stop> {
        match self.peek().ok_or(Stop)? {
            '{' => self.object(path, depth),
            '[' => self.array(path, depth),
            '"' => self.string().map(|_| ()),
            _ => {
                // Numbers, true, false, null: consume up to a delimiter.
                let mut any = false;
                while let Some(c) = self.peek() {
                    if matches!(c, ',' | '}' | ']' | ' ' | '\t' | '\n' | '\r') {
                        break;
                    }
                    self.bump();
                    any = true;
                }
                if any {
                    Ok(())
                } else {
                    Err(Stop)
                }
            }
        }
    }

    fn string(&mut self) -> Result<String, Stop> {
        self.expect('"')?;
        let mut s = String::new();
        loop {
            match self.bump().ok_or(Stop)? {
                '"' => return Ok(s),
                '\\' => {
                    let escaped = self.bump().ok_or(Stop)?;
                    s.push(escaped);
                }
                c => s.push(c),
            }
        }
    }

    fn object(&mut self, path: &mut String, depth: usize) -> Result<(), Stop> {
        self.expect('{')?;
        self.skip_space();
        if self.peek() == Some('}') {
            self.bump();
            return Ok(());
        }
        loop {
            self.skip_space();
            let key_start = (self.line, self.column);
            let key = self.string()?;
            let len = path.len();
            path.push('.');
            path.push_str(&key);
            // The member from its key, so that an error at the key (an unknown field) names it.
            self.spans
                .push((path.clone(), key_start, (self.line, self.column)));
            self.skip_space();
            let result = self.expect(':').and_then(|()| {
                self.skip_space();
                self.value(path, depth + 1)
            });
            path.truncate(len);
            result?;
            self.skip_space();
            match self.bump().ok_or(Stop)? {
                ',' => continue,
                '}' => return Ok(()),
                _ => return Err(Stop),
            }
        }
    }

    fn array(&mut self, path: &mut String, depth: usize) -> Result<(), Stop> {
        self.expect('[')?;
        self.skip_space();
        if self.peek() == Some(']') {
            self.bump();
            return Ok(());
        }
        let mut index = 0usize;
        loop {
            self.skip_space();
            let len = path.len();
            path.push_str(&format!("[{index}]"));
            let result = self.value(path, depth + 1);
            path.truncate(len);
            result?;
            index += 1;
            self.skip_space();
            match self.bump().ok_or(Stop)? {
                ',' => continue,
                ']' => return Ok(()),
                _ => return Err(Stop),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "{\n  \"a\": 1,\n  \"list\": [\n    {\"period\": \"2011\", \"value\": 5},\n    {\"value\": -2.5e3}\n  ],\n  \"s\": \"x\\\"y\"\n}";

    #[test]
    fn finds_each_value_by_path() {
        let l = Locations::of(DOC);
        assert_eq!(l.find("$"), (1, 1));
        assert_eq!(l.find("$.a"), (2, 8));
        assert_eq!(l.find("$.list"), (3, 11));
        assert_eq!(l.find("$.list[0]"), (4, 5));
        assert_eq!(l.find("$.list[0].value"), (4, 33));
        assert_eq!(l.find("$.list[1].value"), (5, 15));
        assert_eq!(l.find("$.s"), (7, 8));
    }

    #[test]
    fn missing_paths_fall_back_to_the_enclosing_value() {
        let l = Locations::of(DOC);
        assert_eq!(l.find("$.list[1].period"), (5, 5));
        assert_eq!(l.find("$.nothing"), (1, 1));
    }

    #[test]
    fn finds_the_path_at_a_position() {
        let l = Locations::of(DOC);
        // Inside a value, at its last character, and just after it.
        assert_eq!(l.path_at(4, 33), "$.list[0].value");
        assert_eq!(l.path_at(4, 34), "$.list[0].value");
        assert_eq!(l.path_at(4, 20), "$.list[0].period");
        // On a key: the member it names.
        assert_eq!(l.path_at(4, 28), "$.list[0].value");
        // Between members, and on the closing brace: the enclosing object.
        assert_eq!(l.path_at(5, 5), "$.list[1]");
        assert_eq!(l.path_at(5, 22), "$.list[1]");
        assert_eq!(l.path_at(8, 1), "$");
        assert_eq!(l.path_at(99, 1), "$");
    }

    #[test]
    fn malformed_or_deep_input_does_not_panic() {
        for text in [
            "",
            "{",
            "[1,",
            "{\"a\" 1}",
            "\"open",
            "{\"a\":[}",
            &"[".repeat(100_000),
        ] {
            let l = Locations::of(text);
            // Whatever the input, a place inside the text (the start when nothing matches) and a
            // JSON path.
            let (line, column) = l.find("$.a[0]");
            assert!(
                line == 1 && column >= 1 && column <= text.chars().count() + 1,
                "{text:.20}"
            );
            assert!(l.path_at(1, 3).starts_with('$'), "{text:.20}");
        }
    }
}
