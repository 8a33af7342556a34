//! Every figure as tidy CSV: one row per value, with its unit, status and source.

use crate::model::{AreaFile, ThemeData};

/// The header of the tidy CSV.
pub const TIDY_HEADER: &str = "theme,indicator,indicator_title,area,area_name,period,value,unit,status,lower_95,upper_95,count,denominator,source,note";

/// Quotes a CSV field when it needs it (RFC 4180). Text that a spreadsheet would run as a
/// formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`
/// and quotes (OWASP's advice on CSV injection); a number such as `-5.2` stays a number.
pub fn csv_field(text: &str) -> String {
    let formula = text.starts_with(['=', '+', '-', '@', '\t', '\r'])
        && crate::model::format::parse_decimal(text).is_none();
    if formula {
        format!("\"'{}\"", text.replace('"', "\"\""))
    } else if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

fn number(v: Option<f64>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

/// Appends the rows of one theme to `out` (without the header).
pub fn tidy_rows(data: &ThemeData, areas: &AreaFile, out: &mut String) {
    for series in &data.series {
        let indicator = data.indicator(&series.indicator);
        let title = indicator.map_or("", |i| i.title.as_str());
        let unit = indicator.map_or("", |i| i.unit.as_str());
        let area_name = areas.get(&series.area).map_or("", |a| a.name.as_str());
        let source = data
            .source(&series.source)
            .map(|s| s.citation())
            .unwrap_or_default();
        for p in &series.points {
            let note = match (&series.note, &p.note) {
                (Some(a), Some(b)) => format!("{a} {b}"),
                (Some(a), None) => a.clone(),
                (None, Some(b)) => b.clone(),
                (None, None) => String::new(),
            };
            let fields = [
                data.theme.clone(),
                series.indicator.clone(),
                title.to_owned(),
                series.area.clone(),
                area_name.to_owned(),
                p.period.clone(),
                p.value.to_string(),
                unit.to_owned(),
                series.status.label().to_owned(),
                number(p.lower),
                number(p.upper),
                number(p.count),
                number(p.denominator),
                source.clone(),
                note,
            ];
            let row: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
            out.push_str(&row.join(","));
            out.push('\n');
        }
    }
}

/// Every figure of the given themes as tidy CSV, header included.
pub fn tidy_csv(themes: &[&ThemeData], areas: &AreaFile) -> String {
    let mut out = String::from(TIDY_HEADER);
    out.push('\n');
    for data in themes {
        tidy_rows(data, areas, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::csv::parse_csv;

    #[test]
    fn fields_are_quoted_only_when_needed() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    }

    #[test]
    fn formulas_are_neutralised_and_numbers_stay_numbers() {
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("+1+1"), "\"'+1+1\"");
        assert_eq!(csv_field("@SUM(A1)"), "\"'@SUM(A1)\"");
        assert_eq!(csv_field("\tcmd"), "\"'\tcmd\"");
        assert_eq!(csv_field("\rcmd"), "\"'\rcmd\"");
        assert_eq!(csv_field("-cmd|' /C calc'!A0"), "\"'-cmd|' /C calc'!A0\"");
        assert_eq!(csv_field("-5.2"), "-5.2");
        assert_eq!(csv_field("+3"), "+3");
        assert_eq!(csv_field("Bath = Wells"), "Bath = Wells");
    }

    #[test]
    fn tidy_csv_reads_back_with_one_row_per_value() {
        let areas = crate::prepare::areas::area_file();
        let data = crate::prepare::population::build(
            "area_code,area_name,area_type,year,series,variant,total,males,females,age_0_15,age_0_17,age_16_64,age_18_64,age_65_plus,age_75_plus,age_85_plus,pct_65_plus\n\
             E06000030,Swindon,unitary,2023,mye,v0,238416,1,1,1,1,1,1,1,1,1,1\n",
        )
        .unwrap();
        let csv = tidy_csv(&[&data], &areas);
        let table = parse_csv(&csv).unwrap();
        assert_eq!(table.headers.len(), 15);
        assert_eq!(
            table.rows.len(),
            data.series.iter().map(|s| s.points.len()).sum::<usize>()
        );
        let first = &table.rows[0].fields;
        assert_eq!(first[1], "population-total");
        assert_eq!(first[4], "Swindon");
        assert_eq!(first[6], "238416");
        assert_eq!(first[8], "actual");
        assert!(first[13].starts_with("Office for National Statistics"));
    }
}
