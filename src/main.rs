//! Entry point: mounts the Leptos app in the browser.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(outcomes_explorer::ui::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "The explorer runs in a browser: use `make serve` and open http://127.0.0.1:8080. \
         Natively, see `cargo run --bin prepare-data`."
    );
}
