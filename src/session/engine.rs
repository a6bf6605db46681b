//! The session engine: applies a command at a given instant and says what the
//! outer loop must do next. It never reads a clock itself.

use std::time::{Duration, Instant};

use super::coach;
use super::effects::{Effect, Message, Notice};
use super::plan::{Plan, PlanPhase};
use super::record::{
    ExperimentArm, PhaseKind, PhaseSpan, SessionRecord, State, Timestamp, TriggerShown,
};
use super::validate::MAX_SECS;
use super::{Now, new_id};

mod commands;
mod resume;
mod sides;
mod snapshot;

pub use resume::finish_at_heartbeat;

/// How much `+` and `-` change a phase, in seconds.
pub const NUDGE_SECS: f64 = 30.0;

/// A session in progress.
#[derive(Debug, Clone)]
pub struct Engine {
    plan: Plan,
    record: SessionRecord,
    /// The monotonic instant this run counts from. Time is kept in
    /// `Duration`s (whole nanoseconds) so that a stopped clock stays stopped.
    origin: Instant,
    /// Active plus paused time before `origin`, from an earlier run of a
    /// resumed session (not subtracted from `origin`: the monotonic clock may
    /// be younger than the session, after a reboot).
    elapsed_before: Duration,
    /// The latest instant seen; an earlier one is treated as this one.
    latest: Instant,
    paused_since: Option<Instant>,
    /// Finished pauses, and the gaps of earlier runs.
    paused_total: Duration,
    phase: usize,
    phase_from: f64,
    phase_len: Option<f64>,
    target_secs: f64,
    target_noticed: bool,
    /// `at_secs` of the let-downs tapped in this run, newest last.
    undoable: Vec<f64>,
    /// The trigger or cue on screen, dismissed by a let-down.
    shown_trigger: Option<Shown>,
    /// Whether a key put the finish line away; the next let-down clears it.
    finish_put_away: bool,
    /// The condition of this session, in the user's words, while an
    /// experiment runs (the file records its name and arm).
    condition: Option<String>,
}

/// What the coach has on screen: one instruction at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shown {
    /// A stall trigger, by its index in the plan's triggers.
    Trigger(usize),
    /// A pump-mode cue, by its index in the plan's cues.
    Cue(usize),
}

impl Engine {
    /// Starts a session at `now`.
    #[must_use]
    pub fn start(plan: Plan, now: Now, host: &str) -> Self {
        let started = Timestamp(now.wall);
        let mut record = SessionRecord::empty(new_id(&started, host), State::Running, started);
        record.plan = plan.recorded_name();
        let phase_len = plan.phases.first().and_then(PlanPhase::length);
        let target_secs = plan.target_secs;
        Self {
            plan,
            record,
            origin: now.mono,
            elapsed_before: Duration::ZERO,
            latest: now.mono,
            paused_since: None,
            paused_total: Duration::ZERO,
            phase: 0,
            phase_from: 0.0,
            phase_len,
            target_secs,
            target_noticed: false,
            undoable: Vec::new(),
            shown_trigger: None,
            finish_put_away: false,
            condition: None,
        }
    }

    /// Puts this session in an experiment's arm: recorded in its file, and
    /// its condition shown in the user's words.
    pub fn join_experiment(&mut self, arm: ExperimentArm, condition: String) {
        self.record.experiment = Some(arm);
        self.condition = Some(condition);
    }

    /// This session's condition, while it is in an experiment.
    #[must_use]
    pub fn condition(&self) -> Option<(&ExperimentArm, &str)> {
        Some((self.record.experiment.as_ref()?, self.condition.as_deref()?))
    }

    /// The plan the session follows.
    #[must_use]
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// The record as of the last snapshot.
    #[must_use]
    pub fn record(&self) -> &SessionRecord {
        &self.record
    }

    fn clamp(&mut self, now: Now) -> Instant {
        if now.mono > self.latest {
            self.latest = now.mono;
        }
        self.latest
    }

    fn elapsed_at(&self, at: Instant) -> Duration {
        self.elapsed_before
            .saturating_add(at.saturating_duration_since(self.origin))
    }

