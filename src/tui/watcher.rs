//! A thread that watches the folders the screen shows and wakes the loop
//! when they change. It sleeps in `poll(2)` on the kernel's word (inotify)
//! and on a socket the loop pokes when the screen shows other folders;
//! where a folder cannot be watched, it looks every [`LOOK_EVERY`] and wakes
//! the loop only when what it sees differs. A burst of changes (a sync tool
//! writing many files) wakes the loop once, when it has been quiet for
//! [`QUIET`].

use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;
use std::time::Duration;

use crate::store::Watch;

/// Where nothing watches, the folders are looked at this often.
pub const LOOK_EVERY: Duration = Duration::from_secs(3);

/// A burst of changes is told once it has been quiet this long.
const QUIET: Duration = Duration::from_millis(100);

/// The loop's side: which folders to watch.
#[derive(Debug)]
pub struct Watcher {
    folders: Sender<Vec<PathBuf>>,
    poke: UnixStream,
    following: Vec<PathBuf>,
}

impl Watcher {
    /// Starts the thread; `wake` tells the loop that the folders changed
    /// and returns false once the loop is gone. None where no thread or
    /// socket can be had: the screens then change only when asked.
    pub fn start(wake: impl Fn() -> bool + Send + 'static) -> Option<Self> {
        let (poke, poked) = UnixStream::pair().ok()?;
        poked.set_nonblocking(true).ok()?;
        let (folders, wanted) = mpsc::channel();
        thread::Builder::new()
            .name("watcher".into())
            .spawn(move || watch(&wanted, &poked, &wake))
            .ok()?;
        Some(Self {
            folders,
            poke,
            following: Vec::new(),
        })
    }

    /// Watches these folders from now on (nothing to do when they are the
    /// ones watched already).
    pub fn follow(&mut self, folders: Vec<PathBuf>) {
        if folders == self.following {
            return;
        }
        self.following.clone_from(&folders);
        if self.folders.send(folders).is_ok() {
            let _ = self.poke.write_all(b"!");
        }
    }
}

/// The thread: until the loop is gone.
fn watch(wanted: &Receiver<Vec<PathBuf>>, poked: &UnixStream, wake: &impl Fn() -> bool) {
    let mut watch = Watch::new(&[]);
    let mut seen = watch.signature();
    loop {
        let mut changed_set = false;
        loop {
            match wanted.try_recv() {
                Ok(folders) => {
                    watch.set(&folders);
                    changed_set = true;
                }
                Err(mpsc::TryRecvError::Empty) => break,
                Err(mpsc::TryRecvError::Disconnected) => return,
            }
        }
        if changed_set {
            // What the screen reads now is what it shows: only later changes count.
            seen = watch.signature();
        }
        let timeout = (!watch.is_watching()).then_some(LOOK_EVERY);
        match wait(&watch, poked, timeout) {
            Woke::Poked => {
                let mut sink = [0_u8; 64];
                while matches!((&*poked).read(&mut sink), Ok(n) if n > 0) {}
                continue;
            }
            Woke::Gone => return,
            Woke::Event => {
                let mut counts = watch.drain();
                // Let a burst finish before the loop reads the folders.
                while matches!(wait(&watch, poked, Some(QUIET)), Woke::Event) {
                    counts |= watch.drain();
                }
                if !counts {
                    continue;
                }
            }
            Woke::Time => {
                let now = watch.signature();
                if now == seen {
                    continue;
                }
                seen = now;
            }
        }
        if !wake() {
            return;
        }
    }
}

/// What ended a wait.
enum Woke {
    /// A watched folder changed.
    Event,
    /// The loop asked for other folders.
    Poked,
    /// The loop is gone.
    Gone,
    /// The time was up.
    Time,
}

/// Sleeps until a watched folder changes, the loop pokes, or `timeout`.
fn wait(watch: &Watch, poked: &UnixStream, timeout: Option<Duration>) -> Woke {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    let timeout = timeout.map(|t| Timespec::try_from(t).unwrap_or_default());
    loop {
        let mut fds = vec![PollFd::new(poked, PollFlags::IN)];
        if let Some(fd) = watch.fd() {
            fds.push(PollFd::new(fd, PollFlags::IN));
        }
        match poll(&mut fds, timeout.as_ref()) {
            Ok(0) => return Woke::Time,
            Ok(_) => {}
            Err(rustix::io::Errno::INTR) => continue,
            Err(_) => {
                // A poll that cannot wait must not turn into a spin.
                thread::sleep(LOOK_EVERY);
                return Woke::Time;
            }
        }
        let poke = fds[0].revents();
        if poke.intersects(PollFlags::HUP | PollFlags::ERR) {
            return Woke::Gone;
        }
        if !poke.is_empty() {
            return Woke::Poked;
        }
        return Woke::Event;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    #[test]
    fn a_session_in_a_followed_day_wakes_the_loop_even_when_its_folder_is_new() {
        let dir = tempfile::tempdir().expect("tempdir");
        let day = dir.path().join("sessions/2026-12-04");
        let (tx, rx) = mpsc::channel();
        let mut watcher = Watcher::start(move || tx.send(()).is_ok()).expect("a watcher");
        watcher.follow(vec![day.clone()]);
        // The thread takes the folders when it can: a session arrives until
        // it is seen, each in a file of its own, as a sync tool brings them.
        let deadline = Instant::now() + LOOK_EVERY * 3;
        for i in 0.. {
            assert!(Instant::now() < deadline, "never woken");
            std::fs::create_dir_all(&day).expect("the day's folder");
            std::fs::write(day.join(format!("{i}.toml")), "a session").expect("a session");
            if rx.recv_timeout(QUIET * 3).is_ok() {
                break;
            }
        }
    }
}
