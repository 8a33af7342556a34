//! The catalogue (`raw/catalogue/`): what each indicator measures and where each source comes
//! from, kept as data so that adding an indicator from an existing kind of source touches no
//! Rust. Four CSV files, described in `docs/data-format.md`:
//!
//! - `sources.csv`: publisher, title, section, address, publication date, licence and note;
//! - `indicators.csv`: the theme, title, definition, unit, kind of number, polarity, period
//!   type, decimals and note of each indicator;
//! - `standards.csv`: standards that apply to every period (reference lines);
//! - `targets.csv`: targets and ambitions for a given period and area (drawn as targets);
//! - `breaks.csv`: breaks in a series (a change of definition or coverage), marked on charts;
//! - `recalculations.csv`: further points where statistical process control starts new limits,
//!   each with its reason (breaks are such points already).
//!
//! The board papers' own indicators and sources (`raw/board-papers/`) use the same columns and
//! the same readers.

use crate::model::{
    Indicator, Point, Recalculation, SeriesBreak, Source, Standard, Status, ThemeData,
};
use crate::prepare::common::{push_point, SeriesKey};
use crate::prepare::table::RawTable;
use crate::prepare::PrepareError;
use serde::de::DeserializeOwned;

/// The sources, relative to `raw/`.
pub const RAW_SOURCES: &str = "catalogue/sources.csv";
/// The indicators.
pub const RAW_INDICATORS: &str = "catalogue/indicators.csv";
/// The standards (one value for every period).
pub const RAW_STANDARDS: &str = "catalogue/standards.csv";
/// The targets (a value for one period and area).
pub const RAW_TARGETS: &str = "catalogue/targets.csv";
/// The breaks in series.
pub const RAW_BREAKS: &str = "catalogue/breaks.csv";
/// The recalculation points of statistical process control (besides the breaks).
pub const RAW_RECALCULATIONS: &str = "catalogue/recalculations.csv";

/// Reads an enum written as in the data format (`lower_is_better`, `financial_year`…).
pub fn from_name<T: DeserializeOwned>(
    raw: &RawTable,
    line: usize,
    column: &str,
    text: &str,
) -> Result<T, PrepareError> {
    serde_json::from_value(serde_json::Value::String(text.to_owned())).map_err(|_| {
        PrepareError::BadValue {
            file: raw.file.clone(),
            line,
            message: format!("\"{text}\" is not a valid {column}"),
        }
    })
}

/// The trimmed text, or `None` when it is empty.
pub fn optional(text: &str) -> Option<String> {
    let t = text.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

/// Reads a sources file (`id,publisher,title,section,url,published,licence,note`, and optionally
/// `extracted`).
pub fn read_sources(file: &str, text: &str) -> Result<Vec<Source>, PrepareError> {
    let raw = RawTable::parse(file, text)?;
    let c = raw.columns([
        "id",
        "publisher",
        "title",
        "section",
        "url",
        "published",
        "licence",
        "note",
    ])?;
    // Optional: when the extract was taken (the board papers' file has no such column).
    let extracted = raw.table.column("extracted");
    let mut sources: Vec<Source> = Vec::new();
    for r in &raw.table.rows {
        let source = Source {
            id: raw.text(r, c[0]).into(),
            publisher: raw.text(r, c[1]).into(),
            title: raw.text(r, c[2]).into(),
            section: raw.text(r, c[3]).into(),
            url: optional(raw.text(r, c[4])),
            published: optional(raw.text(r, c[5])),
            extracted: extracted.and_then(|e| optional(raw.text(r, e))),
            licence: raw.text(r, c[6]).into(),
            note: optional(raw.text(r, c[7])),
        };
        if source.id.is_empty() || source.licence.is_empty() {
            return Err(raw.error(r, "every source needs an id and a licence"));
        }
        if source.published.is_none() && source.note.is_none() {
            return Err(raw.error(
                r,
                format!(
                    "source \"{}\" has no publication date: its note must say what is known",
                    source.id
                ),
            ));
        }
        if sources.iter().any(|s| s.id == source.id) {
            return Err(raw.error(r, format!("source \"{}\" is listed twice", source.id)));
        }
        sources.push(source);
    }
    Ok(sources)
}

/// Reads an indicators file
/// (`theme,id,title,definition,unit,value_type,polarity,period_type,decimals,note`) as
/// (theme id, indicator) pairs, in file order.
pub fn read_indicators(file: &str, text: &str) -> Result<Vec<(String, Indicator)>, PrepareError> {
    let raw = RawTable::parse(file, text)?;
    let c = raw.columns([
        "theme",
        "id",
        "title",
        "definition",
        "unit",
        "value_type",
        "polarity",
        "period_type",
        "decimals",
        "note",
    ])?;
    let mut indicators: Vec<(String, Indicator)> = Vec::new();
    for r in &raw.table.rows {
        let decimals = match raw.text(r, c[8]) {
            "" => None,
            d => Some(
                d.parse::<u8>()
                    .map_err(|_| raw.error(r, format!("decimals \"{d}\" is not a whole number")))?,
            ),
        };
        let indicator = Indicator {
            id: raw.text(r, c[1]).into(),
            title: raw.text(r, c[2]).into(),
            definition: raw.text(r, c[3]).into(),
            unit: raw.text(r, c[4]).into(),
            value_type: from_name(&raw, r.line, "value_type", raw.text(r, c[5]))?,
            polarity: from_name(&raw, r.line, "polarity", raw.text(r, c[6]))?,
            period_type: from_name(&raw, r.line, "period_type", raw.text(r, c[7]))?,
            decimals,
            standards: Vec::new(),
            breaks: Vec::new(),
            recalculations: Vec::new(),
            note: optional(raw.text(r, c[9])),
        };
        if indicators.iter().any(|(_, i)| i.id == indicator.id) {
            return Err(raw.error(r, format!("indicator \"{}\" is listed twice", indicator.id)));
        }
        indicators.push((raw.text(r, c[0]).to_owned(), indicator));
    }
    Ok(indicators)
}

/// A target for one period and area, such as the 78% A&E ambition for March 2025.
#[derive(Debug, Clone, PartialEq)]
struct Target {
    indicator: String,
    area: String,
    source: String,
    point: Point,
}

/// The catalogue files, read and checked against each other.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalogue {
    sources: Vec<Source>,
    indicators: Vec<(String, Indicator)>,
    targets: Vec<Target>,
}

