//! Performance marks for the benchmarks (`bench/run.mjs` reads them to say where the time to
//! the first chart goes): when the app started, when the area list and the theme's figures
//! were read, when the first chart was drawn and when the panels below it were built.

/// Sets the performance mark `name` (nothing happens where the browser has no performance API).
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}
