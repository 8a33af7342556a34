//! The view in the page's address: every choice as a query-string parameter, so that a link
//! restores the view exactly. Reading never fails: a parameter that is unknown, malformed or
//! stale falls back to the default and adds a plain notice saying so.
//!
//! `?theme=health-inequalities&indicator=smoking-prevalence&areas=E06000030,E92000001&mode=absolute&map=places&view=chart&period=2023`
//! and `&embed=1` for the embedded chart.

use crate::model::display::DisplayMode;
use crate::model::view_state::{MapScope, ViewState};
use crate::model::{AreaFile, AreaLevel, Theme};

/// The longest parameter value read; longer values are ignored with a notice.
const MAX_VALUE: usize = 2000;
/// The most notices a link gives (the last says how many more there were).
pub const MAX_NOTICES: usize = 5;
/// The most unknown locality codes a notice lists.
const MAX_QUOTED: usize = 5;
/// The most characters of the link a notice quotes.
const QUOTE_CHARS: usize = 40;

/// What a link asks for.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UrlState {
    /// The view.
    pub view: ViewState,
    /// Whether to show only the chart, for embedding in another page.
    pub embed: bool,
}

/// A link read: the state it restores and a notice for each parameter that could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedUrl {
    /// The state to show.
    pub state: UrlState,
    /// Plain-English notices, e.g. `The link's theme "wealth" is not known, so Population is shown.`
    pub notices: Vec<String>,
    /// Codes the link names that are not known yet but could be localities of the user's own
    /// files (letters and digits, at most [`MAX_PENDING`]): chosen once those files open again.
    pub pending_areas: Vec<String>,
}

/// The most unknown locality codes of a link kept for when the user's files open again.
pub const MAX_PENDING: usize = 50;

/// Decodes `%XX` escapes and `+` (a space). Invalid escapes are kept as they are; the result is
/// `None` if the bytes are not UTF-8.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

/// Encodes everything but unreserved characters (RFC 3986) and `,`.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~,".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The query string (without `?`) for `state`. Every choice is written, so a link means the
/// same thing even if the defaults change.
pub fn to_query(state: &UrlState) -> String {
    let v = &state.view;
    let mut parts = vec![format!("theme={}", v.theme.id())];
    if let Some(ind) = &v.indicator {
        parts.push(format!("indicator={}", percent_encode(ind)));
    }
    let areas: Vec<String> = v.areas.iter().map(|a| percent_encode(a)).collect();
    parts.push(format!("areas={}", areas.join(",")));
    parts.push(format!("mode={}", v.mode.id()));
    parts.push(format!("map={}", v.map.id()));
    parts.push(format!("view={}", if v.table { "table" } else { "chart" }));
    if let Some(p) = &v.period {
        parts.push(format!("period={}", percent_encode(p)));
    }
    if let Some(a) = &v.age {
        parts.push(format!("age={}", percent_encode(a)));
    }
    if let Some(a) = &v.pyramid {
        parts.push(format!("pyramid={}", percent_encode(a)));
    }
    if let Some(y) = v.pyramid_year {
        parts.push(format!("pyramid-year={y}"));
    }
    for (key, value) in [
        ("place", &v.place),
        ("domain", &v.domain),
        ("focus", &v.focus),
        ("locality", &v.locality),
    ] {
        if let Some(value) = value {
            parts.push(format!("{key}={}", percent_encode(value)));
        }
    }
    if state.embed {
        parts.push("embed=1".into());
    }
    parts.join("&")
}

fn plain_id(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 100
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./".contains(c))
}

/// The iframe snippet that embeds `view`'s chart from the explorer at `address` (the page's
/// address without its query), titled `title`.
pub fn embed_code(address: &str, view: &ViewState, title: &str) -> String {
    let query = to_query(&UrlState {
        view: view.clone(),
        embed: true,
    });
    format!(
        "<iframe src=\"{}?{}\" title=\"{}\" width=\"100%\" height=\"600\" loading=\"lazy\" style=\"border:0\"></iframe>",
        crate::model::format::escape_html(address),
        crate::model::format::escape_html(&query),
        crate::model::format::escape_html(title)
    )
}

