//! What a Variation analysis says in words: the sentences under the chart, the meaning of the two
//! icons, and the board summary of every monthly measure and locality (its rows, order and CSV).
//! Every sentence is written from the analysis, never fixed text.

use crate::model::export::csv_field;
use crate::model::format::format_value;
use crate::model::period::MONTH_NAMES;
use crate::model::spc::{analyse, Assurance, Side, SpcPoint, SpcResult, Variation, MIN_RELIABLE};
use crate::model::spc_series::{localities, monthly_indicators, spc_series, SpcSeries};
use crate::model::{AreaFile, Indicator, Period, PeriodType, Polarity, ThemeData};

/// A month in full, `March 2026`; other periods as they are usually written.
pub fn month_name(period: &Period) -> String {
    match *period {
        Period::Month { year, month } => {
            let name = MONTH_NAMES.get(usize::from(month).saturating_sub(1));
            format!("{} {year}", name.unwrap_or(&"?"))
        }
        other => other.to_string(),
    }
}

/// A period as data files write it (`2025-03`), in full (`March 2025`).
pub fn month_words(period: &str) -> String {
    Period::parse(period, PeriodType::Month)
        .map(|p| month_name(&p))
        .unwrap_or_else(|_| period.to_owned())
}

/// The variation verdict in words, as NHS England's icons name it.
pub fn variation_words(variation: Option<Variation>, polarity: Polarity) -> &'static str {
    let high_is_good = polarity == Polarity::HigherIsBetter;
    match variation {
        None => "No figures",
        Some(Variation::CommonCause) => "Common cause variation",
        Some(Variation::Improvement) if high_is_good => "Special cause improvement (high)",
        Some(Variation::Improvement) => "Special cause improvement (low)",
        Some(Variation::Concern) if high_is_good => "Special cause concern (low)",
        Some(Variation::Concern) => "Special cause concern (high)",
        Some(Variation::NeitherHigh) => "Special cause variation (high)",
        Some(Variation::NeitherLow) => "Special cause variation (low)",
    }
}

/// What the variation verdict means, for the icon's explanation.
pub fn variation_meaning(variation: Option<Variation>) -> &'static str {
    match variation {
        None => "There are no figures to analyse.",
        Some(Variation::CommonCause) => {
            "The latest month is within the variation the process usually shows: no sign of real change."
        }
        Some(Variation::Improvement) => {
            "A pattern unlikely to be chance, in the better direction: something has changed for the better."
        }
        Some(Variation::Concern) => {
            "A pattern unlikely to be chance, in the worse direction: something has changed for the worse."
        }
        Some(Variation::NeitherHigh | Variation::NeitherLow) => {
            "A pattern unlikely to be chance; for this measure higher is neither better nor worse."
        }
    }
}

/// The assurance verdict in words, as NHS England's icons name it.
pub fn assurance_words(assurance: Assurance) -> &'static str {
    match assurance {
        Assurance::ConsistentlyPassing => "Consistently passing the target",
        Assurance::ConsistentlyFailing => "Consistently failing the target",
        Assurance::HitAndMiss => "Hit and miss against the target",
        Assurance::Changed => "No assurance yet: the process has changed",
        Assurance::NotApplicable => "No assurance against a target",
    }
}

/// What the assurance verdict means, for the icon's explanation.
pub fn assurance_meaning(assurance: Assurance) -> &'static str {
    match assurance {
        Assurance::ConsistentlyPassing => {
            "The target lies outside the process limits on the worse side: as the process varies now, every month should meet it."
        }
        Assurance::ConsistentlyFailing => {
            "The target lies outside the process limits on the better side: as the process varies now, no month will meet it without a change."
        }
        Assurance::HitAndMiss => {
            "The target lies between the process limits: as the process varies now, some months will meet it and some will not."
        }
        Assurance::Changed => {
            "The latest months are a special cause on the other side from what the process limits say: the process has changed since they were set, so they cannot say whether it will meet the target. New limits, once the new level has lasted, will."
        }
        Assurance::NotApplicable => {
            "There is no target to judge against, or higher is neither better nor worse for this measure."
        }
    }
}

/// The special-cause rule that decides a point's verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Rule {
    Outside,
    TwoOfThree,
    Trend,
    Shift,
}

