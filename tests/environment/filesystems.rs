//! A data dir that refuses (a path under a plain file, a full or read-only
//! filesystem) and a full state folder, the filesystems on a small tmpfs.
//! The app runs on a fake clock, so its retries are stepped to rather than
//! waited for.

use std::fs;
use std::os::unix::fs::symlink;
use std::time::Duration;

use ratatui::crossterm::event::KeyCode;

use letdown::session::State;
use letdown::store::{StateDir, read_session};
use letdown::tui::app::{Outcome, Screen};
use letdown::tui::theme::Theme;

use crate::fixture::{Folders, Run, ch, key};
use crate::pty_harness::Home;
use crate::tmpfs::Tmpfs;

const SIZE: &str = "size=64k";

/// A session with one let-down, ended and saved from the summary: the data
/// dir refuses it, so it is kept in the state folder and the day screen says so.
fn end_refused(run: &mut Run) {
    run.tap(10.0);
    run.press(20.0, ch('e'));
    run.press(21.0, key(KeyCode::Enter));
    assert!(matches!(run.app.screen, Screen::Day(_)));
    assert!(
        run.status()
            .starts_with("saving failed — kept safe in the state folder, retrying"),
        "{}",
        run.status()
    );
    assert!(run.screen(100, 24).contains("saving failed"));
    // Kept apart from the running file, which the next session takes.
    let kept = run.folders.context.state.unsaved();
    assert_eq!(kept.len(), 1, "kept in the state folder");
    assert_eq!(kept[0].state, State::Finished);
    assert_eq!(kept[0].letdowns.len(), 1);
    assert!(run.folders.running().is_none());
    // Tried again within 5 s, and still refused.
    let retry = run.app.next_wake(run.clock.mono(21.0)).expect("a retry");
    assert!(retry <= run.clock.mono(26.0));
    run.tick(26.5);
    assert!(
        run.status().starts_with("saving failed"),
        "{}",
        run.status()
    );
    assert_eq!(run.folders.context.state.unsaved().len(), 1);
    assert!(run.folders.saved_files().is_empty());
}

/// The retry after the machine is fixed saves the session and tidies up.
fn assert_retried(run: &mut Run) {
    run.tick(32.0);
    assert_eq!(run.status(), "saved now; nothing was lost");
    let files = run.folders.saved_files();
    assert_eq!(files.len(), 1, "{files:?}");
    assert_eq!(read_session(&files[0]).expect("saved").letdowns.len(), 1);
    assert!(run.folders.context.state.unsaved().is_empty());
    assert!(!run.folders.running_path().exists());
}

#[test]
fn a_data_dir_under_a_file_keeps_the_session_and_saves_it_once_fixed() {
    let folders = Folders::new();
    let blocker = folders.temp.path().join("blocker");
    fs::write(&blocker, b"not a folder").expect("blocker");
    let folders = folders.with_data_dir(blocker.join("data"));
    let mut run = Run::start_in(folders, Theme::plain());
    end_refused(&mut run);
    fs::remove_file(&blocker).expect("unblock");
    assert_retried(&mut run);
}

#[test]
fn a_full_data_dir_keeps_the_session_and_saves_it_once_there_is_room() {
    let Some(tmpfs) = Tmpfs::mount("full data dir", SIZE) else {
        return;
    };
    let filler = tmpfs.fill();
    let folders = Folders::new().with_data_dir(tmpfs.path().join("data"));
    let mut run = Run::start_in(folders, Theme::plain());
    end_refused(&mut run);
    assert!(run.status().contains("No space left on device"));
    fs::remove_file(filler).expect("make room");
    assert_retried(&mut run);
}

#[test]
fn a_read_only_data_dir_keeps_the_session_and_saves_it_once_writable() {
    let Some(tmpfs) = Tmpfs::mount("read-only data dir", &format!("ro,{SIZE}")) else {
        return;
    };
    let folders = Folders::new().with_data_dir(tmpfs.path().join("data"));
    let mut run = Run::start_in(folders, Theme::plain());
    end_refused(&mut run);
    assert!(run.status().contains("Read-only file system"));
    tmpfs.remount("remount,rw").expect("writable again");
    assert_retried(&mut run);
}

