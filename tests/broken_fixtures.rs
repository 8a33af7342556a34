//! Each deliberately broken file in `tests/fixtures/broken/` gives the message in its
//! `.expected` file: `file:line:column: JSON path: what is wrong`.
//!
//! To add a case, add `name.json` and `name.expected` (files named `areas-*.json` are read as
//! area lists, the others as theme files checked against `data/areas.json`).

use outcomes_explorer::model::{parse_areas, parse_theme, AreaFile, LoadError};
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn bundled_areas() -> AreaFile {
    let text = std::fs::read_to_string(root().join("data/areas.json")).expect("data/areas.json");
    parse_areas("data/areas.json", &text).expect("bundled areas are valid")
}

fn check(name: &str, text: &str, areas: &AreaFile) -> Result<(), LoadError> {
    let file = format!("broken/{name}");
    if name.starts_with("areas-") {
        parse_areas(&file, text).map(|_| ())
    } else {
        parse_theme(&file, text, areas).map(|_| ())
    }
}

#[test]
fn the_valid_fixture_is_valid() {
    let text = std::fs::read_to_string(root().join("tests/fixtures/valid-theme.json")).unwrap();
    let data = parse_theme("valid-theme.json", &text, &bundled_areas()).expect("valid");
    assert!(!data.series.is_empty() && !data.indicators.is_empty());
}

#[test]
fn each_broken_file_gives_its_expected_message() {
    let areas = bundled_areas();
    let dir = root().join("tests/fixtures/broken");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    assert!(names.len() >= 25, "only {} fixtures", names.len());
    let mut failures = Vec::new();
    for name in &names {
        let text = std::fs::read_to_string(dir.join(name)).unwrap();
        let expected_path = dir.join(name.replace(".json", ".expected"));
        let actual = match check(name, &text, &areas) {
            Ok(()) => "(no problem found)".to_owned(),
            Err(e) => e.to_string(),
        };
        if std::env::var_os("BLESS").is_some() {
            std::fs::write(&expected_path, format!("{actual}\n")).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|_| panic!("{} is missing", expected_path.display()));
        if actual != expected.trim_end() {
            failures.push(format!(
                "{name}:\n  expected: {}\n  actual:   {actual}",
                expected.trim_end()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
