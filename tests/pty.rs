//! The real binary in a pseudo-terminal: a scripted session ends in the right
//! file, a killed session loses no confirmed tap and is offered for resume,
//! a closed terminal or a signal saves and exits, one session per machine.

mod pty_harness;

use std::os::unix::fs::PermissionsExt;
use std::time::{Duration, Instant};

use letdown::store::read_session;
use pty_harness::{Home, Pty};

/// Two phases, the first `massage_secs` long (short, to see it end by itself
/// while a test watches); no desktop notifications.
fn config(guard_secs: u32, massage_secs: u32) -> String {
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
"#
    )
}

/// Starts a session and waits for its first frame.
fn start(home: &Home, cols: u16, rows: u16) -> Pty {
    let pty = home.spawn(&["start"], cols, rows);
    pty.wait_for("Massage");
    pty
}

fn running_letdowns(home: &Home) -> usize {
    home.running().letdowns.len()
}

#[test]
fn a_scripted_session_ends_in_the_right_file() {
    let home = Home::new(&config(3, 2));
    let mut pty = start(&home, 80, 24);
    // The first phase ends by itself.
    pty.wait_for("Pump  (2 of 2)");
    pty.tap(1..=1);
    pty.send(b" ");
    pty.wait_for("tap ignored: within 3 s of the last");
    pty.send(b"u");
    pty.wait_for("last let-down taken back (0 now)");
    pty.tap(1..=1);
    pty.wait_for("Let-downs 1");
    pty.send(b"e");
    pty.wait_for("Ending the session");
    pty.send(b"\r");
    pty.wait_for("✓ saved");

    let files = home.saved_sessions();
    assert_eq!(files.len(), 1, "{files:?}");
    let path = &files[0];
    let mode = std::fs::metadata(path).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let text = std::fs::read_to_string(path).expect("the session file");
    assert!(text.contains("state = \"finished\""), "{text}");
    let record = read_session(path).expect("a valid session file");
    assert_eq!(record.letdowns.len(), 1);
    assert!(
        record.letdowns[0].at_secs >= 2.0,
        "tapped in the second phase: {text}"
    );
    let names: Vec<&str> = record.phases.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Massage", "Pump"]);
    assert!(record.result.is_empty());
    assert!(!home.running_file().exists());

    pty.send(b"q");
    let status = pty.wait_exit(Duration::from_secs(5)).expect("q leaves");
    assert!(status.success(), "{status:?}");
}

#[test]
fn a_small_terminal_and_a_resize_keep_working() {
    let home = Home::new(&config(0, 600));
    let pty = start(&home, 40, 12);
    pty.tap(1..=1);
    pty.wait_for("Let-downs 1");
    pty.resize(30, 8);
    pty.wait_for("1 let-down");
    pty.tap(2..=2);
    pty.wait_for("2 let-downs");
}

#[test]
fn kill_9_after_confirmed_taps_loses_none_and_offers_resume() {
    let home = Home::new(&config(0, 600));
    let mut pty = start(&home, 80, 24);
    pty.tap(1..=3);
    pty.kill_9();
    assert_eq!(running_letdowns(&home), 3);
    drop(pty);

    let mut again = home.spawn(&["start"], 80, 24);
    again.wait_for("A session was interrupted");
    again.wait_for("3 let-downs");
    again.send(b"r");
    again.wait_for("resumed; the time away is kept as a pause");
    again.wait_for("Let-downs 3");
    again.tap(4..=4);
    assert_eq!(running_letdowns(&home), 4);
    again.send(b"q");
    again.wait_for("Leave this session?");
    again.send(b"e");
    again.wait_for("Ending the session");
    again.send(b"\r");
    again.wait_for("✓ saved");
    let record = read_session(&home.saved_sessions()[0]).expect("saved");
    assert_eq!(record.letdowns.len(), 4);
    assert!(!record.pauses.is_empty(), "the time away is a pause");
    again.send(b"q");
    again.wait_exit(Duration::from_secs(5)).expect("q leaves");
}

/// Takes the terminal or the process away with `how` and asserts that the
/// program is gone within 2 s, its taps on disk and its clock saved on the way.
fn assert_saved_and_gone(pty: &mut Pty, home: &Home, taps: usize, how: impl FnOnce(&mut Pty)) {
    let before = home.heartbeat();
    let since = Instant::now();
    how(pty);
    let status = pty.wait_exit(Duration::from_secs(2));
    let Some(status) = status else {
        panic!(
            "still running {:?} after the terminal went; the screen:\n{}",
            since.elapsed(),
            pty.contents()
        );
    };
    // It saves and leaves on its own: no abort on the way out (which a
    // shell in between reports as exit code 128 + 6).
    assert_eq!(status.signal(), None, "{status:?}");
    assert!(status.exit_code() < 128, "{status:?}");
    assert_eq!(running_letdowns(home), taps);
    assert!(home.heartbeat() > before, "not saved on the way out");
}

#[test]
fn closing_the_terminal_saves_and_exits_within_two_seconds() {
    let home = Home::new(&config(0, 600));
    let mut pty = start(&home, 80, 24);
    pty.tap(1..=2);
    assert_saved_and_gone(&mut pty, &home, 2, Pty::close_terminal);
}

#[test]
fn a_terminal_lost_without_a_signal_is_noticed() {
    let home = Home::new(&config(0, 600));
    let mut pty = home.spawn_under_shell(&["start"], 80, 24);
    pty.wait_for("Massage");
    pty.tap(1..=2);
    assert_saved_and_gone(&mut pty, &home, 2, Pty::close_terminal);
}

