//! A canvas that draws a [`MapSpec`], redraws on resize, and says which area is under the
//! pointer (hover) or was clicked or tapped.

use crate::chart::map::{draw_map, MapLayout, MapSpec};
use crate::ui::canvas::draw_with;
use crate::ui::use_element_size::use_element_size;
use crate::ui::use_window_resize::use_window_resize;
use leptos::ev;
use leptos::html::Canvas;
use leptos::prelude::*;

/// The map canvas. `on_pick` gets the code of a clicked or tapped area; `on_point` the code of
/// the area under the mouse (`None` off the map).
#[component]
pub fn MapCanvas(
    #[prop(into)] spec: Signal<Option<MapSpec>>,
    #[prop(into)] label: Signal<String>,
    on_pick: Callback<String>,
    #[prop(optional)] on_point: Option<Callback<Option<String>>>,
    /// Extra class for sizing (e.g. a taller canvas for England).
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let canvas = NodeRef::<Canvas>::new();
    let resized = use_window_resize();
    let size = use_element_size(canvas);
    let layout = RwSignal::new(None::<(MapLayout, f64)>);
    Effect::new(move |_| {
        resized.track();
        let (Some(el), Some(spec), Some(size)) = (canvas.get(), spec.get(), size.get()) else {
            return;
        };
        let drawn = draw_with(&el, size, |area, scale| {
            draw_map(area, &spec, scale).map_err(|e| format!("the map could not be drawn ({e})"))
        });
        layout.set(drawn.ok());
    });
    let hit = move |e: &ev::MouseEvent| {
        layout.with(|l| {
            let (layout, ratio) = l.as_ref()?;
            layout
                .hit(
                    f64::from(e.offset_x()) * ratio,
                    f64::from(e.offset_y()) * ratio,
                )
                .map(str::to_owned)
        })
    };
    let on_click = move |e: ev::MouseEvent| {
        if let Some(code) = hit(&e) {
            on_pick.run(code);
        }
    };
    let on_move = move |e: ev::MouseEvent| {
        if let Some(cb) = on_point {
            cb.run(hit(&e));
        }
    };
    let on_leave = move |_: ev::MouseEvent| {
        if let Some(cb) = on_point {
            cb.run(None);
        }
    };
    view! {
        <canvas
            node_ref=canvas
            class=format!("map__canvas {class}")
            role="img"
            aria-label=label
            data-areas=move || layout.with(|l| l.as_ref().map_or(0, |(l, _)| l.areas.len())).to_string()
            on:click=on_click
            on:mousemove=on_move
            on:mouseleave=on_leave
        ></canvas>
    }
}
