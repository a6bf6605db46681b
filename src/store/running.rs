//! The running session, kept in the machine's own state folder (never in the
//! synced data dir), and the lock that allows one session per machine.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use super::bounded::{MAX_SESSION_BYTES, read_bounded};
use super::durable::{Existing, create_private_dir, remove_temp_files, sync_dir, write_atomic};
use super::error::{Reason, StoreError};
use super::journal;
use super::text::{Kind, check, parse_record, session_text};
use crate::session::SessionRecord;

/// The most the running file is read to: a save never lets its journal
/// grow past [`journal::room_for`] (a few entries, each at most one
/// session's text), so a real one stays far below; anything larger is not ours.
const MAX_RUNNING_BYTES: u64 = 8 * MAX_SESSION_BYTES;

/// Why a session cannot start here.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("{}", self.words())]
    Busy { running: PathBuf },
    #[error("{}", self.words())]
    Io { dir: PathBuf, source: io::Error },
    #[error("{}", self.words())]
    NotAFile(PathBuf),
}

impl LockError {
    /// What it says, in the user's language.
    fn words(&self) -> String {
        match self {
            Self::Busy { running } => {
                crate::tr!("error-lock-busy", path = running.display().to_string())
            }
            Self::Io { dir, source } => crate::tr!(
                "error-lock-io",
                path = dir.display().to_string(),
                why = source.to_string()
            ),
            Self::NotAFile(path) => {
                crate::tr!("error-lock-not-a-file", path = path.display().to_string())
            }
        }
    }
}

/// Held while a session runs; dropping it (or the process dying) frees it.
#[derive(Debug)]
pub struct SessionLock {
    /// What only the lock's holder may keep (the socket `letdown tap` talks
    /// to), let go of just before the lock: fields drop in order.
    attached: Option<Box<dyn std::any::Any + Send>>,
    _file: File,
}

impl SessionLock {
    /// Ties `guard` to the lock: it is dropped just before the lock is let
    /// go, so that nothing it stands for outlives the holding of the lock.
    pub fn attach(&mut self, guard: Box<dyn std::any::Any + Send>) {
        self.attached = Some(guard);
    }

    /// Whether something is tied to the lock already.
    #[must_use]
    pub fn is_attached(&self) -> bool {
        self.attached.is_some()
    }
}

/// Opens the lock file, made if `create`, without ever waiting: a FIFO or
/// a device put there would otherwise block the open until something
/// answered. The caller checks that it is a regular file.
pub(super) fn open_lock_file(path: &Path, create: bool) -> io::Result<File> {
    let mut options = OpenOptions::new();
    if create {
        options.create(true).truncate(false).write(true).mode(0o600);
    } else {
        options.read(true);
    }
    options
        .custom_flags(rustix::fs::OFlags::NONBLOCK.bits().cast_signed())
        .open(path)
}

/// The state folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateDir {
    root: PathBuf,
}

impl StateDir {
    #[must_use]
    pub fn new(root: PathBuf) -> Self {
        Self { root }
    }

    #[must_use]
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The running session's file: a journal of its saves, newest last.
    #[must_use]
    pub fn running_path(&self) -> PathBuf {
        self.root.join("running.toml")
    }

    /// Takes the one-session-per-machine lock, without waiting.
    pub fn lock(&self) -> Result<SessionLock, LockError> {
        let io_err = |source| LockError::Io {
            dir: self.root.clone(),
            source,
        };
        create_private_dir(&self.root).map_err(io_err)?;
        let path = self.lock_path();
        let not_a_file = |meta: &fs::Metadata| !meta.is_file();
        // Looked at first, as a FIFO refuses a writer without a reader; the
        // open, which never waits, and the look after it close the gap.
        if fs::metadata(&path).is_ok_and(|meta| not_a_file(&meta)) {
            return Err(LockError::NotAFile(path));
        }
        let file = open_lock_file(&path, true).map_err(io_err)?;
        if not_a_file(&file.metadata().map_err(io_err)?) {
            return Err(LockError::NotAFile(path));
        }
        match file.try_lock() {
            Ok(()) => Ok(SessionLock {
                attached: None,
                _file: file,
            }),
            Err(TryLockError::WouldBlock) => Err(LockError::Busy {
                running: self.running_path(),
            }),
            Err(TryLockError::Error(err)) => Err(io_err(err)),
        }
    }

