//! The last 24 hours, rolling: read once, asked again as time passes.

use chrono::{DateTime, Duration, FixedOffset};

use super::today;
use crate::config::Config;
use crate::session::SessionRecord;
use crate::stats::{Last24h, ROLLING_WINDOW, last_24h_totals};
use crate::store::{DataDir, Unreadable, day_at};

/// The sessions the rolling last 24 hours are summed from, read once and
/// asked again as time passes (as [`Recent`] is), so that a screen left open
/// lets an old session fall out of the window without reading again.
#[derive(Debug, Clone, Default)]
pub struct Rolling {
    pub(super) sessions: Vec<SessionRecord>,
    /// Files of the days read that could not be read.
    pub unreadable: Vec<Unreadable>,
}

impl Rolling {
    /// The figures of the 24 hours before `now`; right for any `now` of the
    /// day the sessions were read for (see [`last_24h`]).
    #[must_use]
    pub fn at(&self, now: DateTime<FixedOffset>) -> Last24h {
        last_24h_totals(&self.sessions, now)
    }

    /// Its unreadable files that are not among `known` (another read of the
    /// same folders has them already), so that no file is counted twice.
    /// Known by path: a reason can hold a NaN (`active_secs = nan`), which
    /// equals nothing, itself included.
    #[must_use]
    pub fn unreadable_besides(&self, known: &[Unreadable]) -> Vec<Unreadable> {
        self.unreadable
            .iter()
            .filter(|file| !is_known(known, file))
            .cloned()
            .collect()
    }
}

/// Whether a file is among `known` already. By its path: a path is one
/// file, and its reason may hold a number that equals nothing (a NaN read
/// from it), which would count it twice.
pub(super) fn is_known(known: &[Unreadable], file: &Unreadable) -> bool {
    known.iter().any(|k| k.path == file.path)
}

/// The rolling last 24 hours at `now`, to ask [`Rolling::at`]: sessions,
/// pumping time, let-downs and volume over the sessions that started after
/// `now - 24 h` and not after `now` (the rule is
/// [`crate::stats::is_in_last_24h`]).
///
/// Reads only the days that can hold them: the day of `now` and the one
/// before, as a day runs from `day_starts_at`. A session counts toward the
/// day of its own clock reading, so where the clocks went forward within
/// the window, a start 24 real hours back reads an hour earlier than `now`'s
/// clock: in the hour after a day starts, the day before that is read too.
#[must_use]
pub fn last_24h(data: &DataDir, config: &Config, now: DateTime<FixedOffset>) -> Rolling {
    let day_start = config.day_starts_at.0;
    let to = today(config, now);
    let from = now
        .naive_local()
        .checked_sub_signed(ROLLING_WINDOW + Duration::hours(1))
        .map_or(to, |earliest| day_at(earliest, day_start))
        .min(to);
    let listing = data.read_range(from, to, day_start);
    Rolling {
        sessions: listing.sessions.into_iter().map(|s| s.record).collect(),
        unreadable: listing.unreadable,
    }
}