/// Reads a query string (with or without the leading `?`) against the known areas. Parameters
/// not given keep their defaults; unknown parameters are ignored.
pub fn from_query(query: &str, areas: &AreaFile) -> ParsedUrl {
    let mut state = UrlState::default();
    let mut notices = Vec::new();
    let mut pending_areas: Vec<String> = Vec::new();
    let query = query.strip_prefix('?').unwrap_or(query);
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        if raw.len() > MAX_VALUE {
            notices.push(format!(
                "The link's {} is too long to read, so it was ignored.",
                quote(key)
            ));
            continue;
        }
        let Some(value) = percent_decode(raw) else {
            notices.push(format!(
                "The link's {} is not readable text, so it was ignored.",
                quote(key)
            ));
            continue;
        };
        // Notices quote the link's words briefly, without control characters.
        let shown = quote(&value);
        read_param(
            key,
            value,
            &shown,
            areas,
            &mut state,
            &mut notices,
            &mut pending_areas,
        );
    }
    if notices.len() > MAX_NOTICES {
        let more = notices.len() - (MAX_NOTICES - 1);
        notices.truncate(MAX_NOTICES - 1);
        notices.push(format!(
            "{more} more parts of the link could not be used either."
        ));
    }
    ParsedUrl {
        state,
        notices,
        pending_areas,
    }
}

/// Applies one parameter of a link to `state`, or says in `notices` why it cannot.
fn read_param(
    key: &str,
    value: String,
    shown: &str,
    areas: &AreaFile,
    state: &mut UrlState,
    notices: &mut Vec<String>,
    pending_areas: &mut Vec<String>,
) {
    let v = &mut state.view;
    match key {
        "theme" => match Theme::from_id(&value) {
            Some(t) => v.theme = t,
            None => notices.push(format!(
                "The link's theme \"{shown}\" is not known, so {} is shown.",
                v.theme.title()
            )),
        },
        "indicator" if plain_id(&value) => v.indicator = Some(value),
        "indicator" => notices.push(format!(
            "The link's indicator \"{shown}\" is not a valid name, so the theme's first indicator is shown."
        )),
        "areas" => {
            let read = read_areas(&value, areas);
            v.areas = read.chosen;
            notices.extend(read.notice);
            *pending_areas = read.pending;
        }
        "mode" => match DisplayMode::from_id(&value) {
            Some(m) => v.mode = m,
            None => notices.push(format!(
                "The link's display \"{shown}\" is not known, so figures are shown as they are."
            )),
        },
        "map" => match MapScope::from_id(&value) {
            Some(m) => v.map = m,
            None => notices.push(format!(
                "The link's map \"{shown}\" is not known, so the map of the three places is shown."
            )),
        },
        "view" => match value.as_str() {
            "chart" => v.table = false,
            "table" => v.table = true,
            _ => notices.push(format!(
                "The link's view \"{shown}\" is not known, so the chart is shown."
            )),
        },
        // A month is written as it is labelled ("Jun 2025"), with a space.
        "period" if plain_id(&value.replace(' ', "_")) => v.period = Some(value),
        "period" => notices.push(format!(
            "The link's period \"{shown}\" is not valid, so the latest period is shown."
        )),
        "age" if areas.get(&value).is_some() => v.age = Some(value),
        "age" => notices.push(format!(
            "The link's age-structure locality \"{shown}\" is not known, so the first is shown."
        )),
        "pyramid" if areas.get(&value).is_some() => v.pyramid = Some(value),
        "pyramid" => notices.push(format!(
            "The link's pyramid locality \"{shown}\" is not known, so the first is shown."
        )),
        "pyramid-year" => match value.parse::<i32>().ok().filter(|y| (1900..=2200).contains(y)) {
            Some(y) => v.pyramid_year = Some(y),
            None => notices.push(format!(
                "The link's pyramid year \"{shown}\" is not a year, so the default is shown."
            )),
        },
        "place" if areas.get(&value).is_some_and(|a| a.level == AreaLevel::Place) => {
            v.place = Some(value);
        }
        "place" => notices.push(format!(
            "The link's place \"{shown}\" is not one of the three places, so all of BSW is shown."
        )),
        "domain" if plain_id(&value) => v.domain = Some(value),
        "domain" => notices.push(format!(
            "The link's domain \"{shown}\" is not a valid name, so the overall index is shown."
        )),
        "focus" if plain_id(&value) => v.focus = Some(value),
        "focus" => notices.push(format!(
            "The link's neighbourhood \"{shown}\" is not a valid code, so none is read."
        )),
        "locality" if areas.get(&value).is_some() => v.locality = Some(value),
        "locality" => notices.push(format!(
            "The link's locality \"{shown}\" is not known, so BSW is shown."
        )),
        "embed" => state.embed = value == "1" || value == "true",
        _ => {}
    }
}

/// The localities a link's `areas` names.
struct AreasRead {
    /// The known ones, without repeats, in the order of the area list.
    chosen: Vec<String>,
    /// A notice listing (a few of) the unknown ones.
    notice: Option<String>,
    /// Unknown codes that may be localities of the user's own files.
    pending: Vec<String>,
}

