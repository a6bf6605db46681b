//! How keys and time change a session: synthetic keys, a fake clock, and the
//! files they leave in the state folder and the data dir.

use std::fs;
use std::os::unix::fs::PermissionsExt;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use letdown::session::{Notice, SessionResult, State};
use letdown::store::read_session;
use letdown::tui::app::{Leaving, Opening, Outcome, Screen};
use letdown::tui::theme::Theme;

use crate::fixture::{Clock, Folders, ch, engine, key, press, release, screen, status, type_text};

fn mode(path: &std::path::Path) -> u32 {
    fs::metadata(path).expect("metadata").permissions().mode() & 0o777
}

fn letdowns_on_disk(folders: &Folders) -> Vec<f64> {
    let record = folders.running().expect("a running session on disk");
    record.letdowns.iter().map(|l| l.at_secs).collect()
}

fn leaving(app: &letdown::tui::app::App) -> Option<Leaving> {
    match &app.screen {
        Screen::Session { leaving, .. } => *leaving,
        other => panic!("expected the session screen, found {other:?}"),
    }
}

#[test]
fn a_new_session_is_on_disk_at_once_and_private() {
    let clock = Clock::new();
    let folders = Folders::new();
    let _app = folders.start(&clock);
    let record = folders.running().expect("saved at the start");
    assert_eq!(record.state, State::Running);
    assert_eq!(record.started.to_rfc3339(), "2026-11-23T07:14:05.000+01:00");
    assert_eq!(mode(&folders.running_path()), 0o600);
    assert_eq!(mode(folders.context.state.root()), 0o700);
}

#[test]
fn a_tap_is_on_disk_before_the_key_is_handled() {
    let clock = Clock::new();
    let folders = Folders::new();
    let mut app = folders.start(&clock);
    let outcomes = press(&mut app, &clock, 10.0, &ch(' '));
    // Read straight after `on_key`: before any frame could confirm it.
    let record = folders.running().expect("running");
    assert_eq!(record.letdowns.len(), 1);
    assert!((record.letdowns[0].at_secs - 10.0).abs() < 1e-3);
    assert_eq!(
        record.letdowns[0].at.to_rfc3339(),
        "2026-11-23T07:14:15.000+01:00"
    );
    assert!(outcomes.is_empty(), "{outcomes:?}");
    assert_eq!(status(&app), "let-down 1 saved");
    assert!(screen(&app, 80, 24).contains("Let-downs 1"));
}

#[test]
fn a_second_tap_within_the_guard_is_ignored_and_said() {
    let clock = Clock::new();
    let folders = Folders::new();
    let mut app = folders.start(&clock);
    press(&mut app, &clock, 10.0, &ch(' '));
    press(&mut app, &clock, 12.5, &ch(' '));
    assert_eq!(status(&app), "tap ignored: within 3 s of the last");
    assert!(app.status.as_ref().is_some_and(|s| s.warning));
    assert_eq!(letdowns_on_disk(&folders).len(), 1);
    assert!(screen(&app, 40, 12).contains("tap ignored"));
    press(&mut app, &clock, 13.0, &ch(' '));
    assert_eq!(status(&app), "let-down 2 saved");
    assert_eq!(letdowns_on_disk(&folders).len(), 2);
}

#[test]
fn undo_takes_back_the_last_tap_on_disk() {
    let clock = Clock::new();
    let folders = Folders::new();
    let mut app = folders.start(&clock);
    press(&mut app, &clock, 10.0, &ch(' '));
    press(&mut app, &clock, 20.0, &ch(' '));
    press(&mut app, &clock, 21.0, &ch('u'));
    assert_eq!(status(&app), "last let-down taken back (1 now)");
    let left = letdowns_on_disk(&folders);
    assert_eq!(left.len(), 1);
    assert!((left[0] - 10.0).abs() < 1e-3);
    press(&mut app, &clock, 22.0, &ch('u'));
    press(&mut app, &clock, 23.0, &ch('u'));
    assert_eq!(status(&app), "nothing to undo");
    assert!(letdowns_on_disk(&folders).is_empty());
}

