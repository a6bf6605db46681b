//! A day's totals: what the day screen and `letdown log` sum up; and the
//! rolling last 24 hours, summed by the same rule over another window.

use chrono::{DateTime, Duration, FixedOffset, Timelike};
use serde::Serialize;

use crate::session::SessionRecord;

/// A day's totals, as `letdown log --json` names them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DayTotals {
    pub sessions: usize,
    pub active_secs: f64,
    /// The active time less rest phases: the day's pumping minutes.
    pub pumping_secs: f64,
    /// Tapped let-downs and hand-entered counts.
    pub letdowns: usize,
    /// Summed over the sessions that have a volume; none when none has.
    pub volume_ml: Option<f64>,
    /// The longest time from the end of one session to the start of the next.
    pub longest_gap_secs: Option<f64>,
    /// Whether a session started between 01:00 and 05:00.
    pub night_session: bool,
}

/// The totals as JSON: every field always there (`null` when there is no
/// figure), figures rounded to what they mean (0.1 s, 0.1 ml), and the
/// count of let-downs under both names the outputs use.
impl Serialize for DayTotals {
    fn serialize<S: serde::Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        use crate::session::round_to;
        use serde::ser::SerializeMap;
        let mut map = ser.serialize_map(Some(8))?;
        map.serialize_entry("sessions", &self.sessions)?;
        map.serialize_entry("active_secs", &round_to(self.active_secs, 0.1))?;
        map.serialize_entry("pumping_secs", &round_to(self.pumping_secs, 0.1))?;
        map.serialize_entry("letdowns", &self.letdowns)?;
        map.serialize_entry("letdown_count", &self.letdowns)?;
        map.serialize_entry("volume_ml", &self.volume_ml.map(|ml| round_to(ml, 0.1)))?;
        map.serialize_entry(
            "longest_gap_secs",
            &self.longest_gap_secs.map(|s| round_to(s, 0.1)),
        )?;
        map.serialize_entry("night_session", &self.night_session)?;
        map.end()
    }
}

/// Totals over a day's sessions, given in start order.
#[must_use]
pub fn day_totals<'a>(sessions: impl IntoIterator<Item = &'a SessionRecord>) -> DayTotals {
    let mut totals = DayTotals::default();
    let mut previous_end: Option<chrono::DateTime<chrono::FixedOffset>> = None;
    for record in sessions {
        totals.sessions += 1;
        totals.active_secs += record.active_secs;
        totals.pumping_secs += record.pumping_secs();
        totals.letdowns += record.letdown_count();
        if let Some(ml) = record.result.volume_ml() {
            *totals.volume_ml.get_or_insert(0.0) += ml;
        }
        if let Some(end) = previous_end {
            let gap = (record.started.0 - end).num_milliseconds() as f64 / 1000.0;
            if gap > 0.0 && totals.longest_gap_secs.is_none_or(|g| gap > g) {
                totals.longest_gap_secs = Some(gap);
            }
        }
        previous_end = Some(session_end(record));
        let hour = record.started.0.hour();
        totals.night_session |= (1..5).contains(&hour);
    }
    totals
}

/// The rolling window's length: 24 real hours, so that a night whose clocks
/// go forward or back is still 24 hours long.
pub const ROLLING_WINDOW: Duration = Duration::hours(24);

/// The figures of the last 24 hours, rolling, as `letdown stats --json`
/// names them (`last_24h`): what a lactation consultant asks for.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Last24h {
    pub sessions: usize,
    /// The active time less rest phases.
    pub pumping_secs: f64,
    /// Tapped let-downs and hand-entered counts.
    pub letdown_count: usize,
    /// Summed over the sessions that have a volume; none when none has.
    pub volume_ml: Option<f64>,
}

