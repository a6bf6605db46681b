//! The real binary on a hostile machine: a data dir under a plain file, a
//! state folder that cannot be made, two letdowns at once.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::pty_harness::{Home, Pty};
use letdown::session::{SessionRecord, State};
use letdown::store::{StateDir, read_session};

/// No desktop notifications; taps count however fast they come.
const CONFIG: &str = "
[session]
double_tap_guard_secs = 0

[notifications]
desktop = false
";

const COLS: u16 = 200;
const ROWS: u16 = 30;

/// The finished sessions kept in the state folder until the data dir takes them.
fn kept(home: &Home) -> Vec<SessionRecord> {
    let state = StateDir::new(home.state_dir());
    assert!(
        matches!(state.read_running(), Ok(None)),
        "the running file is free"
    );
    state.unsaved()
}

/// The session files under a data dir.
fn session_files(data: &Path) -> Vec<PathBuf> {
    let Ok(days) = fs::read_dir(data.join("sessions")) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = days
        .flat_map(|day| fs::read_dir(day.expect("a day").path()).expect("a day folder"))
        .map(|file| file.expect("a file").path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
}

/// The let-down counts of the sessions saved under a data dir, smallest first.
fn saved_counts(data: &Path) -> Vec<usize> {
    let mut counts: Vec<usize> = session_files(data)
        .iter()
        .map(|path| read_session(path).expect("a saved session").letdowns.len())
        .collect();
    counts.sort_unstable();
    counts
}

/// Starts `letdown ARGS` and waits for a new session's first frame.
fn start(home: &Home, args: &[&str]) -> Pty {
    let pty = home.spawn(args, COLS, ROWS);
    pty.wait_for("Massage");
    pty
}

/// Ends the session and saves it without a result: the day screen follows.
fn end_session(pty: &Pty) {
    pty.send(b"e");
    pty.wait_for("Ending the session");
    pty.send(b"\r");
}

/// Leaves letdown from the day screen.
fn quit(mut pty: Pty) {
    pty.send(b"q");
    let status = pty
        .wait_exit(Duration::from_secs(5))
        .expect("q leaves the day screen");
    assert!(status.success(), "{status:?}");
}

/// Leaves letdown from the day screen while a session is not saved in the
/// data dir yet: `q` asks first, and says where the session is kept.
fn quit_unsaved(mut pty: Pty) {
    pty.send(b"q");
    pty.wait_for("1 session is not saved in the data dir yet.");
    pty.wait_for("it is saved the next time letdown opens");
    pty.send(b"y");
    let status = pty
        .wait_exit(Duration::from_secs(5))
        .expect("y leaves anyway");
    assert!(status.success(), "{status:?}");
}

/// A data dir whose path runs through a plain file, so no folder can be made.
struct Blocked {
    blocker: PathBuf,
    data: PathBuf,
}

impl Blocked {
    fn new(home: &Home) -> Self {
        let blocker = home.root().join("blocker");
        fs::write(&blocker, b"not a folder").expect("the blocker");
        let data = blocker.join("data");
        Self { blocker, data }
    }

    fn arg(&self) -> &str {
        self.data.to_str().expect("a UTF-8 path")
    }

    fn unblock(&self) {
        fs::remove_file(&self.blocker).expect("unblock");
    }
}

/// A session of `taps` let-downs that the data dir refused; the program
/// stays on the day screen, which says so.
fn refused_session(taps: usize) -> (Home, Blocked, Pty) {
    let home = Home::new(CONFIG);
    let blocked = Blocked::new(&home);
    let pty = start(&home, &["start", "--data-dir", blocked.arg()]);
    pty.tap(1..=taps);
    end_session(&pty);
    pty.wait_for("saving failed — kept safe in the state folder, retrying");
    (home, blocked, pty)
}

#[test]
fn a_refused_session_is_kept_and_saved_by_the_next_start() {
    let (home, blocked, pty) = refused_session(2);
    let kept_now = kept(&home);
    assert_eq!(kept_now.len(), 1, "kept in the state folder");
    assert_eq!(kept_now[0].state, State::Finished);
    assert_eq!(kept_now[0].letdowns.len(), 2);
    quit_unsaved(pty);

    // Still refused: the next start says so and keeps it.
    let pty = home.spawn(&["--data-dir", blocked.arg()], COLS, ROWS);
    pty.wait_for("your last session is still kept aside; saving failed");
    quit_unsaved(pty);
    assert_eq!(kept(&home), kept_now, "still kept");

    blocked.unblock();
    let pty = home.spawn(&["--data-dir", blocked.arg()], COLS, ROWS);
    pty.wait_for("your last session is now saved");
    quit(pty);
    assert_eq!(saved_counts(&blocked.data), [2]);
    assert!(kept(&home).is_empty(), "the state folder is tidied");
}

/// Kills the session running in `pty`, frees the data dir and starts
/// again: the killed session, with `count` let-downs, is offered.
fn crash_and_unblock(mut pty: Pty, home: &Home, blocked: &Blocked, count: usize) -> Pty {
    pty.kill_9();
    drop(pty);
    blocked.unblock();
    let pty = home.spawn(&["start", "--data-dir", blocked.arg()], COLS, ROWS);
    pty.wait_for("A session was interrupted");
    pty.wait_for(&format!(", {count} let-downs."));
    pty
}

#[test]
fn a_new_session_never_overwrites_one_the_data_dir_refused() {
    let (home, blocked, pty) = refused_session(2);
    quit_unsaved(pty);

    // A new session while the data dir still refuses, then a crash.
    let pty = start(&home, &["start", "--data-dir", blocked.arg()]);
    pty.tap(1..=3);
    let pty = crash_and_unblock(pty, &home, &blocked, 3);
    pty.send(b"r");
    pty.wait_for("Let-downs 3");
    end_session(&pty);
    pty.wait_for("✓ saved");
    quit(pty);
    assert_eq!(
        saved_counts(&blocked.data),
        [2, 3],
        "both sessions are saved"
    );
}

#[test]
fn a_session_started_from_the_day_screen_keeps_a_refused_one() {
    let (home, blocked, pty) = refused_session(1);
    // `s` on the day screen: a new session in the same process, then a crash.
    pty.send(b"s");
    pty.wait_for("Massage");
    pty.tap(1..=2);
    let pty = crash_and_unblock(pty, &home, &blocked, 2);
    pty.send(b"f");
    pty.wait_for("Ending the session");
    pty.send(b"\r");
    pty.wait_for("✓ saved");
    quit(pty);
    assert_eq!(
        saved_counts(&blocked.data),
        [1, 2],
        "both sessions are saved"
    );
}

/// Makes `$XDG_STATE_HOME` a plain file, so the state folder cannot be made.
fn block_state_folder(home: &Home) {
    let state = home.root().join("state");
    if state.exists() {
        fs::remove_dir_all(&state).expect("clear the state folder");
    }
    fs::write(&state, b"not a folder").expect("the blocker");
}

#[test]
fn a_state_folder_that_cannot_be_written_stops_start_before_the_screen() {
    let home = Home::new(CONFIG);
    block_state_folder(&home);
    let mut pty = home.spawn(&["start"], COLS, ROWS);
    let status = pty
        .wait_exit(Duration::from_secs(10))
        .expect("it refuses at once");
    assert!(!status.success(), "{status:?}");
    pty.wait_drained();
    let folder = home.state_dir();
    pty.wait_for(&format!(
        "letdown: cannot use the state folder {}",
        folder.display()
    ));
    let transcript = pty.transcript();
    assert!(
        !transcript.windows(8).any(|w| w == b"\x1b[?1049h"),
        "the screen was opened: {}",
        String::from_utf8_lossy(&transcript)
    );
}

#[test]
fn a_state_folder_that_cannot_be_written_still_shows_the_day() {
    let home = Home::new(CONFIG);
    block_state_folder(&home);
    let pty = home.spawn(&[], COLS, ROWS);
    pty.wait_for("cannot use the state folder");
    pty.send(b"s");
    pty.wait_for("cannot use the state folder");
    assert!(!pty.contents().contains("Massage"), "a session started");
    quit(pty);
}

#[test]
fn a_second_letdown_shows_the_day_but_starts_no_session() {
    let home = Home::new(CONFIG);
    let first = start(&home, &["start"]);
    first.tap(1..=1);
    let second = home.spawn(&[], COLS, ROWS);
    second.wait_for("a session is already running on this machine");
    second.wait_for("this window shows the day only");
    second.send(b"s");
    second.wait_for("finish it there first");
    assert!(!second.contents().contains("Massage"), "a second session");
    quit(second);
    first.tap(2..=2);
}

#[test]
fn the_lock_is_let_go_at_a_session_end_on_exit_and_on_a_crash() {
    let home = Home::new(CONFIG);
    let first = start(&home, &["start"]);
    first.tap(1..=1);
    end_session(&first);
    first.wait_for("✓ saved");
    // The first letdown stays open on the day screen; its session is over.
    let second = start(&home, &["start"]);
    quit(first);
    second.tap(1..=2);
    end_session(&second);
    second.wait_for("✓ saved");
    quit(second);

    // After a normal exit: a new session, not a resume.
    let mut third = start(&home, &["start"]);
    third.tap(1..=1);
    third.kill_9();
    drop(third);

    // After a crash: the lock died with the process; the session is offered.
    let fourth = home.spawn(&["start"], COLS, ROWS);
    fourth.wait_for("A session was interrupted");
    fourth.wait_for(", 1 let-down.");
    assert_eq!(saved_counts(&home.data_dir()), [1, 2]);
}
