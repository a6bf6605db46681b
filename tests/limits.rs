//! What letdown writes, it reads back: each case where a writer once checked
//! less than the readers, so that a session was saved and then vanished from
//! every view, or an interrupted one was set aside instead of offered.

mod common;

use std::fs;

use common::{FakeClock, default_plan, fingerprint, finished_session};
use letdown::session::{Command, Engine, Plan, SessionResult};
use letdown::store::{DataDir, StateDir, read_session};

/// A year and a day, the most a session record holds.
const MAX_SECS: f64 = 366.0 * 24.0 * 3600.0;

fn folders() -> (tempfile::TempDir, DataDir, StateDir) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let data = DataDir::new(dir.path().join("data"));
    let state = StateDir::new(dir.path().join("state"));
    (dir, data, state)
}

fn files_under(root: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    let Ok(entries) = fs::read_dir(root) else {
        return files;
    };
    for entry in entries {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            files.extend(files_under(&path));
        } else {
            files.push(path);
        }
    }
    files
}

#[test]
fn two_sides_the_summary_accepts_that_add_up_past_the_limit_are_not_saved() {
    let (_dir, data, state) = folders();
    let mut record = finished_session("2026-11-23T07:14:05+01:00", &[95.0], 900.0, None);
    // As the summary form fills it in: each side within 2000 ml, the total their sum.
    record.result = SessionResult {
        left_ml: Some(1500.0),
        right_ml: Some(1500.0),
        total_ml: Some(3000.0),
        ..SessionResult::default()
    };
    assert!(
        data.save_new(&record).is_err(),
        "saved a file no view reads"
    );
    assert!(files_under(data.root()).is_empty(), "nothing is written");
    record.result.total_ml = None;
    assert!(
        data.save_new(&record).is_err(),
        "left plus right is the total"
    );
    assert!(
        state.keep_unsaved(&record).is_err(),
        "kept where it can never leave"
    );
    assert!(files_under(data.root()).is_empty(), "nothing is written");
}

#[test]
fn a_rewrite_within_the_limit_per_side_but_not_together_is_refused() {
    let (_dir, data, _state) = folders();
    let record = finished_session("2026-11-23T07:14:05+01:00", &[95.0], 900.0, Some(80.0));
    let path = data.save_new(&record).expect("saved");
    let before = fingerprint(&path);
    let mut edited = record.clone();
    edited.result.total_ml = None;
    edited.result.left_ml = Some(1999.0);
    edited.result.right_ml = Some(1999.0);
    let stored = data
        .read_day(
            "2026-11-23".parse().expect("a date"),
            chrono::NaiveTime::MIN,
        )
        .sessions
        .remove(0);
    assert!(data.rewrite(&stored, &edited).is_err());
    assert_eq!(fingerprint(&path), before, "the file is left as it was");
    assert_eq!(read_session(&path).expect("still reads"), record);
}

#[test]
fn a_running_file_of_schema_0_is_refused_not_finished_into_an_unreadable_file() {
    let (_dir, _data, state) = folders();
    let clock = FakeClock::default();
    let mut engine = Engine::start(default_plan(), clock.at(0.0), "test-host");
    engine.apply(Command::Letdown, clock.at(30.0));
    let text = engine
        .snapshot(clock.at(40.0))
        .to_toml()
        .expect("serializes")
        .replacen("schema = 1", "schema = 0", 1);
    fs::create_dir_all(state.root()).expect("the state folder");
    fs::write(state.running_path(), &text).expect("written");
    let before = fingerprint(&state.running_path());
    let err = state.read_running().expect_err("schema 0 is no schema");
    assert!(err.to_string().contains("unknown schema 0"), "{err}");
    assert_eq!(fingerprint(&state.running_path()), before, "left as it is");

    let mut record = engine.snapshot(clock.at(50.0)).clone();
    record.schema = 0;
    assert!(
        state.write_running(&record).is_err(),
        "never written either"
    );
}

/// A plan of one timed phase of `phase_secs`, then an open-ended one.
fn plan(phase_secs: u32, target_secs: f64) -> Plan {
    let mut plan = default_plan();
    plan.phases.truncate(1);
    plan.phases[0].secs = Some(f64::from(phase_secs));
    let mut open = default_plan().phases.pop().expect("the open-ended phase");
    open.secs = None;
    plan.phases.push(open);
    plan.target_secs = target_secs;
    plan
}

