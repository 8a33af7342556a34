//! `validate`: checks a data folder (or files) and can write every figure as tidy CSV.
//!
//! ```text
//! cargo run --bin validate -- data/
//! cargo run --bin validate -- data/ --csv figures.csv
//! cargo run --bin validate -- --areas data/areas.json my-theme.json
//! cargo run --bin validate -- data/ --import fingertips-export.csv --import my-figures.json
//! ```
//!
//! `--import` reads a user's file as the app's "Open your own data" does (a Fingertips CSV export
//! or a theme JSON file) and lists its problems the same way.

use crate::model::boundary::parse_boundaries;
use crate::model::england::parse_england;
use crate::model::export::{tidy_rows, TIDY_HEADER};
use crate::model::import::import_file;
use crate::model::neighbourhood::parse_neighbourhoods;
use crate::model::{parse_areas, parse_theme, AreaFile, LoadError, ThemeData};
use std::path::{Path, PathBuf};

/// What the command was asked to do.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Options {
    /// Folders (every `*.json` in them) and files to check.
    pub inputs: Vec<PathBuf>,
    /// The area list; by default `areas.json` in the first folder given, or `data/areas.json`.
    pub areas: Option<PathBuf>,
    /// Where to write the tidy CSV, if anywhere.
    pub csv: Option<PathBuf>,
    /// Users' files to read as the app's importers do.
    pub imports: Vec<PathBuf>,
}

/// Reads the command-line arguments (without the program name).
pub fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut options = Options::default();
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--csv" | "--areas" | "--import" => {
                let value = args
                    .get(i + 1)
                    .ok_or_else(|| format!("{} needs a file name", args[i]))?;
                match args[i].as_str() {
                    "--csv" => options.csv = Some(value.into()),
                    "--areas" => options.areas = Some(value.into()),
                    _ => options.imports.push(value.into()),
                }
                i += 2;
            }
            "-h" | "--help" => return Err(USAGE.into()),
            flag if flag.starts_with("--") => {
                return Err(format!("unknown option {flag}\n{USAGE}"))
            }
            path => {
                options.inputs.push(path.into());
                i += 1;
            }
        }
    }
    if options.inputs.is_empty() {
        options.inputs.push("data".into());
    }
    Ok(options)
}

/// Help text.
pub const USAGE: &str =
    "usage: validate [FOLDER|FILE.json]... [--areas areas.json] [--csv figures.csv] [--import FILE.csv|FILE.json]...";

/// The outcome of a run: what to print and whether every file was valid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// Lines for standard output.
    pub out: Vec<String>,
    /// Problems, one per line, for standard error.
    pub problems: Vec<String>,
}

impl Report {
    /// Whether no problem was found.
    pub fn ok(&self) -> bool {
        self.problems.is_empty()
    }
}

fn json_files(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let entries = std::fs::read_dir(input)
                .map_err(|e| format!("{}: cannot read the folder ({e})", input.display()))?;
            let mut found: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect();
            found.sort();
            files.extend(found);
        } else {
            files.push(input.clone());
        }
    }
    Ok(files)
}

fn display(path: &Path) -> String {
    path.display().to_string()
}

fn push_error(report: &mut Report, error: &LoadError) {
    report
        .problems
        .extend(error.problems.iter().map(|p| p.to_string()));
}

/// Reads one user's file as the app would, reporting what loaded and every problem.
fn check_import(report: &mut Report, path: &Path, areas: &AreaFile) {
    let name = display(path);
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            report
                .problems
                .push(format!("{name}: cannot be read ({e})"));
            return;
        }
    };
    match import_file(&name, &text, areas) {
        Err(e) => push_error(report, &e),
        Ok(imported) => {
            let figures: usize = imported.data.series.iter().map(|s| s.points.len()).sum();
            let listed = crate::model::import::session::NAMES_LISTED;
            let mut new: Vec<String> = imported
                .new_areas
                .iter()
                .take(listed)
                .map(|a| format!("{} {}", a.code, a.name))
                .collect();
            if imported.new_areas.len() > listed {
                new.push(format!("and {} more", imported.new_areas.len() - listed));
            }
            report.out.push(format!(
                "{name}: {} indicators, {} series, {figures} figures loaded{}; {} problem{}",
                imported.data.indicators.len(),
                imported.data.series.len(),
                if new.is_empty() {
                    String::new()
                } else {
                    format!("; areas added: {}", new.join(", "))
                },
                imported.problems.len(),
                if imported.problems.len() == 1 {
                    ""
                } else {
                    "s"
                },
            ));
            report
                .out
                .extend(imported.remarks.iter().map(|r| format!("{name}: {r}")));
            report
                .problems
                .extend(imported.problems.iter().map(ToString::to_string));
        }
    }
}

