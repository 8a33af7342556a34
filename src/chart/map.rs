//! A map of areas shaded by a value, with a legend: projection, drawing and hit testing, all
//! pure so that the same code draws to a canvas and to SVG and can be tested natively.

use crate::chart::figure::wrap;
use crate::chart::palette::{contrast_ratio, AXIS, BACKGROUND, TEXT, TEXT_SECONDARY};
use crate::chart::shapes::{text_size, DrawResult, Scale};
use crate::model::boundary::Boundary;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// One shaded area.
#[derive(Debug, Clone, PartialEq)]
pub struct MapArea {
    /// Area code.
    pub code: String,
    /// Label drawn on the area: name and value.
    pub label: String,
    /// The value, if any (areas without one are grey, shown in the legend as "No figure
    /// published").
    pub value: Option<f64>,
    /// Outline in longitude and latitude.
    pub rings: Vec<Vec<[f64; 2]>>,
    /// Whether the area is among the chosen localities (drawn with a thick outline).
    pub chosen: bool,
}

/// An outline drawn over the shaded areas, with its name: a place around its neighbourhoods.
#[derive(Debug, Clone, PartialEq)]
pub struct MapOutline {
    /// The name written in the outline.
    pub name: String,
    /// Outline in longitude and latitude.
    pub rings: Vec<Vec<[f64; 2]>>,
}

/// Everything the map shows.
#[derive(Debug, Clone, PartialEq)]
pub struct MapSpec {
    /// The areas, drawn in order (an area inside another's hole comes after it).
    pub areas: Vec<MapArea>,
    /// Outlines drawn over the areas, with their names (none on the maps of places).
    pub outlines: Vec<MapOutline>,
    /// The values at the light and dark ends of the shading, when fixed (deciles: 1 to 10);
    /// `None` for the lowest and highest value shown.
    pub range: Option<(f64, f64)>,
    /// Legend title, e.g. `Healthy life expectancy, women (years), 2022-24`.
    pub legend_title: String,
    /// Legend end labels (lowest and highest value, formatted).
    pub legend_range: (String, String),
}

impl MapSpec {
    /// A map with nothing on it (before its outlines have loaded).
    pub fn empty() -> MapSpec {
        MapSpec {
            areas: Vec::new(),
            outlines: Vec::new(),
            range: None,
            legend_title: String::new(),
            legend_range: (String::new(), String::new()),
        }
    }
}

/// An area's rings in device pixels.
pub type PixelRings = Vec<Vec<(f64, f64)>>;

/// The areas as drawn, in device pixels, for hit testing.
#[derive(Debug, Clone, PartialEq)]
pub struct MapLayout {
    /// (area code, rings in pixels).
    pub areas: Vec<(String, PixelRings)>,
}

/// The fill of an area without a figure.
const NO_DATA: RGBColor = RGBColor(0xf3, 0xf2, 0xf1);

/// Light to dark blue: the lowest value is lightest.
const LOW: (f64, f64, f64) = (222.0, 235.0, 247.0);
const HIGH: (f64, f64, f64) = (18.0, 67.0, 109.0);

/// The fill for `t` in 0..=1.
pub fn ramp(t: f64) -> RGBColor {
    let t = t.clamp(0.0, 1.0);
    let mix = |a: f64, b: f64| (a + (b - a) * t).round() as u8;
    RGBColor(mix(LOW.0, HIGH.0), mix(LOW.1, HIGH.1), mix(LOW.2, HIGH.2))
}

/// Text colour readable on `fill` (near-black or white, whichever contrasts more).
pub fn text_on(fill: RGBColor) -> RGBColor {
    if contrast_ratio(fill, TEXT) >= contrast_ratio(fill, BACKGROUND) {
        TEXT
    } else {
        BACKGROUND
    }
}

/// Whether (x, y) is inside the ring (even–odd rule).
pub fn inside(ring: &[(f64, f64)], x: f64, y: f64) -> bool {
    crate::model::boundary::inside(ring, x, y, |p| p)
}

