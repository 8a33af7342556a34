//! Users' own files: a real Fingertips-layout export (made from real figures, see
//! tests/fixtures/import/make_fixtures.py) loads with every value as in the file, unknown areas
//! added by name; reordered columns give the same figures; broken rows are listed by row and
//! column while the good rows load; a file that is not an export is refused with the reason.

mod common;

use outcomes_explorer::model::csv::parse_csv;
use outcomes_explorer::model::import::{import_file, parse_fingertips};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/import/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture")
}

#[test]
fn a_real_export_loads_every_value_as_in_the_file() {
    let areas = common::areas();
    let text = fixture("fingertips_real.csv");
    let imported = import_file("fingertips_real.csv", &text, &areas).unwrap();
    assert!(imported.problems.is_empty(), "{:?}", imported.problems);
    let ids: Vec<&str> = imported
        .data
        .indicators
        .iter()
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "fingertips-21001",
            "fingertips-92901-female-all-ages",
            "fingertips-92901-male-all-ages"
        ]
    );
    let new: Vec<(&str, &str)> = imported
        .new_areas
        .iter()
        .map(|a| (a.code.as_str(), a.name.as_str()))
        .collect();
    assert_eq!(
        new,
        [
            ("E06000023", "Bristol"),
            ("E06000025", "South Gloucestershire")
        ]
    );
    // Every row of the file is a point with the same value (periods as the explorer writes them).
    let table = parse_csv(&text).unwrap();
    let col = |n: &str| table.column(n).unwrap();
    let mut checked = 0;
    for row in &table.rows {
        let f = |n: &str| table.field(row, col(n));
        if f("Value").is_empty() {
            continue;
        }
        let id = match (f("Indicator ID"), f("Sex")) {
            ("21001", _) => "fingertips-21001".to_owned(),
            (id, sex) => format!("fingertips-{id}-{}-all-ages", sex.to_lowercase()),
        };
        let period = f("Time period").replace(' ', "");
        let series = imported.data.series_for(&id, f("Area Code"));
        let point = series
            .iter()
            .flat_map(|s| s.points.iter())
            .find(|p| p.period == period)
            .unwrap_or_else(|| panic!("{id} {} {period}", f("Area Code")));
        assert_eq!(point.value, f("Value").parse::<f64>().unwrap());
        checked += 1;
    }
    assert_eq!(checked, 120);
    // Swindon's self-harm admissions 2010/11, as in the file.
    let swindon = imported.data.series_for("fingertips-21001", "E06000030");
    assert_eq!(swindon[0].points[0].period, "2010/11");
    assert_eq!(swindon[0].points[0].value, 298.6);
}

#[test]
fn reordered_and_extra_columns_and_unix_line_ends_give_the_same_figures() {
    let areas = common::areas();
    let a = parse_fingertips("a.csv", &fixture("fingertips_real.csv"), &areas).unwrap();
    let b = parse_fingertips("a.csv", &fixture("fingertips_reordered.csv"), &areas).unwrap();
    assert_eq!(a.data.series, b.data.series);
    assert_eq!(a.new_areas, b.new_areas);
}

#[test]
fn broken_rows_are_listed_by_row_and_column_and_the_good_rows_load() {
    let areas = common::areas();
    let imported =
        parse_fingertips("broken.csv", &fixture("fingertips_broken.csv"), &areas).unwrap();
    let problems: Vec<String> = imported.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        [
            "broken.csv:3:13: column \"Value\": the value \"12O.5\" is not a number",
            "broken.csv:4:12: column \"Time period\": the period \"Q1 2011\" is not a financial year like this indicator's other periods (e.g. 2017/18)",
            "broken.csv:5:5: column \"Area Code\": the area code \"NOT A CODE!\" is not a code such as E06000030",
            "broken.csv:6:14: column \"Lower CI 95.0 limit\": the 95% confidence interval 1 to 2 does not contain the value 298.6, so it was left out",
        ]
    );
    let figures: usize = imported.data.series.iter().map(|s| s.points.len()).sum();
    assert_eq!(
        figures, 3,
        "rows 2, 6 and 7 load (row 6 without its interval)"
    );
    let swindon = imported.data.series_for("fingertips-21001", "E06000030");
    assert_eq!(swindon[0].points[0].lower, None);
}

