//! The pure data model: the bundled JSON format, loading, queries and en-GB formatting.
//!
//! Nothing here depends on the browser; it is built and tested natively with `cargo test`.
//! The file format is documented in `docs/data-format.md`.

pub mod age_profile;
pub mod area;
pub mod boundary;
pub mod compare;
pub mod csv;
pub mod currency;
pub mod display;
pub mod england;
pub mod england_readout;
pub mod error;
pub mod export;
pub mod format;
pub mod headline;
pub mod import;
pub mod indicator;
pub mod load;
pub mod locate;
pub mod neighbourhood;
pub mod neighbourhood_text;
pub mod order;
pub mod outlook;
pub mod overview;
pub mod period;
pub mod query;
pub mod scenario;
pub mod series;
pub mod source;
pub mod spc;
pub mod spc_series;
pub mod spc_text;
pub mod spc_view;
pub mod statement;
pub mod summary;
pub mod table;
pub mod theme;
pub mod url_state;
pub mod validate;
pub mod view_state;

pub use area::{Area, AreaFile, AreaLevel, AREAS_FILE};
pub use error::{LoadError, Problem};
pub use indicator::{Indicator, Polarity, Recalculation, SeriesBreak, Standard, ValueType};
pub use load::{parse_areas, parse_theme, FORMAT_VERSION};
pub use period::{Period, PeriodError, PeriodType};
pub use series::{Point, Series, Status};
pub use source::Source;
pub use theme::{Theme, ThemeData};
pub use view_state::{AreaToggle, MapScope, ViewState};
