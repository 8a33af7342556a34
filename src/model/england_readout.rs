//! The England-wide map's words: the readout of the area under the pointer and the line naming
//! the chosen localities' values.

use crate::model::england::{AllAreasIndicator, EnglandFile};
use crate::model::format::format_value;
use crate::model::AreaFile;

/// A value as the map's words and table show it, or "no figure published".
pub fn value_text(ind: &AllAreasIndicator, value: Option<f64>) -> String {
    value.map_or_else(
        || "no figure published".to_owned(),
        |v| format_value(v, ind.indicator.value_type, ind.indicator.decimals()),
    )
}

/// "Cornwall: 23.4% (2023). England: 20.1% (2023)." for the area under the pointer, else
/// England's value alone.
pub fn readout(file: &EnglandFile, ind: &AllAreasIndicator, pointed: Option<&str>) -> String {
    let england = format!(
        "England: {} ({}).",
        value_text(ind, ind.england()),
        ind.period
    );
    match pointed.and_then(|c| file.area(c)) {
        Some(a) => format!(
            "{}: {} ({}). {england}",
            a.name,
            value_text(ind, ind.values.get(&a.code).copied()),
            ind.period
        ),
        None => england,
    }
}

/// "Outlined in black: Swindon 20.5%; Wiltshire 25.1%." for the chosen localities that are on
/// the map, or `None` when none is.
pub fn chosen_line(
    file: &EnglandFile,
    ind: &AllAreasIndicator,
    areas: &AreaFile,
    chosen: &[String],
) -> Option<String> {
    let parts: Vec<String> = chosen
        .iter()
        .filter(|c| file.area(c).is_some())
        .map(|c| {
            let value = value_text(ind, ind.values.get(c).copied());
            format!("{} {value}", areas.short_name(c))
        })
        .collect();
    (!parts.is_empty()).then(|| format!("Outlined in black: {}.", parts.join("; ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::england::parse_england;

    /// The shared test file, with no value for E2.
    fn file() -> EnglandFile {
        let text = crate::model::england::TEST_FILE.replace(r#""E2": 7, "#, "");
        parse_england("data/england.json", &text).expect("the test file is valid")
    }

    #[test]
    fn the_readout_names_the_pointed_area_then_england() {
        let f = file();
        let ind = f.indicator("x").expect("x");
        assert_eq!(
            readout(&f, ind, Some("E1")),
            "One: 5.0% (2023). England: 6.0% (2023)."
        );
        assert_eq!(
            readout(&f, ind, Some("E2")),
            "Two: no figure published (2023). England: 6.0% (2023)."
        );
        assert_eq!(readout(&f, ind, None), "England: 6.0% (2023).");
        assert_eq!(readout(&f, ind, Some("E9")), "England: 6.0% (2023).");
    }

    #[test]
    fn the_chosen_line_lists_only_areas_on_the_map() {
        let f = file();
        let ind = f.indicator("x").expect("x");
        let areas = AreaFile::default();
        let chosen = ["E1".to_owned(), "E06000054".to_owned()];
        assert_eq!(
            chosen_line(&f, ind, &areas, &chosen).as_deref(),
            Some("Outlined in black: E1 5.0%.")
        );
        assert_eq!(
            chosen_line(&f, ind, &areas, &["E06000054".to_owned()]),
            None
        );
    }
}
