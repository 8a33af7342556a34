//! Neighbourhoods (LSOAs) of the three places with their English Indices of Deprivation:
//! `data/neighbourhoods.json`, loaded only when the neighbourhood view is opened. Queries: the
//! residents by national decile, the share in England's most deprived fifth, and the
//! neighbourhoods of a place ranked by deprivation.

use crate::model::boundary::valid_rings;
use crate::model::load::{check_version, parse_checked};
use crate::model::validate::{finding, Finding, Place};
use crate::model::{AreaFile, LoadError, Source};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// Where the app finds the file.
pub const NEIGHBOURHOODS_FILE: &str = "data/neighbourhoods.json";

/// How many neighbourhoods (LSOA 2011) England has: ranks run from 1 (most deprived) to this.
pub const LSOAS_IN_ENGLAND: u32 = 32_844;

/// One measure of deprivation: the overall index or one of its seven domains.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Domain {
    /// Short id for links, e.g. `imd` or `income`.
    pub id: String,
    /// Plain-English title, e.g. `Income`.
    pub title: String,
}

/// One neighbourhood (a lower layer super output area of 2011).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Neighbourhood {
    /// GSS code, e.g. `E01015471`.
    pub code: String,
    /// ONS name, e.g. `Swindon 028A`.
    pub name: String,
    /// The place (local authority) it is in.
    pub place: String,
    /// Residents, mid-2015, excluding prisoners (the indices' own denominators).
    pub population: u32,
    /// The overall index's score (higher is more deprived).
    pub score: f64,
    /// National rank by each domain, in the order of [`NeighbourhoodFile::domains`] (1 = most
    /// deprived of [`LSOAS_IN_ENGLAND`]).
    pub ranks: Vec<u32>,
    /// National decile by each domain (1 = England's most deprived 10%).
    pub deciles: Vec<u8>,
    /// Outline: rings of (longitude, latitude), read by the even-odd rule (a point is in the
    /// neighbourhood when it is inside an odd number of them: outer rings and holes).
    pub rings: Vec<Vec<[f64; 2]>>,
}

/// The contents of `data/neighbourhoods.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NeighbourhoodFile {
    /// Version of the data format.
    pub format_version: u32,
    /// The edition of the indices, e.g. `English Indices of Deprivation 2019`.
    pub edition: String,
    /// Where the figures and outlines come from.
    pub sources: Vec<Source>,
    /// The overall index first, then the domains.
    pub domains: Vec<Domain>,
    /// Every neighbourhood of the places.
    pub neighbourhoods: Vec<Neighbourhood>,
}

/// The national decile of a national rank (1 = the most deprived 10%), as the indices define it.
pub fn decile_of(rank: u32) -> u8 {
    let tenth = f64::from(LSOAS_IN_ENGLAND) / 10.0;
    ((f64::from(rank) / tenth).ceil() as u8).clamp(1, 10)
}

impl Neighbourhood {
    /// Whether the point (longitude, latitude) is in the neighbourhood (even-odd rule over its
    /// rings, so holes and separate parts count).
    pub fn contains(&self, lon: f64, lat: f64) -> bool {
        self.rings
            .iter()
            .filter(|r| crate::model::boundary::inside(r, lon, lat, |[x, y]| (x, y)))
            .count()
            % 2
            == 1
    }
}

impl NeighbourhoodFile {
    /// The neighbourhood at (longitude, latitude), if any.
    pub fn at(&self, lon: f64, lat: f64) -> Option<&Neighbourhood> {
        self.neighbourhoods.iter().find(|n| n.contains(lon, lat))
    }

    /// The neighbourhoods of `place`, or of all the places for `None`.
    pub fn of<'a>(&'a self, place: Option<&'a str>) -> impl Iterator<Item = &'a Neighbourhood> {
        self.neighbourhoods
            .iter()
            .filter(move |n| place.is_none_or(|p| n.place == p))
    }

