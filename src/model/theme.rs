//! Themes (Population, Housing, …) and the data file each one loads.

use crate::model::{Indicator, Series, Source};
use serde::{Deserialize, Serialize};

/// A theme of the explorer: one page of charts with its own data file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Theme {
    /// Population growth and ageing.
    Population,
    /// Housing delivery and growth.
    Housing,
    /// Health inequalities.
    HealthInequalities,
    /// Deprivation inside each place, neighbourhood by neighbourhood (its own file and page).
    Neighbourhoods,
    /// NHS performance against standards.
    Performance,
    /// Statistical process control of the monthly performance measures (its own page, on the
    /// performance file).
    Variation,
    /// Finance and workforce, from the board papers.
    FinanceWorkforce,
    /// Files the user opened (a Fingertips export or a theme file), held only in the browser.
    YourData,
}

impl Theme {
    /// Every theme, in navigation order.
    pub const ALL: [Theme; 8] = [
        Theme::Population,
        Theme::Housing,
        Theme::HealthInequalities,
        Theme::Neighbourhoods,
        Theme::Performance,
        Theme::Variation,
        Theme::FinanceWorkforce,
        Theme::YourData,
    ];

    /// Identifier used in data files and URLs, e.g. `health-inequalities`.
    pub fn id(self) -> &'static str {
        match self {
            Theme::Population => "population",
            Theme::Housing => "housing",
            Theme::HealthInequalities => "health-inequalities",
            Theme::Neighbourhoods => "neighbourhoods",
            Theme::Performance => "performance",
            Theme::Variation => "variation",
            Theme::FinanceWorkforce => "finance-workforce",
            Theme::YourData => "your-data",
        }
    }

    /// Title for navigation and headings.
    pub fn title(self) -> &'static str {
        match self {
            Theme::Population => "Population",
            Theme::Housing => "Housing",
            Theme::HealthInequalities => "Health inequalities",
            Theme::Neighbourhoods => "Neighbourhoods",
            Theme::Performance => "Performance",
            Theme::Variation => "Variation",
            Theme::FinanceWorkforce => "Finance & workforce",
            Theme::YourData => "Your data",
        }
    }

    /// The theme with this identifier.
    pub fn from_id(id: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.id() == id)
    }

    /// Whether the theme is a page of indicators from a bundled theme file, `data/<id>.json`
    /// (not the user's files, nor the neighbourhoods with their own page and file).
    pub fn is_bundled(self) -> bool {
        !matches!(
            self,
            Theme::YourData | Theme::Neighbourhoods | Theme::Variation
        )
    }

    /// The theme whose data file the page reads: the performance file for the Variation view,
    /// else the theme itself.
    pub fn data_theme(self) -> Theme {
        match self {
            Theme::Variation => Theme::Performance,
            other => other,
        }
    }

    /// Whether the theme shows the user's own files (held only in the browser).
    pub fn is_user(self) -> bool {
        self == Theme::YourData
    }

    /// Path of the theme's data file, relative to the app (e.g. `data/population.json`).
    pub fn data_file(self) -> String {
        format!("data/{}.json", self.id())
    }
}

/// The contents of one theme's data file, e.g. `data/population.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThemeData {
    /// Version of the data format.
    pub format_version: u32,
    /// Theme identifier, e.g. `population`.
    pub theme: String,
    /// Where the figures come from.
    pub sources: Vec<Source>,
    /// What is measured.
    pub indicators: Vec<Indicator>,
    /// The figures.
    pub series: Vec<Series>,
}

impl ThemeData {
    /// The indicator with this id.
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The series of one indicator for one area (estimates, projections, …), in file order.
    pub fn series_for(&self, indicator: &str, area: &str) -> Vec<&Series> {
        self.series
            .iter()
            .filter(|s| s.indicator == indicator && s.area == area)
            .collect()
    }

    /// Codes of the areas that have data for an indicator, without repeats, in file order.
    pub fn areas_with(&self, indicator: &str) -> Vec<&str> {
        let mut codes: Vec<&str> = Vec::new();
        for s in self.series.iter().filter(|s| s.indicator == indicator) {
            if !codes.contains(&s.area.as_str()) {
                codes.push(&s.area);
            }
        }
        codes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for t in Theme::ALL {
            assert_eq!(Theme::from_id(t.id()), Some(t));
        }
        assert_eq!(Theme::from_id("finance"), None);
        assert_eq!(
            Theme::HealthInequalities.data_file(),
            "data/health-inequalities.json"
        );
    }

    #[test]
    fn only_the_five_indicator_themes_have_a_theme_file_and_only_your_data_is_the_user_s() {
        let bundled: Vec<Theme> = Theme::ALL.into_iter().filter(|t| t.is_bundled()).collect();
        assert_eq!(bundled.len(), 5);
        assert!(!Theme::Neighbourhoods.is_bundled() && !Theme::Neighbourhoods.is_user());
        assert!(!Theme::Variation.is_bundled());
        assert_eq!(Theme::Variation.data_theme(), Theme::Performance);
        assert_eq!(Theme::Housing.data_theme(), Theme::Housing);
        let user: Vec<Theme> = Theme::ALL.into_iter().filter(|t| t.is_user()).collect();
        assert_eq!(user, [Theme::YourData]);
    }
}
