//! How keys and time change a session: synthetic keys, a fake clock, and the
//! files they leave in the state folder and the data dir.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::Duration;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use letdown::keys::actions::Action;
use letdown::notify::Alert;
use letdown::session::{SessionResult, State};
use letdown::store::read_session;
use letdown::tui::app::{Outcome, Overlay, Screen};
use letdown::tui::theme::Theme;

use crate::fixture::{Folders, Run, ch, key, release};

fn mode(path: &Path) -> u32 {
    fs::metadata(path).expect("metadata").permissions().mode() & 0o777
}

fn letdowns_on_disk(run: &Run) -> Vec<f64> {
    let record = run.folders.running().expect("a running session on disk");
    record.letdowns.iter().map(|l| l.at_secs).collect()
}

/// Which question is open over the running session: "leave", "discard",
/// "summary", or "" for none.
fn leaving(run: &Run) -> &'static str {
    match &run.app.screen {
        Screen::Session { overlay, .. } => match overlay {
            None => "",
            Some(Overlay::Leave) => "leave",
            Some(Overlay::ConfirmDiscard) => "discard",
            Some(Overlay::Summary(_)) => "summary",
        },
        other => panic!("expected the session screen, found {other:?}"),
    }
}

/// The path of the saved file, selected on the day screen that follows a
/// save; panics on any other screen.
fn saved_path(run: &Run) -> &Path {
    match &run.app.screen {
        Screen::Day(view) => &view.selected().expect("the saved session is selected").path,
        other => panic!("expected the day screen, found {other:?}"),
    }
}

#[test]
fn a_new_session_is_on_disk_at_once_and_private() {
    let run = Run::start();
    let record = run.folders.running().expect("saved at the start");
    assert_eq!(record.state, State::Running);
    assert_eq!(record.started.to_rfc3339(), "2026-11-23T07:14:05.000+01:00");
    assert_eq!(mode(&run.folders.running_path()), 0o600);
    assert_eq!(mode(run.folders.context.state.root()), 0o700);
}

#[test]
fn a_tap_is_on_disk_before_the_key_is_handled() {
    let mut run = Run::start();
    let outcomes = run.tap(10.0);
    // Read straight after `on_key`: before any frame could confirm it.
    let record = run.folders.running().expect("running");
    assert_eq!(record.letdowns.len(), 1);
    assert!((record.letdowns[0].at_secs - 10.0).abs() < 1e-3);
    assert_eq!(
        record.letdowns[0].at.to_rfc3339(),
        "2026-11-23T07:14:15.000+01:00"
    );
    assert!(outcomes.is_empty(), "{outcomes:?}");
    assert_eq!(run.status(), "let-down 1 saved");
    assert!(run.screen(80, 24).contains("Let-downs 1"));
}

#[test]
fn a_second_tap_within_the_guard_is_ignored_and_said() {
    let mut run = Run::start();
    run.tap(10.0);
    run.tap(12.5);
    assert_eq!(run.status(), "tap ignored: within 3 s of the last");
    assert!(
        run.app
            .status
            .as_ref()
            .is_some_and(letdown::tui::app::Status::is_warning)
    );
    assert_eq!(letdowns_on_disk(&run).len(), 1);
    assert!(run.screen(40, 12).contains("tap ignored"));
    run.tap(13.0);
    assert_eq!(run.status(), "let-down 2 saved");
    assert_eq!(letdowns_on_disk(&run).len(), 2);
}

#[test]
fn undo_takes_back_the_last_tap_on_disk() {
    let mut run = Run::start();
    run.tap(10.0);
    run.tap(20.0);
    run.press(21.0, ch('u'));
    assert_eq!(run.status(), "last let-down taken back (1 now)");
    let left = letdowns_on_disk(&run);
    assert_eq!(left.len(), 1);
    assert!((left[0] - 10.0).abs() < 1e-3);
    run.press(22.0, ch('u'));
    run.press(23.0, ch('u'));
    assert_eq!(run.status(), "nothing to undo");
    assert!(letdowns_on_disk(&run).is_empty());
}

