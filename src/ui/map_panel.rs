//! The map of the three places, shaded by the chosen indicator. Clicking or tapping a place
//! adds it to or removes it from the chosen localities (the locality checkboxes do the same
//! by keyboard).

use crate::chart::choropleth::map_spec;
use crate::chart::map::{draw_map, MapLayout, MapSpec};
use crate::model::{AreaFile, ThemeData, ViewState};
use crate::ui::canvas::draw_with;
use crate::ui::data_store::{use_data, Loaded};
use crate::ui::use_window_resize::use_window_resize;
use leptos::ev;
use leptos::html::Canvas;
use leptos::prelude::*;
use std::sync::Arc;

/// The map panel.
#[component]
pub fn MapPanel(
    state: RwSignal<ViewState>,
    data: Arc<ThemeData>,
    areas: Arc<AreaFile>,
    #[prop(into)] indicator: Signal<Option<String>>,
) -> impl IntoView {
    let store = use_data();
    let boundaries = {
        let areas = Arc::clone(&areas);
        Memo::new(move |_| match store.boundaries(Arc::clone(&areas)) {
            Loaded::Ready(b) => Some(b),
            _ => None,
        })
    };
    let spec = {
        let (data, areas) = (Arc::clone(&data), Arc::clone(&areas));
        Memo::new(move |_| {
            let b = boundaries.get()?;
            let ind = indicator.get()?;
            let chosen = state.with(|s| s.areas.clone());
            let refs: Vec<&str> = chosen.iter().map(String::as_str).collect();
            map_spec(&data, &areas, &b, &ind, &refs)
        })
    };
    let canvas = NodeRef::<Canvas>::new();
    let resized = use_window_resize();
    let layout = RwSignal::new(None::<(MapLayout, f64)>);
    Effect::new(move |_| {
        resized.track();
        let (Some(el), Some(spec)) = (canvas.get(), spec.get()) else {
            return;
        };
        let drawn = draw_with(&el, |area, scale| {
            draw_map(area, &spec, scale).map_err(|e| format!("the map could not be drawn ({e})"))
        });
        layout.set(drawn.ok());
    });
    let order: Vec<String> = areas.areas.iter().map(|a| a.code.clone()).collect();
    let on_click = move |e: ev::MouseEvent| {
        let hit = layout.with(|l| {
            let (layout, ratio) = l.as_ref()?;
            layout
                .hit(
                    f64::from(e.offset_x()) * ratio,
                    f64::from(e.offset_y()) * ratio,
                )
                .map(str::to_owned)
        });
        if let Some(code) = hit {
            let refs: Vec<&str> = order.iter().map(String::as_str).collect();
            state.update(|s| s.toggle_area(&code, &refs));
        }
    };
    let label = move || {
        spec.with(|s: &Option<MapSpec>| {
            s.as_ref().map(|s| {
                let parts: Vec<String> = s.areas.iter().map(|a| a.label.replace('\n', ": ")).collect();
                format!("Map of {}: {}. Click a place to add it to or remove it from the chart; the Localities checkboxes do the same.", s.legend_title, parts.join("; "))
            })
        })
        .unwrap_or_default()
    };
    view! {
        <section class="map" aria-labelledby="map-title" hidden=move || spec.with(Option::is_none)>
            <h3 id="map-title" class="chart-title">"Map"</h3>
            <canvas
                node_ref=canvas
                class="map__canvas"
                role="img"
                aria-label=label
                data-areas=move || layout.with(|l| l.as_ref().map_or(0, |(l, _)| l.areas.len())).to_string()
                on:click=on_click
            ></canvas>
            <p class="map__source">"Boundaries: Office for National Statistics, Local Authority Districts (December 2020) UK BUC. Contains OS data © Crown copyright and database right 2020. Licence: Open Government Licence v3.0."</p>
        </section>
    }
}
