//! Entry point: mounts the Leptos app in the browser.

#[cfg(target_arch = "wasm32")]
fn main() {
    outcomes_explorer::ui::install_panic_message();
    leptos::mount::mount_to_body(outcomes_explorer::ui::App);
    if outcomes_explorer::ui::crash_test_requested() {
        leptos::task::spawn_local(async {
            panic!("a deliberate fault for the crash test (?crash-test=1)");
        });
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "The explorer runs in a browser: use `make serve` and open http://127.0.0.1:8080. \
         Natively, see `cargo run --bin prepare-data`."
    );
}
