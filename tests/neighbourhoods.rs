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

#[test]
fn the_words_are_written_from_the_data() {
    use outcomes_explorer::model::neighbourhood_text::{matches, readout, summary};
    let (f, areas) = (file(), common::areas());
    assert_eq!(
        summary(&f, &areas, None, 0),
        "In the English Indices of Deprivation 2019 (Index of Multiple Deprivation), 15 of BSW's 532 neighbourhoods are among England's most deprived 10%. 12 of these 15 are in Swindon. 6.2% of BSW's residents live in England's most deprived 20% of neighbourhoods."
    );
    assert!(summary(&f, &areas, Some(SWINDON), 0)
        .contains("12 of Swindon's 132 neighbourhoods are among"));
    // One is one: Wiltshire has a single neighbourhood in England's most deprived 10%.
    assert!(summary(&f, &areas, Some(WILTSHIRE), 0)
        .contains("1 of Wiltshire's 285 neighbourhoods is among"));
    let d = f
        .neighbourhoods
        .iter()
        .find(|n| matches(n, "swindon 003d"))
        .expect("found");
    assert_eq!(d.name, "Swindon 003D");
    let text = readout(&f, d, 0);
    assert!(
        text.starts_with("Swindon 003D: Index of Multiple Deprivation decile"),
        "{text}"
    );
    assert!(text.contains(" of 32,844, score "), "{text}");
    assert!(
        !readout(&f, d, 1).contains("score"),
        "domains have no score"
    );
    assert_eq!(
        f.neighbourhoods
            .iter()
            .filter(|n| matches(n, "E01015471"))
            .count(),
        1
    );
}

#[test]
fn the_map_draws_every_neighbourhood_by_decile_and_finds_one_under_the_pointer() {
    use outcomes_explorer::chart::map::{draw_map, ramp};
    use outcomes_explorer::chart::neighbourhood_map::neighbourhood_map_spec;
    use outcomes_explorer::chart::palette::css;
    use outcomes_explorer::chart::Scale;
    use outcomes_explorer::model::boundary::parse_boundaries;
    use plotters::prelude::*;
    let (f, areas) = (file(), common::areas());
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/boundaries.json"))
            .expect("boundaries");
    let places = parse_boundaries("data/boundaries.json", &text, &areas).expect("valid");
    let d = f
        .neighbourhoods
        .iter()
        .find(|n| n.name == "Swindon 003D")
        .expect("found");
    let spec = neighbourhood_map_spec(&f, Some(&places), &areas, Some(SWINDON), 0, Some(&d.code));
    assert_eq!(spec.areas.len(), 132);
    assert_eq!(spec.outlines.len(), 1);
    assert_eq!(spec.areas.iter().filter(|a| a.chosen).count(), 1);
    let mut svg = String::new();
    let layout = {
        let root = SVGBackend::with_string(&mut svg, (800, 700)).into_drawing_area();
        let layout = draw_map(&root, &spec, Scale::ONE).expect("drawn");
        root.present().expect("presented");
        layout
    };
    common::save("neighbourhoods-swindon.svg", &svg);
    assert_eq!(layout.areas.len(), 132, "every neighbourhood is drawn");
    assert!(layout
        .areas
        .iter()
        .flat_map(|(_, r)| r.iter().flatten())
        .all(|(x, y)| x.is_finite() && y.is_finite()));
    // Decile 1 is the darkest shade; the place's name is written on the map.
    assert!(
        svg.contains(&css(ramp(1.0)).to_uppercase()) || svg.contains(&css(ramp(1.0))),
        "darkest shade"
    );
    assert!(svg.contains("Swindon\n</text>"), "the place is named");
    // Hit-testing: the middle of a neighbourhood's drawn outline (where inside it) finds it.
    let mut found = 0;
    for (code, rings) in &layout.areas {
        let r = &rings[0];
        let (cx, cy) = r.iter().fold((0.0, 0.0), |(x, y), p| (x + p.0, y + p.1));
        let (cx, cy) = (cx / r.len() as f64, cy / r.len() as f64);
        if outcomes_explorer::chart::map::inside(r, cx, cy) && rings.len() == 1 {
            assert_eq!(layout.hit(cx, cy), Some(code.as_str()));
            found += 1;
        }
    }
    assert!(found > 100, "{found}");

    // On a phone (343 px wide) the legend wraps: every word of its title and of the ramp's ends
    // is drawn, none cut short, and nothing starts beyond the map's right edge.
    let mut phone = String::new();
    {
        let root = SVGBackend::with_string(&mut phone, (343, 520)).into_drawing_area();
        draw_map(&root, &spec, Scale::ONE).expect("drawn");
        root.present().expect("presented");
    }
    common::save("neighbourhoods-swindon-phone.svg", &phone);
    assert!(!phone.contains("…"), "nothing cut short");
    let lines: Vec<String> = phone
        .split("</text>")
        .filter_map(|t| t.rsplit_once('>').map(|(_, w)| w.trim().to_owned()))
        .collect();
    // At 13 px a line of more than about 55 characters is wider than the phone's map (the
    // title alone, on one line, was 84).
    let plain = |l: &String| l.replace("&apos;", "'").replace("&amp;", "&");
    let longest = lines
        .iter()
        .map(plain)
        .max_by_key(|l| l.chars().count())
        .expect("text drawn");
    assert!(longest.chars().count() <= 55, "{longest}");
    let drawn = lines.join(" ");
    for words in [
        spec.legend_title.as_str(),
        spec.legend_range.0.as_str(),
        spec.legend_range.1.as_str(),
    ] {
        let words = words.replace('&', "&amp;").replace('\'', "&apos;");
        assert!(drawn.contains(&words), "{words} in {drawn}");
    }
}

