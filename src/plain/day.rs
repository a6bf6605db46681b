//! The day's list in lines: the day, then each session on a line, with its
//! figures from the facts layer, then what can be done from here.

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::config::Config;
use crate::facts::{DayLabel, Due, Length, SinceLast, Volume};
use crate::query::{self, LookBack};
use crate::store::DataDir;

/// The lines that tell `day`: its sessions, or that there are none yet;
/// today, also when the last session ended and when the next is due.
#[must_use]
pub fn day_lines(
    data: &DataDir,
    config: &Config,
    day: NaiveDate,
    now: DateTime<FixedOffset>,
) -> Vec<String> {
    let today = query::today(config, now);
    let report = query::day_report(data, config, day, LookBack::None);
    let sessions = &report.listing.sessions;
    let label = DayLabel::Full.of(day);
    let mut lines = vec![if day == today {
        crate::tr!("plain-day-today", day = label, count = sessions.len())
    } else {
        crate::tr!("plain-day-other", day = label, count = sessions.len())
    }];
    for stored in sessions {
        let record = &stored.record;
        let start = crate::facts::time_of_day(&record.started.0, config.clock);
        let length = Length::of(record.active_secs).to_string();
        let count = record.letdowns.len();
        lines.push(if let Some(ml) = record.result.volume_ml() {
            crate::tr!(
                "plain-day-session",
                start = start,
                length = length,
                count = count,
                volume = Volume::new(ml, config.units).to_string()
            )
        } else {
            crate::tr!(
                "plain-day-session-no-volume",
                start = start,
                length = length,
                count = count
            )
        });
    }
    if let Some(notice) = crate::facts::Unreadable(report.listing.unreadable.len()).sentence() {
        lines.push(notice);
    }
    if day == today {
        lines.extend(since_last(data, config, now).map(|facts| since_last_line(&facts, config)));
    }
    lines
}

/// How long ago the last session ended and when the next is due, as the
/// day screen has it: from the newest session that started by `now`.
#[must_use]
pub fn since_last(
    data: &DataDir,
    config: &Config,
    now: DateTime<FixedOffset>,
) -> Option<SinceLast> {
    let today = query::today(config, now);
    query::day_report(data, config, today, LookBack::IfNoneBy(now))
        .recent
        .last_end(now)
        .map(|end| SinceLast::at(end, config, now))
}

/// The last session's end and the next one's due time, in a sentence.
fn since_last_line(facts: &SinceLast, config: &Config) -> String {
    let ago = facts.ago.to_string();
    match facts.due {
        Due::Off => crate::tr!("plain-since-last", ago = ago),
        Due::Now(_) => crate::tr!("plain-since-last-due", ago = ago),
        Due::Around(due) => crate::tr!(
            "plain-since-last-next",
            ago = ago,
            time = crate::facts::time_of_day(&due, config.clock)
        ),
    }
}
