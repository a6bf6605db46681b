//! The day's list in lines: the day, then each session on a line, with its
//! figures from the facts layer, then what can be done from here.

use chrono::NaiveDate;

use crate::config::Config;
use crate::facts::{DayLabel, Length, Volume};
use crate::query::{self, LookBack};
use crate::store::DataDir;

/// The lines that tell `day`: its sessions, or that there are none yet.
#[must_use]
pub fn day_lines(data: &DataDir, config: &Config, day: NaiveDate, today: NaiveDate) -> Vec<String> {
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
    lines
}
