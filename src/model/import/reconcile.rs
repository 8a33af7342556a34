//! A file opened after others: an indicator it shares with them by id but counts in other
//! periods (months against years) is kept apart under a new id, so the chart never mixes them;
//! figures it replaces are said to be replaced.

use crate::model::import::Imported;
use crate::model::ThemeData;
use std::collections::{HashMap, HashSet};

/// Makes `imported` fit beside `before` (what was opened so far) and returns remarks saying what
/// was kept apart or replaced.
pub fn reconcile(before: &ThemeData, imported: &mut Imported) -> Vec<String> {
    let mut remarks = Vec::new();
    let kinds: HashMap<&str, _> = before
        .indicators
        .iter()
        .map(|i| (i.id.as_str(), i.period_type))
        .collect();
    let taken: HashSet<&str> = before.indicators.iter().map(|i| i.id.as_str()).collect();
    let mut renamed: HashMap<String, String> = HashMap::new();
    for ind in &mut imported.data.indicators {
        match kinds.get(ind.id.as_str()) {
            Some(kind) if *kind != ind.period_type => {
                let mut n = 2;
                while taken.contains(format!("{}-{n}", ind.id).as_str()) {
                    n += 1;
                }
                let new_id = format!("{}-{n}", ind.id);
                remarks.push(format!(
                    "\"{}\" is given here by {}, but by {} in a file opened before: kept apart as \"{} ({n})\".",
                    ind.title,
                    ind.period_type.heading().to_ascii_lowercase(),
                    kind.heading().to_ascii_lowercase(),
                    ind.title
                ));
                ind.title = format!("{} ({n})", ind.title);
                renamed.insert(ind.id.clone(), new_id.clone());
                ind.id = new_id;
            }
            _ => {}
        }
    }
    for s in &mut imported.data.series {
        if let Some(new_id) = renamed.get(&s.indicator) {
            s.indicator = new_id.clone();
        }
    }
    let earlier: HashSet<(&str, &str)> = before
        .series
        .iter()
        .map(|s| (s.indicator.as_str(), s.area.as_str()))
        .collect();
    let replaced = imported
        .data
        .series
        .iter()
        .filter(|s| earlier.contains(&(s.indicator.as_str(), s.area.as_str())))
        .count();
    if replaced > 0 {
        remarks.push(format!(
            "Replaces the figures opened before for {replaced} indicator and locality pair{}.",
            if replaced == 1 { "" } else { "s" }
        ));
    }
    remarks
}
