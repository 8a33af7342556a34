//! GP workforce for BSW and England, derived from NHS Digital's practice-level data
//! (`raw/gp-workforce/`): fully qualified GPs (full-time equivalent, excluding GPs in training and
//! locums) per 10,000 registered patients, GP practices and registered patients, financial years
//! 2015/16 to 2023/24. These are sums of practices' yearly means, not NHS Digital's published
//! totals, and are labelled so.

use crate::model::{Point, Series, Status};
use crate::prepare::areas::{BSW, ENGLAND};
use crate::prepare::catalogue::optional;
use crate::prepare::common::{push_point, SeriesKey};
use crate::prepare::table::RawTable;
use crate::prepare::PrepareError;
use std::collections::BTreeMap;

/// Practice-level means by year, relative to `raw/`.
pub const RAW_PRACTICES: &str = "gp-workforce/gp_workforce_practices_england.csv";
/// BSW's practice codes, one a line.
pub const RAW_BSW_CODES: &str = "gp-workforce/bsw_practice_codes.txt";
/// What each year label covers.
pub const RAW_SNAPSHOTS: &str = "gp-workforce/snapshots.csv";
const SOURCE: &str = "nhsd-gp-workforce-practices";

/// Sums for one area and year.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct YearSums {
    /// Rows in the file (practices present in any snapshot of the year).
    pub rows: usize,
    /// Practices with registered patients.
    pub practices: usize,
    /// Registered patients of every row.
    pub patients: f64,
    /// Fully qualified GP FTE, every row with a figure.
    pub fte: f64,
    /// Fully qualified GP head count, every row with a figure.
    pub headcount: f64,
    /// FTE of the practices that count towards the rate (patients and a GP figure above zero,
    /// and the GPs of closing practices: see `closing_fte`).
    pub rate_fte: f64,
    /// Patients of the same practices.
    pub rate_patients: f64,
    /// Practices with patients but no GP figure (or zero), left out of the rate.
    pub left_out: usize,
    /// Their patients.
    pub left_out_patients: f64,
    /// Rows with GPs but no patients: a practice closing or merging in the year, whose GPs are
    /// still listed under it while its patients are counted at the practice taking them over.
    pub closing: usize,
    /// Their GP FTE (counted in the rate: leaving it out would make the rate too low).
    pub closing_fte: f64,
}

impl YearSums {
    fn add(&mut self, patients: f64, fte: Option<f64>, headcount: Option<f64>) {
        self.rows += 1;
        self.practices += usize::from(patients > 0.0);
        self.patients += patients;
        self.fte += fte.unwrap_or(0.0);
        self.headcount += headcount.unwrap_or(0.0);
        // Before February 2023 NHS Digital wrote 0, not "no data", for a practice that sent no
        // staff figures: a practice with patients and no GP at all is taken as missing.
        if let Some(f) = fte.filter(|f| *f > 0.0 && patients > 0.0) {
            self.rate_fte += f;
            self.rate_patients += patients;
        } else if patients > 0.0 {
            self.left_out += 1;
            self.left_out_patients += patients;
        } else if let Some(f) = fte.filter(|f| *f > 0.0) {
            self.rate_fte += f;
            self.closing += 1;
            self.closing_fte += f;
        }
    }

    /// GP FTE per 10,000 patients, as the check file computes it: every practice's patients.
    pub fn per_10k_all_patients(&self) -> f64 {
        10_000.0 * self.fte / self.patients
    }

    /// GP FTE per 10,000 patients of the practices that reported GPs (what is shown).
    pub fn per_10k(&self) -> f64 {
        10_000.0 * self.rate_fte / self.rate_patients
    }
}

