//! Outcomes and their causes for the Health inequalities theme: life expectancy at birth
//! (`raw/ons-life-expectancy/`) and five wider determinants from the data behind ONS Explore Local
//! Statistics (`raw/els-wider-determinants/`): child poverty, early cancer diagnosis, employment,
//! life satisfaction and household income. Indicators and sources come from the catalogue.

use crate::model::{Point, Series, Status};
use crate::prepare::common::{push_point, SeriesKey};
use crate::prepare::table::RawTable;
use crate::prepare::PrepareError;

/// Life expectancy at birth, relative to `raw/`.
pub const RAW_LIFE_EXPECTANCY: &str = "ons-life-expectancy/le_birth_bsw_ons.csv";
const LE_SOURCE: &str = "ons-life-expectancy-2021-23";

/// Which indicators to take from which Explore Local Statistics files, relative to `raw/`.
pub const RAW_MAPPINGS: &str = "els-wider-determinants/mappings.csv";

/// One indicator of an Explore Local Statistics file (a row of [`RAW_MAPPINGS`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WiderMapping {
    /// The file, relative to `raw/`.
    pub file: String,
    /// The `indicator` text in the file.
    pub raw_name: String,
    /// The explorer's indicator id (in the catalogue).
    pub indicator: String,
    /// The source id (in the catalogue).
    pub source: String,
}

/// Reads [`RAW_MAPPINGS`]: `file, raw_name, indicator, source`, the file named within
/// `raw/els-wider-determinants/`.
pub fn read_mappings(text: &str) -> Result<Vec<WiderMapping>, PrepareError> {
    let raw = RawTable::parse(&format!("raw/{RAW_MAPPINGS}"), text)?;
    let c = raw.columns(["file", "raw_name", "indicator", "source"])?;
    let mut out = Vec::new();
    for r in &raw.table.rows {
        let file = raw.text(r, c[0]);
        if file.is_empty() || file.contains('/') || file.contains("..") {
            return Err(raw.error(r, format!("\"{file}\" is not a file of the folder")));
        }
        out.push(WiderMapping {
            file: format!("els-wider-determinants/{file}"),
            raw_name: raw.text(r, c[1]).into(),
            indicator: raw.text(r, c[2]).into(),
            source: raw.text(r, c[3]).into(),
        });
    }
    Ok(out)
}

/// An ISO 8601 year interval as the explorer writes it: `2013-01-01/P1Y` is the calendar year
/// `2013`; `2023-04-01/P1Y` is the financial year `2023/24`.
pub fn iso_year(text: &str) -> Option<String> {
    let start = text.strip_suffix("/P1Y")?;
    let (year, rest) = start.split_once('-')?;
    let y: i32 = year.parse().ok().filter(|y| (1900..=2999).contains(y))?;
    match rest {
        "01-01" => Some(format!("{y}")),
        "04-01" => Some(format!("{y}/{:02}", (y + 1) % 100)),
        _ => None,
    }
}

/// The series of `mapping` for `areas`, from the text of its file.
pub fn read_wider(
    mapping: &WiderMapping,
    text: &str,
    areas: &[&str],
) -> Result<Vec<Series>, PrepareError> {
    let raw = RawTable::parse(&format!("raw/{}", mapping.file), text)?;
    let [area, indicator, period, value, lci, uci] = raw.columns([
        "areacd",
        "indicator",
        "period",
        "observation",
        "lci_95",
        "uci_95",
    ])?;
    let mut series = Vec::new();
    for r in &raw.table.rows {
        let code = raw.text(r, area);
        if raw.text(r, indicator) != mapping.raw_name.as_str() || !areas.contains(&code) {
            continue;
        }
        let p = raw.text(r, period);
        let label =
            iso_year(p).ok_or_else(|| raw.error(r, format!("period \"{p}\" is not a year")))?;
        let optional = |c: usize| match raw.text(r, c) {
            "" => Ok(None),
            _ => raw.number(r, c).map(|v| Some(round(v))),
        };
        let point = Point {
            lower: optional(lci)?,
            upper: optional(uci)?,
            ..Point::new(label, round(raw.number(r, value)?))
        };
        let key = SeriesKey {
            indicator: &mapping.indicator,
            area: code,
            source: &mapping.source,
            status: Status::Actual,
        };
        push_point(&mut series, key, point);
    }
    for s in &mut series {
        s.points.sort_by(|a, b| a.period.cmp(&b.period));
        if let Some(twice) = s.points.windows(2).find(|w| w[0].period == w[1].period) {
            return Err(PrepareError::BadValue {
                file: raw.file.clone(),
                line: 0,
                message: format!(
                    "{} {} {} is given twice",
                    mapping.raw_name, s.area, twice[0].period
                ),
            });
        }
    }
    Ok(series)
}