impl MapLayout {
    /// The area under (x, y), if any: the last drawn (the one on top), its rings read by the
    /// even-odd rule so that a point in a hole is not in the area around it.
    pub fn hit(&self, x: f64, y: f64) -> Option<&str> {
        self.areas
            .iter()
            .rev()
            .find(|(_, rings)| rings.iter().filter(|r| inside(r, x, y)).count() % 2 == 1)
            .map(|(code, _)| code.as_str())
    }
}

/// A projection of longitude and latitude into a box, keeping shapes true at the map's middle
/// latitude (equirectangular, x scaled by the cosine of the latitude).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Projection {
    lon_min: f64,
    lat_max: f64,
    cos: f64,
    k: f64,
    x0: f64,
    y0: f64,
}

impl Projection {
    /// The projection that fits every point of `areas` into the box, centred.
    pub fn fit(
        areas: &[MapArea],
        (left, top, right, bottom): (f64, f64, f64, f64),
    ) -> Option<Projection> {
        let (mut lon_min, mut lon_max, mut lat_min, mut lat_max) =
            (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
        for [lon, lat] in areas.iter().flat_map(|a| a.rings.iter().flatten()) {
            lon_min = lon_min.min(*lon);
            lon_max = lon_max.max(*lon);
            lat_min = lat_min.min(*lat);
            lat_max = lat_max.max(*lat);
        }
        if lon_min > lon_max {
            return None;
        }
        let cos = ((lat_min + lat_max) / 2.0).to_radians().cos();
        let w = ((lon_max - lon_min) * cos).max(1e-9);
        let h = (lat_max - lat_min).max(1e-9);
        let k = ((right - left) / w).min((bottom - top) / h);
        Some(Projection {
            lon_min,
            lat_max,
            cos,
            k,
            x0: left + ((right - left) - w * k) / 2.0,
            y0: top + ((bottom - top) - h * k) / 2.0,
        })
    }

    /// The pixel position of a longitude and latitude.
    pub fn project(&self, [lon, lat]: [f64; 2]) -> (f64, f64) {
        (
            self.x0 + (lon - self.lon_min) * self.cos * self.k,
            self.y0 + (self.lat_max - lat) * self.k,
        )
    }
}

const FONT: f64 = 13.0;

/// The centre of a ring's bounding box, for its label.
fn label_point(ring: &[(f64, f64)]) -> (f64, f64) {
    let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for &(x, y) in ring {
        x0 = x0.min(x);
        x1 = x1.max(x);
        y0 = y0.min(y);
        y1 = y1.max(y);
    }
    ((x0 + x1) / 2.0, (y0 + y1) / 2.0)
}

/// A position in device pixels, rounded to a whole pixel.
fn px(v: f64) -> i32 {
    v.round() as i32
}

/// A ring in whole device pixels, closed (its first point repeated at the end).
fn closed_ring(ring: &[(f64, f64)]) -> Vec<(i32, i32)> {
    let mut closed: Vec<(i32, i32)> = ring.iter().map(|&(x, y)| (px(x), px(y))).collect();
    closed.extend(closed.first().copied());
    closed
}

/// The fills of the areas: the ramp from the lowest value shown to the highest.
#[derive(Debug, Clone, Copy)]
struct Shades {
    lo: f64,
    hi: f64,
}

impl Shades {
    /// The shades for the values of `spec`'s areas (or its fixed range).
    fn of(spec: &MapSpec) -> Shades {
        let (lo, hi) = spec.range.unwrap_or_else(|| {
            spec.areas
                .iter()
                .filter_map(|a| a.value)
                .fold((f64::MAX, f64::MIN), |(l, h), v| (l.min(v), h.max(v)))
        });
        Shades { lo, hi }
    }

    /// The fill of an area with `value` (the middle of the ramp when every value is the same,
    /// grey with none).
    fn fill(self, value: Option<f64>) -> RGBColor {
        let Shades { lo, hi } = self;
        let t = |v: f64| if hi > lo { (v - lo) / (hi - lo) } else { 0.5 };
        value.map_or(NO_DATA, |v| ramp(t(v)))
    }
}

/// What the stages of drawing one map share.
struct Frame<'s> {
    spec: &'s MapSpec,
    scale: Scale,
    shades: Shades,
}

