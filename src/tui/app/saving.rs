//! Saving the forms: the summary's session (through the host, which files
//! it and keeps it aside when the data dir refuses it), an edit, a session
//! added by hand. Nothing is confirmed on screen before it is on disk.

use super::{App, Outcome, Overlay, Screen};
use crate::session::{Now, SessionRecord};
use crate::store::{StoreError, Stored};

impl App {
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
        let filed = self.host.file_ended(&record, now);
        self.host.let_go();
        outcomes.extend(self.take_from_host(now));
        if filed.is_ok() {
            // Where it went is in the session's detail; the line stays short.
            self.say(crate::tr!("summary-status-saved"), false);
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
                self.say(crate::tr!("summary-status-added"), false);
                self.sync_soon();
            }
            Err(err) => self.say(
                crate::tr!("summary-status-not-added", error = err.to_string()),
                true,
            ),
        }
    }

    /// Rewrites an edited session, unless its file changed since it was
    /// read: then nothing is overwritten and the day shows the newer version.
    fn save_edit(&mut self, stored: &Stored, record: &SessionRecord, now: Now) {
        match self.data.rewrite(stored, record) {
            Ok(()) => {
                self.open_day(Some(record), now);
                self.say(crate::tr!("summary-status-saved"), false);
                self.sync_soon();
            }
            Err(StoreError::Changed { newer, .. }) => {
                let message = match *newer {
                    Ok(newer) => {
                        self.open_day(Some(&newer.record), now);
                        crate::tr!("summary-status-changed")
                    }
                    Err(reason) => {
                        self.open_day(Some(&stored.record), now);
                        crate::tr!(
                            "summary-status-changed-unreadable",
                            reason = reason.to_string()
                        )
                    }
                };
                self.say(message, true);
            }
            Err(err) => self.say(
                crate::tr!("summary-status-save-failed", error = err.to_string()),
                true,
            ),
        }
    }

    /// Saves what is running before the process goes away (a signal, a
    /// lost terminal). The session stays in the state folder, to be resumed.
    pub fn save_for_exit(&mut self, now: Now) {
        // The summary's session still runs behind it, and is saved as running;
        // an interrupted one being finished is still in the running file.
        self.host.save_for_exit(now);
    }
}