/// As JSON: every field always there, rounded as a day's totals are.
impl Serialize for Last24h {
    fn serialize<S: serde::Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        use crate::session::round_to;
        use serde::ser::SerializeMap;
        let mut map = ser.serialize_map(Some(4))?;
        map.serialize_entry("sessions", &self.sessions)?;
        map.serialize_entry("pumping_secs", &round_to(self.pumping_secs, 0.1))?;
        map.serialize_entry("letdown_count", &self.letdown_count)?;
        map.serialize_entry("volume_ml", &self.volume_ml.map(|ml| round_to(ml, 0.1)))?;
        map.end()
    }
}

/// Whether a session counts toward the 24 hours before `now`: it started
/// after `now - 24 h` and not after `now`. Instants are compared, not
/// clock readings, so the offsets of a DST change do not matter; a start
/// ahead of `now` (another machine's clock running fast) does not count yet.
#[must_use]
pub fn is_in_last_24h(record: &SessionRecord, now: DateTime<FixedOffset>) -> bool {
    let started = record.started.0;
    started <= now && now.signed_duration_since(started) < ROLLING_WINDOW
}

/// The last 24 hours before `now`, rolling, over whatever sessions are
/// given (those outside the window are ignored): a day's totals over the
/// sessions of the window, so that both are summed by one rule.
#[must_use]
pub fn last_24h_totals<'a>(
    sessions: impl IntoIterator<Item = &'a SessionRecord>,
    now: DateTime<FixedOffset>,
) -> Last24h {
    let totals = day_totals(
        sessions
            .into_iter()
            .filter(|record| is_in_last_24h(record, now)),
    );
    Last24h {
        sessions: totals.sessions,
        pumping_secs: totals.pumping_secs,
        letdown_count: totals.letdowns,
        volume_ml: totals.volume_ml,
    }
}

/// When a session ended: its `ended`, else its start plus its clock. A
/// hand-edited file may hold any number, so a clock no date can reach ends
/// the session at its start rather than overflowing (a panic).
#[must_use]
pub fn session_end(record: &SessionRecord) -> chrono::DateTime<chrono::FixedOffset> {
    record.ended.map_or_else(
        || {
            let millis = (record.active_secs + record.paused_secs) * 1000.0;
            chrono::Duration::try_milliseconds(millis as i64)
                .and_then(|clock| record.started.0.checked_add_signed(clock))
                .unwrap_or(record.started.0)
        },
        |e| e.0,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::PhaseKind;
    use crate::stats::fixtures::{session, with_volume};

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).expect("a test time")
    }

    #[test]
    fn the_last_24_hours_are_summed_as_a_day_is() {
        let mut rested = with_volume(session("2026-11-23T06:00:00+01:00", 3600.0, &[90.0]), 120.0);
        rested.phases.push(crate::session::PhaseSpan {
            name: "Rest".to_string(),
            from_secs: 1200.0,
            to_secs: 1800.0,
            kind: Some(PhaseKind::Rest),
        });
        rested.pumping_secs = Some(3000.0);
        let mut by_hand = session("2026-11-22T22:00:00+01:00", 900.0, &[]);
        by_hand.letdown_count = Some(4);
        let old = session("2026-11-22T08:00:00+01:00", 900.0, &[60.0]);
        let sessions = [old, by_hand, rested];
        let now = at("2026-11-23T08:00:00+01:00");
        let figures = last_24h_totals(&sessions, now);
        assert_eq!(figures.sessions, 2, "the one exactly 24 h old is out");
        assert!((figures.pumping_secs - 3900.0).abs() < 1e-9, "{figures:?}");
        assert_eq!(figures.letdown_count, 5);
        assert_eq!(figures.volume_ml, Some(120.0));
        let day = day_totals(&sessions[1..]);
        assert_eq!(
            (day.sessions, day.pumping_secs, day.letdowns, day.volume_ml),
            (
                figures.sessions,
                figures.pumping_secs,
                figures.letdown_count,
                figures.volume_ml
            ),
            "the same sessions give the same figures either way"
        );
    }
}
