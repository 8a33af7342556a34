//! CSV files exported from OHID Fingertips, in its standard layout (`Indicator ID, Indicator
//! Name, Parent Code, Parent Name, Area Code, Area Name, Area Type, Sex, Age, Category Type,
//! Category, Time period, Value, Lower CI 95.0 limit, Upper CI 95.0 limit, …, Count,
//! Denominator, Value note, …`). Columns are found by name, so extra or reordered columns do
//! not matter; quoted fields, a byte-order mark, CRLF line ends and empty values are accepted.
//!
//! Fingertips exports do not say an indicator's unit or whether higher is better, so imported
//! indicators are shown "as published" and never rated better or worse.

use crate::model::csv::{parse_csv, CsvRow, CsvTable};
use crate::model::import::{Imported, IMPORTED_THEME};
use crate::model::series::Status;
use crate::model::validate::{validate_theme, Place};
use crate::model::{
    Area, AreaFile, AreaLevel, Indicator, LoadError, Period, PeriodType, Point, Polarity, Problem,
    Series, Source, ThemeData, ValueType, FORMAT_VERSION,
};
use std::collections::{BTreeMap, HashMap, HashSet};

/// Columns a Fingertips export must have.
pub const REQUIRED: [&str; 6] = [
    "Indicator ID",
    "Indicator Name",
    "Area Code",
    "Area Name",
    "Time period",
    "Value",
];

/// The start of the source id given to a Fingertips file (the file's name follows).
pub const SOURCE_ID: &str = "imported-fingertips";

/// The period types tried, in order, for an indicator's first period.
const KINDS: [PeriodType; 5] = [
    PeriodType::CalendarYear,
    PeriodType::FinancialYear,
    PeriodType::Quarter,
    PeriodType::Month,
    PeriodType::PooledYears,
];

#[derive(Clone, Copy)]
struct Columns {
    id: usize,
    name: usize,
    area: usize,
    area_name: usize,
    period: usize,
    value: usize,
    area_type: Option<usize>,
    sex: Option<usize>,
    age: Option<usize>,
    category_type: Option<usize>,
    lower: Option<usize>,
    upper: Option<usize>,
    count: Option<usize>,
    denominator: Option<usize>,
    note: Option<usize>,
}

/// One indicator as the file describes it: Fingertips id, sex and age.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Key {
    id: String,
    sex: String,
    age: String,
}

struct Reader<'a> {
    file: &'a str,
    table: &'a CsvTable,
    cols: Columns,
    problems: Vec<Problem>,
}

impl Reader<'_> {
    fn text<'r>(&self, row: &'r CsvRow, col: usize) -> &'r str {
        self.table.field(row, col).trim()
    }

    fn problem(&mut self, row: &CsvRow, col: usize, message: String) {
        self.problems.push(Problem {
            file: self.file.to_owned(),
            line: row.line,
            column: col + 1,
            path: format!("column \"{}\"", self.table.headers[col].trim()),
            message,
        });
    }

    /// An optional number: `Ok(None)` when the column is absent or the cell empty.
    fn number(&mut self, row: &CsvRow, col: Option<usize>, what: &str) -> Result<Option<f64>, ()> {
        let Some(col) = col else { return Ok(None) };
        let text = self.text(row, col).replace(',', "");
        if text.is_empty() {
            return Ok(None);
        }
        match text.parse::<f64>() {
            Ok(v) if v.is_finite() => Ok(Some(v)),
            _ => {
                let shown = self.text(row, col).to_owned();
                self.problem(row, col, format!("the {what} \"{shown}\" is not a number"));
                Err(())
            }
        }
    }
}

