//! Whether a session runs right now, asked without taking part in the lock.
//!
//! `letdown status` runs every few seconds from a status bar. Taking the
//! session lock to see whether it is free would make a `letdown start` at
//! that instant fail as "already running"; so would a shared lock, since
//! `File::try_lock` (std's `flock`) wants the lock alone. Nothing here
//! locks, creates or writes anything:
//!
//! - On Linux the kernel lists every lock in `/proc/locks`; a `FLOCK` entry on
//!   the lock file's device and inode means a process holds it. `fcntl`'s
//!   `F_GETLK` would not do: on Linux it does not see `flock` locks.
//! - Where there is no `/proc/locks` (macOS, the BSDs), `flock` and `fcntl`
//!   locks share one table, and `F_GETLK` on a read-only descriptor reports
//!   the holder without locking.

use std::fs;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

use rustix::process::{Flock, FlockOffsetType, FlockType, fcntl_getlk};

use super::running::StateDir;

/// The kernel's table of file locks, on Linux.
const PROC_LOCKS: &str = "/proc/locks";

impl StateDir {
    /// Whether a process holds the session lock: a session runs right now.
    /// No lock file means no one ever locked here, and nothing is created.
    #[must_use]
    pub fn is_locked_elsewhere(&self) -> bool {
        let path = self.lock_path();
        match fs::read_to_string(PROC_LOCKS) {
            Ok(table) => fs::metadata(&path).is_ok_and(|meta| is_listed(&table, &meta)),
            Err(_) => is_held_by_fcntl(&path),
        }
    }
}

/// Whether `/proc/locks` lists a held `flock` on the file `meta` describes.
/// A line reads `1: FLOCK  ADVISORY  WRITE 4242 fe:00:10010641 0 EOF`: the
/// device's major and minor in hex, the inode in decimal. A process waiting
/// for a lock is listed as `1: -> FLOCK …` and holds nothing.
fn is_listed(table: &str, meta: &fs::Metadata) -> bool {
    let file = listed_as(meta);
    table.lines().any(|line| {
        let fields: Vec<&str> = line.split_whitespace().collect();
        fields.get(1) == Some(&"FLOCK") && fields.get(5) == Some(&file.as_str())
    })
}

/// How `/proc/locks` names a file.
fn listed_as(meta: &fs::Metadata) -> String {
    format!(
        "{:02x}:{:02x}:{}",
        rustix::fs::major(meta.dev()),
        rustix::fs::minor(meta.dev()),
        meta.ino()
    )
}

/// Asks `fcntl(F_GETLK)` whether a write lock on the whole file would be
/// refused, which answers for `flock` where both share one table.
fn is_held_by_fcntl(path: &Path) -> bool {
    let Ok(file) = super::running::open_lock_file(path, false) else {
        return false;
    };
    if !file.metadata().is_ok_and(|meta| meta.is_file()) {
        return false;
    }
    let whole = Flock {
        start: 0,
        length: 0,
        pid: None,
        typ: FlockType::WriteLock,
        offset_type: FlockOffsetType::Set,
    };
    matches!(fcntl_getlk(&file, &whole), Ok(Some(_)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_held_lock_is_seen_and_a_waiter_or_another_file_is_not() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("session.lock");
        fs::write(&file, b"").expect("lock file");
        let meta = fs::metadata(&file).expect("metadata");
        let id = listed_as(&meta);
        let held = format!("1: FLOCK  ADVISORY  WRITE 4242 {id} 0 EOF\n");
        assert!(is_listed(&held, &meta));
        let waiting = format!("1: -> FLOCK  ADVISORY  WRITE 4243 {id} 0 EOF\n");
        assert!(!is_listed(&waiting, &meta));
        let posix = format!("2: POSIX  ADVISORY  WRITE 4244 {id} 0 EOF\n");
        assert!(!is_listed(&posix, &meta));
        let other = format!("1: FLOCK  ADVISORY  WRITE 4242 {id}9 0 EOF\n");
        assert!(!is_listed(&other, &meta));
    }

    #[test]
    fn probing_takes_no_part_in_the_lock() {
        let dir = tempfile::tempdir().expect("tempdir");
        let state = StateDir::new(dir.path().join("state"));
        assert!(!state.is_locked_elsewhere());
        assert!(!state.root().exists(), "nothing was created");
        let lock = state.lock().expect("free");
        assert!(state.is_locked_elsewhere());
        drop(lock);
        assert!(!state.is_locked_elsewhere());
        // Probing between, a start still gets the lock.
        let _lock = state.lock().expect("still free");
    }
}
