//! What stops a sync, said so that the user knows what to do next. None of
//! these carries the token; text from the server is made printable where it
//! is shown ([`crate::failure::Failure`] does it for every message).

use std::path::PathBuf;

use crate::failure::Failure;
use crate::format::printable_path;

/// Why a sync could not start or could not go on.
#[derive(Debug, Clone, thiserror::Error)]
pub enum SyncError {
    #[error("{}", crate::tr!("error-sync-not-set"))]
    NotSet,
    #[error("[babybuddy] url: {0}")]
    BadUrl(String),
    #[error("{}", crate::tr!("error-sync-no-token", env = super::TOKEN_ENV))]
    NoToken,
    #[error("{}", crate::tr!("error-sync-token-file", path = printable_path(.path), why = .why.as_str()))]
    TokenFile { path: PathBuf, why: String },
    #[error("{}: {why}", super::TOKEN_ENV)]
    TokenEnv { why: String },
    #[error("{}", crate::tr!("error-sync-ca-file", path = printable_path(.path), why = .why.as_str()))]
    CaFile { path: PathBuf, why: String },
    #[error("{}", crate::tr!(
        "error-sync-bad-token",
        status = format!("{}{}", .status, detail_of(.detail)),
        env = super::TOKEN_ENV
    ))]
    BadToken { status: u16, detail: String },
    #[error("{}", crate::tr!("error-sync-no-child", child = .child.to_string()))]
    NoSuchChild { child: u64 },
    #[error("{}", crate::tr!("error-sync-plain-http", url = .url.as_str()))]
    PlainHttp { url: String },
    #[error("{}", held_of(.id, .held.as_deref()))]
    NoSuchSession { id: String, held: Option<String> },
    #[error("{}", crate::tr!("error-sync-unreachable", url = .url.as_str(), why = .why.as_str()))]
    Unreachable { url: String, why: String },
    #[error("{}", crate::tr!("error-sync-tls", url = .url.as_str(), why = .why.as_str()))]
    Tls { url: String, why: String },
    #[error("{}", location_of(.url, *.status, .location.as_deref()))]
    Redirect {
        url: String,
        status: u16,
        location: Option<String>,
    },
    #[error("{}", crate::tr!("error-sync-not-babybuddy", url = .url.as_str(), why = .why.as_str()))]
    NotBabyBuddy { url: String, why: String },
    #[error("{}", crate::tr!("error-sync-server", status = .status.to_string(), why = .why.as_str()))]
    Server { status: u16, why: String },
    #[error("{}", crate::tr!("error-sync-busy"))]
    Busy,
    #[error("{}", crate::tr!("error-sync-sent-list", path = printable_path(.path), why = .why.as_str()))]
    SentList { path: PathBuf, why: String },
}

fn detail_of(detail: &str) -> String {
    if detail.is_empty() {
        String::new()
    } else {
        format!(": {detail}")
    }
}

/// No session `id` to send, and why when it is held back.
fn held_of(id: &str, held: Option<&str>) -> String {
    if let Some(why) = held {
        crate::tr!("error-sync-no-session-held", id = id, why = why)
    } else {
        crate::tr!("error-sync-no-session", id = id)
    }
}

/// A redirect refused, and where to when the server said.
fn location_of(url: &str, status: u16, location: Option<&str>) -> String {
    let status = status.to_string();
    if let Some(to) = location {
        crate::tr!(
            "error-sync-redirect-to",
            url = url,
            status = status,
            to = to
        )
    } else {
        crate::tr!("error-sync-redirect", url = url, status = status)
    }
}

impl SyncError {
    /// Whether the server could not be reached at all: then nothing was
    /// refused, and everything waits for the next sync.
    #[must_use]
    pub fn is_unreachable(&self) -> bool {
        matches!(self, Self::Unreachable { .. })
    }

    /// Whether trying again later may go better without the user doing
    /// anything: the server away, busy or failing for a while.
    #[must_use]
    pub fn is_passing(&self) -> bool {
        matches!(
            self,
            Self::Unreachable { .. } | Self::Server { .. } | Self::Busy
        )
    }
}

impl From<SyncError> for Failure {
    /// A setup the user must change (the token, the child, the address) is
    /// a usage error (exit code 2); what the server or the network did is
    /// exit code 1.
    fn from(err: SyncError) -> Self {
        let text = err.to_string();
        match err {
            SyncError::NotSet
            | SyncError::BadUrl(_)
            | SyncError::NoToken
            | SyncError::TokenFile { .. }
            | SyncError::TokenEnv { .. }
            | SyncError::CaFile { .. }
            | SyncError::BadToken { .. }
            | SyncError::NoSuchChild { .. }
            | SyncError::PlainHttp { .. }
            | SyncError::Redirect { .. }
            | SyncError::NotBabyBuddy { .. }
            | SyncError::NoSuchSession { .. } => Failure::Usage(text),
            _ => Failure::Io(text),
        }
    }
}
