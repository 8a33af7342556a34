//! Population by five-year age band (`data/population-ages.json`, a file in the theme format
//! whose indicators are the bands): the latest mid-year estimate and the 2022-based projection of
//! each later year, for BSW and its three places, for the population pyramid. Both are all
//! persons (the explorer holds ONS's projection for persons, not its files by sex), so the
//! pyramid sets the estimate beside a projected year rather than men beside women.

use crate::model::{Area, AreaFile, Status, ThemeData};

/// Where the file is, relative to the page.
pub const AGES_FILE: &str = "data/population-ages.json";

/// The bands, youngest first: (indicator id, label).
pub const BANDS: [(&str, &str); 19] = [
    ("people-aged-0-4", "0 to 4"),
    ("people-aged-5-9", "5 to 9"),
    ("people-aged-10-14", "10 to 14"),
    ("people-aged-15-19", "15 to 19"),
    ("people-aged-20-24", "20 to 24"),
    ("people-aged-25-29", "25 to 29"),
    ("people-aged-30-34", "30 to 34"),
    ("people-aged-35-39", "35 to 39"),
    ("people-aged-40-44", "40 to 44"),
    ("people-aged-45-49", "45 to 49"),
    ("people-aged-50-54", "50 to 54"),
    ("people-aged-55-59", "55 to 59"),
    ("people-aged-60-64", "60 to 64"),
    ("people-aged-65-69", "65 to 69"),
    ("people-aged-70-74", "70 to 74"),
    ("people-aged-75-79", "75 to 79"),
    ("people-aged-80-84", "80 to 84"),
    ("people-aged-85-89", "85 to 89"),
    ("people-aged-90-plus", "90 and over"),
];

/// People by band (youngest first) for one area and year.
#[derive(Debug, Clone, PartialEq)]
pub struct AgeProfile {
    /// Mid-year (30 June).
    pub year: i32,
    /// An estimate (`Actual`) or a `Projection`.
    pub status: Status,
    /// People in each of [`BANDS`]; a band with no figure counts 0.
    pub people: Vec<f64>,
}

/// The years of `area` with figures of `status` (from the first band's series), in order.
fn years(data: &ThemeData, area: &str, status: Status) -> Vec<i32> {
    let mut years: Vec<i32> = data
        .series_for(BANDS[0].0, area)
        .into_iter()
        .filter(|s| s.status == status)
        .flat_map(|s| s.points.iter().filter_map(|p| p.period.parse().ok()))
        .collect();
    crate::model::order::sort(&mut years);
    years.dedup();
    years
}

/// The profile of `area` in `year` from the series of `status`, if the first band has it.
fn profile(data: &ThemeData, area: &str, year: i32, status: Status) -> Option<AgeProfile> {
    let period = year.to_string();
    let value = |band: &str| {
        data.series_for(band, area)
            .into_iter()
            .filter(|s| s.status == status)
            .flat_map(|s| &s.points)
            .find(|p| p.period == period)
            .map(|p| p.value)
    };
    value(BANDS[0].0)?;
    Some(AgeProfile {
        year,
        status,
        people: BANDS
            .iter()
            .map(|(id, _)| value(id).unwrap_or(0.0))
            .collect(),
    })
}

/// The latest estimate of `area`.
pub fn latest_estimate(data: &ThemeData, area: &str) -> Option<AgeProfile> {
    let year = *years(data, area, Status::Actual).last()?;
    profile(data, area, year, Status::Actual)
}

/// The projection of `area` for `year`.
pub fn projection(data: &ThemeData, area: &str, year: i32) -> Option<AgeProfile> {
    profile(data, area, year, Status::Projection)
}

/// The projected years of `area`, in order.
pub fn projected_years(data: &ThemeData, area: &str) -> Vec<i32> {
    years(data, area, Status::Projection)
}

/// The areas with an estimate, in the order of the area list.
pub fn profile_areas<'a>(data: &ThemeData, areas: &'a AreaFile) -> Vec<&'a Area> {
    areas
        .areas
        .iter()
        .filter(|a| !years(data, &a.code, Status::Actual).is_empty())
        .collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::parse_theme;
    use crate::prepare::areas::area_file;

    /// A file with Swindon's two youngest bands in 2023 (estimate) and 2043 (projection).
    pub fn sample() -> ThemeData {
        let ind = |id: &str| {
            format!(
                r#"{{"id": "{id}", "title": "t", "definition": "d", "unit": "people", "value_type": "count", "polarity": "neither", "period_type": "calendar_year"}}"#
            )
        };
        let series = |id: &str, status: &str, year: i32, v: f64| {
            format!(
                r#"{{"indicator": "{id}", "area": "E06000030", "source": "s", "status": "{status}", "points": [{{"period": "{year}", "value": {v}}}]}}"#
            )
        };
        let text = format!(
            r#"{{"format_version": 1, "theme": "population-ages",
            "sources": [{{"id": "s", "publisher": "ONS", "title": "T", "section": "S", "licence": "OGL", "published": "2025"}}],
            "indicators": [{}, {}],
            "series": [{}, {}, {}, {}]}}"#,
            ind(BANDS[0].0),
            ind(BANDS[1].0),
            series(BANDS[0].0, "actual", 2023, 10.0),
            series(BANDS[1].0, "actual", 2023, 20.0),
            series(BANDS[0].0, "projection", 2043, 11.0),
            series(BANDS[1].0, "projection", 2043, 22.0),
        );
        parse_theme("a.json", &text, &area_file()).unwrap()
    }

    #[test]
    fn profiles_are_read_band_by_band() {
        let data = sample();
        let e = latest_estimate(&data, "E06000030").unwrap();
        assert_eq!((e.year, e.status), (2023, Status::Actual));
        assert_eq!(&e.people[..3], &[10.0, 20.0, 0.0]);
        assert_eq!(
            projection(&data, "E06000030", 2043).unwrap().people[1],
            22.0
        );
        assert!(projection(&data, "E06000030", 2044).is_none());
        assert_eq!(projected_years(&data, "E06000030"), [2043]);
        let areas = area_file();
        let listed: Vec<&str> = profile_areas(&data, &areas)
            .iter()
            .map(|a| a.code.as_str())
            .collect();
        assert_eq!(listed, ["E06000030"]);
    }
}
