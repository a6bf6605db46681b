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
use super::sessions::{DataDir, day_of, read_found};
use super::stored::Stored;

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

/// What reading some days found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Listing {
    /// Sessions in start order, one per id.
    pub sessions: Vec<Stored>,
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

impl Listing {
    /// Whether this listed session is still waiting for the data dir.
    #[must_use]
    pub fn is_unsaved(&self, stored: &Stored) -> bool {
        self.unsaved.contains(&stored.record.id)
    }
}

/// A readable session file and where it was found.
struct Found {
    stored: Stored,
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
    fn keeps(&self, found: &Found) -> bool {
        match *self {
            Self::All => true,
            Self::Days {
                from,
                to,
                day_start,
            } => {
                let day = day_of(&found.stored.record, day_start);
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
        gather(self, &self.days(), &Scope::All)
    }

    /// Every session filed in these day folders, wherever it counts: where
    /// a restore looks for its id.
    pub(super) fn read_folders(&self, folders: &[NaiveDate]) -> Listing {
        gather(self, folders, &Scope::All)
    }
}

fn gather(data: &DataDir, folders: &[NaiveDate], scope: &Scope) -> Listing {
    let mut listing = Listing::default();
    let mut by_id: HashMap<String, Vec<Found>> = HashMap::new();
    for &folder in folders {
        for found in read_folder(data, folder, scope, &mut listing.unreadable) {
            if scope.keeps(&found) {
                by_id
                    .entry(found.stored.record.id.clone())
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
            listing.duplicates.push(copy.stored.path.clone());
            stored.copies.push(copy.stored.path);
        }
        let belongs = stored.record.started.local_date();
        if winner.folder != belongs {
            listing.misfiled.push(Misfiled {
                path: stored.path.clone(),
                belongs,
            });
        }
        listing.sessions.push(stored);
    }
    listing
        .sessions
        .sort_by(|a, b| (a.record.started, &a.record.id).cmp(&(b.record.started, &b.record.id)));
    listing.duplicates.sort();
    listing.misfiled.sort_by(|a, b| a.path.cmp(&b.path));
    listing
}

/// Adds the finished sessions of the scope waiting in the state folder for
/// the data dir, unless the data dir has them already (handed over, the
/// waiting copy not removed yet). One that cannot be read is the app's to
/// report, which keeps it and retries.
fn add_waiting(data: &DataDir, listing: &mut Listing, scope: &Scope) {
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
            stored,
            modified,
        };
        let id = &found.stored.record.id;
        if scope.keeps(&found) && !listing.sessions.iter().any(|s| s.record.id == *id) {
            listing.unsaved.push(id.clone());
            listing.sessions.push(found.stored);
        }
    }
    listing
        .sessions
        .sort_by(|a, b| (a.record.started, &a.record.id).cmp(&(b.record.started, &b.record.id)));
}

/// How a copy ranks among the files of one id.
fn rank(found: &Found) -> (bool, Option<SystemTime>, &Path) {
    let path = found.stored.path.as_path();
    let named = path
        .file_stem()
        .is_some_and(|stem| *stem == *found.stored.record.id);
    (named, found.modified, path)
}

/// The readable sessions of one folder; its unreadable files go to `unreadable`.
fn read_folder(
    data: &DataDir,
    folder: NaiveDate,
    scope: &Scope,
    unreadable: &mut Vec<Unreadable>,
) -> Vec<Found> {
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
                stored,
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