#[test]
fn pause_freezes_the_clock_and_is_recorded() {
    let clock = Clock::new();
    let folders = Folders::new();
    let mut app = folders.start(&clock);
    press(&mut app, &clock, 20.0, &ch('p'));
    assert_eq!(status(&app), "paused — the clock is stopped");
    let frozen = |app: &letdown::tui::app::App, secs| engine(app).active_secs(clock.mono(secs));
    assert!((frozen(&app, 20.0) - 20.0).abs() < 1e-6);
    assert!((frozen(&app, 50.0) - 20.0).abs() < 1e-6);
    app.tick(clock.at(50.0));
    let compact = screen(&app, 30, 6);
    assert!(compact.contains("00:20 PAUSED"), "{compact}");
    // A paused clock shows no new second, so the loop does not wake for one.
    let wake = app.next_wake(clock.mono(50.0)).expect("the heartbeat");
    assert!(wake >= clock.mono(55.0), "woke for a frozen clock");
    press(&mut app, &clock, 50.0, &ch('p'));
    assert_eq!(status(&app), "resumed");
    assert!((engine(&app).active_secs(clock.mono(60.0)) - 30.0).abs() < 1e-6);
    let record = folders.running().expect("running");
    assert_eq!(record.pauses.len(), 1);
    assert!((record.pauses[0].from_secs - 20.0).abs() < 1e-3);
    assert!((record.pauses[0].secs - 30.0).abs() < 1e-3);
}

#[test]
fn phases_advance_by_themselves_at_their_time() {
    let clock = Clock::new();
    let folders = Folders::new();
    let mut app = folders.start(&clock);
    assert_eq!(
        engine(&app).next_deadline(clock.mono(0.0)),
        Some(clock.mono(60.0))
    );
    // The loop wakes for the next visible second, never later than the phase end.
    let wake = app.next_wake(clock.mono(59.5)).expect("a wake");
    assert!(wake <= clock.mono(60.0) + std::time::Duration::from_millis(2));
    app.tick(clock.at(59.9));
    assert_eq!(engine(&app).phase_index(), 0);
    let outcomes = app.tick(clock.at(60.0));
    assert_eq!(engine(&app).phase_index(), 1);
    assert_eq!(status(&app), "now: Warm compress");
    assert!(
        outcomes.iter().any(|o| matches!(
            o,
            Outcome::Notify(Notice::PhaseChanged { name, .. }) if name == "Warm compress"
        )),
        "{outcomes:?}"
    );
    let record = folders.running().expect("running");
    assert_eq!(record.phases.len(), 1);
    assert_eq!(record.phases[0].name, "Massage");
    assert!((record.phases[0].to_secs - 60.0).abs() < 1e-3);
    assert!(screen(&app, 80, 24).contains("Warm compress  02:00 left  (2 of 5)"));

    app.tick(clock.at(400.0));
    assert_eq!(engine(&app).phase().expect("phase").name, "Pump");
    let names: Vec<String> = folders
        .running()
        .expect("running")
        .phases
        .into_iter()
        .map(|p| p.name)
        .collect();
    assert_eq!(names, ["Massage", "Warm compress", "Baby photo", "Relax"]);
}

#[test]
fn quit_asks_and_esc_goes_back() {
    let clock = Clock::new();
    let folders = Folders::new();
    let mut app = folders.start(&clock);
    assert!(press(&mut app, &clock, 5.0, &ch('q')).is_empty());
    assert_eq!(leaving(&app), Some(Leaving::Ask));
    assert!(screen(&app, 80, 24).contains("Leave this session?"));
    press(&mut app, &clock, 6.0, &key(KeyCode::Esc));
    assert_eq!(leaving(&app), None);
    // Ctrl-C asks the same; a let-down key there only closes the question.
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(press(&mut app, &clock, 7.0, &ctrl_c).is_empty());
    assert_eq!(leaving(&app), Some(Leaving::Ask));
    press(&mut app, &clock, 8.0, &ch(' '));
    assert_eq!(leaving(&app), None);
    assert!(letdowns_on_disk(&folders).is_empty());
    // Discard asks once more; anything but `y` keeps the session.
    press(&mut app, &clock, 9.0, &ch('q'));
    press(&mut app, &clock, 9.5, &ch('d'));
    assert_eq!(leaving(&app), Some(Leaving::ConfirmDiscard));
    assert!(press(&mut app, &clock, 10.0, &ch('n')).is_empty());
    assert_eq!(leaving(&app), None);
    assert!(folders.running_path().exists());
}

