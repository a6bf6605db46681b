//! Finished sessions the data dir refused (a full disk, a read-only or
//! missing folder), kept in the state folder until it takes them.
//!
//! They live apart from `running.toml`, which the next session overwrites:
//! a session that could not be saved must survive the sessions after it, a
//! crash, and any number of restarts.

use std::fs;
use std::io;
use std::path::PathBuf;

use super::durable::{Existing, sync_dir, write_atomic};
use super::error::StoreError;
use super::running::StateDir;
use super::sessions::DataDir;
use super::text::{Kind, parse_session, session_text};
use crate::session::SessionRecord;

impl StateDir {
    /// The folder of finished sessions waiting for the data dir.
    #[must_use]
    pub fn unsaved_dir(&self) -> PathBuf {
        self.root().join("unsaved")
    }

    fn unsaved_path(&self, id: &str) -> PathBuf {
        self.unsaved_dir().join(format!("{id}.toml"))
    }

    /// Keeps a finished session the data dir refused, and frees the running
    /// file for the next session. A record the readers' rules refuse is not
    /// kept: it could never be handed over.
    pub fn keep_unsaved(&self, record: &SessionRecord) -> Result<(), StoreError> {
        record.validate_id()?;
        let path = self.unsaved_path(&record.id);
        let text = session_text(&path, record, Kind::Finished)?;
        write_atomic(&path, text.as_bytes(), Existing::Replace)
            .map_err(|err| StoreError::io(&path, err))?;
        if let Ok(Some(running)) = self.read_running()
            && running.id == record.id
        {
            self.clear_running()
                .map_err(|err| StoreError::io(self.running_path(), err))?;
        }
        Ok(())
    }

    /// The finished sessions still waiting for the data dir, oldest first. A
    /// file that cannot be read is left where it is, untouched.
    #[must_use]
    pub fn unsaved(&self) -> Vec<SessionRecord> {
        let Ok(entries) = fs::read_dir(self.unsaved_dir()) else {
            return Vec::new();
        };
        let mut records: Vec<SessionRecord> = entries
            .filter_map(|entry| {
                let path = entry.ok()?.path();
                if path.extension().is_none_or(|e| e != "toml") {
                    return None;
                }
                parse_session(&fs::read_to_string(path).ok()?).ok()
            })
            .collect();
        records.sort_by_key(|r| r.started);
        records
    }

    /// Puts a finished session into the data dir (unless it is there
    /// already: a copy there is never overwritten) and then lets go of the
    /// state folder's copies of it.
    pub fn hand_over(&self, data: &DataDir, record: &SessionRecord) -> Result<PathBuf, StoreError> {
        record.validate_id()?;
        let path = if data.contains(record) {
            data.path_for(record)
        } else {
            data.save_new(record)?
        };
        let unsaved = self.unsaved_path(&record.id);
        match fs::remove_file(&unsaved) {
            Ok(()) => sync_dir(&self.unsaved_dir()).map_err(|err| StoreError::io(unsaved, err))?,
            Err(err) if err.kind() == io::ErrorKind::NotFound => {}
            Err(err) => return Err(StoreError::io(unsaved, err)),
        }
        // Only if no newer session has taken the running file since.
        if let Ok(Some(running)) = self.read_running()
            && running.id == record.id
        {
            self.clear_running()
                .map_err(|err| StoreError::io(self.running_path(), err))?;
        }
        Ok(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::session::{Engine, Now, Plan, SessionResult};

    fn finished() -> SessionRecord {
        let plan = Plan::from_config(&Config::default());
        let mut engine = Engine::start(plan, Now::system(), "test-host");
        engine.finish(Now::system(), SessionResult::default())
    }

    #[test]
    fn an_unsaved_session_outlives_the_next_running_one_until_handed_over() {
        let dir = tempfile::tempdir().expect("tempdir");
        let state = StateDir::new(dir.path().join("state"));
        let data = DataDir::new(dir.path().join("data"));
        let record = finished();
        state.write_running(&record).expect("running");
        state.keep_unsaved(&record).expect("kept");
        assert!(state.read_running().expect("reads").is_none(), "freed");

        let mut next = finished();
        next.id.push_str("-next");
        state.write_running(&next).expect("the next session");
        let ids: Vec<String> = state.unsaved().into_iter().map(|r| r.id).collect();
        assert_eq!(ids, std::slice::from_ref(&record.id));

        let path = state.hand_over(&data, &record).expect("saved");
        assert!(path.exists());
        assert!(state.unsaved().is_empty());
        let running = state.read_running().expect("reads").expect("still there");
        assert_eq!(running.id, next.id, "the next session is left alone");
        // Handed over twice, the data dir's file stays as it is.
        fs::write(&path, b"edited").expect("an edit");
        state.hand_over(&data, &record).expect("again");
        assert_eq!(fs::read(&path).expect("read"), b"edited");
    }
}
