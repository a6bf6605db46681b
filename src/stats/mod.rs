//! Figures computed from sessions, never from files: the store reads the days,
//! these functions only count, so the screens, the printing commands and the
//! tests all share one arithmetic.
//!
//! - [`day_totals`]: one day's totals (the day screen, `letdown log`), and
//!   [`last_24h_totals`], the same sums over the rolling 24 hours before an instant.
//! - [`history`]: a range of days (the history screen, `letdown stats`): per-day
//!   totals, per-session trend points, the user's own [`Pattern`] and the
//!   [`TriggerFigures`] table.
//! - [`period`]: the same range drawn session by session (the let-down
//!   [`Raster`]), with each day's own pattern and comfort: the report.
//! - [`learn`]: what the coach learns from the user's last sessions of a plan.
//! - [`volumes`]: the milk over a range: per day with the left/right split,
//!   per session beside its setup, the week against the week before, by time
//!   of day, and by setup.

mod day;
mod history;
mod learned;
mod pattern;
mod period;
mod volumes;

#[cfg(test)]
pub(crate) mod fixtures;

pub use day::{
    DayTotals, Last24h, ROLLING_WINDOW, day_totals, is_in_last_24h, last_24h_totals, session_end,
};
pub use history::{DayFigures, History, PlanFigures, RangeTotals, SessionPoint, WentOn, history};
pub use learned::{FINISH_SHARE, LEARN_AFTER, LEARN_FROM, learn, quantile, teaches};
pub use pattern::{
    Pattern, TRIGGER_WINDOW_SECS, TriggerFigures, enough_to_tell, is_followed, pattern,
    trigger_figures,
};
pub use period::{
    ComfortCount, DayExtras, FIRST_BIN_SECS, FIRST_BINS, FirstLetdowns, MAX_SPAN_SECS,
    MIN_SPAN_SECS, Mark, Period, Raster, RasterRow, Remark, cells, period, secs_into_day,
};
pub use volumes::{
    DayVolume, PARTS, PartVolume, SessionVolume, SetupFigures, Volumes, WeekChange, WholeDays,
    volumes,
};
