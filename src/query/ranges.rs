//! A range of days read once: the history of the last days, and any period
//! drawn session by session for the report.

use chrono::{Days, NaiveDate};

use crate::config::Config;
use crate::session::SessionRecord;
use crate::stats::{History, Period, Volumes, history, period, volumes};
use crate::store::{DataDir, Unreadable};

/// The last `days` days as the history screen and `letdown stats` show them.
#[derive(Debug, Clone)]
pub struct HistoryReport {
    pub history: History,
    /// The milk over the same days, and the week before for the weekly change.
    pub volumes: Volumes,
    pub unreadable: Vec<Unreadable>,
}

/// Reads the `days` days that end on `to` (one at least), and only those
/// (with the two weeks before `today` for the weekly change of volume);
/// `today` is not over yet.
#[must_use]
pub fn history_report(
    data: &DataDir,
    config: &Config,
    to: NaiveDate,
    days: u32,
    today: NaiveDate,
) -> HistoryReport {
    let day_start = config.day_starts_at.0;
    let from = first_of(to, days);
    let listing = data.read_range(from, to, day_start);
    let records: Vec<&SessionRecord> = listing.sessions.iter().map(|s| &s.record).collect();
    HistoryReport {
        volumes: volumes_of(data, config, &records, from, to, today),
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
    /// The milk over the same days (see [`HistoryReport::volumes`]).
    pub volumes: Volumes,
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
    today: NaiveDate,
) -> PeriodReport {
    let day_start = config.day_starts_at.0;
    let listing = data.read_range(from, to, day_start);
    let records: Vec<&SessionRecord> = listing.sessions.iter().map(|s| &s.record).collect();
    PeriodReport {
        volumes: volumes_of(data, config, &records, from, to, today),
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

/// The volumes of `from..=to` from the sessions read for them, with the
/// days before `from` that the weekly change needs read besides (their
/// unreadable files are the week's business, not the range's).
fn volumes_of(
    data: &DataDir,
    config: &Config,
    records: &[&SessionRecord],
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
) -> Volumes {
    let day_start = config.day_starts_at.0;
    let last_whole = if to >= today {
        today.pred_opt()
    } else {
        Some(to)
    };
    let week_from = last_whole.and_then(|d| d.checked_sub_days(Days::new(13)));
    let earlier = match (week_from, from.pred_opt()) {
        (Some(week_from), Some(before)) if week_from < from => {
            data.read_range(week_from, before, day_start).sessions
        }
        _ => Vec::new(),
    };
    volumes(
        records
            .iter()
            .copied()
            .chain(earlier.iter().map(|s| &s.record)),
        from,
        to,
        today,
        day_start,
    )
}
