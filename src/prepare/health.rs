//! `data/health-inequalities.json`: healthy life expectancy, smoking, obesity, preventable
//! cardiovascular deaths (ONS, OHID), the 2020 Fingertips snapshot (slope index of inequality,
//! self-harm, child excess weight), child obesity 2022/23 (NCMP) and the indices of deprivation.

use crate::model::period::PeriodType;
use crate::model::{
    Indicator, Point, Polarity, Series, Source, Status, ThemeData, ValueType, FORMAT_VERSION,
};
use crate::prepare::areas::{BANES, ENGLAND, SOUTH_WEST, SWINDON, WILTSHIRE};
use crate::prepare::common::{indicator, push_point, sort_series, source, SeriesKey};
use crate::prepare::els::{read_els, ElsMapping};
use crate::prepare::table::RawTable;
use crate::prepare::PrepareError;

/// ELS tidy file of the four main indicators, relative to `raw/`.
pub const RAW_ELS: &str = "health-indicators-la/health_indicators_bsw.csv";
/// NCMP 2022/23 child obesity.
pub const RAW_NCMP: &str = "health-indicators-la/child_obesity_ncmp_2022-23_bsw.csv";
/// The 2020 Fingertips snapshot files and the indicator each holds.
pub const RAW_FINGERTIPS: [(&str, &str); 4] = [
    (
        "health-indicators-la/fingertips_snapshot_2020/slope_index_of_inequality_bsw.csv",
        "sii-life-expectancy",
    ),
    (
        "health-indicators-la/fingertips_snapshot_2020/admissions_self_harm_bsw.csv",
        "self-harm-admissions",
    ),
    (
        "health-indicators-la/fingertips_snapshot_2020/excess_weight_reception_bsw.csv",
        "excess-weight-reception",
    ),
    (
        "health-indicators-la/fingertips_snapshot_2020/excess_weight_year6_bsw.csv",
        "excess-weight-year6",
    ),
];
/// Indices of deprivation 2019 and 2025.
pub const RAW_IMD: &str = "imd-la/iod_lad_bsw_2019_2025.csv";

const AREAS: [&str; 5] = [BANES, SWINDON, WILTSHIRE, SOUTH_WEST, ENGLAND];
const NOT_RECORDED: &str = "The extract does not record the date of publication.";

fn sources() -> Vec<Source> {
    vec![
        source("ons-hle", "Office for National Statistics", "Health state life expectancies in the UK",
            "Healthy life expectancy at birth by sex, local authorities, 3-year periods 2011-13 to 2022-24, via ONS Explore Local Statistics (explore-local-statistics-data, commit 4972c58)",
            Some("https://www.ons.gov.uk/peoplepopulationandcommunity/healthandsocialcare/healthandlifeexpectancies"), None,
            Some("95% confidence intervals as published. The extract does not record the date of publication.")),
        source("ons-aps-smoking", "Office for National Statistics", "Adult smoking habits in the UK (Annual Population Survey)",
            "Adults aged 18 and over who currently smoke cigarettes, 2012 to 2023, via ONS Explore Local Statistics (explore-local-statistics-data, commit fdece5d)",
            Some("https://www.ons.gov.uk/peoplepopulationandcommunity/healthandsocialcare/healthandlifeexpectancies/datasets/smokinghabitsintheukanditsconstituentcountries"), None,
            Some("Survey estimates: confidence intervals for local authorities are wide (Swindon 2022: 9.5%, roughly 6.5% to 12.5%). The extract does not record the date of publication.")),
        source("ohid-adult-obesity", "Office for Health Improvement and Disparities", "Public Health Outcomes Framework: obesity prevalence in adults (Active Lives Adult Survey)",
            "Percentage of adults aged 18 and over classified as obese, 2015/16 to 2024/25, via ONS Explore Local Statistics (explore-local-statistics-data, commit 4972c58)",
            Some("https://fingertips.phe.org.uk/profile/public-health-outcomes-framework"), None,
            Some("Survey years run from mid-November to mid-November and are written 2015/16 and so on. The extract does not record the date of publication.")),
        source("ohid-preventable-cvd", "Office for Health Improvement and Disparities", "Under 75 mortality rate from cardiovascular disease considered preventable",
            "Directly age-standardised rate per 100,000, 3-year periods 2001-03 to 2022-24, via ONS Explore Local Statistics (explore-local-statistics-data, commit 4972c58)",
            Some("https://fingertips.phe.org.uk/profile/public-health-outcomes-framework"), None, Some(NOT_RECORDED)),
        source("phe-fingertips-2020", "Public Health England", "Fingertips public health profiles (extract made by Trafford Data Lab in 2019/20)",
            "Slope index of inequality in life expectancy at birth (PHOF 0.2iii, 2010-12 to 2015-17); emergency admissions for intentional self-harm (2010/11 to 2017/18); excess weight in Reception and Year 6 (NCMP, 2006/07 to 2017/18) (traffordDataLab/dashboard, commit 83e9bc0)",
            Some("https://fingertips.phe.org.uk/"), None,
            Some("An old vintage: later Fingertips releases revised the self-harm method, so these figures must not be joined to newer ones. 'Compared with England' notes give Fingertips' own significance test. The extract does not record the date of publication.")),
        source("nhse-ncmp-2022-23", "NHS England", "National Child Measurement Programme, England, 2022/23 school year",
            "Obesity prevalence (including severe obesity) in Reception (age 4 to 5) and Year 6 (age 10 to 11), via the ONS Subnational Indicators Explorer (ONSvisual/subnational-indicators, commit b192337)",
            Some("https://digital.nhs.uk/data-and-information/publications/statistical/national-child-measurement-programme"), Some("2024-03"),
            Some("The date is that of the Subnational Indicators Explorer release that carried these figures. The extract has no England figure.")),
        source("mhclg-iod2019", "Ministry of Housing, Communities and Local Government", "English indices of deprivation 2019",
            "File 10: local authority district summaries, Index of Multiple Deprivation (traffordDataLab/open_data, commit a33a7d9)",
            Some("https://www.gov.uk/government/statistics/english-indices-of-deprivation-2019"), Some("2019-09-26"), None),
        source("mhclg-iod2025", "Ministry of Housing, Communities and Local Government", "English indices of deprivation 2025",
            "Local authority district summaries, Index of Multiple Deprivation (traffordDataLab/open_data, commit a33a7d9)",
            Some("https://www.gov.uk/government/statistics/english-indices-of-deprivation-2025"), Some("2025-10-30"), None),
    ]
}

