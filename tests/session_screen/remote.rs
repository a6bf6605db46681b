//! Requests from other terminals (`letdown tap` and the like), as the app
//! carries them out on whatever is on screen, with a fake clock.

use letdown::remote::{Reply, Request};
use letdown::session::State;
use letdown::tui::app::Screen;
use ratatui::crossterm::event::KeyCode;

use super::fixture::{Run, ch, key};

fn done(text: &str) -> Reply {
    Reply::Done(text.to_string())
}

#[test]
fn a_remote_tap_is_saved_before_its_answer_and_confirmed_as_the_key_is() {
    let mut run = Run::start();
    let (reply, _) = run.app.on_remote(Request::Tap, run.clock.at(10.0));
    assert_eq!(reply, done("let-down 1 saved"));
    assert_eq!(run.folders.running().expect("running").letdowns.len(), 1);
    assert_eq!(run.status(), "let-down 1 saved");
    let (reply, _) = run.app.on_remote(Request::Tap, run.clock.at(11.0));
    assert_eq!(reply, done("tap ignored: within 3 s of the last"));
    assert_eq!(run.status(), "tap ignored: within 3 s of the last");
    // A tap by key just after a remote one meets the same guard.
    run.tap(12.0);
    assert_eq!(run.engine().record().letdowns.len(), 1);
    let (reply, _) = run.app.on_remote(Request::Undo, run.clock.at(20.0));
    assert_eq!(reply, done("last let-down taken back (0 now)"));
    assert!(run.folders.running().expect("running").letdowns.is_empty());
}

#[test]
fn pause_says_which_and_next_names_the_phase() {
    let mut run = Run::start();
    let (reply, _) = run.app.on_remote(Request::Pause, run.clock.at(5.0));
    assert_eq!(reply, done("paused — the clock is stopped"));
    assert!(run.engine().is_paused());
    let (reply, _) = run.app.on_remote(Request::Pause, run.clock.at(9.0));
    assert_eq!(reply, done("resumed"));
    let (reply, _) = run.app.on_remote(Request::Next, run.clock.at(10.0));
    assert_eq!(reply, done("now: Warm compress"));
    let running = run.folders.running().expect("running");
    assert_eq!(running.running.expect("position").phase, 1, "on disk");
}

#[test]
fn a_remote_tap_over_a_question_records_and_closes_it_but_the_summary_stays() {
    let mut run = Run::start();
    run.press(5.0, ch('q'));
    let (reply, _) = run.app.on_remote(Request::Tap, run.clock.at(6.0));
    assert_eq!(reply, done("let-down 1 saved"));
    assert!(matches!(
        run.app.screen,
        Screen::Session { overlay: None, .. }
    ));

    run.press(20.0, ch('e'));
    assert!(run.in_summary());
    let (reply, _) = run.app.on_remote(Request::Tap, run.clock.at(21.0));
    assert_eq!(reply, done("let-down 2 saved"), "recorded in the summary");
    for request in [Request::Undo, Request::Pause, Request::Next, Request::End] {
        let (reply, _) = run.app.on_remote(request, run.clock.at(22.0));
        assert!(
            matches!(&reply, Reply::Refused(why) if why.contains("summary is open")),
            "{request:?}: {reply:?}"
        );
    }
    assert!(run.in_summary(), "the form the user fills in is left alone");
    assert_eq!(run.engine().record().letdowns.len(), 2);
}

#[test]
fn without_a_session_every_command_says_none_runs() {
    let folders = super::fixture::Folders::new();
    let mut run = Run::home(folders, letdown::tui::theme::Theme::plain());
    for request in [
        Request::Tap,
        Request::Undo,
        Request::Pause,
        Request::Next,
        Request::End,
    ] {
        let (reply, _) = run.app.on_remote(request, run.clock.at(1.0));
        assert_eq!(
            reply,
            Reply::NoSession("no session is running".to_string()),
            "{request:?}"
        );
    }
}

