//! The session engine: applies a command at a given instant and says what the
//! outer loop must do next. It never reads a clock itself.

use std::time::{Duration, Instant};

use super::plan::{Plan, PlanPhase};
use super::record::{
    Letdown, Pause, PhaseSpan, Running, SCHEMA, SessionRecord, SessionResult, State, Timestamp,
    TriggerShown,
};
use super::{Now, new_id};

/// How much `+` and `-` change a phase, in seconds.
pub const NUDGE_SECS: f64 = 30.0;

/// What the user asks of a running session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// A let-down happened.
    Letdown,
    /// Take back the last let-down tapped in this run.
    Undo,
    /// Pause, or resume when paused.
    TogglePause,
    /// Skip to the next phase.
    NextPhase,
    /// Go back to the previous phase.
    PrevPhase,
    /// Make the current phase 30 s longer (the target, in an open-ended phase).
    Extend,
    /// Make the current phase 30 s shorter (the target, in an open-ended phase).
    Shorten,
}

/// Something the outer loop must carry out, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Make the running session durable before anything below is shown.
    Save,
    /// Ring the bell and send a desktop notification, as the config allows.
    Notify(Notice),
    /// Show a line in the status area.
    Message(Message),
}

/// A moment worth a notification.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    PhaseChanged { name: String, prompt: String },
    Trigger { name: String, prompt: String },
    TargetReached { target_secs: f64 },
}

/// A status line, worded by the screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    LetdownSaved(usize),
    TapIgnored { guard_secs: f64 },
    Undone(usize),
    NothingToUndo,
    Paused,
    Resumed,
    PhaseChanged(String),
    PhaseLength { name: String, secs: f64 },
    TargetChanged(f64),
    AlreadyFirstPhase,
    AlreadyLastPhase,
}

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
    /// The trigger on screen, dismissed by a let-down.
    shown_trigger: Option<usize>,
}