    fn paused_at(&self, at: Instant) -> Duration {
        self.paused_total.saturating_add(
            self.paused_since
                .map_or(Duration::ZERO, |since| at.saturating_duration_since(since)),
        )
    }

    /// Active seconds at `now`: the clock the user sees. It stops at the
    /// longest time a record holds, so that a session left running for a
    /// year can still be saved (every time in the record is taken from it).
    #[must_use]
    pub fn active_secs(&self, now: Instant) -> f64 {
        let at = now.max(self.latest);
        within_limit(self.elapsed_at(at).saturating_sub(self.paused_at(at)))
    }

    /// Paused seconds at `now`, within the longest time a record holds.
    #[must_use]
    pub fn paused_secs(&self, now: Instant) -> f64 {
        within_limit(self.paused_at(now.max(self.latest)))
    }

    /// Whether the clock is stopped.
    #[must_use]
    pub fn is_paused(&self) -> bool {
        self.paused_since.is_some()
    }

    /// The current phase's index in the plan.
    #[must_use]
    pub fn phase_index(&self) -> usize {
        self.phase
    }

    /// The current phase.
    #[must_use]
    pub fn phase(&self) -> Option<&PlanPhase> {
        self.plan.phases.get(self.phase)
    }

    /// Active second at which the current phase began.
    #[must_use]
    pub fn phase_from(&self) -> f64 {
        self.phase_from
    }

    /// The current phase's length, after any nudges; none when open-ended.
    #[must_use]
    pub fn phase_len(&self) -> Option<f64> {
        self.phase_len
    }

    /// The pumping target, after any nudges in an open-ended phase.
    #[must_use]
    pub fn target_secs(&self) -> f64 {
        self.target_secs
    }

    /// The trigger or pump-mode cue on screen, if any.
    #[must_use]
    pub fn shown_trigger(&self) -> Option<&crate::config::TriggerConfig> {
        match self.shown_trigger? {
            Shown::Trigger(i) => self.plan.triggers.get(i),
            Shown::Cue(i) => self.plan.cues.get(i),
        }
    }

    /// Whether the current phase is a rest.
    #[must_use]
    pub fn in_rest(&self) -> bool {
        self.phase().is_some_and(PlanPhase::is_rest)
    }

    /// Where the current pumping block began: the end of the last rest, or
    /// the start. None during a rest.
    fn block_start(&self) -> Option<f64> {
        if self.in_rest() {
            return None;
        }
        Some(
            self.record
                .phases
                .iter()
                .rev()
                .find(|p| p.kind == Some(PhaseKind::Rest))
                .map_or(0.0, |p| p.to_secs),
        )
    }

    /// The active second at which the coach will next offer a trigger.
    #[must_use]
    pub fn stall_at(&self) -> Option<f64> {
        coach::stall_at(&self.plan, &self.record, self.block_start()?)
    }

    /// The active second from which the gentle line says the session may be
    /// done: after two let-downs or more, the quiet time after the last, and
    /// once the coach has learned, not before the time by which 90 % of the
    /// user's let-downs had come.
    fn finish_line_at(&self) -> Option<f64> {
        let quiet = self.plan.finish_quiet_secs?;
        if self.record.letdowns.len() < 2 || self.in_rest() {
            return None;
        }
        let learned = self.plan.learned.map_or(0.0, |l| l.finish_by_secs);
        self.record
            .letdowns
            .last()
            .map(|l| (l.at_secs + quiet).max(learned))
    }

    /// Whether the gentle line that the session may be done is on screen at
    /// `now`: from its time until the next let-down or a key.
    #[must_use]
    pub fn finish_line(&self, now: Instant) -> bool {
        !self.finish_put_away
            && self
                .finish_line_at()
                .is_some_and(|at| self.active_secs(now) >= at)
    }

    /// The rest time so far, at `active` seconds: rest phases left out of pumping.
    fn rest_secs(&self, active: f64) -> f64 {
        let done: f64 = self
            .record
            .phases
            .iter()
            .filter(|p| p.kind == Some(PhaseKind::Rest))
            .fold(0.0, |sum, p| sum + (p.to_secs - p.from_secs).max(0.0));
        let now = if self.in_rest() {
            (active - self.phase_from).max(0.0)
        } else {
            0.0
        };
        done + now
    }

