//! The data dir: one file per finished session, in a folder per local day.
//!
//! Reading a day or a range opens only those days' folders, so the cost grows
//! with the days shown, never with all history. A file that cannot be read is
//! reported with its path and never touched.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use chrono::{Days, NaiveDate, NaiveTime};

use super::durable::{create_private_dir, sync_dir, write_atomic, write_new};
use crate::session::{SCHEMA, SessionRecord, State};

/// A session read from its file.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    pub path: PathBuf,
    pub record: SessionRecord,
}

/// A file that could not be read, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    pub path: PathBuf,
    pub reason: String,
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
    pub fn save_new(&self, record: &SessionRecord) -> io::Result<PathBuf> {
        let path = self.path_for(record);
        write_new(&path, to_bytes(record)?.as_bytes())?;
        Ok(path)
    }

    /// Rewrites a session the user edited, atomically.
    pub fn rewrite(&self, path: &Path, record: &SessionRecord) -> io::Result<()> {
        write_atomic(path, to_bytes(record)?.as_bytes())
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
                reason: err.to_string(),
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
        match read_session(&path) {
            Ok(record) => listing.sessions.push(Stored { path, record }),
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

fn to_bytes(record: &SessionRecord) -> io::Result<String> {
    record
        .to_toml()
        .map_err(|err| io::Error::new(io::ErrorKind::InvalidData, err))
}

/// Reads one session file; the error says why it cannot be used.
pub fn read_session(path: &Path) -> Result<SessionRecord, String> {
    let bytes = fs::read(path).map_err(|err| err.to_string())?;
    let text = String::from_utf8(bytes).map_err(|_| "not UTF-8 text".to_string())?;
    parse_session(&text)
}

/// Parses a finished session's text; the error says why it cannot be used.
pub fn parse_session(text: &str) -> Result<SessionRecord, String> {
    match toml::from_str::<SessionRecord>(text) {
        Ok(record) if record.schema > SCHEMA => Err(newer(record.schema)),
        Ok(record) if record.schema < 1 => Err(format!("unknown schema {}", record.schema)),
        Ok(record) if record.state == State::Running => {
            Err("a session still running (on another machine?)".to_string())
        }
        Ok(record) => record.check_numbers().map(|()| record),
        Err(err) => {
            // Name a newer schema plainly even when its fields are new to us.
            if let Ok(value) = text.parse::<toml::Table>()
                && let Some(schema) = value.get("schema").and_then(toml::Value::as_integer)
                && schema > i64::from(SCHEMA)
            {
                return Err(newer(schema));
            }
            Err(err
                .to_string()
                .lines()
                .last()
                .unwrap_or("not a session file")
                .trim()
                .to_string())
        }
    }
}

/// Why a file from a newer letdown is not read.
pub(super) fn newer(schema: impl std::fmt::Display) -> String {
    format!("written by a newer letdown (schema {schema}); update letdown to read it")
}