fn columns(file: &str, table: &CsvTable) -> Result<Columns, LoadError> {
    let missing: Vec<&str> = REQUIRED
        .iter()
        .copied()
        .filter(|c| table.column(c).is_none())
        .collect();
    if !missing.is_empty() {
        let problems = missing
            .iter()
            .map(|c| Problem {
                file: file.to_owned(),
                line: 1,
                column: 1,
                path: String::new(),
                message: format!(
                    "the column \"{c}\" is missing: this does not look like a Fingertips export (its header starts \"Indicator ID,Indicator Name,…\")"
                ),
            })
            .collect();
        return Err(LoadError {
            file: file.to_owned(),
            problems,
        });
    }
    let need = |c: &str| table.column(c).unwrap_or_default();
    Ok(Columns {
        id: need("Indicator ID"),
        name: need("Indicator Name"),
        area: need("Area Code"),
        area_name: need("Area Name"),
        period: need("Time period"),
        value: need("Value"),
        area_type: table.column("Area Type"),
        sex: table.column("Sex"),
        age: table.column("Age"),
        category_type: table.column("Category Type"),
        lower: table.column("Lower CI 95.0 limit"),
        upper: table.column("Upper CI 95.0 limit"),
        count: table.column("Count"),
        denominator: table.column("Denominator"),
        note: table.column("Value note"),
    })
}

/// `2016 - 18` (as Fingertips writes pooled years) → `2016-18`.
/// A period as the explorer writes it: spaces dropped (`2010 - 12` → `2010-12`) and a month
/// name turned into its number (`Jan 2024` → `2024-01`).
fn normalise_period(text: &str) -> String {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let words: Vec<&str> = text.split_whitespace().collect();
    // A quarter keeps its one space: `2023/24 Q1`.
    if let [year, quarter] = words.as_slice() {
        if quarter.len() == 2 && quarter.starts_with(['Q', 'q']) && year.contains('/') {
            return format!("{year} Q{}", &quarter[1..]);
        }
    }
    if let [name, year] = words.as_slice() {
        let short = name.get(..3).unwrap_or(name).to_ascii_lowercase();
        if let Some(m) = MONTHS.iter().position(|m| *m == short) {
            if year.len() == 4 && year.chars().all(|c| c.is_ascii_digit()) {
                return format!("{year}-{:02}", m + 1);
            }
        }
    }
    words.concat()
}

/// The period types to try for a row's period, in order: a run of years is written with spaces
/// around its dash (`2010 - 12`), a month without (`2010-12` is December 2010).
fn kinds_for(original: &str) -> &'static [PeriodType] {
    if original.contains(" - ") {
        &[PeriodType::PooledYears]
    } else {
        &KINDS
    }
}

fn level_of(area_type: &str, code: &str) -> AreaLevel {
    let t = area_type.to_ascii_lowercase();
    if code == crate::model::area::ENGLAND || t == "england" || t.contains("country") {
        AreaLevel::Country
    } else if t.contains("region") {
        AreaLevel::Region
    } else if t.contains("icb") || t.contains("integrated care") || t.contains("stp") {
        AreaLevel::System
    } else if t.contains("pcn") || t.contains("primary care network") || t.contains("gp") {
        AreaLevel::Neighbourhood
    } else {
        AreaLevel::Place
    }
}

fn plausible_code(code: &str) -> bool {
    !code.is_empty() && code.len() <= 12 && code.chars().all(|c| c.is_ascii_alphanumeric())
}

fn decimals_of(text: &str) -> u8 {
    text.split_once('.')
        .map_or(0, |(_, d)| d.len().min(3) as u8)
}

/// A code as it would be misread: capitals, and the letter O as zero.
fn lookalike_key(code: &str) -> String {
    code.chars()
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            c => c,
        })
        .collect()
}

/// The most characters of a name a file gives (a locality's or an indicator's).
pub const MAX_NAME_CHARS: usize = 120;

/// A name from a file as the page shows it: without control characters or the invisible
/// characters that reorder text (a name with a right-to-left override could display as another
/// name), and at most [`MAX_NAME_CHARS`] characters (then `…`).
pub fn plain_name(text: &str) -> String {
    let chars = text.trim().chars().filter(|c| {
        !c.is_control()
            && !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    });
    crate::model::format::at_most(chars, MAX_NAME_CHARS)
}

fn slug(text: &str) -> String {
    let mut s = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            s.push(c.to_ascii_lowercase());
        } else if !s.is_empty() && !s.ends_with('-') {
            s.push('-');
        }
    }
    s.trim_end_matches('-').to_owned()
}