#[test]
fn a_full_state_folder_mid_session_keeps_taps_and_saves_them_once_there_is_room() {
    let Some(tmpfs) = Tmpfs::mount("full state folder", SIZE) else {
        return;
    };
    let mut folders = Folders::new();
    folders.context.state = StateDir::new(tmpfs.path().join("state"));
    let mut run = Run::start_in(folders, Theme::plain());
    let filler = tmpfs.fill();
    // Saves append to the running file: the first few may still fit in the
    // room its last page has left. Tap until one does not.
    let mut at = 10.0;
    for _ in 0..40 {
        run.tap(at);
        at += 4.0;
        if run.status().starts_with("saving failed") {
            break;
        }
        // A tap the screen confirmed is on disk.
        let confirmed = run.engine().record().letdowns.len();
        let on_disk = run.folders.running().expect("the session's last save");
        assert_eq!(on_disk.letdowns.len(), confirmed, "{}", run.status());
    }
    // Not confirmed: the screen says saving failed, never "saved".
    assert!(
        run.status().starts_with("saving failed — kept, retrying"),
        "{}",
        run.status()
    );
    assert!(run.screen(100, 24).contains("saving failed"));
    let in_memory = run.engine().record().letdowns.len();
    let on_disk = run.folders.running().expect("the session's last save");
    assert_eq!(on_disk.letdowns.len() + 1, in_memory, "kept in memory");
    // Every later event retries.
    run.tick(at);
    assert!(run.status().starts_with("saving failed"));

    fs::remove_file(filler).expect("make room");
    run.tick(at + 1.0);
    assert_eq!(run.status(), "saved again; nothing was lost");
    let on_disk = run.folders.running().expect("saved");
    assert_eq!(on_disk.letdowns.len(), in_memory);
}

#[test]
fn a_full_state_folder_stops_start_before_the_screen() {
    let Some(tmpfs) = Tmpfs::mount("full state folder at start", SIZE) else {
        return;
    };
    let home = Home::new("[notifications]\ndesktop = false\n");
    symlink(tmpfs.path(), home.root().join("state")).expect("the state folder on the tmpfs");
    fs::create_dir(tmpfs.path().join("letdown")).expect("the state folder");
    tmpfs.fill();
    let mut pty = home.spawn(&["start"], 200, 30);
    let status = pty
        .wait_exit(Duration::from_secs(10))
        .expect("it refuses at once");
    assert!(!status.success(), "{status:?}");
    pty.wait_drained();
    pty.wait_for(&format!(
        "letdown: cannot save sessions in {}: No space left on device",
        home.state_dir().display()
    ));
    let transcript = pty.transcript();
    assert!(
        !transcript.windows(8).any(|w| w == b"\x1b[?1049h"),
        "the screen was opened"
    );
}

/// With the disk refusing the ended session, `q` on the day screen asks
/// before leaving and says where the session is kept; anything but yes stays.
#[test]
fn leaving_with_a_session_the_data_dir_refused_asks_first() {
    let folders = Folders::new();
    let blocker = folders.temp.path().join("blocker");
    fs::write(&blocker, b"not a folder").expect("blocker");
    let folders = folders.with_data_dir(blocker.join("data"));
    let mut run = Run::start_in(folders, Theme::plain());
    end_refused(&mut run);
    assert!(
        run.press(27.0, ch('q')).is_empty(),
        "q does not leave at once"
    );
    let shown = run.screen(100, 24);
    assert!(
        shown.contains("1 session is not saved in the data dir yet."),
        "{shown}"
    );
    assert!(
        shown.contains("it is saved the next time letdown opens"),
        "{shown}"
    );
    assert!(run.press(28.0, ch('n')).is_empty(), "any other key stays");
    assert!(
        !run.screen(100, 24)
            .contains("not saved in the data dir yet")
    );
    run.press(29.0, ch('q'));
    assert_eq!(run.press(30.0, ch('y')), [Outcome::Quit]);
}