/// The area list to check the other files against: the one asked for, else `areas.json` among
/// `files`, else `data/areas.json`.
fn areas_path(options: &Options, files: &[PathBuf]) -> PathBuf {
    options.areas.clone().unwrap_or_else(|| {
        files
            .iter()
            .find(|f| f.file_name().is_some_and(|n| n == "areas.json"))
            .cloned()
            .unwrap_or_else(|| PathBuf::from("data/areas.json"))
    })
}

/// Reads and checks the area list, reporting why it cannot be used.
fn read_areas(report: &mut Report, path: &Path) -> Option<AreaFile> {
    match std::fs::read_to_string(path) {
        Err(e) => {
            report
                .problems
                .push(format!("{}: cannot be read ({e})", display(path)));
            None
        }
        Ok(text) => match parse_areas(&display(path), &text) {
            Ok(a) => Some(a),
            Err(e) => {
                push_error(report, &e);
                None
            }
        },
    }
}

/// Checks one data file other than the area list, by its name: the boundaries, the England-wide
/// figures, the neighbourhoods or a theme (returned, to be counted and written as CSV).
fn check_file(report: &mut Report, file: &Path, areas: &AreaFile) -> Option<ThemeData> {
    let name = display(file);
    match std::fs::read_to_string(file) {
        Err(e) => report
            .problems
            .push(format!("{name}: cannot be read ({e})")),
        Ok(text) if file.file_name().is_some_and(|n| n == "boundaries.json") => {
            if let Err(e) = parse_boundaries(&name, &text, areas) {
                push_error(report, &e);
            }
        }
        Ok(text) if file.file_name().is_some_and(|n| n == "england.json") => {
            if let Err(e) = parse_england(&name, &text) {
                push_error(report, &e);
            }
        }
        Ok(text) if file.file_name().is_some_and(|n| n == "neighbourhoods.json") => {
            if let Err(e) = parse_neighbourhoods(&name, &text, areas) {
                push_error(report, &e);
            }
        }
        Ok(text) => match parse_theme(&name, &text, areas) {
            Ok(t) => return Some(t),
            Err(e) => push_error(report, &e),
        },
    }
    None
}

/// How many figures `themes` hold.
fn figure_count(themes: &[ThemeData]) -> usize {
    themes
        .iter()
        .flat_map(|t| &t.series)
        .map(|s| s.points.len())
        .sum()
}

/// The last line of the output: how many files were checked, and either what they hold or how
/// many problems they have.
fn summarise(report: &mut Report, checked: usize, areas: &AreaFile, themes: &[ThemeData]) {
    let figures = figure_count(themes);
    let series: usize = themes.iter().map(|t| t.series.len()).sum();
    if report.ok() {
        report.out.push(format!(
            "{checked} files checked: no problems ({} areas, {} themes, {series} series, {figures} figures)",
            areas.areas.len(),
            themes.len()
        ));
    } else {
        let n = report.problems.len();
        report.out.push(format!(
            "{checked} files checked: {n} problem{}",
            if n == 1 { "" } else { "s" }
        ));
    }
}

/// Writes every figure of `themes` as tidy CSV to `path`.
fn write_csv(report: &mut Report, path: &Path, areas: &AreaFile, themes: &[ThemeData]) {
    let figures = figure_count(themes);
    let mut csv = String::from(TIDY_HEADER);
    csv.push('\n');
    for t in themes {
        tidy_rows(t, areas, &mut csv);
    }
    match std::fs::write(path, csv) {
        Ok(()) => report
            .out
            .push(format!("wrote {figures} figures to {}", display(path))),
        Err(e) => report
            .problems
            .push(format!("{}: cannot be written ({e})", display(path))),
    }
}

/// Runs the checks.
pub fn run(options: &Options) -> Report {
    let mut report = Report {
        out: Vec::new(),
        problems: Vec::new(),
    };
    let files = match json_files(&options.inputs) {
        Ok(f) => f,
        Err(e) => {
            report.problems.push(e);
            return report;
        }
    };
    let areas_path = areas_path(options, &files);
    let Some(areas) = read_areas(&mut report, &areas_path) else {
        report
            .problems
            .push("the other files cannot be checked without a valid area list".into());
        return report;
    };
    for path in &options.imports {
        check_import(&mut report, path, &areas);
    }
    let others: Vec<&PathBuf> = files
        .iter()
        .filter(|f| f.file_name() != areas_path.file_name() || f.parent() != areas_path.parent())
        .collect();
    let themes: Vec<ThemeData> = others
        .iter()
        .filter_map(|file| check_file(&mut report, file, &areas))
        .collect();
    // The area list and the others.
    summarise(&mut report, others.len() + 1, &areas, &themes);
    if let Some(csv_path) = &options.csv {
        write_csv(&mut report, csv_path, &areas, &themes);
    }
    report
}
