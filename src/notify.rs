//! Desktop notifications and the bell, off the UI thread and failing soft.
//!
//! A notification service that hangs can hold a D-Bus call for up to 120 s,
//! so notifications go through a small bounded queue to a thread of their own:
//! [`Notifier::send`] never waits, and when the queue is full the notification
//! is dropped rather than the screen frozen. With no session bus or no
//! notification service the notifier turns itself off and says so once, for
//! the status line; the bell, which the TUI rings itself, carries on.

use std::ffi::OsStr;
use std::fmt;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender, SyncSender, TrySendError};
use std::time::{Duration, Instant};

use crate::config::Notifications;

mod alert;

pub use alert::{Alert, AlertKind};

/// The name notifications carry, as the desktop groups them.
pub const APP_NAME: &str = "letdown";

/// How many notifications may wait for the thread. A few cover a burst (a
/// phase change and the target in one tick); more would only pile up behind
/// a service that hangs.
const QUEUE_LEN: usize = 8;

/// How long the desktop shows a notification: it is a nudge, not a task.
const SHOW_MS: u32 = 8_000;

/// A notification that waited this long behind a slow service is news no
/// longer (the phase it names may be over), so it is not shown.
const STALE_AFTER: Duration = Duration::from_secs(30);

/// Whether the config lets this kind of alert through at all.
fn allows(switches: &Notifications, kind: AlertKind) -> bool {
    match kind {
        AlertKind::PhaseChange => switches.phase_change,
        AlertKind::Stall => switches.stall,
        AlertKind::Target => switches.target,
        AlertKind::Reminder => switches.reminder,
    }
}

/// What became of one alert handed to [`Notifier::send`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sent {
    /// On its way to the notification thread.
    Queued,
    /// The queue was full (the service is slow or hangs), so it was let go.
    Dropped,
    /// The config turns this alert, or desktop notifications, off.
    Disabled,
    /// Desktop notifications are off: no session bus or no service.
    Off,
}

/// Why desktop notifications turned themselves off, told once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotifyStatus {
    /// There is no session bus to talk to (SSH, a console, a headless box).
    NoSessionBus,
    /// The bus or the notification service failed; the error as it read.
    Unavailable(String),
}

impl fmt::Display for NotifyStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoSessionBus => f.write_str(&crate::tr!("facts-notify-no-bus")),
            Self::Unavailable(_) => f.write_str(&crate::tr!("facts-notify-unavailable")),
        }
    }
}

/// One alert in the queue, with when it was sent, so a stale one is skipped.
struct Queued {
    alert: Alert,
    at: Instant,
}

/// Sends desktop notifications from a thread of its own, as the config allows.
///
/// Dropping it closes the queue; the thread finishes what it is doing and
/// ends. It is never joined, because it may be stuck in a D-Bus call for
/// minutes, and quitting must not wait for that.
pub struct Notifier {
    switches: Notifications,
    queue: Option<SyncSender<Queued>>,
    off: Arc<AtomicBool>,
    status: Receiver<NotifyStatus>,
}

impl Notifier {
    /// A notifier for the `[notifications]` switches, talking to the session
    /// bus the environment names. It checks cheaply that there is one before
    /// starting its thread; everything that may block happens on that thread.
    #[must_use]
    pub fn new(switches: &Notifications) -> Self {
        let (status_tx, status) = mpsc::channel();
        let off = Arc::new(AtomicBool::new(false));
        let mut notifier = Self {
            switches: switches.clone(),
            queue: None,
            off: Arc::clone(&off),
            status,
        };
        if !switches.desktop {
            return notifier;
        }
        if !session_bus_here() {
            turn_off(&off, &status_tx, NotifyStatus::NoSessionBus);
            return notifier;
        }
        let (queue, jobs) = mpsc::sync_channel(QUEUE_LEN);
        let thread_off = Arc::clone(&off);
        let thread_status = status_tx.clone();
        let spawned = std::thread::Builder::new()
            .name("letdown-notify".to_string())
            .spawn(move || deliver(&jobs, &thread_off, &thread_status));
        match spawned {
            Ok(_detached) => notifier.queue = Some(queue),
            Err(err) => turn_off(&off, &status_tx, NotifyStatus::Unavailable(err.to_string())),
        }
        notifier
    }

    /// Hands an alert to the notification thread without ever waiting.
    pub fn send(&self, alert: impl Into<Alert>) -> Sent {
        let alert = alert.into();
        if !self.switches.desktop || !allows(&self.switches, alert.kind()) {
            return Sent::Disabled;
        }
        if self.off.load(Ordering::Acquire) {
            return Sent::Off;
        }
        let Some(queue) = &self.queue else {
            return Sent::Off;
        };
        let queued = Queued {
            alert,
            at: Instant::now(),
        };
        match queue.try_send(queued) {
            Ok(()) => Sent::Queued,
            Err(TrySendError::Full(_)) => Sent::Dropped,
            Err(TrySendError::Disconnected(_)) => Sent::Off,
        }
    }

