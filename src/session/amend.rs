//! Sessions as the user tells them after the fact: one added by hand, and
//! the changes an edit makes to a finished one (its start, its length or
//! end, its let-downs). Every change keeps the record whole: the wall times
//! follow the active times, and nothing is left past the end.

use chrono::{DateTime, Duration, FixedOffset};

use super::new_id;
use super::record::{Entered, Letdown, SessionRecord, SessionResult, State, Timestamp};

/// What the user typed for a session that letdown did not time.
#[derive(Debug, Clone, PartialEq)]
pub struct HandEntry {
    pub started: DateTime<FixedOffset>,
    /// Its length, in seconds.
    pub secs: f64,
    /// How many let-downs it had, when that was given: none given, no
    /// count is recorded (nor said anywhere, as if it were 0).
    pub letdowns: Option<u32>,
    pub result: SessionResult,
}

impl SessionRecord {
    /// A finished session added by hand, with a new id for `host`. Check it
    /// with [`SessionRecord::validate_typed`] before saving.
    #[must_use]
    pub fn by_hand(entry: HandEntry, host: &str) -> Self {
        let started = Timestamp(entry.started);
        let mut record = Self {
            result: entry.result,
            entered: Some(Entered::ByHand),
            letdown_count: entry.letdowns,
            ..Self::empty(new_id(&started, host), State::Finished, started)
        };
        record.set_length(entry.secs);
        record.schema = record.schema_needed();
        record
    }

    /// The wall time at `secs` of active time: the start, plus the pauses
    /// that began before it.
    #[must_use]
    pub fn wall_at(&self, secs: f64) -> Timestamp {
        let paused = self
            .pauses
            .iter()
            .filter(|p| p.from_secs < secs)
            .fold(0.0, |sum, p| sum + p.secs);
        Timestamp(self.started.0 + millis(secs + paused))
    }

    /// The instant the session ended, by its own account.
    #[must_use]
    pub fn end(&self) -> Timestamp {
        self.ended.unwrap_or_else(|| self.wall_at(self.active_secs))
    }

    /// Whether its time (start to end) overlaps `other`'s.
    #[must_use]
    pub fn overlaps(&self, other: &Self) -> bool {
        self.started.0 < other.end().0 && other.started.0 < self.end().0
    }

    /// Moves the session to start at `started`: its end and every
    /// let-down's wall time move with it; the active times stay.
    pub fn move_start(&mut self, started: DateTime<FixedOffset>) {
        let delta = started - self.started.0;
        self.started = Timestamp(started);
        if let Some(end) = &mut self.ended {
            *end = Timestamp(end.0 + delta);
        }
        for letdown in &mut self.letdowns {
            letdown.at = Timestamp(letdown.at.0 + delta);
        }
    }

    /// The let-downs after `secs` of active time: what a shorter length
    /// would drop.
    #[must_use]
    pub fn letdowns_after(&self, secs: f64) -> usize {
        self.letdowns.iter().filter(|l| l.at_secs > secs).count()
    }

    /// Makes the session `secs` of active time long, ending there: the
    /// let-downs, triggers, phases and pauses past it are dropped (ask the
    /// user first: see [`SessionRecord::letdowns_after`]), and the last
    /// phase ends with it.
    pub fn set_length(&mut self, secs: f64) {
        let secs = secs.max(0.0);
        self.letdowns.retain(|l| l.at_secs <= secs);
        self.triggers.retain(|t| t.at_secs <= secs);
        self.pauses.retain(|p| p.from_secs < secs);
        self.phases
            .retain(|p| p.from_secs < secs || p.from_secs == 0.0);
        if let Some(last) = self.phases.last_mut() {
            last.to_secs = secs;
        }
        // A fold from +0.0: an empty sum of floats is -0.0.
        self.paused_secs = self.pauses.iter().fold(0.0, |sum, p| sum + p.secs);
        if let Some(pumping) = &mut self.pumping_secs {
            *pumping = pumping.min(secs);
        }
        self.active_secs = secs;
        self.ended = Some(self.wall_at(secs));
    }

    /// The active time at wall time `at`, pauses left out.
    #[must_use]
    pub fn active_secs_at(&self, at: DateTime<FixedOffset>) -> f64 {
        let mut wall = secs_between(self.started.0, at).max(0.0);
        for pause in &self.pauses {
            let from = pause.from_secs;
            if wall <= from {
                break;
            }
            wall = from.max(wall - pause.secs);
        }
        wall.min(self.active_secs)
    }

    /// The active time from the start to wall time `end`: an end before the
    /// session's own is found through its pauses; one after it adds the
    /// time between (an edit that says the session went on longer).
    #[must_use]
    pub fn active_secs_until(&self, end: DateTime<FixedOffset>) -> f64 {
        let own = self.end().0;
        if end >= own {
            self.active_secs + secs_between(own, end)
        } else {
            self.active_secs_at(end)
        }
    }

