//! The neighbourhoods (LSOA 2011) of the three places with the English Indices of Deprivation
//! 2019 and their outlines: `raw/lsoa-imd2019/` → `data/neighbourhoods.json`. The outlines come
//! as TopoJSON; their shared arcs are simplified once, so neighbours still meet exactly. Before
//! anything is written, the neighbourhoods are checked against the publisher's own local
//! authority summaries (IoD2019 File 10): a damaged or mixed-up copy is refused.

use crate::model::neighbourhood::{decile_of, Domain, Neighbourhood, NeighbourhoodFile};
use crate::model::{Source, FORMAT_VERSION};
use crate::prepare::simplify::{rounded, simplify_line};
use crate::prepare::table::RawTable;
use crate::prepare::PrepareError;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};

/// File 1 with the IMD score.
pub const RAW_IMD: &str = "lsoa-imd2019/imd2019_bsw_lsoa11.csv";
/// File 2: the domains' ranks and deciles.
pub const RAW_DOMAINS: &str = "lsoa-imd2019/iod2019_domains_bsw_lsoa11.csv";
/// File 6: residents, mid-2015.
pub const RAW_POPULATION: &str = "lsoa-imd2019/iod2019_population_bsw_lsoa11.csv";
/// The outlines, one TopoJSON file per place.
pub const RAW_OUTLINES: [(&str, &str); 3] = [
    ("E06000022", "lsoa-imd2019/topo_lsoa11_E06000022.json"),
    ("E06000030", "lsoa-imd2019/topo_lsoa11_E06000030.json"),
    ("E06000054", "lsoa-imd2019/topo_lsoa11_E06000054.json"),
];
/// The publisher's local authority summaries, for the check.
pub const RAW_SUMMARIES: &str = "imd-la/iod_lad_bsw_2019_2025.csv";
/// The catalogue's sources of the figures and of the outlines.
pub const SOURCES: [&str; 2] = ["mhclg-iod2019-lsoa", "ons-lsoa-2011-boundaries"];

/// How many neighbourhoods each place has (the indices' own count).
const EXPECTED: [(&str, usize); 3] = [("E06000022", 115), ("E06000030", 132), ("E06000054", 285)];
/// Outlines are simplified to this many degrees (about 40 m) and rounded to this many places.
const TOLERANCE: f64 = 0.0004;
const DECIMALS: i32 = 4;

/// The overall index, then the seven domains: id, title, and the column name in File 2.
const DOMAINS: [(&str, &str, &str); 8] = [
    (
        "imd",
        "Index of Multiple Deprivation",
        "Index of Multiple Deprivation (IMD)",
    ),
    ("income", "Income", "Income"),
    ("employment", "Employment", "Employment"),
    (
        "education",
        "Education, skills and training",
        "Education, Skills and Training",
    ),
    (
        "health",
        "Health and disability",
        "Health Deprivation and Disability",
    ),
    ("crime", "Crime", "Crime"),
    (
        "housing",
        "Barriers to housing and services",
        "Barriers to Housing and Services",
    ),
    ("environment", "Living environment", "Living Environment"),
];

/// Rings of (longitude, latitude).
type Rings = Vec<Vec<[f64; 2]>>;
/// A neighbourhood's rank and decile by each domain.
type Ranking = (Vec<u32>, Vec<u8>);

/// The raw files' texts.
pub struct NeighbourhoodsRaw<'a> {
    /// [`RAW_IMD`].
    pub imd: &'a str,
    /// [`RAW_DOMAINS`].
    pub domains: &'a str,
    /// [`RAW_POPULATION`].
    pub population: &'a str,
    /// [`RAW_OUTLINES`], in that order.
    pub outlines: Vec<String>,
    /// [`RAW_SUMMARIES`].
    pub summaries: &'a str,
}

fn bad(file: &str, message: impl Into<String>) -> PrepareError {
    PrepareError::BadValue {
        file: format!("raw/{file}"),
        line: 0,
        message: message.into(),
    }
}