#[test]
fn a_remote_end_saves_without_the_summary_and_undo_reopens_it_with_a_pause() {
    let mut run = Run::start();
    run.tap(30.0);
    let (reply, _) = run.app.on_remote(Request::End, run.clock.at(100.0));
    assert_eq!(
        reply,
        done("ended and saved: 1m40s, 1 let-down; `letdown undo` reopens it")
    );
    assert!(matches!(run.app.screen, Screen::Day(_)));
    let files = run.folders.saved_files();
    assert_eq!(files.len(), 1, "{files:?}");
    let saved = letdown::store::read_session(&files[0]).expect("finished");
    assert_eq!(saved.state, State::Finished);
    assert!(saved.result.is_empty(), "no summary was asked");
    assert!(run.folders.running().is_none());
    assert!(run.app.can_undo_on_day());

    // Another tap now finds no session, and says how to get it back.
    let (reply, _) = run.app.on_remote(Request::Tap, run.clock.at(110.0));
    assert!(
        matches!(&reply, Reply::NoSession(why) if why.contains("`letdown undo` reopens it")),
        "{reply:?}"
    );

    let (reply, _) = run.app.on_remote(Request::Undo, run.clock.at(160.0));
    assert_eq!(
        reply,
        done("reopened; the time since it ended counts as a pause")
    );
    assert!(
        run.folders.saved_files().is_empty(),
        "filed again at its end"
    );
    let running = run.folders.running().expect("running again");
    assert_eq!(running.id, saved.id);
    assert_eq!(running.letdowns.len(), 1);
    let gap = running.pauses.last().expect("the time away").secs;
    assert!((gap - 60.0).abs() < 0.5, "{gap}");
    assert!((run.engine().active_secs(run.clock.mono(160.0)) - 100.0).abs() < 0.5);
    run.tap(170.0);
    assert_eq!(run.folders.running().expect("running").letdowns.len(), 2);
}

#[test]
fn u_on_the_day_screen_takes_back_whichever_came_last() {
    // A session saved by hand first, to delete.
    let mut run = Run::start();
    run.press(10.0, ch('e'));
    run.press(11.0, key(KeyCode::Enter));
    assert!(matches!(run.app.screen, Screen::Day(_)));
    run.press(12.0, ch('s'));
    run.tap(20.0);
    let (reply, _) = run.app.on_remote(Request::End, run.clock.at(40.0));
    assert!(matches!(reply, Reply::Done(_)), "{reply:?}");
    assert_eq!(run.folders.saved_files().len(), 2);

    // The end came last: `u` reopens it.
    run.press(50.0, ch('u'));
    assert!(matches!(run.app.screen, Screen::Session { .. }), "reopened");
    assert_eq!(
        run.status(),
        "reopened; the time since it ended counts as a pause"
    );
    let (reply, _) = run.app.on_remote(Request::End, run.clock.at(60.0));
    assert!(matches!(reply, Reply::Done(_)), "{reply:?}");

    // Now a delete (of the other session) comes after the end: `u` brings
    // the deleted one back first, and the next `u` reopens the ended one.
    run.press(61.0, key(KeyCode::Up));
    run.press(61.0, ch('x'));
    run.press(62.0, ch('y'));
    assert_eq!(run.folders.saved_files().len(), 1, "one was deleted");
    run.press(63.0, ch('u'));
    assert!(matches!(run.app.screen, Screen::Day(_)));
    assert!(run.status().starts_with("brought back"), "{}", run.status());
    assert_eq!(run.folders.saved_files().len(), 2);
    run.press(64.0, ch('u'));
    assert!(matches!(run.app.screen, Screen::Session { .. }), "reopened");
}

#[test]
fn a_form_opened_after_a_remote_end_forgets_it_and_lets_the_lock_go() {
    let mut run = Run::start();
    run.tap(20.0);
    run.app.on_remote(Request::End, run.clock.at(40.0));
    // `v`: the volume, filled in later.
    run.press(45.0, ch('v'));
    assert!(matches!(run.app.screen, Screen::Edit { .. }));
    assert!(
        run.folders.context.state.lock().is_ok(),
        "the lock was held only for reopening"
    );
    run.press(46.0, key(KeyCode::Esc));
    assert!(!run.app.can_undo_on_day());
    let (reply, _) = run.app.on_remote(Request::Undo, run.clock.at(50.0));
    assert_eq!(reply, Reply::NoSession("no session is running".to_string()));
}

