//! Saving from the app: the running session on every change and heartbeat,
//! the finished one into the data dir, and what is kept aside when the data
//! dir refuses it. Nothing is confirmed on screen before it is on disk.

use super::{App, Outcome, Screen};
use crate::session::{Effect, Message, Now, SessionRecord};
use crate::store::StoreError;
use crate::tui::day_screen::DayView;
use crate::tui::summary::Summary;

impl App {
    /// Saves the running session; on failure keeps it in memory and says so.
    pub(super) fn save_running(&mut self, now: Now) {
        let Screen::Session { engine, .. } = &mut self.screen else {
            return;
        };
        let result = self.state.write_running(engine.snapshot(now));
        self.last_saved = now.mono;
        match result {
            Ok(()) => {
                if self.unsaved {
                    self.unsaved = false;
                    self.say("saved again; nothing was lost", false);
                }
            }
            Err(err) => {
                self.unsaved = true;
                self.warn_until_fixed(format!("saving failed — kept, retrying ({err})"));
            }
        }
    }

    /// Carries out the engine's effects in order.
    pub(super) fn carry_out(&mut self, effects: Vec<Effect>, now: Now) -> Vec<Outcome> {
        let mut outcomes = Vec::new();
        for effect in effects {
            match effect {
                Effect::Save => self.save_running(now),
                Effect::Notify(notice) => outcomes.push(Outcome::Alert(notice.into())),
                // While saving fails, that line stays: it matters more than a confirmation.
                Effect::Message(message) if !self.unsaved => {
                    self.say(
                        word(&message),
                        matches!(message, Message::TapIgnored { .. }),
                    );
                }
                Effect::Message(_) => {}
            }
        }
        outcomes
    }

    /// Keeps the finished record in the state folder, then asks for the summary.
    pub(super) fn open_summary(&mut self, record: SessionRecord) {
        match self.state.write_running(&record) {
            Ok(()) => {
                if !self.unsaved {
                    self.status = None;
                }
            }
            Err(err) => {
                self.unsaved = true;
                self.warn_until_fixed(format!("saving failed — kept, retrying ({err})"));
            }
        }
        self.screen = Screen::Summary(Box::new(Summary::new(record, &self.config)));
        self.photos.stop();
    }

    /// Writes the summary's session: an edit rewrites its file atomically; a
    /// new session goes into the data dir, or stays in the state folder (and
    /// is retried) if the data dir refuses it.
    pub(super) fn save_summary(&mut self, now: Now) {
        let Screen::Summary(summary) = &mut self.screen else {
            return;
        };
        let record = summary.record().clone();
        if let Some(stored) = summary.editing().cloned() {
            match self.data.rewrite(&stored, &record) {
                Ok(()) => {
                    self.open_day(Some(&record), now);
                    self.say("saved", false);
                }
                // Nothing was overwritten: the day shows what the file holds now.
                Err(StoreError::Changed { newer, .. }) => {
                    let message = match *newer {
                        Ok(newer) => {
                            self.open_day(Some(&newer.record), now);
                            "could not save: the file changed since it was opened; showing the newer version".to_string()
                        }
                        Err(reason) => {
                            self.open_day(Some(&stored.record), now);
                            format!(
                                "could not save: the file changed since it was opened and now cannot be read ({reason}); it was left as it is"
                            )
                        }
                    };
                    self.say(message, true);
                }
                Err(err) => self.say(format!("could not save the change: {err}"), true),
            }
            return;
        }
        // The state folder first: from here on the result is never lost.
        let kept = self.state.write_running(&record).is_ok();
        match self.state.hand_over(&self.data, &record) {
            Ok(path) => {
                self.lock = None;
                self.unsaved = false;
                self.open_day(Some(&record), now);
                self.say(format!("saved: {}", path.display()), false);
            }
            Err(err) => {
                // Apart from the running file, which the next session takes.
                let kept = self.state.keep_unsaved(&record).is_ok() || kept;
                self.lock = None;
                self.unsaved = false;
                self.pending.retain(|r| r.id != record.id);
                self.pending.push(record.clone());
                self.last_retry = now.mono;
                self.open_day(Some(&record), now);
                let kept = if kept {
                    "kept safe in the state folder"
                } else {
                    "kept in memory"
                };
                self.warn_until_fixed(format!("saving failed — {kept}, retrying ({err})"));
            }
        }
    }

    /// Saves a finished session left in the running file, or keeps it apart
    /// (and retries it) so that a new session can take the running file.
    pub(super) fn keep_finished(&mut self, record: SessionRecord) -> Result<(), StoreError> {
        if self.state.hand_over(&self.data, &record).is_ok() {
            return Ok(());
        }
        self.state.keep_unsaved(&record)?;
        self.pending.retain(|r| r.id != record.id);
        self.pending.push(record);
        Ok(())
    }

    pub(super) fn retry_pending(&mut self, now: Now) {
        self.last_retry = now.mono;
        let before = self.pending.len();
        let pending = std::mem::take(&mut self.pending);
        self.pending = pending
            .into_iter()
            .filter(|record| self.state.hand_over(&self.data, record).is_err())
            .collect();
        if self.pending.len() < before {
            if let Screen::Day(view) = &self.screen {
                let day = view.day;
                self.screen = Screen::Day(Box::new(DayView::load(&self.data, &self.config, day)));
            }
            if self.pending.is_empty() {
                self.say("saved now; nothing was lost", false);
            }
        }
    }

    /// Saves what is running before the process goes away (a signal, a
    /// lost terminal). The session stays in the state folder, to be resumed.
    pub fn save_for_exit(&mut self, now: Now) {
        match &self.screen {
            Screen::Session { .. } => self.save_running(now),
            Screen::Summary(summary) if summary.editing().is_none() => {
                let _ = self.state.write_running(summary.record());
            }
            _ => {}
        }
    }
}

/// A status message in words.
fn word(message: &Message) -> String {
    use crate::format;
    match message {
        Message::LetdownSaved(n) => format!("let-down {n} saved"),
        Message::TapIgnored { guard_secs } => {
            format!("tap ignored: within {guard_secs:.0} s of the last")
        }
        Message::Undone(n) => format!("last let-down taken back ({n} now)"),
        Message::NothingToUndo => "nothing to undo".to_string(),
        Message::Paused => "paused — the clock is stopped".to_string(),
        Message::Resumed => "resumed".to_string(),
        Message::PhaseChanged(name) => format!("now: {name}"),
        Message::PhaseLength { name, secs } => format!("{name} is now {}", format::min_sec(*secs)),
        Message::TargetChanged(secs) => format!("target is now {}", format::clock(*secs)),
        Message::AlreadyFirstPhase => "this is the first phase".to_string(),
        Message::AlreadyLastPhase => "this is the last phase".to_string(),
    }
}
