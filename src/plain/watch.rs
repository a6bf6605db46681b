//! Notices a terminal that went away without a signal (a shell in between
//! that ignores SIGHUP, an SSH link dropped): the line mode may sit idle for
//! a minute with nothing to print, and a write is how it would otherwise
//! find out. It sleeps in `poll` until the kernel reports the hang-up, as
//! the screen's watchdog does, so an open session costs no wake-ups for it.

use std::io::{self, IsTerminal};
use std::thread;
use std::time::Duration;

/// How often it looks where `poll` cannot watch the terminal.
const EVERY: Duration = Duration::from_millis(250);

/// Calls `lost` once the terminal is gone.
pub fn spawn(lost: impl FnOnce() + Send + 'static) {
    thread::spawn(move || {
        #[cfg(unix)]
        if waited_for_hang_up() {
            lost();
            return;
        }
        while io::stdin().is_terminal() && io::stdout().is_terminal() {
            thread::sleep(EVERY);
        }
        lost();
    });
}

/// Waits until the terminal hangs up (true), or returns false at once if
/// `poll` cannot watch it (macOS answers "invalid" for any terminal).
#[cfg(unix)]
fn waited_for_hang_up() -> bool {
    use rustix::event::{PollFd, PollFlags, poll};
    let (stdin, stdout) = (io::stdin(), io::stdout());
    loop {
        // Asking for no event: only a hang-up or an error ends the wait.
        let mut fds = [
            PollFd::new(&stdin, PollFlags::empty()),
            PollFd::new(&stdout, PollFlags::empty()),
        ];
        match poll(&mut fds, None) {
            Ok(_) if fds.iter().any(|fd| fd.revents().contains(PollFlags::HUP)) => return true,
            Ok(_) if fds.iter().any(|fd| !fd.revents().is_empty()) => return false,
            Ok(_) | Err(rustix::io::Errno::INTR) => {}
            Err(_) => return false,
        }
    }
}
