//! The end of a face's terminal, for the screen and the line mode alike: a
//! quit signal (SIGTERM, SIGINT, SIGHUP), and a terminal that went away
//! without one (a shell in between that ignores SIGHUP, an SSH link
//! dropped), which crossterm's reader can spin on instead of failing and an
//! idle face would otherwise never write to. The watch sleeps in `poll` until
//! the kernel reports the hang-up, so an open session costs no wake-ups for it.

use std::io::{self, IsTerminal};
use std::thread;
use std::time::Duration;

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};

/// How often it looks where `poll` cannot watch the terminal.
const EVERY: Duration = Duration::from_millis(250);

/// Calls `quit` at the first SIGTERM, SIGINT or SIGHUP, which then save and
/// quit as `q` does.
pub fn on_quit_signal(quit: impl FnOnce() + Send + 'static) {
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGINT, SIGHUP]) else {
        return;
    };
    thread::spawn(move || {
        if signals.forever().next().is_some() {
            quit();
        }
    });
}

/// Calls `lost` once the terminal is gone.
pub fn on_terminal_lost(lost: impl FnOnce() + Send + 'static) {
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
