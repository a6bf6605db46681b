//! What happened when letdown was not open: a session added by hand on the
//! day screen, an edit of a session's times and let-downs, and a summary
//! that ends a session earlier than the end key was pressed.
#![allow(clippy::float_cmp)] // whole seconds and tenths of a ml, exact

use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;

use ratatui::crossterm::event::KeyCode;

use letdown::session::SessionRecord;
use letdown::store::read_session;
use letdown::tui::app::Screen;
use letdown::tui::keymap::KeyContext;
use letdown::tui::theme::Theme;

use crate::fixture::{Folders, Run, ch, key};

/// A session at `start` (+01:00) on 2026-11-23, 16 minutes long, with
/// let-downs at `letdowns` active seconds.
fn write_session(folders: &Folders, start: &str, letdowns: &[f64]) -> PathBuf {
    let day = "2026-11-23";
    let id = format!("{day}T{}-laptop-ab12", start.replace(':', ""));
    let started =
        chrono::DateTime::parse_from_rfc3339(&format!("{day}T{start}+01:00")).expect("a time");
    let at = |secs: f64| {
        (started + chrono::Duration::milliseconds((secs * 1000.0) as i64))
            .format("%Y-%m-%dT%H:%M:%S%.3f%:z")
            .to_string()
    };
    let mut text = format!(
        "schema = 1\nid = \"{id}\"\nstate = \"finished\"\nstarted = {}\nended = {}\n\
         active_secs = 960.0\npaused_secs = 0.0\n",
        at(0.0),
        at(960.0)
    );
    for secs in letdowns {
        let _ = write!(
            text,
            "\n[[letdowns]]\nat_secs = {secs:.1}\nat = {}\n",
            at(*secs)
        );
    }
    text.push_str("\n[result]\nleft_ml = 45.0\n");
    let dir = folders.context.data.root().join("sessions").join(day);
    fs::create_dir_all(&dir).expect("day folder");
    let path = dir.join(format!("{id}.toml"));
    fs::write(&path, text).expect("session file");
    path
}

/// The day screen of 2026-11-23 (it is 07:14:05 there) with one session at 06:20.
fn home() -> (Run, PathBuf) {
    let folders = Folders::new();
    let path = write_session(&folders, "06:20:00", &[95.0, 260.0]);
    (Run::home(folders, Theme::plain()), path)
}

/// Clears the focused field (its text is at most this long).
fn clear(run: &mut Run, secs: f64) {
    for _ in 0..24 {
        run.press(secs, key(KeyCode::Backspace));
    }
}

/// Every session the data dir holds, oldest first.
fn sessions(run: &Run) -> Vec<SessionRecord> {
    let mut all: Vec<SessionRecord> = run
        .folders
        .saved_files()
        .iter()
        .map(|p| read_session(p).expect("a session that reads"))
        .collect();
    all.sort_by_key(|r| r.started);
    all
}

#[test]
fn a_adds_a_session_marked_by_hand_and_counted_in_the_day() {
    let (mut run, _) = home();
    run.press(1.0, ch('a'));
    assert_eq!(run.app.key_context(), KeyContext::Add);
    // The start is suggested an hour ago; the cursor is on it.
    assert!(run.screen(80, 24).contains("Started   [06:14"));
    clear(&mut run, 2.0);
    run.type_text(3.0, "05:00");
    run.press(4.0, key(KeyCode::Tab));
    run.type_text(5.0, "20");
    // The end follows the length.
    assert!(run.screen(80, 24).contains("Ended at  [05:20"));
    run.press(6.0, key(KeyCode::Tab));
    run.press(6.0, key(KeyCode::Tab));
    run.type_text(7.0, "3");
    run.press(8.0, key(KeyCode::Tab));
    run.type_text(8.0, "60ml");
    insta::assert_snapshot!("add_80x24", run.screen(80, 24));
    insta::assert_snapshot!("add_40x12", run.screen(40, 12));
    run.press(9.0, key(KeyCode::Enter));
    assert!(matches!(run.app.screen, Screen::Day(_)));
    let all = sessions(&run);
    assert_eq!(all.len(), 2);
    let added = &all[0];
    assert!(added.is_by_hand());
    assert_eq!(added.letdown_count(), 3);
    assert_eq!(added.active_secs, 1200.0);
    assert_eq!(added.started.to_rfc3339(), "2026-11-23T05:00:00.000+01:00");
    assert_eq!(added.result.left_ml, Some(60.0));
    let shown = run.screen(80, 24);
    assert!(shown.contains("3 by hand"), "{shown}");
    assert!(
        shown.contains("2 sessions · 36m pumping · 5 let-downs"),
        "{shown}"
    );
    assert!(run.status().contains("added"), "{}", run.status());
}

#[test]
fn an_added_session_over_another_asks_first_and_any_other_key_goes_back() {
    let (mut run, _) = home();
    run.press(1.0, ch('a'));
    clear(&mut run, 2.0);
    run.type_text(3.0, "06:25");
    run.press(4.0, key(KeyCode::Tab));
    run.type_text(5.0, "10");
    run.press(6.0, key(KeyCode::Enter));
    assert_eq!(run.app.key_context(), KeyContext::ConfirmOverlap);
    let shown = run.screen(80, 24);
    assert!(shown.contains("It overlaps another session."), "{shown}");
    assert!(shown.contains("The session of 06:20"), "{shown}");
    run.press(7.0, ch('n'));
    assert_eq!(run.app.key_context(), KeyContext::Add);
    assert_eq!(sessions(&run).len(), 1, "nothing added yet");
    run.press(8.0, key(KeyCode::Enter));
    run.press(9.0, ch('y'));
    assert!(matches!(run.app.screen, Screen::Day(_)));
    assert_eq!(sessions(&run).len(), 2);
}