/// What is read for one indicator.
#[derive(Default)]
struct Gathered {
    /// The indicator's name, from its first row.
    name: String,
    kind: Option<PeriodType>,
    decimals: u8,
    /// (area, period text) → point
    points: BTreeMap<(String, String), Point>,
}

/// The line of the file that gave the figure at `place`, or 0 when the place is not one figure.
fn figure_line(place: Place, data: &ThemeData, lines: &FigureLines) -> usize {
    let Place::Point(i, j) = place else {
        return 0;
    };
    let Some(s) = data.series.get(i) else {
        return 0;
    };
    s.points
        .get(j)
        .and_then(|p| lines.get(&(s.indicator.clone(), s.area.clone(), p.period.clone())))
        .copied()
        .unwrap_or(0)
}

/// Runs the data checks and leaves out each point (or series) that fails one, listing it at the
/// row it came from; anything else is listed as it is.
fn drop_failing(
    file: &str,
    data: &mut ThemeData,
    areas: &AreaFile,
    lines: &FigureLines,
    problems: &mut Vec<Problem>,
) {
    for _ in 0..4 {
        let findings = validate_theme(data, areas);
        if findings.is_empty() {
            return;
        }
        let mut drop_points: Vec<(usize, usize)> = Vec::new();
        let mut drop_series: Vec<usize> = Vec::new();
        for f in findings {
            let line = figure_line(f.place, data, lines);
            problems.push(Problem {
                file: file.to_owned(),
                line,
                column: usize::from(line > 0),
                path: String::new(),
                message: format!("{} (this row was left out)", f.message),
            });
            match f.place {
                Place::Point(i, j) => drop_points.push((i, j)),
                Place::Series(i) => drop_series.push(i),
                _ => {}
            }
        }
        if drop_points.is_empty() && drop_series.is_empty() {
            return;
        }
        crate::model::order::sort(&mut drop_points);
        drop_points.dedup();
        for &(i, j) in drop_points.iter().rev() {
            if let Some(s) = data.series.get_mut(i) {
                if j < s.points.len() {
                    s.points.remove(j);
                }
            }
        }
        crate::model::order::sort(&mut drop_series);
        drop_series.dedup();
        for &i in drop_series.iter().rev() {
            if i < data.series.len() {
                data.series.remove(i);
            }
        }
        data.series.retain(|s| !s.points.is_empty());
        let used: Vec<String> = data.series.iter().map(|s| s.indicator.clone()).collect();
        data.indicators.retain(|i| used.contains(&i.id));
    }
}

/// Ids that are unique in one file: ids that differ only in punctuation or case would collide,
/// so the later ones are numbered (`-2`, `-3`…), in one pass each however many collide.
#[derive(Default)]
struct UniqueIds {
    used: HashSet<String>,
    next_number: HashMap<String, usize>,
}

impl UniqueIds {
    fn take(&mut self, base: String) -> String {
        let mut id = base.clone();
        let mut n = *self.next_number.get(&base).unwrap_or(&1);
        while self.used.contains(&id) {
            n += 1;
            id = format!("{base}-{n}");
        }
        self.next_number.insert(base, n);
        self.used.insert(id.clone());
        id
    }
}

/// The explorer's indicator for one Fingertips indicator, sex and age of `file`.
fn indicator_for(file: &str, key: &Key, g: &Gathered, id: String, title: String) -> Indicator {
    Indicator {
        id,
        title,
        definition: format!(
            "Fingertips indicator {}{}{}, as published in {file}. The export does not give the unit or whether higher is better, so figures are shown as published and not rated.",
            key.id,
            if key.sex.is_empty() { String::new() } else { format!("; sex: {}", key.sex) },
            if key.age.is_empty() { String::new() } else { format!("; age: {}", key.age) },
        ),
        unit: "as published".into(),
        value_type: ValueType::Score,
        polarity: Polarity::Neither,
        period_type: g.kind.unwrap_or(PeriodType::CalendarYear),
        decimals: Some(g.decimals),
        standards: Vec::new(),
        breaks: Vec::new(),
        recalculations: Vec::new(),
        note: None,
    }
}

