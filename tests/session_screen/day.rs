//! The day screen (home) and the history screen: what they draw over
//! hand-written session files, and what their keys do to those files.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use ratatui::crossterm::event::KeyCode;

use letdown::notify::Alert;
use letdown::store::read_session;
use letdown::tui::app::{Outcome, Screen};
use letdown::tui::day_screen::DayDialog;
use letdown::tui::theme::Theme;

use crate::fixture::{Folders, Run, ch, key};

/// A finished session in the file format users read, starting at `start`
/// (local time, +01:00) on `day`.
pub fn session_text(day: &str, start: &str, letdowns: &[f64], note: &str) -> String {
    let id = format!("{day}T{}-laptop-ab12", start.replace(':', ""));
    let mut text = format!(
        "schema = 1\nid = \"{id}\"\nstate = \"finished\"\n\
         started = {day}T{start}.000+01:00\nended = {day}T{start}.000+01:00\n\
         active_secs = 960.0\npaused_secs = 0.0\n"
    );
    for at in letdowns {
        let _ = write!(
            text,
            "\n[[letdowns]]\nat_secs = {at:.1}\nat = {day}T{start}.000+01:00\n"
        );
    }
    text.push_str("\n[[triggers]]\nat_secs = 120.0\nname = \"warm-compress\"\n");
    let _ = write!(
        text,
        "\n[result]\nleft_ml = 45.0\nright_ml = 38.0\ncomfort = \"fine\"\nnote = \"{note}\"\n"
    );
    text
}

/// Writes a session file and returns its path.
pub fn write_session(folders: &Folders, day: &str, start: &str, letdowns: &[f64]) -> PathBuf {
    let dir = folders.context.data.root().join("sessions").join(day);
    fs::create_dir_all(&dir).expect("day folder");
    let path = dir.join(format!("{day}T{}-laptop-ab12.toml", start.replace(':', "")));
    fs::write(&path, session_text(day, start, letdowns, "at work")).expect("session file");
    path
}

/// Two sessions today, one yesterday, and a broken file today.
pub fn home() -> (Run, Vec<PathBuf>, PathBuf) {
    let folders = Folders::new();
    let paths = vec![
        write_session(&folders, "2026-11-23", "03:10:00", &[80.0, 200.0, 410.0]),
        write_session(&folders, "2026-11-23", "06:20:00", &[95.0, 260.0]),
        write_session(&folders, "2026-11-22", "21:40:00", &[70.0]),
    ];
    let broken = folders
        .context
        .data
        .root()
        .join("sessions/2026-11-23/broken.toml");
    fs::write(&broken, b"schema = 1\nid = \"half").expect("broken file");
    (Run::home(folders, Theme::plain()), paths, broken)
}

fn bytes(path: &Path) -> Vec<u8> {
    fs::read(path).expect("read")
}

#[test]
fn today_lists_its_sessions_with_totals_and_the_unreadable_count() {
    let (run, _, _) = home();
    let shown = run.screen(80, 24);
    assert!(shown.contains("Today, Monday 23 November 2026"), "{shown}");
    assert!(
        shown.contains("03:10") && shown.contains("06:20"),
        "{shown}"
    );
    assert!(
        !shown.contains("21:40"),
        "yesterday's session is not today's:\n{shown}"
    );
    assert!(
        shown.contains("2 sessions · 32m pumping · 5 let-downs · 166 ml"),
        "{shown}"
    );
    assert!(shown.contains("night"), "{shown}");
    assert!(
        shown.contains("1 session file could not be read"),
        "{shown}"
    );
    insta::assert_snapshot!("day_80x24", shown);
    insta::assert_snapshot!("day_40x12", run.screen(40, 12));
    insta::assert_snapshot!("day_20x5", run.screen(20, 5));
}