fn indicators() -> Vec<Indicator> {
    use PeriodType::{CalendarYear, FinancialYear, PooledYears};
    use Polarity::{HigherIsBetter, LowerIsBetter};
    use ValueType::{Percent, RatePer100k, Score, Years};
    let mut list = vec![
        indicator("hle-female", "Healthy life expectancy, women", "How many years a newborn girl can expect to live in good health, at the health of the area's women in the period.", "years", Years, HigherIsBetter, PooledYears),
        indicator("hle-male", "Healthy life expectancy, men", "How many years a newborn boy can expect to live in good health, at the health of the area's men in the period.", "years", Years, HigherIsBetter, PooledYears),
        indicator("sii-life-expectancy-female", "Gap in life expectancy, women (slope index)", "The slope index of inequality: the gap in life expectancy at birth between the most and the least deprived women in the area, estimated across all deprivation levels.", "years", Years, LowerIsBetter, PooledYears),
        indicator("sii-life-expectancy-male", "Gap in life expectancy, men (slope index)", "The slope index of inequality: the gap in life expectancy at birth between the most and the least deprived men in the area, estimated across all deprivation levels.", "years", Years, LowerIsBetter, PooledYears),
        indicator("smoking-prevalence", "Adults who smoke", "Percentage of adults aged 18 and over who currently smoke cigarettes.", "% of adults", Percent, LowerIsBetter, CalendarYear),
        indicator("adult-obesity", "Adults living with obesity", "Percentage of adults aged 18 and over with a body mass index of 30 or more.", "% of adults", Percent, LowerIsBetter, FinancialYear),
        indicator("preventable-cvd-mortality", "Preventable deaths from heart and circulatory disease, under 75s", "Deaths under 75 from cardiovascular disease that are considered preventable, per 100,000 people, age-standardised so that areas with older populations can be compared fairly.", "per 100,000 people", RatePer100k, LowerIsBetter, PooledYears),
        indicator("self-harm-admissions", "Emergency admissions for self-harm", "Emergency hospital admissions for intentional self-harm per 100,000 people, age-standardised.", "per 100,000 people", RatePer100k, LowerIsBetter, FinancialYear),
        indicator("excess-weight-reception", "Children overweight or obese at age 4 to 5", "Percentage of children in Reception (age 4 to 5) measured as overweight or obese.", "% of children", Percent, LowerIsBetter, FinancialYear),
        indicator("excess-weight-year6", "Children overweight or obese at age 10 to 11", "Percentage of children in Year 6 (age 10 to 11) measured as overweight or obese.", "% of children", Percent, LowerIsBetter, FinancialYear),
        indicator("child-obesity-reception", "Children living with obesity at age 4 to 5", "Percentage of children in Reception (age 4 to 5) measured as obese, including severe obesity.", "% of children", Percent, LowerIsBetter, FinancialYear),
        indicator("child-obesity-year6", "Children living with obesity at age 10 to 11", "Percentage of children in Year 6 (age 10 to 11) measured as obese, including severe obesity.", "% of children", Percent, LowerIsBetter, FinancialYear),
        indicator("imd-average-score", "Deprivation score (IMD)", "The Index of Multiple Deprivation average score of the area's neighbourhoods, weighted by population: higher means more deprived.", "score", Score, LowerIsBetter, CalendarYear),
        indicator("imd-rank", "Deprivation rank (IMD)", "The area's rank among English local authority districts by average deprivation score: rank 1 is the most deprived.", "rank", Score, HigherIsBetter, CalendarYear),
        indicator("imd-most-deprived-decile", "Neighbourhoods among England's most deprived 10%", "Percentage of the area's neighbourhoods (LSOAs) that are among the 10% most deprived in England.", "% of neighbourhoods", Percent, LowerIsBetter, CalendarYear),
    ];
    for i in &mut list {
        if i.id == "imd-rank" {
            i.decimals = Some(0);
            i.note = Some("Out of 317 districts in 2019 and 296 in 2025. Ranks are relative and the two editions differ in method and geography, so they are not strictly comparable.".into());
        }
        if i.id.starts_with("imd-") && i.id != "imd-rank" {
            i.note = Some("The 2019 and 2025 editions differ in method and geography (2011 and 2021 neighbourhoods), so compare them with care.".into());
        }
    }
    list
}

