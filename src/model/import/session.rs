//! One visit's "Your data": the files a user opens one after another, merged into one theme,
//! with the localities they add. In the browser this runs in a web worker of its own (the
//! importer is not part of the page's first download); the page sends each file's name and text
//! and gets back the parts of an [`ImportReply`] (`src/bin/import_worker.rs`).

use crate::model::import::{
    import_file_reporting, merge, with_new_areas, Imported, IMPORTED_THEME,
};
use crate::model::{AreaFile, LoadError, ThemeData, FORMAT_VERSION};

/// What happened to one opened file, in words for the page.
#[derive(Debug, Clone, PartialEq)]
pub enum Opened {
    /// Loaded: a summary, problems (rows left out) and remarks.
    Loaded {
        /// E.g. "fingertips.csv: 3 indicators, 120 figures for 6 localities."
        summary: String,
        /// Each problem with its place (`file:line:column: what is wrong`).
        problems: Vec<String>,
        /// Plain remarks that are not problems.
        remarks: Vec<String>,
    },
    /// Refused, with the reasons.
    Refused(LoadError),
}

/// The answer to one opened file: what happened, and everything opened so far.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportReply {
    /// What happened to this file.
    pub opened: Opened,
    /// The "Your data" theme so far and the areas with any the files added, when this file
    /// loaded (`None` when it was refused: it changed nothing, so nothing is sent back).
    pub so_far: Option<(ThemeData, AreaFile)>,
}

/// The files opened so far in one visit.
#[derive(Debug, Clone)]
pub struct ImportSession {
    areas: AreaFile,
    data: Option<ThemeData>,
}

impl ImportSession {
    /// A session that knows the bundled areas (`data/areas.json`).
    pub fn new(areas: AreaFile) -> ImportSession {
        ImportSession { areas, data: None }
    }

    /// Reads one file and adds it to what was opened before.
    pub fn open(&mut self, file: &str, text: &str) -> ImportReply {
        self.open_reporting(file, text, &mut |_, _| {})
    }

    /// [`ImportSession::open`], calling `progress(rows read, rows in all)` as a large CSV is read.
    pub fn open_reporting(
        &mut self,
        file: &str,
        text: &str,
        progress: &mut dyn FnMut(usize, usize),
    ) -> ImportReply {
        let opened = match import_file_reporting(file, text, &self.areas, progress) {
            Err(e) => Opened::Refused(e),
            Ok(mut imported) => {
                if let Some(before) = &self.data {
                    let remarks = crate::model::import::reconcile::reconcile(before, &mut imported);
                    imported.remarks.extend(remarks);
                }
                let data = self.data.get_or_insert_with(|| ThemeData {
                    format_version: FORMAT_VERSION,
                    theme: IMPORTED_THEME.into(),
                    sources: Vec::new(),
                    indicators: Vec::new(),
                    series: Vec::new(),
                });
                merge(data, &imported.data);
                self.areas = with_new_areas(&self.areas, &imported.new_areas);
                Opened::Loaded {
                    summary: summarise(file, &imported),
                    problems: imported.problems.iter().map(ToString::to_string).collect(),
                    remarks: imported.remarks,
                }
            }
        };
        let so_far = match opened {
            Opened::Loaded { .. } => self.data.clone().map(|d| (d, self.areas.clone())),
            Opened::Refused(_) => None,
        };
        ImportReply { opened, so_far }
    }
}

/// How many added localities a summary names; the rest are counted.
pub const NAMES_LISTED: usize = 10;

/// The names of the first `n` areas, then how many more: `Bristol, Bath and 99,998 more`.
pub fn first_names(areas: &[crate::model::Area], n: usize) -> String {
    let mut names: Vec<String> = areas.iter().take(n).map(|a| a.name.clone()).collect();
    if areas.len() > n {
        let more = crate::model::format::format_number((areas.len() - n) as f64, 0);
        names.push(format!("{more} more"));
    }
    names.join(", ")
}