#[test]
fn pause_freezes_the_clock_and_is_recorded() {
    let mut run = Run::start();
    run.press(20.0, ch('p'));
    assert_eq!(run.status(), "paused — the clock is stopped");
    let active = |run: &Run, secs| run.engine().active_secs(run.clock.mono(secs));
    assert!((active(&run, 20.0) - 20.0).abs() < 1e-6);
    assert!((active(&run, 50.0) - 20.0).abs() < 1e-6);
    run.tick(50.0);
    let compact = run.screen(30, 6);
    assert!(compact.contains("00:20 PAUSED"), "{compact}");
    // A paused clock shows no new second, so the loop does not wake for one.
    let wake = run
        .app
        .next_wake(run.clock.mono(50.0))
        .expect("the heartbeat");
    assert!(wake >= run.clock.mono(55.0), "woke for a frozen clock");
    run.press(50.0, ch('p'));
    assert_eq!(run.status(), "resumed");
    assert!((active(&run, 60.0) - 30.0).abs() < 1e-6);
    let record = run.folders.running().expect("running");
    assert_eq!(record.pauses.len(), 1);
    assert!((record.pauses[0].from_secs - 20.0).abs() < 1e-3);
    assert!((record.pauses[0].secs - 30.0).abs() < 1e-3);
}

#[test]
fn phases_advance_by_themselves_at_their_time() {
    let mut run = Run::start();
    let clock = run.clock;
    let at = |secs| clock.mono(secs);
    assert_eq!(run.engine().next_deadline(at(0.0)), Some(at(60.0)));
    // The loop wakes for the next visible second, never later than the phase end.
    let wake = run.app.next_wake(at(59.5)).expect("a wake");
    assert!(wake <= at(60.0) + Duration::from_millis(2));
    run.tick(59.9);
    assert_eq!(run.engine().phase_index(), 0);
    let outcomes = run.tick(60.0);
    assert_eq!(run.engine().phase_index(), 1);
    assert_eq!(run.status(), "now: Warm compress");
    assert!(
        outcomes.iter().any(|o| matches!(
            o,
            Outcome::Alert(Alert::PhaseChanged { name, .. }) if name == "Warm compress"
        )),
        "{outcomes:?}"
    );
    let record = run.folders.running().expect("running");
    assert_eq!(record.phases.len(), 1);
    assert_eq!(record.phases[0].name, "Massage");
    assert!((record.phases[0].to_secs - 60.0).abs() < 1e-3);
    assert!(
        run.screen(80, 24)
            .contains("Warm compress  02:00 left  (2 of 5)")
    );

    run.tick(400.0);
    assert_eq!(run.engine().phase().expect("phase").name, "Pump");
    let record = run.folders.running().expect("running");
    let names: Vec<&str> = record.phases.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Massage", "Warm compress", "Baby photo", "Relax"]);
}

#[test]
fn quit_asks_and_esc_goes_back() {
    let mut run = Run::start();
    assert!(run.press(5.0, ch('q')).is_empty());
    assert_eq!(leaving(&run), "leave");
    assert!(run.screen(80, 24).contains("Leave this session?"));
    run.press(6.0, key(KeyCode::Esc));
    assert_eq!(leaving(&run), "");
    // Ctrl-C asks the same.
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(run.press(7.0, ctrl_c).is_empty());
    assert_eq!(leaving(&run), "leave");
    // Discard asks once more; anything but `y` keeps the session.
    run.press(9.0, ch('d'));
    assert_eq!(leaving(&run), "discard");
    assert!(run.press(10.0, ch('n')).is_empty());
    assert_eq!(leaving(&run), "");
    assert!(run.folders.running_path().exists());
}