/// Adds a measured value.
fn push_actual(series: &mut Vec<Series>, indicator: &str, area: &str, source: &str, point: Point) {
    let key = SeriesKey {
        indicator,
        area,
        source,
        status: Status::Actual,
    };
    push_point(series, key, point);
}

fn read_fingertips(
    file: &str,
    text: &str,
    indicator: &str,
    out: &mut Vec<Series>,
) -> Result<(), PrepareError> {
    let raw = RawTable::parse(file, text)?;
    let (area, period, value, significance) = (
        raw.column("area_code")?,
        raw.column("period")?,
        raw.column("value")?,
        raw.column("significance")?,
    );
    let group = raw.table.column("group");
    for row in &raw.table.rows {
        if raw.text(row, value) == "NA" {
            continue;
        }
        let id = match group.map(|g| raw.text(row, g)) {
            Some("Male") => format!("{indicator}-male"),
            Some("Female") => format!("{indicator}-female"),
            Some(other) => {
                return Err(PrepareError::BadValue {
                    file: file.into(),
                    line: row.line,
                    message: format!("unexpected group \"{other}\""),
                })
            }
            None => indicator.to_owned(),
        };
        let mut point = Point::new(raw.text(row, period), raw.number(row, value)?);
        let sig = raw.text(row, significance);
        if !sig.is_empty() && sig != "Not compared" {
            point.note = Some(format!(
                "Compared with England: {} (Fingertips)",
                sig.to_lowercase()
            ));
        }
        push_actual(out, &id, raw.text(row, area), "phe-fingertips-2020", point);
    }
    Ok(())
}

fn read_ncmp(file: &str, text: &str, out: &mut Vec<Series>) -> Result<(), PrepareError> {
    let raw = RawTable::parse(file, text)?;
    let (area, name, period, value) = (
        raw.column("areacd")?,
        raw.column("indicator")?,
        raw.column("period")?,
        raw.column("value")?,
    );
    for row in &raw.table.rows {
        let indicator = match raw.text(row, name) {
            n if n.contains("reception") => "child-obesity-reception",
            n if n.contains("Year 6") => "child-obesity-year6",
            other => {
                return Err(PrepareError::BadValue {
                    file: file.into(),
                    line: row.line,
                    message: format!("unexpected indicator \"{other}\""),
                })
            }
        };
        let v = (raw.number(row, value)? * 10.0).round() / 10.0;
        push_actual(
            out,
            indicator,
            raw.text(row, area),
            "nhse-ncmp-2022-23",
            Point::new(raw.text(row, period), v),
        );
    }
    Ok(())
}

