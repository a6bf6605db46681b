//! The data dir: one file per finished session, in a folder per local day,
//! and how one file is written, rewritten and read. What a read of some days
//! makes of the folders is in `listing.rs`; the trash is in `trash.rs`. A
//! file that cannot be read is reported with its path and never touched.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use chrono::{NaiveDate, NaiveTime};

use super::bounded::{MAX_SESSION_BYTES, read_bounded};
use super::durable::{Existing, sync_dir, write_atomic};
use super::error::{Reason, StoreError};
use super::stored::{Fingerprint, Stored};
use super::text::{Kind, parse_bytes, session_text};
use crate::session::SessionRecord;

/// The day a session counts toward: the local date of its start, shifted back
/// by `day_start` so that a night owl's 02:00 can belong to yesterday.
#[must_use]
pub fn day_of(record: &SessionRecord, day_start: NaiveTime) -> NaiveDate {
    day_at(record.started.0.naive_local(), day_start)
}

/// The day a local time counts toward, a day running from `day_start`.
#[must_use]
pub fn day_at(local: chrono::NaiveDateTime, day_start: NaiveTime) -> NaiveDate {
    (local - day_start.signed_duration_since(NaiveTime::MIN)).date()
}

/// The data dir.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataDir {
    root: PathBuf,
    /// Where finished sessions the data dir refused wait (the state
    /// folder's `unsaved/`): a read of days lists them too, marked.
    waiting: Option<PathBuf>,
}

impl DataDir {
    #[must_use]
    pub fn new(root: PathBuf) -> Self {
        Self {
            root,
            waiting: None,
        }
    }

    /// The same data dir, whose reads of days also list the finished
    /// sessions waiting in `folder` for it (marked in
    /// [`super::Listing::unsaved`]).
    #[must_use]
    pub fn with_waiting(mut self, folder: PathBuf) -> Self {
        self.waiting = Some(folder);
        self
    }

    /// Where finished sessions wait for the data dir, if reads list them.
    #[must_use]
    pub fn waiting(&self) -> Option<&Path> {
        self.waiting.as_deref()
    }

    #[must_use]
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The folder of one local calendar day.
    #[must_use]
    pub fn day_dir(&self, date: NaiveDate) -> PathBuf {
        self.root
            .join("sessions")
            .join(date.format("%Y-%m-%d").to_string())
    }

    /// Where a session's file lives: its start's local day, its id.
    #[must_use]
    pub fn path_for(&self, record: &SessionRecord) -> PathBuf {
        self.day_dir(record.started.local_date())
            .join(format!("{}.toml", record.id))
    }

    /// Writes a finished session as a new file; never overwrites another.
    /// A record a reader would refuse is not written.
    pub fn save_new(&self, record: &SessionRecord) -> Result<PathBuf, StoreError> {
        record.validate_id()?;
        let path = self.path_for(record);
        let bytes = session_text(&path, record, Kind::Finished)?;
        write_atomic(&path, bytes.as_bytes(), Existing::Keep)
            .map_err(|err| StoreError::io(&path, err))?;
        Ok(path)
    }

    /// Rewrites a session the user edited, in its own file (wherever that
    /// is), atomically, and only if the file still holds what `stored` was
    /// read from. Changed since, nothing is written and the error carries
    /// the newer version; gone since, nothing is written either. An edit that
    /// moved the start to another calendar day moves the file to that day's
    /// folder: the new file is written first, then the old one removed, so
    /// a crash between leaves two copies of one id (counted once), never none.
    pub fn rewrite(&self, stored: &Stored, record: &SessionRecord) -> Result<(), StoreError> {
        let path = &stored.path;
        let bytes = session_text(path, record, Kind::Finished)?;
        // Compared as late as can be, right before the rename.
        let now = match read_bounded(path, MAX_SESSION_BYTES) {
            Ok(Some(now)) => now.bytes,
            Ok(None) => return Err(StoreError::Gone { path: path.clone() }),
            Err(reason) => {
                return Err(StoreError::Unreadable {
                    path: path.clone(),
                    reason,
                });
            }
        };
        let read_from = Fingerprint::of(&now);
        if read_from != stored.read_from {
            let newer = parse_bytes(now).map(|record| Stored {
                path: path.clone(),
                record,
                read_from,
                copies: Vec::new(),
            });
            return Err(StoreError::Changed {
                path: path.clone(),
                newer: Box::new(newer),
            });
        }
        let moved = self.path_for(record);
        if record.started.local_date() == stored.record.started.local_date()
            || *path != self.path_for(&stored.record)
        {
            // The same day, or a file that was not in its own folder anyway.
            return write_atomic(path, bytes.as_bytes(), Existing::Replace)
                .map_err(|err| StoreError::io(path, err));
        }
        write_atomic(&moved, bytes.as_bytes(), Existing::Keep)
            .map_err(|err| StoreError::io(&moved, err))?;
        fs::remove_file(path).map_err(|err| StoreError::io(path, err))?;
        if let Some(parent) = path.parent() {
            sync_dir(parent).map_err(|err| StoreError::io(parent, err))?;
        }
        Ok(())
    }

    /// Whether a session with this id is already stored.
    #[must_use]
    pub fn contains(&self, record: &SessionRecord) -> bool {
        self.path_for(record).exists()
    }

    /// Whether any day folder exists: "is there history at all", answered
    /// at the first folder found rather than by listing every day.
    #[must_use]
    pub fn has_days(&self) -> bool {
        fs::read_dir(self.root.join("sessions")).is_ok_and(|mut entries| {
            entries.any(|e| {
                e.is_ok_and(|e| {
                    NaiveDate::parse_from_str(&e.file_name().to_string_lossy(), "%Y-%m-%d").is_ok()
                })
            })
        })
    }

    /// Every day folder in the data dir, oldest first.
    #[must_use]
    pub fn days(&self) -> Vec<NaiveDate> {
        let Ok(entries) = fs::read_dir(self.root.join("sessions")) else {
            return Vec::new();
        };
        let mut days: Vec<NaiveDate> = entries
            .filter_map(Result::ok)
            .filter_map(|e| {
                NaiveDate::parse_from_str(&e.file_name().to_string_lossy(), "%Y-%m-%d").ok()
            })
            .collect();
        days.sort();
        days
    }
}

/// Reads one session file with the fingerprint of what was read.
pub fn read_stored(path: &Path) -> Result<Stored, Reason> {
    read_found(path)?
        .map(|(stored, _)| stored)
        .ok_or_else(|| Reason::Io(io::Error::from(io::ErrorKind::NotFound).to_string()))
}

/// Reads one session file, bounded, with its modification time; `Ok(None)`
/// when it is not there.
pub(super) fn read_found(path: &Path) -> Result<Option<(Stored, Option<SystemTime>)>, Reason> {
    let Some(contents) = read_bounded(path, MAX_SESSION_BYTES)? else {
        return Ok(None);
    };
    let read_from = Fingerprint::of(&contents.bytes);
    let stored = Stored {
        path: path.to_path_buf(),
        record: parse_bytes(contents.bytes)?,
        read_from,
        copies: Vec::new(),
    };
    Ok(Some((stored, contents.modified)))
}

/// Reads one session file; the error says why it cannot be used.
pub fn read_session(path: &Path) -> Result<SessionRecord, Reason> {
    read_stored(path).map(|stored| stored.record)
}