/// Each area filled with its shade and outlined thinly; returns their rings in pixels.
fn draw_areas<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    f: &Frame<'_>,
    projection: &Projection,
) -> DrawResult<MapLayout, DB> {
    let (spec, scale) = (f.spec, f.scale);
    let mut layout = MapLayout { areas: Vec::new() };
    for a in &spec.areas {
        let rings: PixelRings = a
            .rings
            .iter()
            .map(|r| r.iter().map(|p| projection.project(*p)).collect())
            .collect();
        let fill = f.shades.fill(a.value);
        for r in &rings {
            let pts: Vec<(i32, i32)> = r.iter().map(|&(x, y)| (px(x), px(y))).collect();
            area.draw(&Polygon::new(pts.clone(), fill.filled()))?;
            area.draw(&PathElement::new(
                closed_ring(r),
                AXIS.stroke_width(scale.px_u32(1.0)),
            ))?;
        }
        layout.areas.push((a.code.clone(), rings));
    }
    Ok(layout)
}

/// The outlines over the areas (thick, dark), each name in its middle on a white ground so that
/// it reads on any shade.
fn draw_outlines<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    f: &Frame<'_>,
    projection: &Projection,
) -> DrawResult<(), DB> {
    let scale = f.scale;
    for o in &f.spec.outlines {
        let rings: PixelRings = o
            .rings
            .iter()
            .map(|r| r.iter().map(|p| projection.project(*p)).collect())
            .collect();
        for r in &rings {
            area.draw(&PathElement::new(
                closed_ring(r),
                TEXT.stroke_width(scale.px_u32(2.0)),
            ))?;
        }
        let Some(largest) = rings.iter().max_by_key(|r| r.len()) else {
            continue;
        };
        let (cx, cy) = label_point(largest);
        let font = scale.font(FONT, TEXT, HPos::Center, VPos::Center);
        let (w, h) = text_size(area, &o.name, &font)?;
        let pad = scale.px(3.0);
        let (hw, hh) = (f64::from(w) / 2.0 + pad, f64::from(h) / 2.0 + pad);
        area.draw(&Rectangle::new(
            [(px(cx - hw), px(cy - hh)), (px(cx + hw), px(cy + hh))],
            BACKGROUND.filled(),
        ))?;
        area.draw(&Text::new(o.name.clone(), (px(cx), px(cy)), font))?;
    }
    Ok(())
}

/// The chosen areas' thick outlines, over every fill.
fn draw_chosen<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    f: &Frame<'_>,
    layout: &MapLayout,
) -> DrawResult<(), DB> {
    for (a, (_, rings)) in f.spec.areas.iter().zip(&layout.areas) {
        if !a.chosen {
            continue;
        }
        for r in rings {
            area.draw(&PathElement::new(
                closed_ring(r),
                TEXT.stroke_width(f.scale.px_u32(3.0)),
            ))?;
        }
    }
    Ok(())
}

/// Each area's label, line by line, in the middle of its largest ring, in a colour readable on
/// its fill; drawn after all fills, so that no area covers another's label.
fn draw_labels<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    f: &Frame<'_>,
    layout: &MapLayout,
) -> DrawResult<(), DB> {
    let scale = f.scale;
    for (a, (_, rings)) in f.spec.areas.iter().zip(&layout.areas) {
        let Some(largest) = rings.iter().max_by_key(|r| r.len()) else {
            continue;
        };
        let (cx, cy) = label_point(largest);
        let font = scale.font(
            FONT,
            text_on(f.shades.fill(a.value)),
            HPos::Center,
            VPos::Center,
        );
        for (i, line) in a.label.lines().enumerate() {
            let dy = (i as f64 - 0.5) * scale.px(FONT + 3.0);
            area.draw(&Text::new(
                line.to_owned(),
                (px(cx), px(cy + dy)),
                font.clone(),
            ))?;
        }
    }
    Ok(())
}

/// The legend's second row, at `y`: the fill of areas without a figure, so that grey is not
/// read as "low".
fn draw_no_figure_key<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    scale: Scale,
    y: f64,
    font: &TextStyle<'_>,
) -> DrawResult<(), DB> {
    let corners = [
        (px(scale.px(8.0)), px(y)),
        (px(scale.px(26.0)), px(y + scale.px(12.0))),
    ];
    area.draw(&Rectangle::new(corners, NO_DATA.filled()))?;
    area.draw(&Rectangle::new(
        corners,
        AXIS.stroke_width(scale.px_u32(1.0)),
    ))?;
    area.draw(&Text::new(
        "No figure published".to_owned(),
        (px(scale.px(32.0)), px(y + scale.px(6.0))),
        font.clone(),
    ))
}

