//! Which sessions were sent, and as which Baby Buddy entry: `babybuddy/
//! sent.toml` in the state folder (the machine's own; the data dir may be
//! synced, and each machine keeps what it sent). Kept per server and child,
//! so that pointing `url` or `child` elsewhere sends everything there anew.
//! Written whole and atomically. Losing it loses nothing: the next sync
//! finds its own entries again by their mark.
//!
//! One sync at a time holds `babybuddy/sync.lock`, so that `letdown sync`
//! and the app's auto sync never write the list over each other.

use std::collections::BTreeMap;
use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Read};
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::SyncError;
use crate::format::printable_path;
use crate::store::{Existing, StateDir, create_private_dir, write_atomic};

/// The most the list is read to: some 60 bytes a session, so room for
/// hundreds of thousands.
const MAX_LIST_BYTES: u64 = 64 * 1024 * 1024;

/// While a sync runs the list is written at most this often (and at its
/// end): what was sent in between and is not on the list yet is found again
/// by its mark, should the sync be cut short.
const SAVE_EVERY: Duration = Duration::from_secs(1);

const HEADER: &str = "# The sessions `letdown sync` sent to Baby Buddy, and their entries there.\n\
# Written by letdown; deleting it is safe (a sync finds its entries again).\n\n";

/// One sent session: its entry, and the fingerprint of what was sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Sent {
    pub entry: u64,
    pub digest: String,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SentFile {
    #[serde(default)]
    servers: Vec<Server>,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Server {
    url: String,
    child: u64,
    #[serde(default)]
    sent: BTreeMap<String, Sent>,
}

/// The list, as one sync reads and writes it.
#[derive(Debug)]
pub(super) struct SentList {
    path: PathBuf,
    file: SentFile,
    /// The entry of `file.servers` for this server and child.
    ours: usize,
    changed: bool,
    saved_at: Instant,
}

/// The folder of what syncing keeps.
fn folder(state: &StateDir) -> PathBuf {
    state.root().join("babybuddy")
}

/// Held while a sync runs.
#[derive(Debug)]
pub(super) struct SyncLock {
    _file: File,
}

/// Takes the sync lock, without waiting.
pub(super) fn lock(state: &StateDir) -> Result<SyncLock, SyncError> {
    let dir = folder(state);
    let path = dir.join("sync.lock");
    let failed = |err: io::Error| SyncError::SentList {
        path: path.clone(),
        why: err.to_string(),
    };
    create_private_dir(&dir).map_err(failed)?;
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .mode(0o600)
        .open(&path)
        .map_err(failed)?;
    match file.try_lock() {
        Ok(()) => Ok(SyncLock { _file: file }),
        Err(TryLockError::WouldBlock) => Err(SyncError::Busy),
        Err(TryLockError::Error(err)) => Err(failed(err)),
    }
}

impl SentList {
    /// The list for `url` and `child`; with a note when the file could not
    /// be read and was set aside (the sync then finds its entries by mark).
    pub(super) fn load(state: &StateDir, url: &str, child: u64) -> (Self, Option<String>) {
        let path = folder(state).join("sent.toml");
        let (file, note) = match read(&path) {
            Ok(file) => (file, None),
            Err(why) => (SentFile::default(), Some(set_aside(&path, &why))),
        };
        let mut list = Self {
            path,
            file,
            ours: 0,
            changed: false,
            saved_at: Instant::now(),
        };
        let ours = list
            .file
            .servers
            .iter()
            .position(|s| s.url == url && s.child == child);
        list.ours = ours.unwrap_or_else(|| {
            list.file.servers.push(Server {
                url: url.to_string(),
                child,
                sent: BTreeMap::new(),
            });
            list.file.servers.len() - 1
        });
        (list, note)
    }

    /// What was sent for session `id`, if it was.
    pub(super) fn get(&self, id: &str) -> Option<&Sent> {
        self.file.servers.get(self.ours)?.sent.get(id)
    }

    /// Notes that session `id` is entry `entry` there, as `digest` says.
    pub(super) fn record(&mut self, id: &str, entry: u64, digest: String) {
        if let Some(server) = self.file.servers.get_mut(self.ours) {
            server.sent.insert(id.to_string(), Sent { entry, digest });
            self.changed = true;
        }
    }

    /// Writes the list if it changed and was last written a while ago.
    pub(super) fn save_now_and_then(&mut self) -> Result<(), SyncError> {
        if self.saved_at.elapsed() >= SAVE_EVERY {
            self.save()
        } else {
            Ok(())
        }
    }

    /// Writes the list if it changed.
    pub(super) fn save(&mut self) -> Result<(), SyncError> {
        if !self.changed {
            return Ok(());
        }
        let failed = |why: String| SyncError::SentList {
            path: self.path.clone(),
            why,
        };
        let text = toml::to_string(&self.file).map_err(|err| failed(err.to_string()))?;
        write_atomic(
            &self.path,
            format!("{HEADER}{text}").as_bytes(),
            Existing::Replace,
        )
        .map_err(|err| failed(err.to_string()))?;
        self.changed = false;
        self.saved_at = Instant::now();
        Ok(())
    }
}

/// Reads the list; a missing one is empty.
fn read(path: &Path) -> Result<SentFile, String> {
    let file = match File::open(path) {
        Ok(file) => file,
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(SentFile::default()),
        Err(err) => return Err(err.to_string()),
    };
    let meta = file.metadata().map_err(|err| err.to_string())?;
    if !meta.is_file() {
        return Err("not a regular file".to_string());
    }
    let mut bytes = Vec::new();
    file.take(MAX_LIST_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|err| err.to_string())?;
    if bytes.len() as u64 > MAX_LIST_BYTES {
        return Err("far larger than the list can be".to_string());
    }
    let text = String::from_utf8(bytes).map_err(|_| "not UTF-8 text".to_string())?;
    toml::from_str(&text).map_err(|err| err.message().to_string())
}

/// Moves an unreadable list out of the way, keeping it, and says so.
fn set_aside(path: &Path, why: &str) -> String {
    let aside = path.with_file_name(format!(
        "sent-unreadable-{}.toml",
        chrono::Local::now().format("%Y%m%dT%H%M%S")
    ));
    let kept = match fs::rename(path, &aside) {
        Ok(()) => format!("it was set aside as {}", printable_path(&aside)),
        Err(err) => format!("it could not be set aside ({err}) and will be replaced"),
    };
    format!(
        "the list of sessions sent, {}, could not be read ({why}); {kept}; the entries Baby \
         Buddy holds are found again by their mark",
        printable_path(path)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_keeps_each_server_apart_and_reads_back() {
        let dir = tempfile::tempdir().expect("tempdir");
        let state = StateDir::new(dir.path().to_path_buf());
        let (mut list, note) = SentList::load(&state, "https://a.example", 1);
        assert!(note.is_none());
        list.record("s1", 17, "00ff00ff".to_string());
        list.save().expect("saved");
        let (other, _) = SentList::load(&state, "https://a.example", 2);
        assert!(other.get("s1").is_none(), "another child is another list");
        let (again, _) = SentList::load(&state, "https://a.example", 1);
        assert_eq!(again.get("s1").map(|s| s.entry), Some(17));
    }

    #[test]
    fn an_unreadable_list_is_set_aside_with_a_note() {
        let dir = tempfile::tempdir().expect("tempdir");
        let state = StateDir::new(dir.path().to_path_buf());
        let path = folder(&state).join("sent.toml");
        fs::create_dir_all(folder(&state)).expect("folder");
        fs::write(&path, "servers = 5\n").expect("write");
        let (list, note) = SentList::load(&state, "https://a.example", 1);
        assert!(list.get("s1").is_none());
        assert!(note.is_some_and(|n| n.contains("set aside")));
        assert!(!path.exists());
    }
}