#[test]
fn an_ended_session_edited_since_is_not_reopened_over_the_edit() {
    let mut run = Run::start();
    run.tap(20.0);
    run.app.on_remote(Request::End, run.clock.at(40.0));
    let file = run.folders.saved_files().remove(0);
    let edited = std::fs::read_to_string(&file)
        .expect("read")
        .replace("active_secs", "# mine\nactive_secs");
    std::fs::write(&file, &edited).expect("an edit by hand");
    let (reply, _) = run.app.on_remote(Request::Undo, run.clock.at(50.0));
    assert!(
        matches!(&reply, Reply::Refused(why) if why.contains("changed since it was saved")),
        "{reply:?}"
    );
    assert_eq!(std::fs::read_to_string(&file).expect("read"), edited);
    assert!(matches!(run.app.screen, Screen::Day(_)));
    assert!(run.folders.context.state.lock().is_ok(), "let go");
}

#[test]
fn another_start_asks_a_window_holding_an_ended_session_to_let_go() {
    let mut run = Run::start();
    run.app.on_remote(Request::End, run.clock.at(40.0));
    let (reply, _) = run.app.on_remote(Request::Release, run.clock.at(41.0));
    assert_eq!(reply, done("released"));
    assert!(!run.app.can_undo_on_day());
    assert!(run.folders.context.state.lock().is_ok(), "let go");

    let mut running = Run::start();
    let (reply, _) = running
        .app
        .on_remote(Request::Release, running.clock.at(1.0));
    assert!(
        matches!(reply, Reply::Refused(_)),
        "a running session keeps its lock"
    );
    assert!(matches!(
        running.app.screen,
        Screen::Session { overlay: None, .. }
    ));
}

#[test]
fn a_change_that_could_not_be_saved_yet_is_said_as_not_saved() {
    let mut run = Run::start();
    // The running file's place taken by a folder: no save can land there.
    let running = run.folders.running_path();
    std::fs::remove_file(&running).expect("remove");
    std::fs::create_dir(&running).expect("a folder in its place");
    let (reply, _) = run.app.on_remote(Request::Tap, run.clock.at(10.0));
    assert!(
        matches!(&reply, Reply::NotSaved(why) if why.starts_with("not saved yet: saving failed — kept, retrying")),
        "{reply:?}"
    );
    assert_eq!(run.engine().record().letdowns.len(), 1, "kept in memory");
    std::fs::remove_dir(&running).expect("fixed");
    let (reply, _) = run.app.on_remote(Request::Tap, run.clock.at(20.0));
    assert_eq!(reply, done("let-down 2 saved"));
    assert_eq!(run.folders.running().expect("saved").letdowns.len(), 2);
}

#[test]
fn an_end_the_data_dir_refuses_is_kept_and_said_as_not_saved() {
    let folders = super::fixture::Folders::new();
    let blocker = folders.temp.path().join("blocker");
    std::fs::write(&blocker, b"not a folder").expect("blocker");
    let folders = folders.with_data_dir(blocker.join("data"));
    let mut run = Run::start_in(folders, letdown::tui::theme::Theme::plain());
    run.tap(10.0);
    let (reply, _) = run.app.on_remote(Request::End, run.clock.at(20.0));
    assert!(
        matches!(&reply, Reply::NotSaved(why) if why.starts_with("not saved yet: saving failed — kept safe in the state folder, retrying")),
        "{reply:?}"
    );
    assert_eq!(run.folders.context.state.unsaved().len(), 1, "kept");
    assert!(!run.app.can_undo_on_day(), "nothing to reopen from");
    assert!(
        run.folders.context.state.lock().is_ok(),
        "the lock was let go"
    );
}