/// Where the legend's words go: its title (wrapped), and the ramp's end labels beside the ramp
/// when they fit there, else in lines of their own below it (a phone, or paper).
struct LegendLayout {
    title: Vec<String>,
    /// The end labels ("low to high"): one line beside the ramp, or lines below it.
    ends: Vec<String>,
    /// Whether the end labels sit beside the ramp.
    beside: bool,
    bar_w: f64,
    no_figure: bool,
}

/// Line heights of the legend, at scale 1.
const TITLE_LINE: f64 = 18.0;
const RAMP_ROW: f64 = 20.0;
const END_LINE: f64 = 16.0;
const NO_FIGURE_ROW: f64 = 18.0;

impl LegendLayout {
    fn of<DB: DrawingBackend>(
        area: &DrawingArea<DB, Shift>,
        spec: &MapSpec,
        scale: Scale,
    ) -> DrawResult<LegendLayout, DB> {
        let width = f64::from(area.dim_in_pixel().0);
        let room = (width - scale.px(16.0)).max(scale.px(40.0));
        let title_font = scale.font(FONT, TEXT, HPos::Left, VPos::Top);
        let title = wrap(area, &spec.legend_title, &title_font, room, 3)?;
        let end_font = scale.font(FONT, TEXT_SECONDARY, HPos::Left, VPos::Center);
        let (low, high) = &spec.legend_range;
        let ends = format!("{low} to {high}");
        let ends_w = f64::from(text_size(area, &ends, &end_font)?.0);
        let bar_w = (width * 0.5).min(scale.px(280.0));
        let beside = bar_w + scale.px(16.0) + ends_w <= room;
        let (bar_w, ends) = if beside {
            (bar_w, vec![ends])
        } else {
            (
                room.min(scale.px(280.0)),
                wrap(area, &ends, &end_font, room, 2)?,
            )
        };
        Ok(LegendLayout {
            title,
            ends,
            beside,
            bar_w,
            no_figure: spec.areas.iter().any(|a| a.value.is_none()),
        })
    }

    /// The legend's height in pixels, with a margin above.
    fn height(&self, scale: Scale) -> f64 {
        let rows = TITLE_LINE * self.title.len() as f64
            + RAMP_ROW
            + if self.beside {
                0.0
            } else {
                END_LINE * self.ends.len() as f64
            }
            + if self.no_figure { NO_FIGURE_ROW } else { 0.0 };
        scale.px(rows + 12.0)
    }
}

/// The legend, from `top`: its title, then a ramp from the lowest to the highest value with both
/// ends labelled, and (when some area has no figure) the key to the grey of those areas.
fn draw_legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    scale: Scale,
    layout: &LegendLayout,
    top: f64,
) -> DrawResult<(), DB> {
    let title_font = scale.font(FONT, TEXT, HPos::Left, VPos::Top);
    let mut y = top;
    for line in &layout.title {
        area.draw(&Text::new(
            line.clone(),
            (px(scale.px(8.0)), px(y)),
            title_font.clone(),
        ))?;
        y += scale.px(TITLE_LINE);
    }
    let bar_top = y + scale.px(2.0);
    let bar_w = layout.bar_w;
    let steps = 24;
    for i in 0..steps {
        let x0 = scale.px(8.0) + bar_w * f64::from(i) / f64::from(steps);
        let x1 = scale.px(8.0) + bar_w * f64::from(i + 1) / f64::from(steps);
        area.draw(&Rectangle::new(
            [
                (px(x0), px(bar_top)),
                (px(x1) + 1, px(bar_top + scale.px(12.0))),
            ],
            ramp(f64::from(i) / f64::from(steps - 1)).filled(),
        ))?;
    }
    let end_font = scale.font(FONT, TEXT_SECONDARY, HPos::Left, VPos::Center);
    y = bar_top + scale.px(16.0);
    for line in &layout.ends {
        let at = if layout.beside {
            (px(scale.px(16.0) + bar_w), px(bar_top + scale.px(6.0)))
        } else {
            let at = (px(scale.px(8.0)), px(y + scale.px(END_LINE) / 2.0));
            y += scale.px(END_LINE);
            at
        };
        area.draw(&Text::new(line.clone(), at, end_font.clone()))?;
    }
    if layout.no_figure {
        draw_no_figure_key(area, scale, y + scale.px(2.0), &end_font)?;
    }
    Ok(())
}

