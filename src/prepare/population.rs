//! `data/population.json` from the ONS mid-year estimates and projections
//! (`raw/ons-population-mye-snpp/population_bsw_2000_2043.csv`, with the 2022-based projection
//! of [`projection_2022`]). Indicators and sources come from the catalogue (`raw/catalogue/`).

use crate::model::{Point, Series, Status, ThemeData, FORMAT_VERSION};
use crate::prepare::common::{push_point, SeriesKey};
use crate::prepare::projection_2022;
use crate::prepare::table::RawTable;
use crate::prepare::PrepareError;

/// The raw file, relative to `raw/`.
pub const RAW_FILE: &str = "ons-population-mye-snpp/population_bsw_2000_2043.csv";

/// Source id of the mid-year estimates.
pub const SOURCE_MYE: &str = "ons-mye";
/// Source id of the 2018-based projections.
pub const SOURCE_SNPP: &str = "ons-snpp-2018";

/// A population indicator read from one column of the raw file (its title, definition and
/// source are in the catalogue, `raw/catalogue/`).
struct Column {
    id: &'static str,
    column: &'static str,
    /// When set, the value is shown as a percentage of the total population.
    share: bool,
}

const COLUMNS: [Column; 9] = [
    Column {
        id: "population-total",
        column: "total",
        share: false,
    },
    Column {
        id: "population-aged-0-15",
        column: "age_0_15",
        share: false,
    },
    Column {
        id: "population-aged-16-64",
        column: "age_16_64",
        share: false,
    },
    Column {
        id: "population-aged-65-plus",
        column: "age_65_plus",
        share: false,
    },
    Column {
        id: "population-aged-75-plus",
        column: "age_75_plus",
        share: false,
    },
    Column {
        id: "population-aged-85-plus",
        column: "age_85_plus",
        share: false,
    },
    Column {
        id: "share-aged-65-plus",
        column: "age_65_plus",
        share: true,
    },
    Column {
        id: "share-aged-75-plus",
        column: "age_75_plus",
        share: true,
    },
    Column {
        id: "share-aged-85-plus",
        column: "age_85_plus",
        share: true,
    },
];

/// The indicator that keeps the 2018-based projection, as an earlier edition to compare.
pub const EARLIER_EDITION: &str = "population-total-2018-based";

/// Builds the bundled population theme: the estimates of [`RAW_FILE`] with the ONS 2022-based
/// projection ([`projection_2022::RAW_FILE`]) for the three places and BSW. The 2018-based
/// projection moves to an indicator of its own ([`EARLIER_EDITION`], completed from the
/// catalogue), with the estimates, so that the two editions are never mixed in one chart.
pub fn build_bundled(mye_csv: &str, snpp2022_csv: &str) -> Result<ThemeData, PrepareError> {
    let mut data = build_from(RAW_FILE, mye_csv)?;
    let earlier: Vec<Series> = data
        .series
        .iter()
        .filter(|s| s.indicator == "population-total")
        .map(|s| Series {
            indicator: EARLIER_EDITION.into(),
            ..s.clone()
        })
        .collect();
    data.series.retain(|s| s.source != SOURCE_SNPP);
    let last_estimate = data
        .series
        .iter()
        .flat_map(|s| s.points.iter())
        .filter_map(|p| p.period.parse::<i32>().ok())
        .max()
        .unwrap_or(i32::MAX);
    data.series
        .extend(projection_2022::build(snpp2022_csv, last_estimate)?);
    data.series.extend(earlier);
    Ok(data)
}

/// Builds the population theme from sample CSV text in the format of [`RAW_FILE`] (for tests),
/// with the indicators and sources of the bundled catalogue.
#[cfg(test)]
pub fn build(csv_text: &str) -> Result<ThemeData, PrepareError> {
    let mut data = build_from(RAW_FILE, csv_text)?;
    crate::prepare::catalogue::Catalogue::bundled()?.complete(&mut data)?;
    crate::prepare::common::sort_series(&mut data.series, &data.indicators);
    Ok(data)
}

