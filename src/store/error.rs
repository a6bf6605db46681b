//! What can go wrong in the store, typed, so that a caller can tell a full
//! disk from a file that changed underneath it, and each message still says
//! plainly what happened and to which file.

use std::io;
use std::path::PathBuf;

use super::stored::Stored;
use crate::session::InvalidRecord;

/// Why a file cannot be used as a session. Kept as text where the cause is
/// the system's (an I/O error, a TOML parser's message), so that a listing
/// can be cloned and compared.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Reason {
    /// The file could not be read (its text is the system's message).
    #[error("{0}")]
    Io(String),
    #[error("{}", crate::tr!("error-not-utf8"))]
    NotUtf8,
    /// A FIFO, a device, a socket or a folder where a file should be: never opened.
    #[error("{}", crate::tr!("error-not-regular"))]
    NotRegular,
    /// Larger than its limit (in bytes): refused before it is read.
    #[error("{}", crate::tr!("error-too-large", mib = (.0 / (1024 * 1024)).to_string()))]
    TooLarge(u64),
    /// Not a session file: the parser's last line says where and why.
    #[error("{0}")]
    Syntax(String),
    /// A running file whose journal holds no whole entry (the English
    /// words, said in the user's language).
    #[error("{}", crate::tr!("error-journal-cut"))]
    Journal(&'static str),
    #[error(transparent)]
    Invalid(#[from] InvalidRecord),
}

/// A store operation that did not happen; nothing was written by it.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The system refused (a full disk, a read-only folder); the message
    /// is the system's, as a caller names the file in its own words.
    #[error("{source}")]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("{}: {reason}", .path.display())]
    Unreadable { path: PathBuf, reason: Reason },
    /// The record breaks a limit every reader applies: saved, it would be
    /// a file the views skip.
    #[error("{0}")]
    Invalid(#[from] InvalidRecord),
    /// A new file's name is taken.
    #[error("{}", crate::tr!("error-exists", path = .path.display().to_string()))]
    Exists { path: PathBuf },
    /// An edit found the file changed since it was read: `newer` is what the
    /// file holds now (to show, and to edit in turn), or why it cannot be read.
    #[error("{}", crate::tr!("error-changed"))]
    Changed {
        path: PathBuf,
        newer: Box<Result<Stored, Reason>>,
    },
    /// An edit found the file gone (moved, deleted, or sent to the trash).
    #[error("{}", crate::tr!("error-gone", path = .path.display().to_string()))]
    Gone { path: PathBuf },
}

impl StoreError {
    /// An I/O error on `path`; a name taken becomes [`StoreError::Exists`].
    pub(super) fn io(path: impl Into<PathBuf>, source: io::Error) -> Self {
        let path = path.into();
        if source.kind() == io::ErrorKind::AlreadyExists {
            Self::Exists { path }
        } else {
            Self::Io { path, source }
        }
    }
}
