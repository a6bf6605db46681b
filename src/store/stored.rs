//! A session as read from its file: the record, where it was, and the
//! fingerprint of the bytes it came from. The store's errors and its readers
//! both speak of it, so it sits below them.

use std::hash::Hasher;
use std::path::PathBuf;

use crate::session::SessionRecord;

/// A session read from its file, with the fingerprint of the bytes it was
/// read from: an edit compares it with the file's bytes right before it
/// writes, so that it never overwrites a newer version.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    pub path: PathBuf,
    pub record: SessionRecord,
    pub read_from: Fingerprint,
    /// Other files holding the same id (a sync tool's conflict copies),
    /// which lost to this one and are not counted: `x` trashes them with it
    /// ([`DataDir::trash_stored`]); an edit rewrites `path` only.
    pub copies: Vec<PathBuf>,
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