/// Sums by (area, year label): `BSW` for BSW's practices and `England` for all.
pub fn sums(
    practices_csv: &str,
    bsw_codes: &str,
) -> Result<BTreeMap<(String, String), YearSums>, PrepareError> {
    let bsw: Vec<&str> = bsw_codes
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let raw = RawTable::parse(&format!("raw/{RAW_PRACTICES}"), practices_csv)?;
    let [code, year, patients, headcount, fte] = raw.columns([
        "Practice.Code",
        "Year",
        "TOTAL_PATIENTS",
        "TOTAL_GP_EXTGL_HC",
        "TOTAL_GP_EXTGL_FTE",
    ])?;
    let mut out: BTreeMap<(String, String), YearSums> = BTreeMap::new();
    for r in &raw.table.rows {
        let maybe = |c: usize| match raw.text(r, c) {
            "NA" | "" => Ok(None),
            _ => raw.number(r, c).map(Some),
        };
        let p = raw.number(r, patients)?;
        let (f, h) = (maybe(fte)?, maybe(headcount)?);
        if p < 0.0 || f.is_some_and(|f| f < 0.0) {
            return Err(raw.error(r, "negative patients or GPs"));
        }
        let y = raw.text(r, year).to_owned();
        let mut areas = vec!["England"];
        if bsw.contains(&raw.text(r, code)) {
            areas.push("BSW");
        }
        for area in areas {
            out.entry((area.to_owned(), y.clone()))
                .or_default()
                .add(p, f, h);
        }
    }
    Ok(out)
}

/// The series: GP FTE per 10,000 patients, practices, patients and GP FTE, for BSW and England.
pub fn build(
    practices_csv: &str,
    bsw_codes: &str,
    snapshots_csv: &str,
) -> Result<Vec<Series>, PrepareError> {
    let periods = read_snapshots(snapshots_csv)?;
    let mut series = Vec::new();
    for ((area, label), s) in sums(practices_csv, bsw_codes)? {
        let Some((period, covers)) = periods.get(&label) else {
            return Err(PrepareError::BadValue {
                file: format!("raw/{RAW_SNAPSHOTS}"),
                line: 0,
                message: format!("year label {label} is not listed"),
            });
        };
        let code = if area == "BSW" { BSW } else { ENGLAND };
        let note = format!("From {covers}.");
        let key = |indicator| SeriesKey {
            indicator,
            area: code,
            source: SOURCE,
            status: Status::Actual,
        };
        let patients = crate::model::format::format_number(s.left_out_patients, 0);
        let left_out = match s.left_out {
            0 => String::new(),
            1 => format!(
                " Leaves out 1 practice with patients but no GP figure ({patients} patients)."
            ),
            n => format!(
                " Leaves out {n} practices with patients but no GP figure ({patients} patients)."
            ),
        };
        let closing = match s.closing {
            0 => String::new(),
            n => format!(
                " Counts {} GPs (FTE) still listed under {n} closing or merging {} with no patients left (their patients are counted at the practices taking them over).",
                crate::model::format::format_number(s.closing_fte, 1),
                if n == 1 { "practice" } else { "practices" }
            ),
        };
        let rate = Point {
            count: Some((s.rate_fte * 10.0).round() / 10.0),
            denominator: Some(s.rate_patients.round()),
            note: Some(format!("{note}{left_out}{closing}")),
            ..Point::new(period.as_str(), (s.per_10k() * 100.0).round() / 100.0)
        };
        push_point(&mut series, key("gp-fte-per-10k-patients"), rate);
        let whole = |v: f64| Point {
            note: Some(note.clone()),
            ..Point::new(period.as_str(), v)
        };
        push_point(
            &mut series,
            key("gp-practices-derived"),
            whole(s.practices as f64),
        );
        push_point(
            &mut series,
            key("gp-registered-patients"),
            whole(s.patients.round()),
        );
        push_point(
            &mut series,
            key("gp-fte"),
            whole((s.fte * 10.0).round() / 10.0),
        );
    }
    Ok(series)
}