/// Values to 2 decimal places (the files carry binary noise such as 54.80778000000001).
fn round(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// Life expectancy at birth for women and men, with 95% confidence intervals.
pub fn read_life_expectancy(text: &str) -> Result<Vec<Series>, PrepareError> {
    let raw = RawTable::parse(&format!("raw/{RAW_LIFE_EXPECTANCY}"), text)?;
    let [period, area, sex, value, lci, uci] = raw.columns([
        "period",
        "area_code",
        "sex",
        "life_expectancy",
        "lci",
        "uci",
    ])?;
    let mut series = Vec::new();
    for r in &raw.table.rows {
        let indicator = match raw.text(r, sex) {
            "Female" => "life-expectancy-female",
            "Male" => "life-expectancy-male",
            other => return Err(raw.error(r, format!("unknown sex \"{other}\""))),
        };
        let label = pooled(raw.text(r, period))
            .ok_or_else(|| raw.error(r, "period is not written as \"2021 to 2023\""))?;
        let (v, lo, hi) = (
            raw.number(r, value)?,
            raw.number(r, lci)?,
            raw.number(r, uci)?,
        );
        if !(lo <= v && v <= hi) {
            return Err(raw.error(r, format!("{v} is outside its interval {lo} to {hi}")));
        }
        let point = Point {
            lower: Some(lo),
            upper: Some(hi),
            ..Point::new(label, v)
        };
        let key = SeriesKey {
            indicator,
            area: raw.text(r, area),
            source: LE_SOURCE,
            status: Status::Actual,
        };
        push_point(&mut series, key, point);
    }
    Ok(series)
}

/// `2021 to 2023` as the explorer writes pooled years: `2021-23`.
fn pooled(text: &str) -> Option<String> {
    let (a, b) = text.split_once(" to ")?;
    let (start, end): (i32, i32) = (a.trim().parse().ok()?, b.trim().parse().ok()?);
    (end > start && end - start <= 30).then(|| format!("{start}-{:02}", end % 100))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prepare::areas::{BANES, BSW, ENGLAND, SOUTH_WEST, SWINDON, WILTSHIRE};
    use crate::prepare::raw_for_tests as raw;

    const AREAS: [&str; 6] = [BSW, BANES, SWINDON, WILTSHIRE, ENGLAND, SOUTH_WEST];

    #[test]
    fn iso_years_become_calendar_or_financial_years() {
        assert_eq!(iso_year("2013-01-01/P1Y").as_deref(), Some("2013"));
        assert_eq!(iso_year("2023-04-01/P1Y").as_deref(), Some("2023/24"));
        assert_eq!(iso_year("1999-04-01/P1Y").as_deref(), Some("1999/00"));
        assert_eq!(iso_year("2023-07-01/P1Y"), None);
        assert_eq!(iso_year("2023-01-01/P3Y"), None);
        assert_eq!(pooled("2021 to 2023").as_deref(), Some("2021-23"));
    }

    /// ONS, Life expectancy for local areas of the UK (December 2024): England 79.1 (men) and
    /// 83.1 (women), Swindon's men 79.6 (79.2 to 80.1), 2021 to 2023.
    #[test]
    fn life_expectancy_matches_ons() {
        let s = read_life_expectancy(&raw(RAW_LIFE_EXPECTANCY)).unwrap();
        let get = |ind: &str, area: &str| {
            s.iter()
                .find(|x| x.indicator == ind && x.area == area)
                .map(|x| x.points[0].clone())
                .unwrap()
        };
        assert_eq!(get("life-expectancy-male", ENGLAND).value, 79.1);
        assert_eq!(get("life-expectancy-female", ENGLAND).value, 83.1);
        let swindon = get("life-expectancy-male", SWINDON);
        assert_eq!(
            (swindon.value, swindon.lower, swindon.upper),
            (79.6, Some(79.2), Some(80.1))
        );
        assert_eq!(swindon.period, "2021-23");
        assert_eq!(get("life-expectancy-female", BSW).value, 84.4);
    }

    /// ONS personal well-being and OHID's early diagnosis figures as published: England's
    /// cancers at stage 1 or 2 were 54.4% in 2021 (GOV.UK Ethnicity facts and figures, "Early
    /// cancer diagnosis").
    fn mappings() -> Vec<WiderMapping> {
        read_mappings(&raw(RAW_MAPPINGS)).unwrap()
    }

    #[test]
    fn a_mapping_cannot_leave_its_folder() {
        let e = read_mappings("file,raw_name,indicator,source\n../x.csv,a,b,c\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("mappings.csv:2"), "{e}");
    }

    #[test]
    fn wider_determinants_read_with_their_intervals() {
        let m = mappings();
        let cancer = m
            .iter()
            .find(|x| x.indicator == "cancer-early-stage")
            .unwrap();
        let s = read_wider(cancer, &raw(&cancer.file), &AREAS).unwrap();
        let england = s.iter().find(|x| x.area == ENGLAND).unwrap();
        let y2021 = england.points.iter().find(|p| p.period == "2021").unwrap();
        assert_eq!(y2021.value, 54.42);
        assert!(y2021.lower.is_some() && y2021.upper.is_some());
        let poverty = m
            .iter()
            .find(|x| x.indicator == "children-low-income-bhc")
            .unwrap();
        let s = read_wider(poverty, &raw(&poverty.file), &AREAS).unwrap();
        assert!(
            s.iter().all(|x| x.area != ENGLAND && x.area != BSW),
            "no England or BSW rows"
        );
        let swindon = s.iter().find(|x| x.area == SWINDON).unwrap();
        assert_eq!(
            swindon.points.last().map(|p| (p.period.as_str(), p.value)),
            Some(("2024/25", 16.03))
        );
    }
}
