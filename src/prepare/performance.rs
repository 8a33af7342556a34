//! `data/performance.json`: A&E 4-hour performance by trust (RUH Bath, Great Western,
//! Salisbury), for the BSW integrated care board and for England (NHS England monthly
//! statistics), with the national standard and interim ambitions.

use crate::model::period::PeriodType;
use crate::model::{
    Point, Polarity, Series, Source, Standard, Status, ThemeData, ValueType, FORMAT_VERSION,
};
use crate::prepare::areas::{BSW, ENGLAND};
use crate::prepare::common::{indicator, push_point, sort_series, source, SeriesKey};
use crate::prepare::table::RawTable;
use crate::prepare::PrepareError;
use std::collections::BTreeMap;

/// Monthly figures of the three BSW trusts, relative to `raw/`.
pub const RAW_TRUSTS: &str = "nhs-ae-4hr/ae_4hr_bsw_trusts_monthly.csv";
/// Monthly figures of every integrated care board.
pub const RAW_ICBS: &str = "nhs-ae-4hr/ae_monthly_icb_england_2022-04_2025-07.csv";

fn sources() -> Vec<Source> {
    vec![
        source("nhse-ae-2016-19", "NHS England", "A&E Attendances and Emergency Admissions (monthly statistics)",
            "Attendances and attendances over 4 hours by provider, all department types summed, April 2016 to March 2019, via NHS-R Community NHSRdatasets::ae_attendances (commit 7fe35a5)",
            Some("https://www.england.nhs.uk/statistics/statistical-work-areas/ae-waiting-times-and-activity/"), None,
            Some("Percentage within 4 hours computed as 100 × (1 − over 4 hours ÷ attendances). The extract does not record the dates of the monthly publications.")),
        source("nhse-ae-2021-25", "NHS England", "A&E Attendances and Emergency Admissions (monthly statistics)",
            "Total attendances and attendances over 4 hours by provider and by integrated care board, April 2021 to July 2025, via humaniverse/healthyr (commit ed2003e)",
            Some("https://www.england.nhs.uk/statistics/statistical-work-areas/ae-waiting-times-and-activity/"), None,
            Some("Percentage within 4 hours computed as 100 × (1 − over 4 hours ÷ attendances). No figures for April 2019 to March 2021 are in the extracts. Some sites under-reported after the August 2022 cyber-attack. England is the sum of the 42 integrated care boards in the extract (April 2022 onwards). The extract does not record the dates of the monthly publications.")),
        source("nhs-constitution-ae", "Department of Health and Social Care", "Handbook to the NHS Constitution for England",
            "Operational standard: 95% of patients attending A&E admitted, transferred or discharged within 4 hours",
            Some("https://www.gov.uk/government/publications/supplements-to-the-nhs-constitution-for-england"), None,
            Some("The standard as stated in the notes of this explorer's A&E data source; the date of the handbook edition is not recorded here.")),
        source("nhse-planning-ambition", "NHS England", "Priorities and operational planning guidance",
            "Urgent and emergency care: interim ambitions of 76% of A&E attendances within 4 hours in March 2025 and 78% in March 2026",
            Some("https://www.england.nhs.uk/operational-planning-and-contracting/"), None,
            Some("The ambitions as stated in the notes of this explorer's A&E data source (76% for March 2025; 78% for 2025/26, shown at March 2026); the dates of the guidance documents are not recorded here.")),
    ]
}

/// The three acute trusts serving BSW, by ODS code.
pub const TRUSTS: [&str; 3] = ["RD1", "RN3", "RNZ"];

fn percent_within(total: f64, over: f64) -> f64 {
    (10000.0 * (1.0 - over / total)).round() / 100.0
}