#[test]
fn a_phase_of_the_longest_time_a_config_could_name_still_leaves_a_resumable_session() {
    let (_dir, _data, state) = folders();
    let clock = FakeClock::default();
    let mut engine = Engine::start(plan(u32::MAX, 900.0), clock.at(0.0), "test-host");
    engine.apply(Command::Letdown, clock.at(30.0));
    state
        .write_running(engine.snapshot(clock.at(31.0)))
        .expect("the tap is saved");
    // Killed here: the next start must offer the session and its tap.
    let offered = state
        .read_running()
        .expect("readable")
        .expect("offered for resuming");
    assert_eq!(offered.letdowns.len(), 1);
}

#[test]
fn extend_stops_at_the_longest_time_a_record_holds() {
    let (_dir, data, state) = folders();
    let clock = FakeClock::default();
    let mut engine = Engine::start(plan(60, MAX_SECS - 10.0), clock.at(0.0), "test-host");
    // A timed phase lengthened past the limit...
    let mut stretched = Engine::start(
        plan((MAX_SECS - 10.0) as u32, 900.0),
        clock.at(0.0),
        "test-host",
    );
    stretched.apply(Command::Extend, clock.at(1.0));
    state
        .write_running(stretched.snapshot(clock.at(2.0)))
        .expect("a lengthened phase is saved");
    assert!(state.read_running().expect("readable").is_some());
    // ...and the target in the open-ended phase, by repeated `+`.
    engine.apply(Command::NextPhase, clock.at(1.0));
    for _ in 0..3 {
        engine.apply(Command::Extend, clock.at(2.0));
    }
    engine.apply(Command::Letdown, clock.at(3.0));
    state
        .write_running(engine.snapshot(clock.at(4.0)))
        .expect("a moved target is saved");
    let offered = state.read_running().expect("readable").expect("offered");
    assert_eq!(offered.letdowns.len(), 1);
    let finished = engine.finish(clock.at(5.0), SessionResult::default());
    let path = data.save_new(&finished).expect("saved");
    assert_eq!(read_session(&path).expect("reads back"), finished);
}

#[test]
fn a_session_resumed_long_after_its_heartbeat_can_still_be_saved() {
    let (_dir, data, _state) = folders();
    let clock = FakeClock::default();
    let mut engine = Engine::start(default_plan(), clock.at(0.0), "test-host");
    engine.apply(Command::Letdown, clock.at(30.0));
    let mut record = engine.snapshot(clock.at(40.0)).clone();
    // A hand-edited (or clock-broken) heartbeat: two thousand years ago.
    record.running.as_mut().expect("running").heartbeat =
        letdown::session::Timestamp(common::wall("0000-01-01T00:00:00Z"));
    let later = FakeClock::default();
    let mut resumed = Engine::resume(default_plan(), record, later.at(0.0));
    resumed.apply(Command::Letdown, later.at(10.0));
    let finished = resumed.finish(later.at(20.0), SessionResult::default());
    let path = data.save_new(&finished).expect("saved");
    assert_eq!(read_session(&path).expect("reads back").letdowns.len(), 2);
}

#[test]
fn a_clock_left_running_past_a_year_stops_at_the_limit_and_saves() {
    let (_dir, data, state) = folders();
    let clock = FakeClock::default();
    let mut engine = Engine::start(default_plan(), clock.at(0.0), "test-host");
    engine.apply(Command::Letdown, clock.at(30.0));
    engine.apply(Command::Letdown, clock.at(MAX_SECS + 3600.0));
    state
        .write_running(engine.snapshot(clock.at(MAX_SECS + 3700.0)))
        .expect("the tap is saved");
    let finished = engine.finish(clock.at(MAX_SECS + 3800.0), SessionResult::default());
    assert!(finished.active_secs <= MAX_SECS);
    let path = data.save_new(&finished).expect("saved");
    assert_eq!(read_session(&path).expect("reads back").letdowns.len(), 2);
}

#[test]
fn a_running_file_whose_id_cannot_name_a_file_is_refused_not_resumed_into_a_loss() {
    let (_dir, _data, state) = folders();
    let clock = FakeClock::default();
    let mut engine = Engine::start(default_plan(), clock.at(0.0), "test-host");
    let mut record = engine.snapshot(clock.at(10.0)).clone();
    for id in ["", "../../elsewhere", ".hidden"] {
        record.id = id.to_string();
        fs::create_dir_all(state.root()).expect("the state folder");
        fs::write(state.running_path(), record.to_toml().expect("serializes")).expect("written");
        // Resumed, it would end as a file no listing shows, or outside the data dir.
        assert!(state.read_running().is_err(), "{id:?} offered");
        assert!(state.write_running(&record).is_err(), "{id:?} written");
    }
}
