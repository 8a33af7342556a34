//! The neighbourhoods file built from raw/lsoa-imd2019: counts, the share of residents in
//! England's most deprived fifth (hand-computed from the raw File 6 populations), outlines and
//! finding a neighbourhood at a point.

mod common;

use outcomes_explorer::model::neighbourhood::{parse_neighbourhoods, NeighbourhoodFile};

fn file() -> NeighbourhoodFile {
    let text = std::fs::read_to_string(format!(
        "{}/data/neighbourhoods.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("data/neighbourhoods.json");
    parse_neighbourhoods("data/neighbourhoods.json", &text, &common::areas()).expect("valid")
}

const BANES: &str = "E06000022";
const SWINDON: &str = "E06000030";
const WILTSHIRE: &str = "E06000054";

#[test]
fn every_neighbourhood_of_the_three_places_is_there() {
    let f = file();
    assert_eq!(f.of(Some(BANES)).count(), 115);
    assert_eq!(f.of(Some(SWINDON)).count(), 132);
    assert_eq!(f.of(Some(WILTSHIRE)).count(), 285);
    assert_eq!(f.domains.len(), 8);
    let d = f
        .neighbourhoods
        .iter()
        .find(|n| n.name == "Swindon 003D")
        .expect("Swindon 003D");
    assert_eq!(d.place, SWINDON);
}

#[test]
fn residents_in_the_most_deprived_fifth_match_a_hand_count() {
    let f = file();
    // From the raw File 6 and File 1 (a spreadsheet sum, recorded in raw/lsoa-imd2019/SOURCE.md):
    // 55,425 of 889,886 BSW residents; Swindon 15.7%.
    assert_eq!(f.residents_in_most_deprived(None, 0, 2), (55_425, 889_886));
    let (people, all) = f.residents_in_most_deprived(Some(SWINDON), 0, 2);
    assert_eq!(format!("{:.1}", 100.0 * people as f64 / all as f64), "15.7");
    // 12 of BSW's 15 neighbourhoods in England's most deprived 10% are in Swindon.
    let first = |p: Option<&str>| f.of(p).filter(|n| n.deciles[0] == 1).count();
    assert_eq!((first(None), first(Some(SWINDON))), (15, 12));
}

#[test]
fn outlines_have_no_missing_points_and_lie_in_bsw() {
    let f = file();
    for n in &f.neighbourhoods {
        assert!(
            !n.rings.is_empty() && n.rings.iter().all(|r| r.len() >= 3),
            "{}",
            n.code
        );
        for [lon, lat] in n.rings.iter().flatten() {
            assert!(lon.is_finite() && lat.is_finite(), "{}", n.code);
            assert!(
                (-2.75..=-1.45).contains(lon) && (50.9..=51.75).contains(lat),
                "{}: {lon} {lat}",
                n.code
            );
        }
    }
}

#[test]
fn the_neighbourhood_at_a_point_is_found() {
    let f = file();
    // The centre of each outline's points, where it lies inside the outline, finds that
    // neighbourhood and no other.
    let mut found = 0;
    for n in &f.neighbourhoods {
        let ring = &n.rings[0];
        let (cx, cy) = ring
            .iter()
            .fold((0.0, 0.0), |(x, y), p| (x + p[0], y + p[1]));
        let (cx, cy) = (cx / ring.len() as f64, cy / ring.len() as f64);
        if n.contains(cx, cy) {
            assert_eq!(f.at(cx, cy).map(|m| m.code.as_str()), Some(n.code.as_str()));
            found += 1;
        }
    }
    // Most outlines contain their centre of points (concave ones may not).
    assert!(found > 450, "{found}");
    // Outside every place: the sea off Cornwall.
    assert!(f.at(-5.0, 50.0).is_none());
}
