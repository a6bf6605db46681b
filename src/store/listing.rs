//! Reading the data dir: which day folders a read opens, and what it makes
//! of the files there. Sessions are keyed by the id inside, not by their
//! file's name, so a sync tool's conflict copy counts once; and a session in
//! the folder of the day before or after the one it counts toward is found
//! there, so a moved file does not vanish from its day.
//!
//! A day opens three folders (its own and its neighbours), a range each of
//! its folders once; a range longer than [`PROBE_DAYS`] lists `sessions/`
//! once and opens only the folders there, so neither a long history nor a
//! folder named far outside any real date makes a read walk every day.

use std::collections::HashMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use chrono::{NaiveDate, NaiveTime};

use super::error::Reason;
use super::sessions::{DataDir, day_at, read_found};
use super::stored::Stored;
use crate::session::Timestamp;

/// Up to this many days a range looks for each day's folder by its name (a
/// missing one costs one failed open); past it, `sessions/` is listed once.
pub const PROBE_DAYS: i64 = 400;

/// A file that could not be read, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Unreadable {
    pub path: PathBuf,
    pub reason: Reason,
}

/// A session whose file is in another day's folder than its start's.
#[derive(Debug, Clone, PartialEq)]
pub struct Misfiled {
    pub path: PathBuf,
    /// The day whose folder it belongs in.
    pub belongs: NaiveDate,
}

/// What reading some days found: the sessions as read ([`Stored`]), or only
/// where each is ([`Spot`]), for a read too long to hold whole.
#[derive(Debug, Clone, PartialEq)]
pub struct Listing<S = Stored> {
    /// Sessions in start order, one per id.
    pub sessions: Vec<S>,
    pub unreadable: Vec<Unreadable>,
    /// Files holding the id of a listed session that lost to it (see
    /// [`Stored::copies`]): counted once, never changed.
    pub duplicates: Vec<PathBuf>,
    /// Listed sessions found in another day's folder, left where they are.
    pub misfiled: Vec<Misfiled>,
    /// The ids of listed sessions that are not in the data dir yet: finished
    /// here, refused by the data dir (full, read-only), and waiting in the
    /// state folder, which the app and `letdown` retry from. They count.
    pub unsaved: Vec<String>,
}

impl<S> Default for Listing<S> {
    fn default() -> Self {
        Self {
            sessions: Vec::new(),
            unreadable: Vec::new(),
            duplicates: Vec::new(),
            misfiled: Vec::new(),
            unsaved: Vec::new(),
        }
    }
}

impl<S: Filed> Listing<S> {
    /// Whether this listed session is still waiting for the data dir.
    #[must_use]
    pub fn is_unsaved(&self, stored: &S) -> bool {
        self.unsaved.iter().any(|id| id == stored.id())
    }
}

/// A session file that was read and checked, and is kept only as where it
/// is: what an export of years holds while it writes, reading each again
/// as its turn comes, so that memory does not grow with the history.
#[derive(Debug, Clone, PartialEq)]
pub struct Spot {
    pub id: String,
    pub started: Timestamp,
    pub path: PathBuf,
}

/// What a read keeps of each session: its id, start and file are what
/// choosing among copies and ordering need.
pub trait Filed {
    fn id(&self) -> &str;
    fn started(&self) -> Timestamp;
    fn path(&self) -> &Path;
    /// Another file of the same id that lost to this one.
    fn add_copy(&mut self, path: PathBuf);
    /// What is kept of a session just read.
    fn keep(stored: Stored) -> Self;
}

impl Filed for Stored {
    fn id(&self) -> &str {
        &self.record.id
    }
    fn started(&self) -> Timestamp {
        self.record.started
    }
    fn path(&self) -> &Path {
        &self.path
    }
    fn add_copy(&mut self, path: PathBuf) {
        self.copies.push(path);
    }
    fn keep(stored: Stored) -> Self {
        stored
    }
}

