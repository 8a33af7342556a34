//! The neighbourhood view's words, written from the data: a neighbourhood's readout, the summary
//! sentence of a place, and the table's search.

use crate::model::format::format_number;
use crate::model::neighbourhood::{Neighbourhood, NeighbourhoodFile, LSOAS_IN_ENGLAND};
use crate::model::AreaFile;

/// "decile 1 (England's most deprived 10%)" … "decile 10 (England's least deprived 10%)".
pub fn decile_words(decile: u8) -> String {
    match decile {
        1 => "decile 1 (England's most deprived 10%)".to_owned(),
        10 => "decile 10 (England's least deprived 10%)".to_owned(),
        d => format!("decile {d} of 10"),
    }
}

/// "Swindon 003D: Index of Multiple Deprivation decile 1 (England's most deprived
/// 10%), rank 512 of 32,844, score 52.1; 1,620 residents (mid-2015)." The score is the overall
/// index's only.
pub fn readout(file: &NeighbourhoodFile, n: &Neighbourhood, domain: usize) -> String {
    let title = file.domains.get(domain).map_or("", |d| d.title.as_str());
    let (Some(rank), Some(decile)) = (n.ranks.get(domain), n.deciles.get(domain)) else {
        return format!("{}: no figures.", n.name);
    };
    let score = if domain == 0 {
        format!(", score {}", format_number(n.score, 1))
    } else {
        String::new()
    };
    format!(
        "{}: {title} {}, rank {} of {}{score}; {} residents (mid-2015).",
        n.name,
        decile_words(*decile),
        format_number(f64::from(*rank), 0),
        format_number(f64::from(LSOAS_IN_ENGLAND), 0),
        format_number(f64::from(n.population), 0)
    )
}

/// The share of `people` in `all`, as "15.7%".
fn percent(people: u64, all: u64) -> String {
    if all == 0 {
        return "0%".to_owned();
    }
    format!("{}%", format_number(100.0 * people as f64 / all as f64, 1))
}

/// The summary of `place` (or of BSW, for `None`) by `domain`, in plain English, from the data:
/// how many of its neighbourhoods are in England's most deprived 10%, where they are, and the
/// share of residents in the most deprived 20%.
pub fn summary(
    file: &NeighbourhoodFile,
    areas: &AreaFile,
    place: Option<&str>,
    domain: usize,
) -> String {
    let in_first = |p: Option<&str>| {
        file.of(p)
            .filter(|n| n.deciles.get(domain) == Some(&1))
            .count()
    };
    let (people, all) = file.residents_in_most_deprived(place, domain, 2);
    let title = file.domains.get(domain).map_or("", |d| d.title.as_str());
    let share = percent(people, all);
    // "1 of … is", "12 of … are".
    let verb = |n: usize| if n == 1 { "is" } else { "are" };
    if file.of(place).next().is_none() {
        let name = place.map_or("BSW", |p| areas.short_name(p));
        return format!("This file has no neighbourhoods for {name}.");
    }
    match place {
        Some(p) => format!(
            "In the {} ({title}), {k} of {}'s {} neighbourhoods {} among England's most deprived 10%, and {share} of its residents live in England's most deprived 20% of neighbourhoods.",
            file.edition,
            areas.short_name(p),
            file.of(Some(p)).count(),
            verb(in_first(Some(p))),
            k = in_first(Some(p)),
        ),
        None => {
            let total = in_first(None);
            let most = areas
                .areas
                .iter()
                .map(|a| (in_first(Some(&a.code)), a))
                .filter(|(k, _)| *k > 0)
                .max_by_key(|(k, _)| *k);
            let where_most = most.map_or(String::new(), |(k, a)| {
                format!(" {k} of these {total} {} in {}.", verb(k), a.short_name)
            });
            format!(
                "In the {} ({title}), {total} of BSW's {} neighbourhoods {} among England's most deprived 10%.{where_most} {share} of BSW's residents live in England's most deprived 20% of neighbourhoods.",
                file.edition,
                file.of(None).count(),
                verb(total)
            )
        }
    }
}

/// The map's description for screen readers: what it shows, how it is shaded, and how to read
/// a neighbourhood without pointing.
pub fn map_label(place_name: &str, count: usize, shading: &str) -> String {
    format!(
        "Map of {place_name}'s {count} neighbourhoods shaded by {shading}: darker is more deprived. Point at one, or use the names in the table of neighbourhoods, to read its figures."
    )
}

/// Whether `n` matches the search `query`: every word of it in its name or code (any case).
pub fn matches(n: &Neighbourhood, query: &str) -> bool {
    let haystack = format!("{} {}", n.name, n.code).to_lowercase();
    query
        .split_whitespace()
        .all(|w| haystack.contains(&w.to_lowercase()))
}

/// "In 2019, 6.2% of BSW's residents (55,425 of 889,886, mid-2015) lived in England's most
/// deprived 20% of neighbourhoods. The 2016 plan quoted 6.4%, from the 2015 indices: …" — the
/// indices' share beside the plan's, with the caveat that they are different editions. `plan`
/// is the board paper's figure, when it is known.
pub fn plan_comparison(file: &NeighbourhoodFile, plan: Option<f64>) -> String {
    let (people, all) = file.residents_in_most_deprived(None, 0, 2);
    let ours = format!(
        "In the {}, {} of BSW's residents ({} of {}, mid-2015) lived in England's most deprived 20% of neighbourhoods.",
        file.edition,
        percent(people, all),
        format_number(people as f64, 0),
        format_number(all as f64, 0)
    );
    match plan {
        Some(p) => format!(
            "{ours} The 2016 Sustainability and Transformation Plan quoted {}%, presumably from the 2015 indices, the edition current then (the plan does not say): a different edition, ranking neighbourhoods afresh with other data, so the two are not a change over time.",
            format_number(p, 1)
        ),
        None => ours,
    }
}

