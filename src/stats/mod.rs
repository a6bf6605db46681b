//! Figures computed from sessions, never from files: the store reads the days,
//! these functions only count, so the screens, the printing commands and the
//! tests all share one arithmetic.
//!
//! - [`day_totals`]: one day's totals (the day screen, `letdown log`), and
//!   [`last_24h_totals`], the same sums over the rolling 24 hours before an instant.
//! - [`history`]: a range of days (the history screen, `letdown stats`): per-day
//!   totals, per-session trend points, the user's own [`Pattern`] and the
//!   [`TriggerFigures`] table.

mod day;
mod history;
mod pattern;

#[cfg(test)]
pub(crate) mod fixtures;

pub use day::{
    DayTotals, Last24h, ROLLING_WINDOW, day_totals, is_in_last_24h, last_24h_totals, session_end,
};
pub use history::{DayFigures, History, PlanFigures, SessionPoint, WentOn, history};
pub use pattern::{
    Pattern, TRIGGER_WINDOW_SECS, TriggerFigures, enough_to_tell, pattern, trigger_figures,
};
