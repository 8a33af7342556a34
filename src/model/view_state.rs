//! What the user is looking at: theme and localities. Plain data, so that it can be tested
//! natively and, later, written to and read from the page's URL.

use crate::model::Theme;

/// The areas shown when the explorer opens: the BSW system and its three places.
pub const DEFAULT_AREAS: [&str; 4] = ["E54000040", "E06000022", "E06000030", "E06000054"];

/// The user's current choices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewState {
    /// The theme shown.
    pub theme: Theme,
    /// Codes of the chosen localities.
    pub areas: Vec<String>,
}

impl Default for ViewState {
    fn default() -> ViewState {
        ViewState {
            theme: Theme::Population,
            areas: DEFAULT_AREAS.iter().map(|s| s.to_string()).collect(),
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
            self.areas.sort_by_key(rank);
        }
    }

    /// The chosen areas as string slices.
    pub fn area_refs(&self) -> Vec<&str> {
        self.areas.iter().map(String::as_str).collect()
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
        let mut s = ViewState::default();
        s.toggle_area("E06000022", &order);
        assert!(!s.has_area("E06000022"));
        s.toggle_area("E92000001", &order);
        s.toggle_area("E06000022", &order);
        assert_eq!(s.area_refs(), order);
    }
}