/// The table of neighbourhoods by `domain` as CSV (rank in the place, name, code, place,
/// national decile, national rank, residents, and the overall score), with text that a
/// spreadsheet would run neutralised.
pub fn neighbourhoods_csv(
    file: &NeighbourhoodFile,
    areas: &AreaFile,
    rows: &[(usize, &Neighbourhood)],
    domain: usize,
) -> String {
    use crate::model::export::csv_field;
    let title = file.domains.get(domain).map_or("", |d| d.title.as_str());
    let mut out = format!(
        "rank_in_place,neighbourhood,code,place,{},{},residents_mid_2015,imd_score\n",
        csv_field(&format!("{title} decile")),
        csv_field(&format!("{title} national rank"))
    );
    for (rank_in_place, n) in rows {
        let rank = n.ranks.get(domain).map_or(String::new(), u32::to_string);
        let decile = n.deciles.get(domain).map_or(String::new(), u8::to_string);
        out.push_str(&format!(
            "{rank_in_place},{},{},{},{decile},{rank},{},{}\n",
            csv_field(&n.name),
            csv_field(&n.code),
            csv_field(areas.short_name(&n.place)),
            n.population,
            n.score
        ));
    }
    out
}

/// How the ranked table is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableOrder {
    /// Most deprived first (by the chosen domain).
    Rank,
    /// By name, A to Z.
    Name,
    /// Most residents first.
    Residents,
}

impl TableOrder {
    /// Every order, as the chooser lists them.
    pub const ALL: [TableOrder; 3] = [TableOrder::Rank, TableOrder::Name, TableOrder::Residents];

    /// Its id, for the chooser.
    pub fn id(self) -> &'static str {
        match self {
            TableOrder::Rank => "rank",
            TableOrder::Name => "name",
            TableOrder::Residents => "residents",
        }
    }

    /// Its words, for the chooser.
    pub fn label(self) -> &'static str {
        match self {
            TableOrder::Rank => "Most deprived first",
            TableOrder::Name => "Name (A to Z)",
            TableOrder::Residents => "Most residents first",
        }
    }
}

/// The neighbourhoods of `place` matching `query`, in `order`, each with its rank in the place
/// by `domain` (1 = the place's most deprived), whatever the order and the search.
pub fn table_rows<'a>(
    file: &'a NeighbourhoodFile,
    place: Option<&str>,
    domain: usize,
    query: &str,
    order: TableOrder,
) -> Vec<(usize, &'a Neighbourhood)> {
    let mut rows: Vec<(usize, &Neighbourhood)> = file
        .ranked(place, domain)
        .into_iter()
        .enumerate()
        .map(|(i, n)| (i + 1, n))
        .filter(|(_, n)| matches(n, query))
        .collect();
    match order {
        TableOrder::Rank => {}
        TableOrder::Name => crate::model::order::sort_by(&mut rows, |a, b| a.1.name.cmp(&b.1.name)),
        TableOrder::Residents => {
            crate::model::order::sort_by(&mut rows, |a, b| b.1.population.cmp(&a.1.population));
        }
    }
    rows
}

/// The stem of the view's download names: `neighbourhoods_E06000030_income` (`bsw` for all of
/// BSW); the chart's downloads and the whole table's CSV share it.
pub fn file_stem(file: &NeighbourhoodFile, place: Option<&str>, domain: usize) -> String {
    let domain = file.domains.get(domain).map_or("imd", |d| d.id.as_str());
    format!("neighbourhoods_{}_{domain}", place.unwrap_or("bsw"))
}

/// The name of the table's own CSV: the stem, and what makes its rows differ from the whole
/// table's (what was searched for, the order), so that two different files never share a name:
/// `neighbourhoods_E06000030_imd_matching-swindon-003_by-name.csv`.
pub fn table_file_name(
    file: &NeighbourhoodFile,
    place: Option<&str>,
    domain: usize,
    query: &str,
    order: TableOrder,
) -> String {
    let mut name = file_stem(file, place, domain);
    let words: Vec<String> = query
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if !words.is_empty() {
        let searched: String = words.join("-").chars().take(40).collect();
        name.push_str(&format!("_matching-{searched}"));
    }
    if order != TableOrder::Rank {
        name.push_str(&format!("_by-{}", order.id()));
    }
    name + ".csv"
}

/// The board papers' share of BSW's residents in England's most deprived fifth (the 2016
/// plan's figure), from the health inequalities theme, if it has it.
pub fn plan_figure(health: &crate::model::ThemeData) -> Option<f64> {
    health
        .series
        .iter()
        .filter(|s| {
            s.indicator == "share-in-most-deprived-quintile" && s.area == crate::model::area::BSW
        })
        .flat_map(|s| s.points.iter())
        .find(|p| p.period == "2016")
        .map(|p| p.value)
}