/// The file's own source.
fn source_of(file: &str, source_id: String, ids: &[&str]) -> Source {
    Source {
        id: source_id,
        publisher: "Office for Health Improvement and Disparities (Fingertips)".into(),
        title: format!("Fingertips export opened from this computer: {file}"),
        section: format!("Indicator {}", ids.join(", ")),
        url: Some("https://fingertips.phe.org.uk/".into()),
        licence: "Open Government Licence v3.0 (Fingertips' terms; the file itself does not say)".into(),
        published: None,
        extracted: None,
        note: Some("Opened by you in this browser and not checked by the explorer's maintainers; nothing was sent anywhere.".into()),
    }
}

/// (explorer indicator id, area, period) → the line of the file that gave the figure.
type FigureLines = BTreeMap<(String, String, String), usize>;

/// The theme from what the rows gave: one indicator per Fingertips indicator, sex and age (with
/// distinct ids), a series per locality in time order, the file's own source; and the line of
/// each figure, to place the problems found later.
fn assemble(
    file: &str,
    gathered: &BTreeMap<Key, Gathered>,
    row_lines: &BTreeMap<(Key, String, String), usize>,
) -> (ThemeData, FigureLines) {
    let mut per_id: BTreeMap<&str, usize> = BTreeMap::new();
    for k in gathered.keys() {
        *per_id.entry(k.id.as_str()).or_default() += 1;
    }
    let mut ids = UniqueIds::default();
    let (mut indicators, mut series, mut lines) = (Vec::new(), Vec::new(), FigureLines::new());
    // Each file its own source, so that a second export never makes the first cite it.
    let source_id = format!("{SOURCE_ID}-{}", slug(file));
    for (key, g) in gathered {
        let mut base = format!("fingertips-{}", slug(&key.id));
        let mut title = if g.name.is_empty() {
            format!("Fingertips indicator {}", key.id)
        } else {
            g.name.clone()
        };
        if per_id.get(key.id.as_str()).copied().unwrap_or(0) > 1 {
            base = format!("{base}-{}-{}", slug(&key.sex), slug(&key.age));
            title = format!("{title} ({}, {})", key.sex, key.age);
        }
        let id = ids.take(base);
        indicators.push(indicator_for(file, key, g, id.clone(), title));
        let mut by_area: BTreeMap<&str, Vec<Point>> = BTreeMap::new();
        for ((area, period), p) in &g.points {
            by_area.entry(area.as_str()).or_default().push(p.clone());
            if let Some(line) = row_lines.get(&(key.clone(), area.clone(), period.clone())) {
                lines.insert((id.clone(), area.clone(), period.clone()), *line);
            }
        }
        let kind = g.kind.unwrap_or(PeriodType::CalendarYear);
        for (area, mut points) in by_area {
            crate::model::order::sort_by_key(&mut points, |p| Period::parse(&p.period, kind).ok());
            series.push(Series {
                indicator: id.clone(),
                area: area.to_owned(),
                source: source_id.clone(),
                status: Status::Actual,
                note: None,
                points,
            });
        }
    }
    let id_list: Vec<&str> = per_id.keys().copied().collect();
    let data = ThemeData {
        format_version: FORMAT_VERSION,
        theme: IMPORTED_THEME.into(),
        sources: vec![source_of(file, source_id, &id_list)],
        indicators,
        series,
    };
    (data, lines)
}

/// The known areas, looked up by hash: 100,000 rows with 100,000 new localities stay linear.
struct KnownAreas<'a> {
    codes: HashSet<&'a str>,
    /// [`lookalike_key`] → the known code.
    lookalikes: HashMap<String, &'a str>,
}

