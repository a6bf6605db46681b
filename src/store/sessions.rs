//! The data dir: one file per finished session, in a folder per local day.
//!
//! Reading a day or a range opens only those days' folders, so the cost grows
//! with the days shown, never with all history. A file that cannot be read is
//! reported with its path and never touched.

use std::fs;
use std::hash::Hasher;
use std::io;
use std::path::{Path, PathBuf};

use chrono::{Days, NaiveDate, NaiveTime};

use super::durable::{Existing, create_private_dir, sync_dir, write_atomic};
use super::error::{Reason, StoreError};
use super::text::{Kind, parse_bytes, session_text};
use crate::session::SessionRecord;

/// A session read from its file, with the fingerprint of the bytes it was
/// read from: an edit compares it with the file's bytes right before it
/// writes, so that it never overwrites a newer version.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    pub path: PathBuf,
    pub record: SessionRecord,
    pub read_from: Fingerprint,
}

/// The length and a hash of a file's bytes. It only lives in memory, for
/// one process, so the standard hasher (fixed keys) serves: it tells any
/// edit apart, and keeps no second copy of every file read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint {
    len: usize,
    hash: u64,
}

impl Fingerprint {
    /// The fingerprint of the bytes a file held when it was read.
    #[must_use]
    pub fn of(bytes: &[u8]) -> Self {
        let mut hasher = std::hash::DefaultHasher::new();
        hasher.write(bytes);
        Self {
            len: bytes.len(),
            hash: hasher.finish(),
        }
    }
}

/// A file that could not be read, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Unreadable {
    pub path: PathBuf,
    pub reason: Reason,
}

/// What reading some days found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Listing {
    /// Sessions in start order.
    pub sessions: Vec<Stored>,
    pub unreadable: Vec<Unreadable>,
}

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
}

impl DataDir {
    #[must_use]
    pub fn new(root: PathBuf) -> Self {
        Self { root }
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
    /// the newer version; gone since, nothing is written either.
    pub fn rewrite(&self, stored: &Stored, record: &SessionRecord) -> Result<(), StoreError> {
        let path = &stored.path;
        let bytes = session_text(path, record, Kind::Finished)?;
        // Compared as late as can be, right before the rename.
        let now = match fs::read(path) {
            Ok(now) => now,
            Err(err) if err.kind() == io::ErrorKind::NotFound => {
                return Err(StoreError::Gone { path: path.clone() });
            }
            Err(err) => return Err(StoreError::io(path, err)),
        };
        let read_from = Fingerprint::of(&now);
        if read_from != stored.read_from {
            let newer = parse_bytes(now).map(|record| Stored {
                path: path.clone(),
                record,
                read_from,
            });
            return Err(StoreError::Changed {
                path: path.clone(),
                newer: Box::new(newer),
            });
        }
        write_atomic(path, bytes.as_bytes(), Existing::Replace)
            .map_err(|err| StoreError::io(path, err))
    }

    /// Whether a session with this id is already stored.
    #[must_use]
    pub fn contains(&self, record: &SessionRecord) -> bool {
        self.path_for(record).exists()
    }

    /// Moves a session's file to `trash/` in the data dir; nothing is destroyed.
    pub fn trash(&self, path: &Path) -> io::Result<PathBuf> {
        let trash = self.root.join("trash");
        create_private_dir(&trash)?;
        let name = path
            .file_name()
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a file"))?;
        let mut target = trash.join(name);
        let mut n = 1;
        while target.exists() {
            target = trash.join(format!("{}.{n}", name.to_string_lossy()));
            n += 1;
        }
        fs::rename(path, &target)?;
        sync_dir(&trash)?;
        if let Some(parent) = path.parent() {
            sync_dir(parent)?;
        }
        Ok(target)
    }

    /// The sessions that count toward `day`.
    #[must_use]
    pub fn read_day(&self, day: NaiveDate, day_start: NaiveTime) -> Listing {
        self.read_range(day, day, day_start)
    }

    /// The sessions that count toward the days `from..=to`, reading only the
    /// folders that can hold them.
    #[must_use]
    pub fn read_range(&self, from: NaiveDate, to: NaiveDate, day_start: NaiveTime) -> Listing {
        let mut listing = Listing::default();
        // With a day that starts after midnight, the small hours sit in the next folder.
        let last_folder = if day_start == NaiveTime::MIN {
            to
        } else {
            to.checked_add_days(Days::new(1)).unwrap_or(to)
        };
        let mut date = from;
        while date <= last_folder {
            read_folder(&self.day_dir(date), &mut listing);
            let Some(next) = date.succ_opt() else { break };
            date = next;
        }
        listing.sessions.retain(|s| {
            let day = day_of(&s.record, day_start);
            from <= day && day <= to
        });
        listing.sessions.sort_by_key(|s| s.record.started);
        listing
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

fn read_folder(dir: &Path, listing: &mut Listing) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) if err.kind() == io::ErrorKind::NotFound => return,
        Err(err) => {
            listing.unreadable.push(Unreadable {
                path: dir.to_path_buf(),
                reason: Reason::Io(err.to_string()),
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| is_session_file(p))
        .collect();
    paths.sort();
    for path in paths {
        match read_stored(&path) {
            Ok(stored) => listing.sessions.push(stored),
            Err(reason) => listing.unreadable.push(Unreadable { path, reason }),
        }
    }
}

fn is_session_file(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    !name.starts_with('.') && name.ends_with(".toml") && path.is_file()
}

/// Reads one session file with the fingerprint of what was read.
pub fn read_stored(path: &Path) -> Result<Stored, Reason> {
    let bytes = fs::read(path).map_err(|err| Reason::Io(err.to_string()))?;
    let read_from = Fingerprint::of(&bytes);
    Ok(Stored {
        path: path.to_path_buf(),
        record: parse_bytes(bytes)?,
        read_from,
    })
}

/// Reads one session file; the error says why it cannot be used.
pub fn read_session(path: &Path) -> Result<SessionRecord, Reason> {
    read_stored(path).map(|stored| stored.record)
}