/// Adds one month of one area: the percentage within 4 hours (with its count and denominator)
/// and the number of attendances.
fn add_month(
    series: &mut Vec<Series>,
    area: &str,
    source: &str,
    month: &str,
    total: f64,
    over: f64,
) {
    let key = |indicator| SeriesKey {
        indicator,
        area,
        source,
        status: Status::Actual,
    };
    let within = Point {
        count: Some(total - over),
        denominator: Some(total),
        ..Point::new(month, percent_within(total, over))
    };
    push_point(series, key("ae-4hr"), within);
    push_point(series, key("ae-attendances"), Point::new(month, total));
}

/// Builds the performance theme (public series only).
pub fn build(trusts_text: &str, icbs_text: &str) -> Result<ThemeData, PrepareError> {
    let mut ae = indicator(
        "ae-4hr",
        "A&E patients seen within 4 hours",
        "Percentage of A&E attendances (all types of department) where the patient was admitted, transferred or discharged within 4 hours of arriving.",
        "% of attendances",
        ValueType::Percent,
        Polarity::HigherIsBetter,
        PeriodType::Month,
    );
    ae.standards = vec![Standard {
        value: 95.0,
        label: "95% national standard".into(),
        source: "nhs-constitution-ae".into(),
    }];
    let attendances = indicator(
        "ae-attendances",
        "A&E attendances",
        "Number of attendances at A&E departments of all types in the month.",
        "attendances",
        ValueType::Count,
        Polarity::Neither,
        PeriodType::Month,
    );
    let indicators = vec![ae, attendances];
    let mut series: Vec<Series> = Vec::new();
    let file = format!("raw/{RAW_TRUSTS}");
    let raw = RawTable::parse(&file, trusts_text)?;
    let (month, code, total, over) = (
        raw.column("month")?,
        raw.column("nhs_trust_code")?,
        raw.column("total_attendances")?,
        raw.column("attendances_over_4hours")?,
    );
    for row in &raw.table.rows {
        let m = raw.text(row, month);
        let source = if m < "2020-01" {
            "nhse-ae-2016-19"
        } else {
            "nhse-ae-2021-25"
        };
        let (t, o) = (raw.number(row, total)?, raw.number(row, over)?);
        add_month(&mut series, raw.text(row, code), source, m, t, o);
    }

    let file = format!("raw/{RAW_ICBS}");
    let raw = RawTable::parse(&file, icbs_text)?;
    let (month, code, total, over) = (
        raw.column("month")?,
        raw.column("icb22_code")?,
        raw.column("total_attendances")?,
        raw.column("attendances_over_4hours")?,
    );
    let mut england: BTreeMap<String, (f64, f64, usize)> = BTreeMap::new();
    for row in &raw.table.rows {
        let m = raw.text(row, month).to_owned();
        let (t, o) = (raw.number(row, total)?, raw.number(row, over)?);
        let e = england.entry(m.clone()).or_insert((0.0, 0.0, 0));
        *e = (e.0 + t, e.1 + o, e.2 + 1);
        if raw.text(row, code) == BSW {
            add_month(&mut series, BSW, "nhse-ae-2021-25", &m, t, o);
        }
    }
    for (m, (t, o, boards)) in england {
        if boards != 42 {
            return Err(PrepareError::BadValue {
                file: file.clone(),
                line: 0,
                message: format!(
                    "{m} has {boards} integrated care boards, not 42: England cannot be summed"
                ),
            });
        }
        add_month(&mut series, ENGLAND, "nhse-ae-2021-25", &m, t, o);
    }
    let target = SeriesKey {
        indicator: "ae-4hr",
        area: ENGLAND,
        source: "nhse-planning-ambition",
        status: Status::Target,
    };
    push_point(
        &mut series,
        target,
        Point {
            note: Some("Interim ambition for March 2025".into()),
            ..Point::new("2025-03", 76.0)
        },
    );
    push_point(
        &mut series,
        target,
        Point {
            note: Some("Interim ambition for 2025/26, shown at March 2026".into()),
            ..Point::new("2026-03", 78.0)
        },
    );
    sort_series(&mut series, &indicators);
    Ok(ThemeData {
        format_version: FORMAT_VERSION,
        theme: "performance".into(),
        sources: sources(),
        indicators,
        series,
    })
}
