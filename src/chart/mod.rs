//! Pure chart drawing, generic over plotters' `DrawingBackend`: the same code draws to a
//! canvas in the browser and to SVG in native tests.

pub mod age_structure;
pub mod bar_chart;
pub mod choropleth;
pub mod comparison;
pub mod describe;
pub mod export;
pub mod figure;
pub mod focus;
pub mod indicator_view;
pub mod label_place;
pub mod labels;
pub mod line_chart;
pub mod line_spec;
pub mod map;
pub mod neighbourhood_map;
pub mod palette;
pub mod pyramid;
pub mod scale;
pub mod scenario;
pub mod shapes;
pub mod spc_chart;
pub mod spc_icons;
pub mod svg_writer;
pub mod tooltip;
pub mod trend;

pub use line_chart::{draw_line_chart, LineChartLayout, PlacedPoint, PlotRect};
pub use line_spec::{LineChartSpec, LineSpec, ReferenceLine, TimeTick, VerticalMarker};
pub use shapes::Scale;
