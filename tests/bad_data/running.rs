//! The running session's file in the state folder, spoiled: what still
//! reads is offered for resuming, and resuming it, finishing it at its
//! heartbeat or discarding it draws and saves without a panic; a session
//! finished at its heartbeat reads back from the data dir. A file with
//! numbers no session can have is refused, as the data dir refuses it.

use std::fs;

use letdown::session::{Command, Engine, SessionRecord, State};
use letdown::store::read_session;
use letdown::tui::app::{App, Opening, Screen};
use letdown::tui::theme::Theme;
use proptest::prelude::*;
use ratatui::crossterm::event::KeyCode;

use crate::common::{FakeClock, default_plan, fingerprint, proptest_runner};
use crate::fixture::{Folders, ch, draw, key};
use crate::mutations::{Mutation, Spoiled, mutation};
use crate::tally;

/// A session 400 s in, as its running file holds it: two let-downs, a
/// pause, the warm compress lengthened, the coach's first trigger shown.
fn running_text() -> String {
    let clock = FakeClock::default();
    let mut engine = Engine::start(default_plan(), clock.at(0.0), "test-host");
    engine.apply(Command::Letdown, clock.at(30.0));
    engine.tick(clock.at(70.0));
    engine.apply(Command::Extend, clock.at(75.0));
    engine.apply(Command::TogglePause, clock.at(100.0));
    engine.apply(Command::TogglePause, clock.at(130.0));
    engine.apply(Command::Letdown, clock.at(200.0));
    engine.tick(clock.at(400.0));
    engine
        .snapshot(clock.at(400.0))
        .to_toml()
        .expect("serializes")
}

/// What the user may do with an interrupted session.
#[derive(Debug, Clone, Copy)]
enum Choice {
    /// Resume, tap, let time pass, end and save without a volume.
    Resume,
    /// Finish at the last heartbeat and save without a volume.
    Finish,
    /// Discard, and confirm.
    Discard,
}

/// Opens the app on an interrupted `record` and carries out `choice`,
/// drawing each screen; returns the files the data dir then holds.
fn open_and(
    folders: &Folders,
    record: SessionRecord,
    choice: Choice,
    size: (u16, u16),
) -> Vec<std::path::PathBuf> {
    let clock = FakeClock::starting_at("2026-11-23T09:00:00+01:00");
    let lock = folders.context.state.lock().expect("the lock");
    let opening = Opening::Interrupted(Box::new(record));
    let mut app = App::new(
        &folders.context,
        Some(lock),
        opening,
        clock.at(0.0),
        Theme::plain(),
    );
    let press = |app: &mut App, at: f64, k| {
        draw(app, size.0, size.1);
        app.on_key(&k, clock.at(at));
        draw(app, 80, 24);
    };
    match choice {
        Choice::Resume => {
            press(&mut app, 1.0, ch('r'));
            app.tick(clock.at(5.0));
            press(&mut app, 6.0, ch(' '));
            app.tick(clock.at(3600.0));
            press(&mut app, 3601.0, ch('e'));
            press(&mut app, 3602.0, key(KeyCode::Enter));
        }
        Choice::Finish => {
            press(&mut app, 1.0, ch('f'));
            press(&mut app, 2.0, key(KeyCode::Enter));
        }
        Choice::Discard => {
            press(&mut app, 1.0, ch('d'));
            press(&mut app, 2.0, ch('y'));
        }
    }
    assert!(
        matches!(app.screen, Screen::Day(_)),
        "{choice:?} ends on the day screen"
    );
    let days = folders.context.data.root().join("sessions");
    let mut saved = Vec::new();
    for day in fs::read_dir(&days).into_iter().flatten() {
        let day = day.expect("a day").path();
        saved.extend(
            fs::read_dir(day)
                .expect("a day folder")
                .map(|f| f.expect("a file").path()),
        );
    }
    saved
}

/// One spoiled running file; returns whether it was offered for resuming.
fn run_case(mutation: &Mutation, choice: Choice, size: (u16, u16)) -> usize {
    let text = running_text();
    let Spoiled::File(bytes) = mutation.apply(&text) else {
        return 0;
    };
    let folders = Folders::new();
    let state = &folders.context.state;
    fs::create_dir_all(state.root()).expect("the state folder");
    fs::write(state.running_path(), &bytes).expect("write");
    let Ok(Some(record)) = state.read_running() else {
        return 0;
    };
    if record.state != State::Running {
        return 0;
    }
    let saved = open_and(&folders, record, choice, size);
    match choice {
        Choice::Discard => assert!(saved.is_empty(), "{saved:?}"),
        Choice::Resume => assert_eq!(saved.len(), 1, "resuming saves one session"),
        Choice::Finish => {
            assert_eq!(saved.len(), 1, "finishing saves one session");
            if let Err(reason) = read_session(&saved[0]) {
                panic!("finishing saved a session its own views cannot read: {reason}");
            }
        }
    }
    1
}

#[test]
fn a_spoiled_running_file_resumes_finishes_or_goes_without_a_panic() {
    let mut runner = proptest_runner(64);
    let choice = prop_oneof![
        Just(Choice::Resume),
        Just(Choice::Finish),
        Just(Choice::Discard)
    ];
    let size = (1..=160u16, 1..=50u16);
    let [offered] = tally(&mut runner, &(mutation(), choice, size), |(m, c, s)| {
        [run_case(&m, c, s)]
    });
    println!(
        "bad data, running file: {} spoiled, {offered} still offered for resuming: 0 panics",
        runner.config().cases
    );
}

#[test]
fn a_running_file_with_impossible_numbers_is_refused_and_left_as_it_is() {
    let text = running_text();
    for (key, value) in [
        ("active_secs", "nan"),
        ("paused_secs", "-1.0"),
        ("at_secs", "1e308"),
        ("phase_from_secs", "inf"),
    ] {
        let line = text
            .lines()
            .find(|l| l.starts_with(&format!("{key} = ")))
            .expect("the key");
        let folders = Folders::new();
        let state = &folders.context.state;
        fs::create_dir_all(state.root()).expect("the state folder");
        fs::write(
            state.running_path(),
            text.replacen(line, &format!("{key} = {value}"), 1),
        )
        .expect("write");
        let before = fingerprint(&state.running_path());
        let err = state.read_running().expect_err("impossible numbers");
        assert!(
            err.to_string().contains("out of range"),
            "{key} = {value}: {err}"
        );
        assert_eq!(fingerprint(&state.running_path()), before);
    }
}
