//! Saving: the running session on every change and heartbeat, the finished
//! one into the data dir, and what is kept aside when the data dir refuses
//! it. Nothing is answered before it is on disk.

use std::path::PathBuf;

use super::{Event, Host, Pending, Tone};
use crate::session::{Now, SessionRecord};

impl Host {
    /// Saves the running session; on failure keeps it in memory and says so.
    pub(super) fn save_running(&mut self, now: Now) {
        let Some(engine) = &mut self.engine else {
            return;
        };
        let result = self.state.write_running(engine.snapshot(now));
        self.last_saved = now.mono;
        match result {
            Ok(()) => {
                self.save_trouble = None;
                if self.unsaved {
                    self.unsaved = false;
                    self.say(crate::tr!("facts-host-saved-again"), Tone::Done);
                }
            }
            Err(err) => {
                self.unsaved = true;
                let line = crate::tr!("facts-host-saving-failed-kept", why = err.to_string());
                self.save_trouble = Some(line.clone());
                self.say_stays(line);
            }
        }
    }

    /// The heartbeat: saves the running session when the last save is
    /// [`super::HEARTBEAT`] old, or failed, and keeps its journal short.
    /// After a command, so that a tap's own save is the only one it waits for.
    pub fn beat(&mut self, now: Now) {
        if self.engine.is_some() && (self.unsaved || now.mono >= self.heartbeat_at()) {
            self.save_running(now);
            if !self.unsaved {
                // Folding rewrites the whole file: a heartbeat can wait for that, a tap should not.
                let _ = self.state.fold_running();
            }
        }
    }

    /// Files a finished session (the summary's, or an interrupted one's)
    /// and asks for the `end` hook; the running one, if any, is over. The
    /// lock is the caller's to let go. Returns the file, or what the
    /// warning said.
    pub fn file_ended(&mut self, record: &SessionRecord, now: Now) -> Result<PathBuf, String> {
        let filed = self.file_finished(record, now);
        if let Ok(path) = &filed {
            self.queue_end_hook(record, path);
        }
        filed
    }

    /// Puts a finished session into the data dir; when the data dir refuses
    /// it, keeps it in the state folder (or memory), retries it, and says so.
    /// The running session, if any, is over.
    pub(super) fn file_finished(
        &mut self,
        record: &SessionRecord,
        now: Now,
    ) -> Result<PathBuf, String> {
        self.engine = None;
        self.asking = super::Asking::Nothing;
        // The state folder first: from here on the result is never lost.
        let kept = self.state.write_running(record).is_ok();
        self.unsaved = false;
        self.save_trouble = None;
        let finished = |filed| Event::Finished {
            record: Box::new(record.clone()),
            filed,
        };
        match self.state.hand_over(&self.data, record) {
            Ok(path) => {
                self.events.push(finished(true));
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
                self.events.push(finished(false));
                let warning = if kept {
                    crate::tr!("facts-host-saving-failed-state", why = err.to_string())
                } else {
                    crate::tr!("facts-host-saving-failed-memory", why = err.to_string())
                };
                self.say_stays(warning.clone());
                Err(warning)
            }
        }
    }

    /// Tries the sessions kept aside again, when they are due.
    pub(super) fn retry_if_due(&mut self, now: Now) {
        if self.retry_at().is_some_and(|at| now.mono >= at) {
            self.retry_pending(now);
        }
    }

    fn retry_pending(&mut self, now: Now) {
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
            self.events.push(Event::Retried);
            if self.pending.is_empty() {
                self.say(crate::tr!("facts-host-saved-now"), Tone::Done);
            }
        }
    }

    /// Takes sessions the store set aside, to be retried with the others.
    pub(super) fn keep_pending(&mut self, kept: Vec<SessionRecord>) {
        for record in kept {
            self.pending.retain(|p| p.record.id != record.id);
            self.pending.push(Pending { record, kept: true });
        }
    }

    /// Saves what is running before the process goes away (a signal, a
    /// lost terminal). The session stays in the state folder, to be resumed.
    pub fn save_for_exit(&mut self, now: Now) {
        // The summary's session still runs behind it, and is saved as running.
        self.save_running(now);
    }

    /// Discards the running session, or the interrupted one waiting: the
    /// running file goes, and the lock with it.
    pub fn discard(&mut self) -> Result<(), String> {
        match self.state.clear_running() {
            Ok(()) => {
                self.engine = None;
                self.asking = super::Asking::Nothing;
                self.lock = None;
                Ok(())
            }
            Err(err) => Err(crate::tr!(
                "facts-host-not-discarded",
                why = err.to_string()
            )),
        }
    }

    /// Why the last change is not on disk, as a request's answer says it.
    pub(super) fn not_saved_line(&self) -> String {
        let why = self.save_trouble.as_deref().map_or_else(
            || crate::tr!("facts-host-saving-failed"),
            |line| crate::basics::plain_words(&crate::basics::printable(line)),
        );
        crate::tr!("facts-host-not-saved", why = why)
    }
}
