//! Time periods as written in the data: `2011`, `2017/18`, `2020-22`, `2024-03`.

use serde::{Deserialize, Serialize};
use std::fmt;
use thiserror::Error;

/// How an indicator's periods are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PeriodType {
    /// A calendar year (or a mid-year estimate for it): `2011`.
    CalendarYear,
    /// An April-to-March financial year: `2017/18`.
    FinancialYear,
    /// Several calendar years pooled together: `2020-22`.
    PooledYears,
    /// A calendar month: `2024-03`.
    Month,
    /// A quarter of a financial year, as Fingertips writes it: `2023/24 Q1` (April to June 2023).
    Quarter,
}

impl PeriodType {
    /// The heading of a table's period column: `Year`, `Financial year`, `Years` or `Month`.
    pub fn heading(self) -> &'static str {
        match self {
            PeriodType::CalendarYear => "Year",
            PeriodType::FinancialYear => "Financial year",
            PeriodType::PooledYears => "Years",
            PeriodType::Month => "Month",
            PeriodType::Quarter => "Quarter",
        }
    }

    /// An example of how a period of this type is written, for error messages.
    pub fn example(self) -> &'static str {
        match self {
            PeriodType::CalendarYear => "2011",
            PeriodType::FinancialYear => "2017/18",
            PeriodType::PooledYears => "2020-22",
            PeriodType::Month => "2024-03",
            PeriodType::Quarter => "2023/24 Q1",
        }
    }
}

/// A parsed period. Periods of one type sort in time order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Period {
    /// A calendar year.
    Year(i32),
    /// A financial year, by the calendar year it starts in (2017 is 2017/18).
    FinancialYear(i32),
    /// Calendar years `start` to `end` inclusive.
    Pooled {
        /// First year.
        start: i32,
        /// Last year.
        end: i32,
    },
    /// A calendar month (1 to 12).
    Month {
        /// Year.
        year: i32,
        /// Month, 1 to 12.
        month: u8,
    },
    /// A quarter of the financial year starting in April of `year`.
    Quarter {
        /// The year the financial year starts.
        year: i32,
        /// Quarter, 1 (April to June) to 4 (January to March).
        quarter: u8,
    },
}

/// Why a period could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("period \"{text}\" is not a valid {kind} (expected the form {example})")]
pub struct PeriodError {
    /// The text that was given.
    pub text: String,
    /// What kind of period was expected, in words.
    pub kind: &'static str,
    /// An example of a valid period.
    pub example: &'static str,
}

const MIN_YEAR: i32 = 1800;
const MAX_YEAR: i32 = 2200;

fn year(text: &str) -> Option<i32> {
    if text.len() != 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse()
        .ok()
        .filter(|y| (MIN_YEAR..=MAX_YEAR).contains(y))
}