#[test]
fn the_plan_s_figure_stands_beside_the_indices_with_the_caveat() {
    use outcomes_explorer::model::neighbourhood_text::plan_comparison;
    let text = plan_comparison(&file(), Some(6.4));
    assert!(
        text.contains("6.2% of BSW's residents (55,425 of 889,886, mid-2015)"),
        "{text}"
    );
    assert!(
        text.contains("quoted 6.4%, presumably from the 2015 indices")
            && text.contains("not a change over time"),
        "{text}"
    );
    assert!(!plan_comparison(&file(), None).contains("2016"));
    // The plan's figure is read from the health inequalities theme, for 2016.
    let health = common::theme("health-inequalities");
    assert_eq!(
        outcomes_explorer::model::neighbourhood_text::plan_figure(&health),
        Some(6.4)
    );
}

#[test]
fn the_ranked_table_downloads_as_csv() {
    use outcomes_explorer::model::neighbourhood_text::neighbourhoods_csv;
    let (f, areas) = (file(), common::areas());
    let rows = outcomes_explorer::model::neighbourhood_text::table_rows(
        &f,
        Some(SWINDON),
        1,
        "",
        outcomes_explorer::model::neighbourhood_text::TableOrder::Rank,
    );
    let csv = neighbourhoods_csv(&f, &areas, &rows, 1);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 133);
    assert_eq!(lines[0], "rank_in_place,neighbourhood,code,place,Income decile,Income national rank,residents_mid_2015,imd_score");
    // A title with a comma stays one field with its word.
    let education = neighbourhoods_csv(&f, &areas, &rows, 3);
    assert!(education.starts_with("rank_in_place,neighbourhood,code,place,\"Education, skills and training decile\",\"Education, skills and training national rank\","), "{}", &education[..120]);
    assert!(lines[1].starts_with("1,Swindon "), "{}", lines[1]);
    assert!(
        lines[1].contains(",Swindon,1,"),
        "the most deprived by income is in decile 1: {}",
        lines[1]
    );
}

#[test]
fn the_table_is_searched_and_ordered() {
    use outcomes_explorer::model::neighbourhood_text::{table_rows, TableOrder};
    let f = file();
    let found = table_rows(&f, None, 0, "swindon 003", TableOrder::Name);
    let names: Vec<&str> = found.iter().map(|(_, n)| n.name.as_str()).collect();
    assert!(
        names.contains(&"Swindon 003D") && names.windows(2).all(|w| w[0] <= w[1]),
        "{names:?}"
    );
    let by_people = table_rows(&f, Some(BANES), 0, "", TableOrder::Residents);
    assert_eq!(by_people.len(), 115);
    assert!(by_people
        .windows(2)
        .all(|w| w[0].1.population >= w[1].1.population));
    let by_rank = table_rows(&f, Some(BANES), 0, "", TableOrder::Rank);
    assert!(by_rank
        .windows(2)
        .all(|w| w[0].1.ranks[0] <= w[1].1.ranks[0]));
    // The rank in the place stays the neighbourhood's, whatever the order or the search.
    let fifth = &by_rank[4].1.name;
    let one = table_rows(&f, Some(BANES), 0, fifth, TableOrder::Name);
    assert_eq!(
        one.iter().find(|(_, n)| &n.name == fifth).map(|r| r.0),
        Some(5)
    );
    assert!(table_rows(&f, None, 0, "no such place", TableOrder::Rank).is_empty());
}

#[test]
fn two_different_downloads_never_share_a_name() {
    use outcomes_explorer::model::neighbourhood_text::{file_stem, table_file_name, TableOrder};
    let f = file();
    assert_eq!(
        file_stem(&f, Some(SWINDON), 1),
        "neighbourhoods_E06000030_income"
    );
    assert_eq!(file_stem(&f, None, 0), "neighbourhoods_bsw_imd");
    // The whole table, as ranked, is the share panel's CSV: the same rows, the same name.
    assert_eq!(
        table_file_name(&f, Some(SWINDON), 1, "", TableOrder::Rank),
        "neighbourhoods_E06000030_income.csv"
    );
    assert_eq!(
        table_file_name(&f, Some(SWINDON), 0, " Swindon 003D!", TableOrder::Name),
        "neighbourhoods_E06000030_imd_matching-swindon-003d_by-name.csv"
    );
    let long = table_file_name(&f, None, 0, &"ab ".repeat(100), TableOrder::Residents);
    assert!(
        long.len() < 100 && long.ends_with("_by-residents.csv"),
        "{long}"
    );
}