/// Builds the population theme from the CSV text of `raw/<raw_file>` (any areas it lists).
pub fn build_from(raw_file: &str, csv_text: &str) -> Result<ThemeData, PrepareError> {
    let file = format!("raw/{raw_file}");
    let raw = RawTable::parse(&file, csv_text)?;
    let area = raw.column("area_code")?;
    let year = raw.column("year")?;
    let series_col = raw.column("series")?;
    let total = raw.column("total")?;
    let columns = COLUMNS
        .iter()
        .map(|c| raw.column(c.column))
        .collect::<Result<Vec<_>, _>>()?;

    let mut series: Vec<Series> = Vec::new();
    for row in &raw.table.rows {
        let (status, source) = match raw.text(row, series_col) {
            "mye" => (Status::Actual, SOURCE_MYE),
            "snpp2018" => (Status::Projection, SOURCE_SNPP),
            other => {
                return Err(PrepareError::BadValue {
                    file,
                    line: row.line,
                    message: format!("unknown series \"{other}\" (expected mye or snpp2018)"),
                })
            }
        };
        let code = raw.text(row, area);
        let period = raw.text(row, year).to_owned();
        let all = raw.number(row, total)?;
        for (c, &index) in COLUMNS.iter().zip(&columns) {
            let count = raw.number(row, index)?;
            let point = if c.share {
                let share = (1000.0 * count / all).round() / 10.0;
                Point {
                    count: Some(count),
                    denominator: Some(all),
                    ..Point::new(period.clone(), share)
                }
            } else {
                Point::new(period.clone(), count)
            };
            let key = SeriesKey {
                indicator: c.id,
                area: code,
                source,
                status,
            };
            push_point(&mut series, key, point);
        }
    }

    Ok(ThemeData {
        format_version: FORMAT_VERSION,
        theme: "population".into(),
        sources: Vec::new(),
        indicators: Vec::new(),
        series,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "area_code,area_name,area_type,year,series,variant,total,males,females,age_0_15,age_0_17,age_16_64,age_18_64,age_65_plus,age_75_plus,age_85_plus,pct_65_plus\n\
E06000030,Swindon,unitary,2023,mye,v0,238416,118574,119842,47368,52984,152231,146615,38817,18409,5065,16.28\n\
E06000030,Swindon,unitary,2024,snpp2018,v1,231022,115870,115152,45531,51344,144926,139113,40565,19170,5192,17.56\n";

    #[test]
    fn estimates_and_projections_become_separate_series() {
        let data = build(SAMPLE).unwrap();
        let total: Vec<_> = data.series_for("population-total", "E06000030");
        assert_eq!(total.len(), 2);
        assert_eq!(total[0].status, Status::Actual);
        assert_eq!(total[0].source, SOURCE_MYE);
        assert_eq!(total[0].points, [Point::new("2023", 238_416.0)]);
        assert_eq!(total[1].status, Status::Projection);
        assert_eq!(total[1].points[0].value, 231_022.0);
    }

    #[test]
    fn shares_are_percentages_of_the_total_with_their_count_and_denominator() {
        let data = build(SAMPLE).unwrap();
        let share = data.series_for("share-aged-65-plus", "E06000030")[0];
        assert_eq!(share.points[0].value, 16.3);
        assert_eq!(share.points[0].count, Some(38_817.0));
        assert_eq!(share.points[0].denominator, Some(238_416.0));
    }

    #[test]
    fn a_bad_number_names_file_line_and_column() {
        let bad = SAMPLE.replace("238416", "23x416");
        let err = build(&bad).unwrap_err().to_string();
        assert!(err.contains("population_bsw_2000_2043.csv:2"), "{err}");
        assert!(err.contains("\"total\""), "{err}");
    }
}