/// The text of the catalogue files.
pub struct CatalogueRaw<'a> {
    /// `sources.csv`.
    pub sources: &'a str,
    /// `indicators.csv`.
    pub indicators: &'a str,
    /// `standards.csv`.
    pub standards: &'a str,
    /// `targets.csv`.
    pub targets: &'a str,
    /// `breaks.csv`.
    pub breaks: &'a str,
    /// `recalculations.csv`.
    pub recalculations: &'a str,
}

impl Catalogue {
    /// Reads the catalogue; every standard and target must name a known indicator and source.
    pub fn read(raw: &CatalogueRaw<'_>) -> Result<Catalogue, PrepareError> {
        let mut catalogue = Catalogue {
            sources: read_sources(&format!("raw/{RAW_SOURCES}"), raw.sources)?,
            indicators: read_indicators(&format!("raw/{RAW_INDICATORS}"), raw.indicators)?,
            targets: Vec::new(),
        };
        catalogue.read_standards(raw.standards)?;
        catalogue.read_targets(raw.targets)?;
        catalogue.read_breaks(raw.breaks)?;
        catalogue.read_recalculations(raw.recalculations)?;
        Ok(catalogue)
    }

    fn read_breaks(&mut self, text: &str) -> Result<(), PrepareError> {
        let raw = RawTable::parse(&format!("raw/{RAW_BREAKS}"), text)?;
        let c = raw.columns(["indicator", "period", "label", "note"])?;
        for r in &raw.table.rows {
            let id = raw.text(r, c[0]);
            let found = self.indicators.iter_mut().find(|(_, i)| i.id == id);
            let Some((_, indicator)) = found else {
                return Err(raw.error(r, format!("unknown indicator \"{id}\"")));
            };
            let (label, note) = (raw.text(r, c[2]), raw.text(r, c[3]));
            if label.is_empty() || note.is_empty() {
                return Err(raw.error(r, "a break needs a label and a note saying what changed"));
            }
            indicator.breaks.push(SeriesBreak {
                period: raw.text(r, c[1]).into(),
                label: label.into(),
                note: note.into(),
            });
        }
        Ok(())
    }

    fn read_recalculations(&mut self, text: &str) -> Result<(), PrepareError> {
        let raw = RawTable::parse(&format!("raw/{RAW_RECALCULATIONS}"), text)?;
        let c = raw.columns(["indicator", "period", "reason"])?;
        for r in &raw.table.rows {
            let id = raw.text(r, c[0]);
            let found = self.indicators.iter_mut().find(|(_, i)| i.id == id);
            let Some((_, indicator)) = found else {
                return Err(raw.error(r, format!("unknown indicator \"{id}\"")));
            };
            let reason = raw.text(r, c[2]);
            if reason.is_empty() {
                return Err(raw.error(r, "a recalculation point needs its reason"));
            }
            indicator.recalculations.push(Recalculation {
                period: raw.text(r, c[1]).into(),
                reason: reason.into(),
            });
        }
        Ok(())
    }

