//! The questions both faces ask of the data dir, answered once: what day it
//! is, a day's report, the last 24 hours, the history of the last days (and
//! of any period, drawn session by session for the report), the last
//! session, and when the next is due.
//!
//! The day screen, the history screen, `letdown log`, `letdown status` and
//! `letdown stats` print these answers and decide nothing themselves, so that
//! a rule such as "`remind_after_mins = 0` is off" cannot mean one thing on a
//! screen and another in a status bar.

use chrono::{DateTime, Days, Duration, FixedOffset, NaiveDate};

use crate::config::Config;
use crate::session::SessionRecord;
use crate::stats::{DayTotals, day_totals, session_end};
use crate::store::{DataDir, Listing, Unreadable, day_at};

mod experiments;
mod ranges;
mod rolling;
mod start;

pub use experiments::{
    experiment_days, experiment_outcome, experiments_in, next_draw, running_experiment,
};
pub use start::{
    CoachLearned, LEARN_LOOK_BACK_DAYS, NewSession, coach_learned, learned, new_session,
};

pub use ranges::{HistoryReport, PeriodReport, first_of, history_report, period_report};
use rolling::is_known;
pub use rolling::{Rolling, last_24h};

/// How many days, the asked one included, are searched for the last session:
/// enough to say "last pumped" after a long weekend, and bounded, because a
/// status bar asks every few seconds.
pub const LOOK_BACK_DAYS: u64 = 14;

/// The day `now` counts toward, a day running from `day_starts_at`.
#[must_use]
pub fn today(config: &Config, now: DateTime<FixedOffset>) -> NaiveDate {
    day_at(now.naive_local(), config.day_starts_at.0)
}

/// One day as the day screen and `letdown log` show it.
#[derive(Debug, Clone)]
pub struct DayReport {
    pub day: NaiveDate,
    /// The day's sessions in start order, and the files that could not be read.
    pub listing: Listing,
    pub totals: DayTotals,
    /// What is needed to find the last session, from this day back.
    pub recent: Recent,
}

/// How far back a day's report looks for the last session.
#[derive(Debug, Clone, Copy)]
pub enum LookBack {
    /// Not at all: the day alone (`letdown log`).
    None,
    /// Only when the day holds no session started by this instant: the
    /// day screen, which must open fast and needs the last session only.
    IfNoneBy(DateTime<FixedOffset>),
    /// Always, the whole window, counting every unreadable file on the way
    /// (`letdown status`).
    Whole,
}

/// Reads a day, and as `look_back` says the days before it within
/// [`LOOK_BACK_DAYS`], to find the last session.
#[must_use]
pub fn day_report(
    data: &DataDir,
    config: &Config,
    day: NaiveDate,
    look_back: LookBack,
) -> DayReport {
    let listing = data.read_day(day, config.day_starts_at.0);
    let totals = day_totals(listing.sessions.iter().map(|s| &s.record));
    let wanted = match look_back {
        LookBack::None => false,
        LookBack::IfNoneBy(now) => !listing.sessions.iter().any(|s| s.record.started.0 <= now),
        LookBack::Whole => true,
    };
    let recent = Recent::around(data, config, day, &listing, wanted);
    DayReport {
        day,
        listing,
        totals,
        recent,
    }
}

/// The sessions the last one is chosen from: those of the day and of the
/// days before it within [`LOOK_BACK_DAYS`]. All are kept, not only the newest,
/// because which one is "last" depends on the time it is asked: a session
/// whose start is still ahead (another machine's clock running fast) does
/// not count yet. The look-back never depends on the clock, so a report is
/// loaded once and asked again as time passes.
#[derive(Debug, Clone, Default)]
pub struct Recent {
    /// Each session's start and end.
    spans: Vec<(DateTime<FixedOffset>, DateTime<FixedOffset>)>,
    /// Files of the look-back that could not be read (the day's own are in its listing).
    pub unreadable: Vec<Unreadable>,
}