impl<'a> KnownAreas<'a> {
    fn of(known: &'a AreaFile) -> KnownAreas<'a> {
        KnownAreas {
            codes: known.areas.iter().map(|a| a.code.as_str()).collect(),
            lookalikes: known
                .areas
                .iter()
                .map(|a| (lookalike_key(&a.code), a.code.as_str()))
                .collect(),
        }
    }
}

/// Reading the fields of one row; each field that cannot be used is listed at its cell.
impl Reader<'_> {
    /// The row's area code, or `None` (listed) when it is not a code, or is a known code
    /// misread ("e06000030" or "E06OOOO30" would add a second Swindon).
    fn area_code(&mut self, row: &CsvRow, known: &KnownAreas<'_>) -> Option<String> {
        let col = self.cols.area;
        let code = self.text(row, col).to_owned();
        if !plausible_code(&code) {
            self.problem(
                row,
                col,
                format!("the area code \"{code}\" is not a code such as E06000030"),
            );
            return None;
        }
        if let Some(like) = known
            .lookalikes
            .get(&lookalike_key(&code))
            .filter(|k| **k != code)
        {
            self.problem(
                row,
                col,
                format!("the area code \"{code}\" looks like {like} (check capitals, and the letter O for zero)"),
            );
            return None;
        }
        Some(code)
    }

    /// The indicator of the row: the Fingertips id `id`, with the row's sex and age.
    fn key(&self, row: &CsvRow, id: String) -> Key {
        let field = |col: Option<usize>| {
            col.map(|c| self.text(row, c).to_owned())
                .unwrap_or_default()
        };
        Key {
            id,
            sex: field(self.cols.sex),
            age: field(self.cols.age),
        }
    }

    /// The row's period: of `kind` (the indicator's other periods') once known, else of the
    /// first kind it reads as; `None` (listed) when it is none.
    fn period(&mut self, row: &CsvRow, kind: Option<PeriodType>) -> Option<Period> {
        let col = self.cols.period;
        let original = self.text(row, col).to_owned();
        let text = normalise_period(&original);
        let parsed = match kind {
            Some(kind) => Period::parse(&text, kind).map_err(|e| {
                format!(
                    "the period \"{original}\" is not a {} like this indicator's other periods (e.g. {})",
                    e.kind, e.example
                )
            }),
            None => kinds_for(&original)
                .iter()
                .find_map(|k| Period::parse(&text, *k).ok())
                .ok_or_else(|| {
                    format!(
                        "the period \"{original}\" is not a year (2023), financial year (2023/24), quarter (2023/24 Q1), run of years (2021-23) or month (2024-03)"
                    )
                }),
        };
        match parsed {
            Ok(p) => Some(p),
            Err(message) => {
                self.problem(row, col, message);
                None
            }
        }
    }

    /// The row's 95% confidence interval: both limits, when both are numbers and contain
    /// `value` (else it is left out, and listed when it does not contain the value).
    fn interval(&mut self, row: &CsvRow, value: f64) -> (Option<f64>, Option<f64>) {
        let cols = self.cols;
        let (lower, upper) = match (
            self.number(row, cols.lower, "lower confidence limit"),
            self.number(row, cols.upper, "upper confidence limit"),
        ) {
            (Ok(l), Ok(u)) => (l, u),
            _ => (None, None),
        };
        match (lower, upper) {
            (Some(l), Some(u)) if l > value || u < value => {
                self.problem(
                    row,
                    cols.lower.unwrap_or(cols.value),
                    format!("the 95% confidence interval {l} to {u} does not contain the value {value}, so it was left out"),
                );
                (None, None)
            }
            (Some(l), Some(u)) => (Some(l), Some(u)),
            _ => (None, None),
        }
    }

    /// The row's figure: `value` at `period`, with the row's interval, count, denominator and
    /// note where given.
    fn point(&mut self, row: &CsvRow, period: Period, value: f64) -> Point {
        let cols = self.cols;
        let (lower, upper) = self.interval(row, value);
        let count = self.number(row, cols.count, "count").ok().flatten();
        let denominator = self
            .number(row, cols.denominator, "denominator")
            .ok()
            .flatten();
        let note = cols
            .note
            .map(|c| self.text(row, c).to_owned())
            .filter(|n| !n.is_empty());
        Point {
            lower,
            upper,
            count,
            denominator,
            note,
            ..Point::new(period.canonical(), value)
        }
    }

    /// The locality `code` as the row names it (by its code when the row gives no name), at
    /// the level its area type suggests.
    fn new_area(&self, row: &CsvRow, code: String) -> Area {
        let name = plain_name(self.text(row, self.cols.area_name));
        let name = if name.is_empty() { code.clone() } else { name };
        let area_type = self
            .cols
            .area_type
            .map(|c| self.text(row, c))
            .unwrap_or_default();
        Area {
            level: level_of(area_type, &code),
            code,
            short_name: name.clone(),
            name,
            parent: None,
        }
    }
}

