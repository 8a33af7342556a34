//! Command-line tools for analysts (native only).

pub mod first_view;
pub mod validate;