fn two_digits(text: &str) -> Option<i32> {
    if text.len() != 2 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// The year that ends in `suffix` (two digits) and comes after `start`, within a century.
fn following_year(start: i32, suffix: i32) -> i32 {
    let century = start - start.rem_euclid(100);
    let candidate = century + suffix;
    if candidate > start {
        candidate
    } else {
        candidate + 100
    }
}

impl Period {
    /// Reads a period written in the canonical form for its type.
    pub fn parse(text: &str, kind: PeriodType) -> Result<Period, PeriodError> {
        let parsed = match kind {
            PeriodType::CalendarYear => year(text).map(Period::Year),
            PeriodType::FinancialYear => text.split_once('/').and_then(|(a, b)| {
                let start = year(a)?;
                let end = two_digits(b)?;
                (following_year(start, end) == start + 1).then_some(Period::FinancialYear(start))
            }),
            PeriodType::PooledYears => text.split_once('-').and_then(|(a, b)| {
                let start = year(a)?;
                let end = following_year(start, two_digits(b)?);
                (end - start <= 30).then_some(Period::Pooled { start, end })
            }),
            PeriodType::Month => text.split_once('-').and_then(|(a, b)| {
                let y = year(a)?;
                let m = two_digits(b)?;
                (1..=12).contains(&m).then_some(Period::Month {
                    year: y,
                    month: m as u8,
                })
            }),
            PeriodType::Quarter => text.split_once(" Q").and_then(|(fy, q)| {
                let Some(Period::FinancialYear(start)) =
                    Period::parse(fy, PeriodType::FinancialYear).ok()
                else {
                    return None;
                };
                let q: u8 = match q {
                    "1" => 1,
                    "2" => 2,
                    "3" => 3,
                    "4" => 4,
                    _ => return None,
                };
                Some(Period::Quarter {
                    year: start,
                    quarter: q,
                })
            }),
        };
        parsed.ok_or_else(|| PeriodError {
            text: text.to_owned(),
            kind: match kind {
                PeriodType::CalendarYear => "calendar year",
                PeriodType::FinancialYear => "financial year",
                PeriodType::PooledYears => "pooled period of years",
                PeriodType::Month => "month",
                PeriodType::Quarter => "quarter",
            },
            example: kind.example(),
        })
    }

    /// The period written as data files write it (what [`Period::parse`] reads): `2011`,
    /// `2017/18`, `2020-22`, `2024-03`.
    pub fn canonical(&self) -> String {
        match *self {
            Period::Month { year, month } => format!("{year}-{month:02}"),
            other => other.to_string(),
        }
    }

    /// The period's type.
    pub fn kind(&self) -> PeriodType {
        match self {
            Period::Year(_) => PeriodType::CalendarYear,
            Period::FinancialYear(_) => PeriodType::FinancialYear,
            Period::Pooled { .. } => PeriodType::PooledYears,
            Period::Month { .. } => PeriodType::Month,
            Period::Quarter { .. } => PeriodType::Quarter,
        }
    }

    /// A month as a count of months (January of year 0 is 0), so that months can be spaced and
    /// counted; `None` for other periods.
    pub fn month_number(&self) -> Option<i64> {
        match *self {
            Period::Month { year, month } => Some(i64::from(year) * 12 + i64::from(month) - 1),
            _ => None,
        }
    }

    /// The month with this [`Period::month_number`] (`None` outside the years `i32` holds).
    pub fn from_month_number(n: i64) -> Option<Period> {
        Some(Period::Month {
            year: i32::try_from(n.div_euclid(12)).ok()?,
            month: u8::try_from(n.rem_euclid(12) + 1).ok()?,
        })
    }

    /// The middle of the period in decimal years, used to place it on a time axis.
    /// `2011` is 2011.5; `2017/18` is 2017.75 (April 2017 to March 2018); `2020-22` is 2021.5.
    pub fn midpoint(&self) -> f64 {
        match *self {
            Period::Year(y) => f64::from(y) + 0.5,
            Period::FinancialYear(y) => f64::from(y) + 0.25 + 0.5,
            Period::Pooled { start, end } => (f64::from(start) + f64::from(end) + 1.0) / 2.0,
            Period::Month { year, month } => f64::from(year) + (f64::from(month) - 0.5) / 12.0,
            Period::Quarter { year, quarter } => {
                f64::from(year) + 0.25 + (f64::from(quarter) - 0.5) / 4.0
            }
        }
    }
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The months' names in full, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl fmt::Display for Period {
    /// en-GB labels: `2011`, `2017/18`, `2020-22`, `Mar 2024`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Period::Year(y) => write!(f, "{y}"),
            Period::FinancialYear(y) => write!(f, "{y}/{:02}", (y + 1).rem_euclid(100)),
            Period::Pooled { start, end } => write!(f, "{start}-{:02}", end.rem_euclid(100)),
            Period::Month { year, month } => {
                let name = MONTHS
                    .get(usize::from(month).saturating_sub(1))
                    .unwrap_or(&"?");
                write!(f, "{name} {year}")
            }
            Period::Quarter { year, quarter } => {
                write!(f, "{year}/{:02} Q{quarter}", (year + 1).rem_euclid(100))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_canonical_form() {
        assert_eq!(
            Period::parse("2011", PeriodType::CalendarYear),
            Ok(Period::Year(2011))
        );
        assert_eq!(
            Period::parse("2017/18", PeriodType::FinancialYear),
            Ok(Period::FinancialYear(2017))
        );
        assert_eq!(
            Period::parse("1999/00", PeriodType::FinancialYear),
            Ok(Period::FinancialYear(1999))
        );
        assert_eq!(
            Period::parse("2020-22", PeriodType::PooledYears),
            Ok(Period::Pooled {
                start: 2020,
                end: 2022
            })
        );
        assert_eq!(
            Period::parse("2024-03", PeriodType::Month),
            Ok(Period::Month {
                year: 2024,
                month: 3
            })
        );
    }

    #[test]
    fn rejects_malformed_periods_with_an_example() {
        for (text, kind) in [
            ("2017/19", PeriodType::FinancialYear),
            ("2017-18", PeriodType::FinancialYear),
            ("17/18", PeriodType::FinancialYear),
            ("2011 ", PeriodType::CalendarYear),
            ("+201", PeriodType::CalendarYear),
            ("2024-13", PeriodType::Month),
            ("2024-00", PeriodType::Month),
            ("2022-20", PeriodType::PooledYears),
            ("", PeriodType::Month),
        ] {
            let err = Period::parse(text, kind).unwrap_err();
            assert_eq!(err.text, text);
            assert!(err.to_string().contains(kind.example()), "{err}");
        }
    }

    #[test]
    fn labels_round_trip() {
        for (text, kind) in [
            ("2011", PeriodType::CalendarYear),
            ("2017/18", PeriodType::FinancialYear),
            ("1999/00", PeriodType::FinancialYear),
            ("2020-22", PeriodType::PooledYears),
        ] {
            assert_eq!(Period::parse(text, kind).unwrap().to_string(), text);
        }
        assert_eq!(
            Period::Month {
                year: 2024,
                month: 3
            }
            .to_string(),
            "Mar 2024"
        );
    }

    #[test]
    fn quarters_of_financial_years_read_write_and_sit_in_time() {
        let q = Period::parse("2023/24 Q1", PeriodType::Quarter).unwrap();
        assert_eq!(
            q,
            Period::Quarter {
                year: 2023,
                quarter: 1
            }
        );
        assert_eq!(q.to_string(), "2023/24 Q1");
        assert_eq!(q.canonical(), "2023/24 Q1");
        assert_eq!(q.kind(), PeriodType::Quarter);
        // April to June 2023: its middle is mid-May.
        assert!((q.midpoint() - 2023.375).abs() < 1e-9);
        let q4 = Period::parse("2023/24 Q4", PeriodType::Quarter).unwrap();
        assert!(q4 > q && (q4.midpoint() - 2024.125).abs() < 1e-9);
        for bad in ["2023/24 Q5", "2023/25 Q1", "2023 Q1", "2023/24Q1"] {
            assert!(Period::parse(bad, PeriodType::Quarter).is_err(), "{bad}");
        }
    }

    #[test]
    fn midpoints_place_periods_in_time() {
        assert_eq!(Period::Year(2011).midpoint(), 2011.5);
        assert_eq!(Period::FinancialYear(2017).midpoint(), 2017.75);
        assert_eq!(
            Period::Pooled {
                start: 2020,
                end: 2022
            }
            .midpoint(),
            2021.5
        );
        assert!(
            (Period::Month {
                year: 2024,
                month: 1
            }
            .midpoint()
                - 2_024.041_67)
                .abs()
                < 1e-3
        );
    }
}
