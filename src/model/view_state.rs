//! What the user is looking at: theme, indicator and localities. Plain data, so that it can be
//! tested natively and, later, written to and read from the page's URL.

use crate::model::display::DisplayMode;
use crate::model::{Theme, ThemeData};

/// The areas chosen when the explorer opens: the BSW system, its three places and the three
/// acute trusts (which have figures only on the Performance theme).
pub const DEFAULT_AREAS: [&str; 7] = [
    "E54000040",
    "E06000022",
    "E06000030",
    "E06000054",
    "RD1",
    "RN3",
    "RNZ",
];

/// What the map shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum MapScope {
    /// B&NES, Swindon and Wiltshire, labelled with their values.
    #[default]
    Places,
    /// Every local authority district in England.
    England,
}

impl MapScope {
    /// The id used in links: `places` or `england`.
    pub fn id(self) -> &'static str {
        match self {
            MapScope::Places => "places",
            MapScope::England => "england",
        }
    }

    /// The scope with this id.
    pub fn from_id(id: &str) -> Option<MapScope> {
        [MapScope::Places, MapScope::England]
            .into_iter()
            .find(|m| m.id() == id)
    }
}

/// A locality ticked or unticked, as its box (or its shape on a map) shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AreaToggle {
    /// The locality's code.
    pub code: String,
    /// The localities ticked on screen when they are not the chosen ones (see
    /// [`ViewState::toggle_shown`]); empty otherwise.
    pub shown: Vec<String>,
    /// Every locality's code in display order.
    pub order: Vec<String>,
}

impl AreaToggle {
    /// Applies the change to `view`'s localities.
    pub fn apply(&self, view: &mut ViewState) {
        let order: Vec<&str> = self.order.iter().map(String::as_str).collect();
        view.toggle_shown(&self.code, &self.shown, &order);
    }
}

/// The user's current choices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewState {
    /// The theme shown.
    pub theme: Theme,
    /// The chosen indicator's id; `None` for the theme's first indicator.
    pub indicator: Option<String>,
    /// Codes of the chosen localities.
    pub areas: Vec<String>,
    /// Figures, index or percentage change (for counts and money).
    pub mode: DisplayMode,
    /// The map's extent.
    pub map: MapScope,
    /// Whether the figures are shown as a table (the table view is open).
    pub table: bool,
    /// The period chosen for the comparison with England (`None`: the latest).
    pub period: Option<String>,
    /// The locality of the Population theme's age structure (`None`: its first).
    pub age: Option<String>,
    /// The locality of the population pyramid (`None`: its first).
    pub pyramid: Option<String>,
    /// The pyramid's projected year (`None`: the default for its locality).
    pub pyramid_year: Option<i32>,
    /// The neighbourhood view's place (`None`: all of BSW).
    pub place: Option<String>,
    /// The neighbourhood view's domain of deprivation (`None`: the overall index).
    pub domain: Option<String>,
    /// The neighbourhood read on the neighbourhood view, if any.
    pub focus: Option<String>,
    /// The locality of the Variation view (`None`: BSW, else its first).
    pub locality: Option<String>,
}

impl Default for ViewState {
    fn default() -> ViewState {
        ViewState {
            theme: Theme::Population,
            indicator: None,
            areas: DEFAULT_AREAS.iter().map(|s| s.to_string()).collect(),
            mode: DisplayMode::Absolute,
            map: MapScope::Places,
            table: false,
            period: None,
            age: None,
            pyramid: None,
            pyramid_year: None,
            place: None,
            domain: None,
            focus: None,
            locality: None,
        }
    }
}

impl ViewState {
    /// Whether an area is chosen.
    pub fn has_area(&self, code: &str) -> bool {
        self.areas.iter().any(|a| a == code)
    }

    /// Adds or removes an area. `order` gives the display order, so that legends and tables
    /// list areas the same way whatever order they were chosen in.
    pub fn toggle_area(&mut self, code: &str, order: &[&str]) {
        if self.has_area(code) {
            self.areas.retain(|a| a != code);
        } else {
            self.areas.push(code.to_owned());
            let rank = |a: &String| order.iter().position(|o| o == a).unwrap_or(usize::MAX);
            crate::model::order::sort_by_key(&mut self.areas, rank);
        }
    }

    /// Adds or removes an area as its box on screen shows it: the localities `shown` (ticked on
    /// screen, perhaps because none of the chosen had figures) become chosen first, so that
    /// unticking one of them leaves the others ticked.
    pub fn toggle_shown(&mut self, code: &str, shown: &[String], order: &[&str]) {
        for s in shown {
            if !self.has_area(s) {
                self.toggle_area(s, order);
            }
        }
        self.toggle_area(code, order);
    }

    /// The chosen areas as string slices.
    pub fn area_refs(&self) -> Vec<&str> {
        self.areas.iter().map(String::as_str).collect()
    }

    /// Shows another theme, starting from its first indicator.
    pub fn show_theme(&mut self, theme: Theme) {
        if self.theme != theme {
            self.theme = theme;
            self.indicator = None;
            self.period = None;
        }
    }

    /// The indicator to show from `data`: the chosen one if the theme has it, else the first
    /// indicator that has figures.
    pub fn indicator_in<'a>(&self, data: &'a ThemeData) -> Option<&'a str> {
        let has_data = |id: &str| data.series.iter().any(|s| s.indicator == id);
        self.indicator
            .as_deref()
            .and_then(|id| data.indicator(id))
            .map(|i| i.id.as_str())
            .filter(|id| has_data(id))
            .or_else(|| {
                data.indicators
                    .iter()
                    .map(|i| i.id.as_str())
                    .find(|id| has_data(id))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggling_keeps_display_order() {
        let order = [
            "E54000040",
            "E06000022",
            "E06000030",
            "E06000054",
            "E92000001",
        ];
        let mut s = ViewState {
            areas: order[..4].iter().map(|s| s.to_string()).collect(),
            ..ViewState::default()
        };
        s.toggle_area("E06000022", &order);
        assert!(!s.has_area("E06000022"));
        s.toggle_area("E92000001", &order);
        s.toggle_area("E06000022", &order);
        assert_eq!(s.area_refs(), order);
    }

    #[test]
    fn unticking_a_locality_shown_by_the_fallback_keeps_the_others() {
        let order = ["E54000040", "RD1", "RN3", "RNZ"];
        let mut s = ViewState {
            areas: vec!["E54000040".into()],
            ..ViewState::default()
        };
        let shown: Vec<String> = vec!["RD1".into(), "RN3".into(), "RNZ".into()];
        s.toggle_shown("RN3", &shown, &order);
        assert_eq!(s.area_refs(), ["E54000040", "RD1", "RNZ"]);
        // When what is shown is already chosen, it is a plain toggle.
        s.toggle_shown("RNZ", &["RD1".into(), "RNZ".into()], &order);
        assert_eq!(s.area_refs(), ["E54000040", "RD1"]);
    }

    #[test]
    fn changing_theme_resets_the_indicator() {
        let mut s = ViewState {
            indicator: Some("x".into()),
            ..ViewState::default()
        };
        s.show_theme(Theme::Population);
        assert_eq!(s.indicator.as_deref(), Some("x"));
        s.show_theme(Theme::Housing);
        assert_eq!(s.indicator, None);
    }
}