fn read_areas(value: &str, areas: &AreaFile) -> AreasRead {
    let mut chosen: Vec<String> = Vec::new();
    let mut unknown = Vec::new();
    let mut pending = Vec::new();
    for code in value.split(',').filter(|c| !c.is_empty()) {
        if areas.get(code).is_some() {
            if !chosen.iter().any(|c| c == code) {
                chosen.push(code.to_owned());
            }
        } else {
            unknown.push(format!("\"{}\"", quote(code)));
            let plausible = code.len() <= 12 && code.chars().all(|c| c.is_ascii_alphanumeric());
            if plausible && pending.len() < MAX_PENDING {
                pending.push(code.to_owned());
            }
        }
    }
    if unknown.len() > MAX_QUOTED {
        let more = unknown.len() - MAX_QUOTED;
        unknown.truncate(MAX_QUOTED);
        unknown.push(format!("and {more} more"));
    }
    let notice = (!unknown.is_empty()).then(|| format!(
        "The link names localities this explorer does not know ({}), so they were left out (a locality from your own file needs that file opened again).",
        unknown.join(", ")
    ));
    let order: Vec<&str> = areas.areas.iter().map(|a| a.code.as_str()).collect();
    crate::model::order::sort_by_key(&mut chosen, |c| order.iter().position(|o| o == c));
    AreasRead {
        chosen,
        notice,
        pending,
    }
}