/// One row of File 1: name, place, rank, decile, score.
struct ImdRow {
    name: String,
    place: String,
    rank: u32,
    score: f64,
}

fn read_imd(text: &str) -> Result<Vec<(String, ImdRow)>, PrepareError> {
    let t = RawTable::parse(&format!("raw/{RAW_IMD}"), text)?;
    let [code, name, place, rank, decile, score] = t.columns([
        "lsoa11cd",
        "lsoa11nm",
        "lad19cd",
        "imd2019_rank",
        "imd2019_decile",
        "imd2019_score(mysociety overall_local_score)",
    ])?;
    let mut out = Vec::new();
    for row in &t.table.rows {
        let r = t.number(row, rank)? as u32;
        if f64::from(decile_of(r)) != t.number(row, decile)? {
            return Err(t.error(
                row,
                format!("rank {r} is not in decile {}", t.text(row, decile)),
            ));
        }
        let row_data = ImdRow {
            name: t.text(row, name).to_owned(),
            place: t.text(row, place).to_owned(),
            rank: r,
            score: t.number(row, score)?,
        };
        out.push((t.text(row, code).to_owned(), row_data));
    }
    Ok(out)
}

/// File 2: each neighbourhood's rank and decile by every domain, in the order of [`DOMAINS`].
fn read_domains(text: &str) -> Result<HashMap<String, Ranking>, PrepareError> {
    let t = RawTable::parse(&format!("raw/{RAW_DOMAINS}"), text)?;
    let code = t.column("LSOA code (2011)")?;
    let mut columns = Vec::new();
    for (_, _, prefix) in DOMAINS {
        columns.push((
            t.column(&format!("{prefix} Rank (where 1 is most deprived)"))?,
            t.column(&format!(
                "{prefix} Decile (where 1 is most deprived 10% of LSOAs)"
            ))?,
        ));
    }
    let mut out = HashMap::new();
    for row in &t.table.rows {
        let mut ranks = Vec::new();
        let mut deciles = Vec::new();
        for (rank, decile) in &columns {
            let r = t.number(row, *rank)? as u32;
            let d = t.number(row, *decile)? as u8;
            if decile_of(r) != d {
                return Err(t.error(row, format!("rank {r} is not in decile {d}")));
            }
            ranks.push(r);
            deciles.push(d);
        }
        out.insert(t.text(row, code).to_owned(), (ranks, deciles));
    }
    Ok(out)
}

/// File 6: residents by neighbourhood ("1,952" is 1952).
fn read_population(text: &str) -> Result<HashMap<String, u32>, PrepareError> {
    let t = RawTable::parse(&format!("raw/{RAW_POPULATION}"), text)?;
    let [code, total] = t.columns([
        "LSOA code (2011)",
        "Total population: mid 2015 (excluding prisoners)",
    ])?;
    let mut out = HashMap::new();
    for row in &t.table.rows {
        let n: u32 = t
            .text(row, total)
            .replace(',', "")
            .parse()
            .map_err(|_| t.error(row, "the population is not a whole number"))?;
        out.insert(t.text(row, code).to_owned(), n);
    }
    Ok(out)
}

/// TopoJSON, as much of it as the outlines need.
#[derive(Deserialize)]
struct Topology {
    arcs: Vec<Vec<[f64; 2]>>,
    transform: Transform,
    objects: BTreeMap<String, Collection>,
}

#[derive(Deserialize)]
struct Transform {
    scale: [f64; 2],
    translate: [f64; 2],
}

#[derive(Deserialize)]
struct Collection {
    geometries: Vec<Geometry>,
}

#[derive(Deserialize)]
#[serde(tag = "type")]
enum Geometry {
    Polygon {
        arcs: Vec<Vec<i64>>,
        properties: Properties,
    },
    MultiPolygon {
        arcs: Vec<Vec<Vec<i64>>>,
        properties: Properties,
    },
}

