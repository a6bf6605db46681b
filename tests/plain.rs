//! Line mode in a real pseudo-terminal: everything it writes is lines of
//! plain text (no escape sequence, no control character but `\r` and `\n`),
//! a tap's line comes once it is on disk, leaving asks, the summary asks one
//! question a line and the file holds the answers; `TERM=dumb` alone turns it
//! on, a signal saves, and Spanish reads in Spanish.

mod pty_harness;

use std::thread;
use std::time::{Duration, Instant};

use letdown::session::{Comfort, State};
use letdown::store::read_session;
use pty_harness::{Home, PATIENCE, Pty};

/// Two phases, the first short; no desktop notifications.
const CONFIG: &str = r#"
[session]
double_tap_guard_secs = 0

[notifications]
desktop = false

[[phases]]
name = "Massage"
secs = 2
prompt = "Gently massage toward the nipple."

[[phases]]
name = "Pump"
prompt = "Keep pumping."
"#;

/// What the program wrote, as text.
fn written(pty: &Pty) -> String {
    String::from_utf8_lossy(&pty.transcript()).into_owned()
}

/// Waits until the program has written `text`; panics with what it wrote if never.
fn wait_for(pty: &Pty, text: &str) {
    let deadline = Instant::now() + PATIENCE;
    while !written(pty).contains(text) {
        assert!(
            Instant::now() < deadline,
            "gave up waiting for {text:?}; written:\n{}",
            written(pty)
        );
        thread::sleep(Duration::from_millis(20));
    }
}

/// Every byte is text, a `\r` or a `\n`: no escape, no bell, no backspace.
fn assert_plain(pty: &Pty) {
    let bytes = pty.transcript();
    let bad: Vec<(usize, u8)> = bytes
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, b)| (*b < 0x20 && *b != b'\r' && *b != b'\n') || *b == 0x7f)
        .collect();
    assert!(
        bad.is_empty(),
        "control bytes {bad:?} in:\n{}",
        String::from_utf8_lossy(&bytes)
    );
    let text = String::from_utf8(bytes).expect("UTF-8");
    assert!(
        !text.chars().any(|c| ('\u{80}'..='\u{9f}').contains(&c)),
        "a C1 control in:\n{text}"
    );
    // Every line ends as a terminal in raw mode needs it.
    assert!(
        !text.replace("\r\n", "").contains('\n'),
        "a bare \\n in:\n{text}"
    );
}

#[test]
fn a_session_is_plain_lines_and_its_summary_is_asked_one_question_a_line() {
    let home = Home::new(CONFIG);
    let mut pty = home.spawn(&["--plain", "start"], 80, 24);
    wait_for(
        &pty,
        "Phase 1 of 2: Massage, 2s. Gently massage toward the nipple.",
    );
    wait_for(&pty, "Phase 2 of 2: Pump. Keep pumping.");
    pty.send(b" ");
    wait_for(&pty, "let-down 1 at ");
    // The line comes once the tap is on disk.
    assert_eq!(home.running().letdowns.len(), 1);
    pty.send(b"t");
    wait_for(&pty, "on the clock, one let-down, phase Pump; it is ");
    // Help is the keys as a list, one a line.
    pty.send(b"?");
    wait_for(&pty, "Keys here:\r\nspace: Mark a let-down");
    wait_for(&pty, "\r\nu: Take back the last let-down.\r\n");

    // Leaving a running session asks, with numbered choices.
    pty.send(b"q");
    wait_for(&pty, "Leave the running session?");
    wait_for(&pty, "1. End and save");
    pty.send(b"1");
    wait_for(&pty, "Left side, in ml? Enter leaves it out.");
    // The let-down key still marks one over the questions; the question comes again.
    pty.send(b" ");
    wait_for(&pty, "let-down 2 at ");
    assert_eq!(home.running().letdowns.len(), 2);
    pty.send(b"60\r");
    wait_for(&pty, "Left: 60 ml.");
    wait_for(&pty, "Right side, in ml?");
    pty.send(b"lots\r");
    wait_for(&pty, "Not taken: ");
    pty.send(b"\r");
    wait_for(&pty, "Total, in ml?");
    pty.send(b"\r");
    wait_for(&pty, "Total: 60 ml, from the sides.");
    wait_for(&pty, "How did it feel? 1. fine  2. tender  3. painful.");
    pty.send(b"2");
    wait_for(&pty, "Comfort: tender.");
    wait_for(&pty, "A note? Enter leaves it out.");
    pty.send(b"sleepy\r");
    wait_for(&pty, "Saved: ");
    wait_for(&pty, "Today, ");
    wait_for(
        &pty,
        "The last session ended 0s ago; the next is due around ",
    );
    wait_for(&pty, "What now?");

    let files = home.saved_sessions();
    assert_eq!(files.len(), 1, "{files:?}");
    let record = read_session(&files[0]).expect("a valid session file");
    assert_eq!(record.state, State::Finished);
    assert_eq!(record.letdowns.len(), 2);
    assert_eq!(record.result.left_ml, Some(60.0));
    assert_eq!(record.result.right_ml, None);
    assert_eq!(record.result.comfort, Some(Comfort::Tender));
    assert_eq!(record.result.note.as_deref(), Some("sleepy"));

    // The day's choices: start, the day before, leave.
    pty.send(b"3");
    wait_for(&pty, "Goodbye.");
    let status = pty.wait_exit(PATIENCE).expect("letdown leaves");
    assert!(status.success(), "{status:?}");
    pty.wait_drained();
    assert_plain(&pty);
    assert!(!pty.is_alternate_screen());
}