/// "file: 3 indicators, 120 figures for 6 localities. Added localities: Bristol."
pub fn summarise(file: &str, imported: &Imported) -> String {
    let figures: usize = imported.data.series.iter().map(|s| s.points.len()).sum();
    let indicators = imported.data.indicators.len();
    let mut areas: Vec<&str> = imported
        .data
        .series
        .iter()
        .map(|s| s.area.as_str())
        .collect();
    crate::model::order::sort(&mut areas);
    areas.dedup();
    let n = |v: usize| crate::model::format::format_number(v as f64, 0);
    let mut text = format!(
        "{file}: {} indicator{}, {} figure{} for {} localit{}.",
        n(indicators),
        if indicators == 1 { "" } else { "s" },
        n(figures),
        if figures == 1 { "" } else { "s" },
        n(areas.len()),
        if areas.len() == 1 { "y" } else { "ies" }
    );
    if !imported.new_areas.is_empty() {
        text.push_str(&format!(
            " Added localities: {}.",
            first_names(&imported.new_areas, NAMES_LISTED)
        ));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::parse_areas;

    const HEADER: &str = "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,Value note,Recent Trend,Compared to England value or percentiles\n";

    fn session() -> ImportSession {
        let text = std::fs::read_to_string("data/areas.json").expect("bundled areas");
        ImportSession::new(parse_areas("data/areas.json", &text).expect("valid areas"))
    }

    fn csv(rows: &[&str]) -> String {
        let mut text = HEADER.to_owned();
        for r in rows {
            text.push_str(r);
            text.push('\n');
        }
        text
    }

    #[test]
    fn files_accumulate_and_new_areas_are_added_once() {
        let mut s = session();
        let first = s.open(
            "a.csv",
            &csv(&["90366,Life expectancy at birth,E92000001,England,E06000023,Bristol,UA,Male,All ages,,,2021 - 23,78.1,77.8,78.4,,,,,,,"]),
        );
        let Opened::Loaded { summary, .. } = &first.opened else {
            panic!("refused: {first:?}")
        };
        assert_eq!(
            summary,
            "a.csv: 1 indicator, 1 figure for 1 locality. Added localities: Bristol."
        );
        let second = s.open(
            "b.csv",
            &csv(&["90362,Healthy life expectancy at birth,E92000001,England,E06000023,Bristol,UA,Female,All ages,,,2021 - 23,82.5,82.2,82.8,,,,,,,"]),
        );
        let Opened::Loaded { summary, .. } = &second.opened else {
            panic!("refused: {second:?}")
        };
        assert!(
            !summary.contains("Added"),
            "Bristol is known by now: {summary}"
        );
        let (data, areas) = second.so_far.expect("data so far");
        assert_eq!(data.series.len(), 2, "both files' series are kept");
        assert_eq!(
            areas.areas.iter().filter(|a| a.code == "E06000023").count(),
            1
        );
    }

    #[test]
    fn a_refused_file_keeps_what_was_opened_before() {
        let mut s = session();
        let none = s.open("empty.csv", "");
        assert!(matches!(none.opened, Opened::Refused(_)));
        assert_eq!(none.so_far, None);
        s.open(
            "a.csv",
            &csv(&["90366,Life expectancy at birth,E92000001,England,E06000025,South Gloucestershire,UA,Male,All ages,,,2021 - 23,80.9,80.5,81.3,,,,,,,"]),
        );
        let after = s.open("broken.json", "{");
        assert!(matches!(after.opened, Opened::Refused(_)));
        assert_eq!(after.so_far, None, "a refused file sends nothing back");
        let next = s.open(
            "b.csv",
            &csv(&["90366,Life expectancy at birth,E92000001,England,E06000024,North Somerset,UA,Male,All ages,,,2021 - 23,80.1,79.5,80.7,,,,,,,"]),
        );
        assert_eq!(next.so_far.expect("kept and added").0.series.len(), 2);
    }

    /// The worker sends the theme and the areas as JSON texts (`src/bin/import_worker.rs`);
    /// the page reads them back.
    fn through_json(reply: &ImportReply) -> ImportReply {
        fn text<T: serde::Serialize>(value: &T) -> String {
            serde_json::to_string(value).expect("serialisable")
        }
        let opened = reply.opened.clone();
        let so_far = reply.so_far.as_ref().map(|(theme, areas)| {
            (
                serde_json::from_str(&text(theme)).expect("theme"),
                serde_json::from_str(&text(areas)).expect("areas"),
            )
        });
        ImportReply { opened, so_far }
    }

    #[test]
    fn the_reply_survives_its_trip_through_json() {
        let mut s = session();
        let text =
            std::fs::read_to_string("tests/fixtures/import/fingertips_real.csv").expect("fixture");
        let reply = s.open("fingertips_real.csv", &text);
        assert!(reply.so_far.is_some());
        assert_eq!(through_json(&reply), reply);
        let refused = s.open("x.json", "[1]");
        assert!(matches!(refused.opened, Opened::Refused(_)));
        assert_eq!(through_json(&refused), refused);
    }

    #[test]
    fn the_same_indicator_by_other_periods_is_kept_apart_and_replacements_are_said() {
        let mut s = session();
        s.open(
            "years.csv",
            &csv(&["90366,LE,E92000001,England,E06000030,Swindon,UA,Male,All ages,,,2021,78.1,,,,,,,,,"]),
        );
        let again = s.open(
            "again.csv",
            &csv(&["90366,LE,E92000001,England,E06000030,Swindon,UA,Male,All ages,,,2022,78.4,,,,,,,,,"]),
        );
        let Opened::Loaded { remarks, .. } = &again.opened else {
            panic!("refused: {again:?}")
        };
        assert!(
            remarks.contains(
                &"Replaces the figures opened before for 1 indicator and locality pair.".to_owned()
            ),
            "{remarks:?}"
        );
        let months = s.open(
            "months.csv",
            &csv(&["90366,LE,E92000001,England,E06000030,Swindon,UA,Male,All ages,,,2022-01,78.4,,,,,,,,,"]),
        );
        let Opened::Loaded { remarks, .. } = &months.opened else {
            panic!("refused: {months:?}")
        };
        assert!(
            remarks.iter().any(|r| r.contains(
                "by month, but by year in a file opened before: kept apart as \"LE (2)\""
            )),
            "{remarks:?}"
        );
        let (data, _) = months.so_far.expect("data so far");
        let ids: Vec<&str> = data.indicators.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(ids.len(), 2, "{ids:?}");
        assert!(data.series.iter().any(|x| x.indicator.ends_with("-2")));
    }
}