/// Year label → (financial year, the snapshots it averages).
fn read_snapshots(text: &str) -> Result<BTreeMap<String, (String, String)>, PrepareError> {
    let raw = RawTable::parse(&format!("raw/{RAW_SNAPSHOTS}"), text)?;
    let [label, year, snapshots] = raw.columns(["year_label", "financial_year", "snapshots"])?;
    let mut out = BTreeMap::new();
    for r in &raw.table.rows {
        let covers = optional(raw.text(r, snapshots))
            .ok_or_else(|| raw.error(r, "say which snapshots the year averages"))?;
        let value = (raw.text(r, year).to_owned(), covers);
        out.insert(raw.text(r, label).to_owned(), value);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prepare::raw_for_tests as raw;

    /// The sums made when the data was collected (`check_derived_totals.csv`), reproduced
    /// exactly: practices in the file, GP FTE and head count, patients and the rate over every
    /// practice's patients.
    #[test]
    fn the_collectors_check_totals_are_reproduced() {
        let sums = sums(&raw(RAW_PRACTICES), &raw(RAW_BSW_CODES)).unwrap();
        let check =
            RawTable::parse("check", &raw("gp-workforce/check_derived_totals.csv")).unwrap();
        let c = check
            .columns([
                "fiscal_year_label_HEEC",
                "area",
                "practices_in_file",
                "sum_TOTAL_GP_EXTGL_FTE",
                "sum_TOTAL_GP_EXTGL_HC",
                "sum_TOTAL_PATIENTS",
                "GP_EXTGL_FTE_per_10k_patients",
            ])
            .unwrap();
        assert_eq!(check.table.rows.len(), 18);
        for r in &check.table.rows {
            let key = (
                check.text(r, c[1]).to_owned(),
                check.text(r, c[0]).to_owned(),
            );
            let s = sums[&key];
            let n = |i: usize| check.number(r, c[i]).unwrap();
            assert_eq!(s.rows as f64, n(2), "{key:?}");
            assert!((s.fte - n(3)).abs() < 0.05, "{key:?} {}", s.fte);
            assert_eq!(s.headcount, n(4), "{key:?}");
            assert_eq!(s.patients.round(), n(5), "{key:?}");
            assert!((s.per_10k_all_patients() - n(6)).abs() < 0.005, "{key:?}");
            // The rate's GPs are the GP count: none lost (a closing practice's GPs once were).
            assert!(
                (s.rate_fte - s.fte).abs() < 1e-6,
                "{key:?}: {} against {}",
                s.rate_fte,
                s.fte
            );
        }
    }

    #[test]
    fn the_rate_leaves_out_practices_without_gp_figures_and_counts_closing_ones() {
        let csv = "Practice.Code,Year,TOTAL_PATIENTS,TOTAL_GP_EXTGL_HC,TOTAL_GP_EXTGL_FTE\n\
            A,2023,10000,5,5.0\nB,2023,10000,NA,NA\nC,2023,10000,0,0\nD,2023,0,1,1.0\n";
        let s = sums(csv, "A\nB\nC\nD\n").unwrap()[&("BSW".to_owned(), "2023".to_owned())];
        assert_eq!((s.rows, s.practices), (4, 3));
        // A and D (a closing practice's GP, its patients already counted elsewhere) over A's
        // patients; B and C (patients, no GP figure) are left out.
        assert_eq!(s.per_10k(), 6.0);
        assert_eq!((s.left_out, s.closing, s.closing_fte), (2, 1, 1.0));
        assert!((s.per_10k_all_patients() - 2.0).abs() < 1e-9);
    }

    #[test]
    fn every_year_is_labelled_with_its_financial_year() {
        let series = build(
            &raw(RAW_PRACTICES),
            &raw(RAW_BSW_CODES),
            &raw(RAW_SNAPSHOTS),
        )
        .unwrap();
        let bsw = series
            .iter()
            .find(|s| s.indicator == "gp-fte-per-10k-patients" && s.area == BSW)
            .unwrap();
        let periods: Vec<&str> = bsw.points.iter().map(|p| p.period.as_str()).collect();
        assert_eq!(periods.first(), Some(&"2015/16"));
        assert_eq!(periods.last(), Some(&"2023/24"));
        let last = bsw.points.last().unwrap();
        assert!((4.4..4.6).contains(&last.value), "{}", last.value);
        assert!(last
            .note
            .as_deref()
            .is_some_and(|n| n.contains("January 2024")));
    }
}