/// Today the last 24 hours stand beside the day's totals (yesterday's 21:40
/// is in them) and move on with the clock; another day leaves them out, as a
/// figure relative to now would mislead there. With `window = "24h"` the goal
/// bars count them, and say so.
#[test]
fn today_shows_the_last_24_hours_and_the_goals_may_count_them() {
    let (mut run, _, _) = home();
    let shown = run.screen(80, 24);
    assert!(shown.contains("last 24 h: 3 sessions · 48 min"), "{shown}");
    assert!(shown.contains("Sessions    2 / 8  "), "{shown}");
    // At 21:45 the session of 21:40 yesterday is more than 24 h old.
    run.tick(14.0 * 3600.0 + 31.0 * 60.0);
    let shown = run.screen(80, 24);
    assert!(shown.contains("last 24 h: 2 sessions · 32 min"), "{shown}");
    run.press(14.0 * 3600.0 + 32.0 * 60.0, key(KeyCode::Left));
    let shown = run.screen(80, 24);
    assert!(
        shown.contains("Yesterday") && !shown.contains("24 h"),
        "{shown}"
    );

    let mut config = letdown::config::Config::default();
    config.goals.window = letdown::config::GoalsWindow::Last24h;
    let folders = Folders::with_config(config);
    write_session(&folders, "2026-11-23", "03:10:00", &[80.0, 200.0, 410.0]);
    write_session(&folders, "2026-11-23", "06:20:00", &[95.0, 260.0]);
    write_session(&folders, "2026-11-22", "21:40:00", &[70.0]);
    let mut run = Run::home(folders, Theme::plain());
    let shown = run.screen(80, 24);
    assert!(shown.contains("Sessions    3 / 8 in 24 h "), "{shown}");
    assert!(
        shown.contains("Minutes    48 / 100 min in 24 h "),
        "{shown}"
    );
    insta::assert_snapshot!("day_goals_24h_80x24", shown);
    // A past day keeps its calendar totals.
    run.press(1.0, key(KeyCode::Left));
    let shown = run.screen(80, 24);
    assert!(shown.contains("Sessions    1 / 8  "), "{shown}");
    assert!(!shown.contains("24 h"), "{shown}");
}

/// On a small pane the list comes first: the last 24 hours go where the
/// whole list would not fit beside them.
#[test]
fn a_small_pane_drops_the_last_24_hours_before_a_session_of_the_list() {
    // Sessions of 16 min, 50 min apart from 00:10 on.
    let home_with = |sessions: u32| {
        let folders = Folders::new();
        for i in 0..sessions {
            let start = format!("{:02}:{:02}:00", (10 + 50 * i) / 60, (10 + 50 * i) % 60);
            write_session(&folders, "2026-11-23", &start, &[80.0]);
        }
        Run::home(folders, Theme::plain())
    };
    let shown = home_with(6).screen(40, 12);
    assert!(shown.contains("last 24 h: 6 sessions · 96 min"), "{shown}");
    let run = home_with(7);
    let shown = run.screen(40, 12);
    assert!(!shown.contains("last 24 h"), "{shown}");
    assert!(
        shown.contains("00:10") && shown.contains("05:10"),
        "{shown}"
    );
    insta::assert_snapshot!("day_full_40x12", shown);
    let shown = run.screen(80, 24);
    assert!(shown.contains("last 24 h: 7 sessions · 112 min"), "{shown}");
}

#[test]
fn left_shows_yesterday_and_t_comes_back() {
    let (mut run, _, _) = home();
    run.press(1.0, key(KeyCode::Left));
    let shown = run.screen(80, 24);
    assert!(
        shown.contains("Yesterday, Sunday 22 November 2026"),
        "{shown}"
    );
    assert!(shown.contains("21:40"), "{shown}");
    run.press(2.0, ch('t'));
    assert!(run.screen(80, 24).contains("Today,"));
}

#[test]
fn enter_shows_the_detail_and_esc_closes_it() {
    let (mut run, _, _) = home();
    run.press(1.0, key(KeyCode::Up));
    run.press(2.0, key(KeyCode::Enter));
    let root = run.folders.temp.path().display().to_string();
    let shown = run.screen(80, 24).replace(&root, "[temp]");
    assert!(shown.contains("Let-downs: 01:20"), "{shown}");
    assert!(
        shown.contains("Coach: warm-compress at 02:00 — a let-down followed ✓"),
        "{shown}"
    );
    insta::assert_snapshot!("detail_80x24", shown);
    run.press(3.0, key(KeyCode::Esc));
    assert!(matches!(&run.app.screen, Screen::Day(view) if view.dialog.is_none()));
}