/// What the rows give, as they are read.
#[derive(Default)]
struct Rows {
    /// Each indicator's figures.
    gathered: BTreeMap<Key, Gathered>,
    /// (indicator key, area, period) → line of the row, to place later problems.
    lines: BTreeMap<(Key, String, String), usize>,
    /// Localities not among the known areas, in the order of their first rows.
    new_areas: Vec<Area>,
    new_codes: HashSet<String>,
    /// Rows of breakdowns (with a Category Type), not used.
    breakdowns: usize,
    /// Rows without a value, skipped.
    empty: usize,
}

impl Rows {
    /// Reads one row: its figure is added to its indicator's, or the row is counted (a
    /// breakdown, no value) or listed (why it cannot be used) and left out.
    fn read(&mut self, r: &mut Reader<'_>, known: &KnownAreas<'_>, row: &CsvRow) {
        let cols = r.cols;
        if cols
            .category_type
            .is_some_and(|c| !r.text(row, c).is_empty())
        {
            self.breakdowns += 1;
            return;
        }
        let id = r.text(row, cols.id).to_owned();
        if id.is_empty() {
            r.problem(row, cols.id, "the indicator ID is empty".into());
            return;
        }
        let Some(code) = r.area_code(row, known) else {
            return;
        };
        let value_text = r.text(row, cols.value).to_owned();
        if value_text.is_empty() {
            self.empty += 1;
            return;
        }
        let name = r.text(row, cols.name).to_owned();
        let key = r.key(row, id);
        let Ok(Some(value)) = r.number(row, Some(cols.value), "value") else {
            return;
        };
        let entry = self.gathered.entry(key.clone()).or_default();
        if entry.name.is_empty() {
            entry.name = plain_name(&name);
        }
        let Some(period) = r.period(row, entry.kind) else {
            return;
        };
        entry.kind = Some(period.kind());
        entry.decimals = entry.decimals.max(decimals_of(&value_text));
        let point = r.point(row, period, value);
        let slot = (code.clone(), point.period.clone());
        if entry.points.contains_key(&slot) {
            r.problem(
                row,
                cols.period,
                format!("{code} {} is given twice; the first was kept", point.period),
            );
            return;
        }
        self.lines
            .insert((key, slot.0.clone(), slot.1.clone()), row.line);
        entry.points.insert(slot, point);
        if !known.codes.contains(code.as_str()) && self.new_codes.insert(code.clone()) {
            self.new_areas.push(r.new_area(row, code));
        }
    }

    /// What is said about the rows not used that are not problems: breakdowns and empty values.
    fn remarks(&self) -> Vec<String> {
        let mut remarks = Vec::new();
        if self.breakdowns > 0 {
            remarks.push(format!(
                "{} rows of breakdowns (by deprivation, ethnicity and so on, with a Category Type) were not used: the explorer shows whole-area figures.",
                self.breakdowns
            ));
        }
        if self.empty > 0 {
            remarks.push(format!(
                "{} rows have no value (Fingertips leaves suppressed or missing figures empty) and were skipped.",
                self.empty
            ));
        }
        remarks
    }
}

/// Reads a Fingertips CSV export against the known areas.
pub fn parse_fingertips(file: &str, text: &str, known: &AreaFile) -> Result<Imported, LoadError> {
    parse_fingertips_reporting(file, text, known, &mut |_, _| {})
}

/// How often (in rows) [`parse_fingertips_reporting`] reports its progress.
pub const PROGRESS_EVERY: usize = 5_000;

