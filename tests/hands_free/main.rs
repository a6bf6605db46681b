//! Hands-free, with the real binary: a session in a pseudo-terminal, and
//! `letdown tap` and the like from outside it; `letdown status --follow`
//! watching it; and `[hooks]` that must never delay a tap. Nothing here
//! sleeps to wait for the program: each wait polls with a deadline.

#[path = "../pty_harness/mod.rs"]
mod pty_harness;

mod follow;
mod hooks;
mod remote;

use std::process::Output;
use std::time::Duration;

use pty_harness::{Home, Pty};

/// How soon a change must be on screen after its command returned: "at
/// once", with room for a loaded machine.
const AT_ONCE: Duration = Duration::from_secs(1);

/// A config of two phases, the first `massage_secs` long, with the given
/// double-tap guard, no desktop notifications, and `extra` at the end.
fn config(guard_secs: u32, massage_secs: u32, extra: &str) -> String {
    format!(
        r#"
[session]
double_tap_guard_secs = {guard_secs}

[notifications]
desktop = false

[[phases]]
name = "Massage"
secs = {massage_secs}
prompt = "Gently massage toward the nipple."

[[phases]]
name = "Pump"
prompt = "Keep pumping."
{extra}
"#
    )
}

/// Starts a session and waits for its first frame.
fn start(home: &Home) -> Pty {
    let pty = home.spawn(&["start"], 80, 24);
    pty.wait_for("Massage");
    pty
}

/// What a command printed on stdout.
fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// What a command printed on stderr.
fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Runs `letdown ARGS`, expecting exit code 0 and `line` on stdout.
#[track_caller]
fn says(home: &Home, args: &[&str], line: &str) {
    let output = home.run(args);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{args:?}: {}",
        stderr(&output)
    );
    assert_eq!(stdout(&output), format!("{line}\n"), "{args:?}");
}
