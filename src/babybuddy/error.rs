//! What stops a sync, said so that the user knows what to do next. None of
//! these carries the token; text from the server is made printable where it
//! is shown ([`crate::failure::Failure`] does it for every message).

use std::path::PathBuf;

use crate::failure::Failure;
use crate::format::printable_path;

/// Why a sync could not start or could not go on.
#[derive(Debug, Clone, thiserror::Error)]
pub enum SyncError {
    #[error(
        "Baby Buddy is not set up: add a [babybuddy] table with `url` and `child` to the config \
         (`letdown config path` says where it is; the README shows how)"
    )]
    NotSet,
    #[error("[babybuddy] url: {0}")]
    BadUrl(String),
    #[error(
        "no Baby Buddy token: set {} or name a file holding it in `token_file` of [babybuddy]",
        super::TOKEN_ENV
    )]
    NoToken,
    #[error("the token file {}: {why}", printable_path(.path))]
    TokenFile { path: PathBuf, why: String },
    #[error("{}: {why}", super::TOKEN_ENV)]
    TokenEnv { why: String },
    #[error("the certificate file (`ca_file`) {}: {why}", printable_path(.path))]
    CaFile { path: PathBuf, why: String },
    #[error(
        "Baby Buddy refused the token ({status}{}): check {} or `token_file` \
         (the key is on your Baby Buddy user settings page)",
        detail_of(.detail), super::TOKEN_ENV
    )]
    BadToken { status: u16, detail: String },
    #[error(
        "Baby Buddy has no child {child} (`child` in [babybuddy]: the child's id is in its \
         address on Baby Buddy's pages)"
    )]
    NoSuchChild { child: u64 },
    #[error(
        "{url} speaks plain HTTP, not HTTPS: write the address as http:// if it is this \
         machine (or set `allow_http = true`), or put Baby Buddy behind HTTPS"
    )]
    PlainHttp { url: String },
    #[error("no finished session {id} to send{}", held_of(*.held))]
    NoSuchSession {
        id: String,
        held: Option<&'static str>,
    },
    #[error("cannot reach Baby Buddy at {url}: {why}")]
    Unreachable { url: String, why: String },
    #[error("a secure connection to {url} failed: {why}")]
    Tls { url: String, why: String },
    #[error(
        "{url} answered with a redirect ({status}{}); letdown follows none: set `url` to the \
         address Baby Buddy is at",
        location_of(.location.as_deref())
    )]
    Redirect {
        url: String,
        status: u16,
        location: Option<String>,
    },
    #[error("{url} does not answer as Baby Buddy's API does ({why}); check `url`")]
    NotBabyBuddy { url: String, why: String },
    #[error("Baby Buddy failed ({status}): {why}")]
    Server { status: u16, why: String },
    #[error(
        "another sync is under way (`letdown sync` elsewhere, or the app's auto sync); \
         try again in a moment"
    )]
    Busy,
    #[error("cannot keep what was sent, {}: {why}", printable_path(.path))]
    SentList { path: PathBuf, why: String },
}

fn detail_of(detail: &str) -> String {
    if detail.is_empty() {
        String::new()
    } else {
        format!(": {detail}")
    }
}

fn held_of(held: Option<&str>) -> String {
    held.map_or_else(
        || " (`letdown log --json` shows the ids)".to_string(),
        |why| format!(": {why}"),
    )
}

fn location_of(location: Option<&str>) -> String {
    location.map_or_else(String::new, |to| format!(" to {to}"))
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