#[test]
fn quit_discard_yes_removes_the_session_and_goes_home() {
    let mut run = Run::start();
    run.tap(10.0);
    run.press(20.0, ch('q'));
    run.press(21.0, ch('d'));
    assert!(run.press(22.0, ch('y')).is_empty());
    assert!(matches!(run.app.screen, Screen::Day(_)));
    assert_eq!(run.status(), "the session was discarded");
    assert!(!run.folders.running_path().exists());
    assert!(run.folders.saved_files().is_empty());
}

#[test]
fn end_with_volumes_saves_a_finished_private_file() {
    let mut run = Run::start();
    run.tap(70.0);
    run.press(100.0, ch('e'));
    assert!(run.in_summary());
    run.type_text(110.0, "40");
    run.press(111.0, key(KeyCode::Tab));
    run.type_text(112.0, "1.5oz");
    run.press(113.0, key(KeyCode::Enter));

    let path = saved_path(&run).to_path_buf();
    assert_eq!(run.folders.saved_files(), std::slice::from_ref(&path));
    assert_eq!(mode(&path), 0o600);
    let text = fs::read_to_string(&path).expect("saved file");
    assert!(text.contains("state = \"finished\""), "{text}");
    let record = read_session(&path).expect("a valid session file");
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
    assert!(
        !run.folders.running_path().exists(),
        "the running file stays"
    );
    assert!(run.screen(80, 24).contains("✓ saved"));
    assert_eq!(run.press(120.0, ch('q')), [Outcome::Quit]);
}

#[test]
fn enter_on_an_empty_summary_saves_without_a_result() {
    let mut run = Run::start();
    run.tap(30.0);
    run.press(40.0, ch('e'));
    run.press(42.0, key(KeyCode::Enter));
    let files = run.folders.saved_files();
    assert_eq!(files.len(), 1);
    let record = read_session(&files[0]).expect("a valid session file");
    assert_eq!(record.state, State::Finished);
    assert_eq!(record.result, SessionResult::default());
    assert_eq!(record.letdowns.len(), 1);
    assert!(
        (record.active_secs - 40.0).abs() < 1e-3,
        "ends when e was pressed"
    );
    assert!(!run.folders.running_path().exists());
}

#[test]
fn a_volume_that_does_not_read_keeps_the_form_open() {
    let mut run = Run::start();
    run.press(40.0, ch('e'));
    run.type_text(41.0, "lots");
    run.press(42.0, key(KeyCode::Enter));
    assert!(run.in_summary());
    assert!(run.screen(80, 24).contains("\"lots\" is not a volume"));
    assert!(run.folders.saved_files().is_empty());
    assert!(run.folders.running_path().exists());
}

#[test]
fn key_releases_are_ignored() {
    let mut run = Run::start();
    for code in [KeyCode::Char(' '), KeyCode::Char('q'), KeyCode::Char('e')] {
        assert!(run.press(10.0, release(code)).is_empty());
    }
    assert_eq!(leaving(&run), "");
    assert!(letdowns_on_disk(&run).is_empty());
    assert_eq!(run.status(), "");
}

#[test]
fn an_interrupted_session_resumes_with_the_gap_as_a_pause() {
    let mut run = Run::start();
    run.tap(70.0);
    run.tap(88.0);
    let mut run = run.interrupt();
    run.press(400.0, ch('r'));
    assert_eq!(run.status(), "resumed; the time away is kept as a pause");
    let active = run.engine().active_secs(run.clock.mono(400.0));
    assert!((active - 88.0).abs() < 1e-3);
    let record = run.folders.running().expect("running again");
    assert_eq!(record.letdowns.len(), 2);
    let gap = record.pauses.last().expect("the gap");
    assert!((gap.from_secs - 88.0).abs() < 1e-3);
    assert!((gap.secs - 312.0).abs() < 1e-3);
}

