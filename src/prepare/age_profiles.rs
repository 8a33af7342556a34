//! `data/population-ages.json`: people by five-year age band for BSW and its three places, the
//! mid-2023 estimate (single years of age by sex, `raw/ons-population-mye-snpp/`) and the
//! 2022-based projection of every later year (`raw/ons-snpp-2022/`), for the population pyramid.

use crate::model::age_profile::BANDS;
use crate::model::{Point, Series, Status, ThemeData, FORMAT_VERSION};
use crate::prepare::areas::{BANES, BSW, SWINDON, WILTSHIRE};
use crate::prepare::catalogue::Catalogue;
use crate::prepare::common::{push_point, sort_series, SeriesKey};
use crate::prepare::population::SOURCE_MYE;
use crate::prepare::projection_2022::{self, ages_by_year};
use crate::prepare::table::RawTable;
use crate::prepare::PrepareError;
use std::collections::BTreeMap;

/// Single years of age by sex, mid-2023, relative to `raw/`.
pub const RAW_ESTIMATE: &str = "ons-population-mye-snpp/population_sya_mye_2023_bsw.csv";

const AREAS: [&str; 4] = [BSW, BANES, SWINDON, WILTSHIRE];

/// People by band from people by single year of age (the last band takes every age from 90).
fn bands(by_age: &[f64]) -> Vec<f64> {
    (0..BANDS.len())
        .map(|b| {
            let from = b * 5;
            let to = if b + 1 == BANDS.len() {
                by_age.len()
            } else {
                from + 5
            };
            by_age
                .get(from..to.min(by_age.len()))
                .map_or(0.0, |a| a.iter().sum::<f64>().round())
        })
        .collect()
}

/// The estimate: males and females added, by single year of age (0 to 100), per area.
fn estimate(text: &str) -> Result<(i32, BTreeMap<String, Vec<f64>>), PrepareError> {
    let raw = RawTable::parse(&format!("raw/{RAW_ESTIMATE}"), text)?;
    let [area, year, series, age, males, females] =
        raw.columns(["area_code", "year", "series", "age", "males", "females"])?;
    let mut by_area: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    let mut years: Vec<i32> = Vec::new();
    for r in &raw.table.rows {
        let code = raw.text(r, area);
        if raw.text(r, series) != "mye" || !AREAS.contains(&code) {
            continue;
        }
        let a: usize = raw
            .text(r, age)
            .parse()
            .ok()
            .filter(|a| *a <= 100)
            .ok_or_else(|| raw.error(r, "age is not 0 to 100"))?;
        let y: i32 = raw
            .text(r, year)
            .parse()
            .map_err(|_| raw.error(r, "year is not a number"))?;
        years.push(y);
        let people = by_area
            .entry(code.to_owned())
            .or_insert_with(|| vec![f64::NAN; 101]);
        people[a] = raw.number(r, males)? + raw.number(r, females)?;
    }
    years.dedup();
    let [year] = years[..] else {
        return Err(PrepareError::BadValue {
            file: raw.file.clone(),
            line: 0,
            message: format!("expected one year of estimates, found {years:?}"),
        });
    };
    if let Some((code, _)) = by_area.iter().find(|(_, p)| p.iter().any(|v| v.is_nan())) {
        return Err(PrepareError::BadValue {
            file: raw.file.clone(),
            line: 0,
            message: format!("{code} lacks an age"),
        });
    }
    Ok((year, by_area))
}

/// Adds one profile: a point per band.
fn push_profile(series: &mut Vec<Series>, area: &str, year: i32, status: Status, people: &[f64]) {
    let source = match status {
        Status::Actual => SOURCE_MYE,
        _ => projection_2022::SOURCE,
    };
    for ((id, _), v) in BANDS.iter().zip(bands(people)) {
        let key = SeriesKey {
            indicator: id,
            area,
            source,
            status,
        };
        push_point(series, key, Point::new(year.to_string(), v));
    }
}

/// Builds the file, its indicators and sources from the catalogue.
pub fn build(
    estimate_csv: &str,
    snpp2022_csv: &str,
    catalogue: &Catalogue,
) -> Result<ThemeData, PrepareError> {
    let (base, estimates) = estimate(estimate_csv)?;
    let mut series = Vec::new();
    for code in AREAS {
        let people = estimates.get(code).ok_or_else(|| PrepareError::BadValue {
            file: format!("raw/{RAW_ESTIMATE}"),
            line: 0,
            message: format!("no estimate for {code}"),
        })?;
        push_profile(&mut series, code, base, Status::Actual, people);
    }
    for ((code, year), ages) in ages_by_year(snpp2022_csv)? {
        if let Some(y) = year.parse::<i32>().ok().filter(|y| *y > base) {
            push_profile(&mut series, &code, y, Status::Projection, &ages);
        }
    }
    let mut data = ThemeData {
        format_version: FORMAT_VERSION,
        theme: "population-ages".into(),
        sources: Vec::new(),
        indicators: Vec::new(),
        series,
    };
    catalogue.complete(&mut data)?;
    sort_series(&mut data.series, &data.indicators);
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::age_profile::{latest_estimate, projected_years, projection};
    use crate::prepare::raw_for_tests as raw;

    fn real() -> ThemeData {
        let c = Catalogue::bundled().unwrap();
        build(&raw(RAW_ESTIMATE), &raw(projection_2022::RAW_FILE), &c).unwrap()
    }

    #[test]
    fn bands_add_up_to_the_published_totals() {
        let f = real();
        // Swindon's mid-2023 estimate is 238,416 people (ONS); each band is rounded.
        let swindon = latest_estimate(&f, SWINDON).unwrap();
        assert_eq!(swindon.year, 2023);
        let total: f64 = swindon.people.iter().sum();
        assert!((total - 238_416.0).abs() <= 10.0, "{total}");
        // Wiltshire's 2047 projection is 586,231 (ONS 2022-based, migration category variant).
        let w = projection(&f, WILTSHIRE, 2047).unwrap();
        assert_eq!(w.status, Status::Projection);
        assert!((w.people.iter().sum::<f64>() - 586_231.0).abs() <= 10.0);
        assert_eq!(projected_years(&f, BSW), (2024..=2047).collect::<Vec<_>>());
    }

    #[test]
    fn the_last_band_takes_every_age_from_90() {
        let mut ages = vec![1.0; 101];
        ages[100] = 5.0;
        let b = bands(&ages);
        assert_eq!(b.len(), 19);
        assert_eq!(b[0], 5.0);
        assert_eq!(b[18], 10.0 + 5.0);
        assert_eq!(bands(&[1.0; 91])[18], 1.0);
    }
}
