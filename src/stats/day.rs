//! A day's totals: what the day screen and `letdown log` sum up.

use chrono::Timelike;
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
