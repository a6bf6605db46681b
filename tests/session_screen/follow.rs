//! The day and history screens follow the data dir: what another terminal,
//! another machine or a sync tool changes there shows without a key, and
//! nothing open on screen is lost. The watcher's thread is tested beside it
//! in the library; here the app is told of a change as the loop tells it.

use std::fs;

use ratatui::crossterm::event::KeyCode;

use letdown::tui::app::Screen;
use letdown::tui::day_screen::DayDialog;

use crate::day::{home, session_text, write_session};
use crate::fixture::{ch, key};

fn listed(run: &crate::fixture::Run) -> Vec<String> {
    let Screen::Day(view) = &run.app.screen else {
        panic!("not the day screen");
    };
    view.listing
        .sessions
        .iter()
        .map(|s| s.record.id.clone())
        .collect()
}

#[test]
fn the_day_screen_follows_its_folders_and_keeps_the_selection_and_the_dialog() {
    let (mut run, paths, _) = home();
    let followed = run.app.followed_folders();
    let day_dir = run
        .folders
        .context
        .data
        .day_dir("2026-11-23".parse().expect("a date"));
    assert!(followed.contains(&day_dir), "{followed:?}");
    assert!(followed.contains(&run.folders.context.data.root().join("sessions")));
    // The first session, open in its detail.
    run.press(1.0, key(KeyCode::Up));
    run.press(2.0, key(KeyCode::Enter));
    let before = listed(&run);
    assert_eq!(before.len(), 2);
    // `letdown add` in another terminal.
    write_session(&run.folders, "2026-11-23", "05:00:00", &[60.0]);
    let now = run.clock.at(3.0);
    run.app.on_data_changed(now);
    let after = listed(&run);
    assert_eq!(after.len(), 3, "{after:?}");
    let Screen::Day(view) = &run.app.screen else {
        panic!("not the day screen");
    };
    assert_eq!(
        view.selected().map(|s| s.path.clone()),
        Some(paths[0].clone()),
        "the same session is selected"
    );
    assert_eq!(
        view.dialog,
        Some(DayDialog::Detail),
        "its detail stays open"
    );
    run.press(4.0, key(KeyCode::Esc));
    let shown = run.screen(120, 30);
    assert!(shown.contains("3 sessions"), "{shown}");
}

#[test]
fn a_session_deleted_elsewhere_closes_what_was_open_about_it() {
    let (mut run, paths, _) = home();
    run.press(1.0, ch('x'));
    fs::remove_file(&paths[1]).expect("deleted elsewhere");
    run.app.on_data_changed(run.clock.at(2.0));
    let Screen::Day(view) = &run.app.screen else {
        panic!("not the day screen");
    };
    assert_eq!(
        view.dialog, None,
        "no question about a session that is gone"
    );
    assert_eq!(listed(&run).len(), 1);
}

#[test]
fn an_open_form_is_never_touched_by_a_change() {
    let (mut run, _, _) = home();
    run.press(1.0, ch('v'));
    run.type_text(2.0, "40");
    write_session(&run.folders, "2026-11-23", "05:00:00", &[60.0]);
    run.app.on_data_changed(run.clock.at(3.0));
    assert!(
        matches!(run.app.screen, Screen::Edit { .. }),
        "still editing"
    );
    assert!(
        run.screen(120, 30).contains("40"),
        "{}",
        run.screen(120, 30)
    );
    assert!(
        run.app.followed_folders().is_empty(),
        "a form follows nothing"
    );
}

#[test]
fn u_after_a_restore_from_elsewhere_says_it_is_back() {
    let (mut run, paths, _) = home();
    run.press(1.0, ch('x'));
    run.press(2.0, ch('y'));
    assert!(!paths[1].exists());
    // `letdown trash restore ID` in another terminal.
    let Screen::Day(view) = &run.app.screen else {
        panic!("not the day screen");
    };
    assert_eq!(view.listing.sessions.len(), 1);
    let id = "2026-11-23T062000-laptop-ab12";
    run.folders
        .context
        .data
        .restore(id)
        .expect("restored elsewhere");
    run.app.on_data_changed(run.clock.at(3.0));
    assert_eq!(listed(&run).len(), 2, "shown without a key");
    run.press(4.0, ch('u'));
    assert_eq!(run.status(), "the 06:20 session is back already");
    assert!(paths[1].exists());
}

#[test]
fn the_history_follows_its_days_and_keeps_its_view() {
    let (mut run, _, _) = home();
    run.press(1.0, ch('h'));
    let Screen::History(view) = &run.app.screen else {
        panic!("not the history");
    };
    let before = view.history.sessions.len();
    write_session(&run.folders, "2026-11-21", "05:00:00", &[60.0]);
    run.app.on_data_changed(run.clock.at(2.0));
    let Screen::History(view) = &run.app.screen else {
        panic!("not the history");
    };
    let after = view.history.sessions.len();
    assert_eq!(after, before + 1);
}

#[test]
fn a_session_waiting_in_the_state_folder_is_listed_counted_and_marked() {
    let (mut run, _, _) = home();
    let record =
        letdown::store::parse_session(&session_text("2026-11-23", "05:00:00", &[60.0], ""))
            .expect("a session");
    run.folders
        .context
        .state
        .keep_unsaved(&record)
        .expect("kept in the state folder");
    run.app.on_data_changed(run.clock.at(1.0));
    assert_eq!(listed(&run).len(), 3);
    let shown = run.screen(120, 30);
    assert!(shown.contains("not saved yet"), "{shown}");
    assert!(shown.contains("3 sessions"), "{shown}");
    // It cannot be changed before it is saved.
    run.press(2.0, key(KeyCode::Home));
    let Screen::Day(view) = &mut run.app.screen else {
        panic!("not the day screen");
    };
    view.select_id(&record.id);
    run.press(3.0, ch('x'));
    assert!(run.status().contains("not saved yet"), "{}", run.status());
    let Screen::Day(view) = &run.app.screen else {
        panic!("not the day screen");
    };
    assert_eq!(view.dialog, None);
}