#[test]
fn edit_rewrites_only_that_file() {
    let (mut run, paths, broken) = home();
    let (first, broken_before) = (bytes(&paths[0]), bytes(&broken));
    run.press(1.0, ch('v'));
    assert!(matches!(run.app.screen, Screen::Edit { .. }));
    // Left is filled in with what the file holds; make it 50.
    run.press(2.0, key(KeyCode::Backspace));
    run.press(2.0, key(KeyCode::Backspace));
    run.type_text(3.0, "50");
    run.press(4.0, key(KeyCode::Enter));
    assert!(matches!(run.app.screen, Screen::Day(_)));
    let record = read_session(&paths[1]).expect("edited file reads");
    assert_eq!(record.result.left_ml, Some(50.0));
    assert_eq!(record.result.total_ml, Some(88.0));
    assert_eq!(record.letdowns.len(), 2);
    assert_eq!(bytes(&paths[0]), first);
    assert_eq!(bytes(&broken), broken_before);
}

#[test]
fn an_edit_of_a_file_changed_meanwhile_keeps_the_newer_file_and_shows_it() {
    let (mut run, paths, _) = home();
    run.press(1.0, ch('v'));
    // Another window (or a sync tool) saves a note while the form is open.
    let theirs: String = fs::read_to_string(&paths[1])
        .expect("the file")
        .lines()
        .map(|line| {
            if line.starts_with("note = ") {
                "note = \"from the other window\"\n".to_string()
            } else {
                format!("{line}\n")
            }
        })
        .collect();
    fs::write(&paths[1], &theirs).expect("their save");
    run.press(2.0, key(KeyCode::Backspace));
    run.type_text(3.0, "5");
    run.press(4.0, key(KeyCode::Enter));
    assert_eq!(fs::read_to_string(&paths[1]).expect("the file"), theirs);
    assert!(
        run.status()
            .contains("the file changed since it was opened; here is the newer version"),
        "{}",
        run.status()
    );
    let Screen::Day(view) = &run.app.screen else {
        panic!("not the day screen");
    };
    let shown = view.selected().expect("a session selected");
    assert_eq!(
        shown.record.result.note.as_deref(),
        Some("from the other window")
    );
}

#[test]
fn esc_leaves_an_edit_unchanged() {
    let (mut run, paths, _) = home();
    let before = bytes(&paths[1]);
    run.press(1.0, ch('v'));
    run.type_text(2.0, "9");
    run.press(3.0, key(KeyCode::Esc));
    assert!(matches!(run.app.screen, Screen::Day(_)));
    assert_eq!(bytes(&paths[1]), before);
}

#[test]
fn delete_asks_then_moves_the_file_to_the_trash() {
    let (mut run, paths, _) = home();
    let before = bytes(&paths[1]);
    run.press(1.0, ch('x'));
    assert!(
        matches!(&run.app.screen, Screen::Day(v) if v.dialog == Some(DayDialog::ConfirmDelete))
    );
    insta::assert_snapshot!("delete_80x24", run.screen(80, 24));
    run.press(2.0, ch('n'));
    assert!(paths[1].exists(), "any other key keeps it");
    run.press(3.0, ch('x'));
    run.press(4.0, ch('y'));
    assert!(!paths[1].exists());
    let trashed = run
        .folders
        .context
        .data
        .root()
        .join("trash")
        .join(paths[1].file_name().expect("name"));
    assert_eq!(bytes(&trashed), before, "moved whole, not destroyed");
    assert!(run.screen(80, 24).contains("1 session ·"));
}

