//! The importer, run in a web worker of its own so that it is not part of the page's first
//! download and a large file does not hold up the page (see `ui::import_worker`).
//!
//! Protocol: once it has read `data/areas.json`, the worker posts `"ready"` (or, if it could not,
//! `["failed", <LoadError>]`). The page then posts `[id, file name, file text]` for each
//! file and gets back, in the order sent, `[id, opened, theme, areas]`: what happened to the file
//! (see `web::import_message`) and, when it loaded, the "Your data" theme so far and the areas
//! with any the files added (as JSON in the explorer's own format, which the page already reads);
//! a refused file changes nothing, so its reply carries neither.

#[cfg(target_arch = "wasm32")]
fn main() {
    use outcomes_explorer::model::import::session::ImportSession;
    use outcomes_explorer::model::{parse_areas, AREAS_FILE};
    use outcomes_explorer::web::{error_to_js, opened_to_js};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    /// JSON text as a JavaScript string (empty if it cannot be written, which the page reports).
    fn json<T: serde::Serialize>(value: &T) -> JsValue {
        JsValue::from(serde_json::to_string(value).unwrap_or_default())
    }

    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    wasm_bindgen_futures::spawn_local(async move {
        let areas = match outcomes_explorer::web::fetch_text(AREAS_FILE).await {
            Ok(text) => parse_areas(AREAS_FILE, &text),
            Err(e) => Err(e),
        };
        let mut session = match areas {
            Ok(areas) => ImportSession::new(areas),
            Err(e) => {
                let _ = scope.post_message(&js_sys::Array::of2(&"failed".into(), &error_to_js(&e)));
                return;
            }
        };
        let reply_to = scope.clone();
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                let message: js_sys::Array = e.data().unchecked_into();
                let (id, file, text) = (message.get(0), message.get(1), message.get(2));
                let file = file.as_string().unwrap_or_default();
                let text = text.as_string().unwrap_or_default();
                // Progress as ["progress", rows read, rows in all], for the page's status line.
                let progress_to = reply_to.clone();
                let reply = session.open_reporting(&file, &text, &mut |done, total| {
                    let message = js_sys::Array::of3(
                        &"progress".into(),
                        &(done as f64).into(),
                        &(total as f64).into(),
                    );
                    let _ = progress_to.post_message(&message);
                });
                let (theme, areas) = reply.so_far.as_ref().map_or(
                    (JsValue::UNDEFINED, JsValue::UNDEFINED),
                    |(theme, areas)| (json(theme), json(areas)),
                );
                let message = js_sys::Array::of4(&id, &opened_to_js(&reply.opened), &theme, &areas);
                let _ = reply_to.post_message(&message);
            });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
        let _ = scope.post_message(&"ready".into());
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "The importer runs in the browser as a web worker. Natively, use \
         `cargo run --bin validate -- data/ --import FILE` to read a Fingertips CSV or a theme file."
    );
}