    /// The socket through which `letdown tap` and the like reach the
    /// running session; only the lock's holder creates or removes it.
    #[must_use]
    pub fn socket_path(&self) -> PathBuf {
        self.root.join("session.sock")
    }

    /// The file the one-session-per-machine lock is taken on.
    pub(super) fn lock_path(&self) -> PathBuf {
        self.root.join("session.lock")
    }

    /// The running (or interrupted) session's record, if there is one. One
    /// the readers' rules refuse is an error: resumed or finished, it would
    /// become a file the views skip, so it is better set aside now, where the
    /// user is told.
    pub fn read_running(&self) -> Result<Option<SessionRecord>, StoreError> {
        let path = self.running_path();
        let unreadable = |reason| StoreError::Unreadable {
            path: path.clone(),
            reason,
        };
        let Some(contents) = read_bounded(&path, MAX_RUNNING_BYTES).map_err(unreadable)? else {
            return Ok(None);
        };
        let bytes = contents.bytes;
        let record = journal::newest(&bytes)
            .map_err(Reason::Journal)
            .and_then(|text| std::str::from_utf8(text).map_err(|_| Reason::NotUtf8))
            .and_then(parse_record)
            .and_then(|record| {
                check(&record, Kind::Running)
                    .map(|()| record)
                    .map_err(Reason::from)
            })
            .map_err(unreadable)?;
        Ok(Some(record))
    }

    /// Makes the running session durable before anything confirms it: one
    /// entry appended to its journal and flushed, or for a new session (or a
    /// journal out of room) the whole file written as that entry alone,
    /// flushed, renamed and its folder flushed. A record
    /// the readers' rules refuse is not written: it could not be resumed.
    pub fn write_running(&self, record: &SessionRecord) -> Result<(), StoreError> {
        let path = self.running_path();
        let text = session_text(&path, record, Kind::Running)?;
        let entry = journal::entry(text.as_bytes());
        match journal::append(&path, &entry) {
            Ok(true) => Ok(()),
            Ok(false) => write_atomic(&path, &entry, Existing::Replace),
            Err(err) => Err(err),
        }
        .map_err(|err| StoreError::io(path, err))
    }

    /// Rewrites the running file as its newest entry alone once its journal
    /// has grown long; for a moment when no one waits, such as a heartbeat.
    pub fn fold_running(&self) -> io::Result<()> {
        journal::fold(&self.running_path())
    }

    /// Removes the running session once its final file is safe in the data dir.
    pub fn clear_running(&self) -> io::Result<()> {
        match fs::remove_file(self.running_path()) {
            Ok(()) => sync_dir(&self.root),
            Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(err) => Err(err),
        }
    }

    /// Removes what writes cut short by a crash left behind; call it while
    /// holding the lock, so that no write is under way.
    pub fn remove_leftovers(&self, _lock: &SessionLock) -> io::Result<()> {
        remove_temp_files(&self.root)
    }

    /// Removes the socket a letdown that went away without closing it left
    /// (a crash, `kill -9`). Only for a lock just taken: no one listens then.
    pub fn remove_stale_socket(&self, _lock: &SessionLock) -> io::Result<()> {
        use std::os::unix::fs::FileTypeExt;
        let path = self.socket_path();
        match fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_socket() => fs::remove_file(&path),
            Ok(_) => Ok(()),
            Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(err) => Err(err),
        }
    }

    /// Sets a broken running file aside, so it is kept but no longer offered.
    pub fn set_aside(&self) -> io::Result<PathBuf> {
        let target = self.root.join(format!(
            "running-unreadable-{}.toml",
            chrono::Local::now().format("%Y%m%dT%H%M%S")
        ));
        fs::rename(self.running_path(), &target)?;
        sync_dir(&self.root)?;
        Ok(target)
    }

    /// Checks that the folder can be written, before a session starts: a
    /// file is made there and written to. Nothing of it needs to reach the
    /// disk, so it is not flushed: the session's first save is, right after.
    pub fn check_writable(&self) -> io::Result<()> {
        create_private_dir(&self.root)?;
        tempfile::tempfile_in(&self.root)?.write_all(b"ok")
    }
}
