//! Which sessions were sent, and as which Baby Buddy entry: one small file
//! per sent session under `<data dir>/babybuddy/<server>.child-<n>/`, so
//! that every machine sharing the data dir (Syncthing, a cloud folder)
//! knows it, and an entry deleted in Baby Buddy stays deleted whichever
//! machine syncs next. Each file is written only by the machine that wrote
//! its name (`<session id>@<machine>.toml`): two machines never write the
//! same file, and there is no shared index. Of a session's files, the most
//! recently sent one says what the entry is now.
//!
//! The folder is named after the server's normalised address
//! ([`crate::config::ServerUrl::key`]) and the child, so that writing the
//! address another way (`localhost` for `127.0.0.1`) changes nothing, and
//! pointing `url` or `child` elsewhere sends everything there anew.

use std::collections::HashMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::SyncError;
use crate::store::{DataDir, Existing, write_atomic};

/// A record is a few lines; anything much larger is not one.
const MAX_RECORD_BYTES: u64 = 16 * 1024;

const HEADER: &str = "# letdown sent this session to Baby Buddy, as this entry. Written by the \
machine named in the file's name,\n# read by every machine sharing the data dir. Deleting it \
sends the session again as a new entry.\n\n";

/// Why an entry is no longer its session's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(super) enum Gone {
    /// Someone deleted it in Baby Buddy: it is not sent again.
    DeletedThere,
    /// Another session took the entry over (`sync --replace`).
    TakenOver,
}

/// One sent session, as its file says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Sent {
    pub server: String,
    pub child: u64,
    pub session: String,
    pub entry: u64,
    /// The fingerprint of what was sent: when the session's changes, the
    /// entry is sent again as a change.
    pub digest: String,
    /// When it was sent, RFC 3339: of a session's files the latest counts.
    #[serde(rename = "sent_at")]
    pub at: String,
    /// What letdown owns of the entry, as sent: a change of them in Baby
    /// Buddy is someone's edit there, kept unless `--overwrite`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gone: Option<Gone>,
    /// The session that took the entry over, when one did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taken_by: Option<String>,
}

/// What the data dir says was sent to one server and child.
#[derive(Debug)]
pub(super) struct Book {
    folder: PathBuf,
    server: String,
    child: u64,
    newest: HashMap<String, Sent>,
    /// Files in the folder that could not be read as records.
    pub unreadable: usize,
}

impl Book {
    /// Reads every record of `server` (a normalised address) and `child`.
    pub(super) fn read(data: &DataDir, server: &str, child: u64) -> Self {
        Self::read_some(data, server, child, None)
    }

    /// Reads the records of `server` and `child`; of session `only` alone
    /// when it is named.
    pub(super) fn read_some(data: &DataDir, server: &str, child: u64, only: Option<&str>) -> Self {
        let folder = data
            .root()
            .join("babybuddy")
            .join(folder_name(server, child));
        let mut book = Self {
            folder,
            server: server.to_string(),
            child,
            newest: HashMap::new(),
            unreadable: 0,
        };
        let Ok(entries) = fs::read_dir(&book.folder) else {
            return book;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let Some(name) = name.to_str() else {
                book.unreadable += 1;
                continue;
            };
            if Path::new(name).extension().is_none_or(|e| e != "toml")
                || name.starts_with('.')
                || only.is_some_and(|id| !name.starts_with(&format!("{id}@")))
            {
                continue;
            }
            match read_record(&entry.path()) {
                Some(sent) if sent.server == book.server && sent.child == child => {
                    book.keep(sent);
                }
                Some(_) => {}
                None => book.unreadable += 1,
            }
        }
        book
    }

    fn keep(&mut self, sent: Sent) {
        let newer = self
            .newest
            .get(&sent.session)
            .is_none_or(|known| is_later(&sent.at, &known.at));
        if newer {
            self.newest.insert(sent.session.clone(), sent);
        }
    }

    /// What was last sent for session `id`, if anything was.
    pub(super) fn get(&self, id: &str) -> Option<&Sent> {
        self.newest.get(id)
    }

