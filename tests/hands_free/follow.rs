//! `letdown status --follow` beside a running session: a new line soon
//! after a tap and a phase change, and a clean exit when its reader goes
//! or it is told to stop. `letdown status --json`: the line's facts.

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::{Duration, Instant};

use super::pty_harness::{Home, PATIENCE};
use super::{config, start, stderr};

/// A follower, its lines stamped with when they arrived.
struct Follower {
    child: Child,
    lines: Receiver<(Instant, String)>,
}

impl Follower {
    fn spawn(home: &Home, args: &[&str]) -> Self {
        let mut child = home
            .command(args, &[])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("letdown status --follow");
        let out = child.stdout.take().expect("its stdout");
        let (tx, lines) = mpsc::channel();
        thread::spawn(move || {
            for line in BufReader::new(out).lines() {
                let Ok(line) = line else { return };
                if tx.send((Instant::now(), line)).is_err() {
                    return;
                }
            }
        });
        Self { child, lines }
    }

    /// The first line, arrived after `after`, for which `want` holds.
    fn line_where(&self, after: Instant, want: impl Fn(&str) -> bool) -> (Instant, String) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let (at, line) = self
                .lines
                .recv_timeout(left)
                .unwrap_or_else(|err| panic!("no such line came within {PATIENCE:?}: {err}"));
            if at >= after && want(&line) {
                return (at, line);
            }
        }
    }

    /// Waits for the follower to exit, at most `within`.
    fn wait_exit(&mut self, within: Duration) -> std::process::ExitStatus {
        wait_exit(&mut self.child, within)
    }
}

