//! The socket between `letdown tap` (and `undo`, `pause`, `next`, `end`) and
//! the running session, so that a tmux key, a desktop shortcut or an SSH
//! command from a phone can tap while both hands are on the flanges.
//!
//! One request a connection, one line each way, plain text (so that `socat`
//! can speak it too):
//!
//! ```text
//! → letdown/1 tap
//! ← done let-down 3 saved
//! ```
//!
//! The answer's first word says how it went (`done`, `none` when no session
//! runs, `unsaved` when the change is not on disk yet, `refused`), the rest
//! is the line the command prints. The session's process answers only once
//! the change is on disk. The socket is `session.sock` in the state folder
//! (0700), made 0600; only the process holding the session lock creates or
//! removes it ([`server`]), and a client checks its owner and mode before it
//! connects ([`client`]).

pub mod client;
pub mod server;

use std::path::Path;

use crate::basics::printable;
use crate::store::{CannotStart, DataDir, LockError, Recovery, SessionLock, StateDir};

pub use client::{ClientError, send};
pub use server::{Incoming, ListenError, Listener, listen};

/// What every request line begins with; another version is refused, not guessed at.
pub const PROTOCOL: &str = "letdown/1";

/// The longest request line read: a verb is a few bytes.
pub const MAX_REQUEST: usize = 64;

/// The longest answer line read.
pub const MAX_REPLY: usize = 1024;

/// The longest path a Unix socket can be bound at, without its final NUL
/// (`sun_path` holds 108 bytes on Linux, 104 on macOS and the BSDs).
pub const MAX_SOCKET_PATH: usize = if cfg!(any(target_os = "linux", target_os = "android")) {
    107
} else {
    103
};

/// What a client asks of the running session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Request {
    /// A let-down, as the let-down key.
    Tap,
    /// Take back the last let-down; after a remote `end`, reopen the session.
    Undo,
    /// Pause, or resume when paused.
    Pause,
    /// The next phase.
    Next,
    /// End the session and save it without the summary.
    End,
    /// Let go of the lock, held only so that an ended session could be
    /// reopened, because another letdown wants to start a session.
    Release,
}

impl Request {
    const ALL: [Self; 6] = [
        Self::Tap,
        Self::Undo,
        Self::Pause,
        Self::Next,
        Self::End,
        Self::Release,
    ];

    /// The request's word, as the command line spells it.
    #[must_use]
    pub fn verb(self) -> &'static str {
        match self {
            Self::Tap => "tap",
            Self::Undo => "undo",
            Self::Pause => "pause",
            Self::Next => "next",
            Self::End => "end",
            Self::Release => "release",
        }
    }

    /// The request as it goes over the socket.
    #[must_use]
    pub fn line(self) -> String {
        format!("{PROTOCOL} {}\n", self.verb())
    }

    /// Reads a request line; none when it is not one of ours.
    #[must_use]
    pub fn parse(line: &str) -> Option<Self> {
        let verb = line.trim_end_matches(['\n', '\r']).strip_prefix(PROTOCOL)?;
        let verb = verb.strip_prefix(' ')?;
        Self::ALL.into_iter().find(|r| r.verb() == verb)
    }
}

/// The running session's answer, with the line the command prints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// Done (a tap the double-tap guard ignored included): exit code 0.
    Done(String),
    /// No session runs here: exit code 3.
    NoSession(String),
    /// Done in memory but not on disk yet (saving failed; it is retried): exit code 1.
    NotSaved(String),
    /// Not done, and why (the summary is open on the screen): exit code 1.
    Refused(String),
}

