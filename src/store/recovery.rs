//! What the state folder holds, and recovery of an interrupted session: the
//! one place that decides what a running file means and what starting a
//! session does about it.
//!
//! `letdown status` asks [`StateDir::running_file`] and changes nothing; the
//! app's start-up and its "start a session" both call [`StateDir::recover`],
//! which takes the lock, offers an interrupted session, saves a finished one
//! the data dir refused before (or keeps it apart), sets an unreadable file
//! aside, and checks that the folder can be written, so that the two starts
//! can never treat the same file differently.

use std::io;
use std::path::PathBuf;

use super::running::{LockError, SessionLock, StateDir};
use super::sessions::DataDir;
use crate::session::{SessionRecord, State};

/// What the running file holds, read without changing anything.
#[derive(Debug, Clone, PartialEq)]
pub enum RunningFile {
    /// No running file: no session runs or waits.
    Absent,
    /// A session that is running, or whose process went away (it is offered
    /// for resuming at the next start).
    Running(Box<SessionRecord>),
    /// A finished session the data dir has not taken yet (the next start saves it).
    Finished(Box<SessionRecord>),
    /// A file that cannot be read, and why (the next start sets it aside).
    Unreadable(String),
}

/// What a start found in the state folder and did about it.
#[derive(Debug)]
pub struct Recovery {
    /// What the screen should say: sessions saved now, saves that failed
    /// again, files set aside.
    pub notes: Vec<String>,
    /// Finished sessions kept in the state folder because the data dir
    /// refused them; whoever stays open retries them.
    pub kept: Vec<SessionRecord>,
    /// The lock and what to open with, or why no session can start.
    pub outcome: Result<Ready, CannotStart>,
}

/// A session may start or resume: the lock is held.
#[derive(Debug)]
pub struct Ready {
    /// Held until the session is saved or left.
    pub lock: SessionLock,
    /// A session whose process went away, to offer for resuming or finishing.
    pub interrupted: Option<Box<SessionRecord>>,
}

/// Why no session can start here.
#[derive(Debug, thiserror::Error)]
pub enum CannotStart {
    /// Another session holds the lock, or the state folder cannot be used.
    #[error(transparent)]
    Lock(#[from] LockError),
    /// The last session could be neither saved nor kept apart from the
    /// running file, which the new session would overwrite.
    #[error("{}", crate::tr!(
        "error-start-not-saved",
        path = .running.display().to_string(),
        why = .source.to_string()
    ))]
    NotSaved {
        running: PathBuf,
        source: super::StoreError,
    },
    /// An unreadable running file that could not be set aside.
    #[error("{}", crate::tr!(
        "error-start-not-set-aside",
        reason = .reason.as_str(),
        why = .source.to_string()
    ))]
    NotSetAside { reason: String, source: io::Error },
    /// The folder refuses writes, so the session could not be kept safe.
    #[error("{}", crate::tr!(
        "error-start-not-writable",
        path = .dir.display().to_string(),
        why = .source.to_string()
    ))]
    NotWritable { dir: PathBuf, source: io::Error },
}

impl StateDir {
    /// What the running file holds. Only reads: no folder, file or lock is made.
    #[must_use]
    pub fn running_file(&self) -> RunningFile {
        match self.read_running() {
            Ok(None) => RunningFile::Absent,
            Ok(Some(record)) if record.state == State::Running => {
                RunningFile::Running(Box::new(record))
            }
            Ok(Some(record)) => RunningFile::Finished(Box::new(record)),
            Err(reason) => RunningFile::Unreadable(reason.to_string()),
        }
    }

    /// Makes the state folder ready for a session: takes the lock (unless
    /// `held` is it already), then deals with what an earlier session left.
    #[must_use]
    pub fn recover(&self, data: &DataDir, held: Option<SessionLock>) -> Recovery {
        let fresh = held.is_none();
        let lock = match held.map_or_else(|| self.lock(), Ok) {
            Ok(lock) => lock,
            Err(err) => {
                return Recovery {
                    notes: Vec::new(),
                    kept: Vec::new(),
                    outcome: Err(err.into()),
                };
            }
        };
        // Temp files of writes a crash cut short; nothing writes while the lock is held.
        let _ = self.remove_leftovers(&lock);
        if fresh {
            // A socket left by a letdown that crashed; its holder, if alive, would hold the lock.
            let _ = self.remove_stale_socket(&lock);
        }
        let mut notes = Vec::new();
        let found = self.take_running(data, &mut notes);
        let kept = self.hand_over_unsaved(data, &mut notes);
        let outcome = found.and_then(|interrupted| {
            if interrupted.is_none() {
                self.check_writable()
                    .map_err(|source| CannotStart::NotWritable {
                        dir: self.root().to_path_buf(),
                        source,
                    })?;
            }
            Ok(Ready { lock, interrupted })
        });
        Recovery {
            notes,
            kept,
            outcome,
        }
    }

