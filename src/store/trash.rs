//! The trash folder in the data dir: where `x` moves a session's files, what
//! is there, and emptying it for good; bringing one back is in `restore.rs`.
//!
//! When a file goes to the trash, the moment is recorded as its modification
//! time (its bytes are never changed): a sync tool carries that time to the
//! other machines, as it does not carry the time of the rename. It tells
//! which of several files of one id went last, and how long ago each went.
//! A file trashed by an older letdown still carries the time it was last
//! saved, which is earlier.
//!
//! Only regular files directly in `trash/` are read, moved back or removed;
//! a symlink there is reported as unreadable and never followed, a folder
//! is left alone, and a file that cannot be read as a session is never
//! removed (it may come from a newer letdown on a synced machine).

use std::cmp::Reverse;
use std::ffi::OsString;
use std::fs::{self, OpenOptions};
use std::io;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::bounded::{MAX_SESSION_BYTES, read_bounded_here};
use super::durable::{create_private_dir, sync_dir};
use super::error::{Reason, StoreError};
use super::listing::Unreadable;
use super::sessions::DataDir;
use super::stored::{Fingerprint, Stored};
use super::text::parse_bytes;
use crate::session::SessionRecord;

mod restore;

pub use restore::{RestoreError, Restored};

/// The trash folder's name in the data dir.
const TRASH: &str = "trash";

/// A readable session file in the trash.
#[derive(Debug, Clone, PartialEq)]
pub struct Trashed {
    pub path: PathBuf,
    pub record: SessionRecord,
    /// What the file held when it was listed: emptying removes only that.
    pub read_from: Fingerprint,
    /// When it went to the trash (its modification time).
    pub deleted_at: Option<SystemTime>,
}

/// What the trash holds.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TrashListing {
    /// Every readable session file, by name; several may hold one id.
    pub sessions: Vec<Trashed>,
    /// Files there that cannot be read as a session, and why; left alone.
    pub unreadable: Vec<Unreadable>,
}

impl TrashListing {
    /// The file of `id` a restore brings back: the one deleted last; of
    /// files deleted together, the one named by the id.
    #[must_use]
    pub fn choice(&self, id: &str) -> Option<&Trashed> {
        self.sessions
            .iter()
            .filter(|t| t.record.id == id)
            .max_by(|a, b| rank(a).cmp(&rank(b)))
    }

    /// One entry an id, the file a restore would bring back, with how many
    /// files in the trash hold that id; the newest session first.
    #[must_use]
    pub fn newest_first(&self) -> Vec<(&Trashed, usize)> {
        let mut ids: Vec<&str> = self.sessions.iter().map(|t| t.record.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        let mut entries: Vec<(&Trashed, usize)> = ids
            .into_iter()
            .filter_map(|id| {
                let files = self.sessions.iter().filter(|t| t.record.id == id).count();
                self.choice(id).map(|t| (t, files))
            })
            .collect();
        entries.sort_by_key(|(t, _)| Reverse((t.record.started, t.record.id.as_str())));
        entries
    }

    /// The files deleted more than `age` before `now`, or all of them
    /// without an age. A file whose time cannot be told is kept.
    #[must_use]
    pub fn older_than(&self, age: Option<Duration>, now: SystemTime) -> Vec<Trashed> {
        self.sessions
            .iter()
            .filter(|t| {
                age.is_none_or(|age| {
                    t.deleted_at
                        .and_then(|at| now.duration_since(at).ok())
                        .is_some_and(|ago| ago > age)
                })
            })
            .cloned()
            .collect()
    }
}

/// How a file ranks among the trash's files of one id, best last: deleted
/// later, then named by the id, then put there later (a higher `.N`).
fn rank(trashed: &Trashed) -> (Option<SystemTime>, bool, u32, Reverse<&Path>) {
    let name = trashed
        .path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    let (before, clash) = name_before_trash(&name);
    let named = before
        .strip_suffix(".toml")
        .is_some_and(|stem| stem == trashed.record.id);
    (trashed.deleted_at, named, clash, Reverse(&trashed.path))
}

/// A trash file's name as it was in its day folder, and the `.N` a clash
/// in the trash added to it (0 for none).
fn name_before_trash(name: &str) -> (&str, u32) {
    if let Some((before, n)) = name.rsplit_once('.')
        && Path::new(before).extension().is_some_and(|e| e == "toml")
        && let Ok(n) = n.parse()
    {
        (before, n)
    } else {
        (name, 0)
    }
}

/// One file a delete moved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Moved {
    /// Where it was, in a day folder.
    pub from: PathBuf,
    /// Where it is, in the trash.
    pub to: PathBuf,
    /// Its modification time before, given back if it is put back.
    modified: Option<SystemTime>,
}