/// The rule that decides the latest point's verdict, its side, and the first month of its run
/// (never before `floor`, the start of the latest point's period).
fn deciding_run(points: &[SpcPoint], latest: usize, floor: usize) -> Option<(Rule, Side, usize)> {
    let f = points[latest].flags;
    let run_start = |pick: fn(&SpcPoint) -> Option<Side>, side: Side| {
        let mut j = latest;
        while j > floor && points[j - 1].value.is_some() && pick(&points[j - 1]) == Some(side) {
            j -= 1;
        }
        j
    };
    if let Some(side) = f.outside {
        return Some((Rule::Outside, side, latest));
    }
    if let Some(side) = f.two_of_three {
        return Some((Rule::TwoOfThree, side, latest.saturating_sub(2)));
    }
    if let Some(side) = f.trend {
        return Some((Rule::Trend, side, run_start(|p| p.flags.trend, side)));
    }
    f.shift
        .map(|side| (Rule::Shift, side, run_start(|p| p.flags.shift, side)))
}

/// How the analysed figures are formatted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Formatting {
    /// The kind of number.
    pub value_type: crate::model::ValueType,
    /// Decimal places.
    pub decimals: u8,
}

impl Formatting {
    /// The indicator's formatting.
    pub fn of(ind: &Indicator) -> Formatting {
        Formatting {
            value_type: ind.value_type,
            decimals: ind.decimals(),
        }
    }

    /// A value as people read it.
    pub fn value(self, v: f64) -> String {
        format_value(v, self.value_type, self.decimals)
    }
}

/// The evidence for a special cause, e.g. `7 months in a row above its mean (70.2%)`.
fn evidence(result: &SpcResult, latest: usize, fmt: Formatting) -> Option<(String, usize)> {
    let points = &result.points;
    let floor = result
        .periods
        .iter()
        .find(|p| (p.start..p.end).contains(&latest))
        .map_or(0, |p| p.start);
    let (rule, side, start) = deciding_run(points, latest, floor)?;
    let p = &points[latest];
    let n = points[start..=latest]
        .iter()
        .filter(|p| p.value.is_some())
        .count();
    let (above, high) = match side {
        Side::High => ("above", "upper"),
        Side::Low => ("below", "lower"),
    };
    let limit = if side == Side::High { p.upper } else { p.lower };
    let text = match rule {
        Rule::Outside => format!(
            "the latest figure ({}) is {above} the {high} process limit ({})",
            fmt.value(p.value.unwrap_or_default()),
            fmt.value(limit.unwrap_or_default())
        ),
        Rule::TwoOfThree => format!("2 of the last 3 months are close to the {high} process limit"),
        // A run of months (as the method counts them), its first the one the rise starts from:
        // not "each higher than the one before".
        Rule::Trend => format!(
            "a run of {n} months {} from {} to {}",
            if side == Side::High {
                "rising"
            } else {
                "falling"
            },
            fmt.value(points[start].value.unwrap_or_default()),
            fmt.value(p.value.unwrap_or_default()),
        ),
        Rule::Shift => format!(
            "{n} months in a row {above} the mean ({})",
            fmt.value(p.mean.unwrap_or_default())
        ),
    };
    Some((text, start))
}

/// The variation sentence, e.g. `For RUH Bath, the figures show special cause improvement since
/// March 2025: 7 months in a row above the mean (70.2%).`
pub fn variation_sentence(
    who: &str,
    result: &SpcResult,
    polarity: Polarity,
    fmt: Formatting,
) -> String {
    let Some(latest) = result.points.iter().rposition(|p| p.value.is_some()) else {
        return format!("For {who}, there are no figures to analyse.");
    };
    let p = &result.points[latest];
    let when = month_words(&p.period);
    match evidence(result, latest, fmt) {
        Some((text, start)) => {
            let kind = variation_words(Some(p.verdict), polarity).to_lowercase();
            let kind = kind.split(" (").next().unwrap_or(&kind).to_owned();
            let since = month_words(&result.points[start].period);
            let since = if start == latest { format!("in {when}") } else { format!("since {since}") };
            format!("For {who}, the figures show {kind} {since}: {text}.")
        }
        None => format!(
            "For {who}, the figures show common cause variation: the latest ({}, {when}) is within the process limits ({} to {}) around a mean of {}, with no pattern of special cause.",
            fmt.value(p.value.unwrap_or_default()),
            fmt.value(p.lower.unwrap_or_default()),
            fmt.value(p.upper.unwrap_or_default()),
            fmt.value(p.mean.unwrap_or_default()),
        ),
    }
}

