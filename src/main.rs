//! Entry point: mounts the Leptos app in the browser.

// The page's user interface is here, not in the library, so that the importer's worker (which
// links the library) never links it: see `src/ui/lazy_view.rs`. Its modules name the library's
// as `crate::model`, `crate::chart` and `crate::web`.
#[cfg(target_arch = "wasm32")]
mod ui;
#[cfg(target_arch = "wasm32")]
use outcomes_explorer::{chart, model, web};

#[cfg(target_arch = "wasm32")]
fn main() {
    ui::install_panic_message();
    leptos::mount::mount_to_body(ui::App);
}

/// Panics on purpose, so that the end-to-end tests can check the crash message. Only script
/// running in the page can call it (`window.wasmBindings.crash_test()`): no link can, so a
/// shared address never breaks the page.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn crash_test() {
    panic!("a deliberate fault for the crash test");
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "The explorer runs in a browser: use `make serve` and open http://127.0.0.1:8080. \
         Natively, see `cargo run --bin prepare-data`."
    );
}
