//! Property tests: the loaders, the JSON locator, the period parser and the CSV reader never
//! panic, whatever they are given, and every problem they report points inside the file.

use outcomes_explorer::model::csv::parse_csv;
use outcomes_explorer::model::locate::Locations;
use outcomes_explorer::model::{parse_areas, parse_theme, AreaFile, Period, PeriodType};
use proptest::prelude::*;

fn areas() -> AreaFile {
    let text = include_str!("../data/areas.json");
    parse_areas("data/areas.json", text).expect("valid")
}

const VALID: &str = include_str!("fixtures/valid-theme.json");

/// A (line, column) position, from 1, that is in the text (or just after its end).
fn position_is_inside(text: &str, (line, column): (usize, usize)) -> bool {
    let lines: Vec<&str> = text.split('\n').collect();
    line >= 1
        && column >= 1
        && lines
            .get(line - 1)
            .is_some_and(|l| column <= l.chars().count() + 1)
}

/// Every reported place is a real line of the file (or the file as a whole).
fn places_are_inside(text: &str, problems: &[outcomes_explorer::model::Problem]) -> bool {
    let lines = text.split('\n').count();
    problems
        .iter()
        .all(|p| p.line <= lines.max(1) && !p.message.is_empty())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,400}") {
        let a = areas();
        if let Err(e) = parse_theme("x.json", &text, &a) {
            prop_assert!(places_are_inside(&text, &e.problems));
        }
        if let Err(e) = parse_areas("x.json", &text) {
            prop_assert!(!e.problems.is_empty());
            prop_assert!(places_are_inside(&text, &e.problems));
        }
        prop_assert!(position_is_inside(&text, Locations::of(&text).find("$.series[0].points[0].value")));
        if let Ok(table) = parse_csv(&text) {
            // Every row is a line of the text (after the header), in order; a CR alone ends a
            // line too.
            let lines = text.matches(['\n', '\r']).count() + 1;
            prop_assert!(table.rows.iter().all(|r| r.line >= 2 && r.line <= lines));
            prop_assert!(table.rows.windows(2).all(|w| w[0].line < w[1].line));
        }
    }

    #[test]
    fn damaged_valid_files_never_panic(cuts in proptest::collection::vec((0usize..4000, 0usize..20, ".{0,3}"), 1..4)) {
        let a = areas();
        let mut text = VALID.to_owned();
        for (at, len, insert) in cuts {
            let start = text.char_indices().nth(at % text.chars().count().max(1)).map_or(0, |(i, _)| i);
            let end = text[start..].char_indices().nth(len).map_or(text.len(), |(i, _)| start + i);
            text.replace_range(start..end, &insert);
        }
        if let Err(e) = parse_theme("x.json", &text, &a) {
            prop_assert!(!e.problems.is_empty());
            prop_assert!(places_are_inside(&text, &e.problems));
        }
    }

    #[test]
    fn json_shaped_values_never_panic(value in json_value()) {
        let text = value.to_string();
        match parse_theme("x.json", &text, &areas()) {
            Ok(data) => prop_assert!(!data.theme.is_empty() || data.series.is_empty()),
            Err(e) => {
                prop_assert!(!e.problems.is_empty());
                prop_assert!(places_are_inside(&text, &e.problems));
            }
        }
        prop_assert!(position_is_inside(&text, Locations::of(&text).find("$.series[0]")));
    }

    #[test]
    fn periods_never_panic(text in ".{0,12}") {
        for kind in [PeriodType::CalendarYear, PeriodType::FinancialYear, PeriodType::PooledYears, PeriodType::Month] {
            if let Ok(p) = Period::parse(&text, kind) {
                // Whatever parses prints back the same way (months print as "Mar 2024").
                if kind != PeriodType::Month {
                    prop_assert_eq!(p.to_string(), text.clone());
                }
            }
        }
    }
}

fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i32>().prop_map(|n| serde_json::json!(n)),
        "[a-z_]{0,12}".prop_map(serde_json::Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            proptest::collection::btree_map(
                prop_oneof![
                    Just("format_version".to_owned()),
                    Just("theme".to_owned()),
                    Just("series".to_owned()),
                    Just("points".to_owned()),
                    Just("period".to_owned()),
                    Just("value".to_owned()),
                    "[a-z]{1,8}"
                ],
                inner,
                0..6
            )
            .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}
