//! Population by five-year age band (`data/population-ages.json`): the latest mid-year estimate
//! and the 2022-based projection of each year, for BSW and its three places, for the population
//! pyramid. Both are people of all sexes: ONS publishes the 2022-based projections for persons
//! only, so the pyramid sets the estimate beside a projected year rather than men beside women.

use crate::model::error::LoadError;
use crate::model::{AreaFile, Source, Status};
use serde::{Deserialize, Serialize};

/// Where the file is, relative to the page.
pub const AGES_FILE: &str = "data/population-ages.json";

/// The age bands, youngest first: 0 to 4, 5 to 9, … 85 to 89, 90 and over.
pub const BANDS: [&str; 19] = [
    "0 to 4",
    "5 to 9",
    "10 to 14",
    "15 to 19",
    "20 to 24",
    "25 to 29",
    "30 to 34",
    "35 to 39",
    "40 to 44",
    "45 to 49",
    "50 to 54",
    "55 to 59",
    "60 to 64",
    "65 to 69",
    "70 to 74",
    "75 to 79",
    "80 to 84",
    "85 to 89",
    "90 and over",
];

/// People by age band for one area and year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgeProfile {
    /// Area code.
    pub area: String,
    /// Mid-year (30 June).
    pub year: i32,
    /// An estimate (`actual`) or a `projection`.
    pub status: Status,
    /// Source id.
    pub source: String,
    /// People in each of [`BANDS`], youngest first.
    pub people: Vec<f64>,
}

/// The contents of [`AGES_FILE`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgeProfileFile {
    /// Version of the data format.
    pub format_version: u32,
    /// Where the figures come from.
    pub sources: Vec<Source>,
    /// One profile per area, year and status.
    pub profiles: Vec<AgeProfile>,
}

impl AgeProfileFile {
    /// The profile of `area` in `year`, if there is one.
    pub fn get(&self, area: &str, year: i32) -> Option<&AgeProfile> {
        self.profiles
            .iter()
            .find(|p| p.area == area && p.year == year)
    }

    /// The latest estimate of `area`.
    pub fn latest_estimate(&self, area: &str) -> Option<&AgeProfile> {
        self.profiles
            .iter()
            .filter(|p| p.area == area && p.status == Status::Actual)
            .max_by_key(|p| p.year)
    }

    /// The projected years of `area`, in order.
    pub fn projected_years(&self, area: &str) -> Vec<i32> {
        let mut years: Vec<i32> = self
            .profiles
            .iter()
            .filter(|p| p.area == area && p.status == Status::Projection)
            .map(|p| p.year)
            .collect();
        crate::model::order::sort(&mut years);
        years.dedup();
        years
    }

    /// The areas with profiles, in the order of the area list.
    pub fn areas<'a>(&self, areas: &'a AreaFile) -> Vec<&'a crate::model::Area> {
        areas
            .areas
            .iter()
            .filter(|a| self.profiles.iter().any(|p| p.area == a.code))
            .collect()
    }
}

/// Reads and checks [`AGES_FILE`]: known areas and sources, one value per band, each a
/// non-negative number, no area and year given twice.
pub fn parse_age_profiles(
    file: &str,
    text: &str,
    areas: &AreaFile,
) -> Result<AgeProfileFile, LoadError> {
    let f: AgeProfileFile = serde_json::from_str(text)
        .map_err(|e| LoadError::at(file, e.line(), e.column(), "", e.to_string()))?;
    let bad = |i: usize, field: &str, message: String| {
        LoadError::at(file, 0, 0, &format!("$.profiles[{i}].{field}"), message)
    };
    for (i, p) in f.profiles.iter().enumerate() {
        if areas.get(&p.area).is_none() {
            return Err(bad(i, "area", format!("unknown area \"{}\"", p.area)));
        }
        if !f.sources.iter().any(|s| s.id == p.source) {
            return Err(bad(i, "source", format!("unknown source \"{}\"", p.source)));
        }
        if p.people.len() != BANDS.len() {
            let n = p.people.len();
            return Err(bad(
                i,
                "people",
                format!("{n} values, not one per age band ({})", BANDS.len()),
            ));
        }
        if p.people.iter().any(|v| !v.is_finite() || *v < 0.0) {
            return Err(bad(
                i,
                "people",
                "a value is negative or not a number".into(),
            ));
        }
        if f.profiles[..i]
            .iter()
            .any(|q| q.area == p.area && q.year == p.year)
        {
            return Err(bad(
                i,
                "year",
                format!("{} {} is given twice", p.area, p.year),
            ));
        }
    }
    Ok(f)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prepare::areas::area_file;

    fn file(people: &str, area: &str) -> String {
        format!(
            r#"{{"format_version": 1, "sources": [{{"id": "s", "publisher": "ONS", "title": "T", "section": "S", "licence": "OGL", "published": "2025"}}],
            "profiles": [{{"area": "{area}", "year": 2023, "status": "actual", "source": "s", "people": [{people}]}}]}}"#
        )
    }

    #[test]
    fn a_good_file_reads_and_answers_queries() {
        let ones = vec!["1"; 19].join(",");
        let f = parse_age_profiles("a.json", &file(&ones, "E06000030"), &area_file()).unwrap();
        assert_eq!(f.latest_estimate("E06000030").map(|p| p.year), Some(2023));
        assert!(f.projected_years("E06000030").is_empty());
        assert_eq!(f.areas(&area_file()).len(), 1);
    }

    #[test]
    fn bad_files_name_the_place() {
        let e = parse_age_profiles("a.json", &file("1,2", "E06000030"), &area_file()).unwrap_err();
        assert!(e.to_string().contains("$.profiles[0].people"), "{e}");
        let ones = vec!["1"; 19].join(",");
        let e = parse_age_profiles("a.json", &file(&ones, "X1"), &area_file()).unwrap_err();
        assert!(e.to_string().contains("unknown area"), "{e}");
        let neg = format!("-1,{}", vec!["1"; 18].join(","));
        let e = parse_age_profiles("a.json", &file(&neg, "E06000030"), &area_file()).unwrap_err();
        assert!(e.to_string().contains("negative"), "{e}");
        assert!(parse_age_profiles("a.json", "{", &area_file()).is_err());
    }
}
