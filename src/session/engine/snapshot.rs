//! The record as the engine hands it out: brought up to an instant for a
//! save while the session runs, and closed when it ends.

use std::time::Instant;

use super::{Engine, within_limit};
use crate::session::Now;
use crate::session::record::{Running, SessionRecord, SessionResult, State, Timestamp};

impl Engine {
    /// Writes the pause under way into the record's last pause.
    pub(super) fn sync_open_pause(&mut self, at: Instant) {
        if let Some(since) = self.paused_since
            && let Some(open) = self.record.pauses.last_mut()
        {
            open.secs = within_limit(at.saturating_duration_since(since));
        }
    }

    pub(super) fn end_pause(&mut self, at: Instant) {
        self.sync_open_pause(at);
        if let Some(since) = self.paused_since.take() {
            self.paused_total = self
                .paused_total
                .saturating_add(at.saturating_duration_since(since));
        }
    }

    /// Writes the pumping time (the active time less rests) into the
    /// record, when the plan has rests; without any it is the active time.
    fn sync_pumping(&mut self, active: f64) {
        if self.plan.has_rests() {
            self.record.pumping_secs = Some((active - self.rest_secs(active)).max(0.0));
        }
    }

    /// Brings the record up to `now` for saving: clock, pauses, the running
    /// session's position and heartbeat.
    pub fn snapshot(&mut self, now: Now) -> &SessionRecord {
        let at = self.clamp(now);
        if self.is_paused() {
            self.sync_open_pause(at);
        }
        self.record.active_secs = self.active_secs(at);
        self.record.paused_secs = self.paused_secs(at);
        self.sync_pumping(self.record.active_secs);
        if self.record.state == State::Running {
            self.record.running = Some(Running {
                heartbeat: Timestamp(now.wall),
                pid: std::process::id(),
                phase: self.phase,
                phase_from_secs: self.phase_from,
                phase_secs: self.phase_len,
                paused: self.is_paused(),
                target_secs: (self.target_secs.to_bits() != self.plan.target_secs.to_bits())
                    .then_some(self.target_secs),
            });
        }
        &self.record
    }

    /// Ends the session at `now` and returns the finished record; `result`
    /// is what the summary form gathered.
    pub fn finish(&mut self, now: Now, result: SessionResult) -> SessionRecord {
        let at = self.clamp(now);
        self.end_pause(at);
        let active = self.active_secs(at);
        self.sync_pumping(active);
        self.enter_phase(self.phase, active);
        self.record.active_secs = active;
        self.record.paused_secs = within_limit(self.paused_total);
        self.record.state = State::Finished;
        self.record.ended = Some(Timestamp(now.wall));
        self.record.running = None;
        self.record.result = result;
        self.record.clone()
    }
}
