//! Folders watched for changes: the state folder for `letdown status
//! --follow`, the days on screen for the day and history screens. On Linux
//! the kernel says when a folder changes (inotify), so a watcher sleeps
//! until then; elsewhere, or where a folder cannot be watched, the caller
//! looks every few seconds and compares a [`Watch::signature`].
//!
//! A folder that is not there yet is watched through the nearest folder
//! above it that is, so that its creation is noticed too (the first session
//! of a day makes that day's folder).

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};

/// Some folders, watched where the system can.
#[derive(Debug)]
pub struct Watch {
    /// The folders asked for.
    wanted: Vec<PathBuf>,
    #[cfg(any(target_os = "linux", target_os = "android"))]
    fd: Option<rustix::fd::OwnedFd>,
    /// What is watched: each folder there now (a wanted one, or the nearest
    /// one above a wanted one that is missing) and its watch.
    #[cfg(any(target_os = "linux", target_os = "android"))]
    watched: Vec<Watched>,
    /// Whether every wanted folder is covered by a watch.
    watching: bool,
}

impl Watch {
    /// Watches `folders`, as far as the system allows.
    #[must_use]
    pub fn new(folders: &[PathBuf]) -> Self {
        let mut watch = Self {
            wanted: Vec::new(),
            #[cfg(any(target_os = "linux", target_os = "android"))]
            fd: init(),
            #[cfg(any(target_os = "linux", target_os = "android"))]
            watched: Vec::new(),
            watching: false,
        };
        watch.set(folders);
        watch
    }

    /// Watches these folders from now on, and no others.
    pub fn set(&mut self, folders: &[PathBuf]) {
        folders.clone_into(&mut self.wanted);
        self.refresh();
    }

    /// The folders asked for.
    #[must_use]
    pub fn wanted(&self) -> &[PathBuf] {
        &self.wanted
    }

    /// Whether every folder asked for is watched: when not, the caller looks
    /// every few seconds instead.
    #[must_use]
    pub fn is_watching(&self) -> bool {
        self.watching
    }

    /// A hash of what the wanted folders hold (names, sizes, modification
    /// times): what a look every few seconds compares where nothing watches.
    #[must_use]
    pub fn signature(&self) -> u64 {
        let mut hasher = DefaultHasher::new();
        for folder in &self.wanted {
            folder.hash(&mut hasher);
            let Ok(entries) = std::fs::read_dir(folder) else {
                0_u8.hash(&mut hasher);
                continue;
            };
            let mut seen: Vec<(std::ffi::OsString, u64, Option<std::time::SystemTime>)> = entries
                .filter_map(Result::ok)
                .map(|entry| {
                    let meta = entry.metadata().ok();
                    (
                        entry.file_name(),
                        meta.as_ref().map_or(0, std::fs::Metadata::len),
                        meta.and_then(|m| m.modified().ok()),
                    )
                })
                .collect();
            seen.sort();
            seen.hash(&mut hasher);
        }
        hasher.finish()
    }
}

/// One folder under watch.
#[cfg(any(target_os = "linux", target_os = "android"))]
#[derive(Debug)]
struct Watched {
    folder: PathBuf,
    wd: i32,
    /// For a folder watched in place of a missing one below it, the names
    /// in it that lead there: only a change to one of those counts (another
    /// program's files beside them are none of the watcher's business).
    /// Empty for a folder wanted itself, where every change counts.
    leads_to: Vec<std::ffi::OsString>,
}

#[cfg(any(target_os = "linux", target_os = "android"))]
fn init() -> Option<rustix::fd::OwnedFd> {
    use rustix::fs::inotify::{CreateFlags, init};
    init(CreateFlags::CLOEXEC | CreateFlags::NONBLOCK).ok()
}

/// The folder a watch for `folder` goes on: itself when it is there, else
/// the nearest folder above it that is.
fn nearest_there(folder: &Path) -> Option<&Path> {
    folder
        .ancestors()
        .find(|f| !f.as_os_str().is_empty() && f.is_dir())
}

