//! Command-line tools for analysts (native only).

pub mod validate;
