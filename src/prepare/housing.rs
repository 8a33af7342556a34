//! `data/housing.json`: net additional dwellings and affordability (DLUHC/MHCLG, ONS), plus
//! the planned growth quoted in the board papers (added by [`crate::prepare::seeds`]).

use crate::model::period::PeriodType;
use crate::model::{Point, Polarity, Series, Source, Status, ThemeData, ValueType, FORMAT_VERSION};
use crate::prepare::areas::{BANES, ENGLAND, SOUTH_WEST, SWINDON, WILTSHIRE};
use crate::prepare::common::{indicator, sort_series, source};
use crate::prepare::els::{read_els, ElsMapping};
use crate::prepare::table::RawTable;
use crate::prepare::PrepareError;

/// Raw files, relative to `raw/`.
pub const RAW_ELS: &str = "housing-la/housing_bsw.csv";
/// Net additional dwellings in 2019-20 (counts).
pub const RAW_COUNTS: &str = "housing-la/net_additional_dwellings_count_2019-20_bsw.csv";

const AREAS: [&str; 5] = [BANES, SWINDON, WILTSHIRE, SOUTH_WEST, ENGLAND];

fn sources() -> Vec<Source> {
    vec![
        source(
            "mhclg-net-additions",
            "Department for Levelling Up, Housing and Communities (now Ministry of Housing, Communities and Local Government)",
            "Housing supply: net additional dwellings, England",
            "Net additions to the housing stock per 1,000 dwellings (Live Table 122 basis), 2001/02 to 2024/25, via ONS Explore Local Statistics (explore-local-statistics-data, commit 4972c58)",
            Some("https://www.gov.uk/government/statistical-data-sets/live-tables-on-housing-supply-net-additional-dwellings"),
            None,
            Some("Rates are rounded to whole numbers in the source, so each is uncertain by up to 0.5 per 1,000 dwellings (about 125 homes a year in Wiltshire). Wiltshire's series in the extract starts in 2010/11. The extract does not record the date of publication."),
        ),
        source(
            "ons-affordability",
            "Office for National Statistics",
            "House price to residence-based earnings ratio",
            "Ratio of median house price to median gross annual residence-based earnings, 2002 to 2025, via ONS Explore Local Statistics (explore-local-statistics-data, commit 4972c58)",
            Some("https://www.ons.gov.uk/peoplepopulationandcommunity/housing/datasets/ratioofhousepricetoresidencebasedearningslowerquartileandmedian"),
            None,
            Some("The extract stamps each ratio with 1 April of the year shown; whether that year is the year the prices and earnings refer to or the year of release was not checked, so read the years with care. The extract's unit field wrongly says 'Percentage': the figures are ratios. The extract does not record the date of publication."),
        ),
        source(
            "ons-subnational-indicators-2021",
            "Office for National Statistics",
            "Subnational Indicators Explorer (December 2021 release)",
            "Net additions to the housing stock, measure 'Houses', 2019-20 (ONSvisual/subnational-indicators, commit d4cd9b0)",
            Some("https://www.ons.gov.uk/explore-local-statistics/"),
            Some("2021-12"),
            Some("Counts for 2019/20 only; the extract has no England total."),
        ),
    ]
}

/// How the ONS Explore Local Statistics housing indicators map to the explorer's.
pub const ELS_MAPPINGS: [ElsMapping; 2] = [
    ElsMapping {
        raw_name: "Net additions to the housing stock (England)",
        indicator: "net-additions-per-1000",
        source: "mhclg-net-additions",
    },
    ElsMapping {
        raw_name: "Housing affordability ratio (residence-based)",
        indicator: "affordability-ratio",
        source: "ons-affordability",
    },
];

/// Builds the housing theme (public series only).
pub fn build(els_text: &str, counts_text: &str) -> Result<ThemeData, PrepareError> {
    let mut net = indicator(
        "net-additions-per-1000",
        "Net additional homes per 1,000 homes",
        "New homes added to the housing stock in the year (new builds, conversions and changes of use, less demolitions) for every 1,000 homes already there.",
        "per 1,000 homes",
        ValueType::RatePer1000,
        Polarity::Neither,
        PeriodType::FinancialYear,
    );
    net.decimals = Some(0);
    let mut afford = indicator(
        "affordability-ratio",
        "House prices compared with earnings",
        "Median house price divided by the median yearly earnings of people who live in the area. A ratio of 10 means a typical home costs ten years' typical earnings; higher is less affordable.",
        "ratio",
        ValueType::Ratio,
        Polarity::LowerIsBetter,
        PeriodType::CalendarYear,
    );
    afford.note = Some("Years as labelled in the extract; see the source note.".into());
    let counts = indicator(
        "net-additional-homes",
        "Net additional homes",
        "Number of homes added to the housing stock in the year, less demolitions.",
        "homes",
        ValueType::Count,
        Polarity::Neither,
        PeriodType::FinancialYear,
    );
    let indicators = vec![net, afford, counts];

    let mut series = read_els(&format!("raw/{RAW_ELS}"), els_text, &ELS_MAPPINGS, &AREAS)?;

    let file = format!("raw/{RAW_COUNTS}");
    let raw = RawTable::parse(&file, counts_text)?;
    let (area, period, value) = (
        raw.column("areacd")?,
        raw.column("period")?,
        raw.column("net_additional_dwellings")?,
    );
    for row in &raw.table.rows {
        let label = raw.text(row, period);
        if label != "2019-20" {
            return Err(PrepareError::BadValue {
                file,
                line: row.line,
                message: format!("unexpected period \"{label}\" (expected 2019-20)"),
            });
        }
        series.push(Series {
            indicator: "net-additional-homes".into(),
            area: raw.text(row, area).into(),
            source: "ons-subnational-indicators-2021".into(),
            status: Status::Actual,
            note: None,
            points: vec![Point::new("2019/20", raw.number(row, value)?)],
        });
    }
    sort_series(&mut series, &indicators);
    Ok(ThemeData {
        format_version: FORMAT_VERSION,
        theme: "housing".into(),
        sources: sources(),
        indicators,
        series,
    })
}
