//! The parts of the history screen: the shared date axis, the stack of
//! charts and what they draw, the small table for a narrow terminal, the
//! panel with the user's own pattern and the coach's triggers, and the
//! let-down raster, and the milk view.

pub mod axis;
pub mod charts;
pub mod panel;
pub mod raster;
pub mod series;
pub mod table;
pub mod volumes;
