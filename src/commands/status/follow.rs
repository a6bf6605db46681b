//! `letdown status --follow`: a new line (or JSON object, one a line) at
//! each change, for waybar, polybar and i3blocks, until stopped.
//!
//! It never busy-polls. It sleeps in `poll(2)` until the state folder
//! changes (inotify, on Linux: a tap's save, a session starting or ending,
//! the lock let go when a session's process dies) or until the line next
//! changes by itself (the session clock's next second; when idle, the next
//! minute of "last pumped 2h10m ago", or the due time), and never prints
//! more than once a second. SIGTERM, SIGINT and SIGHUP end it with exit code
//! 0; so does its reader going away (a closed pipe), noticed at once.

use std::io::{self, Write};
use std::os::unix::net::UnixStream;
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, Local};

use super::{Past, Session, clock_at, facts, line};
use crate::commands::{Context, Failure};
use crate::store::{RunningFile, Watch};

/// At most one line this often.
const MIN_GAP: Duration = Duration::from_secs(1);

/// The day folders are read again this often (another machine's sessions
/// arrive by sync; a session leaves the last 24 hours), and the line is
/// looked at this often at least.
const PAST_EVERY: Duration = Duration::from_secs(60);

/// Where the state folder cannot be watched (not Linux, or no folder yet),
/// it is looked at this often.
const LOOK_EVERY: Duration = Duration::from_secs(1);

pub(super) fn run(context: &Context, json: bool) -> Result<(), Failure> {
    let stop = Stop::install();
    let mut watch = Watch::new(&[context.state.root().to_path_buf()]);
    let mut session = Session::read(&context.state);
    session.report_unreadable();
    let mut past: Option<(Past, Instant)> = None;
    let mut printed: Option<(String, Instant)> = None;
    let mut out = io::stdout();
    loop {
        let (now, mono) = (Local::now().fixed_offset(), Instant::now());
        let needs_past = json || !session.is_running();
        if needs_past
            && past
                .as_ref()
                .is_none_or(|(_, at)| mono.saturating_duration_since(*at) >= PAST_EVERY)
        {
            past = Some((Past::read(context, now, past.is_none()), mono));
        }
        let past_now = past.as_ref().map(|(past, _)| past);
        let text = if json {
            let facts = facts(context, &session, past_now, now);
            crate::format::json::to_string(&facts).map_err(|err| Failure::Io(err.to_string()))?
        } else {
            line(context, &session, past_now, now)
        };
        let mut wait = next_change(&session, past_now, now);
        if printed.as_ref().is_none_or(|(last, _)| *last != text) {
            match printed
                .as_ref()
                .map(|(_, at)| mono.saturating_duration_since(*at))
            {
                Some(since) if since < MIN_GAP => wait = wait.min(MIN_GAP.saturating_sub(since)),
                _ => {
                    if !write_line(&mut out, &text)? {
                        return Ok(());
                    }
                    printed = Some((text, mono));
                }
            }
        }
        match wait_for(stop.as_ref(), &mut watch, wait) {
            Woke::Stop => return Ok(()),
            Woke::Time if watch.is_watching() => {}
            Woke::Time | Woke::Changed => {
                let before = kind(&session);
                session = Session::read(&context.state);
                if kind(&session) != before {
                    // Started, ended, interrupted: the day folders have news.
                    past = None;
                }
            }
        }
    }
}

/// Writes one line; false when no one reads any more (a closed pipe).
fn write_line(out: &mut io::Stdout, text: &str) -> Result<bool, Failure> {
    let mut out = out.lock();
    match writeln!(out, "{text}").and_then(|()| out.flush()) {
        Ok(()) => Ok(true),
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => Ok(false),
        Err(err) => Err(Failure::Io(err.to_string())),
    }
}

/// What kind of state the session is in, to tell when the day folders need
/// reading again.
fn kind(session: &Session) -> (u8, bool) {
    let file = match session.file {
        RunningFile::Absent => 0,
        RunningFile::Running(_) => 1,
        RunningFile::Finished(_) => 2,
        RunningFile::Unreadable(_) => 3,
    };
    (file, session.held)
}

/// How long until the line changes by itself: the session clock's next
/// second; otherwise the next change of "last pumped … ago" or the due
/// time; at most [`PAST_EVERY`].
fn next_change(session: &Session, past: Option<&Past>, now: DateTime<FixedOffset>) -> Duration {
    let margin = Duration::from_millis(5);
    if let Some(record) = session.ticking() {
        let clock = clock_at(record, true, now);
        return Duration::from_secs_f64(1.0 - clock.fract()) + margin;
    }
    let mut wait = PAST_EVERY;
    if matches!(session.file, RunningFile::Absent)
        && let Some(past) = past
        && let Some(end) = past.recent.last_end(now)
    {
        let ago = super::secs_between(end, now).max(0.0);
        let step = if ago < 60.0 { 1.0 } else { 60.0 };
        wait = wait.min(Duration::from_secs_f64(step - ago % step) + margin);
    }
    wait
}

/// What ended a wait.
enum Woke {
    /// A signal asked it to stop, or stdout's reader went away.
    Stop,
    /// The state folder changed.
    Changed,
    /// The wait's time was up.
    Time,
}

/// Sleeps until the state folder changes, a signal or a closed stdout
/// comes, or `wait` is up (at most [`LOOK_EVERY`] where nothing watches).
fn wait_for(stop: Option<&Stop>, watch: &mut Watch, wait: Duration) -> Woke {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    if !watch.is_watching() {
        watch.refresh();
        if watch.is_watching() {
            // Watched from now on; what happened before is read at once.
            return Woke::Changed;
        }
    }
    let wait = if watch.is_watching() {
        wait
    } else {
        wait.min(LOOK_EVERY)
    };
    let deadline = Instant::now() + wait;
    let stdout = io::stdout();
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        let timeout = Timespec::try_from(left).unwrap_or_default();
        // Asking for no event on stdout: only its reader going away wakes it.
        let mut fds = vec![PollFd::new(&stdout, PollFlags::empty())];
        if let Some(stop) = stop {
            fds.push(PollFd::new(&stop.read, PollFlags::IN));
        }
        if let Some(fd) = watch.fd() {
            fds.push(PollFd::new(fd, PollFlags::IN));
        }
        match poll(&mut fds, Some(&timeout)) {
            Ok(0) => return Woke::Time,
            Ok(_) => {}
            Err(rustix::io::Errno::INTR) => continue,
            // A poll that cannot wait must not turn into a spin.
            Err(_) => {
                std::thread::sleep(left);
                return Woke::Time;
            }
        }
        let gone = PollFlags::ERR | PollFlags::HUP;
        if fds[0].revents().intersects(gone) {
            return Woke::Stop;
        }
        if stop.is_some() && !fds[1].revents().is_empty() {
            return Woke::Stop;
        }
        drop(fds);
        let _ = watch.drain();
        return Woke::Changed;
    }
}

/// SIGTERM, SIGINT and SIGHUP, written to a socket the wait watches.
struct Stop {
    read: UnixStream,
}

impl Stop {
    fn install() -> Option<Self> {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        let (read, write) = UnixStream::pair().ok()?;
        for signal in [SIGTERM, SIGINT, SIGHUP] {
            signal_hook::low_level::pipe::register(signal, write.try_clone().ok()?).ok()?;
        }
        Some(Self { read })
    }
}
