//! A range of days read once: the history of the last days, and any period
//! drawn session by session for the report.

use chrono::{Days, NaiveDate};

use crate::config::Config;
use crate::stats::{History, Period, history, period};
use crate::store::{DataDir, Unreadable};

/// The last `days` days as the history screen and `letdown stats` show them.
#[derive(Debug, Clone)]
pub struct HistoryReport {
    pub history: History,
    pub unreadable: Vec<Unreadable>,
}

/// Reads the `days` days that end on `to` (one at least), and only those.
#[must_use]
pub fn history_report(data: &DataDir, config: &Config, to: NaiveDate, days: u32) -> HistoryReport {
    let day_start = config.day_starts_at.0;
    let from = first_of(to, days);
    let listing = data.read_range(from, to, day_start);
    HistoryReport {
        history: history(
            listing.sessions.iter().map(|s| &s.record),
            from,
            to,
            day_start,
            config.finish_quiet_secs(),
        ),
        unreadable: listing.unreadable,
    }
}

/// The first of the `days` days that end on `to` (one at least).
#[must_use]
pub fn first_of(to: NaiveDate, days: u32) -> NaiveDate {
    to.checked_sub_days(Days::new(u64::from(days.saturating_sub(1))))
        .unwrap_or(NaiveDate::MIN)
}

/// The days `from..=to` as the report and the history's raster show them:
/// the history figures, and the same sessions drawn one by one.
#[derive(Debug, Clone)]
pub struct PeriodReport {
    pub period: Period,
    pub unreadable: Vec<Unreadable>,
}

/// Reads the days `from..=to`, and only those: the same read, and the same
/// figures, as [`history_report`] of those days.
#[must_use]
pub fn period_report(
    data: &DataDir,
    config: &Config,
    from: NaiveDate,
    to: NaiveDate,
) -> PeriodReport {
    let day_start = config.day_starts_at.0;
    let listing = data.read_range(from, to, day_start);
    PeriodReport {
        period: period(
            listing.sessions.iter().map(|s| &s.record),
            from,
            to,
            day_start,
            config.finish_quiet_secs(),
        ),
        unreadable: listing.unreadable,
    }
}
