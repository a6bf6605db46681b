//! Picking up a session whose process went away: resumed with the gap as a
//! pause, or finished where its last heartbeat left it.

use super::{Engine, duration, within_limit};
use crate::session::Now;
use crate::session::plan::{Plan, PlanPhase};
use crate::session::record::{Pause, PhaseSpan, Running, SessionRecord, State};

impl Engine {
    /// Picks up a running session from its file after its process went away.
    /// The time between its last heartbeat and `now` becomes a pause (no
    /// longer than a record holds: a heartbeat from year 0 is not 2,000
    /// years of pause, and the session can still be saved).
    #[must_use]
    pub fn resume(plan: Plan, mut record: SessionRecord, now: Now) -> Self {
        let running = record.running.take().unwrap_or_else(|| Running {
            heartbeat: record.ended.unwrap_or(record.started),
            pid: 0,
            phase: record.phases.len(),
            phase_from_secs: record.phases.last().map_or(0.0, |p| p.to_secs),
            phase_secs: None,
            paused: false,
            target_secs: None,
        });
        let gap = (now.wall - running.heartbeat.0)
            .to_std()
            .unwrap_or_default();
        let active_before = duration(record.active_secs);
        let active = active_before.as_secs_f64();
        if running.paused {
            if let Some(open) = record.pauses.last_mut() {
                open.secs = within_limit(duration(open.secs).saturating_add(gap));
            }
        } else if !gap.is_zero() {
            record.pauses.push(Pause {
                from_secs: active,
                secs: within_limit(gap),
            });
        }
        let paused_total = duration(record.paused_secs).saturating_add(gap);
        record.paused_secs = within_limit(paused_total);
        record.state = State::Running;
        record.ended = None;
        let phase = running.phase.min(plan.phases.len().saturating_sub(1));
        let phase_len = running
            .phase_secs
            .or_else(|| plan.phases.get(phase).and_then(PlanPhase::length));
        let target_secs = running
            .target_secs
            .filter(|t| t.is_finite() && *t > 0.0)
            .unwrap_or(plan.target_secs);
        Self {
            plan,
            record,
            origin: now.mono,
            elapsed_before: active_before.saturating_add(paused_total),
            latest: now.mono,
            paused_since: None,
            paused_total,
            phase,
            phase_from: running.phase_from_secs.clamp(0.0, active),
            phase_len,
            target_secs,
            target_noticed: active >= target_secs,
            undoable: Vec::new(),
            shown_trigger: None,
            finish_put_away: false,
            condition: None,
        }
    }
}

/// Finishes a running record where its last heartbeat left it, for a session
/// whose process is gone and that the user chose not to resume.
#[must_use]
pub fn finish_at_heartbeat(plan: &Plan, mut record: SessionRecord) -> SessionRecord {
    let active = record.active_secs.max(0.0);
    if let Some(running) = record.running.take() {
        let name = plan.phases.get(running.phase).map(|p| p.name.clone());
        let from = running.phase_from_secs.clamp(0.0, active);
        record.phases.push(PhaseSpan {
            name: name.unwrap_or_default(),
            from_secs: from,
            to_secs: active,
            kind: None,
        });
        record.ended = Some(running.heartbeat);
    }
    record.state = State::Finished;
    record
}
