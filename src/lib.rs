//! Population & Outcomes Explorer for Bath and North East Somerset, Swindon and Wiltshire (BSW).
//!
//! Three layers, each in its own module folder:
//! - [`model`]: the pure data model (serde types, loading, validation, queries, formatting);
//! - [`chart`]: pure chart drawing, generic over plotters' `DrawingBackend`;
//! - [`web`]: what the browser page and the importer's worker share (wasm32 only); the page's
//!   thin Leptos user interface, `ui`, is in the `explorer` bin (`src/main.rs`).
//!
//! `prepare` (native only) rebuilds the bundled data in `data/` from the raw public files in `raw/`.

pub mod chart;
pub mod model;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
#[cfg(not(target_arch = "wasm32"))]
pub mod prepare;

#[cfg(target_arch = "wasm32")]
pub mod web;