    /// Adds a let-down at `secs` of active time, in its place in time.
    pub fn add_letdown(&mut self, secs: f64) {
        let secs = secs.clamp(0.0, self.active_secs);
        let letdown = Letdown {
            at_secs: secs,
            at: self.wall_at(secs),
            side: None,
        };
        let at = self.letdowns.partition_point(|l| l.at_secs <= secs);
        self.letdowns.insert(at, letdown);
    }
}

/// Within [`super::MAX_SECS`], checked by the validator, so the cast holds.
fn millis(secs: f64) -> Duration {
    Duration::milliseconds((secs * 1000.0).round() as i64)
}

fn secs_between(from: DateTime<FixedOffset>, to: DateTime<FixedOffset>) -> f64 {
    (to - from).num_milliseconds() as f64 / 1000.0
}

#[cfg(test)]
#[allow(clippy::float_cmp)] // whole seconds, exact in a float
mod tests {
    use super::*;
    use crate::session::Pause;
    use crate::stats::fixtures::session;

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).expect("a test time")
    }

    #[test]
    fn an_added_session_is_marked_counted_and_checked_like_any_other() {
        let record = SessionRecord::by_hand(
            HandEntry {
                started: at("2026-11-23T07:10:00+01:00"),
                secs: 1200.0,
                letdowns: Some(3),
                result: SessionResult::default(),
            },
            "laptop",
        );
        assert!(record.is_by_hand());
        assert!(!record.has_timings());
        assert_eq!(record.letdown_count(), 3);
        assert_eq!(record.schema, 2);
        assert_eq!(record.end().0, at("2026-11-23T07:30:00+01:00"));
        assert_eq!(record.validate_finished(), Ok(()));
        assert!(record.id.starts_with("2026-11-23T071000-laptop-"));
        let text = record.to_toml().expect("writes");
        assert!(text.contains("entered = \"by-hand\""), "{text}");
        assert!(text.contains("letdown_count = 3"), "{text}");
    }

    #[test]
    fn a_standard_session_stays_schema_one() {
        let record = session("2026-11-23T07:14:05+01:00", 900.0, &[95.0]);
        assert_eq!(record.schema_needed(), 1);
        let text = record.to_toml().expect("writes");
        assert!(text.starts_with("schema = 1\n"), "{text}");
    }

    #[test]
    fn moving_the_start_moves_every_wall_time_and_keeps_the_active_ones() {
        let mut record = session("2026-11-23T07:14:05+01:00", 900.0, &[95.0, 300.0]);
        record.move_start(at("2026-11-23T06:14:05+01:00"));
        assert_eq!(record.end().0, at("2026-11-23T06:29:05+01:00"));
        assert_eq!(record.letdowns[1].at.0, at("2026-11-23T06:19:05+01:00"));
        assert_eq!(record.letdowns[1].at_secs, 300.0);
    }

    #[test]
    fn ending_earlier_drops_what_came_after_and_counts_pauses() {
        let mut record = session("2026-11-23T07:00:00+01:00", 1800.0, &[60.0, 600.0, 1500.0]);
        record.pauses = vec![Pause {
            from_secs: 300.0,
            secs: 120.0,
        }];
        record.paused_secs = 120.0;
        // 07:20 wall is 1200 s after the start, 120 of them paused.
        let end = at("2026-11-23T07:20:00+01:00");
        assert_eq!(record.active_secs_at(end), 1080.0);
        assert_eq!(record.letdowns_after(1080.0), 1);
        assert_eq!(record.active_secs_until(end), 1080.0);
        let later = at("2026-11-23T07:40:00+01:00");
        assert_eq!(record.active_secs_until(later), 1800.0 + 600.0);
        record.set_length(record.active_secs_until(end));
        assert_eq!(record.active_secs, 1080.0);
        assert_eq!(record.letdown_count(), 2);
        assert_eq!(record.end().0, end);
        assert_eq!(record.paused_secs, 120.0);
        assert_eq!(record.validate_finished(), Ok(()));
    }

    #[test]
    fn let_downs_are_added_in_their_place() {
        let mut record = session("2026-11-23T07:00:00+01:00", 900.0, &[60.0, 600.0]);
        record.add_letdown(300.0);
        let secs: Vec<f64> = record.letdowns.iter().map(|l| l.at_secs).collect();
        assert_eq!(secs, [60.0, 300.0, 600.0]);
        assert_eq!(record.letdowns[1].at.0, at("2026-11-23T07:05:00+01:00"));
        assert_eq!(record.letdown_count(), 3);
    }

    #[test]
    fn overlap_is_shared_time_not_touching_ends() {
        let a = session("2026-11-23T07:00:00+01:00", 900.0, &[]);
        let b = session("2026-11-23T07:15:00+01:00", 900.0, &[]);
        let c = session("2026-11-23T07:10:00+01:00", 900.0, &[]);
        assert!(!a.overlaps(&b));
        assert!(a.overlaps(&c) && c.overlaps(&b));
    }
}