/// What one delete moved to the trash, to put it back as it was.
#[derive(Debug, Clone, PartialEq)]
pub struct Deleted {
    pub record: SessionRecord,
    /// The session's own file first, then its copies.
    pub moves: Vec<Moved>,
}

/// What emptying the trash did.
#[derive(Debug, Default)]
pub struct Emptied {
    /// Removed for good.
    pub removed: Vec<Trashed>,
    /// Changed or gone since they were listed: kept, as they are not what was chosen.
    pub kept: Vec<PathBuf>,
    /// The system refused to remove these; they stay in the trash.
    pub failed: Vec<StoreError>,
}

impl DataDir {
    /// The trash folder.
    #[must_use]
    pub fn trash_dir(&self) -> PathBuf {
        self.root().join(TRASH)
    }

    /// Moves a session's file to the trash; nothing is destroyed. A name
    /// taken there gets `.1`, `.2`, and is never replaced.
    pub fn trash(&self, path: &Path) -> io::Result<PathBuf> {
        self.trash_at(path, SystemTime::now()).map(|moved| moved.to)
    }

    /// Moves a session's file and every copy of it to the trash: what `x`
    /// deletes. They share one time of deletion, so that a restore tells
    /// the session's own file from its copies by its name.
    pub fn trash_stored(&self, stored: &Stored) -> io::Result<Deleted> {
        let at = SystemTime::now();
        let moves = std::iter::once(&stored.path)
            .chain(&stored.copies)
            .map(|path| self.trash_at(path, at))
            .collect::<io::Result<_>>()?;
        Ok(Deleted {
            record: stored.record.clone(),
            moves,
        })
    }

    fn trash_at(&self, path: &Path, at: SystemTime) -> io::Result<Moved> {
        let trash = self.trash_dir();
        create_private_dir(&trash)?;
        let name = path
            .file_name()
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a file"))?;
        let modified = fs::symlink_metadata(path).and_then(|m| m.modified()).ok();
        let mut n = 0;
        let to = loop {
            let mut taken = OsString::from(name);
            if n > 0 {
                taken.push(format!(".{n}"));
            }
            let to = trash.join(taken);
            match rename_new(path, &to) {
                Ok(()) => break to,
                Err(err) if err.kind() == io::ErrorKind::AlreadyExists => n += 1,
                Err(err) => return Err(err),
            }
        };
        set_modified(&to, at);
        sync_dir(&trash)?;
        if let Some(parent) = path.parent() {
            sync_dir(parent)?;
        }
        Ok(Moved {
            from: path.to_path_buf(),
            to,
            modified,
        })
    }

    /// What the trash holds, each file read as the day folders' are
    /// (bounded, regular files only), and never followed through a symlink.
    #[must_use]
    pub fn read_trash(&self) -> TrashListing {
        let dir = self.trash_dir();
        let mut listing = TrashListing::default();
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(err) if err.kind() == io::ErrorKind::NotFound => return listing,
            Err(err) => {
                listing.unreadable.push(Unreadable {
                    path: dir,
                    reason: Reason::Io(err.to_string()),
                });
                return listing;
            }
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .filter(|e| {
                // A temp file's name starts with a dot; a folder is not a session.
                !e.file_name().to_string_lossy().starts_with('.')
                    && !e.file_type().is_ok_and(|t| t.is_dir())
            })
            .map(|e| e.path())
            .collect();
        paths.sort();
        for path in paths {
            match read_trashed(&path) {
                Ok(Some(trashed)) => listing.sessions.push(trashed),
                // Gone since the folder was listed.
                Ok(None) => {}
                Err(reason) => listing.unreadable.push(Unreadable { path, reason }),
            }
        }
        listing
    }