    /// Whether the caller should ring the terminal bell for this alert. The
    /// bell has its own switch and does not depend on the desktop: it is what
    /// is left when there is no notification service.
    #[must_use]
    pub fn rings_bell(&self, alert: &Alert) -> bool {
        self.switches.bell && allows(&self.switches, alert.kind())
    }

    /// News for the status line: that desktop notifications turned off, and
    /// why. Returns it once; afterwards `None`.
    #[must_use]
    pub fn take_status(&self) -> Option<NotifyStatus> {
        self.status.try_recv().ok()
    }
}

fn turn_off(off: &AtomicBool, status: &Sender<NotifyStatus>, why: NotifyStatus) {
    off.store(true, Ordering::Release);
    // The notifier may be gone already; then nobody needs to know.
    let _ = status.send(why);
}

/// The notification thread: asks whether anyone is listening, then shows
/// alerts until the queue closes, and stops at the first failure, since a
/// missing service does not come back within a session and every retry
/// would cost a D-Bus round trip.
fn deliver(jobs: &Receiver<Queued>, off: &AtomicBool, status: &Sender<NotifyStatus>) {
    if let Err(err) = probe() {
        turn_off(off, status, NotifyStatus::Unavailable(err.to_string()));
        return;
    }
    while let Ok(job) = jobs.recv() {
        if job.at.elapsed() > STALE_AFTER {
            continue;
        }
        if let Err(err) = show(&job.alert) {
            turn_off(off, status, NotifyStatus::Unavailable(err.to_string()));
            return;
        }
    }
}

/// Asks the service who it is, so that a missing one is known at start-up
/// rather than at the first phase change.
#[cfg(all(unix, not(target_os = "macos")))]
fn probe() -> notify_rust::error::Result<()> {
    notify_rust::get_server_information().map(drop)
}

#[cfg(not(all(unix, not(target_os = "macos"))))]
fn probe() -> notify_rust::error::Result<()> {
    Ok(())
}

fn show(alert: &Alert) -> notify_rust::error::Result<()> {
    let mut notification = notify_rust::Notification::new();
    notification
        .appname(APP_NAME)
        .summary(alert.summary())
        .body(&alert.body())
        .timeout(notify_rust::Timeout::Milliseconds(SHOW_MS));
    #[cfg(all(unix, not(target_os = "macos")))]
    notification.urgency(notify_rust::Urgency::Normal);
    notification.show().map(drop)
}

/// Whether this environment names a session bus, judged without touching it.
#[cfg(all(unix, not(target_os = "macos")))]
fn session_bus_here() -> bool {
    session_bus_named(
        std::env::var_os("DBUS_SESSION_BUS_ADDRESS").as_deref(),
        std::env::var_os("XDG_RUNTIME_DIR").as_deref(),
    )
}

/// Elsewhere notifications do not go through D-Bus; the thread finds out.
#[cfg(not(all(unix, not(target_os = "macos"))))]
fn session_bus_here() -> bool {
    true
}

/// A session bus is named by `DBUS_SESSION_BUS_ADDRESS`, or else is the
/// `bus` socket in the runtime folder, where the D-Bus library looks next. A
/// desktop session sets one of the two; SSH and consoles usually neither.
#[cfg_attr(not(all(unix, not(target_os = "macos"))), allow(dead_code))]
fn session_bus_named(address: Option<&OsStr>, runtime_dir: Option<&OsStr>) -> bool {
    if let Some(address) = address {
        return !address.is_empty();
    }
    runtime_dir.is_some_and(|dir| !dir.is_empty() && Path::new(dir).join("bus").exists())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quiet() -> Notifications {
        Notifications {
            desktop: false,
            ..Notifications::default()
        }
    }

    #[test]
    fn desktop_off_sends_nothing_and_says_nothing() {
        let notifier = Notifier::new(&quiet());
        assert_eq!(
            notifier.send(Alert::TargetReached { target_secs: 60.0 }),
            Sent::Disabled
        );
        assert_eq!(notifier.take_status(), None);
    }

    #[test]
    fn the_bell_follows_its_own_switch_and_the_kind() {
        let reminder = Alert::Reminder {
            since_last_secs: None,
        };
        let notifier = Notifier::new(&quiet());
        assert!(
            notifier.rings_bell(&reminder),
            "bell stays with desktop off"
        );
        let notifier = Notifier::new(&Notifications {
            reminder: false,
            ..quiet()
        });
        assert!(!notifier.rings_bell(&reminder));
        let notifier = Notifier::new(&Notifications {
            bell: false,
            ..quiet()
        });
        assert!(!notifier.rings_bell(&reminder));
    }

    #[test]
    fn a_session_bus_is_named_by_the_address_or_the_runtime_socket() {
        let dir = tempfile::tempdir().expect("temp dir");
        let runtime = dir.path().as_os_str();
        assert!(session_bus_named(Some(OsStr::new("unix:path=/x")), None));
        assert!(!session_bus_named(Some(OsStr::new("")), Some(runtime)));
        assert!(!session_bus_named(None, None));
        assert!(!session_bus_named(None, Some(runtime)));
        std::fs::write(dir.path().join("bus"), "").expect("fake socket");
        assert!(session_bus_named(None, Some(runtime)));
    }
}