    fn read_standards(&mut self, text: &str) -> Result<(), PrepareError> {
        let raw = RawTable::parse(&format!("raw/{RAW_STANDARDS}"), text)?;
        let c = raw.columns(["indicator", "value", "label", "source"])?;
        for r in &raw.table.rows {
            let source = raw.text(r, c[3]);
            self.known_source(&raw, r, source)?;
            let standard = Standard {
                value: raw.number(r, c[1])?,
                label: raw.text(r, c[2]).into(),
                source: source.into(),
            };
            let id = raw.text(r, c[0]);
            match self.indicators.iter_mut().find(|(_, i)| i.id == id) {
                Some((_, i)) => i.standards.push(standard),
                None => return Err(raw.error(r, format!("unknown indicator \"{id}\""))),
            }
        }
        Ok(())
    }

    fn read_targets(&mut self, text: &str) -> Result<(), PrepareError> {
        let raw = RawTable::parse(&format!("raw/{RAW_TARGETS}"), text)?;
        let c = raw.columns(["indicator", "area", "period", "value", "source", "note"])?;
        for r in &raw.table.rows {
            let indicator = raw.text(r, c[0]);
            if self.theme_of(indicator).is_none() {
                return Err(raw.error(r, format!("unknown indicator \"{indicator}\"")));
            }
            let source = raw.text(r, c[4]);
            self.known_source(&raw, r, source)?;
            self.targets.push(Target {
                indicator: indicator.into(),
                area: raw.text(r, c[1]).into(),
                source: source.into(),
                point: Point {
                    note: optional(raw.text(r, c[5])),
                    ..Point::new(raw.text(r, c[2]), raw.number(r, c[3])?)
                },
            });
        }
        Ok(())
    }

    fn known_source(
        &self,
        raw: &RawTable,
        row: &crate::model::csv::CsvRow,
        id: &str,
    ) -> Result<(), PrepareError> {
        match self.sources.iter().any(|s| s.id == id) {
            true => Ok(()),
            false => Err(raw.error(row, format!("unknown source \"{id}\""))),
        }
    }

    /// The catalogue of this repository, read from `raw/catalogue/` (native tests and tools).
    pub fn bundled() -> Result<Catalogue, PrepareError> {
        let read = |path: &str| {
            let full = format!("{}/raw/{path}", env!("CARGO_MANIFEST_DIR"));
            std::fs::read_to_string(&full).map_err(|e| PrepareError::BadValue {
                file: format!("raw/{path}"),
                line: 0,
                message: e.to_string(),
            })
        };
        Catalogue::read(&CatalogueRaw {
            sources: &read(RAW_SOURCES)?,
            indicators: &read(RAW_INDICATORS)?,
            standards: &read(RAW_STANDARDS)?,
            targets: &read(RAW_TARGETS)?,
            breaks: &read(RAW_BREAKS)?,
            recalculations: &read(RAW_RECALCULATIONS)?,
        })
    }

    /// The theme an indicator belongs to.
    pub fn theme_of(&self, indicator: &str) -> Option<&str> {
        self.indicators
            .iter()
            .find(|(_, i)| i.id == indicator)
            .map(|(t, _)| t.as_str())
    }