/// [`parse_fingertips`], calling `progress(rows read, rows in all)` every [`PROGRESS_EVERY`]
/// rows, so that the page can say how far a large file has got.
pub fn parse_fingertips_reporting(
    file: &str,
    text: &str,
    known: &AreaFile,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Imported, LoadError> {
    let table = parse_csv(text).map_err(|e| LoadError::at(file, e.line, 1, "", e.message))?;
    let mut r = Reader {
        file,
        table: &table,
        cols: columns(file, &table)?,
        problems: Vec::new(),
    };
    let known_areas = KnownAreas::of(known);
    let mut rows = Rows::default();
    let total = table.rows.len();
    for (n, row) in table.rows.iter().enumerate() {
        if n > 0 && n % PROGRESS_EVERY == 0 {
            progress(n, total);
        }
        rows.read(&mut r, &known_areas, row);
    }
    let mut problems = r.problems;
    if rows.gathered.is_empty() {
        problems.push(Problem {
            file: file.to_owned(),
            line: 0,
            column: 0,
            path: String::new(),
            message: "no row has a figure that could be used".into(),
        });
        return Err(LoadError {
            file: file.to_owned(),
            problems,
        });
    }
    let (mut data, lines) = assemble(file, &rows.gathered, &rows.lines);
    // The same checks as the bundled data: a row that breaks one (a zero denominator, a count
    // above its denominator…) is left out and listed at its line.
    let areas = crate::model::import::with_new_areas(known, &rows.new_areas);
    drop_failing(file, &mut data, &areas, &lines, &mut problems);
    if data.series.is_empty() {
        return Err(LoadError {
            file: file.to_owned(),
            problems,
        });
    }
    Ok(Imported {
        data,
        remarks: rows.remarks(),
        new_areas: rows.new_areas,
        problems,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Four localities (X1 to X4) with six years each (2015 to 2020), the years latest first:
    /// series 3 is X4's and its point 5 is 2020. X4's 2020 has a denominator of zero.
    fn four_by_six() -> String {
        let mut text = String::from(
            "Indicator ID,Indicator Name,Area Code,Area Name,Time period,Value,Count,Denominator\n",
        );
        for year in (2015..=2020).rev() {
            for area in ["X1", "X2", "X3", "X4"] {
                let denominator = if (area, year) == ("X4", 2020) { 0 } else { 10 };
                text += &format!("1,Ind,{area},Place {area},{year},5,5,{denominator}\n");
            }
        }
        text
    }

    fn no_areas() -> AreaFile {
        AreaFile {
            format_version: FORMAT_VERSION,
            areas: Vec::new(),
        }
    }

    #[test]
    fn a_finding_on_series_3_point_5_is_placed_at_its_row() {
        let text = four_by_six();
        let table = parse_csv(&text).unwrap();
        let cols = columns("f.csv", &table).unwrap();
        let mut r = Reader {
            file: "f.csv",
            table: &table,
            cols,
            problems: Vec::new(),
        };
        let known = no_areas();
        let known_areas = KnownAreas::of(&known);
        let mut rows = Rows::default();
        for row in &table.rows {
            rows.read(&mut r, &known_areas, row);
        }
        let (data, lines) = assemble("f.csv", &rows.gathered, &rows.lines);
        assert_eq!(
            (
                data.series[3].area.as_str(),
                data.series[3].points[5].period.as_str()
            ),
            ("X4", "2020")
        );
        // The header is line 1; X4 2020 is the fourth row.
        assert_eq!(figure_line(Place::Point(3, 5), &data, &lines), 5);
        assert_eq!(figure_line(Place::Point(0, 0), &data, &lines), 2 + 4 * 5);
        assert_eq!(figure_line(Place::Series(3), &data, &lines), 0);
        assert_eq!(figure_line(Place::Point(3, 6), &data, &lines), 0);
        assert_eq!(figure_line(Place::Point(4, 0), &data, &lines), 0);
    }

    #[test]
    fn a_row_that_fails_a_check_is_left_out_and_listed_at_its_line() {
        let imported = parse_fingertips("f.csv", &four_by_six(), &no_areas()).unwrap();
        let problems: Vec<String> = imported.problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            problems,
            ["f.csv:5:1: the denominator must be more than zero (this row was left out)"]
        );
        let x4 = &imported.data.series[3];
        assert_eq!(x4.area, "X4");
        assert_eq!(x4.points.len(), 5);
        assert!(x4.points.iter().all(|p| p.period != "2020"));
    }
}
