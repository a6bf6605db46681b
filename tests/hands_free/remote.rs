//! `letdown tap`, `undo`, `pause`, `next` and `end` from outside the
//! session's terminal, through the socket in the state folder.

use std::fs;
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::UnixStream;
use std::time::{Duration, Instant};

use letdown::session::State;
use letdown::store::read_session;

use super::pty_harness::Home;
use super::{AT_ONCE, config, says, start, stderr, stdout};

fn socket(home: &Home) -> std::path::PathBuf {
    home.state_dir().join("session.sock")
}

#[test]
fn letdown_tap_is_on_disk_before_it_exits_and_on_screen_at_once() {
    let home = Home::new(&config(3, 600, ""));
    let pty = start(&home);
    let mode = fs::metadata(socket(&home))
        .expect("the socket")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600, "the socket is the user's alone");
    let state_mode = fs::metadata(home.state_dir())
        .expect("state")
        .permissions()
        .mode();
    assert_eq!(state_mode & 0o777, 0o700);

    says(&home, &["tap"], "let-down 1 saved");
    // Read before anything else can happen: on disk when the command returned.
    assert_eq!(home.running().letdowns.len(), 1);
    let returned = Instant::now();
    pty.wait_for("let-down 1 saved");
    pty.wait_for("Let-downs 1");
    assert!(returned.elapsed() < AT_ONCE, "{:?}", returned.elapsed());
}

#[test]
fn a_second_tap_within_the_guard_is_ignored_and_still_exits_0() {
    let home = Home::new(&config(3, 600, ""));
    let pty = start(&home);
    says(&home, &["tap"], "let-down 1 saved");
    says(&home, &["tap"], "tap ignored: within 3 s of the last");
    pty.wait_for("tap ignored: within 3 s of the last");
    assert_eq!(home.running().letdowns.len(), 1);
    // The key meets the same guard right after a remote tap.
    pty.send(b" ");
    pty.wait_for("Let-downs 1");
    assert_eq!(home.running().letdowns.len(), 1);
}

#[test]
fn undo_takes_back_the_last_let_down() {
    let home = Home::new(&config(0, 600, ""));
    let pty = start(&home);
    pty.tap(1..=2);
    says(&home, &["undo"], "last let-down taken back (1 now)");
    assert_eq!(home.running().letdowns.len(), 1);
    pty.wait_for("last let-down taken back (1 now)");
    pty.wait_for("Let-downs 1");
}

#[test]
fn pause_says_whether_it_paused_or_resumed_and_next_moves_on() {
    let home = Home::new(&config(0, 600, ""));
    let pty = start(&home);
    says(&home, &["pause"], "paused — the clock is stopped");
    assert!(home.running().running.expect("position").paused);
    pty.wait_for("paused — the clock is stopped");
    says(&home, &["pause"], "resumed");
    assert!(!home.running().running.expect("position").paused);
    says(&home, &["next"], "now: Pump");
    assert_eq!(home.running().running.expect("position").phase, 1);
    pty.wait_for("Pump  (2 of 2)");
    says(&home, &["next"], "this is the last phase");
}