#[test]
fn u_right_after_a_delete_brings_the_session_back() {
    let (mut run, paths, _) = home();
    let before = bytes(&paths[1]);
    run.press(1.0, ch('x'));
    run.press(2.0, ch('y'));
    assert!(!paths[1].exists());
    assert!(
        run.status().contains("u brings it back"),
        "{}",
        run.status()
    );
    assert!(run.screen(120, 24).contains("u undo"));
    // Looking around first (the day before, the history) keeps the undo.
    run.press(3.0, key(KeyCode::Left));
    run.press(4.0, ch('h'));
    run.press(5.0, key(KeyCode::Esc));
    run.press(6.0, ch('u'));
    assert_eq!(bytes(&paths[1]), before, "back whole, where it was");
    assert_eq!(run.status(), "brought back the 06:20 session");
    let trash = run.folders.context.data.root().join("trash");
    assert_eq!(fs::read_dir(&trash).expect("the trash").count(), 0);
    let Screen::Day(view) = &run.app.screen else {
        panic!("not the day screen");
    };
    assert_eq!(view.day.to_string(), "2026-11-23", "shown on its day");
    assert_eq!(
        view.selected().map(|s| s.path.clone()),
        Some(paths[1].clone())
    );
    let shown = run.screen(120, 24);
    assert!(shown.contains("2 sessions ·"), "{shown}");
    assert!(!shown.contains("u undo"), "{shown}");
    run.press(7.0, ch('u'));
    assert!(
        run.status().starts_with("nothing to undo"),
        "{}",
        run.status()
    );
}

#[test]
fn an_edit_opened_after_a_delete_ends_its_undo() {
    let (mut run, paths, _) = home();
    run.press(1.0, ch('x'));
    run.press(2.0, ch('y'));
    run.press(3.0, ch('v'));
    run.press(4.0, key(KeyCode::Esc));
    run.press(5.0, ch('u'));
    assert!(
        run.status().starts_with("nothing to undo"),
        "{}",
        run.status()
    );
    assert!(!paths[1].exists(), "it stays in the trash");
}

#[test]
fn an_undo_that_cannot_bring_it_back_says_so_and_keeps_the_file_in_the_trash() {
    let (mut run, paths, _) = home();
    let before = bytes(&paths[1]);
    run.press(1.0, ch('x'));
    run.press(2.0, ch('y'));
    // A sync tool brings the session back under its own name meanwhile.
    fs::write(&paths[1], &before).expect("synced back");
    run.press(3.0, ch('u'));
    assert!(
        run.status()
            .contains("could not bring it back: a session with its id is in the data dir already"),
        "{}",
        run.status()
    );
    assert!(
        run.app
            .status
            .as_ref()
            .is_some_and(letdown::tui::app::Status::is_warning)
    );
    let trash = run.folders.context.data.root().join("trash");
    let trashed = trash.join(paths[1].file_name().expect("name"));
    assert_eq!(bytes(&trashed), before, "nothing lost");
}

#[test]
fn a_reminder_falls_due_while_open() {
    let (mut run, _, _) = home();
    // The last session ended at 06:20 (+01:00); the app opened at 07:14; due at 09:20.
    assert!(run.tick(60.0).is_empty());
    let outcomes = run.tick(2.0 * 3600.0 + 7.0 * 60.0);
    assert!(
        outcomes
            .iter()
            .any(|o| matches!(o, Outcome::Alert(Alert::Reminder { .. }))),
        "{outcomes:?}"
    );
    assert!(
        run.tick(2.0 * 3600.0 + 9.0 * 60.0).is_empty(),
        "reminded once"
    );
}