#[test]
fn a_file_that_is_not_an_export_is_refused_with_the_reason() {
    let areas = common::areas();
    let err = import_file("x.csv", &fixture("fingertips_no_value_column.csv"), &areas).unwrap_err();
    assert!(
        err.to_string().contains("the column \"Value\" is missing"),
        "{err}"
    );
    let err = import_file("x.csv", "a,b\n\"unclosed", &areas).unwrap_err();
    assert!(err.to_string().starts_with("x.csv:2:"), "{err}");
    let err = import_file("x.json", "{\"format_version\": 1", &areas).unwrap_err();
    assert!(err.to_string().contains("x.json:1:"), "{err}");
}

#[test]
fn a_theme_json_with_an_unknown_area_keeps_its_other_series() {
    let areas = common::areas();
    let text = std::fs::read_to_string(format!("{}/data/housing.json", env!("CARGO_MANIFEST_DIR")))
        .unwrap()
        .replacen("\"area\": \"E06000030\"", "\"area\": \"E06999999\"", 1);
    let imported = import_file("mine.json", &text, &areas).unwrap();
    assert_eq!(imported.problems.len(), 1, "{:?}", imported.problems);
    assert!(imported.problems[0].to_string().contains("E06999999"));
    assert!(imported.problems[0]
        .message
        .ends_with("(this series was left out)"));
    assert!(imported.problems[0].line > 1);
    let bundled = common::theme("housing");
    assert_eq!(imported.data.series.len(), bundled.series.len() - 1);
}

#[test]
fn indicators_that_differ_only_in_case_or_name_get_distinct_ids() {
    // Found by fuzzing: "Male" and "male " made the same id twice.
    use outcomes_explorer::model::import::with_new_areas;
    use outcomes_explorer::model::validate::validate_theme;
    let areas = common::areas();
    let text = "Indicator ID,Indicator Name,Area Code,Area Name,Sex,Age,Time period,Value\n\
                92901,SII,E06000030,Swindon,Male,All ages,2010 - 12,7.1\n\
                92901,SII renamed,E06000030,Swindon,male ,All ages,2010 - 12,7.2\n\
                92901,SII,E06000030,Swindon,Female,All ages,2010 - 12,5.0\n";
    let imported = parse_fingertips("f.csv", text, &areas).unwrap();
    let all = with_new_areas(&areas, &imported.new_areas);
    assert_eq!(validate_theme(&imported.data, &all), vec![]);
    assert_eq!(imported.data.indicators.len(), 3);
}

const SMALL_HEADER: &str =
    "Indicator ID,Indicator Name,Area Code,Area Name,Sex,Age,Time period,Value\n";

#[test]
fn look_alike_codes_are_refused_with_the_code_they_look_like() {
    let areas = common::areas();
    let text = format!(
        "{SMALL_HEADER}1,X,e06000030,Swindon,Persons,All ages,2020,1\n\
         1,X,E06OOOO30,Swindon,Persons,All ages,2021,2\n\
         1,X,E06000030,Swindon,Persons,All ages,2022,3\n"
    );
    let imported = parse_fingertips("f.csv", &text, &areas).unwrap();
    let problems: Vec<String> = imported.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        [
            "f.csv:2:3: column \"Area Code\": the area code \"e06000030\" looks like E06000030 (check capitals, and the letter O for zero)",
            "f.csv:3:3: column \"Area Code\": the area code \"E06OOOO30\" looks like E06000030 (check capitals, and the letter O for zero)",
        ]
    );
    assert!(imported.new_areas.is_empty());
}

#[test]
fn names_lose_reordering_and_control_characters_and_are_cut_to_a_readable_length() {
    let areas = common::areas();
    let long = "L".repeat(100_000);
    let text = format!(
        "{SMALL_HEADER}1,Ind\u{202e}icator\u{1},E07000001,Bath\u{202e}htaB\u{2066},Persons,All ages,2020,1\n\
         1,Ind,E07000002,{long},Persons,All ages,2020,2\n"
    );
    let imported = parse_fingertips("f.csv", &text, &areas).unwrap();
    assert_eq!(imported.data.indicators[0].title, "Indicator");
    assert_eq!(imported.new_areas[0].name, "BathhtaB");
    let cut = &imported.new_areas[1].name;
    assert_eq!(cut.chars().count(), 121);
    assert!(cut.ends_with('…'));
}

