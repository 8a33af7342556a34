//! The ONS 2022-based subnational population projections (migration category variant), persons
//! by single year of age, for the three places (`raw/ons-snpp-2022/`), summed into the bands of
//! the population theme, with BSW as the sum of the places. The file has no England or South West
//! rows, so those have no 2022-based projection.

use crate::model::{Point, Series, Status};
use crate::prepare::areas::{BANES, BSW, SWINDON, WILTSHIRE};
use crate::prepare::common::{push_point, SeriesKey};
use crate::prepare::table::RawTable;
use crate::prepare::PrepareError;
use std::collections::BTreeMap;

/// The raw file, relative to `raw/`.
pub const RAW_FILE: &str = "ons-snpp-2022/snpp2022_migcat_persons_bsw.csv";
/// Source id.
pub const SOURCE: &str = "ons-snpp-2022";

const OPEN_BAND: &str = "90 and over";
const ALL_AGES: &str = "All ages";
/// Ages that count towards each band: (indicator, first age, last age), the open band 90+
/// counting as age 90.
const BANDS: [(&str, u32, u32); 6] = [
    ("population-total", 0, 90),
    ("population-aged-0-15", 0, 15),
    ("population-aged-16-64", 16, 64),
    ("population-aged-65-plus", 65, 90),
    ("population-aged-75-plus", 75, 90),
    ("population-aged-85-plus", 85, 90),
];
/// Shares: (indicator, band whose count is the numerator).
const SHARES: [(&str, &str); 3] = [
    ("share-aged-65-plus", "population-aged-65-plus"),
    ("share-aged-75-plus", "population-aged-75-plus"),
    ("share-aged-85-plus", "population-aged-85-plus"),
];

const BSW_NOTE: &str = "The sum of the three places' projections: ONS's file has no row for the \
    integrated care board.";

/// People by (area, year, age), the open band counted as age 90; and the file's `All ages`.
#[derive(Default)]
struct Counts {
    by_age: BTreeMap<(String, String), [f64; 91]>,
    all_ages: BTreeMap<(String, String), f64>,
}

fn read(text: &str) -> Result<(Counts, Vec<String>), PrepareError> {
    let raw = RawTable::parse(&format!("raw/{RAW_FILE}"), text)?;
    let [area, component, sex, age] =
        raw.columns(["AREA_CODE", "COMPONENT", "SEX", "AGE_GROUP"])?;
    let years: Vec<(usize, String)> = (0..raw.table.headers.len())
        .filter_map(|i| {
            let h = raw.table.headers[i].trim();
            (h.len() == 4 && h.bytes().all(|b| b.is_ascii_digit())).then(|| (i, h.to_owned()))
        })
        .collect();
    let mut counts = Counts::default();
    for r in &raw.table.rows {
        if raw.text(r, component) != "Population" || raw.text(r, sex) != "persons" {
            return Err(raw.error(r, "expected persons' population rows only"));
        }
        let code = raw.text(r, area).to_owned();
        let age_text = raw.text(r, age);
        let slot = match age_text {
            ALL_AGES => None,
            OPEN_BAND => Some(90),
            a => match a.parse::<usize>() {
                Ok(n) if n < 90 => Some(n),
                _ => return Err(raw.error(r, format!("unknown age group \"{a}\""))),
            },
        };
        for (i, year) in &years {
            let v = raw.number(r, *i)?;
            let key = (code.clone(), year.clone());
            match slot {
                None => _ = counts.all_ages.insert(key, v),
                Some(s) => counts.by_age.entry(key).or_insert([f64::NAN; 91])[s] = v,
            }
        }
    }
    Ok((counts, years.into_iter().map(|(_, y)| y).collect()))
}

/// Refuses a file with an age missing or whose ages do not add up to its `All ages` row
/// (a partial sum).
fn check_complete(counts: &Counts) -> Result<(), PrepareError> {
    for ((area, year), ages) in &counts.by_age {
        let error = |message: String| PrepareError::BadValue {
            file: format!("raw/{RAW_FILE}"),
            line: 0,
            message: format!("{area} {year}: {message}"),
        };
        if let Some(missing) = ages.iter().position(|v| v.is_nan()) {
            return Err(error(format!("age {missing} is missing")));
        }
        let sum: f64 = ages.iter().sum();
        let all = counts.all_ages.get(&(area.clone(), year.clone()));
        match all {
            Some(all) if (sum - all).abs() <= 0.05 => {}
            Some(all) => return Err(error(format!("the ages add up to {sum}, not {all}"))),
            None => return Err(error("no \"All ages\" row".into())),
        }
    }
    Ok(())
}

fn band_total(ages: &[f64; 91], first: u32, last: u32) -> f64 {
    ages[first as usize..=last as usize].iter().sum()
}