#[test]
fn an_interrupted_session_can_be_finished_at_its_heartbeat() {
    let mut run = Run::start();
    run.tap(70.0);
    let mut run = run.interrupt();
    run.press(500.0, ch('f'));
    assert!(matches!(run.app.screen, Screen::Finish { .. }));
    // Esc goes back to the question; finishing again and Enter saves.
    run.press(501.0, key(KeyCode::Esc));
    assert!(matches!(run.app.screen, Screen::Resume { .. }));
    run.press(502.0, ch('f'));
    run.press(503.0, key(KeyCode::Enter));
    let files = run.folders.saved_files();
    assert_eq!(files.len(), 1);
    let record = read_session(&files[0]).expect("saved");
    assert!((record.active_secs - 70.0).abs() < 1e-3);
    assert_eq!(
        record.ended.expect("ended").to_rfc3339(),
        "2026-11-23T07:15:15.000+01:00"
    );
}

#[test]
fn the_letdown_key_in_the_leave_question_records_and_goes_on() {
    let mut run = Run::start();
    run.press(40.0, ch('q'));
    assert_eq!(leaving(&run), "leave");
    run.tap(41.0);
    assert_eq!(letdowns_on_disk(&run), [41.0]);
    assert_eq!(run.status(), "let-down 1 saved");
    assert_eq!(
        leaving(&run),
        "",
        "the question closes so that the count is in sight"
    );
    // In the discard question too: the session is not thrown away.
    run.press(50.0, ch('q'));
    run.press(51.0, ch('d'));
    assert_eq!(leaving(&run), "discard");
    run.tap(52.0);
    assert_eq!(letdowns_on_disk(&run), [41.0, 52.0]);
    assert_eq!(leaving(&run), "");
    assert!(run.folders.running_path().exists());
}

#[test]
fn the_letdown_key_over_the_help_records() {
    let mut run = Run::start();
    run.press(40.0, ch('?'));
    assert!(run.app.help);
    assert!(run.screen(80, 24).contains("space also marks a let-down"));
    run.tap(41.0);
    assert!(!run.app.help);
    assert_eq!(letdowns_on_disk(&run), [41.0]);
    assert_eq!(run.status(), "let-down 1 saved");
    // Any other key only closes it.
    run.press(42.0, ch('?'));
    run.press(43.0, ch('u'));
    assert!(!run.app.help);
    assert_eq!(letdowns_on_disk(&run), [41.0]);
}

#[test]
fn esc_on_the_summary_goes_back_to_the_running_session() {
    let mut run = Run::start();
    run.tap(30.0);
    run.press(40.0, ch('e'));
    assert!(run.in_summary());
    run.type_text(41.0, "55");
    run.press(45.0, key(KeyCode::Esc));
    assert_eq!(leaving(&run), "");
    assert!(run.folders.saved_files().is_empty(), "nothing was saved");
    // The clock went on as if the summary had never opened.
    let active = run.engine().active_secs(run.clock.mono(45.0));
    assert!((active - 45.0).abs() < 1e-3, "{active}");
    assert_eq!(
        run.folders.running().expect("still running").state,
        State::Running
    );
    // Ctrl-C in the summary is `q`: it asks, as on the session screen.
    run.press(50.0, ch('e'));
    let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(run.press(51.0, ctrl_c).is_empty());
    assert_eq!(leaving(&run), "leave");
}

#[test]
fn a_letdown_in_the_summary_is_recorded_at_its_moment_and_moves_the_end() {
    let mut run = Run::start();
    run.tap(30.0);
    run.press(100.0, ch('e'));
    // In a volume field the let-down key records; volumes need no space.
    run.type_text(101.0, "40");
    run.tap(110.0);
    assert_eq!(letdowns_on_disk(&run), [30.0, 110.0], "on disk at once");
    assert!(run.in_summary());
    assert!(run.screen(80, 24).contains("2 let-downs"), "listed at once");
    // On comfort it records too (and does not choose).
    run.press(111.0, key(KeyCode::Tab));
    run.press(112.0, key(KeyCode::Tab));
    run.press(113.0, key(KeyCode::Tab));
    run.tap(120.0);
    assert_eq!(letdowns_on_disk(&run).len(), 3);
    // In the note Space types a space, and the footer says how to leave it.
    run.press(121.0, key(KeyCode::Tab));
    assert!(run.screen(80, 24).contains("tab leaves the note"));
    run.type_text(122.0, "at work");
    assert_eq!(letdowns_on_disk(&run).len(), 3);
    run.press(130.0, key(KeyCode::Enter));
    let files = run.folders.saved_files();
    assert_eq!(files.len(), 1);
    let record = read_session(&files[0]).expect("saved");
    let at: Vec<f64> = record.letdowns.iter().map(|l| l.at_secs).collect();
    assert_eq!(at, [30.0, 110.0, 120.0]);
    assert!(
        (record.active_secs - 120.0).abs() < 1e-3,
        "ends at the last let-down"
    );
    assert_eq!(record.result.left_ml, Some(40.0));
    assert_eq!(record.result.note.as_deref(), Some("at work"));
}

