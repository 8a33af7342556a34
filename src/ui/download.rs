//! Saving files from the page: text (CSV, SVG) as a blob, and a chart drawn on a canvas that
//! is never shown, as PNG. Nothing leaves the browser.

use crate::chart::figure::{draw_figure_of, FigureBody, FigureText, FIGURE_SIZE};
use crate::chart::Scale;
use crate::ui::page_backend::PageBackend;
use plotters::prelude::*;
use wasm_bindgen::JsCast;

fn click_link(href: &str, name: &str) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "no link element")?
        .dyn_into()
        .map_err(|_| "not a link element")?;
    a.set_href(href);
    a.set_download(name);
    a.click();
    Ok(())
}

/// Offers `text` for download as `name`, of MIME type `mime`.
pub fn download_text(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "the file could not be made")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| "the file could not be offered")?;
    let result = click_link(&url, name);
    // The click has started the download; the address is no longer needed.
    let _ = web_sys::Url::revoke_object_url(&url);
    result
}

/// A canvas that is never put on the page.
fn hidden_canvas() -> Result<web_sys::HtmlCanvasElement, String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    Ok(document
        .create_element("canvas")
        .map_err(|_| "no canvas")?
        .dyn_into()
        .map_err(|_| "not a canvas")?)
}

/// The figure as SVG text (its labels measured with a canvas that is never shown).
pub fn figure_svg(body: FigureBody<'_>, text: &FigureText) -> Result<String, String> {
    let canvas = hidden_canvas()?;
    let mut svg = String::new();
    {
        let root = PageBackend::svg(&mut svg, FIGURE_SIZE, &canvas)
            .ok_or("this browser cannot measure text on a canvas")?
            .into_drawing_area();
        draw_figure_of(&root, body, text, Scale::ONE).map_err(|e| e.to_string())?;
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(svg)
}

/// Draws the figure at twice [`FIGURE_SIZE`] on a canvas that is never shown and offers it as a
/// PNG named `name`.
pub fn download_png(name: &str, body: FigureBody<'_>, text: &FigureText) -> Result<(), String> {
    let canvas = hidden_canvas()?;
    let scale = Scale {
        pixel_ratio: 2.0,
        ..Scale::ONE
    };
    canvas.set_width(FIGURE_SIZE.0 * 2);
    canvas.set_height(FIGURE_SIZE.1 * 2);
    {
        let root = PageBackend::canvas(&canvas)
            .ok_or("this browser cannot draw on a canvas")?
            .into_drawing_area();
        draw_figure_of(&root, body, text, scale).map_err(|e| e.to_string())?;
        root.present().map_err(|e| e.to_string())?;
    }
    let url = canvas
        .to_data_url_with_type("image/png")
        .map_err(|_| "the picture could not be made")?;
    click_link(&url, name)
}
