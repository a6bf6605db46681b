//! The one door into the running session: [`Host::apply`] carries out what a
//! key or another terminal asks, saves it, and answers; [`Host::tick`] is
//! what time alone brings.

use super::{Asking, Ended, Event, Host, Tone, tone_of};
use crate::format;
use crate::keys::actions::Action;
use crate::session::{Command, Effect, Engine, Message, Now, Plan, SessionRecord, SessionResult};
use crate::store::{ReopenError, read_stored};

/// What a key or another terminal asks of the running session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ask {
    /// A command for the engine: a let-down, undo, pause, a phase.
    Session(Command),
    /// End now and save without the summary (`letdown end`).
    End,
    /// Reopen the session `letdown end` ended (`letdown undo` after it, or
    /// `u` on the day screen).
    Reopen,
    /// Let go of the lock, held only to reopen a session ended here,
    /// because another letdown wants to start one.
    Release,
}

/// What was done, all of it on disk.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    /// The engine's messages, in order: the last is the line a command prints.
    Done(Vec<Message>),
    /// The session ended and was saved; the line a command prints.
    Ended(String),
    /// The session `letdown end` ended runs again.
    Reopened(String),
    /// The lock went.
    Released,
}

/// Why nothing was done, or not all of it is on disk yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotNow {
    /// No session runs here.
    NoSession(String),
    /// Done in memory, not on disk yet (saving failed; it is retried).
    NotSaved(String),
    /// Not done, and why (the summary is open on the screen).
    Refused(String),
}

impl Host {
    /// Carries out what a key or another terminal asks, at `now`: on disk
    /// before it answers.
    pub fn apply(&mut self, ask: Ask, now: Now) -> Result<Answer, NotNow> {
        match ask {
            Ask::Session(command) => self.command(command, now),
            Ask::End => self.end(now),
            Ask::Reopen => self.reopen(now),
            Ask::Release => self.release(),
        }
    }

    /// What time alone brings: phase ends, stalls, retries. The heartbeat
    /// is [`Host::beat`], after whatever else the moment brought.
    pub fn tick(&mut self, now: Now) {
        if let Some(engine) = &mut self.engine {
            let effects = engine.tick(now);
            // The session runs on behind the summary, quietly: no bell (or
            // phase and coach hook) while it is filled in.
            let quiet = self.asking == Asking::Summary;
            self.carry_out(effects, now, quiet);
        }
        self.retry_if_due(now);
    }

    /// A command for the engine, from the session screen or any dialog over
    /// it, or from another terminal.
    fn command(&mut self, command: Command, now: Now) -> Result<Answer, NotNow> {
        if let Some(not_now) = self.not_now(command) {
            return Err(not_now);
        }
        let Some(engine) = &mut self.engine else {
            return Err(NotNow::NoSession(self.no_session_line()));
        };
        let effects = engine.apply(command, now);
        let messages = effects
            .iter()
            .filter_map(|effect| match effect {
                Effect::Message(message) => Some(message.clone()),
                _ => None,
            })
            .collect();
        self.carry_out(effects, now, false);
        if self.unsaved {
            return Err(NotNow::NotSaved(self.not_saved_line()));
        }
        Ok(Answer::Done(messages))
    }

    /// Carries out the engine's effects in order; `quiet` drops the bell
    /// and the hooks.
    fn carry_out(&mut self, effects: Vec<Effect>, now: Now, quiet: bool) {
        // The hooks' facts are read before the effects are carried out; they run after.
        let hooks: Vec<Event> = if quiet {
            Vec::new()
        } else {
            effects
                .iter()
                .filter_map(|e| self.hook_for(e, now))
                .map(Event::Hook)
                .collect()
        };
        for effect in effects {
            match effect {
                Effect::Save => self.save_running(now),
                Effect::Notify(_) if quiet => {}
                Effect::Notify(notice) => self.events.push(Event::Alert(notice.into())),
                // While saving fails, that line stays: it matters more than a confirmation.
                Effect::Message(message) if !self.unsaved => {
                    self.say(super::word(&message), tone_of(&message));
                }
                Effect::Message(_) => {}
            }
        }
        self.events.extend(hooks);
    }

    /// Why a command for the session cannot be done now: no session runs,
    /// or its summary (a form the user is filling in) is open.
    fn not_now(&self, command: Command) -> Option<NotNow> {
        match self.asking {
            Asking::Summary if self.engine.is_some() && command != Command::Letdown => {
                Some(NotNow::Refused(crate::tr!(
                    "facts-host-summary-open",
                    save = self.label(Action::Save),
                    cancel = self.label(Action::Cancel)
                )))
            }
            _ if self.engine.is_some() => None,
            Asking::Interrupted => Some(NotNow::NoSession(crate::tr!(
                "facts-host-interrupted-waits",
                resume = self.label(Action::Resume)
            ))),
            _ => Some(NotNow::NoSession(self.no_session_line())),
        }
    }