/// People by (area, year) and single year of age (90 meaning 90 and over), for the three
/// places and BSW (their sum), every year of the file; checked complete.
pub fn ages_by_year(text: &str) -> Result<BTreeMap<(String, String), [f64; 91]>, PrepareError> {
    let (mut counts, years) = read(text)?;
    check_complete(&counts)?;
    for place in [BANES, SWINDON, WILTSHIRE] {
        if !counts.by_age.keys().any(|(a, _)| a == place) {
            return Err(PrepareError::BadValue {
                file: format!("raw/{RAW_FILE}"),
                line: 0,
                message: format!("no rows for {place}"),
            });
        }
    }
    for year in &years {
        let mut sum = [0.0; 91];
        for place in [BANES, SWINDON, WILTSHIRE] {
            let ages = counts.by_age[&(place.to_owned(), year.clone())];
            sum.iter_mut().zip(ages).for_each(|(s, a)| *s += a);
        }
        counts.by_age.insert((BSW.to_owned(), year.clone()), sum);
    }
    Ok(counts.by_age)
}

/// The projected series for the three places and BSW, for the years after `last_estimate`.
pub fn build(text: &str, last_estimate: i32) -> Result<Vec<Series>, PrepareError> {
    let mut series = Vec::new();
    for ((area, year), ages) in &ages_by_year(text)? {
        if year.parse::<i32>().is_ok_and(|y| y > last_estimate) {
            add_year(&mut series, area, year, ages);
        }
    }
    for s in series.iter_mut().filter(|s| s.area == BSW) {
        s.note = Some(BSW_NOTE.into());
    }
    Ok(series)
}

fn add_year(series: &mut Vec<Series>, area: &str, year: &str, ages: &[f64; 91]) {
    let key = |indicator| SeriesKey {
        indicator,
        area,
        source: SOURCE,
        status: Status::Projection,
    };
    let total = band_total(ages, 0, 90);
    for (indicator, first, last) in BANDS {
        let people = band_total(ages, first, last).round();
        push_point(series, key(indicator), Point::new(year, people));
    }
    for (indicator, band) in SHARES {
        let (_, first, last) = BANDS
            .iter()
            .find(|b| b.0 == band)
            .copied()
            .unwrap_or(BANDS[0]);
        let people = band_total(ages, first, last);
        let point = Point {
            count: Some(people.round()),
            denominator: Some(total.round()),
            ..Point::new(year, (1000.0 * people / total).round() / 10.0)
        };
        push_point(series, key(indicator), point);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn real() -> Vec<Series> {
        build(&crate::prepare::raw_for_tests(RAW_FILE), 2023).expect("built")
    }

    fn value(series: &[Series], indicator: &str, area: &str, year: &str) -> f64 {
        series
            .iter()
            .filter(|s| s.indicator == indicator && s.area == area)
            .flat_map(|s| &s.points)
            .find(|p| p.period == year)
            .map(|p| p.value)
            .unwrap_or(f64::NAN)
    }

    /// Totals from ONS's file (the sums of its single years of age; its `All ages` row agrees
    /// within 0.01): B&NES 202,103.0, Swindon 240,642.2 and Wiltshire 524,759.7 in 2024;
    /// 227,433.4, 260,094.4 and 586,231.1 in 2047.
    #[test]
    fn totals_match_the_published_projection_and_bsw_is_their_sum() {
        let s = real();
        assert_eq!(value(&s, "population-total", BANES, "2024"), 202_103.0);
        assert_eq!(value(&s, "population-total", SWINDON, "2024"), 240_642.0);
        assert_eq!(value(&s, "population-total", WILTSHIRE, "2047"), 586_231.0);
        assert_eq!(value(&s, "population-total", BSW, "2047"), 1_073_759.0);
        assert!(
            value(&s, "population-total", BSW, "2023").is_nan(),
            "estimates, not projections, until 2023"
        );
        // Swindon no longer drops between its latest estimate (238,416 in 2023) and 2024.
        assert!(value(&s, "population-total", SWINDON, "2024") > 238_416.0);
    }

    #[test]
    fn bands_and_shares_add_up() {
        let s = real();
        let (a, b, c) = (
            value(&s, "population-aged-0-15", SWINDON, "2040"),
            value(&s, "population-aged-16-64", SWINDON, "2040"),
            value(&s, "population-aged-65-plus", SWINDON, "2040"),
        );
        let total = value(&s, "population-total", SWINDON, "2040");
        assert!(
            (a + b + c - total).abs() <= 2.0,
            "{a} + {b} + {c} against {total}"
        );
        let share = value(&s, "share-aged-65-plus", SWINDON, "2040");
        assert!((share - (1000.0 * c / total).round() / 10.0).abs() < 0.051);
    }

    #[test]
    fn a_missing_age_or_a_partial_sum_is_refused() {
        let text = crate::prepare::raw_for_tests(RAW_FILE);
        let without_age_5: String = text
            .lines()
            .filter(|l| !l.contains("Swindon,Population,persons,5,"))
            .map(|l| format!("{l}\n"))
            .collect();
        let e = build(&without_age_5, 2023)
            .map(|_| ())
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("E06000030") && e.contains("age 5 is missing"),
            "{e}"
        );
        let partial = text.replacen(
            "Swindon,Population,persons,All ages,235652.000",
            "Swindon,Population,persons,All ages,236652.000",
            1,
        );
        assert_ne!(partial, text);
        let e = build(&partial, 2023).map(|_| ()).unwrap_err().to_string();
        assert!(e.contains("E06000030 2022") && e.contains("add up"), "{e}");
    }
}
