//! Entry point: mounts the Leptos app in the browser.

#[cfg(target_arch = "wasm32")]
fn main() {
    outcomes_explorer::ui::install_panic_message();
    leptos::mount::mount_to_body(outcomes_explorer::ui::App);
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