impl Engine {
    /// Starts a session at `now`.
    #[must_use]
    pub fn start(plan: Plan, now: Now, host: &str) -> Self {
        let started = Timestamp(now.wall);
        let record = SessionRecord {
            schema: SCHEMA,
            id: new_id(&started, host),
            state: State::Running,
            started,
            ended: None,
            active_secs: 0.0,
            paused_secs: 0.0,
            running: None,
            letdowns: Vec::new(),
            phases: Vec::new(),
            pauses: Vec::new(),
            triggers: Vec::new(),
            result: SessionResult::default(),
        };
        let phase_len = plan.phases.first().and_then(|p| p.secs);
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
        }
    }

    /// Picks up a running session from its file after its process went away.
    /// The time between its last heartbeat and `now` becomes a pause.
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
                open.secs += gap.as_secs_f64();
            }
        } else if !gap.is_zero() {
            record.pauses.push(Pause {
                from_secs: active,
                secs: gap.as_secs_f64(),
            });
        }
        let paused_total = duration(record.paused_secs).saturating_add(gap);
        record.paused_secs = paused_total.as_secs_f64();
        record.state = State::Running;
        record.ended = None;
        let phase = running.phase.min(plan.phases.len().saturating_sub(1));
        let phase_len = running
            .phase_secs
            .or_else(|| plan.phases.get(phase).and_then(|p| p.secs));
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
        }
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

    /// Active seconds at `now`: the clock the user sees.
    #[must_use]
    pub fn active_secs(&self, now: Instant) -> f64 {
        let at = now.max(self.latest);
        self.elapsed_at(at)
            .saturating_sub(self.paused_at(at))
            .as_secs_f64()
    }

    /// Paused seconds at `now`.
    #[must_use]
    pub fn paused_secs(&self, now: Instant) -> f64 {
        self.paused_at(now.max(self.latest)).as_secs_f64()
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

    /// The trigger on screen, if any.
    #[must_use]
    pub fn shown_trigger(&self) -> Option<&crate::config::TriggerConfig> {
        self.shown_trigger.and_then(|i| self.plan.triggers.get(i))
    }

    /// The active second at which the coach will next offer a trigger.
    #[must_use]
    pub fn stall_at(&self) -> Option<f64> {
        if self.plan.triggers.is_empty() {
            return None;
        }
        let last_letdown = self.record.letdowns.last().map(|l| l.at_secs);
        let last_trigger = self.record.triggers.last().map(|t| t.at_secs);
        Some(match (last_letdown, last_trigger) {
            (None, None) => self.plan.first_letdown_secs,
            (l, t) => l.unwrap_or(0.0).max(t.unwrap_or(0.0)) + self.plan.stall_secs,
        })
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
        [self.phase_end(), self.stall_at(), target]
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
            let index = self.next_trigger_index();
            let trigger = self.plan.triggers[index].clone();
            // Recorded when it is shown, so that a late tick (the clock
            // jumped ahead) shows one trigger rather than a catch-up burst.
            self.record.triggers.push(TriggerShown {
                at_secs: active,
                name: trigger.name.clone(),
            });
            self.shown_trigger = Some(index);
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

    fn next_trigger_index(&self) -> usize {
        let count = self.plan.triggers.len();
        self.record
            .triggers
            .last()
            .and_then(|t| self.plan.triggers.iter().position(|p| p.name == t.name))
            .map_or(0, |last| (last + 1) % count)
    }

    fn enter_phase(&mut self, index: usize, at: f64) {
        self.record.phases.push(PhaseSpan {
            name: self.phase().map(|p| p.name.clone()).unwrap_or_default(),
            from_secs: self.phase_from,
            to_secs: at,
        });
        self.phase = index;
        self.phase_from = at;
        self.phase_len = self.phase().and_then(|p| p.secs);
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

    /// Applies a command at `now`, after what time alone brings.
    pub fn apply(&mut self, command: Command, now: Now) -> Vec<Effect> {
        let mut effects = self.tick(now);
        let at = self.latest;
        let active = self.active_secs(at);
        match command {
            Command::Letdown => {
                // A let-down while paused means pumping goes on: the clock resumes first.
                if self.is_paused() {
                    self.end_pause(at);
                }
                self.record_letdown(active, now, &mut effects);
            }
            Command::Undo => {
                if let Some(at_secs) = self.undoable.pop() {
                    if let Some(i) = self
                        .record
                        .letdowns
                        .iter()
                        .rposition(|l| l.at_secs.to_bits() == at_secs.to_bits())
                    {
                        self.record.letdowns.remove(i);
                    }
                    effects.push(Effect::Save);
                    effects.push(Effect::Message(Message::Undone(self.record.letdowns.len())));
                } else {
                    effects.push(Effect::Message(Message::NothingToUndo));
                }
            }
            Command::TogglePause => {
                if self.is_paused() {
                    self.end_pause(at);
                    effects.push(Effect::Save);
                    effects.push(Effect::Message(Message::Resumed));
                } else {
                    self.paused_since = Some(at);
                    self.record.pauses.push(Pause {
                        from_secs: active,
                        secs: 0.0,
                    });
                    effects.push(Effect::Save);
                    effects.push(Effect::Message(Message::Paused));
                }
            }
            Command::NextPhase => {
                if self.phase + 1 < self.plan.phases.len() {
                    self.enter_phase(self.phase + 1, active);
                    effects.push(Effect::Save);
                    self.announce_phase(&mut effects);
                } else {
                    effects.push(Effect::Message(Message::AlreadyLastPhase));
                }
            }
            Command::PrevPhase => {
                if self.phase > 0 {
                    self.enter_phase(self.phase - 1, active);
                    effects.push(Effect::Save);
                    self.announce_phase(&mut effects);
                } else {
                    effects.push(Effect::Message(Message::AlreadyFirstPhase));
                }
            }
            Command::Extend | Command::Shorten => {
                let delta = if command == Command::Extend {
                    NUDGE_SECS
                } else {
                    -NUDGE_SECS
                };
                self.nudge(delta, active, now, &mut effects);
            }
        }
        effects
    }

    fn record_letdown(&mut self, active: f64, now: Now, effects: &mut Vec<Effect>) {
        if let Some(last) = self.record.letdowns.last()
            && active - last.at_secs < self.plan.guard_secs
        {
            effects.push(Effect::Message(Message::TapIgnored {
                guard_secs: self.plan.guard_secs,
            }));
            return;
        }
        self.record.letdowns.push(Letdown {
            at_secs: active,
            at: Timestamp(now.wall),
        });
        self.undoable.push(active);
        self.shown_trigger = None;
        effects.push(Effect::Save);
        effects.push(Effect::Message(Message::LetdownSaved(
            self.record.letdowns.len(),
        )));
    }

    fn nudge(&mut self, delta: f64, active: f64, now: Now, effects: &mut Vec<Effect>) {
        let name = self.phase().map(|p| p.name.clone()).unwrap_or_default();
        match self.phase_len {
            Some(len) if self.phase_end().is_some() => {
                let len = (len + delta).max(0.0);
                self.phase_len = Some(len);
                effects.push(Effect::Save);
                effects.push(Effect::Message(Message::PhaseLength { name, secs: len }));
                if self.phase_from + len <= active {
                    effects.extend(self.tick(now));
                }
            }
            _ => {
                self.target_secs = (self.target_secs + delta).max(NUDGE_SECS);
                self.target_noticed = active >= self.target_secs;
                effects.push(Effect::Save);
                effects.push(Effect::Message(Message::TargetChanged(self.target_secs)));
            }
        }
    }

    /// Writes the pause under way into the record's last pause.
    fn sync_open_pause(&mut self, at: Instant) {
        if let Some(since) = self.paused_since
            && let Some(open) = self.record.pauses.last_mut()
        {
            open.secs = at.saturating_duration_since(since).as_secs_f64();
        }
    }

    fn end_pause(&mut self, at: Instant) {
        self.sync_open_pause(at);
        if let Some(since) = self.paused_since.take() {
            self.paused_total = self
                .paused_total
                .saturating_add(at.saturating_duration_since(since));
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
        self.enter_phase(self.phase, active);
        self.record.active_secs = active;
        self.record.paused_secs = self.paused_total.as_secs_f64();
        self.record.state = State::Finished;
        self.record.ended = Some(Timestamp(now.wall));
        self.record.running = None;
        self.record.result = result;
        self.record.clone()
    }
}

/// Seconds from a file as a duration; what is not a duration (negative, NaN,
/// infinite, too large) counts as none rather than a panic.
fn duration(secs: f64) -> Duration {
    Duration::try_from_secs_f64(secs).unwrap_or_default()
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
        });
        record.ended = Some(running.heartbeat);
    }
    record.state = State::Finished;
    record
}