/// The assurance sentence, e.g. `At its current variation it will not consistently meet the 78%
/// ambition for March 2026: its upper process limit (74.0%) is below it.`
pub fn assurance_sentence(
    series: &SpcSeries,
    result: &SpcResult,
    polarity: Polarity,
    fmt: Formatting,
) -> String {
    let latest = result.periods.iter().rev().find_map(|p| p.limits);
    let (Some(target), Some(l)) = (&series.target, latest) else {
        return "There is no target or standard for this measure in the data, so no assurance can be given.".into();
    };
    let label = &target.label;
    let (lo, hi) = (fmt.value(l.lower), fmt.value(l.upper));
    match result.assurance {
        Assurance::ConsistentlyFailing if polarity == Polarity::HigherIsBetter => format!("At its current variation it will not consistently meet the {label}: its upper process limit ({hi}) is below it."),
        Assurance::ConsistentlyFailing => format!("At its current variation it will not consistently meet the {label}: its lower process limit ({lo}) is above it."),
        Assurance::ConsistentlyPassing if polarity == Polarity::HigherIsBetter => format!("At its current variation it will consistently meet the {label}: its lower process limit ({lo}) is above it."),
        Assurance::ConsistentlyPassing => format!("At its current variation it will consistently meet the {label}: its upper process limit ({hi}) is below it."),
        Assurance::HitAndMiss => format!("At its current variation it will sometimes meet and sometimes miss the {label}: it lies between its process limits ({lo} to {hi})."),
        Assurance::Changed => changed_sentence(series, result, label, (&lo, &hi), fmt),
        Assurance::NotApplicable => format!("Higher is neither better nor worse for this measure, so there is no assurance against the {label}."),
    }
}

/// The assurance sentence when the latest months' special cause contradicts the limits, e.g.
/// `The latest months are a special cause improvement: the process has changed since its
/// limits (60.2% to 66.1%) were set, so they cannot say whether it will meet the 70% target for
/// March 2027. The latest month (71.5%) met it.`
fn changed_sentence(
    series: &SpcSeries,
    result: &SpcResult,
    label: &str,
    (lo, hi): (&str, &str),
    fmt: Formatting,
) -> String {
    let which = match result.variation {
        Some(Variation::Improvement) => "improvement",
        _ => "concern",
    };
    let latest = result.points.iter().rev().find_map(|p| p.value);
    let met = match (latest, &series.target) {
        (Some(v), Some(t)) => {
            let meets = match series.input.polarity {
                Polarity::LowerIsBetter => v <= t.value,
                _ => v >= t.value,
            };
            let word = if meets { "met" } else { "did not meet" };
            format!(" The latest month ({}) {word} it.", fmt.value(v))
        }
        _ => String::new(),
    };
    format!("The latest months are a special cause {which}: the process has changed since its limits ({lo} to {hi}) were set, so they cannot say whether it will meet the {label}.{met}")
}

/// The warning when the latest limits rest on fewer than [`MIN_RELIABLE`] months, if they do.
pub fn reliability_warning(result: &SpcResult) -> Option<String> {
    let last = result.periods.iter().rposition(|p| p.count > 0)?;
    let period = &result.periods[last];
    (period.count < MIN_RELIABLE).then(|| {
        let since = result
            .points
            .get(period.start)
            .map(|p| month_words(&p.period))
            .unwrap_or_default();
        format!(
            "The current limits come from only {} months (from {since}), fewer than {MIN_RELIABLE}: they are not yet reliable, so read the verdicts with care.",
            period.count
        )
    })
}

