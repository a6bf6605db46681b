//! A session's text, both ways: what the store writes is checked by the
//! very rules it reads by, on the text itself (rounded as the file holds
//! it), so that nothing is ever saved that the views would then skip.

use std::path::Path;

use super::bounded::MAX_SESSION_BYTES;
use super::error::{Reason, StoreError};
use crate::session::{InvalidRecord, SessionRecord};

/// Which reader a text is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// The data dir's (and the unsaved folder's): finished sessions only.
    Finished,
    /// The state folder's running file: running, or finished and not yet
    /// handed over; either way to be saved under its id, so the id must be
    /// able to name a file.
    Running,
}

/// The record as TOML text for `path`, once the record and the text it
/// becomes both pass the readers' rules for `kind`.
pub(super) fn session_text(
    path: &Path,
    record: &SessionRecord,
    kind: Kind,
) -> Result<String, StoreError> {
    checked_text(record, kind).map_err(|reason| match reason {
        Reason::Invalid(invalid) => StoreError::Invalid(invalid),
        reason => StoreError::Unreadable {
            path: path.to_path_buf(),
            reason,
        },
    })
}

/// The record as TOML text, once the record and the text it becomes both
/// pass the readers' rules for `kind`: what an import or a save checks.
pub(crate) fn checked_text(record: &SessionRecord, kind: Kind) -> Result<String, Reason> {
    check(record, kind)?;
    let text = record
        .to_toml()
        .map_err(|err| Reason::Syntax(crate::tr!("error-not-toml", why = err.to_string())))?;
    // Larger, every reader would refuse it unread.
    if text.len() as u64 > MAX_SESSION_BYTES {
        return Err(Reason::TooLarge(MAX_SESSION_BYTES));
    }
    // Rounded as the file holds it, a number may cross a limit: left and
    // right each rounded up can add up to more than the most a total holds.
    check(&parse_record(&text)?, kind)?;
    Ok(text)
}

/// The readers' rules for `kind`.
pub(super) fn check(record: &SessionRecord, kind: Kind) -> Result<(), InvalidRecord> {
    match kind {
        Kind::Finished => record.validate_finished(),
        Kind::Running => record.validate().and_then(|()| record.validate_id()),
    }
}

/// A finished session from a file's bytes; the error says why it cannot be used.
pub(super) fn parse_bytes(bytes: Vec<u8>) -> Result<SessionRecord, Reason> {
    let text = String::from_utf8(bytes).map_err(|_| Reason::NotUtf8)?;
    parse_session(&text)
}

/// Parses a finished session's text; the error says why it cannot be used.
pub fn parse_session(text: &str) -> Result<SessionRecord, Reason> {
    let record = parse_record(text)?;
    record.validate_finished()?;
    Ok(record)
}

/// Parses a session's text, running or finished, without checking its
/// limits. A file from a newer letdown is named so, even when its fields
/// are new to this one.
pub(super) fn parse_record(text: &str) -> Result<SessionRecord, Reason> {
    toml::from_str::<SessionRecord>(text).map_err(|err| {
        if let Ok(value) = text.parse::<toml::Table>()
            && let Some(schema) = value.get("schema").and_then(toml::Value::as_integer)
            && let Some(invalid @ InvalidRecord::NewerSchema(_)) = InvalidRecord::of_schema(schema)
        {
            return Reason::Invalid(invalid);
        }
        Reason::Syntax(err.message().lines().last().map_or_else(
            || crate::tr!("error-not-a-session-file"),
            |line| line.trim().to_string(),
        ))
    })
}
