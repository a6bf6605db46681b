//! Desktop notifications against a real, private D-Bus session bus.
//!
//! Each test starts its own `dbus-daemon` and, where it needs one,
//! python-dbusmock's notification daemon on it. The notifier finds the bus the
//! way every D-Bus client does, through `DBUS_SESSION_BUS_ADDRESS`, and the
//! environment belongs to the whole process (and cannot be changed here
//! without `unsafe`). So the part that drives the notifier runs in a child
//! process: this same test binary, started with the bus in its environment
//! and asked to run one of the `child_*` tests below. Those are ignored in a
//! normal run and do nothing unless `LETDOWN_NOTIFY_CHILD` is set. The child
//! prints what the test needs to know after `child:` (libtest may print its
//! own words before that on the first line), and waits on its stdin for the
//! parent's word where the parent must see something happen first.

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

mod pty_harness;

#[path = "common/skip.rs"]
mod skip;

use letdown::config::Notifications;
use letdown::notify::{Alert, Notifier, NotifyStatus, Sent};
use letdown::session::Notice;

/// Set in the child's environment to the scenario it should play.
const CHILD: &str = "LETDOWN_NOTIFY_CHILD";
const BUS_NAME: &str = "org.freedesktop.Notifications";
const BUS_PATH: &str = "/org/freedesktop/Notifications";
/// Generous, since a loaded CI machine starts Python slowly; every wait ends
/// as soon as its condition holds.
const PATIENCE: Duration = Duration::from_secs(30);

// ---------------------------------------------------------------- the parent

/// Daemons started for one test, killed when it ends however it ends.
struct Daemons {
    children: Vec<Child>,
    dir: tempfile::TempDir,
    address: String,
}