    /// Removes for good the chosen files of a [`TrashListing`], each only
    /// if it is still in the trash holding what was listed.
    #[must_use]
    pub fn remove_trashed(&self, chosen: &[Trashed]) -> Emptied {
        let trash = self.trash_dir();
        let mut emptied = Emptied::default();
        for trashed in chosen {
            let path = &trashed.path;
            let same = path.parent() == Some(trash.as_path())
                && read_bounded_here(path, MAX_SESSION_BYTES).is_ok_and(|contents| {
                    contents.is_some_and(|c| Fingerprint::of(&c.bytes) == trashed.read_from)
                });
            if !same {
                emptied.kept.push(path.clone());
                continue;
            }
            match fs::remove_file(path) {
                Ok(()) => emptied.removed.push(trashed.clone()),
                Err(err) if err.kind() == io::ErrorKind::NotFound => {
                    emptied.kept.push(path.clone());
                }
                Err(err) => emptied.failed.push(StoreError::Io {
                    path: path.clone(),
                    source: err,
                }),
            }
        }
        if !emptied.removed.is_empty()
            && let Err(err) = sync_dir(&trash)
        {
            emptied.failed.push(StoreError::Io {
                path: trash,
                source: err,
            });
        }
        emptied
    }

    /// Empties the trash of every session deleted more than `age` before
    /// `now`, or of all of them without an age; unreadable files stay.
    #[must_use]
    pub fn empty_trash(&self, age: Option<Duration>, now: SystemTime) -> Emptied {
        self.remove_trashed(&self.read_trash().older_than(age, now))
    }
}

/// Reads one file in the trash; `Ok(None)` when it is not there.
fn read_trashed(path: &Path) -> Result<Option<Trashed>, Reason> {
    let Some(contents) = read_bounded_here(path, MAX_SESSION_BYTES)? else {
        return Ok(None);
    };
    let read_from = Fingerprint::of(&contents.bytes);
    Ok(Some(Trashed {
        path: path.to_path_buf(),
        record: parse_bytes(contents.bytes)?,
        read_from,
        deleted_at: contents.modified,
    }))
}

/// Renames `from` to `to`, failing with `AlreadyExists` rather than
/// replacing a file at `to`: atomically where the filesystem can, else
/// checked right before.
fn rename_new(from: &Path, to: &Path) -> io::Result<()> {
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        use rustix::io::Errno;
        match renameat_with(CWD, from, CWD, to, RenameFlags::NOREPLACE) {
            Ok(()) => return Ok(()),
            // A filesystem (or kernel) without the flag.
            Err(Errno::INVAL | Errno::NOSYS | Errno::OPNOTSUPP) => {}
            Err(err) => return Err(err.into()),
        }
    }
    if fs::symlink_metadata(to).is_ok() {
        return Err(io::Error::from(io::ErrorKind::AlreadyExists));
    }
    fs::rename(from, to)
}

/// Sets a file's modification time, without following a symlink or
/// waiting on a FIFO. Best effort: a file that cannot take it keeps its own
/// time, which is earlier, and nothing else depends on it.
fn set_modified(path: &Path, at: SystemTime) {
    let flags = rustix::fs::OFlags::NOFOLLOW | rustix::fs::OFlags::NONBLOCK;
    if let Ok(file) = OpenOptions::new()
        .read(true)
        .custom_flags(flags.bits().cast_signed())
        .open(path)
    {
        let _ = file.set_modified(at);
    }
}