/// "Since the last session" and "due" are facts of now, from the newest
/// session: not shown on another day, and not due there because that day's
/// own last session is old. The reminder falls due once, whatever day is on
/// screen, and no "✓" is left beside "next due around" afterwards.
#[test]
fn due_is_a_fact_of_now_shown_on_today_and_raised_once_whatever_day_is_shown() {
    let (mut run, _, _) = home();
    let reminded = |outcomes: &[Outcome]| {
        outcomes
            .iter()
            .filter(|o| matches!(o, Outcome::Alert(Alert::Reminder { .. })))
            .count()
    };
    let outcomes = run.press(1.0, key(KeyCode::Left));
    assert_eq!(reminded(&outcomes), 0, "{outcomes:?}");
    let shown = run.screen(80, 24);
    assert!(shown.contains("Sunday 22 November"), "{shown}");
    assert!(!shown.contains("Last session ended"), "{shown}");
    assert!(!shown.contains("due"), "{shown}");
    // Yesterday's last session ended long ago; the newest, today's, did not.
    assert_eq!(reminded(&run.tick(60.0)), 0);
    assert!(!run.status().contains("due"), "{}", run.status());
    // Due at 09:20, by today's session, while yesterday is on screen: once.
    assert_eq!(reminded(&run.tick(2.0 * 3600.0 + 7.0 * 60.0)), 1);
    assert!(!run.status().contains('✓'), "{}", run.status());
    assert_eq!(reminded(&run.tick(2.0 * 3600.0 + 8.0 * 60.0)), 0);
    assert_eq!(
        reminded(&run.press(2.0 * 3600.0 + 9.0 * 60.0, key(KeyCode::Right))),
        0
    );
    let shown = run.screen(80, 24);
    assert!(shown.contains("a session is due"), "{shown}");
    assert!(!run.status().contains('✓'), "{}", run.status());
}

/// `remind_after_mins = 0` turns the reminder off, as `letdown status` reads it.
#[test]
fn a_reminder_turned_off_is_never_due_nor_raised() {
    let mut config = letdown::config::Config::default();
    config.goals.remind_after_mins = 0;
    let folders = Folders::with_config(config);
    write_session(&folders, "2026-11-23", "06:20:00", &[95.0]);
    let mut run = Run::home(folders, Theme::plain());
    let shown = run.screen(80, 24);
    assert!(shown.contains("Last session ended 54m ago"), "{shown}");
    assert!(!shown.contains("due"), "{shown}");
    // Hours after the default's due time, still nothing.
    let outcomes = run.tick(6.0 * 3600.0);
    assert!(
        !outcomes
            .iter()
            .any(|o| matches!(o, Outcome::Alert(Alert::Reminder { .. }))),
        "{outcomes:?}"
    );
    assert!(!run.status().contains("due"), "{}", run.status());
    assert!(!run.screen(80, 24).contains("due"));
}

/// Another machine's clock running ahead: a session that starts after now
/// is not the last one, as `letdown status` has it.
#[test]
fn a_session_starting_after_now_is_not_the_last_one() {
    let folders = Folders::new();
    write_session(&folders, "2026-11-23", "06:20:00", &[95.0]);
    write_session(&folders, "2026-11-23", "09:00:00", &[95.0]);
    let run = Run::home(folders, Theme::plain());
    let shown = run.screen(80, 24);
    assert!(
        shown.contains("Last session ended 54m ago · next due around 09:20"),
        "{shown}"
    );
}

#[test]
fn history_reads_the_days_it_shows_and_switches_range() {
    let (mut run, _, _) = home();
    run.press(1.0, ch('h'));
    let shown = run.screen(80, 24);
    assert!(shown.contains("[7 days]"), "{shown}");
    assert!(shown.contains("First let-down after 1m20s"), "{shown}");
    // Only the first session's let-down came within 2 min of the prompt.
    let row = shown.lines().find(|l| l.contains("warm-compress"));
    assert!(row.is_some_and(|r| r.ends_with(" 3  33%")), "{shown}");
    assert!(shown.contains("! 1 session file could"), "{shown}");
    insta::assert_snapshot!("history_80x24", shown);
    insta::assert_snapshot!("history_40x12", run.screen(40, 12));
    run.press(2.0, key(KeyCode::Tab));
    assert!(run.screen(80, 24).contains("[30 days]"));
    run.press(3.0, ch('3'));
    assert!(run.screen(80, 24).contains("[90 days]"));
    run.press(4.0, key(KeyCode::Esc));
    assert!(matches!(run.app.screen, Screen::Day(_)));
}