impl Drop for Follower {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn json(line: &str) -> serde_json::Value {
    serde_json::from_str(line).unwrap_or_else(|err| panic!("{err}: {line}"))
}

#[test]
fn follow_prints_within_a_second_of_a_tap_and_of_a_phase_change() {
    let home = Home::new(&config(0, 4, ""));
    let pty = start(&home);
    let began = Instant::now();
    let follower = Follower::spawn(&home, &["status", "--follow", "--json"]);
    let (_, first) = follower.line_where(began, |_| true);
    let facts = json(&first);
    assert_eq!(facts["running"], true, "{first}");
    assert_eq!(facts["session"]["phase"], "Massage", "{first}");

    let output = home.run(&["tap"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let tapped = Instant::now();
    let (at, line) = follower.line_where(tapped, |line| json(line)["session"]["letdowns"] == 1);
    assert!(
        at - tapped < Duration::from_secs(1),
        "{:?}: {line}",
        at - tapped
    );

    pty.wait_for("Pump  (2 of 2)");
    let changed = Instant::now();
    let (at, line) = follower.line_where(began, |line| json(line)["session"]["phase"] == "Pump");
    assert!(
        at.saturating_duration_since(changed) < Duration::from_secs(1),
        "{:?}: {line}",
        at - changed
    );

    // The plain line follows too, and a session ending.
    let plain = Follower::spawn(&home, &["status", "--follow"]);
    let (_, line) = plain.line_where(began, |_| true);
    assert!(
        line.starts_with("pumping ") && line.ends_with(" · 1 let-down"),
        "{line}"
    );
    let output = home.run(&["end"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let ended = Instant::now();
    let (at, line) = plain.line_where(ended, |line| line.starts_with("last pumped"));
    assert!(
        at - ended < Duration::from_secs(1),
        "{:?}: {line}",
        at - ended
    );
    let (_, line) = follower.line_where(ended, |line| json(line)["running"] == false);
    assert_eq!(json(&line)["state"], "idle", "{line}");
    assert!(json(&line)["last"]["ended"].is_string(), "{line}");
    assert_eq!(json(&line)["last_24h"]["sessions"], 1, "{line}");
}

#[test]
fn follow_exits_cleanly_on_sigpipe_and_sigterm() {
    let home = Home::new(&config(0, 600, ""));
    // Idle, nothing would be printed for a minute: only the closed pipe
    // itself can end it in time.
    let (mut idle, line) = first_line_then_close(&home);
    assert_eq!(line, "no sessions yet");
    let status = wait_exit(&mut idle, Duration::from_secs(5));
    assert_eq!(status.code(), Some(0), "{status:?}");
    assert_quiet(&mut idle);

    let mut follower = Follower::spawn(&home, &["status", "--follow", "--json"]);
    follower.line_where(Instant::now(), |_| true);
    let pid = follower.child.id().to_string();
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill");
    assert!(killed.success());
    let status = follower.wait_exit(Duration::from_secs(5));
    assert_eq!(status.code(), Some(0), "{status:?}");
    assert_quiet(&mut follower.child);

    // With a session running, a line every second: a closed pipe ends it too.
    let _pty = start(&home);
    let (mut running, line) = first_line_then_close(&home);
    assert!(line.starts_with("pumping"), "{line}");
    let status = wait_exit(&mut running, Duration::from_secs(5));
    assert_eq!(status.code(), Some(0), "{status:?}");
    assert_quiet(&mut running);
}

/// Starts `letdown status --follow`, reads its first line and closes the
/// pipe, as `head -n 1` does.
fn first_line_then_close(home: &Home) -> (Child, String) {
    let mut child = home
        .command(&["status", "--follow"], &[])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("letdown status --follow");
    let out = child.stdout.take().expect("its stdout");
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut reader = BufReader::new(out);
        let mut line = String::new();
        let _ = reader.read_line(&mut line);
        let _ = tx.send((line, reader));
    });
    let (line, reader) = rx.recv_timeout(PATIENCE).expect("a first line");
    drop(reader);
    (child, line.trim_end().to_string())
}

fn wait_exit(child: &mut Child, within: Duration) -> std::process::ExitStatus {
    let deadline = Instant::now() + within;
    loop {
        if let Some(status) = child.try_wait().expect("try_wait") {
            return status;
        }
        assert!(
            Instant::now() < deadline,
            "still following after {within:?}"
        );
        thread::sleep(Duration::from_millis(20));
    }
}

/// Nothing on stderr: no panic, no "Broken pipe".
fn assert_quiet(child: &mut Child) {
    let mut err = String::new();
    if let Some(mut e) = child.stderr.take() {
        std::io::Read::read_to_string(&mut e, &mut err).expect("stderr");
    }
    assert!(err.is_empty(), "{err}");
}

#[test]
fn status_json_gives_the_facts_of_the_line() {
    let home = Home::new(&config(0, 600, ""));
    let output = home.run(&["status", "--json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let facts = json(&String::from_utf8_lossy(&output.stdout));
    assert_eq!(facts["running"], false);
    assert_eq!(facts["state"], "idle");
    assert_eq!(facts["line"], "no sessions yet");
    assert!(facts["session"].is_null() && facts["last"].is_null() && facts["next_due"].is_null());
    assert_eq!(facts["due_now"], false);
    assert_eq!(facts["last_24h"]["sessions"], 0);

    let pty = start(&home);
    pty.tap(1..=2);
    let output = home.run(&["status", "--json"]);
    let facts = json(&String::from_utf8_lossy(&output.stdout));
    assert_eq!(facts["running"], true);
    assert_eq!(facts["state"], "running");
    assert_eq!(facts["session"]["letdowns"], 2);
    assert_eq!(facts["session"]["phase"], "Massage");
    assert_eq!(facts["session"]["paused"], false);
    let line = facts["line"].as_str().expect("the line");
    assert!(
        line.starts_with("pumping ") && line.ends_with(" · 2 let-downs"),
        "{line}"
    );
    let plain = home.run(&["status"]);
    let plain = String::from_utf8_lossy(&plain.stdout);
    assert!(plain.ends_with(" · 2 let-downs\n"), "{plain}");
}