    /// Empties the running file for a new session, or returns the
    /// interrupted session in it.
    fn take_running(
        &self,
        data: &DataDir,
        notes: &mut Vec<String>,
    ) -> Result<Option<Box<SessionRecord>>, CannotStart> {
        match self.running_file() {
            RunningFile::Absent => Ok(None),
            RunningFile::Running(record) => Ok(Some(record)),
            RunningFile::Finished(record) => {
                if self.hand_over(data, &record).is_err() {
                    // Kept apart; the unsaved sessions are retried next.
                    self.keep_unsaved(&record)
                        .map_err(|source| CannotStart::NotSaved {
                            running: self.running_path(),
                            source,
                        })?;
                }
                Ok(None)
            }
            RunningFile::Unreadable(reason) => match self.set_aside() {
                Ok(_) => {
                    notes.push(crate::tr!("error-set-aside", reason = reason.as_str()));
                    Ok(None)
                }
                Err(source) => Err(CannotStart::NotSetAside { reason, source }),
            },
        }
    }

    /// Offers the data dir every finished session it refused before, and
    /// returns those it refuses still.
    fn hand_over_unsaved(&self, data: &DataDir, notes: &mut Vec<String>) -> Vec<SessionRecord> {
        let mut kept = Vec::new();
        for record in self.unsaved() {
            match self.hand_over(data, &record) {
                Ok(_) => notes.push(crate::tr!("error-unsaved-now-saved")),
                Err(err) => {
                    notes.push(crate::tr!("error-unsaved-still", why = err.to_string()));
                    kept.push(record);
                }
            }
        }
        kept
    }
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;
    use crate::config::Config;
    use crate::session::{Engine, Now, Plan, SessionResult};

    struct Folders {
        _temp: tempfile::TempDir,
        state: StateDir,
        data: DataDir,
    }

    fn folders() -> Folders {
        let temp = tempfile::tempdir().expect("tempdir");
        let state = StateDir::new(temp.path().join("state"));
        let data = DataDir::new(temp.path().join("data"));
        Folders {
            _temp: temp,
            state,
            data,
        }
    }

    fn engine() -> Engine {
        Engine::start(
            Plan::from_config(&Config::default()),
            Now::system(),
            "test-host",
        )
    }

    #[test]
    fn a_finished_session_left_behind_is_saved_and_the_running_file_freed() {
        let f = folders();
        let record = engine().finish(Now::system(), SessionResult::default());
        f.state.write_running(&record).expect("left behind");
        assert!(matches!(f.state.running_file(), RunningFile::Finished(_)));
        let recovery = f.state.recover(&f.data, None);
        let ready = recovery.outcome.expect("a session may start");
        assert!(ready.interrupted.is_none());
        assert!(f.data.contains(&record), "saved");
        assert_eq!(f.state.running_file(), RunningFile::Absent);
    }

    #[test]
    fn an_unreadable_running_file_is_set_aside_and_said() {
        let f = folders();
        fs::create_dir_all(f.state.root()).expect("state folder");
        fs::write(f.state.running_path(), b"schema = 1\nid = \"cut").expect("broken");
        assert!(matches!(f.state.running_file(), RunningFile::Unreadable(_)));
        let recovery = f.state.recover(&f.data, None);
        assert!(recovery.outcome.is_ok());
        assert!(
            recovery.notes[0].contains("set aside"),
            "{:?}",
            recovery.notes
        );
        assert_eq!(f.state.running_file(), RunningFile::Absent);
    }

    #[test]
    fn an_interrupted_session_is_offered_under_the_lock_already_held() {
        let f = folders();
        let mut engine = engine();
        let record = engine.snapshot(Now::system()).clone();
        f.state.write_running(&record).expect("running");
        let ready = f.state.recover(&f.data, None).outcome.expect("free");
        let offered = ready.interrupted.as_ref().expect("offered");
        assert_eq!(offered.id, record.id);
        // Busy for anyone else, and reused by its holder.
        assert!(matches!(
            f.state.recover(&f.data, None).outcome,
            Err(CannotStart::Lock(LockError::Busy { .. }))
        ));
        let again = f.state.recover(&f.data, Some(ready.lock));
        assert!(again.outcome.expect("held").interrupted.is_some());
    }
}