/// `text` as a notice quotes it: at most [`QUOTE_CHARS`] characters (then `…`), with control
/// characters (including line breaks) left out.
fn quote(text: &str) -> String {
    crate::model::format::at_most(text.chars().filter(|c| !c.is_control()), QUOTE_CHARS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embed_code_escapes_its_address_and_title() {
        let view = ViewState {
            theme: Theme::Performance,
            indicator: Some("ae-4hr".into()),
            areas: vec!["E54000040".into()],
            ..ViewState::default()
        };
        let code = embed_code(
            "https://intranet.example/board/explorer/",
            &view,
            "A&E \"4-hour\" <performance>",
        );
        assert_eq!(
            code,
            "<iframe src=\"https://intranet.example/board/explorer/?theme=performance&amp;indicator=ae-4hr&amp;areas=E54000040&amp;mode=absolute&amp;map=places&amp;view=chart&amp;embed=1\" title=\"A&amp;E &quot;4-hour&quot; &lt;performance&gt;\" width=\"100%\" height=\"600\" loading=\"lazy\" style=\"border:0\"></iframe>"
        );
    }
    use crate::model::{Area, AreaLevel};

    fn areas() -> AreaFile {
        let area = |code: &str| Area {
            code: code.into(),
            name: code.into(),
            short_name: code.into(),
            level: AreaLevel::Place,
            parent: None,
        };
        AreaFile {
            format_version: 1,
            areas: vec![area("E54000040"), area("E06000022"), area("E06000030")],
        }
    }

    #[test]
    fn a_view_survives_the_round_trip() {
        let state = UrlState {
            view: ViewState {
                theme: Theme::HealthInequalities,
                indicator: Some("smoking-prevalence".into()),
                areas: vec!["E06000022".into(), "E06000030".into()],
                mode: DisplayMode::Index,
                map: MapScope::England,
                table: true,
                period: Some("2022/23".into()),
                age: Some("E06000030".into()),
                pyramid: Some("E06000022".into()),
                pyramid_year: Some(2035),
                place: Some("E06000030".into()),
                domain: Some("income".into()),
                focus: Some("E01015471".into()),
                locality: Some("E06000022".into()),
            },
            embed: true,
        };
        let query = to_query(&state);
        assert_eq!(
            query,
            "theme=health-inequalities&indicator=smoking-prevalence&areas=E06000022,E06000030&mode=index&map=england&view=table&period=2022%2F23&age=E06000030&pyramid=E06000022&pyramid-year=2035&place=E06000030&domain=income&focus=E01015471&locality=E06000022&embed=1"
        );
        let parsed = from_query(&format!("?{query}"), &areas());
        assert_eq!(parsed.notices, Vec::<String>::new());
        assert_eq!(parsed.state, state);
    }

    #[test]
    fn a_neighbourhood_link_names_a_place_not_a_region() {
        let parsed = from_query(
            "theme=neighbourhoods&place=E99999999&domain=%3Cb%3E",
            &areas(),
        );
        assert_eq!(parsed.state.view.theme, Theme::Neighbourhoods);
        assert_eq!(parsed.state.view.place, None);
        assert_eq!(parsed.state.view.domain, None);
        assert_eq!(parsed.notices.len(), 2, "{:?}", parsed.notices);
    }

    #[test]
    fn a_variation_link_names_a_known_locality() {
        // A formula with a control character, and a code not in the area list.
        let parsed = from_query(
            "theme=variation&locality=%3DHYPERLINK(%22x%22)%0A&indicator=ae-4hr",
            &areas(),
        );
        assert_eq!(parsed.state.view.theme, Theme::Variation);
        assert_eq!(parsed.state.view.locality, None);
        assert_eq!(parsed.notices.len(), 1, "{:?}", parsed.notices);
        let notice = &parsed.notices[0];
        assert!(
            notice.starts_with("The link's locality \"=HYPERLINK"),
            "{notice}"
        );
        assert!(
            notice.ends_with("is not known, so BSW is shown."),
            "{notice}"
        );
        assert!(!notice.chars().any(char::is_control), "{notice}");
        let known = from_query("theme=variation&locality=E06000030", &areas());
        assert_eq!(known.state.view.locality.as_deref(), Some("E06000030"));
    }

    #[test]
    fn unknown_codes_wait_for_the_user_s_files() {
        let parsed = from_query("areas=E06000030,E00000001,%3Cb%3E,X2", &areas());
        assert_eq!(parsed.state.view.areas, ["E06000030"]);
        assert_eq!(parsed.pending_areas, ["E00000001", "X2"]);
    }

    #[test]
    fn a_monthly_comparison_period_survives_the_round_trip() {
        let state = UrlState {
            view: ViewState {
                period: Some("Jun 2025".into()),
                areas: Vec::new(),
                ..ViewState::default()
            },
            embed: false,
        };
        let query = to_query(&state);
        let parsed = from_query(&query, &areas());
        assert_eq!(parsed.notices, Vec::<String>::new(), "{query}");
        assert_eq!(parsed.state.view.period.as_deref(), Some("Jun 2025"));
    }

    #[test]
    fn no_localities_is_a_choice_and_order_follows_the_area_list() {
        let parsed = from_query("areas=", &areas());
        assert!(parsed.state.view.areas.is_empty());
        let parsed = from_query("areas=E06000030,E54000040,E06000030", &areas());
        assert_eq!(parsed.state.view.areas, ["E54000040", "E06000030"]);
    }

    #[test]
    fn bad_parameters_fall_back_with_a_notice_and_the_rest_still_applies() {
        let parsed = from_query(
            "theme=wealth&areas=E06000030,XYZ&mode=sideways&view=both&map=mars&indicator=%3Cscript%3E&period=2023&utm_source=x",
            &areas(),
        );
        let v = &parsed.state.view;
        assert_eq!(v.theme, Theme::Population);
        assert_eq!(v.areas, ["E06000030"]);
        assert_eq!(v.mode, DisplayMode::Absolute);
        assert_eq!(v.indicator, None);
        assert_eq!(v.period.as_deref(), Some("2023"));
        // Six problems: four notices, then a count of the rest.
        assert_eq!(parsed.notices.len(), MAX_NOTICES, "{:?}", parsed.notices);
        assert!(parsed.notices[0].contains("\"wealth\" is not known"));
        assert!(parsed.notices[1].contains("(\"XYZ\")"));
        assert_eq!(
            parsed.notices[4],
            "2 more parts of the link could not be used either."
        );
    }

    #[test]
    fn notices_quote_briefly_and_list_a_few_unknown_localities() {
        let long = "W".repeat(1900);
        let codes: Vec<String> = (0..300).map(|i| format!("X{i}")).collect();
        let parsed = from_query(
            &format!("theme={long}%0A%01&areas={}", codes.join(",")),
            &areas(),
        );
        assert_eq!(parsed.notices.len(), 2);
        let theme = &parsed.notices[0];
        assert!(
            theme.contains(&format!("\"{}…\"", "W".repeat(40))),
            "{theme}"
        );
        assert!(theme.len() < 200 && !theme.contains('\n'));
        assert!(
            parsed.notices[1].contains("\"X4\", and 295 more)"),
            "{}",
            parsed.notices[1]
        );
    }

    #[test]
    fn broken_escapes_and_bytes_never_panic() {
        for q in [
            "%",
            "%4",
            "%zz",
            "a=%ff%fe",
            "=&&=",
            "theme",
            "areas=%2C%2C",
            "\u{1F600}=1",
        ] {
            let _ = from_query(q, &areas());
        }
        assert_eq!(percent_decode("a%20b+c%"), Some("a b c%".into()));
        assert_eq!(percent_decode("%ff"), None);
        assert_eq!(percent_encode("a b/é"), "a%20b%2F%C3%A9");
    }
}