#[test]
fn term_dumb_alone_opens_the_day_as_lines() {
    let home = Home::new(CONFIG);
    let mut pty = home.spawn_with_env(&[], &[("TERM", "dumb")], 80, 24);
    wait_for(&pty, "no sessions yet.");
    wait_for(&pty, "1. Start a session");
    pty.send(b"z");
    wait_for(&pty, "z does nothing here; ? lists the keys.");
    pty.send(b"1");
    wait_for(&pty, "A session started, on the plan");
    // A tap from another terminal reads as one from here.
    let tap = home.run(&["tap"]);
    assert!(tap.status.success(), "{tap:?}");
    wait_for(&pty, "let-down 1 at ");
    // A signal saves as `q` would: the session waits to be resumed.
    pty.signal("TERM");
    let status = pty.wait_exit(PATIENCE).expect("letdown leaves on SIGTERM");
    assert!(status.success(), "{status:?}");
    assert_eq!(home.running().letdowns.len(), 1);
    pty.wait_drained();
    assert_plain(&pty);

    // Opened again, it asks about the interrupted session in numbered choices.
    let mut pty = home.spawn_with_env(&["start"], &[("LETDOWN_PLAIN", "1")], 80, 24);
    wait_for(&pty, "A session was interrupted: started ");
    wait_for(&pty, "1. Resume the session");
    pty.send(b"1");
    wait_for(
        &pty,
        "The session goes on; the time away is kept as a pause.",
    );
    pty.send(b"q");
    wait_for(&pty, "2. Discard it");
    pty.send(b"2");
    wait_for(&pty, "Discard this session? Its let-downs are lost.");
    pty.send(b"1");
    wait_for(&pty, "The session was discarded.");
    wait_for(&pty, "What now?");
    pty.send(b"q");
    pty.wait_exit(PATIENCE).expect("letdown leaves");
    pty.wait_drained();
    assert_plain(&pty);
    assert!(home.saved_sessions().is_empty());
    assert!(!home.running_file().exists());
}

#[test]
fn in_spanish_the_lines_are_spanish() {
    let home = Home::new(CONFIG);
    let mut pty = home.spawn_with_env(
        &["--plain", "start"],
        &[("LANG", "es_ES.UTF-8"), ("LC_ALL", ""), ("LC_MESSAGES", "")],
        80,
        24,
    );
    // "Massage" is the built-in name: it reads in the language, as every face shows it.
    wait_for(&pty, "Fase 1 de 2: Masaje, 2s.");
    pty.send(b" ");
    wait_for(&pty, "bajada 1 a los ");
    pty.send(b"q");
    wait_for(&pty, "¿Salir de la sesión en marcha?");
    pty.send(b"3");
    wait_for(&pty, "De vuelta a la sesión.");
    pty.signal("HUP");
    pty.wait_exit(PATIENCE).expect("letdown leaves on SIGHUP");
    assert_eq!(home.running().letdowns.len(), 1);
    pty.wait_drained();
    assert_plain(&pty);
}

#[test]
fn a_terminal_lost_without_a_signal_is_noticed_and_the_session_saved() {
    // A first phase long enough to tap in, whose end is the last line
    // printed before the terminal goes; then nothing is printed for a minute.
    let home = Home::new(&CONFIG.replace("secs = 2", "secs = 4"));
    let mut pty = home.spawn_under_shell(&["--plain", "start"], 80, 24);
    wait_for(&pty, "Phase 1 of 2: Massage");
    pty.send(b" ");
    wait_for(&pty, "let-down 1 at ");
    assert!(!written(&pty).contains("Phase 2 of 2"), "tapped too late");
    let before = home.heartbeat();
    // The terminal goes right after the phase's end is printed.
    pty.close_terminal_when_idle();
    let status = pty
        .wait_exit(Duration::from_secs(5))
        .expect("letdown notices the terminal is gone, idle");
    // It saves and leaves on its own, without a signal or an abort.
    assert_eq!(status.signal(), None, "{status:?}");
    assert!(status.exit_code() < 128, "{status:?}");
    assert_eq!(home.running().letdowns.len(), 1);
    assert!(home.heartbeat() > before, "not saved on the way out");
}

#[test]
fn the_config_s_keys_are_the_line_mode_s_keys() {
    let config = CONFIG.replace("double_tap_guard_secs = 0", "double_tap_guard_secs = 3");
    let home = Home::new(&format!("{config}\n[keys]\nletdown = \"f5\"\n"));
    let mut pty = home.spawn(&["start", "--plain"], 80, 24);
    wait_for(&pty, "Press f5 at each let-down, ? for the keys.");
    pty.send(b" ");
    wait_for(&pty, "space does nothing here; ? lists the keys.");
    pty.send(b"\x1b[15~");
    wait_for(&pty, "let-down 1 at ");
    // A tap within the guard is said once, not confirmed.
    pty.send(b"\x1b[15~");
    wait_for(&pty, "Tap ignored: within 3 s of the last.\r\n");
    assert!(!written(&pty).contains("tap ignored"), "{}", written(&pty));
    pty.send(b"?");
    wait_for(&pty, "\r\nf5: Mark a let-down");
    pty.signal("TERM");
    pty.wait_exit(PATIENCE).expect("letdown leaves on SIGTERM");
    assert_eq!(home.running().letdowns.len(), 1);
    pty.wait_drained();
    assert_plain(&pty);
}
