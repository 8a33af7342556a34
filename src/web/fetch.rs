//! Downloading a data file as text with the browser's `fetch`, in the page or in a worker.

use crate::model::LoadError;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    /// The global `fetch`, the same in a page and in a worker.
    #[wasm_bindgen(js_name = fetch)]
    fn global_fetch(input: &str) -> js_sys::Promise;
}

/// Downloads `file` (a path relative to the page or worker script) as text.
pub async fn fetch_text(file: &str) -> Result<String, LoadError> {
    let failed = |what: &str| LoadError::whole_file(file, what.to_string());
    let response: web_sys::Response = JsFuture::from(global_fetch(file))
        .await
        .and_then(|r| r.dyn_into())
        .map_err(|_| failed("could not be downloaded (the network request failed)"))?;
    if !response.ok() {
        return Err(LoadError::whole_file(
            file,
            format!(
                "could not be downloaded (HTTP {} {})",
                response.status(),
                response.status_text()
            ),
        ));
    }
    let text = response.text().map_err(|_| failed("could not be read"))?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| failed("could not be read"))
}
