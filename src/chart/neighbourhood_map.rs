//! The neighbourhood map: every neighbourhood of a place (or of BSW) shaded by its national
//! decile of a domain (decile 1, England's most deprived 10%, darkest), the places' outlines and
//! names on top, the focused neighbourhood outlined. Drawn by the map code of the other maps.

use crate::chart::map::{MapArea, MapOutline, MapSpec};
use crate::model::boundary::BoundaryFile;
use crate::model::neighbourhood::NeighbourhoodFile;
use crate::model::AreaFile;

/// The spread of a ring's points (width × height in degrees): big outlines are drawn first, so
/// that one lying in another's hole is drawn over it.
fn extent(rings: &[Vec<[f64; 2]>]) -> f64 {
    let Some(ring) = rings.first() else {
        return 0.0;
    };
    let (mut lo, mut hi) = ([f64::MAX; 2], [f64::MIN; 2]);
    for p in ring {
        for k in 0..2 {
            lo[k] = lo[k].min(p[k]);
            hi[k] = hi[k].max(p[k]);
        }
    }
    (hi[0] - lo[0]) * (hi[1] - lo[1])
}

/// The map of `place`'s neighbourhoods (all three places for `None`) by `domain`, with
/// `focus` (a neighbourhood's code) outlined and the places' outlines on top (none while, or
/// if, `places` cannot be had: they are a guide, the neighbourhoods are the figures).
pub fn neighbourhood_map_spec(
    file: &NeighbourhoodFile,
    places: Option<&BoundaryFile>,
    areas: &AreaFile,
    place: Option<&str>,
    domain: usize,
    focus: Option<&str>,
) -> MapSpec {
    let mut shaded: Vec<MapArea> = file
        .of(place)
        .map(|n| MapArea {
            code: n.code.clone(),
            label: String::new(),
            // Decile 1 (most deprived) is the darkest end of the shading.
            value: n.deciles.get(domain).map(|d| 11.0 - f64::from(*d)),
            rings: n.rings.clone(),
            chosen: focus == Some(n.code.as_str()),
        })
        .collect();
    crate::model::order::sort_by(&mut shaded, |a, b| {
        extent(&b.rings).total_cmp(&extent(&a.rings))
    });
    let outlines = places
        .map_or(&[][..], |p| p.areas.as_slice())
        .iter()
        .filter(|b| place.is_none_or(|p| b.code == p))
        .filter(|b| file.of(Some(&b.code)).next().is_some())
        .map(|b| MapOutline {
            name: areas.short_name(&b.code).to_owned(),
            rings: b.rings.clone(),
        })
        .collect();
    let title = file.domains.get(domain).map_or("", |d| d.title.as_str());
    MapSpec {
        areas: shaded,
        outlines,
        range: Some((1.0, 10.0)),
        legend_title: format!("{title}: national decile ({})", file.edition),
        legend_range: (
            "decile 10, least deprived".to_owned(),
            "decile 1, England's most deprived 10%".to_owned(),
        ),
    }
}
