//! Saving from the app: the running session on every change and heartbeat,
//! the finished one into the data dir, and what is kept aside when the data
//! dir refuses it. Nothing is confirmed on screen before it is on disk.

use super::{App, Outcome, Overlay, Pending, Screen, Tone};
use crate::session::{Effect, Message, Now, SessionRecord};
use crate::store::{StoreError, Stored};
use crate::tui::day_screen::DayView;

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
                self.warn_until_fixed(&format!("saving failed — kept, retrying ({err})"));
            }
        }
    }

    /// Carries out the engine's effects in order.
    pub(super) fn carry_out(&mut self, effects: Vec<Effect>, now: Now) -> Vec<Outcome> {
        // The hooks' facts are read before the effects change the screen; they run after.
        let mut hooks: Vec<Outcome> = effects.iter().filter_map(|e| self.hook_for(e)).collect();
        let mut outcomes = Vec::new();
        for effect in effects {
            match effect {
                Effect::Save => self.save_running(now),
                Effect::Notify(notice) => outcomes.push(Outcome::Alert(notice.into())),
                // While saving fails, that line stays: it matters more than a confirmation.
                Effect::Message(message) if !self.unsaved => {
                    let tone = match message {
                        Message::TapIgnored { .. } => Tone::Warning,
                        Message::NothingToUndo
                        | Message::AlreadyFirstPhase
                        | Message::AlreadyLastPhase
                        | Message::BothSides => Tone::Note,
                        _ => Tone::Done,
                    };
                    self.say_as(word(&message), tone);
                }
                Effect::Message(_) => {}
            }
        }
        outcomes.append(&mut hooks);
        outcomes
    }

    /// Saves what the form on screen holds: an edit rewrites its file
    /// atomically; an ended or finished session goes into the data dir, or
    /// stays in the state folder (and is retried) if the data dir refuses it.
    pub(super) fn save_form(&mut self, now: Now, outcomes: &mut Vec<Outcome>) {
        let record = match &mut self.screen {
            Screen::Edit { stored, form } => {
                let stored = (**stored).clone();
                let record = form.record().clone();
                self.save_edit(&stored, &record, now);
                return;
            }
            Screen::Add { form, overlap } => {
                // Over another session it asks first; the question's yes adds it.
                let over = crate::query::overlapping(&self.data, &self.config, form.record());
                match over.into_iter().next() {
                    Some(other) => *overlap = Some(Box::new(other)),
                    None => self.save_added(now),
                }
                return;
            }
            Screen::Session {
                overlay: Some(Overlay::Summary(form)),
                ..
            }
            | Screen::Finish { form, .. } => form.record().clone(),
            _ => return,
        };
        let filed = self.file_finished(&record, now);
        self.lock = None;
        if let Ok(path) = filed {
            // Where it went is in the session's detail; the line stays short.
            self.say("saved", false);
            outcomes.extend(self.end_hook(&record, &path));
        }
    }

    /// Puts a finished session into the data dir and shows its day; when
    /// the data dir refuses it, keeps it in the state folder (or memory),
    /// retries it, and says so. The lock is the caller's to let go. Returns
    /// the file, or what the warning said.
    pub(super) fn file_finished(
        &mut self,
        record: &SessionRecord,
        now: Now,
    ) -> Result<std::path::PathBuf, String> {
        // The state folder first: from here on the result is never lost.
        let kept = self.state.write_running(record).is_ok();
        self.unsaved = false;
        match self.state.hand_over(&self.data, record) {
            Ok(path) => {
                self.open_day(Some(record), now);
                self.sync_soon();
                Ok(path)
            }
            Err(err) => {
                // Apart from the running file, which the next session takes.
                let kept = self.state.keep_unsaved(record).is_ok() || kept;
                self.pending.retain(|p| p.record.id != record.id);
                self.pending.push(Pending {
                    record: record.clone(),
                    kept,
                });
                self.last_retry = now.mono;
                self.open_day(Some(record), now);
                let kept = if kept {
                    "kept safe in the state folder"
                } else {
                    "kept in memory"
                };
                let warning = format!("saving failed — {kept}, retrying ({err})");
                self.warn_until_fixed(&warning);
                Err(warning)
            }
        }
    }

    /// Saves the session on the add form as a new file, and shows its day.
    pub(super) fn save_added(&mut self, now: Now) {
        let Screen::Add { form, overlap } = &mut self.screen else {
            return;
        };
        *overlap = None;
        let record = form.record().clone();
        match self.data.save_new(&record) {
            Ok(_) => {
                self.open_day(Some(&record), now);
                self.say("added, marked as entered by hand", false);
                self.sync_soon();
            }
            Err(err) => self.say(format!("not added: {err}"), true),
        }
    }

    /// Rewrites an edited session, unless its file changed since it was
    /// read: then nothing is overwritten and the day shows the newer version.
    fn save_edit(&mut self, stored: &Stored, record: &SessionRecord, now: Now) {
        match self.data.rewrite(stored, record) {
            Ok(()) => {
                self.open_day(Some(record), now);
                self.say("saved", false);
                self.sync_soon();
            }
            Err(StoreError::Changed { newer, .. }) => {
                let message = match *newer {
                    Ok(newer) => {
                        self.open_day(Some(&newer.record), now);
                        "not saved: the file changed since it was opened; here is the newer version"
                            .to_string()
                    }
                    Err(reason) => {
                        self.open_day(Some(&stored.record), now);
                        format!(
                            "not saved: the file changed since it was opened and cannot be read now ({reason}); it was left as it is"
                        )
                    }
                };
                self.say(message, true);
            }
            Err(err) => self.say(format!("could not save the change: {err}"), true),
        }
    }

    pub(super) fn retry_pending(&mut self, now: Now) {
        self.last_retry = now.mono;
        let before = self.pending.len();
        let pending = std::mem::take(&mut self.pending);
        self.pending = pending
            .into_iter()
            .filter(|pending| self.state.hand_over(&self.data, &pending.record).is_err())
            .map(|mut pending| {
                // Only in memory: the state folder may take it now.
                pending.kept = pending.kept || self.state.keep_unsaved(&pending.record).is_ok();
                pending
            })
            .collect();
        if self.pending.len() < before {
            if let Screen::Day(view) = &self.screen {
                let day = view.day;
                self.screen = Screen::Day(Box::new(DayView::load(
                    &self.data,
                    &self.config,
                    day,
                    self.now.wall,
                )));
            }
            if self.pending.is_empty() {
                self.say("saved now; nothing was lost", false);
            }
            self.sync_soon();
        }
    }

    /// Saves what is running before the process goes away (a signal, a
    /// lost terminal). The session stays in the state folder, to be resumed.
    pub fn save_for_exit(&mut self, now: Now) {
        // The summary's session still runs behind it, and is saved as running;
        // an interrupted one being finished is still in the running file.
        if let Screen::Session { .. } = &self.screen {
            self.save_running(now);
        }
    }
}

/// A status message in words: the status line's, and the line `letdown
/// tap` and the like print.
pub(super) fn word(message: &Message) -> String {
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
        Message::PhaseLength { name, secs } => {
            format!("{name} is now {}", crate::facts::Length::of(*secs))
        }
        Message::TargetChanged(secs) => format!("target is now {}", format::clock(*secs)),
        Message::AlreadyFirstPhase => "this is the first phase".to_string(),
        Message::AlreadyLastPhase => "this is the last phase".to_string(),
        Message::SideSwitched(side) => crate::facts::setup::now_on(*side),
        Message::BothSides => crate::facts::setup::BOTH_SIDES.to_string(),
    }
}