#[test]
fn end_saves_the_finished_file_without_the_summary_and_undo_reopens_it() {
    let home = Home::new(&config(0, 600, ""));
    let mut pty = start(&home);
    pty.tap(1..=1);
    let output = home.run(&["end"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let line = stdout(&output);
    assert!(
        line.starts_with("ended and saved: ")
            && line.ends_with(", 1 let-down; `letdown undo` reopens it\n"),
        "{line}"
    );
    let files = home.saved_sessions();
    assert_eq!(
        files.len(),
        1,
        "saved before the command returned: {files:?}"
    );
    let saved = read_session(&files[0]).expect("a valid session file");
    assert_eq!(saved.state, State::Finished);
    assert_eq!(saved.letdowns.len(), 1);
    assert!(saved.result.is_empty(), "no summary was asked for");
    assert!(!home.running_file().exists());
    pty.wait_for("ended and saved; u reopens it, v adds the volume");

    says(
        &home,
        &["undo"],
        "reopened; the time since it ended counts as a pause",
    );
    assert!(home.saved_sessions().is_empty(), "it runs again");
    assert_eq!(home.running().id, saved.id);
    pty.wait_for("Let-downs 1");
    says(&home, &["tap"], "let-down 2 saved");
    pty.send(b"e");
    pty.wait_for("Ending the session");
    pty.send(b"\r");
    pty.wait_for("✓ saved");
    let record = read_session(&home.saved_sessions()[0]).expect("saved again");
    assert_eq!(record.id, saved.id);
    assert_eq!(record.letdowns.len(), 2);
    assert!(
        !record.pauses.is_empty(),
        "the time it was ended is a pause"
    );
    pty.send(b"q");
    assert!(pty.wait_exit(Duration::from_secs(5)).is_some());
}

#[test]
fn every_command_without_a_session_exits_3() {
    let home = Home::new(&config(0, 600, ""));
    for verb in ["tap", "undo", "pause", "next", "end"] {
        let output = home.run(&[verb]);
        assert_eq!(output.status.code(), Some(3), "{verb}: {}", stderr(&output));
        assert_eq!(
            stderr(&output),
            "letdown: no session is running\n",
            "{verb}"
        );
        assert!(output.stdout.is_empty(), "{verb}");
    }
    assert!(!home.state_dir().exists(), "a client creates nothing");
}

#[test]
fn a_stale_socket_after_kill_9_is_reported_and_replaced_by_the_next_session() {
    let home = Home::new(&config(0, 600, ""));
    let mut pty = start(&home);
    pty.tap(1..=1);
    pty.kill_9();
    assert!(socket(&home).exists(), "left behind by the killed process");
    let output = home.run(&["tap"]);
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    let said = stderr(&output);
    assert!(
        said.contains("no session is running: letdown stopped without closing its socket")
            && said.contains("a session was interrupted — open letdown to resume it"),
        "{said}"
    );
    assert!(socket(&home).exists(), "a client never removes the socket");
    drop(pty);

    let again = home.spawn(&["start"], 80, 24);
    again.wait_for("A session was interrupted");
    let output = home.run(&["tap"]);
    assert_eq!(output.status.code(), Some(3), "{}", stderr(&output));
    assert!(
        stderr(&output)
            .contains("an interrupted one waits on letdown's screen (r there resumes it)"),
        "{}",
        stderr(&output)
    );
    again.send(b"r");
    again.wait_for("Let-downs 1");
    says(&home, &["tap"], "let-down 2 saved");
    again.wait_for("Let-downs 2");
}

#[test]
fn a_client_that_says_nothing_does_not_delay_a_key_tap() {
    let home = Home::new(&config(0, 600, ""));
    let pty = start(&home);
    // Fewer than the clients read at once, each of them saying nothing.
    let mut silent: Vec<UnixStream> = (0..3)
        .map(|_| UnixStream::connect(socket(&home)).expect("connect"))
        .collect();
    let sent = Instant::now();
    pty.tap(1..=1);
    assert!(sent.elapsed() < AT_ONCE, "{:?}", sent.elapsed());
    // Nor another client's tap meanwhile.
    let sent = Instant::now();
    says(&home, &["tap"], "let-down 2 saved");
    assert!(sent.elapsed() < AT_ONCE, "{:?}", sent.elapsed());
    // A request that never ends is cut off, not waited on for ever.
    silent[0].write_all(b"letdown/1 t").expect("half a request");
    let mut answer = String::new();
    std::io::Read::read_to_string(&mut silent[0], &mut answer).expect("an answer");
    assert!(answer.starts_with("refused "), "{answer:?}");
    assert_eq!(home.running().letdowns.len(), 2);
}

#[test]
fn a_socket_with_the_wrong_mode_or_owner_is_refused() {
    let home = Home::new(&config(0, 600, ""));
    let pty = start(&home);
    let path = socket(&home);
    fs::set_permissions(&path, fs::Permissions::from_mode(0o666)).expect("chmod");
    let output = home.run(&["tap"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("refusing ")
            && stderr(&output).contains("others may use it (mode 0666; letdown's own is 0600)"),
        "{}",
        stderr(&output)
    );
    assert!(home.running().letdowns.is_empty(), "nothing was sent");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).expect("chmod");
    says(&home, &["tap"], "let-down 1 saved");

    if rustix::process::getuid().is_root() {
        std::os::unix::fs::lchown(&path, Some(65534), None).expect("chown");
        let output = home.run(&["tap"]);
        assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
        assert!(
            stderr(&output).contains("it belongs to another user (uid 65534)"),
            "{}",
            stderr(&output)
        );
        std::os::unix::fs::lchown(&path, Some(0), None).expect("chown back");
    } else {
        eprintln!("not root: the socket's owner cannot be changed here, so that case is skipped");
    }
    assert_eq!(home.running().letdowns.len(), 1);
    pty.wait_for("Let-downs 1");
}

#[test]
fn a_state_folder_too_long_for_a_socket_is_said_at_start() {
    let home = Home::new(&config(0, 600, ""));
    let long = home.root().join("s".repeat(110));
    let long = long.to_str().expect("a UTF-8 path");
    let env = [("XDG_STATE_HOME", long)];
    let pty = home.spawn_with_env(&["start"], &env, 240, 24);
    pty.wait_for("`letdown tap` cannot reach this session: the state folder's path is too long");
    let output = home.command(&["tap"], &env).output().expect("letdown runs");
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("too long for letdown's socket")
            && stderr(&output).contains("XDG_STATE_HOME"),
        "{}",
        stderr(&output)
    );
    // The session itself is fine.
    pty.tap(1..=1);
}

#[test]
fn a_new_session_elsewhere_takes_over_from_a_window_holding_an_ended_one() {
    let home = Home::new(&config(0, 600, ""));
    let first = start(&home);
    let output = home.run(&["end"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    first.wait_for("ended and saved; u reopens it");

    let second = start(&home);
    first.wait_for("a session started elsewhere");
    says(&home, &["tap"], "let-down 1 saved");
    second.wait_for("Let-downs 1");
    // The first window no longer reopens anything.
    first.send(b"u");
    first.wait_for("nothing to undo here");
}

#[test]
fn idle_connections_never_starve_a_tap() {
    let home = Home::new(&config(0, 600, ""));
    let pty = start(&home);
    // Many clients that connect and say nothing, held open.
    let held: Vec<UnixStream> = (0..64)
        .map(|_| UnixStream::connect(socket(&home)).expect("connect"))
        .collect();
    says(&home, &["tap"], "let-down 1 saved");
    // A flood that keeps making new idle connections while taps come in.
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flood = {
        let (path, stop) = (socket(&home), std::sync::Arc::clone(&stop));
        std::thread::spawn(move || {
            let mut idle = std::collections::VecDeque::new();
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                if let Ok(stream) = UnixStream::connect(&path) {
                    idle.push_back(stream);
                }
                if idle.len() > 16 {
                    idle.pop_front();
                }
            }
        })
    };
    let failed: Vec<String> = (2..=30)
        .map(|n| (n, home.run(&["tap"])))
        .filter(|(_, output)| output.status.code() != Some(0))
        .map(|(n, output)| format!("tap {n}: {}", stderr(&output)))
        .collect();
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    flood.join().expect("the flood");
    assert_eq!(failed, Vec::<String>::new());
    assert_eq!(home.running().letdowns.len(), 30);
    pty.wait_for("Let-downs 30");
    drop(held);
}