#[test]
fn rebound_dialog_keys_act_and_are_shown() {
    let mut config = letdown::config::Config::default();
    let key = |name: &str| letdown::keys::Binding(vec![name.parse().expect("a key name")]);
    config.keys.set(Action::Discard, key("k"));
    config.keys.set(Action::Confirm, key("j"));
    config.keys.set(Action::Cancel, key("f2"));
    let mut run = Run::start_in(Folders::with_config(config), Theme::plain());
    run.press(10.0, ch('q'));
    let shown = run.screen(80, 24);
    assert!(shown.contains("k  discard it"), "{shown}");
    assert!(!shown.contains("d  discard it"), "{shown}");
    run.press(11.0, ch('d'));
    assert_eq!(
        leaving(&run),
        "",
        "d is no longer discard: any other key goes back"
    );
    run.press(12.0, ch('q'));
    run.press(13.0, ch('k'));
    assert_eq!(leaving(&run), "discard");
    assert!(run.screen(80, 24).contains("j  yes, discard"));
    run.press(14.0, ch('j'));
    assert!(matches!(run.app.screen, Screen::Day(_)));
    assert!(!run.folders.running_path().exists());
}

/// What the store would refuse is refused on the form, where it can be
/// fixed: 1500 + 1500 ml is more than a session holds, and a total that is
/// not left plus right is asked about; nothing is saved, the form stays.
#[test]
fn the_summary_refuses_what_the_store_would_on_the_form() {
    let mut run = Run::start();
    run.tap(30.0);
    run.press(40.0, ch('e'));
    run.type_text(41.0, "1500");
    run.press(41.0, key(KeyCode::Tab));
    run.type_text(42.0, "1500");
    run.press(43.0, key(KeyCode::Enter));
    assert!(run.in_summary());
    let shown = run.screen(80, 24);
    assert!(shown.contains("3000 ml"), "{shown}");
    assert!(shown.contains("at most 2000 ml"), "{shown}");
    assert!(run.folders.saved_files().is_empty());
    // Fixed, and a total that disagrees. The cursor is on the total.
    run.press(44.0, key(KeyCode::BackTab));
    run.press(44.0, key(KeyCode::BackTab));
    for _ in 0..4 {
        run.press(44.0, key(KeyCode::Backspace));
    }
    run.type_text(44.0, "40");
    run.press(45.0, key(KeyCode::Tab));
    for _ in 0..4 {
        run.press(45.0, key(KeyCode::Backspace));
    }
    run.type_text(45.0, "30");
    run.press(46.0, key(KeyCode::Tab));
    run.type_text(46.0, "90");
    run.press(47.0, key(KeyCode::Enter));
    assert!(run.in_summary());
    assert!(
        run.screen(80, 24)
            .contains("the total (90 ml) is not left + right (70 ml)"),
        "{}",
        run.screen(80, 24)
    );
    for _ in 0..2 {
        run.press(48.0, key(KeyCode::Backspace));
    }
    run.press(49.0, key(KeyCode::Enter));
    let files = run.folders.saved_files();
    assert_eq!(files.len(), 1);
    let record = read_session(&files[0]).expect("saved");
    assert_eq!(record.result.total_ml, Some(70.0));
}