/// Reads the Index of Multiple Deprivation rows of an IoD summary file into `out` (average
/// score, rank of average score, share of neighbourhoods in the most deprived decile).
pub fn read_imd(file: &str, text: &str, out: &mut Vec<Series>) -> Result<(), PrepareError> {
    let raw = RawTable::parse(file, text)?;
    let (area, year, domain) = (
        raw.column("area_code")?,
        raw.column("iod_year")?,
        raw.column("index_domain")?,
    );
    let (score, rank, decile) = (
        raw.column("average_score")?,
        raw.column("rank_average_score")?,
        raw.column("proportion_bottom_decile")?,
    );
    for row in raw
        .table
        .rows
        .iter()
        .filter(|r| raw.text(r, domain) == "Index of Multiple Deprivation")
    {
        let y = raw.text(row, year);
        let source = match y {
            "2019" => "mhclg-iod2019",
            "2025" => "mhclg-iod2025",
            other => {
                return Err(PrepareError::BadValue {
                    file: file.into(),
                    line: row.line,
                    message: format!("unexpected edition \"{other}\""),
                })
            }
        };
        let code = raw.text(row, area);
        push_actual(
            out,
            "imd-average-score",
            code,
            source,
            Point::new(y, raw.number(row, score)?),
        );
        push_actual(
            out,
            "imd-rank",
            code,
            source,
            Point::new(y, raw.number(row, rank)?),
        );
        let share = (raw.number(row, decile)? * 1000.0).round() / 10.0;
        push_actual(
            out,
            "imd-most-deprived-decile",
            code,
            source,
            Point::new(y, share),
        );
    }
    Ok(())
}

/// Some figures carry binary noise (100.15675999999999): keeps 2 decimals. Rounding value
/// and limits alike keeps each interval around its value.
pub fn round_to_hundredths(series: &mut [Series]) {
    for s in series {
        for p in &mut s.points {
            p.value = (p.value * 100.0).round() / 100.0;
            p.lower = p.lower.map(|v| (v * 100.0).round() / 100.0);
            p.upper = p.upper.map(|v| (v * 100.0).round() / 100.0);
        }
    }
}

/// The raw texts the health theme is built from.
pub struct HealthRaw<'a> {
    /// [`RAW_ELS`].
    pub els: &'a str,
    /// [`RAW_NCMP`].
    pub ncmp: &'a str,
    /// The texts of [`RAW_FINGERTIPS`], in the same order.
    pub fingertips: [&'a str; 4],
    /// [`RAW_IMD`].
    pub imd: &'a str,
}

/// How the ONS Explore Local Statistics health indicators map to the explorer's.
pub const ELS_MAPPINGS: [ElsMapping; 5] = [
    ElsMapping {
        raw_name: "Female healthy life expectancy",
        indicator: "hle-female",
        source: "ons-hle",
    },
    ElsMapping {
        raw_name: "Male healthy life expectancy",
        indicator: "hle-male",
        source: "ons-hle",
    },
    ElsMapping {
        raw_name: "Adults that currently smoke cigarettes",
        indicator: "smoking-prevalence",
        source: "ons-aps-smoking",
    },
    ElsMapping {
        raw_name: "Adult obesity prevalence",
        indicator: "adult-obesity",
        source: "ohid-adult-obesity",
    },
    ElsMapping {
        raw_name: "Preventable cardiovascular mortality (England)",
        indicator: "preventable-cvd-mortality",
        source: "ohid-preventable-cvd",
    },
];

/// Builds the health inequalities theme (public series only).
pub fn build(raw: &HealthRaw<'_>) -> Result<ThemeData, PrepareError> {
    let indicators = indicators();
    let mut series = read_els(&format!("raw/{RAW_ELS}"), raw.els, &ELS_MAPPINGS, &AREAS)?;
    round_to_hundredths(&mut series);
    for ((file, indicator), text) in RAW_FINGERTIPS.iter().zip(raw.fingertips) {
        read_fingertips(&format!("raw/{file}"), text, indicator, &mut series)?;
    }
    read_ncmp(&format!("raw/{RAW_NCMP}"), raw.ncmp, &mut series)?;
    read_imd(&format!("raw/{RAW_IMD}"), raw.imd, &mut series)?;
    sort_series(&mut series, &indicators);
    Ok(ThemeData {
        format_version: FORMAT_VERSION,
        theme: "health-inequalities".into(),
        sources: sources(),
        indicators,
        series,
    })
}
