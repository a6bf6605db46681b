//! The engine's answer to each command: a let-down, undo, pause, a phase
//! skipped or nudged.

use super::{Engine, NUDGE_SECS, Shown};
use crate::session::Now;
use crate::session::coach;
use crate::session::effects::{Command, Effect, Message};
use crate::session::record::TriggerShown;
use crate::session::record::{Letdown, Pause, Timestamp};
use crate::session::validate::MAX_SECS;

impl Engine {
    /// Applies a command at `now`, after what time alone brings.
    pub fn apply(&mut self, command: Command, now: Now) -> Vec<Effect> {
        let mut effects = self.tick(now);
        let at = self.latest;
        let active = self.active_secs(at);
        // A key puts the finish line away until the next let-down.
        if command != Command::Letdown && self.finish_line(at) {
            self.finish_put_away = true;
        }
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
            Command::LeaveExperiment => {
                if self.record.experiment.take().is_some() {
                    self.condition = None;
                    effects.push(Effect::Save);
                    effects.push(Effect::Message(Message::LeftExperiment));
                } else {
                    effects.push(Effect::Message(Message::NoExperiment));
                }
            }
            Command::Extend | Command::Shorten => {
                let delta = if command == Command::Extend {
                    NUDGE_SECS
                } else {
                    -NUDGE_SECS
                };
                self.nudge(delta, active, &mut effects);
            }
            Command::SwitchSide => self.switch_side(active, &mut effects),
        }
        effects
    }

    pub(super) fn record_letdown(&mut self, active: f64, now: Now, effects: &mut Vec<Effect>) {
        if let Some(last) = self.record.letdowns.last()
            && active - last.at_secs < self.plan.guard_secs
        {
            effects.push(Effect::Message(Message::TapIgnored {
                guard_secs: self.plan.guard_secs,
            }));
            return;
        }
        let first_of_block = self
            .block_start()
            .is_some_and(|block| coach::wants_expression(&self.plan, &self.record, block, active));
        let side = self.side();
        self.record.letdowns.push(Letdown {
            at_secs: active,
            at: Timestamp(now.wall),
            side,
        });
        self.undoable.push(active);
        self.shown_trigger = None;
        self.finish_put_away = false;
        if first_of_block {
            // Milk flows: the pump can go to its slower expression mode.
            self.record.triggers.push(TriggerShown {
                at_secs: active,
                name: self.plan.cues[0].name.clone(),
            });
            self.shown_trigger = Some(Shown::Cue(0));
        }
        effects.push(Effect::Save);
        effects.push(Effect::Message(Message::LetdownSaved(
            self.record.letdowns.len(),
        )));
    }

    /// Lengthens or shortens the current phase, or the target in an
    /// open-ended one; within what a record can hold, so that `+` held down
    /// never makes the session one that cannot be saved. Shortening keeps
    /// a phase's first [`NUDGE_SECS`] (all of a shorter one): a `-` that
    /// ends a phase starts the next whole, and the presses after it cannot
    /// shorten that one away.
    pub(super) fn nudge(&mut self, delta: f64, active: f64, effects: &mut Vec<Effect>) {
        let name = self.phase().map(|p| p.name.clone()).unwrap_or_default();
        match self.phase_len {
            Some(len) if self.phase_end().is_some() => {
                let shortest = len.min(NUDGE_SECS);
                let len = (len + delta).max(shortest).clamp(0.0, MAX_SECS);
                if self.phase_from + len <= active {
                    // Shortened to less than it has run: it ends now, as it ran,
                    // and the next phase starts now, whole.
                    self.enter_phase(self.phase + 1, active);
                    effects.push(Effect::Save);
                    self.announce_phase(effects);
                    return;
                }
                self.phase_len = Some(len);
                effects.push(Effect::Save);
                effects.push(Effect::Message(Message::PhaseLength { name, secs: len }));
            }
            _ => {
                self.target_secs = (self.target_secs + delta).clamp(NUDGE_SECS, MAX_SECS);
                self.target_noticed = active >= self.target_secs;
                effects.push(Effect::Save);
                effects.push(Effect::Message(Message::TargetChanged(self.target_secs)));
            }
        }
    }
}