#[test]
fn each_file_cites_its_own_source() {
    let areas = common::areas();
    let text = format!("{SMALL_HEADER}1,X,E06000030,Swindon,Persons,All ages,2020,1\n");
    let a = parse_fingertips("first.csv", &text, &areas).unwrap();
    let b = parse_fingertips("second export.csv", &text, &areas).unwrap();
    assert_eq!(a.data.sources[0].id, "imported-fingertips-first-csv");
    assert_eq!(
        b.data.sources[0].id,
        "imported-fingertips-second-export-csv"
    );
    assert_eq!(a.data.series[0].source, a.data.sources[0].id);
}

#[test]
fn a_utf16_file_is_refused_with_how_to_save_it() {
    let areas = common::areas();
    // How a browser decodes Excel's "Unicode text" as UTF-8: the byte-order mark as two
    // replacement characters, then a zero byte after every letter.
    let text = "\u{fffd}\u{fffd}I\0n\0d\0i\0c\0a\0t\0o\0r\0";
    let e = import_file("unicode.txt", text, &areas).unwrap_err();
    assert_eq!(
        e.summary(),
        "unicode.txt: is saved as UTF-16 (Excel's \"Unicode text\"), which the explorer does not read: save it as \"CSV UTF-8\" and open that."
    );
}

#[test]
fn monthly_exports_load_and_a_dash_without_spaces_is_a_month() {
    use outcomes_explorer::model::period::PeriodType;
    let areas = common::areas();
    let text = format!(
        "{SMALL_HEADER}7,Monthly,E06000030,Swindon,Persons,All ages,2010-12,1\n\
         7,Monthly,E06000030,Swindon,Persons,All ages,Jan 2011,2\n\
         7,Monthly,E06000030,Swindon,Persons,All ages,February 2011,3\n\
         8,Pooled,E06000030,Swindon,Persons,All ages,2010 - 12,4\n"
    );
    let imported = parse_fingertips("m.csv", &text, &areas).unwrap();
    assert!(imported.problems.is_empty(), "{:?}", imported.problems);
    let monthly = imported.data.indicator("fingertips-7").unwrap();
    assert_eq!(monthly.period_type, PeriodType::Month);
    let periods: Vec<&str> = imported.data.series_for("fingertips-7", "E06000030")[0]
        .points
        .iter()
        .map(|p| p.period.as_str())
        .collect();
    assert_eq!(periods, ["2010-12", "2011-01", "2011-02"]);
    assert_eq!(
        imported.data.indicator("fingertips-8").unwrap().period_type,
        PeriodType::PooledYears
    );
}

#[test]
fn a_large_file_reports_its_progress_every_5000_rows() {
    use outcomes_explorer::model::import::fingertips::parse_fingertips_reporting;
    let areas = common::areas();
    let mut text = SMALL_HEADER.to_owned();
    for i in 0..12_000 {
        text.push_str(&format!(
            "1,X,E06000030,Swindon,Persons,All ages,{},1\n",
            1000 + i
        ));
    }
    let mut seen = Vec::new();
    parse_fingertips_reporting("big.csv", &text, &areas, &mut |done, total| {
        seen.push((done, total))
    })
    .unwrap();
    assert_eq!(seen, [(5_000, 12_000), (10_000, 12_000)]);
}

#[test]
fn quarterly_exports_load_as_quarters_of_financial_years() {
    use outcomes_explorer::model::period::PeriodType;
    let areas = common::areas();
    let text = format!(
        "{SMALL_HEADER}9,Quarterly,E06000030,Swindon,Persons,All ages,2023/24 Q1,1\n\
         9,Quarterly,E06000030,Swindon,Persons,All ages,2023/24  Q2,2\n\
         9,Quarterly,E06000030,Swindon,Persons,All ages,2023/24 q3,3\n"
    );
    let imported = parse_fingertips("q.csv", &text, &areas).unwrap();
    assert!(imported.problems.is_empty(), "{:?}", imported.problems);
    assert_eq!(
        imported.data.indicator("fingertips-9").unwrap().period_type,
        PeriodType::Quarter
    );
    let periods: Vec<&str> = imported.data.series[0]
        .points
        .iter()
        .map(|p| p.period.as_str())
        .collect();
    assert_eq!(periods, ["2023/24 Q1", "2023/24 Q2", "2023/24 Q3"]);
    // Charted in time order, three points.
    let spec = outcomes_explorer::chart::trend::trend_spec(
        &imported.data,
        &areas,
        outcomes_explorer::chart::trend::TrendRequest {
            indicator: "fingertips-9",
            areas: &["E06000030"],
            mode: outcomes_explorer::model::display::DisplayMode::Absolute,
        },
    )
    .unwrap();
    assert_eq!(spec.lines[0].points.len(), 3);
}