    /// The indicator with this id.
    pub fn indicator(&self, id: &str) -> Result<Indicator, PrepareError> {
        self.indicators
            .iter()
            .find(|(_, i)| i.id == id)
            .map(|(_, i)| i.clone())
            .ok_or_else(|| missing("indicator", id))
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Result<Source, PrepareError> {
        self.sources
            .iter()
            .find(|s| s.id == id)
            .cloned()
            .ok_or_else(|| missing("source", id))
    }

    /// Adds to a theme's data, after the figures have been built: the theme's catalogue
    /// indicators it does not have yet (in catalogue order, after its own), its targets, and every
    /// source that its series and standards cite but it does not list yet.
    pub fn complete(&self, data: &mut ThemeData) -> Result<(), PrepareError> {
        for (_, indicator) in self.indicators.iter().filter(|(t, _)| *t == data.theme) {
            if data.indicator(&indicator.id).is_none() {
                data.indicators.push(indicator.clone());
            }
        }
        let theme = data.theme.clone();
        for t in &self.targets {
            if self.theme_of(&t.indicator) == Some(theme.as_str()) {
                let key = SeriesKey {
                    indicator: &t.indicator,
                    area: &t.area,
                    source: &t.source,
                    status: Status::Target,
                };
                push_point(&mut data.series, key, t.point.clone());
            }
        }
        let mut cited: Vec<&str> = data
            .series
            .iter()
            .map(|s| s.source.as_str())
            .chain(
                data.indicators
                    .iter()
                    .flat_map(|i| i.standards.iter().map(|s| s.source.as_str())),
            )
            .collect();
        crate::model::order::sort(&mut cited);
        cited.dedup();
        // In catalogue order, so that the files read in the order the catalogue lists them.
        let mut missing: Vec<Source> = Vec::new();
        for id in cited.iter().filter(|id| data.source(id).is_none()) {
            missing.push(self.source(id)?);
        }
        missing.sort_by_key(|s| self.sources.iter().position(|c| c.id == s.id));
        data.sources.extend(missing);
        Ok(())
    }
}

fn missing(what: &str, id: &str) -> PrepareError {
    let file = if what == "source" {
        RAW_SOURCES
    } else {
        RAW_INDICATORS
    };
    PrepareError::BadValue {
        file: format!("raw/{file}"),
        line: 0,
        message: format!("the catalogue has no {what} \"{id}\""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCES: &str = "id,publisher,title,section,url,published,licence,note\n\
        s1,NHS England,Stats,Table 1,,2025-01,OGL,\n\
        s2,DHSC,Handbook,Standards,,,OGL,Edition date not recorded.\n";
    const INDICATORS: &str =
        "theme,id,title,definition,unit,value_type,polarity,period_type,decimals,note\n\
        performance,ae,A&E,Def,% of attendances,percent,higher_is_better,month,1,\n";

    fn catalogue(standards: &str, targets: &str) -> Result<Catalogue, PrepareError> {
        Catalogue::read(&CatalogueRaw {
            sources: SOURCES,
            indicators: INDICATORS,
            standards,
            targets,
            breaks: "indicator,period,label,note\nae,2024-02,Series break,Coverage changed.\n",
            recalculations: "indicator,period,reason\nae,2021-04,Figures resume after a gap.\n",
        })
    }

    #[test]
    fn standards_and_targets_join_their_indicator_and_cite_their_source() {
        let c = catalogue(
            "indicator,value,label,source\nae,95,95% standard,s2\n",
            "indicator,area,period,value,source,note\nae,E92000001,2025-03,78,s1,Ambition\n",
        )
        .unwrap();
        let mut data = ThemeData {
            format_version: crate::model::FORMAT_VERSION,
            theme: "performance".into(),
            sources: vec![],
            indicators: vec![],
            series: vec![],
        };
        c.complete(&mut data).unwrap();
        assert_eq!(data.indicators[0].standards[0].value, 95.0);
        assert_eq!(data.indicators[0].breaks[0].period, "2024-02");
        assert_eq!(data.indicators[0].recalculations[0].period, "2021-04");
        assert_eq!(data.series[0].status, Status::Target);
        assert_eq!(data.series[0].points[0].period, "2025-03");
        let ids: Vec<&str> = data.sources.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["s1", "s2"]);
        let e = c.source("s9").unwrap_err().to_string();
        assert!(
            e.contains("raw/catalogue/sources.csv") && e.contains("s9"),
            "{e}"
        );
        let e = c.indicator("i9").unwrap_err().to_string();
        assert!(
            e.contains("raw/catalogue/indicators.csv") && e.contains("i9"),
            "{e}"
        );
    }

    #[test]
    fn unknown_names_are_refused_with_the_line() {
        let e = catalogue(
            "indicator,value,label,source\nnope,95,x,s1\n",
            "indicator,area,period,value,source,note\n",
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("standards.csv:2") && e.contains("nope"), "{e}");
        let e = catalogue(
            "indicator,value,label,source\n",
            "indicator,area,period,value,source,note\nae,E92000001,2025-03,78,s9,\n",
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("targets.csv:2") && e.contains("s9"), "{e}");
    }

    #[test]
    fn a_source_without_a_date_must_say_why() {
        let e = read_sources(
            "raw/s.csv",
            "id,publisher,title,section,url,published,licence,note\nx,P,T,S,,,OGL,\n",
        )
        .unwrap_err()
        .to_string();
        assert!(
            e.contains("raw/s.csv:2") && e.contains("no publication date"),
            "{e}"
        );
    }
}