#[test]
fn quit_discard_yes_removes_the_session_and_quits() {
    let clock = Clock::new();
    let folders = Folders::new();
    let mut app = folders.start(&clock);
    press(&mut app, &clock, 10.0, &ch(' '));
    press(&mut app, &clock, 20.0, &ch('q'));
    press(&mut app, &clock, 21.0, &ch('d'));
    let outcomes = press(&mut app, &clock, 22.0, &ch('y'));
    assert_eq!(outcomes, [Outcome::Quit]);
    assert!(!folders.running_path().exists());
    assert!(folders.saved_files().is_empty());
}

#[test]
fn end_with_volumes_saves_a_finished_private_file() {
    let clock = Clock::new();
    let folders = Folders::new();
    let mut app = folders.start(&clock);
    press(&mut app, &clock, 70.0, &ch(' '));
    press(&mut app, &clock, 100.0, &ch('e'));
    assert!(matches!(app.screen, Screen::Summary(_)));
    type_text(&mut app, "40", clock.at(110.0));
    press(&mut app, &clock, 111.0, &key(KeyCode::Tab));
    type_text(&mut app, "1.5oz", clock.at(112.0));
    press(&mut app, &clock, 113.0, &key(KeyCode::Enter));

    let Screen::Saved {
        saved: Ok(path), ..
    } = &app.screen
    else {
        panic!("expected the saved screen, found {:?}", app.screen);
    };
    assert_eq!(folders.saved_files(), std::slice::from_ref(path));
    assert_eq!(mode(path), 0o600);
    let text = fs::read_to_string(path).expect("saved file");
    assert!(text.contains("state = \"finished\""), "{text}");
    let record = read_session(path).expect("a valid session file");
    assert_eq!(record.result.left_ml, Some(40.0));
    let right = record.result.right_ml.expect("right");
    assert!((right - 44.4).abs() < 0.05, "right_ml {right}");
    let total = record.result.total_ml.expect("total");
    assert!((total - 84.4).abs() < 0.1, "total_ml {total}");
    assert_eq!(record.letdowns.len(), 1);
    assert!((record.letdowns[0].at_secs - 70.0).abs() < 1e-3);
    assert!((record.active_secs - 100.0).abs() < 1e-3);
    let names: Vec<&str> = record.phases.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Massage", "Warm compress"]);
    assert!(!folders.running_path().exists(), "the running file stays");
    assert_eq!(
        press(&mut app, &clock, 120.0, &ch('q')),
        [Outcome::Quit],
        "q leaves the saved screen"
    );
}

#[test]
fn end_then_esc_saves_without_a_result() {
    let clock = Clock::new();
    let folders = Folders::new();
    let mut app = folders.start(&clock);
    press(&mut app, &clock, 30.0, &ch(' '));
    press(&mut app, &clock, 40.0, &ch('e'));
    type_text(&mut app, "55", clock.at(41.0));
    press(&mut app, &clock, 42.0, &key(KeyCode::Esc));
    let files = folders.saved_files();
    assert_eq!(files.len(), 1);
    let record = read_session(&files[0]).expect("a valid session file");
    assert_eq!(record.state, State::Finished);
    assert_eq!(record.result, SessionResult::default());
    assert_eq!(record.letdowns.len(), 1);
    assert!(!folders.running_path().exists());
}

#[test]
fn a_volume_that_does_not_read_keeps_the_form_open() {
    let clock = Clock::new();
    let folders = Folders::new();
    let mut app = folders.start(&clock);
    press(&mut app, &clock, 40.0, &ch('e'));
    type_text(&mut app, "lots", clock.at(41.0));
    press(&mut app, &clock, 42.0, &key(KeyCode::Enter));
    assert!(matches!(app.screen, Screen::Summary(_)));
    assert!(screen(&app, 80, 24).contains("\"lots\" is not a volume"));
    assert!(folders.saved_files().is_empty());
    assert!(folders.running_path().exists());
}