#[test]
fn sighup_sigterm_and_sigint_save_restore_and_exit() {
    for signal in ["HUP", "TERM", "INT"] {
        let home = Home::new(&config(0, 600));
        let mut pty = start(&home, 80, 24);
        pty.tap(1..=2);
        assert_saved_and_gone(&mut pty, &home, 2, |pty| pty.signal(signal));
        // The terminal is put back: off the alternate screen.
        pty.wait_for_main_screen();
    }
}

#[test]
fn a_second_session_on_the_machine_is_refused() {
    let home = Home::new(&config(0, 600));
    let first = start(&home, 80, 24);
    let mut second = home.spawn(&["start"], 200, 10);
    let status = second
        .wait_exit(Duration::from_secs(10))
        .expect("the second one exits");
    assert!(!status.success(), "{status:?}");
    second.wait_for("a session is already running on this machine");
    // The first is untouched and still takes taps.
    first.tap(1..=1);
    assert_eq!(running_letdowns(&home), 1);
}

/// Makes a FIFO at `path`: opening it to write would wait for a reader forever.
fn mkfifo(path: &std::path::Path) {
    std::fs::create_dir_all(path.parent().expect("a folder")).expect("the folder");
    let made = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(made.success(), "mkfifo: {made:?}");
}

#[test]
fn a_fifo_as_the_lock_file_is_refused_without_hanging() {
    let home = Home::new(&config(0, 600));
    mkfifo(&home.state_dir().join("session.lock"));
    let mut started = home.spawn(&["start"], 200, 10);
    let status = started
        .wait_exit(Duration::from_secs(10))
        .expect("`letdown start` exits");
    assert!(!status.success(), "{status:?}");
    started.wait_for("session.lock is not a regular file");
    // The day screen opens and says why no session can start.
    let day = home.spawn(&[], 200, 24);
    day.wait_for("session.lock is not a regular file");
}

#[test]
fn the_harness_answers_cursor_and_device_queries() {
    let home = Home::new("");
    // Move to row 3, column 5, ask where the cursor is and what the terminal
    // is, and print the 13 bytes of answers with ESC shown as `E`.
    let pty = home.spawn_script(
        r#"stty raw -echo; printf '\033[3;5H\033[6n\033[c'; r=$(dd bs=1 count=13 2>/dev/null); stty sane; printf '%s|' "$r" | tr '\033' E"#,
        80,
        24,
    );
    pty.wait_for("E[3;5RE[?62;c|");
}

/// The let-down key records in every dialog over a running session: at
/// 3 a.m. `q` by mistake, then the let-down, is the likely sequence; so is
/// a look at the help. And `e`, then Esc, goes back to the running session.
#[test]
fn no_dialog_swallows_a_tap_and_ending_can_be_taken_back() {
    let home = Home::new(&config(0, 600));
    let mut pty = start(&home, 80, 24);
    pty.send(b"q");
    pty.wait_for("Leave this session?");
    pty.send(b" ");
    pty.wait_for("let-down 1 saved");
    assert_eq!(running_letdowns(&home), 1, "on disk before it is shown");

    pty.send(b"?");
    pty.wait_for("Keys on the session screen");
    pty.send(b" ");
    pty.wait_for("let-down 2 saved");
    assert_eq!(running_letdowns(&home), 2);

    pty.send(b"e");
    pty.wait_for("Ending the session");
    pty.send(b" ");
    pty.wait_for("3 let-downs");
    assert_eq!(running_letdowns(&home), 3);
    pty.send(b"\x1b");
    pty.wait_for("Let-downs 3");
    assert!(home.saved_sessions().is_empty(), "Esc saved nothing");
    assert_eq!(home.running().state, letdown::session::State::Running);

    pty.send(b"e");
    pty.wait_for("Ending the session");
    pty.send(b"\r");
    pty.wait_for("✓ saved");
    let files = home.saved_sessions();
    assert_eq!(files.len(), 1, "{files:?}");
    let record = read_session(&files[0]).expect("the saved session");
    assert_eq!(record.letdowns.len(), 3);
    pty.send(b"q");
    assert!(pty.wait_exit(Duration::from_secs(5)).is_some());
}

#[test]
fn s_on_the_day_screen_starts_a_session() {
    // The day screen opened without a session holds no lock, so its own
    // start is not refused as "already running".
    let home = Home::new(&config(0, 600));
    let pty = home.spawn(&[], 80, 24);
    pty.wait_for("Press s to start one");
    pty.send(b"s");
    pty.wait_for("(1 of 2)");
    pty.tap(1..=1);
    assert_eq!(running_letdowns(&home), 1);
}

#[test]
fn start_with_a_plan_shows_its_first_phase() {
    let home = Home::new(&config(0, 600));
    let pty = home.spawn(&["start", "--plan", "power"], 80, 24);
    pty.wait_for("Pump  20:00 left  (1 of 5)");
    pty.wait_for("power  ·  session started");
    pty.tap(1..=1);
    assert_eq!(home.running().plan.as_deref(), Some("power"));
    let mut unknown = home.spawn(&["start", "--plan", "nap"], 120, 10);
    let status = unknown
        .wait_exit(Duration::from_secs(10))
        .expect("an unknown plan exits");
    assert_eq!(status.exit_code(), 2);
    unknown.wait_for("there is no plan named `nap`; the plans are: standard, power, hands-on");
}
