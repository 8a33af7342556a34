//! The thin Leptos user interface: wires state, controls and charts together.
//! Compiled only for the browser (wasm32).

mod age_structure_panel;
mod app;
mod canvas;
mod canvas_backend;
mod comparison_panel;
mod crash;
mod currency_panel;
mod data_store;
mod display_modes;
mod download;
mod england_map;
mod fetch;
mod header;
mod headline_cards;
mod housing_scenario;
mod import_message;
mod import_worker;
mod kept_files;
mod load_problem;
mod locality_picker;
mod map_canvas;
mod map_panel;
mod notices;
mod open_file;
mod overview_matrix;
mod page_backend;
mod plan_delivery;
mod population_pyramid;
mod print;
mod share_panel;
mod source_line;
mod statement_card;
mod theme_nav;
mod theme_page;
mod trend_chart;
mod trend_table;
mod url_sync;
mod use_canvas_drawing;
mod use_element_size;
mod use_window_resize;

pub use app::App;
pub use crash::install_panic_message;
pub use fetch::fetch_text;
pub use import_message::{error_to_js, opened_to_js};