    /// Residents by national decile of `domain` (index 0 = decile 1, the most deprived).
    pub fn residents_by_decile(&self, place: Option<&str>, domain: usize) -> [u64; 10] {
        let mut out = [0u64; 10];
        for n in self.of(place) {
            if let Some(d) = n.deciles.get(domain).filter(|d| (1..=10).contains(*d)) {
                out[usize::from(*d) - 1] += u64::from(n.population);
            }
        }
        out
    }

    /// Residents in England's most deprived `deciles` tenths by `domain`, and residents in all.
    pub fn residents_in_most_deprived(
        &self,
        place: Option<&str>,
        domain: usize,
        deciles: usize,
    ) -> (u64, u64) {
        let by = self.residents_by_decile(place, domain);
        (by.iter().take(deciles).sum(), by.iter().sum())
    }

    /// The neighbourhoods of `place` (all for `None`), most deprived by `domain` first.
    pub fn ranked<'a>(&'a self, place: Option<&str>, domain: usize) -> Vec<&'a Neighbourhood> {
        let mut out: Vec<&Neighbourhood> = self
            .neighbourhoods
            .iter()
            .filter(|n| place.is_none_or(|p| n.place == p))
            .collect();
        crate::model::order::sort_by_key(&mut out, |n| {
            (
                n.ranks.get(domain).copied().unwrap_or(u32::MAX),
                n.code.clone(),
            )
        });
        out
    }
}

fn validate_one(i: usize, n: &Neighbourhood, domains: usize, out: &mut Vec<Finding>) {
    let at = Place::Neighbourhood(i);
    if n.ranks.len() != domains || n.deciles.len() != domains {
        out.push(finding(
            at,
            "ranks",
            format!("needs a rank and a decile for each of the {domains} domains"),
        ));
    }
    for (k, (rank, decile)) in n.ranks.iter().zip(&n.deciles).enumerate() {
        if !(1..=LSOAS_IN_ENGLAND).contains(rank) || decile_of(*rank) != *decile {
            out.push(finding(
                at,
                format!("ranks[{k}]"),
                format!("rank {rank} and decile {decile} do not agree (ranks run from 1 to {LSOAS_IN_ENGLAND}, a tenth of them to a decile)"),
            ));
        }
    }
    if !n.score.is_finite() || n.score < 0.0 {
        out.push(finding(
            at,
            "score",
            "the score is not a number of 0 or more",
        ));
    }
    if !valid_rings(&n.rings) {
        out.push(finding(
            at,
            "rings",
            "a neighbourhood needs rings of at least 3 points, each a longitude and a latitude",
        ));
    }
}

fn validate(file: &NeighbourhoodFile, areas: &AreaFile) -> Vec<Finding> {
    let mut out = check_version(file.format_version);
    if file.domains.is_empty() {
        out.push(finding(Place::File, "domains", "the file lists no domains"));
    }
    let mut codes = HashSet::new();
    for (i, n) in file.neighbourhoods.iter().enumerate() {
        if !codes.insert(n.code.as_str()) {
            out.push(finding(
                Place::Neighbourhood(i),
                "code",
                format!("the neighbourhood \"{}\" is listed twice", n.code),
            ));
        }
        if areas.get(&n.place).is_none() {
            out.push(finding(
                Place::Neighbourhood(i),
                "place",
                format!("unknown place \"{}\" (not in data/areas.json)", n.place),
            ));
        }
        validate_one(i, n, file.domains.len(), &mut out);
    }
    out
}

