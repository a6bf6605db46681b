//! Reading a file the data dir or the state folder holds, which may be
//! anything a sync tool or a hand left there: only a regular file is opened,
//! the open never blocks (a FIFO swapped in between the check and the open
//! cannot hang the reader), and nothing past a limit is read, so a huge or a
//! growing file costs at most that much. The files a user names (the
//! config, a file to import) are read by the same rule, each with its own
//! limit.

use std::fs::{self, Metadata, OpenOptions};
use std::io::{self, Read};
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;
use std::time::SystemTime;

use super::error::Reason;

/// The most a session's file can hold: a hundred times the longest real
/// session's text, and small enough to read and parse at once.
pub const MAX_SESSION_BYTES: u64 = 1024 * 1024;

/// The most a config file can hold: the commented default is a few
/// kilobytes, and a config a thousand times its size is still read at once.
pub const MAX_CONFIG_BYTES: u64 = 4 * 1024 * 1024;

/// The most `letdown import` reads: an export of 20,000 sessions (five
/// years at ten a day) is about 50 MB of JSON, and what is read is held
/// whole while it is checked.
pub const MAX_IMPORT_BYTES: u64 = 256 * 1024 * 1024;

/// What a bounded read found.
#[derive(Debug)]
pub(crate) struct Contents {
    pub bytes: Vec<u8>,
    pub modified: Option<SystemTime>,
    /// The metadata of the very file read, not of one put there since.
    pub meta: Metadata,
}

/// Reads the regular file at `path`, refusing one of more than `limit`
/// bytes before reading it; `Ok(None)` when nothing is there.
pub(crate) fn read_bounded(path: &Path, limit: u64) -> Result<Option<Contents>, Reason> {
    read(path, limit, Links::Follow)
}

/// [`read_bounded`] of the file named `path` itself: a symlink there is
/// refused as not a regular file, never followed (what the trash holds is
/// touched only where it is).
pub(crate) fn read_bounded_here(path: &Path, limit: u64) -> Result<Option<Contents>, Reason> {
    read(path, limit, Links::Refuse)
}

/// Whether a read follows a symlink to its target.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Links {
    Follow,
    Refuse,
}

fn read(path: &Path, limit: u64, links: Links) -> Result<Option<Contents>, Reason> {
    let missing_or = |err: io::Error| match err.kind() {
        io::ErrorKind::NotFound => Ok(None),
        _ => Err(Reason::Io(err.to_string())),
    };
    let meta = match links {
        Links::Follow => fs::metadata(path),
        Links::Refuse => fs::symlink_metadata(path),
    };
    match meta {
        Ok(meta) => check(&meta, limit)?,
        Err(err) => return missing_or(err),
    }
    let mut flags = rustix::fs::OFlags::NONBLOCK;
    if links == Links::Refuse {
        flags |= rustix::fs::OFlags::NOFOLLOW;
    }
    let file = OpenOptions::new()
        .read(true)
        .custom_flags(flags.bits().cast_signed())
        .open(path);
    let file = match file {
        Ok(file) => file,
        // A symlink swapped in since the check.
        Err(err)
            if links == Links::Refuse
                && err.raw_os_error() == Some(rustix::io::Errno::LOOP.raw_os_error()) =>
        {
            return Err(Reason::NotRegular);
        }
        Err(err) => return missing_or(err),
    };
    let meta = file.metadata().map_err(|err| Reason::Io(err.to_string()))?;
    check(&meta, limit)?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or_default());
    // A file that grew since its size was read stops one byte past the limit.
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|err| Reason::Io(err.to_string()))?;
    if bytes.len() as u64 > limit {
        return Err(Reason::TooLarge(limit));
    }
    Ok(Some(Contents {
        bytes,
        modified: meta.modified().ok(),
        meta,
    }))
}

/// Why a file the user named (`what`: `config`, `import` or `export`) was
/// not read, in words that say what it should be.
pub(crate) fn refusal(reason: &Reason, what: &str) -> String {
    match reason {
        Reason::NotRegular => crate::tr!("error-refused-not-regular", what = what),
        Reason::TooLarge(limit) => crate::tr!(
            "error-refused-too-large",
            what = what,
            mib = (limit / (1024 * 1024)).to_string()
        ),
        other => other.to_string(),
    }
}

fn check(meta: &Metadata, limit: u64) -> Result<(), Reason> {
    if !meta.is_file() {
        Err(Reason::NotRegular)
    } else if meta.len() > limit {
        Err(Reason::TooLarge(limit))
    } else {
        Ok(())
    }
}
