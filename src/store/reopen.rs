//! Reopening a session that `letdown end` ended from another terminal, so
//! that an end sent by mistake (a foot on the pedal) can be taken back.
//!
//! The session's finished file must go (a reopened session that ends again
//! is filed anew, and the data dir never overwrites a session's file), and
//! at every moment the session must be on disk somewhere: its file moves to
//! the data dir's trash, the running session is written, and only then is
//! the trashed copy removed. A crash on the way leaves a copy in the trash
//! (`letdown trash` lists it), never no copy at all.

use std::fs;
use std::io;

use super::bounded::{MAX_SESSION_BYTES, read_bounded};
use super::durable::sync_dir;
use super::error::StoreError;
use super::running::{SessionLock, StateDir};
use super::sessions::DataDir;
use super::stored::{Fingerprint, Stored};
use crate::session::SessionRecord;

/// Why an ended session cannot be reopened.
#[derive(Debug, thiserror::Error)]
pub enum ReopenError {
    /// The file changed since it was saved (an edit, a sync): it is the
    /// user's now, and is left as it is.
    #[error("{}", crate::tr!("error-reopen-changed"))]
    Changed,
    /// The file is gone (deleted since).
    #[error("{}", crate::tr!("error-reopen-gone"))]
    Gone,
    #[error("{}", crate::tr!("error-reopen-move", why = .0.to_string()))]
    Move(io::Error),
    /// The running file could not be written; the finished file is back.
    #[error(transparent)]
    Write(#[from] StoreError),
}

impl StateDir {
    /// Makes `running` the running session again, in place of its finished
    /// file, which `stored` read back right after it was saved. Only under
    /// the session lock, which `_lock` shows is held.
    pub fn reopen(
        &self,
        data: &DataDir,
        stored: &Stored,
        running: &SessionRecord,
        _lock: &SessionLock,
    ) -> Result<(), ReopenError> {
        let bytes = match read_bounded(&stored.path, MAX_SESSION_BYTES) {
            Ok(Some(contents)) => contents.bytes,
            Ok(None) => return Err(ReopenError::Gone),
            Err(_) => return Err(ReopenError::Changed),
        };
        if Fingerprint::of(&bytes) != stored.read_from {
            return Err(ReopenError::Changed);
        }
        let deleted = data.trash_stored(stored).map_err(ReopenError::Move)?;
        if let Err(err) = self.write_running(running) {
            // Back where it was; if even that fails, it waits in the trash.
            let _ = data.undo_delete(&deleted);
            return Err(err.into());
        }
        for moved in &deleted.moves {
            let _ = fs::remove_file(&moved.to);
        }
        let _ = sync_dir(&data.trash_dir());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::session::{Command, Engine, Now, Plan, SessionResult};
    use crate::store::read_stored;

    struct Ended {
        _temp: tempfile::TempDir,
        state: StateDir,
        data: DataDir,
        stored: Stored,
        running: SessionRecord,
    }

    /// A session with a let-down, ended and handed over as a remote end does.
    fn ended() -> Ended {
        let temp = tempfile::tempdir().expect("tempdir");
        let state = StateDir::new(temp.path().join("state"));
        let data = DataDir::new(temp.path().join("data"));
        let now = Now::system();
        let mut engine = Engine::start(Plan::from_config(&Config::default()), now, "host");
        engine.apply(Command::Letdown, now);
        let running = engine.snapshot(now).clone();
        let finished = engine.finish(now, SessionResult::default());
        let path = state.hand_over(&data, &finished).expect("saved");
        let stored = read_stored(&path).expect("read back");
        Ended {
            _temp: temp,
            state,
            data,
            stored,
            running,
        }
    }

    #[test]
    fn a_reopened_session_is_running_again_and_its_file_is_gone_for_good() {
        let e = ended();
        let lock = e.state.lock().expect("free");
        e.state
            .reopen(&e.data, &e.stored, &e.running, &lock)
            .expect("reopened");
        let running = e.state.read_running().expect("reads").expect("running");
        assert_eq!(running.id, e.running.id);
        assert_eq!(running.letdowns.len(), 1);
        assert!(!e.stored.path.exists(), "the finished file is gone");
        assert!(e.data.read_trash().sessions.is_empty(), "no copy is left");
    }

    #[test]
    fn a_file_changed_since_it_was_saved_is_left_as_it_is() {
        let e = ended();
        let lock = e.state.lock().expect("free");
        let edited = fs::read_to_string(&e.stored.path)
            .expect("read")
            .replace("active_secs", "# a note\nactive_secs");
        fs::write(&e.stored.path, &edited).expect("an edit");
        let err = e
            .state
            .reopen(&e.data, &e.stored, &e.running, &lock)
            .expect_err("refused");
        assert!(matches!(err, ReopenError::Changed), "{err}");
        assert_eq!(fs::read_to_string(&e.stored.path).expect("read"), edited);
        assert!(e.state.read_running().expect("reads").is_none());
    }
}
