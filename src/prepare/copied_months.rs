//! A guard against copied months in monthly extracts. A third party's compilation of NHS England's
//! A&E statistics repeated February and March 2024 as February and March 2025 for every trust and
//! board: the same attendances and the same breaches. A month whose every figure, for every
//! organisation, equals the same month a year earlier is almost certainly such a copy, so
//! `prepare-data` refuses it unless it is declared (and then leaves it out, shown as a gap).

use std::collections::BTreeMap;

/// One organisation's figures for one month of a monthly extract.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthlyRow<'a> {
    /// The month, `YYYY-MM`.
    pub month: &'a str,
    /// The organisation (trust, board…) code.
    pub org: &'a str,
    /// Every figure of the row (value, count, denominator…).
    pub figures: Vec<f64>,
}

/// A month that repeats the same month a year earlier for every organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopiedMonth {
    /// The month that is a copy, `YYYY-MM`.
    pub month: String,
    /// The month it repeats, a year earlier.
    pub copy_of: String,
}

/// The same month a year earlier (`2025-02` → `2024-02`), if `month` is `YYYY-MM`.
fn year_earlier(month: &str) -> Option<String> {
    let (year, rest) = month.split_once('-')?;
    let year: i32 = year.parse().ok()?;
    Some(format!("{:04}-{rest}", year - 1))
}

/// The months whose rows are exactly the rows of the same month a year earlier: the same
/// organisations, each with the same figures. Months with no row or a single organisation with
/// all figures zero are not reported. O(n log n) in the number of rows.
pub fn copied_months(rows: &[MonthlyRow<'_>]) -> Vec<CopiedMonth> {
    type Month<'r> = BTreeMap<&'r str, Vec<u64>>;
    let mut by_month: BTreeMap<&str, Month<'_>> = BTreeMap::new();
    for row in rows {
        let bits = row.figures.iter().map(|f| f.to_bits()).collect();
        by_month.entry(row.month).or_default().insert(row.org, bits);
    }
    let all_zero = |m: &Month<'_>| m.values().flatten().all(|&b| f64::from_bits(b) == 0.0);
    by_month
        .iter()
        .filter_map(|(month, orgs)| {
            let earlier = year_earlier(month)?;
            let before = by_month.get(earlier.as_str())?;
            (before == orgs && !all_zero(orgs)).then(|| CopiedMonth {
                month: (*month).to_owned(),
                copy_of: earlier,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row<'a>(month: &'a str, org: &'a str, figures: &[f64]) -> MonthlyRow<'a> {
        MonthlyRow {
            month,
            org,
            figures: figures.to_vec(),
        }
    }

    #[test]
    fn a_month_copied_from_a_year_earlier_is_found() {
        let rows = [
            row("2024-02", "RD1", &[7961.0, 3147.0]),
            row("2024-02", "RN3", &[10880.0, 3145.0]),
            row("2024-03", "RD1", &[9246.0, 3495.0]),
            row("2025-02", "RD1", &[7961.0, 3147.0]),
            row("2025-02", "RN3", &[10880.0, 3145.0]),
            row("2025-03", "RD1", &[9300.0, 3495.0]),
        ];
        assert_eq!(
            copied_months(&rows),
            [CopiedMonth {
                month: "2025-02".into(),
                copy_of: "2024-02".into()
            }]
        );
    }

    #[test]
    fn one_organisation_differing_or_missing_is_not_a_copy() {
        let rows = [
            row("2024-02", "RD1", &[1.0, 2.0]),
            row("2024-02", "RN3", &[3.0, 4.0]),
            row("2025-02", "RD1", &[1.0, 2.0]),
            row("2025-02", "RN3", &[3.0, 5.0]),
            row("2024-03", "RD1", &[1.0, 2.0]),
            row("2024-03", "RN3", &[3.0, 4.0]),
            row("2025-03", "RD1", &[1.0, 2.0]),
        ];
        assert!(copied_months(&rows).is_empty());
    }

    #[test]
    fn months_of_zeros_and_odd_labels_are_not_reported() {
        let rows = [
            row("2024-02", "RAN", &[0.0, 0.0]),
            row("2025-02", "RAN", &[0.0, 0.0]),
            row("bad", "RD1", &[1.0]),
        ];
        assert!(copied_months(&rows).is_empty());
    }
}
