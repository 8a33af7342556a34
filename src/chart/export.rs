//! The data behind a line chart as CSV, and file names that say what a download is.

use crate::chart::LineChartSpec;
use crate::model::export::csv_field;
use crate::model::Source;

/// The CSV header of [`chart_csv`].
pub const CHART_CSV_HEADER: &str = "indicator,locality,period,value,unit,status,source";

/// One row per point of every line in `spec`, exactly as plotted (in index or percentage-change
/// mode the values are the transformed ones, and the unit says so), with its source citation.
pub fn chart_csv(spec: &LineChartSpec, title: &str, sources: &[Source]) -> String {
    let mut out = String::from(CHART_CSV_HEADER);
    out.push_str("\r\n");
    for line in &spec.lines {
        let source = sources
            .iter()
            .find(|s| s.id == line.source)
            .map_or_else(|| line.source.clone(), Source::citation);
        for (&(_, value), period) in line.points.iter().zip(&line.period_labels) {
            let fields = [
                csv_field(title),
                csv_field(&line.label),
                csv_field(period),
                value.to_string(),
                csv_field(&spec.unit_label),
                csv_field(&line.status_label),
                csv_field(&source),
            ];
            out.push_str(&fields.join(","));
            out.push_str("\r\n");
        }
    }
    out
}

/// A file name stem such as `share-aged-65-plus_bsw-banes-swindon-wiltshire_index`: the
/// indicator, the localities and (if not plain figures) the display mode, in lower-case ASCII.
pub fn file_stem(indicator: &str, localities: &[&str], mode: &str) -> String {
    let slug = |text: &str| {
        let mut s = String::new();
        for c in text.chars() {
            if c.is_ascii_alphanumeric() {
                s.push(c.to_ascii_lowercase());
            } else if !s.ends_with('-') && !s.is_empty() {
                s.push('-');
            }
        }
        s.trim_end_matches('-').to_owned()
    };
    let mut stem = slug(indicator);
    let places: Vec<String> = localities.iter().map(|l| slug(l)).collect();
    if !places.is_empty() {
        stem.push('_');
        stem.push_str(&places.join("-"));
    }
    if mode != "absolute" {
        stem.push('_');
        stem.push_str(&slug(mode));
    }
    stem.chars().take(120).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_say_what_the_file_is() {
        assert_eq!(
            file_stem("share-aged-65-plus", &["BSW", "B&NES", "Swindon"], "index"),
            "share-aged-65-plus_bsw-b-nes-swindon_index"
        );
        assert_eq!(file_stem("ae-4hr", &[], "absolute"), "ae-4hr");
    }
}