/// One row of the board summary: a measure at a locality.
#[derive(Debug, Clone, PartialEq)]
pub struct BoardRow {
    /// The indicator's id.
    pub indicator: String,
    /// Its title.
    pub measure: String,
    /// The locality's code.
    pub area: String,
    /// Its short name.
    pub locality: String,
    /// The latest figure, formatted (empty when none).
    pub latest: String,
    /// Its month, `2025-07`.
    pub period: String,
    /// The variation verdict.
    pub variation: Option<Variation>,
    /// It in words.
    pub variation_text: &'static str,
    /// The assurance verdict.
    pub assurance: Assurance,
    /// It in words.
    pub assurance_text: &'static str,
    /// The target judged against, in words (empty when none).
    pub target: String,
    /// Position of the measure in the file, for ordering by measure.
    pub measure_rank: usize,
    /// Position of the locality in the area file, for ordering by locality.
    pub locality_rank: usize,
}

/// The analysis of one measure at one locality, with its row.
fn board_row(
    data: &ThemeData,
    areas: &AreaFile,
    ind: &Indicator,
    rank: usize,
    code: &str,
) -> Option<BoardRow> {
    let series = spc_series(data, &ind.id, code).ok()?;
    let result = analyse(&series.input);
    let latest = result.points.iter().rev().find(|p| p.value.is_some())?;
    let fmt = Formatting::of(ind);
    Some(BoardRow {
        indicator: ind.id.clone(),
        measure: ind.title.clone(),
        area: code.to_owned(),
        locality: areas.short_name(code).to_owned(),
        latest: latest.value.map(|v| fmt.value(v)).unwrap_or_default(),
        period: latest.period.clone(),
        variation: result.variation,
        variation_text: variation_words(result.variation, ind.polarity),
        assurance: result.assurance,
        assurance_text: assurance_words(result.assurance),
        target: series.target.map(|t| t.label).unwrap_or_default(),
        measure_rank: rank,
        locality_rank: areas.display_rank(code),
    })
}

/// Every monthly measure at every locality that has it, in file order.
pub fn board_rows(data: &ThemeData, areas: &AreaFile) -> Vec<BoardRow> {
    let mut rows = Vec::new();
    for (rank, ind) in monthly_indicators(data).into_iter().enumerate() {
        for code in localities(data, &ind.id, areas) {
            rows.extend(board_row(data, areas, ind, rank, &code));
        }
    }
    rows
}

/// How the board summary is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoardOrder {
    /// By measure, then locality (the file's order).
    Measure,
    /// By locality, then measure.
    Locality,
    /// Concerns first, then improvements, other special causes, common cause.
    Variation,
    /// Consistently failing first, then hit and miss, passing, none.
    Assurance,
}

impl BoardOrder {
    /// Every order, as the table's column buttons offer them.
    pub const ALL: [BoardOrder; 4] = [
        BoardOrder::Measure,
        BoardOrder::Locality,
        BoardOrder::Variation,
        BoardOrder::Assurance,
    ];

    /// Identifier for the order chooser.
    pub fn id(self) -> &'static str {
        match self {
            BoardOrder::Measure => "measure",
            BoardOrder::Locality => "locality",
            BoardOrder::Variation => "variation",
            BoardOrder::Assurance => "assurance",
        }
    }

    /// The order in words.
    pub fn label(self) -> &'static str {
        match self {
            BoardOrder::Measure => "By measure",
            BoardOrder::Locality => "By locality",
            BoardOrder::Variation => "Concerns first",
            BoardOrder::Assurance => "Failing the target first",
        }
    }
}

fn variation_rank(v: Option<Variation>) -> u8 {
    match v {
        Some(Variation::Concern) => 0,
        Some(Variation::Improvement) => 1,
        Some(Variation::NeitherHigh | Variation::NeitherLow) => 2,
        Some(Variation::CommonCause) => 3,
        None => 4,
    }
}

fn assurance_rank(a: Assurance) -> u8 {
    match a {
        Assurance::ConsistentlyFailing => 0,
        Assurance::HitAndMiss => 1,
        Assurance::ConsistentlyPassing => 2,
        Assurance::Changed => 3,
        Assurance::NotApplicable => 4,
    }
}

/// Sorts the rows (stable; ties keep measure then locality order).
pub fn sort_board(rows: &mut [BoardRow], order: BoardOrder) {
    let base = |r: &BoardRow| (r.measure_rank, r.locality_rank);
    match order {
        BoardOrder::Measure => rows.sort_by_key(base),
        BoardOrder::Locality => rows.sort_by_key(|r| (r.locality_rank, r.measure_rank)),
        BoardOrder::Variation => rows.sort_by_key(|r| (variation_rank(r.variation), base(r))),
        BoardOrder::Assurance => rows.sort_by_key(|r| (assurance_rank(r.assurance), base(r))),
    }
}