/// Reads and checks `data/neighbourhoods.json`: each neighbourhood listed once, in a known place,
/// with a rank and a matching decile for every domain and a valid outline; names are made plain
/// (see `import::fingertips::plain_name`).
pub fn parse_neighbourhoods(
    file: &str,
    text: &str,
    areas: &AreaFile,
) -> Result<NeighbourhoodFile, LoadError> {
    let mut parsed = parse_checked(file, text, |f: &NeighbourhoodFile| validate(f, areas))?;
    // Names as the page shows them: no control characters or characters that reorder text (a
    // name with a right-to-left override could read as another's), at most 120 characters.
    let plain = crate::model::import::fingertips::plain_name;
    for n in &mut parsed.neighbourhoods {
        n.name = plain(&n.name);
    }
    for d in &mut parsed.domains {
        d.title = plain(&d.title);
    }
    parsed.edition = plain(&parsed.edition);
    Ok(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file() -> NeighbourhoodFile {
        let n = |code: &str, place: &str, population: u32, rank: u32| Neighbourhood {
            code: code.into(),
            name: code.into(),
            place: place.into(),
            population,
            score: 10.0,
            ranks: vec![rank],
            deciles: vec![decile_of(rank)],
            rings: vec![vec![[-1.8, 51.5], [-1.7, 51.5], [-1.7, 51.6]]],
        };
        NeighbourhoodFile {
            format_version: 1,
            edition: "IoD2019".into(),
            sources: Vec::new(),
            domains: vec![Domain {
                id: "imd".into(),
                title: "Index of Multiple Deprivation".into(),
            }],
            neighbourhoods: vec![
                n("A", "E06000030", 1_000, 100),
                n("B", "E06000030", 2_000, 5_000),
                n("C", "E06000030", 3_000, 30_000),
                n("D", "E06000022", 4_000, 3_285),
            ],
        }
    }

    #[test]
    fn deciles_follow_the_ranks_as_the_indices_define_them() {
        assert_eq!(decile_of(1), 1);
        assert_eq!(decile_of(3_284), 1);
        assert_eq!(decile_of(3_285), 2);
        assert_eq!(decile_of(32_844), 10);
    }

    #[test]
    fn residents_are_counted_by_decile_and_in_the_most_deprived_fifth() {
        let f = file();
        let swindon = f.residents_by_decile(Some("E06000030"), 0);
        assert_eq!(swindon[0], 1_000);
        assert_eq!(swindon[1], 2_000);
        assert_eq!(swindon[9], 3_000);
        // Hand-computed: decile 1 or 2 = A (1,000), B (2,000) and D (4,000, rank 3,285 is decile 2).
        assert_eq!(f.residents_in_most_deprived(None, 0, 2), (7_000, 10_000));
        assert_eq!(
            f.residents_in_most_deprived(Some("E06000030"), 0, 2),
            (3_000, 6_000)
        );
    }

    #[test]
    fn a_place_is_ranked_most_deprived_first() {
        let f = file();
        let codes: Vec<&str> = f
            .ranked(Some("E06000030"), 0)
            .iter()
            .map(|n| n.code.as_str())
            .collect();
        assert_eq!(codes, ["A", "B", "C"]);
        assert_eq!(f.ranked(None, 0).len(), 4);
    }

    #[test]
    fn bad_neighbourhoods_are_named_at_their_place() {
        let mut f = file();
        f.neighbourhoods[1].deciles[0] = 9;
        f.neighbourhoods[2].place = "E99".into();
        f.neighbourhoods[3].code = "A".into();
        let text = serde_json::to_string_pretty(&f).expect("json");
        let areas = crate::prepare::areas::area_file();
        let err = parse_neighbourhoods(NEIGHBOURHOODS_FILE, &text, &areas).expect_err("refused");
        let paths: Vec<&str> = err.problems.iter().map(|p| p.path.as_str()).collect();
        assert!(paths.contains(&"$.neighbourhoods[1].ranks[0]"), "{paths:?}");
        assert!(paths.contains(&"$.neighbourhoods[2].place"), "{paths:?}");
        assert!(paths.contains(&"$.neighbourhoods[3].code"), "{paths:?}");
        let good = serde_json::to_string(&file()).expect("json");
        assert!(parse_neighbourhoods(NEIGHBOURHOODS_FILE, &good, &areas).is_ok());
    }
}