/// Draws the map and its legend filling `area`.
pub fn draw_map<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    spec: &MapSpec,
    scale: Scale,
) -> DrawResult<MapLayout, DB> {
    area.fill(&BACKGROUND)?;
    let (w, h) = area.dim_in_pixel();
    let (width, height) = (f64::from(w), f64::from(h));
    let legend = LegendLayout::of(area, spec, scale)?;
    let legend_h = legend.height(scale);
    let Some(projection) = Projection::fit(
        &spec.areas,
        (
            scale.px(8.0),
            scale.px(8.0),
            width - scale.px(8.0),
            height - legend_h - scale.px(8.0),
        ),
    ) else {
        // Nothing to place: say so rather than leave a blank box.
        area.draw(&Text::new(
            "No areas to draw on this map",
            ((w / 2) as i32, (h / 2) as i32),
            scale.font(FONT, TEXT_SECONDARY, HPos::Center, VPos::Center),
        ))?;
        return Ok(MapLayout { areas: vec![] });
    };
    let f = Frame {
        spec,
        scale,
        shades: Shades::of(spec),
    };
    let layout = draw_areas(area, &f, &projection)?;
    draw_outlines(area, &f, &projection)?;
    draw_chosen(area, &f, &layout)?;
    draw_labels(area, &f, &layout)?;
    draw_legend(area, scale, &legend, height - legend_h + scale.px(4.0))?;
    Ok(layout)
}

/// Builds map areas from boundaries: `label_of` gives each area's label and value.
pub fn map_areas(
    boundaries: &[Boundary],
    mut label_of: impl FnMut(&str) -> (String, Option<f64>, bool),
) -> Vec<MapArea> {
    boundaries
        .iter()
        .map(|b| {
            let (label, value, chosen) = label_of(&b.code);
            MapArea {
                code: b.code.clone(),
                label,
                value,
                rings: b.rings.clone(),
                chosen,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(code: &str, lon: f64, value: Option<f64>) -> MapArea {
        MapArea {
            code: code.into(),
            label: code.into(),
            value,
            rings: vec![vec![
                [lon, 51.0],
                [lon + 1.0, 51.0],
                [lon + 1.0, 52.0],
                [lon, 52.0],
            ]],
            chosen: false,
        }
    }

    #[test]
    fn points_inside_rings_are_found() {
        let ring = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)];
        assert!(inside(&ring, 5.0, 5.0));
        assert!(!inside(&ring, 15.0, 5.0));
        assert!(!inside(&[], 1.0, 1.0));
    }

    #[test]
    fn the_projection_keeps_everything_in_the_box_and_north_up() {
        let areas = [square("A", -2.0, Some(1.0)), square("B", -1.0, None)];
        let p = Projection::fit(&areas, (0.0, 0.0, 400.0, 300.0)).unwrap();
        for a in &areas {
            for pt in a.rings.iter().flatten() {
                let (x, y) = p.project(*pt);
                assert!((0.0..=400.0 + 1e-9).contains(&x) && (0.0..=300.0 + 1e-9).contains(&y));
            }
        }
        let (_, y_north) = p.project([-2.0, 52.0]);
        let (_, y_south) = p.project([-2.0, 51.0]);
        assert!(y_north < y_south);
    }

    #[test]
    fn colours_run_light_to_dark_and_text_stays_readable() {
        assert_eq!(ramp(0.0), RGBColor(222, 235, 247));
        assert_eq!(ramp(1.0), RGBColor(18, 67, 109));
        for i in 0..=10 {
            let fill = ramp(f64::from(i) / 10.0);
            assert!(contrast_ratio(fill, text_on(fill)) >= 4.5, "step {i}");
        }
    }
}
