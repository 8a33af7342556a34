//! Where figures come from: publisher or document, table or section, licence and date.

use serde::{Deserialize, Serialize};

/// The source of a series of figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Identifier used by series in the same file, e.g. `ons-mye`.
    pub id: String,
    /// Publisher or author, e.g. `Office for National Statistics`.
    pub publisher: String,
    /// Title of the publication or document.
    pub title: String,
    /// Table, section or page the figures were taken from.
    pub section: String,
    /// Web address of the publication, if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Licence under which the figures are reused, e.g. `Open Government Licence v3.0`.
    pub licence: String,
    /// Date of publication, `YYYY-MM-DD` or `YYYY-MM` or `YYYY`; absent when the source
    /// extract does not record it (the note then says what is known).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// When the extract was taken (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), for sources whose
    /// publication dates the extract does not record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extracted: Option<String>,
    /// Caveats a reader should know.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Source {
    /// When the figures were published, or failing that when the extract was taken, in words:
    /// `published 2025-06-24`, `extract taken 2026-07-01`; `None` when neither is recorded.
    pub fn date_in_words(&self) -> Option<String> {
        match (&self.published, &self.extracted) {
            (Some(date), _) => Some(format!("published {date}")),
            (None, Some(date)) => Some(format!("extract taken {date}")),
            (None, None) => None,
        }
    }

    /// A one-line citation for a chart's source line:
    /// `Office for National Statistics, Mid-year population estimates (Table MYE2), published 2024. Licence: Open Government Licence v3.0.`
    pub fn citation(&self) -> String {
        let published = self
            .date_in_words()
            .unwrap_or_else(|| "date of publication not recorded".to_owned());
        format!(
            "{}, {} ({}), {published}. Licence: {}.",
            self.publisher,
            self.title,
            self.section,
            self.licence.trim_end_matches('.')
        )
    }
}
