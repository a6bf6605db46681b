//! The API token: from `LETDOWN_BABYBUDDY_TOKEN`, else from `token_file`
//! (only a regular file of the user's own that nobody else can read). It is
//! kept in a type that never prints it, and is never part of a message.

use std::fmt;
use std::fs::{self, File};
use std::io::Read;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

use super::SyncError;
use crate::config::BabyBuddy;

/// The environment variable that holds the token, over `token_file`.
pub const TOKEN_ENV: &str = "LETDOWN_BABYBUDDY_TOKEN";

/// A token file is a key of some forty characters; anything much longer is
/// not one, and is not read whole.
const MAX_TOKEN_BYTES: u64 = 4096;

/// The token. Its `Debug` hides it, so that no log or error can show it.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(hidden)")
    }
}

impl Token {
    /// The token's text, for the `Authorization` header and for taking it
    /// out of what the server says.
    pub(super) fn secret(&self) -> &str {
        &self.0
    }
}

/// The token, from the environment or the table's `token_file`.
pub(super) fn read(table: &BabyBuddy) -> Result<Token, SyncError> {
    if let Some(value) = std::env::var_os(TOKEN_ENV).filter(|v| !v.is_empty()) {
        let text = value.into_string().map_err(|_| SyncError::TokenEnv {
            why: crate::tr!("error-token-env-not-text"),
        })?;
        return checked(&text).map_err(|why| SyncError::TokenEnv { why });
    }
    match &table.token_file {
        Some(path) => from_file(path),
        None => Err(SyncError::NoToken),
    }
}

fn from_file(path: &Path) -> Result<Token, SyncError> {
    let refuse = |why: String| SyncError::TokenFile {
        path: path.to_path_buf(),
        why,
    };
    let meta = fs::metadata(path)
        .map_err(|err| refuse(crate::tr!("error-file-cannot-read", why = err.to_string())))?;
    if !meta.is_file() {
        return Err(refuse(crate::tr!("error-file-not-regular")));
    }
    let mode = meta.mode() & 0o777;
    if mode & 0o077 != 0 {
        return Err(refuse(crate::tr!(
            "error-token-readable",
            mode = format!("{mode:04o}")
        )));
    }
    if meta.uid() != rustix::process::getuid().as_raw() {
        return Err(refuse(crate::tr!("error-file-other-user")));
    }
    let mut bytes = Vec::new();
    File::open(path)
        .and_then(|file| file.take(MAX_TOKEN_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|err| refuse(crate::tr!("error-file-cannot-read", why = err.to_string())))?;
    if bytes.len() as u64 > MAX_TOKEN_BYTES {
        return Err(refuse(crate::tr!("error-token-too-long")));
    }
    let text = String::from_utf8(bytes).map_err(|_| refuse(crate::tr!("error-file-not-text")))?;
    checked(&text).map_err(refuse)
}

/// The token as typed, without the spaces and line end around it: one word
/// of visible ASCII, as an HTTP header can carry it.
fn checked(text: &str) -> Result<Token, String> {
    let token = text.trim();
    if token.is_empty() {
        return Err(crate::tr!("error-token-none"));
    }
    if !token.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(crate::tr!("error-token-one-word"));
    }
    Ok(Token(token.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn a_token_file_is_read_only_when_nobody_else_can() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("token");
        fs::write(&file, "abc123\n").expect("write");
        fs::set_permissions(&file, fs::Permissions::from_mode(0o644)).expect("chmod");
        let err = from_file(&file).expect_err("readable by others");
        assert!(err.to_string().contains("mode 0644"), "{err}");
        assert!(!err.to_string().contains("abc123"), "{err}");
        fs::set_permissions(&file, fs::Permissions::from_mode(0o600)).expect("chmod");
        assert_eq!(from_file(&file).expect("0600 is read").secret(), "abc123");
        assert_eq!(format!("{:?}", from_file(&file)), "Ok(Token(hidden))");
    }

    #[test]
    fn a_token_is_one_word() {
        assert!(checked("  \n").is_err());
        assert!(checked("two words").is_err());
        assert_eq!(checked(" k3y\n").map(|t| t.0), Ok("k3y".to_string()));
    }
}