impl Filed for Spot {
    fn id(&self) -> &str {
        &self.id
    }
    fn started(&self) -> Timestamp {
        self.started
    }
    fn path(&self) -> &Path {
        &self.path
    }
    /// A spot is read again by its path only: the copies stay where they are.
    fn add_copy(&mut self, _path: PathBuf) {}
    fn keep(stored: Stored) -> Self {
        Self {
            id: stored.record.id,
            started: stored.record.started,
            path: stored.path,
        }
    }
}

/// A readable session file and where it was found.
struct Found<S> {
    stored: S,
    folder: NaiveDate,
    modified: Option<SystemTime>,
}

/// Which of the sessions found a read keeps.
enum Scope {
    /// Every one, wherever it is filed.
    All,
    /// Those that count toward `from..=to` and are filed within a day of it.
    Days {
        from: NaiveDate,
        to: NaiveDate,
        day_start: NaiveTime,
    },
}

impl Scope {
    fn keeps<S: Filed>(&self, found: &Found<S>) -> bool {
        match *self {
            Self::All => true,
            Self::Days {
                from,
                to,
                day_start,
            } => {
                let day = day_at(found.stored.started().0.naive_local(), day_start);
                (from..=to).contains(&day) && (found.folder - day).num_days().abs() <= 1
            }
        }
    }

    /// Whether an unreadable file in `folder` is this read's to report: one
    /// in a folder of the range (with a day that starts after midnight, the
    /// small hours of the last day sit in the next folder), not a neighbour
    /// read only for what was misfiled.
    fn reports(&self, folder: NaiveDate) -> bool {
        match *self {
            Self::All => true,
            Self::Days {
                from,
                to,
                day_start,
            } => {
                let last = if day_start == NaiveTime::MIN {
                    to
                } else {
                    to.succ_opt().unwrap_or(to)
                };
                (from..=last).contains(&folder)
            }
        }
    }
}

impl DataDir {
    /// The sessions that count toward `day`: three folders are read.
    #[must_use]
    pub fn read_day(&self, day: NaiveDate, day_start: NaiveTime) -> Listing {
        self.read_range(day, day, day_start)
    }

    /// The sessions that count toward the days `from..=to`, each folder
    /// that can hold them read once.
    #[must_use]
    pub fn read_range(&self, from: NaiveDate, to: NaiveDate, day_start: NaiveTime) -> Listing {
        self.list_range(from, to, day_start)
    }

    /// As [`DataDir::read_range`], keeping of each session what `S` keeps.
    #[must_use]
    pub fn list_range<S: Filed>(
        &self,
        from: NaiveDate,
        to: NaiveDate,
        day_start: NaiveTime,
    ) -> Listing<S> {
        let first = from.pred_opt().unwrap_or(from);
        let last = to.succ_opt().unwrap_or(to);
        let folders = if (last - first).num_days() <= PROBE_DAYS {
            first.iter_days().take_while(|d| *d <= last).collect()
        } else {
            let mut days = self.days();
            days.retain(|d| (first..=last).contains(d));
            days
        };
        let scope = Scope::Days {
            from,
            to,
            day_start,
        };
        let mut listing = gather(self, &folders, &scope);
        add_waiting(self, &mut listing, &scope);
        listing
    }

    /// Every session in the data dir, wherever it is filed: what an export
    /// of everything, an import and `letdown config check` read.
    #[must_use]
    pub fn read_all(&self) -> Listing {
        self.list_all()
    }

    /// As [`DataDir::read_all`], keeping of each session what `S` keeps.
    #[must_use]
    pub fn list_all<S: Filed>(&self) -> Listing<S> {
        gather(self, &self.days(), &Scope::All)
    }

    /// Every session filed in these day folders, wherever it counts: where
    /// a restore looks for its id.
    pub(super) fn read_folders(&self, folders: &[NaiveDate]) -> Listing {
        gather(self, folders, &Scope::All)
    }
}