#[cfg(any(target_os = "linux", target_os = "android"))]
impl Watch {
    /// Puts the watches where the wanted folders are now: a folder that
    /// appeared is watched itself, one gone is let go.
    pub fn refresh(&mut self) {
        use rustix::fs::inotify::{WatchFlags, add_watch, remove_watch};
        let Some(fd) = &self.fd else {
            self.watching = false;
            return;
        };
        // Each folder there, with the names in it that lead to a wanted
        // folder still missing (none when it is wanted itself).
        let mut targets: Vec<(PathBuf, Vec<std::ffi::OsString>)> = Vec::new();
        for wanted in &self.wanted {
            let Some(there) = nearest_there(wanted) else {
                continue;
            };
            let lead = wanted
                .strip_prefix(there)
                .ok()
                .and_then(|rest| rest.components().next())
                .map(|first| first.as_os_str().to_os_string());
            match targets.iter_mut().find(|(folder, _)| folder == there) {
                Some((_, leads)) => leads.extend(lead),
                None => targets.push((there.to_path_buf(), lead.into_iter().collect())),
            }
        }
        // A folder wanted itself: every change in it counts.
        for (folder, leads) in &mut targets {
            if self.wanted.contains(folder) {
                leads.clear();
            }
        }
        let what = WatchFlags::CREATE
            | WatchFlags::DELETE
            | WatchFlags::MODIFY
            | WatchFlags::CLOSE_WRITE
            | WatchFlags::MOVED_FROM
            | WatchFlags::MOVED_TO
            | WatchFlags::DELETE_SELF
            | WatchFlags::MOVE_SELF;
        self.watched.retain(|watched| {
            let keep = targets.iter().any(|(folder, _)| *folder == watched.folder);
            if !keep {
                let _ = remove_watch(fd, watched.wd);
            }
            keep
        });
        let mut all = true;
        for (folder, leads_to) in targets {
            if let Some(watched) = self.watched.iter_mut().find(|w| w.folder == folder) {
                watched.leads_to = leads_to;
                continue;
            }
            match add_watch(fd, &folder, what) {
                Ok(wd) => self.watched.push(Watched {
                    folder,
                    wd,
                    leads_to,
                }),
                Err(_) => all = false,
            }
        }
        self.watching = all && self.wanted.iter().all(|f| nearest_there(f).is_some());
    }

    /// What a caller's `poll` waits on; none where nothing is watched.
    #[must_use]
    pub fn fd(&self) -> Option<&rustix::fd::OwnedFd> {
        self.fd.as_ref().filter(|_| !self.watched.is_empty())
    }

    /// Reads the events waiting, and puts the watches where the folders
    /// are now (a folder made or removed moves them). True when one of them
    /// was a change to a wanted folder, or on the way to one.
    pub fn drain(&mut self) -> bool {
        use rustix::fs::inotify::{ReadFlags, Reader};
        let Some(fd) = &self.fd else {
            return false;
        };
        let mut buf = [std::mem::MaybeUninit::uninit(); 4096];
        let mut events = Reader::new(fd, &mut buf);
        let mut counts = false;
        let mut gone = Vec::new();
        while let Ok(event) = events.next() {
            let Some(watched) = self.watched.iter().find(|w| w.wd == event.wd()) else {
                continue;
            };
            let flags = event.events();
            if flags.intersects(ReadFlags::IGNORED) {
                gone.push(event.wd());
            }
            let named = event.file_name().map(|name| {
                use std::os::unix::ffi::OsStrExt;
                std::ffi::OsStr::from_bytes(name.to_bytes()).to_os_string()
            });
            counts |= watched.leads_to.is_empty()
                || flags
                    .intersects(ReadFlags::IGNORED | ReadFlags::DELETE_SELF | ReadFlags::MOVE_SELF)
                || named.is_some_and(|name| watched.leads_to.contains(&name));
        }
        // The kernel dropped these watches itself (their folder went).
        self.watched.retain(|w| !gone.contains(&w.wd));
        if counts || !gone.is_empty() {
            self.refresh();
        }
        counts
    }
}

#[cfg(not(any(target_os = "linux", target_os = "android")))]
impl Watch {
    /// Nothing to put anywhere: every folder is looked at instead.
    pub fn refresh(&mut self) {
        self.watching = false;
    }

    /// Nothing is watched here.
    #[must_use]
    pub fn fd(&self) -> Option<&std::os::unix::net::UnixStream> {
        None
    }

    /// No event ever waits.
    pub fn drain(&mut self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_folder_is_watched_through_the_one_above() {
        let linux = cfg!(any(target_os = "linux", target_os = "android"));
        let dir = tempfile::tempdir().expect("tempdir");
        let day = dir.path().join("sessions/2026-12-04");
        assert_eq!(nearest_there(&day), Some(dir.path()));
        let mut watch = Watch::new(std::slice::from_ref(&day));
        let before = watch.signature();
        // Another program's file beside the way to it is no change.
        std::fs::write(dir.path().join("elsewhere"), "x").expect("a file beside");
        if linux {
            assert!(watch.is_watching());
            assert!(!watch.drain(), "a file beside it is no change");
        }
        std::fs::create_dir_all(&day).expect("the day");
        std::fs::write(day.join("a.toml"), "x").expect("a file");
        if linux {
            assert!(watch.drain(), "the new folder is seen");
            std::fs::write(day.join("b.toml"), "y").expect("a second file");
            assert!(watch.drain(), "and a file in it, now watched itself");
        }
        assert_ne!(watch.signature(), before, "a look sees it too");
    }
}