    /// A record to fill in for session `id` as entry `entry`.
    pub(super) fn blank(&self, id: &str, entry: u64, digest: String) -> Sent {
        Sent {
            server: self.server.clone(),
            child: self.child,
            session: id.to_string(),
            entry,
            digest,
            at: chrono::Local::now().fixed_offset().to_rfc3339(),
            amount: None,
            start: None,
            end: None,
            gone: None,
            taken_by: None,
        }
    }

    /// Writes this machine's record of a session, and keeps it as the latest.
    pub(super) fn write(&mut self, writer: &str, sent: Sent) -> Result<(), SyncError> {
        let path = self.folder.join(format!("{}@{writer}.toml", sent.session));
        let failed = |why: String| SyncError::SentList {
            path: path.clone(),
            why,
        };
        let text = toml::to_string(&sent).map_err(|err| failed(err.to_string()))?;
        write_atomic(
            &path,
            format!("{HEADER}{text}").as_bytes(),
            Existing::Replace,
        )
        .map_err(|err| failed(err.to_string()))?;
        self.newest.insert(sent.session.clone(), sent);
        Ok(())
    }
}

/// `localhost-8000.child-1`: the server's key with what a file name cannot
/// hold made `-`. The records say their server in full, and are read back
/// only under it.
fn folder_name(server: &str, child: u64) -> String {
    let safe: String = server
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    format!("{}.child-{child}", safe.trim_matches(['-', '.']))
}

/// Whether RFC 3339 time `a` is after `b`; an unreadable one is never later.
fn is_later(a: &str, b: &str) -> bool {
    match (
        chrono::DateTime::parse_from_rfc3339(a),
        chrono::DateTime::parse_from_rfc3339(b),
    ) {
        (Ok(a), Ok(b)) => a > b,
        (Ok(_), Err(_)) => true,
        _ => false,
    }
}

/// One record, or `None` for a file that is not one (never read whole).
fn read_record(path: &Path) -> Option<Sent> {
    let meta = fs::symlink_metadata(path).ok()?;
    if !meta.is_file() || meta.len() > MAX_RECORD_BYTES {
        return None;
    }
    let mut text = String::new();
    fs::File::open(path)
        .ok()?
        .take(MAX_RECORD_BYTES)
        .read_to_string(&mut text)
        .ok()?;
    toml::from_str(&text).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_latest_record_of_a_session_counts_whichever_machine_wrote_it() {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = DataDir::new(dir.path().to_path_buf());
        let mut book = Book::read(&data, "localhost:8000", 1);
        let mut first = book.blank("s1", 17, "aa".to_string());
        first.at = "2026-11-20T07:00:00+01:00".to_string();
        book.write("laptop-k3f9", first).expect("written");
        let mut later = book.blank("s1", 17, "bb".to_string());
        later.at = "2026-11-21T07:00:00+01:00".to_string();
        book.write("phone-z9x1", later).expect("written");

        let again = Book::read(&data, "localhost:8000", 1);
        assert_eq!(again.get("s1").map(|s| s.digest.as_str()), Some("bb"));
        assert!(Book::read(&data, "localhost:8000", 2).get("s1").is_none());
        assert!(Book::read(&data, "example.org:443", 1).get("s1").is_none());
        let folder = dir.path().join("babybuddy/localhost-8000.child-1");
        assert!(folder.join("s1@laptop-k3f9.toml").is_file());
        assert!(folder.join("s1@phone-z9x1.toml").is_file());
    }

    #[test]
    fn a_file_that_is_no_record_is_counted_and_left_alone() {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = DataDir::new(dir.path().to_path_buf());
        let folder = dir.path().join("babybuddy/localhost-8000.child-1");
        fs::create_dir_all(&folder).expect("folder");
        fs::write(folder.join("x@y.toml"), "entry = \"five\"\n").expect("write");
        let book = Book::read(&data, "localhost:8000", 1);
        assert_eq!(book.unreadable, 1);
        assert!(folder.join("x@y.toml").exists());
    }
}