impl Drop for Daemons {
    fn drop(&mut self) {
        for child in self.children.iter_mut().rev() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Daemons {
    /// A private session bus, or `None` (with a message) where `dbus-daemon`
    /// is not installed.
    fn bus() -> Option<Self> {
        if !installed("dbus-daemon") {
            skip::skip_unless_ci(
                "notify",
                "dbus-daemon is not installed (apt-get install dbus python3-dbusmock)",
            );
            return None;
        }
        let dir = tempfile::tempdir().expect("temp dir");
        let mut daemon = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            // It complains, harmlessly, that it may not raise its file limit.
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-daemon starts");
        let stdout = daemon.stdout.take().expect("piped stdout");
        let mut daemons = Self {
            children: vec![daemon],
            dir,
            address: String::new(),
        };
        // Read the address on a thread, so that a daemon that never prints
        // fails the test at the deadline instead of hanging it.
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let line = rx
            .recv_timeout(PATIENCE)
            .expect("dbus-daemon prints its address");
        daemons.address = line.trim().to_string();
        assert!(
            !daemons.address.is_empty(),
            "dbus-daemon printed no address"
        );
        Some(daemons)
    }

    /// The bus with python-dbusmock's notification daemon on it.
    fn with_service() -> Option<Self> {
        let mut daemons = Self::bus()?;
        let mock = Command::new("/usr/bin/python3")
            .args(["-m", "dbusmock", "--template", "notification_daemon", "-l"])
            .arg(daemons.log())
            .env("DBUS_SESSION_BUS_ADDRESS", &daemons.address)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("python3 -m dbusmock starts (apt-get install python3-dbusmock)");
        daemons.children.push(mock);
        let deadline = Instant::now() + PATIENCE;
        while !daemons.service_is_up() {
            let exited = daemons
                .children
                .last_mut()
                .and_then(|m| m.try_wait().ok().flatten());
            assert!(
                exited.is_none(),
                "python3 -m dbusmock exited ({exited:?}): is python3-dbusmock installed?"
            );
            assert!(
                Instant::now() < deadline,
                "the mock notification service never appeared on the bus"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        Some(daemons)
    }

    fn log(&self) -> PathBuf {
        self.dir.path().join("notifications.log")
    }

    fn service_is_up(&self) -> bool {
        let reply = self.dbus_send(&[
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.NameHasOwner",
            &format!("string:{BUS_NAME}"),
        ]);
        reply.contains("boolean true")
    }

    /// Replaces the mock's `Notify` with one that never answers in time.
    fn make_service_hang(&self) {
        let reply = self.dbus_send(&[
            &format!("--dest={BUS_NAME}"),
            BUS_PATH,
            "org.freedesktop.DBus.Mock.AddMethod",
            "string:",
            "string:Notify",
            "string:susssasa{sv}i",
            "string:u",
            "string:import time; time.sleep(300); ret = 0",
        ]);
        assert!(reply.starts_with("method return"), "AddMethod: {reply}");
    }

    fn dbus_send(&self, args: &[&str]) -> String {
        let output = Command::new("dbus-send")
            .args(["--session", "--print-reply", "--reply-timeout=5000"])
            .args(args)
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .stderr(Stdio::null())
            .output()
            .expect("dbus-send runs");
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// The `Notify` calls the mock has logged so far, as log lines.
    fn notify_calls(&self) -> Vec<String> {
        fs::read_to_string(self.log())
            .unwrap_or_default()
            .lines()
            .filter(|line| line.split(' ').nth(1) == Some("Notify"))
            .map(str::to_string)
            .collect()
    }

    /// Waits until the mock has logged `count` `Notify` calls, and returns them.
    fn await_notify_calls(&self, count: usize) -> Vec<String> {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let calls = self.notify_calls();
            if calls.len() >= count {
                return calls;
            }
            assert!(
                Instant::now() < deadline,
                "expected {count} Notify calls, the mock logged {calls:#?}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

fn installed(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok()
}

/// This test binary, running one `child_*` test with the given environment.
struct ChildRun {
    child: Child,
    stdin: Option<ChildStdin>,
}

impl ChildRun {
    fn start(test: &str, env: &[(&str, Option<&str>)]) -> Self {
        let mut command = Command::new(std::env::current_exe().expect("test binary path"));
        command
            .args([
                test,
                "--exact",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD, test)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        for (key, value) in env {
            match value {
                Some(value) => command.env(key, value),
                None => command.env_remove(key),
            };
        }
        let mut child = command.spawn().expect("the test binary runs again");
        let stdin = child.stdin.take();
        Self { child, stdin }
    }

    /// Tells the child, which waits for it, that the parent saw what it
    /// waited for.
    fn say(&mut self, line: &str) {
        let stdin = self.stdin.as_mut().expect("the child's stdin is open");
        writeln!(stdin, "{line}").expect("the child listens");
    }

    /// Lets the child end (it waits for its stdin to close), waits for it
    /// with a deadline, and returns its `child:` lines.
    fn finish(mut self) -> Vec<String> {
        drop(self.stdin.take());
        let deadline = Instant::now() + PATIENCE;
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("child status") {
                break status;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("the child process did not end: something blocked");
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        let mut out = String::new();
        if let Some(mut stdout) = self.child.stdout.take() {
            let _ = stdout.read_to_string(&mut out);
        }
        assert!(status.success(), "the child failed:\n{out}");
        let lines: Vec<String> = out
            .lines()
            .filter_map(|line| line.split_once("child: "))
            .map(|(_, said)| said.to_string())
            .collect();
        assert!(
            lines.iter().any(|line| line == "done"),
            "the child did not run its scenario:\n{out}"
        );
        lines
    }
}

fn on_bus(daemons: &Daemons) -> [(&str, Option<&str>); 1] {
    [("DBUS_SESSION_BUS_ADDRESS", Some(daemons.address.as_str()))]
}

/// A notification's words carry no control sequence, whatever the config's
/// phase names and prompts hold; a tab is a space. (No bus needed: this is
/// the text the notifier hands to the service.)
#[test]
fn a_notification_carries_no_control_character() {
    let hostile = "Pump\u{1b}]2;PWNED\u{7}\u{1b}]52;c;SGk=\u{7}\u{9b}31m\tnow";
    let alerts: Vec<Alert> = vec![
        Notice::PhaseChanged {
            name: hostile.into(),
            prompt: hostile.into(),
        }
        .into(),
        Notice::PhaseChanged {
            name: hostile.into(),
            prompt: String::new(),
        }
        .into(),
        Notice::Trigger {
            name: hostile.into(),
            prompt: hostile.into(),
        }
        .into(),
        Notice::Trigger {
            name: hostile.into(),
            prompt: String::new(),
        }
        .into(),
    ];
    for alert in alerts {
        let (summary, body) = (alert.summary(), alert.body());
        assert!(
            !format!("{summary}{body}").chars().any(char::is_control),
            "{alert:?} says {body:?}"
        );
        assert!(body.contains(" now"), "{body:?}");
    }
}

#[test]
fn a_scripted_session_makes_these_notify_calls() {
    let Some(daemons) = Daemons::with_service() else {
        return;
    };
    let child = ChildRun::start("child_scripted_session", &on_bus(&daemons));
    let calls = daemons.await_notify_calls(4);
    let lines = child.finish();
    assert!(
        lines.iter().all(|line| !line.starts_with("status")),
        "{lines:?}"
    );
    let expected = [
        "Warm compress — A warm, moist cloth.",
        "Look at a photo of your baby.",
        "15 minutes — well done. Keep going as long as is comfortable.",
        "Time for a session? It has been 3h10m — whenever you are ready.",
    ];
    assert_eq!(calls.len(), expected.len(), "{calls:#?}");
    for (call, body) in calls.iter().zip(expected) {
        // Notify app_name replaces_id icon summary body actions hints timeout
        let wanted = format!("Notify \"letdown\" 0 \"\" \"letdown\" \"{body}\" [] ");
        assert!(call.contains(&wanted), "{call}\nshould hold\n{wanted}");
        assert!(call.ends_with(" 8000"), "a short timeout: {call}");
        assert!(call.contains("\"urgency\": 1"), "urgency normal: {call}");
    }
}

#[test]
fn a_hanging_service_never_blocks_send() {
    let Some(daemons) = Daemons::with_service() else {
        return;
    };
    daemons.make_service_hang();
    let mut child = ChildRun::start("child_hanging_service", &on_bus(&daemons));
    // The child's first alert reaches the service, which logs the call and
    // then sleeps in it: from here on the notification thread is stuck.
    daemons.await_notify_calls(1);
    child.say("stuck");
    let lines = child.finish();
    let slowest: u128 = field(&lines, "slowest_us");
    let total: u128 = field(&lines, "total_us");
    let dropped: usize = field(&lines, "dropped");
    assert!(total < 50_000, "20 sends took {total} µs in all");
    assert!(slowest < 50_000, "one send took {slowest} µs");
    assert!(dropped >= 20 - 8, "a full queue drops: {lines:?}");
    assert!(
        lines.iter().all(|line| !line.starts_with("status")),
        "a slow service is not a missing one: {lines:?}"
    );
    assert_eq!(
        daemons.notify_calls().len(),
        1,
        "the service is still stuck"
    );
}

/// The whole app on a service that hangs: the phase change's notification
/// is stuck in D-Bus for minutes, and taps are still saved and confirmed.
#[test]
fn a_hanging_service_never_delays_a_tap() {
    let Some(daemons) = Daemons::with_service() else {
        return;
    };
    daemons.make_service_hang();
    let home = pty_harness::Home::new(
        "[session]\ndouble_tap_guard_secs = 0\n\n\
         [[phases]]\nname = \"Warm up\"\nsecs = 1\n\n\
         [[phases]]\nname = \"Pump\"\n",
    );
    let pty = home.spawn_with_env(
        &["start"],
        &[("DBUS_SESSION_BUS_ADDRESS", daemons.address.as_str())],
        80,
        24,
    );
    pty.wait_for("Warm up");
    // The phase change after a second sends a Notify that will not return.
    daemons.await_notify_calls(1);
    pty.wait_for("now: Pump");
    for n in 1..=5 {
        let sent = Instant::now();
        pty.send(b" ");
        pty.wait_for(&format!("let-down {n} saved"));
        // A bound in seconds, against a service stuck for minutes: not a micro-timing.
        assert!(
            sent.elapsed() < Duration::from_secs(3),
            "tap {n} took {:?} to be confirmed",
            sent.elapsed()
        );
    }
    assert_eq!(home.running().letdowns.len(), 5);
}

#[test]
fn a_bus_that_is_not_there_turns_notifications_off_once() {
    let Some(daemons) = Daemons::bus() else {
        return;
    };
    let nowhere = format!(
        "unix:path={}",
        daemons.dir.path().join("no-such-socket").display()
    );
    let child = ChildRun::start(
        "child_notifications_off",
        &[("DBUS_SESSION_BUS_ADDRESS", Some(nowhere.as_str()))],
    );
    let lines = child.finish();
    assert_eq!(
        lines,
        [
            "status desktop notifications are not working; the bell still rings",
            "send Off",
            "done"
        ],
        "the status comes once"
    );
}

#[test]
fn a_bus_without_a_notification_service_turns_notifications_off_once() {
    let Some(daemons) = Daemons::bus() else {
        return;
    };
    let lines = ChildRun::start("child_notifications_off", &on_bus(&daemons)).finish();
    assert_eq!(
        lines,
        [
            "status desktop notifications are not working; the bell still rings",
            "send Off",
            "done"
        ]
    );
}

#[test]
fn no_session_bus_at_all_is_known_at_once() {
    let lines = ChildRun::start(
        "child_no_session_bus",
        &[
            ("DBUS_SESSION_BUS_ADDRESS", None),
            ("XDG_RUNTIME_DIR", None),
        ],
    )
    .finish();
    assert_eq!(
        lines,
        [
            "status no desktop notifications here; the bell still rings",
            "send Off",
            "done"
        ]
    );
}

fn field<T: std::str::FromStr>(lines: &[String], name: &str) -> T {
    lines
        .iter()
        .find_map(|line| line.strip_prefix(name)?.strip_prefix(' ')?.parse().ok())
        .unwrap_or_else(|| panic!("the child reported no {name}: {lines:?}"))
}

// ----------------------------------------------------------------- the child

/// Whether this process is the child asked to play `scenario`.
fn is_child(scenario: &str) -> bool {
    std::env::var(CHILD).is_ok_and(|value| value == scenario)
}

/// Keeps the child alive, so its notifier can deliver, until the parent has
/// seen what it waits for and closes the child's stdin.
fn await_parent() {
    let _ = std::io::stdin().read_to_end(&mut Vec::new());
}

/// Waits for the parent's word that the service is stuck.
fn await_line() {
    let _ = std::io::stdin().lock().read_line(&mut String::new());
}

fn report(line: &str) {
    let mut stdout = std::io::stdout().lock();
    let _ = writeln!(stdout, "child: {line}");
    let _ = stdout.flush();
}

/// Waits for the notifier's status, as the UI would poll it each frame.
fn await_status(notifier: &Notifier) -> NotifyStatus {
    let deadline = Instant::now() + PATIENCE;
    loop {
        if let Some(status) = notifier.take_status() {
            return status;
        }
        assert!(
            Instant::now() < deadline,
            "the notifier never said it is off"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
}

#[test]
#[ignore = "run by a_scripted_session_makes_these_notify_calls in a child process"]
fn child_scripted_session() {
    if !is_child("child_scripted_session") {
        return;
    }
    let notifier = Notifier::new(&Notifications::default());
    let script: Vec<Alert> = vec![
        Notice::PhaseChanged {
            name: "Warm compress".into(),
            prompt: "A warm, moist cloth.".into(),
        }
        .into(),
        Notice::Trigger {
            name: "Photo".into(),
            prompt: "Look at a photo of your baby.".into(),
        }
        .into(),
        Notice::TargetReached { target_secs: 900.0 }.into(),
        Alert::Reminder {
            since_last_secs: Some(11_400.0),
        },
    ];
    for alert in script {
        assert_eq!(notifier.send(alert), Sent::Queued);
    }
    let no_phases = Notifier::new(&Notifications {
        phase_change: false,
        ..Notifications::default()
    });
    let massage = Alert::PhaseChanged {
        name: "Massage".into(),
        prompt: String::new(),
    };
    assert_eq!(no_phases.send(massage.clone()), Sent::Disabled);
    assert!(
        !no_phases.rings_bell(&massage),
        "its switch silences the bell too"
    );
    await_parent();
    if let Some(status) = notifier.take_status() {
        report(&format!("status {status}"));
    }
    report("done");
}

#[test]
#[ignore = "run by a_hanging_service_never_blocks_send in a child process"]
fn child_hanging_service() {
    if !is_child("child_hanging_service") {
        return;
    }
    let notifier = Notifier::new(&Notifications::default());
    let first = notifier.send(Alert::Reminder {
        since_last_secs: None,
    });
    assert_eq!(first, Sent::Queued);
    await_line();
    let mut slowest = Duration::ZERO;
    let mut dropped = 0;
    let all = Instant::now();
    for i in 0..20 {
        let started = Instant::now();
        let sent = notifier.send(Alert::Trigger {
            name: format!("Trigger {i}"),
            prompt: "Slow breaths.".into(),
        });
        slowest = slowest.max(started.elapsed());
        if sent == Sent::Dropped {
            dropped += 1;
        }
    }
    let total = all.elapsed();
    report(&format!("slowest_us {}", slowest.as_micros()));
    report(&format!("total_us {}", total.as_micros()));
    report(&format!("dropped {dropped}"));
    await_parent();
    if let Some(status) = notifier.take_status() {
        report(&format!("status {status}"));
    }
    // Dropping the notifier while its thread is stuck in the call must not
    // keep this process from ending; the parent waits for that with a deadline.
    drop(notifier);
    report("done");
}

#[test]
#[ignore = "run by the notifications-off tests in a child process"]
fn child_notifications_off() {
    if !is_child("child_notifications_off") {
        return;
    }
    // The thread finds out that nobody listens; the UI polls for it.
    let notifier = Notifier::new(&Notifications::default());
    let status = await_status(&notifier);
    report(&format!("status {status}"));
    report(&format!(
        "send {:?}",
        notifier.send(Alert::TargetReached { target_secs: 900.0 })
    ));
    if let Some(again) = notifier.take_status() {
        report(&format!("status {again}"));
    }
    report("done");
}

#[test]
#[ignore = "run by no_session_bus_at_all_is_known_at_once in a child process"]
fn child_no_session_bus() {
    if !is_child("child_no_session_bus") {
        return;
    }
    let notifier = Notifier::new(&Notifications::default());
    // Known up front: no thread, no wait.
    let status = notifier.take_status().expect("off at once");
    report(&format!("status {status}"));
    report(&format!(
        "send {:?}",
        notifier.send(Alert::Reminder {
            since_last_secs: None
        })
    ));
    if let Some(again) = notifier.take_status() {
        report(&format!("status {again}"));
    }
    report("done");
}