#[derive(Deserialize)]
struct Properties {
    #[serde(rename = "LSOA11CD")]
    code: String,
}

/// The arcs in longitude and latitude (TopoJSON stores them quantised and delta-encoded).
fn decoded_arcs(topology: &Topology) -> Vec<Vec<[f64; 2]>> {
    let Transform { scale, translate } = topology.transform;
    topology
        .arcs
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0.0, 0.0);
            arc.iter()
                .map(|[dx, dy]| {
                    x += dx;
                    y += dy;
                    [x * scale[0] + translate[0], y * scale[1] + translate[1]]
                })
                .collect()
        })
        .collect()
}

/// Each geometry's code and its rings' arc indices (a polygon's rings, for each polygon).
fn ring_arcs(topology: &Topology) -> Vec<(String, Vec<Vec<i64>>)> {
    let mut out = Vec::new();
    for collection in topology.objects.values() {
        for g in &collection.geometries {
            let (rings, code) = match g {
                Geometry::Polygon { arcs, properties } => (arcs.clone(), &properties.code),
                Geometry::MultiPolygon { arcs, properties } => {
                    (arcs.iter().flatten().cloned().collect(), &properties.code)
                }
            };
            out.push((code.clone(), rings));
        }
    }
    out
}

/// One ring from its arcs (a negative index `!i` is arc `i` backwards), rounded.
fn ring(
    file: &str,
    arcs: &[Vec<[f64; 2]>],
    indices: &[i64],
) -> Result<Vec<[f64; 2]>, PrepareError> {
    let mut points: Vec<[f64; 2]> = Vec::new();
    for &i in indices {
        let (index, backwards) = if i >= 0 { (i, false) } else { (!i, true) };
        let arc = usize::try_from(index)
            .ok()
            .and_then(|k| arcs.get(k))
            .ok_or_else(|| {
                bad(
                    file,
                    format!("a ring uses arc {i}, which the file does not have"),
                )
            })?;
        let mut arc = arc.clone();
        if backwards {
            arc.reverse();
        }
        let skip = usize::from(!points.is_empty());
        points.extend(arc.into_iter().skip(skip));
    }
    let mut out = rounded(points.iter(), DECIMALS);
    if out.len() > 1 && out.first() == out.last() {
        out.pop();
    }
    Ok(out)
}

/// The arc indices of `ring` (`!i` is arc `i` backwards), as positions in the arc list.
fn arc_positions(ring: &[i64]) -> impl Iterator<Item = usize> + '_ {
    ring.iter()
        .filter_map(|&i| usize::try_from(if i >= 0 { i } else { !i }).ok())
}