    fn phase_end(&self) -> Option<f64> {
        if self.phase + 1 >= self.plan.phases.len() {
            return None;
        }
        self.phase_len.map(|len| self.phase_from + len)
    }

    /// The next instant at which the engine has something to do (a phase
    /// ending, a stall, the target); none while paused.
    #[must_use]
    pub fn next_deadline(&self, now: Instant) -> Option<Instant> {
        if self.is_paused() {
            return None;
        }
        let active = self.active_secs(now);
        let target = (!self.target_noticed).then_some(self.target_secs);
        let finish_line = self.finish_line_at().filter(|at| *at > active);
        let switch = self.switch_offer_at().filter(|at| *at > active);
        [
            self.phase_end(),
            self.stall_at(),
            target,
            finish_line,
            switch,
        ]
        .into_iter()
        .flatten()
        .map(|at| (at - active).max(0.0))
        .reduce(f64::min)
        .and_then(|wait| now.max(self.latest).checked_add(duration(wait)))
    }

    /// Carries out what time alone brings: phases ending, the target, a stall.
    pub fn tick(&mut self, now: Now) -> Vec<Effect> {
        let at = self.clamp(now);
        let mut effects = Vec::new();
        if self.is_paused() {
            return effects;
        }
        let active = self.active_secs(at);
        let mut advanced = false;
        while let Some(end) = self.phase_end() {
            if active < end {
                break;
            }
            self.enter_phase(self.phase + 1, end);
            advanced = true;
        }
        if advanced {
            self.announce_phase(&mut effects);
        }
        if !self.target_noticed && active >= self.target_secs {
            self.target_noticed = true;
            effects.push(Effect::Notify(Notice::TargetReached {
                target_secs: self.target_secs,
            }));
        }
        let mut changed = advanced;
        if let Some(stall) = self.stall_at()
            && active >= stall
        {
            let block = self.block_start().unwrap_or(0.0);
            let (shown, trigger) = if coach::wants_stimulation(&self.plan, &self.record, block) {
                (Shown::Cue(1), self.plan.cues[1].clone())
            } else {
                let index = coach::next_trigger(&self.plan, &self.record, self.phase());
                (Shown::Trigger(index), self.plan.triggers[index].clone())
            };
            // Recorded when it is shown, so that a late tick (the clock
            // jumped ahead) shows one trigger rather than a catch-up burst.
            self.record.triggers.push(TriggerShown {
                at_secs: active,
                name: trigger.name.clone(),
            });
            self.shown_trigger = Some(shown);
            changed = true;
            effects.push(Effect::Notify(Notice::Trigger {
                name: trigger.name,
                prompt: trigger.prompt,
            }));
        }
        // Whatever changed is on disk before any of it is shown.
        if changed {
            effects.insert(0, Effect::Save);
        }
        effects
    }

    fn enter_phase(&mut self, index: usize, at: f64) {
        self.record.phases.push(PhaseSpan {
            name: self.phase().map(|p| p.name.clone()).unwrap_or_default(),
            from_secs: self.phase_from,
            to_secs: at,
            kind: self.phase().and_then(|p| p.kind),
        });
        self.phase = index;
        self.phase_from = at;
        self.phase_len = self.phase().and_then(PlanPhase::length);
        if self.in_rest() {
            // The coach is quiet in a rest: nothing to do but rest.
            self.shown_trigger = None;
        }
    }

    fn announce_phase(&self, effects: &mut Vec<Effect>) {
        if let Some(phase) = self.phase() {
            effects.push(Effect::Message(Message::PhaseChanged(phase.name.clone())));
            effects.push(Effect::Notify(Notice::PhaseChanged {
                name: phase.name.clone(),
                prompt: phase.prompt.clone(),
            }));
        }
    }
}

/// A duration as a record's seconds: no more than a record can hold.
fn within_limit(duration: Duration) -> f64 {
    duration.as_secs_f64().min(MAX_SECS)
}

/// Seconds from a file as a duration; what is not a duration (negative, NaN,
/// infinite, too large) counts as none rather than a panic.
fn duration(secs: f64) -> Duration {
    Duration::try_from_secs_f64(secs).unwrap_or_default()
}