    fn no_session_line(&self) -> String {
        match &self.ended {
            Some(ended) => crate::tr!(
                "facts-host-ended-at",
                at = crate::facts::time_of_day(
                    &ended
                        .running
                        .running
                        .as_ref()
                        .map_or(ended.running.started.0, |r| r.heartbeat.0),
                    self.config.clock
                )
            ),
            None => crate::tr!("facts-host-no-session"),
        }
    }

    /// `letdown end`: the session ends now and is saved without the
    /// summary, which `v` on the day screen fills in later. Until another
    /// session starts, `letdown undo` (or `u` on the day screen) reopens it.
    fn end(&mut self, now: Now) -> Result<Answer, NotNow> {
        if let Some(not_now) = self.not_now(Command::Letdown) {
            return Err(not_now);
        }
        if self.asking == Asking::Summary {
            return Err(NotNow::Refused(crate::tr!(
                "facts-host-not-ended-summary",
                save = self.label(Action::Save)
            )));
        }
        let Some(engine) = &mut self.engine else {
            return Err(NotNow::NoSession(self.no_session_line()));
        };
        let running = engine.snapshot(now).clone();
        let record = engine.finish(now, SessionResult::default());
        match self.file_finished(&record, now) {
            Ok(path) => {
                self.ended = read_stored(&path)
                    .ok()
                    .map(|stored| Ended { stored, running });
                if self.ended.is_some() {
                    let (undo, edit) = (self.label(Action::Undo), self.label(Action::Edit));
                    self.say(
                        crate::tr!("facts-host-ended-keys", undo = undo, edit = edit),
                        Tone::Done,
                    );
                } else {
                    self.lock = None;
                    self.say(crate::tr!("facts-host-ended"), Tone::Done);
                }
                self.queue_end_hook(&record, &path);
                let length = crate::facts::Length::of(record.active_secs).to_string();
                let letdowns = format::plural(record.letdowns.len(), "let-down");
                Ok(Answer::Ended(if self.ended.is_some() {
                    crate::tr!(
                        "facts-host-ended-reopens",
                        length = length,
                        letdowns = letdowns
                    )
                } else {
                    crate::tr!(
                        "facts-host-ended-line",
                        length = length,
                        letdowns = letdowns
                    )
                }))
            }
            Err(why) => {
                self.lock = None;
                Err(NotNow::NotSaved(crate::tr!(
                    "facts-host-not-saved",
                    why = why
                )))
            }
        }
    }

    /// Reopens the session `letdown end` ended: the time since counts as a
    /// pause, as after a crash. Its file must be as it was saved.
    fn reopen(&mut self, now: Now) -> Result<Answer, NotNow> {
        let (Some(ended), Some(lock)) = (self.ended.take(), self.lock.as_ref()) else {
            return Err(NotNow::NoSession(self.no_session_line()));
        };
        // The plan the file names, as after a crash.
        let plan = Plan::for_record(&self.config, &ended.running);
        let mut engine = Engine::resume(plan, ended.running.clone(), now);
        let record: SessionRecord = engine.snapshot(now).clone();
        match self.state.reopen(&self.data, &ended.stored, &record, lock) {
            Ok(()) => {
                self.engine = Some(engine);
                self.asking = Asking::Nothing;
                self.last_saved = now.mono;
                self.unsaved = false;
                self.save_trouble = None;
                let line = crate::tr!("facts-host-reopened");
                self.say(line.clone(), Tone::Done);
                Ok(Answer::Reopened(line))
            }
            Err(err @ (ReopenError::Changed | ReopenError::Gone)) => {
                // Nothing left to reopen: the lock was held for it alone.
                self.lock = None;
                Err(NotNow::Refused(crate::tr!(
                    "facts-host-not-reopened",
                    why = err.to_string()
                )))
            }
            Err(err) => {
                self.ended = Some(ended);
                Err(NotNow::Refused(crate::tr!(
                    "facts-host-not-reopened-stays",
                    why = err.to_string()
                )))
            }
        }
    }

    /// Another letdown wants to start a session: the lock goes, if it was
    /// held only for reopening a session ended here.
    fn release(&mut self) -> Result<Answer, NotNow> {
        if self.ended.is_some() && self.engine.is_none() && self.asking == Asking::Nothing {
            self.ended = None;
            self.lock = None;
            self.say(crate::tr!("facts-host-released"), Tone::Done);
            Ok(Answer::Released)
        } else {
            Err(NotNow::Refused(crate::tr!("facts-host-running-here")))
        }
    }
}
