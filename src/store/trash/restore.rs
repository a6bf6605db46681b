//! Bringing a session back from the trash: by its id (`letdown trash
//! restore`), or as one delete took it (`undo` on the day screen). Nothing
//! is moved over a file, and nothing comes back beside a session with the
//! same id, which would make two.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::{Deleted, name_before_trash, read_trashed, rename_new, set_modified};
use crate::session::SessionRecord;
use crate::store::durable::{create_private_dir, sync_dir};
use crate::store::error::Reason;
use crate::store::listing::Unreadable;
use crate::store::sessions::DataDir;
use crate::store::stored::Stored;

/// A session brought back from the trash.
#[derive(Debug, Clone, PartialEq)]
pub struct Restored {
    pub record: SessionRecord,
    /// Where its file is now.
    pub path: PathBuf,
    /// Brought back before this undo, from elsewhere (`letdown trash
    /// restore` in another terminal, another machine): nothing was moved.
    pub already: bool,
}

/// Why a session did not come back from the trash; nothing was moved.
#[derive(Debug, thiserror::Error)]
pub enum RestoreError {
    /// No readable file in the trash holds the id.
    #[error("{}", crate::tr!("error-restore-not-in-trash", id = .id.as_str()))]
    NotInTrash { id: String },
    /// The trash's file cannot be used as a session.
    #[error("{}: {reason}", .path.display())]
    Unreadable { path: PathBuf, reason: Reason },
    /// A session with the id is in the data dir already: bringing it back
    /// would make two.
    #[error("{}", crate::tr!(
        "error-restore-present",
        id = .id.as_str(),
        path = .path.display().to_string()
    ))]
    Present { id: String, path: PathBuf },
    /// The system refused the move (its message); the file stays in the trash.
    #[error("{source}")]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
}

impl DataDir {
    /// Brings the session with this id back from the trash, to its day's
    /// folder as `<id>.toml`: of several files holding the id, the one
    /// [`super::TrashListing::choice`] names; the others stay. Refused, with
    /// nothing moved, when no readable file there holds the id, when the
    /// record breaks a rule every reader applies, or when a session with
    /// the id is in the data dir already.
    pub fn restore(&self, id: &str) -> Result<Restored, RestoreError> {
        let listing = self.read_trash();
        let Some(trashed) = listing.choice(id) else {
            let named = format!("{id}.toml");
            let unreadable = listing.unreadable.into_iter().find(|u| {
                u.path
                    .file_name()
                    .is_some_and(|n| name_before_trash(&n.to_string_lossy()).0 == named)
            });
            return Err(match unreadable {
                Some(Unreadable { path, reason }) => RestoreError::Unreadable { path, reason },
                None => RestoreError::NotInTrash { id: id.to_string() },
            });
        };
        let record = &trashed.record;
        record
            .validate_finished()
            .and_then(|()| record.validate_id())
            .map_err(|invalid| RestoreError::Unreadable {
                path: trashed.path.clone(),
                reason: Reason::Invalid(invalid),
            })?;
        self.refuse_present(record)?;
        let to = self.path_for(record);
        self.put_back(id, &trashed.path, &to, None)?;
        Ok(Restored {
            record: record.clone(),
            path: to,
            already: false,
        })
    }

    /// Takes back one delete: each file it moved goes back where it was,
    /// with its modification time, if the session's own file is still in
    /// the trash holding the session and no session with its id has come
    /// into the data dir since. A copy that cannot go back stays in the trash.
    /// A delete someone else took back already (its file gone from the
    /// trash, the session in the data dir again) is done: nothing is moved.
    pub fn undo_delete(&self, deleted: &Deleted) -> Result<Restored, RestoreError> {
        let not_there = || match self.find_present(&deleted.record) {
            Some(stored) => Ok(Restored {
                record: stored.record,
                path: stored.path,
                already: true,
            }),
            None => Err(RestoreError::NotInTrash {
                id: deleted.record.id.clone(),
            }),
        };
        let Some((own, copies)) = deleted.moves.split_first() else {
            return not_there();
        };
        let trashed = read_trashed(&own.to).map_err(|reason| RestoreError::Unreadable {
            path: own.to.clone(),
            reason,
        })?;
        let Some(trashed) = trashed.filter(|t| t.record.id == deleted.record.id) else {
            return not_there();
        };
        self.refuse_present(&trashed.record)?;
        self.put_back(&trashed.record.id, &own.to, &own.from, own.modified)?;
        for copy in copies {
            let holds_it = read_trashed(&copy.to)
                .is_ok_and(|t| t.is_some_and(|t| t.record.id == deleted.record.id));
            if holds_it {
                let _ = self.put_back(&deleted.record.id, &copy.to, &copy.from, copy.modified);
            }
        }
        Ok(Restored {
            record: trashed.record,
            path: own.from.clone(),
            already: false,
        })
    }

    /// Refuses a session whose id is in the data dir already: under its own
    /// name, or in any file of the folders a read of its day opens.
    fn refuse_present(&self, record: &SessionRecord) -> Result<(), RestoreError> {
        let present = |path| RestoreError::Present {
            id: record.id.clone(),
            path,
        };
        let own = self.path_for(record);
        if fs::symlink_metadata(&own).is_ok() {
            return Err(present(own));
        }
        match self.find_present(record) {
            Some(stored) => Err(present(stored.path)),
            None => Ok(()),
        }
    }

    /// The stored session with this record's id, in any file of the folders
    /// a read of its day opens.
    fn find_present(&self, record: &SessionRecord) -> Option<Stored> {
        let day = record.started.local_date();
        let folders: Vec<_> = [day.pred_opt(), Some(day), day.succ_opt()]
            .into_iter()
            .flatten()
            .collect();
        self.read_folders(&folders)
            .sessions
            .into_iter()
            .find(|s| s.record.id == record.id)
    }

    /// Moves a file from the trash to `to`, never over a file there, and
    /// flushes both folders. Once renamed the file is back, so a flush that
    /// fails after it is not told as a failure to bring it back: that would
    /// say it stayed in the trash.
    fn put_back(
        &self,
        id: &str,
        from: &Path,
        to: &Path,
        modified: Option<SystemTime>,
    ) -> Result<(), RestoreError> {
        let io_error = |source| RestoreError::Io {
            path: to.to_path_buf(),
            source,
        };
        let dir = to
            .parent()
            .ok_or_else(|| io_error(io::Error::from(io::ErrorKind::InvalidInput)))?;
        create_private_dir(dir).map_err(io_error)?;
        rename_new(from, to).map_err(|err| {
            if err.kind() == io::ErrorKind::AlreadyExists {
                RestoreError::Present {
                    id: id.to_string(),
                    path: to.to_path_buf(),
                }
            } else {
                io_error(err)
            }
        })?;
        if let Some(modified) = modified {
            set_modified(to, modified);
        }
        let _ = sync_dir(dir);
        let _ = sync_dir(&self.trash_dir());
        Ok(())
    }
}