#[test]
fn the_add_form_refuses_a_start_in_the_future_and_a_missing_length() {
    let (mut run, _) = home();
    run.press(1.0, ch('a'));
    run.press(2.0, key(KeyCode::Enter));
    assert!(
        run.screen(80, 24).contains("how long did it last?"),
        "{}",
        run.screen(80, 24)
    );
    clear(&mut run, 3.0);
    run.type_text(3.0, "30");
    run.press(4.0, key(KeyCode::BackTab));
    clear(&mut run, 4.0);
    run.type_text(5.0, "09:00");
    run.press(6.0, key(KeyCode::Enter));
    assert!(run.screen(80, 24).contains("that start is in the future"));
    assert_eq!(run.app.key_context(), KeyContext::Add);
    assert_eq!(sessions(&run).len(), 1, "nothing added");
    run.press(7.0, key(KeyCode::Esc));
    assert!(matches!(run.app.screen, Screen::Day(_)));
    assert_eq!(sessions(&run).len(), 1);
}

#[test]
fn an_edit_moves_the_start_and_keeps_every_time_with_it() {
    let (mut run, path) = home();
    run.press(1.0, ch('v'));
    // From the volume, back up past the let-downs, the end and the length.
    for _ in 0..4 {
        run.press(2.0, key(KeyCode::BackTab));
    }
    clear(&mut run, 3.0);
    run.type_text(4.0, "05:50");
    insta::assert_snapshot!("edit_80x24", run.screen(80, 24));
    insta::assert_snapshot!("edit_40x12", run.screen(40, 12));
    run.press(5.0, key(KeyCode::Enter));
    let record = read_session(&path).expect("the edited file reads");
    assert_eq!(record.started.to_rfc3339(), "2026-11-23T05:50:00.000+01:00");
    assert_eq!(record.active_secs, 960.0);
    assert_eq!(record.letdowns[1].at_secs, 260.0);
    assert_eq!(
        record.letdowns[1].at.to_rfc3339(),
        "2026-11-23T05:54:20.000+01:00"
    );
    assert_eq!(record.schema, 1, "nothing of schema 2 was used");
}

#[test]
fn a_shorter_length_drops_the_let_downs_after_it_unless_kept() {
    for keep in [false, true] {
        let (mut run, path) = home();
        run.press(1.0, ch('v'));
        for _ in 0..3 {
            run.press(2.0, key(KeyCode::BackTab));
        }
        clear(&mut run, 3.0);
        run.type_text(4.0, "3");
        let shown = run.screen(80, 24);
        assert!(shown.contains("drop 1 let-down"), "{shown}");
        if keep {
            // The question comes after the let-downs field.
            for _ in 0..3 {
                run.press(5.0, key(KeyCode::Tab));
            }
            run.press(5.0, key(KeyCode::Right));
        }
        run.press(6.0, key(KeyCode::Enter));
        let record = read_session(&path).expect("the edited file reads");
        if keep {
            assert_eq!(record.letdowns.len(), 2);
            assert_eq!(
                record.active_secs, 260.0,
                "the end moved to the last let-down"
            );
        } else {
            assert_eq!(record.letdowns.len(), 1);
            assert_eq!(record.active_secs, 180.0);
        }
    }
}

#[test]
fn an_edit_adds_and_removes_let_down_times() {
    let (mut run, path) = home();
    run.press(1.0, ch('v'));
    run.press(2.0, key(KeyCode::BackTab));
    assert!(run.screen(80, 24).contains("Let-downs [01:35, 04:20"));
    clear(&mut run, 3.0);
    run.type_text(4.0, "1:35 2:00");
    run.press(5.0, key(KeyCode::Enter));
    let record = read_session(&path).expect("the edited file reads");
    let secs: Vec<f64> = record.letdowns.iter().map(|l| l.at_secs).collect();
    assert_eq!(secs, [95.0, 120.0]);
    // One past the end is refused, with nothing written.
    let before = fs::read(&path).expect("the file");
    run.press(6.0, ch('v'));
    run.press(7.0, key(KeyCode::BackTab));
    run.type_text(8.0, " 20:00");
    run.press(9.0, key(KeyCode::Enter));
    assert!(run.screen(80, 24).contains("20:00 is after the end"));
    assert_eq!(fs::read(&path).expect("the file"), before);
}

#[test]
fn the_summary_ends_the_session_earlier_when_told_and_drops_later_let_downs() {
    for keep in [false, true] {
        let mut run = Run::start();
        run.tap(60.0);
        run.tap(300.0);
        run.press(600.0, ch('e'));
        // Past the result and the setup to the end, which says when `e` was pressed.
        for _ in 0..10 {
            run.press(601.0, key(KeyCode::Tab));
        }
        assert!(run.screen(80, 24).contains("Ended at  [07:24"));
        clear(&mut run, 602.0);
        run.type_text(603.0, "07:17");
        assert!(run.screen(80, 24).contains("drop 1 let-down"));
        if keep {
            run.press(604.0, key(KeyCode::Tab));
            run.press(604.0, key(KeyCode::Right));
        }
        run.press(605.0, key(KeyCode::Enter));
        let saved = run.folders.saved_files();
        let record = read_session(&saved[0]).expect("the saved session");
        if keep {
            assert_eq!(record.letdowns.len(), 2);
            assert_eq!(record.active_secs, 300.0);
        } else {
            assert_eq!(record.letdowns.len(), 1);
            // 07:17:00 is 175 s after 07:14:05.
            assert_eq!(record.active_secs, 175.0);
        }
    }
}