impl Reply {
    fn word(&self) -> &'static str {
        match self {
            Self::Done(_) => "done",
            Self::NoSession(_) => "none",
            Self::NotSaved(_) => "unsaved",
            Self::Refused(_) => "refused",
        }
    }

    /// The line to print.
    #[must_use]
    pub fn text(&self) -> &str {
        match self {
            Self::Done(text)
            | Self::NoSession(text)
            | Self::NotSaved(text)
            | Self::Refused(text) => text,
        }
    }

    /// The answer as it goes over the socket: one line, printable, bounded.
    #[must_use]
    pub fn line(&self) -> String {
        let mut line = format!("{} {}", self.word(), printable(self.text()));
        if line.len() >= MAX_REPLY {
            let mut end = MAX_REPLY - 1;
            while !line.is_char_boundary(end) {
                end -= 1;
            }
            line.truncate(end);
        }
        line.push('\n');
        line
    }

    /// Reads an answer line; none when it is not one.
    #[must_use]
    pub fn parse(line: &str) -> Option<Self> {
        let line = line.trim_end_matches(['\n', '\r']);
        let (word, text) = line.split_once(' ').unwrap_or((line, ""));
        let text = text.to_string();
        match word {
            "done" => Some(Self::Done(text)),
            "none" => Some(Self::NoSession(text)),
            "unsaved" => Some(Self::NotSaved(text)),
            "refused" => Some(Self::Refused(text)),
            _ => None,
        }
    }
}

/// The store's recovery for a session about to start, with the lock held
/// already, if it is. When another letdown holds the lock only so that a
/// session it ended can be reopened (which holds until another session
/// starts, and this is one), it is asked to let go first.
#[must_use]
pub fn recover_to_start(state: &StateDir, data: &DataDir, held: Option<SessionLock>) -> Recovery {
    let fresh = held.is_none();
    let recovery = state.recover(data, held);
    let busy = matches!(
        recovery.outcome,
        Err(CannotStart::Lock(LockError::Busy { .. }))
    );
    if fresh
        && busy
        && matches!(
            send(&state.socket_path(), Request::Release),
            Ok(Reply::Done(_))
        )
    {
        return state.recover(data, None);
    }
    recovery
}

/// A socket path too long to bind or connect to.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::tr!(
    "error-socket-too-long",
    len = .len.to_string(),
    max = MAX_SOCKET_PATH.to_string()
))]
pub struct PathTooLong {
    pub len: usize,
}

/// Whether a socket can live at `path`: its length in bytes is what counts.
pub fn check_socket_path(path: &Path) -> Result<(), PathTooLong> {
    use std::os::unix::ffi::OsStrExt;
    let len = path.as_os_str().as_bytes().len();
    if len > MAX_SOCKET_PATH {
        Err(PathTooLong { len })
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_go_over_as_one_line_and_come_back_the_same() {
        for request in Request::ALL {
            assert_eq!(Request::parse(&request.line()), Some(request));
        }
        assert_eq!(Request::parse("letdown/1 tap"), Some(Request::Tap));
        assert_eq!(Request::parse("letdown/2 tap\n"), None, "another version");
        assert_eq!(Request::parse("letdown/1 tap now\n"), None);
        assert_eq!(Request::parse("tap\n"), None);
        assert_eq!(Request::parse(""), None);
    }

    #[test]
    fn an_answer_is_one_printable_line_whatever_its_text() {
        let reply = Reply::Done("now: Re\nlax\x1b[2J".to_string());
        let line = reply.line();
        assert_eq!(line.matches('\n').count(), 1, "{line:?}");
        assert!(!line.contains('\x1b'), "{line:?}");
        assert!(matches!(Reply::parse(&line), Some(Reply::Done(_))));
        let long = Reply::Refused("é".repeat(MAX_REPLY)).line();
        assert!(long.len() <= MAX_REPLY, "{}", long.len());
        for reply in [
            Reply::Done("let-down 3 saved".into()),
            Reply::NoSession("no session is running".into()),
            Reply::NotSaved("not saved yet: the disk is full".into()),
            Reply::Refused("not done".into()),
        ] {
            assert_eq!(Reply::parse(&reply.line()), Some(reply));
        }
        assert_eq!(Reply::parse("maybe so\n"), None);
    }

    #[test]
    fn a_path_too_long_for_a_socket_is_said_with_its_length() {
        let fits = Path::new("/").join("a".repeat(MAX_SOCKET_PATH - 1));
        assert!(check_socket_path(&fits).is_ok());
        let long = Path::new("/").join("a".repeat(MAX_SOCKET_PATH));
        let err = check_socket_path(&long).expect_err("too long");
        assert_eq!(err.len, MAX_SOCKET_PATH + 1);
        assert!(err.to_string().contains("XDG_STATE_HOME"), "{err}");
    }
}