/// The outlines of one place's neighbourhoods, by code. Arcs are simplified, except those of
/// rings too small to keep three points once simplified (they keep every point).
fn read_outlines(file: &str, text: &str) -> Result<Vec<(String, Rings)>, PrepareError> {
    let topology: Topology =
        serde_json::from_str(text).map_err(|e| bad(file, format!("not TopoJSON: {e}")))?;
    let whole = decoded_arcs(&topology);
    let geometries = ring_arcs(&topology);
    let mut simplified: Vec<Vec<[f64; 2]>> =
        whole.iter().map(|a| simplify_line(a, TOLERANCE)).collect();
    for (_, rings) in &geometries {
        for r in rings {
            if ring(file, &simplified, r)?.len() < 3 {
                for k in arc_positions(r) {
                    if let (Some(s), Some(w)) = (simplified.get_mut(k), whole.get(k)) {
                        s.clone_from(w);
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    for (code, rings) in geometries {
        let rings = rings
            .iter()
            .map(|r| ring(file, &simplified, r))
            .collect::<Result<Vec<_>, _>>()?;
        if rings.iter().any(|r| r.len() < 3) {
            return Err(bad(file, format!("{code}: a ring has fewer than 3 points")));
        }
        out.push((code, rings));
    }
    Ok(out)
}

/// Each place's share of neighbourhoods in England's most deprived 10% and its
/// population-weighted average score must be the publisher's (File 10, rounded to 4 and 3
/// places): otherwise the copy is damaged or mixed up.
fn check_against_summaries(file: &NeighbourhoodFile, summaries: &str) -> Result<(), PrepareError> {
    let t = RawTable::parse(&format!("raw/{RAW_SUMMARIES}"), summaries)?;
    let [code, year, domain, share, score] = t.columns([
        "area_code",
        "iod_year",
        "index_domain",
        "proportion_bottom_decile",
        "average_score",
    ])?;
    let mut checked: Vec<&str> = Vec::new();
    for row in &t.table.rows {
        if t.text(row, year) != "2019" || t.text(row, domain) != "Index of Multiple Deprivation" {
            continue;
        }
        let place = t.text(row, code);
        checked.push(place);
        let ours: Vec<&Neighbourhood> = file.of(Some(place)).collect();
        let people: f64 = ours.iter().map(|n| f64::from(n.population)).sum();
        let in_first = ours.iter().filter(|n| n.deciles[0] == 1).count() as f64;
        let our_share = in_first / ours.len().max(1) as f64;
        let our_score = ours
            .iter()
            .map(|n| f64::from(n.population) * n.score)
            .sum::<f64>()
            / people;
        let (their_share, their_score) = (t.number(row, share)?, t.number(row, score)?);
        let agree = (our_share - their_share).abs() <= 0.000_05
            && (our_score - their_score).abs() <= 0.000_5;
        if !agree {
            return Err(t.error(row, format!(
                "{place}: the neighbourhoods give {our_share:.4} in the most deprived 10% and an average score of {our_score:.3}; the publisher's summary says {their_share} and {their_score}"
            )));
        }
    }
    // Every place checked: a renamed row must not let the check pass without checking.
    for (place, _) in EXPECTED {
        if !checked.contains(&place) {
            return Err(bad(
                RAW_SUMMARIES,
                format!("the publisher's summary has no 2019 row for {place}"),
            ));
        }
    }
    Ok(())
}

/// Every place has its neighbourhoods, each with figures, residents and an outline.
fn check_counts(file: &NeighbourhoodFile) -> Result<(), PrepareError> {
    for (place, expected) in EXPECTED {
        let found = file.of(Some(place)).count();
        if found != expected {
            return Err(bad(
                RAW_IMD,
                format!("{place} has {found} neighbourhoods, not {expected}"),
            ));
        }
    }
    if file.neighbourhoods.len() != EXPECTED.iter().map(|e| e.1).sum::<usize>() {
        return Err(bad(
            RAW_IMD,
            "there are neighbourhoods outside the three places",
        ));
    }
    Ok(())
}

/// `data/neighbourhoods.json` from the raw files, with the catalogue's `sources`.
pub fn build(
    raw: &NeighbourhoodsRaw<'_>,
    sources: Vec<Source>,
) -> Result<NeighbourhoodFile, PrepareError> {
    let domains = read_domains(raw.domains)?;
    let population = read_population(raw.population)?;
    let mut outlines = HashMap::new();
    for ((_, path), text) in RAW_OUTLINES.iter().zip(&raw.outlines) {
        outlines.extend(read_outlines(path, text)?);
    }
    let mut neighbourhoods = Vec::new();
    for (code, row) in read_imd(raw.imd)? {
        let missing = |what: &str| bad(RAW_IMD, format!("{code} has no {what}"));
        let (ranks, deciles) = domains
            .get(&code)
            .cloned()
            .ok_or_else(|| missing("domains (File 2)"))?;
        if ranks[0] != row.rank {
            return Err(bad(
                RAW_DOMAINS,
                format!("{code}: File 2 ranks it {}, File 1 {}", ranks[0], row.rank),
            ));
        }
        neighbourhoods.push(Neighbourhood {
            population: *population
                .get(&code)
                .ok_or_else(|| missing("residents (File 6)"))?,
            rings: outlines.remove(&code).ok_or_else(|| missing("outline"))?,
            name: row.name,
            place: row.place,
            score: row.score,
            ranks,
            deciles,
            code,
        });
    }
    if let Some(code) = outlines.keys().next() {
        return Err(bad(
            RAW_OUTLINES[0].1,
            format!("the outline of {code} has no figures"),
        ));
    }
    crate::model::order::sort_by_key(&mut neighbourhoods, |n| (n.place.clone(), n.code.clone()));
    let file = NeighbourhoodFile {
        format_version: FORMAT_VERSION,
        edition: "English Indices of Deprivation 2019".into(),
        sources,
        domains: DOMAINS
            .iter()
            .map(|(id, title, _)| Domain {
                id: (*id).into(),
                title: (*title).into(),
            })
            .collect(),
        neighbourhoods,
    };
    check_counts(&file)?;
    check_against_summaries(&file, raw.summaries)?;
    Ok(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(score: f64) -> NeighbourhoodFile {
        let n = |code: &str, place: &str, rank: u32| Neighbourhood {
            code: code.into(),
            name: code.into(),
            place: place.into(),
            population: 1_000,
            score,
            ranks: vec![rank],
            deciles: vec![decile_of(rank)],
            rings: Vec::new(),
        };
        NeighbourhoodFile {
            format_version: FORMAT_VERSION,
            edition: String::new(),
            sources: Vec::new(),
            domains: Vec::new(),
            neighbourhoods: vec![
                n("A", "E06000030", 10),
                n("B", "E06000030", 20_000),
                n("C", "E06000022", 20_000),
                n("D", "E06000054", 20_000),
            ],
        }
    }

    const HEADER: &str = "area_code,area_name,iod_year,index_domain,average_rank,rank_average_rank,average_score,rank_average_score,proportion_bottom_decile,rank_proportion_bottom_decile\n";

    fn summary(rows: &[&str]) -> String {
        format!("{HEADER}{}\n", rows.join("\n"))
    }

    #[test]
    fn neighbourhoods_must_agree_with_the_publishers_summary() {
        let rows = [
            "E06000030,Swindon,2019,Index of Multiple Deprivation,1,1,18.622,1,0.5,1",
            "E06000022,B&NES,2019,Index of Multiple Deprivation,1,1,18.622,1,0,1",
            "E06000054,Wiltshire,2019,Index of Multiple Deprivation,1,1,18.622,1,0,1",
            "E06000030,Swindon,2025,Index of Multiple Deprivation,1,1,99,1,0.9,1",
        ];
        assert!(check_against_summaries(&file(18.622), &summary(&rows)).is_ok());
        let err = check_against_summaries(&file(18.7), &summary(&rows)).expect_err("a wrong score");
        assert!(err.to_string().contains("average score of 18.700"), "{err}");
        // A summary without a place's 2019 row checks nothing for it: refused.
        let err =
            check_against_summaries(&file(18.622), &summary(&rows[..1])).expect_err("rows missing");
        assert!(
            err.to_string().contains("no 2019 row for E06000022"),
            "{err}"
        );
    }

    #[test]
    fn arcs_are_decoded_and_joined_into_rings() {
        let topo = r#"{"type": "Topology", "transform": {"scale": [0.5, 0.5], "translate": [-2, 51]},
            "arcs": [[[0, 0], [2, 0], [0, 2]], [[2, 2], [-2, 0], [0, -2]]],
            "objects": {"x": {"type": "GeometryCollection", "geometries": [
                {"type": "Polygon", "arcs": [[0, 1]], "properties": {"LSOA11CD": "E1", "LSOA11NM": "One"}}]}}}"#;
        let outlines = read_outlines("t.json", topo).expect("read");
        assert_eq!(outlines[0].0, "E1");
        assert_eq!(
            outlines[0].1,
            [vec![[-2.0, 51.0], [-1.0, 51.0], [-1.0, 52.0], [-2.0, 52.0]]]
        );
    }
}