impl Recent {
    fn around(
        data: &DataDir,
        config: &Config,
        day: NaiveDate,
        listing: &Listing,
        look_back: bool,
    ) -> Self {
        let mut recent = Self::default();
        recent.add(listing, &listing.unreadable);
        if !look_back {
            return recent;
        }
        if let (Some(to), Some(from)) = (
            day.pred_opt(),
            day.checked_sub_days(Days::new(LOOK_BACK_DAYS - 1)),
        ) {
            recent.add(
                &data.read_range(from, to, config.day_starts_at.0),
                &listing.unreadable,
            );
        }
        recent
    }

    /// Takes a listing's sessions, and those of its unreadable files not
    /// `known` already (with a late `day_starts_at` the look-back reads the
    /// day's own folder too).
    fn add(&mut self, listing: &Listing, known: &[Unreadable]) {
        self.spans.extend(
            listing
                .sessions
                .iter()
                .map(|s| (s.record.started.0, session_end(&s.record))),
        );
        self.unreadable.extend(
            listing
                .unreadable
                .iter()
                .filter(|file| !is_known(known, file))
                .cloned(),
        );
    }

    /// The start and end of the session that ended last, of those that
    /// started by `now` (see [`Recent::last_end`]).
    #[must_use]
    pub fn last_span(
        &self,
        now: DateTime<FixedOffset>,
    ) -> Option<(DateTime<FixedOffset>, DateTime<FixedOffset>)> {
        self.spans
            .iter()
            .filter(|(started, _)| *started <= now)
            .max_by_key(|(_, end)| *end)
            .copied()
    }

    /// When the last session before `now` ended. A start after `now` is
    /// another machine's clock running ahead: it is not "last".
    #[must_use]
    pub fn last_end(&self, now: DateTime<FixedOffset>) -> Option<DateTime<FixedOffset>> {
        self.spans
            .iter()
            .filter(|(started, _)| *started <= now)
            .map(|(_, end)| *end)
            .max()
    }
}

/// The newest session file's record, reading day folders from the newest
/// back until one holds a session.
fn newest_record(data: &DataDir) -> Option<SessionRecord> {
    let midnight = chrono::NaiveTime::MIN;
    data.days().into_iter().rev().find_map(|day| {
        let listing = data.read_range(day, day, midnight);
        listing
            .sessions
            .into_iter()
            .map(|s| s.record)
            .max_by_key(|r| r.started)
    })
}

/// The plan of the newest session file ("the last plan used"): the
/// standard one when it names none, or names a plan that no longer exists.
#[must_use]
pub fn last_plan(data: &DataDir, config: &Config) -> String {
    newest_record(data)
        .and_then(|record| record.plan)
        .filter(|name| config.plan(name).is_some())
        .unwrap_or_else(|| crate::config::STANDARD_PLAN.to_string())
}

/// The setup a new session starts with: the newest session's, else the
/// config's `[setup]`; none when neither names anything (then the session
/// records none, and a standard one stays schema 1).
#[must_use]
pub fn last_setup(data: &DataDir, config: &Config) -> Option<crate::session::Setup> {
    newest_record(data)
        .and_then(|record| record.setup)
        .filter(|setup| !setup.is_empty())
        .or_else(|| Some(config.setup.setup()).filter(|setup| !setup.is_empty()))
}

/// The stored sessions whose time overlaps `record`'s (itself left out, by
/// id): what adding or moving a session asks about first. A session lasts at
/// most a day when typed, so the day before and after are enough to look in.
#[must_use]
pub fn overlapping(data: &DataDir, config: &Config, record: &SessionRecord) -> Vec<SessionRecord> {
    let day = crate::store::day_of(record, config.day_starts_at.0);
    let (Some(from), Some(to)) = (day.pred_opt(), day.succ_opt()) else {
        return Vec::new();
    };
    data.read_range(from, to, config.day_starts_at.0)
        .sessions
        .into_iter()
        .map(|s| s.record)
        .filter(|other| other.id != record.id && other.overlaps(record))
        .collect()
}

/// When the next session is due after one that ended at `end`; none when
/// `remind_after_mins` is 0, which turns the reminder off.
#[must_use]
pub fn next_due(end: DateTime<FixedOffset>, config: &Config) -> Option<DateTime<FixedOffset>> {
    match config.goals.remind_after_mins {
        0 => None,
        mins => end.checked_add_signed(Duration::minutes(i64::from(mins))),
    }
}

#[cfg(test)]
mod tests;
