//! What a sync keeps in the machine's own state folder, `babybuddy/`: the
//! lock that lets one sync run at a time (`letdown sync` and the app's auto
//! sync), the name this machine writes its records under, and the list of
//! sessions sent that older versions kept there (`sent.toml`), read only to
//! carry what it knows into the data dir.

use std::collections::BTreeMap;
use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Read};
use std::os::unix::fs::OpenOptionsExt;
use std::path::PathBuf;

use serde::Deserialize;

use super::SyncError;
use crate::config::ServerUrl;
use crate::session::{host_label, random_suffix, this_host};
use crate::store::{Existing, StateDir, create_private_dir, write_atomic};

/// The most of an older list that is read.
const MAX_LIST_BYTES: u64 = 64 * 1024 * 1024;

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

/// The name this state folder writes its records under: the host's name
/// and four random characters (`laptop-k3f9`), made once. Two state
/// folders on one host are two writers.
pub(super) fn writer(state: &StateDir) -> Result<String, SyncError> {
    let path = folder(state).join("machine");
    if let Ok(text) = fs::read_to_string(&path) {
        let name = text.trim();
        if !name.is_empty()
            && name.len() <= 64
            && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        {
            return Ok(name.to_string());
        }
    }
    let suffix = random_suffix(0);
    let name = format!("{}-{suffix}", host_label(&this_host()));
    write_atomic(&path, format!("{name}\n").as_bytes(), Existing::Replace).map_err(|err| {
        SyncError::SentList {
            path,
            why: err.to_string(),
        }
    })?;
    Ok(name)
}

#[derive(Debug, Default, Deserialize)]
struct OldList {
    #[serde(default)]
    servers: Vec<OldServer>,
}

#[derive(Debug, Deserialize)]
struct OldServer {
    url: String,
    child: u64,
    #[serde(default)]
    sent: BTreeMap<String, OldSent>,
}

#[derive(Debug, Deserialize)]
struct OldSent {
    entry: u64,
}

/// What an older version's `sent.toml` says this machine sent to `server`
/// and `child`: each session's entry. Nothing when there is none or it
/// does not read; it is never written.
pub(super) fn old_list(state: &StateDir, server: &ServerUrl, child: u64) -> Vec<(String, u64)> {
    let path = folder(state).join("sent.toml");
    let Ok(file) = File::open(&path) else {
        return Vec::new();
    };
    if !file.metadata().is_ok_and(|m| m.is_file()) {
        return Vec::new();
    }
    let mut text = String::new();
    if file.take(MAX_LIST_BYTES).read_to_string(&mut text).is_err() {
        return Vec::new();
    }
    let Ok(list) = toml::from_str::<OldList>(&text) else {
        return Vec::new();
    };
    list.servers
        .into_iter()
        .filter(|s| {
            s.child == child
                && crate::config::BabyBuddy::key_of(&s.url).as_deref() == Some(server.key())
        })
        .flat_map(|s| s.sent.into_iter().map(|(id, sent)| (id, sent.entry)))
        .collect()
}