fn gather<S: Filed>(data: &DataDir, folders: &[NaiveDate], scope: &Scope) -> Listing<S> {
    let mut listing = Listing::default();
    let mut by_id: HashMap<String, Vec<Found<S>>> = HashMap::new();
    for &folder in folders {
        for found in read_folder::<S>(data, folder, scope, &mut listing.unreadable) {
            if scope.keeps(&found) {
                by_id
                    .entry(found.stored.id().to_string())
                    .or_default()
                    .push(found);
            }
        }
    }
    for mut copies in by_id.into_values() {
        // Best first: the file named by the id, then the newest, then by name.
        copies.sort_by(|a, b| rank(b).cmp(&rank(a)));
        let mut copies = copies.into_iter();
        let Some(winner) = copies.next() else {
            continue;
        };
        let mut stored = winner.stored;
        for copy in copies {
            let path = copy.stored.path().to_path_buf();
            listing.duplicates.push(path.clone());
            stored.add_copy(path);
        }
        let belongs = stored.started().local_date();
        if winner.folder != belongs {
            listing.misfiled.push(Misfiled {
                path: stored.path().to_path_buf(),
                belongs,
            });
        }
        listing.sessions.push(stored);
    }
    sort_by_start(&mut listing.sessions);
    listing.duplicates.sort();
    listing.misfiled.sort_by(|a, b| a.path.cmp(&b.path));
    listing
}

/// Adds the finished sessions of the scope waiting in the state folder for
/// the data dir, unless the data dir has them already (handed over, the
/// waiting copy not removed yet). One that cannot be read is the app's to
/// report, which keeps it and retries.
fn add_waiting<S: Filed>(data: &DataDir, listing: &mut Listing<S>, scope: &Scope) {
    let Some(folder) = data.waiting() else {
        return;
    };
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    let paths = session_paths(entries);
    for path in paths {
        let Ok(Some((stored, modified))) = read_found(&path) else {
            continue;
        };
        let found = Found {
            folder: stored.record.started.local_date(),
            stored: S::keep(stored),
            modified,
        };
        let id = found.stored.id();
        if scope.keeps(&found) && !listing.sessions.iter().any(|s| s.id() == id) {
            listing.unsaved.push(id.to_string());
            listing.sessions.push(found.stored);
        }
    }
    sort_by_start(&mut listing.sessions);
}

/// Sessions in start order, then by id.
fn sort_by_start<S: Filed>(sessions: &mut [S]) {
    sessions.sort_by(|a, b| (a.started(), a.id()).cmp(&(b.started(), b.id())));
}

/// How a copy ranks among the files of one id.
fn rank<S: Filed>(found: &Found<S>) -> (bool, Option<SystemTime>, &Path) {
    let path = found.stored.path();
    let named = path
        .file_stem()
        .is_some_and(|stem| *stem == *found.stored.id());
    (named, found.modified, path)
}

/// The readable sessions of one folder; its unreadable files go to `unreadable`.
fn read_folder<S: Filed>(
    data: &DataDir,
    folder: NaiveDate,
    scope: &Scope,
    unreadable: &mut Vec<Unreadable>,
) -> Vec<Found<S>> {
    let dir = data.day_dir(folder);
    let entries = match fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Vec::new(),
        Err(err) => {
            if scope.reports(folder) {
                unreadable.push(Unreadable {
                    path: dir,
                    reason: Reason::Io(err.to_string()),
                });
            }
            return Vec::new();
        }
    };
    let paths = session_paths(entries);
    let mut found = Vec::new();
    for path in paths {
        match read_found(&path) {
            Ok(Some((stored, modified))) => found.push(Found {
                stored: S::keep(stored),
                folder,
                modified,
            }),
            Err(reason) if scope.reports(folder) => unreadable.push(Unreadable { path, reason }),
            // Gone since the folder was listed (a sync tool at work), or
            // unreadable in a neighbour's folder, which that day reports.
            Ok(None) | Err(_) => {}
        }
    }
    found
}

/// The files of a folder that could be sessions, in name order.
fn session_paths(entries: fs::ReadDir) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(is_session_file)
        .map(|e| e.path())
        .collect();
    paths.sort();
    paths
}

/// A name a session file could have; a folder is never one, but anything
/// else so named (a FIFO, a device, a link) is, to be refused and reported.
fn is_session_file(entry: &fs::DirEntry) -> bool {
    let name = entry.file_name();
    let name = name.to_string_lossy();
    !name.starts_with('.')
        && name.ends_with(".toml")
        && !entry.file_type().is_ok_and(|t| t.is_dir())
}
