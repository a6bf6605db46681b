//! `[hooks]` with the real binary: a slow hook never delays a tap, a
//! failing one is said once, and a hook gets its facts but no terminal.

use std::fs;
use std::path::Path;
use std::thread;
use std::time::{Duration, Instant};

use super::pty_harness::{Home, PATIENCE};
use super::{AT_ONCE, config, says, start};

/// The lines of a file a hook writes, once it has `n` of them.
fn lines_within(path: &Path, n: usize) -> Vec<String> {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let lines: Vec<String> = fs::read_to_string(path)
            .unwrap_or_default()
            .lines()
            .map(str::to_string)
            .collect();
        if lines.len() >= n {
            return lines;
        }
        assert!(
            Instant::now() < deadline,
            "{} has {} lines, not {n}",
            path.display(),
            lines.len()
        );
        thread::sleep(Duration::from_millis(20));
    }
}

/// Whether a process is gone (or a zombie that no longer runs).
fn is_gone(pid: &str) -> bool {
    fs::read_to_string(format!("/proc/{pid}/stat")).map_or(true, |stat| stat.contains(") Z "))
}

#[test]
fn a_hook_that_sleeps_60_s_does_not_delay_a_tap() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pids = dir.path().join("pids");
    let hook = format!(
        "[hooks]\nletdown = 'echo $$ >> {}; exec sleep 60'\n",
        pids.display()
    );
    let home = Home::new(&config(0, 600, &hook));
    let mut pty = start(&home);
    for n in 1..=3 {
        let sent = Instant::now();
        pty.tap(n..=n);
        assert!(sent.elapsed() < AT_ONCE, "tap {n}: {:?}", sent.elapsed());
    }
    let sent = Instant::now();
    says(&home, &["tap"], "let-down 4 saved");
    assert!(sent.elapsed() < AT_ONCE, "{:?}", sent.elapsed());
    // One hook runs (the others wait, or were let go): it sleeps on.
    let running = lines_within(&pids, 1);
    assert!(!is_gone(&running[0]));
    // Leaving letdown stops it, with what it started.
    pty.send(b"q");
    pty.wait_for("Leave this session?");
    pty.send(b"e");
    pty.wait_for("Ending the session");
    pty.send(b"\r");
    pty.wait_for("✓ saved");
    pty.send(b"q");
    pty.wait_exit(Duration::from_secs(5)).expect("q leaves");
    let deadline = Instant::now() + PATIENCE;
    while !is_gone(&running[0]) {
        assert!(Instant::now() < deadline, "the hook outlived letdown");
        thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn a_failing_hook_is_said_once_on_the_screen() {
    let dir = tempfile::tempdir().expect("tempdir");
    let marks = dir.path().join("marks");
    let hook = format!(
        "[hooks]\nletdown = 'echo x >> {}; exit 7'\n",
        marks.display()
    );
    let home = Home::new(&config(0, 600, &hook));
    let pty = start(&home);
    pty.send(b" ");
    pty.wait_for("the letdown hook failed (exit code 7); letdown carries on without it");
    lines_within(&marks, 1);
    pty.tap(2..=3);
    lines_within(&marks, 3);
    pty.tap(4..=4);
    lines_within(&marks, 4);
    let transcript = String::from_utf8_lossy(&pty.transcript()).into_owned();
    assert_eq!(
        transcript.matches("the letdown hook failed").count(),
        1,
        "said once"
    );
}

#[test]
fn a_hook_gets_the_facts_in_its_environment_and_no_terminal() {
    let dir = tempfile::tempdir().expect("tempdir");
    let facts = dir.path().join("facts");
    let script = format!(
        r#"t=""; [ -t 0 ] && t="$t stdin"; [ -t 1 ] && t="$t stdout"; [ -t 2 ] && t="$t stderr"; g=$(cut -d" " -f5 /proc/$$/stat); echo "$LETDOWN_EVENT|$LETDOWN_LETDOWNS|$LETDOWN_PHASE|$LETDOWN_SESSION_FILE|tty:$t|group:$([ "$g" = $$ ] && echo own)" >> {}"#,
        facts.display()
    );
    let hook = format!("[hooks]\nletdown = '{script}'\nphase = '{script}'\n");
    let home = Home::new(&config(0, 600, &hook));
    let pty = start(&home);
    // The first phase has its hook as the session opens.
    let lines = lines_within(&facts, 1);
    let running = home.running_file();
    assert_eq!(
        lines[0],
        format!("phase|0|Massage|{}|tty:|group:own", running.display())
    );
    pty.tap(1..=1);
    let lines = lines_within(&facts, 2);
    assert_eq!(
        lines[1],
        format!("letdown|1|Massage|{}|tty:|group:own", running.display())
    );
    says(&home, &["next"], "now: Pump");
    let lines = lines_within(&facts, 3);
    assert_eq!(
        lines[2],
        format!("phase|1|Pump|{}|tty:|group:own", running.display())
    );
    // `letdown next` itself ran no hook: only the session's process does.
    assert_eq!(lines.len(), 3, "{lines:?}");
}

#[test]
fn the_first_phase_has_its_hook_and_what_it_leaves_running_goes_with_its_shell() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (phases, pid) = (dir.path().join("phases"), dir.path().join("pid"));
    let hook = format!(
        "[hooks]\nphase = 'echo $LETDOWN_PHASE >> {}; sleep 1011 & echo $! > {}; exit 0'\n",
        phases.display(),
        pid.display()
    );
    let home = Home::new(&config(0, 600, &hook));
    let mut pty = start(&home);
    assert_eq!(lines_within(&phases, 1), ["Massage"]);
    let child = lines_within(&pid, 1).remove(0);
    let deadline = Instant::now() + PATIENCE;
    while !is_gone(&child) {
        assert!(
            Instant::now() < deadline,
            "the hook's background child lives on"
        );
        thread::sleep(Duration::from_millis(20));
    }
    pty.send(b"n");
    assert_eq!(lines_within(&phases, 2), ["Massage", "Pump"]);
    pty.signal("TERM");
    pty.wait_exit(Duration::from_secs(5)).expect("leaves");
}

#[test]
fn the_end_hook_runs_when_the_user_quits_right_after_saving() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ended = dir.path().join("ended");
    // Slow let-down hooks fill the queue before the end comes.
    let hook = format!(
        "[hooks]\nletdown = 'sleep 3'\nend = 'echo $LETDOWN_EVENT $LETDOWN_LETDOWNS >> {}'\n",
        ended.display()
    );
    let home = Home::new(&config(0, 600, &hook));
    let mut pty = start(&home);
    pty.tap(1..=6);
    pty.send(b"e");
    pty.wait_for("Ending the session");
    pty.send(b"\r");
    pty.wait_for("✓ saved");
    pty.send(b"q");
    pty.wait_exit(Duration::from_secs(15)).expect("q leaves");
    assert_eq!(lines_within(&ended, 1), ["end 6"]);
}
