//! What the page (the `explorer` bin's `ui`) and the importer's worker (`import-worker`) share in
//! the browser: fetching a file as text, and passing a file's outcome between them. The page's
//! own code is in the `explorer` bin, not here, so that the worker never links it (the page's
//! lazily loaded views are exported functions, which every binary linking them would keep).

mod fetch;
mod import_message;

pub use fetch::fetch_text;
pub use import_message::{error_from_js, error_to_js, opened_from_js, opened_to_js};