#[test]
fn a_data_dir_that_refuses_keeps_the_session_and_retries() {
    let clock = Clock::new();
    let folders = Folders::new();
    // The data dir sits under a plain file, so no folder can be made in it.
    let blocker = folders.temp.path().join("blocker");
    fs::write(&blocker, b"not a folder").expect("blocker");
    let folders = folders.with_data_dir(blocker.join("data"));
    let mut app = folders.start(&clock);
    press(&mut app, &clock, 10.0, &ch(' '));
    press(&mut app, &clock, 20.0, &ch('e'));
    press(&mut app, &clock, 21.0, &key(KeyCode::Esc));

    assert!(matches!(app.screen, Screen::Summary(_)), "{:?}", app.screen);
    assert!(app.unsaved);
    assert!(status(&app).starts_with("saving failed — kept safe in the state folder"));
    assert!(screen(&app, 80, 24).contains("saving failed"));
    let kept = folders.running().expect("kept in the state folder");
    assert_eq!(kept.state, State::Finished);
    assert_eq!(kept.letdowns.len(), 1);
    let retry = app.next_wake(clock.mono(21.0)).expect("a retry is planned");
    assert!(retry <= clock.mono(24.0));

    app.tick(clock.at(23.0));
    assert!(matches!(app.screen, Screen::Summary(_)), "still refused");
    fs::remove_file(&blocker).expect("unblock");
    app.tick(clock.at(25.0));
    let Screen::Saved {
        saved: Ok(path), ..
    } = &app.screen
    else {
        panic!("expected the saved screen, found {:?}", app.screen);
    };
    assert!(path.starts_with(blocker.join("data/sessions/2026-11-23")));
    assert_eq!(read_session(path).expect("saved").letdowns.len(), 1);
    assert!(!app.unsaved);
    assert!(!folders.running_path().exists());
}

#[test]
fn key_releases_are_ignored() {
    let clock = Clock::new();
    let folders = Folders::new();
    let mut app = folders.start(&clock);
    for code in [KeyCode::Char(' '), KeyCode::Char('q'), KeyCode::Char('e')] {
        assert!(press(&mut app, &clock, 10.0, &release(code)).is_empty());
    }
    assert_eq!(leaving(&app), None);
    assert!(letdowns_on_disk(&folders).is_empty());
    assert_eq!(status(&app), "");
}

#[test]
fn an_interrupted_session_resumes_with_the_gap_as_a_pause() {
    let clock = Clock::new();
    let folders = Folders::new();
    let mut app = folders.start(&clock);
    press(&mut app, &clock, 70.0, &ch(' '));
    press(&mut app, &clock, 88.0, &ch(' '));
    drop(app);
    let record = folders.running().expect("left behind");
    let mut app = folders.open(
        Opening::Interrupted(Box::new(record)),
        &clock,
        Theme::plain(),
    );
    press(&mut app, &clock, 400.0, &ch('r'));
    assert_eq!(status(&app), "resumed; the time away is kept as a pause");
    assert!((engine(&app).active_secs(clock.mono(400.0)) - 88.0).abs() < 1e-3);
    let record = folders.running().expect("running again");
    assert_eq!(record.letdowns.len(), 2);
    let gap = record.pauses.last().expect("the gap");
    assert!((gap.from_secs - 88.0).abs() < 1e-3);
    assert!((gap.secs - 312.0).abs() < 1e-3);
}

#[test]
fn an_interrupted_session_can_be_finished_at_its_heartbeat() {
    let clock = Clock::new();
    let folders = Folders::new();
    let mut app = folders.start(&clock);
    press(&mut app, &clock, 70.0, &ch(' '));
    drop(app);
    let record = folders.running().expect("left behind");
    let mut app = folders.open(
        Opening::Interrupted(Box::new(record)),
        &clock,
        Theme::plain(),
    );
    press(&mut app, &clock, 500.0, &ch('f'));
    assert!(matches!(app.screen, Screen::Summary(_)));
    press(&mut app, &clock, 501.0, &key(KeyCode::Esc));
    let files = folders.saved_files();
    assert_eq!(files.len(), 1);
    let record = read_session(&files[0]).expect("saved");
    assert!((record.active_secs - 70.0).abs() < 1e-3);
    assert_eq!(
        record.ended.expect("ended").to_rfc3339(),
        "2026-11-23T07:15:15.000+01:00"
    );
}