#[test]
fn starting_sets_an_unreadable_running_file_aside_instead_of_overwriting_it() {
    let folders = Folders::new();
    let state = folders.context.state.root().to_path_buf();
    fs::create_dir_all(&state).expect("state folder");
    fs::write(folders.running_path(), b"schema = 1\nid = \"cut sho").expect("broken running file");
    let mut run = Run::home(folders, Theme::plain());
    run.press(1.0, ch('s'));
    assert!(matches!(run.app.screen, Screen::Session { .. }));
    let aside: Vec<PathBuf> = fs::read_dir(&state)
        .expect("state folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.to_string_lossy().contains("running-unreadable-"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(bytes(&aside[0]), b"schema = 1\nid = \"cut sho");
    assert!(run.status().contains("set aside"), "{}", run.status());
}

#[test]
fn help_works_on_every_screen_and_names_its_keys() {
    let (mut run, _, _) = home();
    let look = |run: &mut Run, at: f64, expect: &str| {
        run.press(at, ch('?'));
        assert!(run.app.help, "? opens the help");
        let shown = run.screen(80, 24);
        assert!(shown.contains(expect), "{expect}:\n{shown}");
        run.press(at, ch('z'));
        assert!(!run.app.help, "any key closes it");
    };
    look(&mut run, 1.0, "Keys on the day screen");
    run.press(2.0, key(KeyCode::Enter));
    look(&mut run, 3.0, "Keys on the session detail");
    run.press(4.0, key(KeyCode::Esc));
    run.press(5.0, ch('h'));
    look(&mut run, 6.0, "Keys on the history screen");
    let mut resume = Run::start().interrupt();
    look(&mut resume, 7.0, "Keys on the resume question");
    // The let-down key where no session runs says so rather than nothing.
    resume.tap(8.0);
    assert!(
        resume.status().starts_with("not recorded"),
        "{}",
        resume.status()
    );
}

/// Editing only the note writes back every number as the file had it: a
/// right side of 44.4 ml stays 44.4 (the field shows it rounded), and a
/// total the user gave stays, though it is not left plus right.
#[test]
fn an_edit_writes_back_exactly_what_was_not_touched() {
    let folders = Folders::new();
    let path = write_session(&folders, "2026-11-23", "06:20:00", &[95.0]);
    let text = fs::read_to_string(&path)
        .expect("read")
        .replace("right_ml = 38.0", "right_ml = 44.4\ntotal_ml = 95.0");
    fs::write(&path, text).expect("write");
    let mut run = Run::home(folders, Theme::plain());
    run.press(1.0, ch('v'));
    for _ in 0..4 {
        run.press(2.0, key(KeyCode::Tab));
    }
    run.type_text(3.0, "!");
    run.press(4.0, key(KeyCode::Enter));
    let record = read_session(&path).expect("edited file reads");
    assert_eq!(record.result.note.as_deref(), Some("at work!"));
    assert_eq!(record.result.left_ml, Some(45.0));
    assert_eq!(record.result.right_ml, Some(44.4));
    assert_eq!(record.result.total_ml, Some(95.0));
}

/// A sync tool's conflict copy counts once on the day screen, which says so
/// once; deleting the session moves every copy to the trash, so that the
/// copy does not take its place.
#[test]
fn a_conflict_copy_counts_once_and_goes_with_its_session() {
    let folders = Folders::new();
    let path = write_session(&folders, "2026-11-23", "06:20:00", &[95.0]);
    let copy = path.with_file_name(format!(
        "{}.sync-conflict-20261123-070000-ABCDEFG.toml",
        path.file_stem().and_then(|s| s.to_str()).expect("a name")
    ));
    fs::copy(&path, &copy).expect("the copy");
    let mut run = Run::home(folders, Theme::plain());
    let shown = run.screen(100, 24);
    assert!(shown.contains("1 session ·"), "{shown}");
    assert!(shown.contains("1 duplicate copy ignored"), "{shown}");
    run.press(1.0, ch('x'));
    run.press(2.0, ch('y'));
    assert!(
        !path.exists() && !copy.exists(),
        "both copies are in the trash"
    );
    let trash = run.folders.context.data.root().join("trash");
    assert_eq!(fs::read_dir(trash).expect("the trash").count(), 2);
    assert!(run.screen(100, 24).contains("No sessions on this day."));
}