/// The board summary as CSV, one row per measure and locality.
pub fn board_csv(rows: &[BoardRow]) -> String {
    let mut out = String::from("measure,locality,code,latest,month,variation,assurance,target\n");
    for r in rows {
        let fields = [
            r.measure.as_str(),
            &r.locality,
            &r.area,
            &r.latest,
            &r.period,
            r.variation_text,
            r.assurance_text,
            &r.target,
        ];
        let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&line.join(","));
        out.push('\n');
    }
    out
}

/// The special-cause rules that flag a point, in words (empty when none does).
pub fn rules_words(flags: &crate::model::spc::Flags) -> String {
    let side =
        |s: Side, high: &'static str, low: &'static str| if s == Side::High { high } else { low };
    let mut out: Vec<&str> = Vec::new();
    if let Some(s) = flags.outside {
        out.push(side(s, "above the upper limit", "below the lower limit"));
    }
    if let Some(s) = flags.two_of_three {
        out.push(side(
            s,
            "2 of 3 close to the upper limit",
            "2 of 3 close to the lower limit",
        ));
    }
    if let Some(s) = flags.trend {
        out.push(side(s, "7 or more rising", "7 or more falling"));
    }
    if let Some(s) = flags.shift {
        out.push(side(
            s,
            "7 or more above the mean",
            "7 or more below the mean",
        ));
    }
    out.join("; ")
}

/// One month of the Variation table, formatted: month, figure, mean, lower and upper limits,
/// the verdict and the rules that flag it.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthRow {
    /// The month as data files write it, `2025-07`.
    pub period: String,
    /// The month in words, `Jul 2025` (with `(provisional)` when it is).
    pub month: String,
    /// The figure (empty when the month has none).
    pub value: String,
    /// The mean of its period.
    pub mean: String,
    /// The lower process limit.
    pub lower: String,
    /// The upper process limit.
    pub upper: String,
    /// The verdict in words (empty when the month has no figure).
    pub verdict: &'static str,
    /// The rules that flag it.
    pub rules: String,
}

/// The months of the analysis as table rows, in time order.
pub fn month_rows(
    series: &SpcSeries,
    result: &SpcResult,
    polarity: Polarity,
    fmt: Formatting,
) -> Vec<MonthRow> {
    let text = |v: Option<f64>| v.map(|v| fmt.value(v)).unwrap_or_default();
    result
        .points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut month = Period::parse(&p.period, PeriodType::Month)
                .map(|m| m.to_string())
                .unwrap_or_else(|_| p.period.clone());
            if series.provisional.binary_search(&i).is_ok() {
                month.push_str(" (provisional)");
            }
            MonthRow {
                period: p.period.clone(),
                month,
                value: text(p.value),
                mean: text(p.mean),
                lower: text(p.lower),
                upper: text(p.upper),
                verdict: if p.value.is_some() {
                    variation_words(Some(p.verdict), polarity)
                } else {
                    ""
                },
                rules: rules_words(&p.flags),
            }
        })
        .collect()
}

/// The months as CSV, with the measure and locality on every row and unformatted figures.
pub fn months_csv(
    series: &SpcSeries,
    result: &SpcResult,
    measure: &str,
    locality: &str,
    polarity: Polarity,
) -> String {
    let num = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
    let mut out = String::from("measure,locality,code,month,value,provisional,mean,lower_limit,upper_limit,variation,rules\n");
    for (i, p) in result.points.iter().enumerate() {
        let verdict = if p.value.is_some() {
            variation_words(Some(p.verdict), polarity)
        } else {
            ""
        };
        let fields = [
            measure.to_owned(),
            locality.to_owned(),
            series.area.clone(),
            p.period.clone(),
            num(p.value),
            if series.provisional.binary_search(&i).is_ok() {
                "yes".into()
            } else {
                String::new()
            },
            num(p.mean),
            num(p.lower),
            num(p.upper),
            verdict.to_owned(),
            rules_words(&p.flags),
        ];
        let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&line.join(","));
        out.push('\n');
    }
    out
}
