//! The data dir and the state folder, on temp dirs: durable private writes,
//! where sessions land, days, recovery, the lock, and files left alone.

mod common;

use std::fs;
use std::path::Path;

use chrono::{NaiveDate, NaiveTime};
use common::{FakeClock, default_plan, fingerprint, finished_session, mode, unreadable_files};
use letdown::session::{Command, Engine, State};
use letdown::store::{DataDir, Existing, LockError, StateDir, StoreError, write_atomic};

/// An empty data dir in a temp dir, which lives as long as the first half.
fn temp_data() -> (tempfile::TempDir, DataDir) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let data = DataDir::new(dir.path().join("letdown"));
    (dir, data)
}

fn date(text: &str) -> NaiveDate {
    text.parse().expect("a test date")
}

fn hhmm(text: &str) -> NaiveTime {
    NaiveTime::parse_from_str(text, "%H:%M").expect("a test time")
}

fn names(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(folder)
        .expect("list the folder")
        .map(|e| {
            e.expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}

#[test]
fn an_atomic_write_leaves_a_private_file_and_no_temp_file() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let path = dir.path().join("new/deeper/file.toml");
    write_atomic(&path, b"first", Existing::Replace).expect("writes");
    write_atomic(&path, b"second", Existing::Replace).expect("replaces");
    assert_eq!(fs::read(&path).expect("read"), b"second");
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(&dir.path().join("new")), 0o700);
    assert_eq!(mode(&dir.path().join("new/deeper")), 0o700);
    assert_eq!(names(&dir.path().join("new/deeper")), ["file.toml"]);
}

#[test]
fn a_finished_session_lands_in_its_days_folder_and_reads_back_equal() {
    let (_dir, data) = temp_data();
    let record = finished_session(
        "2026-11-23T07:14:05.120+01:00",
        &[95.2, 300.0],
        900.0,
        Some(83.0),
    );
    let path = data.save_new(&record).expect("saves");
    assert_eq!(
        path,
        data.root()
            .join("sessions/2026-11-23")
            .join(format!("{}.toml", record.id))
    );
    assert!(
        record.id.starts_with("2026-11-23T071405-test-host-"),
        "{}",
        record.id
    );
    assert_eq!(mode(&path), 0o600);
    for folder in ["", "sessions", "sessions/2026-11-23"] {
        assert_eq!(mode(&data.root().join(folder)), 0o700, "{folder}");
    }
    assert_eq!(names(&data.root().join("sessions/2026-11-23")).len(), 1);

    let listing = data.read_day(date("2026-11-23"), NaiveTime::MIN);
    assert!(listing.unreadable.is_empty(), "{:?}", listing.unreadable);
    assert_eq!(listing.sessions.len(), 1);
    assert_eq!(listing.sessions[0].path, path);
    assert_eq!(listing.sessions[0].record, record);
}

#[test]
fn saving_never_overwrites_a_session() {
    let (_dir, data) = temp_data();
    let record = finished_session(common::T0, &[95.0], 600.0, None);
    let path = data.save_new(&record).expect("saves");
    let before = fingerprint(&path);
    let mut edited = record.clone();
    edited.active_secs = 1.0;
    assert!(
        matches!(data.save_new(&edited), Err(StoreError::Exists { .. })),
        "a second file under the same id"
    );
    assert_eq!(fingerprint(&path), before);
    assert!(data.contains(&record));
}

#[test]
fn a_day_begins_at_day_starts_at() {
    let (_dir, data) = temp_data();
    let evening = finished_session("2026-11-23T22:00:00+01:00", &[], 600.0, None);
    let night = finished_session("2026-11-24T02:00:00+01:00", &[], 600.0, None);
    let morning = finished_session("2026-11-24T04:00:00+01:00", &[], 600.0, None);
    for record in [&evening, &night, &morning] {
        data.save_new(record).expect("saves");
    }
    let ids = |day: &str, starts: &str| -> Vec<String> {
        data.read_day(date(day), hhmm(starts))
            .sessions
            .into_iter()
            .map(|s| s.record.id)
            .collect()
    };
    // The 02:00 session sits in the 24th's folder, but with "04:00" it is yesterday's.
    assert!(night.id.starts_with("2026-11-24T020000"));
    assert_eq!(
        ids("2026-11-23", "04:00"),
        [evening.id.as_str(), night.id.as_str()]
    );
    assert_eq!(ids("2026-11-24", "04:00"), [morning.id.as_str()]);
    assert_eq!(ids("2026-11-23", "00:00"), [evening.id.as_str()]);
    assert_eq!(
        ids("2026-11-24", "00:00"),
        [night.id.as_str(), morning.id.as_str()]
    );

    let range = data.read_range(date("2026-11-22"), date("2026-11-24"), hhmm("04:00"));
    assert_eq!(range.sessions.len(), 3);
    assert!(
        range
            .sessions
            .windows(2)
            .all(|w| w[0].record.started <= w[1].record.started)
    );
}

#[test]
fn a_session_belongs_to_the_day_and_offset_it_started_in() {
    let (_dir, data) = temp_data();
    // 23:30 in New York is already the 24th in UTC; the session is the 23rd's.
    let record = finished_session("2026-11-23T23:30:00-05:00", &[], 600.0, None);
    let path = data.save_new(&record).expect("saves");
    assert!(path.starts_with(data.root().join("sessions/2026-11-23")));
    let listing = data.read_day(date("2026-11-23"), NaiveTime::MIN);
    assert_eq!(listing.sessions.len(), 1);
}

#[test]
fn a_running_session_is_recovered_from_the_state_folder() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let state = StateDir::new(dir.path().join("state"));
    let clock = FakeClock::default();
    let mut engine = Engine::start(default_plan(), clock.at(0.0), "test-host");
    engine.apply(Command::Letdown, clock.at(95.0));
    let saved = {
        let _lock = state.lock().expect("the lock");
        let record = engine.snapshot(clock.at(120.0)).clone();
        state.write_running(&record).expect("written");
        record
    };
    assert_eq!(mode(&state.running_path()), 0o600);
    assert_eq!(mode(state.root()), 0o700);

    // The process is gone: its lock went with it, and its file is still there.
    let _lock = state.lock().expect("free again");
    let recovered = state.read_running().expect("readable").expect("present");
    assert_eq!(recovered, saved);
    assert_eq!(recovered.state, State::Running);
    assert_eq!(recovered.letdowns.len(), 1);
    assert!(recovered.running.is_some());

    state.clear_running().expect("cleared");
    assert_eq!(state.read_running().expect("readable"), None);
    state.clear_running().expect("clearing twice is fine");
}

#[test]
fn every_save_is_kept_until_a_newer_one_is_whole() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let state = StateDir::new(dir.path().join("state"));
    let clock = FakeClock::default();
    let mut engine = Engine::start(default_plan(), clock.at(0.0), "test-host");
    let mut saved = Vec::new();
    for tap in 1..=5 {
        engine.apply(Command::Letdown, clock.at(f64::from(tap) * 60.0));
        let record = engine.snapshot(clock.at(f64::from(tap) * 60.0)).clone();
        state.write_running(&record).expect("written");
        assert_eq!(
            state.read_running().expect("readable"),
            Some(record.clone())
        );
        saved.push(record);
    }
    assert_eq!(mode(&state.running_path()), 0o600);

    // A crash in the middle of the next save leaves part of it: the last whole one counts.
    let whole = fs::read(state.running_path()).expect("read");
    engine.apply(Command::Letdown, clock.at(400.0));
    state
        .write_running(engine.snapshot(clock.at(400.0)))
        .expect("written");
    let with_sixth = fs::read(state.running_path()).expect("read");
    for cut in [whole.len() + 1, whole.len() + 40, with_sixth.len() - 1] {
        fs::write(state.running_path(), &with_sixth[..cut]).expect("cut");
        let recovered = state.read_running().expect("readable").expect("present");
        assert_eq!(recovered, saved[4], "cut at {cut}");
        assert_eq!(recovered.letdowns.len(), 5);
    }

    // Resumed after such a crash, the next save is read back, not the cut one.
    let next = engine.snapshot(clock.at(420.0)).clone();
    state.write_running(&next).expect("written");
    assert_eq!(state.read_running().expect("readable"), Some(next.clone()));

    // A long journal folds into its newest save, which reads back the same.
    while fs::metadata(state.running_path()).expect("meta").len() < 300 * 1024 {
        state.write_running(&next).expect("written");
    }
    state.fold_running().expect("folded");
    assert!(fs::metadata(state.running_path()).expect("meta").len() < 8 * 1024);
    assert_eq!(state.read_running().expect("readable"), Some(next));
}

#[test]
fn a_running_file_from_a_newer_letdown_is_not_taken_as_ours() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let state = StateDir::new(dir.path().to_path_buf());
    let clock = FakeClock::default();
    let mut engine = Engine::start(default_plan(), clock.at(0.0), "test-host");
    let mut record = engine.snapshot(clock.at(10.0)).clone();
    record.schema = letdown::session::SCHEMA + 1;
    assert!(
        state.write_running(&record).is_err(),
        "this letdown writes schema 2 at most"
    );
    fs::write(state.running_path(), record.to_toml().expect("serializes"))
        .expect("a newer letdown's save");
    let before = fingerprint(&state.running_path());
    let err = state.read_running().expect_err("a newer schema");
    assert!(err.to_string().contains("newer"), "{err}");
    assert_eq!(fingerprint(&state.running_path()), before);
}

#[test]
fn one_session_lock_at_a_time() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let state = StateDir::new(dir.path().to_path_buf());
    let first = state.lock().expect("the first lock");
    let second = StateDir::new(dir.path().to_path_buf()).lock();
    match second {
        Err(LockError::Busy { running }) => assert_eq!(running, state.running_path()),
        other => panic!("expected Busy, got {other:?}"),
    }
    assert!(state.is_locked_elsewhere());
    drop(first);
    assert!(!state.is_locked_elsewhere());
    state.lock().expect("free after drop");
}

#[test]
fn a_broken_running_file_is_an_error_and_can_be_set_aside() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let state = StateDir::new(dir.path().to_path_buf());
    fs::write(state.running_path(), "schema = 1\nid = \"x").expect("write");
    let err = state.read_running().expect_err("unreadable");
    assert!(err.to_string().contains("running.toml"), "{err}");
    let aside = state.set_aside().expect("set aside");
    assert_eq!(
        fs::read_to_string(aside).expect("kept"),
        "schema = 1\nid = \"x"
    );
    assert_eq!(state.read_running().expect("nothing now"), None);
}

#[test]
fn unreadable_files_are_listed_and_left_untouched() {
    let (_dir, data) = temp_data();
    let good = finished_session(common::T0, &[95.0], 600.0, Some(40.0));
    data.save_new(&good).expect("saves");
    let folder = data.day_dir(date("2026-11-23"));
    let broken = unreadable_files();
    let mut before = Vec::new();
    for (name, bytes) in &broken {
        let path = folder.join(name);
        fs::write(&path, bytes).expect("write a broken file");
        before.push((path.clone(), fingerprint(&path)));
    }
    // A running session synced from another machine is not this one's to read.
    let mut running = good.clone();
    running.state = State::Running;
    running.id.push_str("-other");
    let other = folder.join("other-machine.toml");
    fs::write(&other, running.to_toml().expect("toml")).expect("write");
    before.push((other.clone(), fingerprint(&other)));

    let listing = data.read_day(date("2026-11-23"), NaiveTime::MIN);
    assert_eq!(listing.sessions.len(), 1, "the valid neighbour is listed");
    assert_eq!(listing.sessions[0].record, good);
    let mut listed: Vec<_> = listing.unreadable.iter().map(|u| u.path.clone()).collect();
    listed.sort();
    let mut expected: Vec<_> = before.iter().map(|(p, _)| p.clone()).collect();
    expected.sort();
    assert_eq!(listed, expected);
    for unreadable in &listing.unreadable {
        assert!(!unreadable.reason.to_string().is_empty(), "{unreadable:?}");
    }
    let future = listing
        .unreadable
        .iter()
        .find(|u| u.path.ends_with("future.toml"))
        .expect("the future file");
    assert!(
        future.reason.to_string().contains("newer"),
        "{}",
        future.reason
    );

    // Reading, and reading a range, touch nothing.
    let _ = data.read_range(date("2026-11-20"), date("2026-11-25"), hhmm("04:00"));
    for (path, print) in &before {
        assert_eq!(&fingerprint(path), print, "{} changed", path.display());
    }
}

#[test]
fn temp_files_and_other_files_are_not_sessions() {
    let (_dir, data) = temp_data();
    let folder = data.day_dir(date("2026-11-23"));
    fs::create_dir_all(folder.join("sub.toml")).expect("a folder named like a file");
    fs::write(folder.join(".tmp-abc.part"), "half").expect("write");
    fs::write(folder.join(".hidden.toml"), "half").expect("write");
    fs::write(folder.join("notes.txt"), "hello").expect("write");
    let listing = data.read_day(date("2026-11-23"), NaiveTime::MIN);
    assert!(listing.sessions.is_empty());
    assert!(listing.unreadable.is_empty(), "{:?}", listing.unreadable);
}

#[test]
fn trash_moves_a_session_aside_without_destroying_it() {
    let (_dir, data) = temp_data();
    let record = finished_session(common::T0, &[95.0], 600.0, None);
    let path = data.save_new(&record).expect("saves");
    let bytes = fs::read(&path).expect("read");

    let trashed = data.trash(&path).expect("trashed");
    assert!(!path.exists());
    assert!(trashed.starts_with(data.root().join("trash")));
    assert_eq!(fs::read(&trashed).expect("kept"), bytes);
    assert_eq!(mode(&data.root().join("trash")), 0o700);
    let listing = data.read_day(date("2026-11-23"), NaiveTime::MIN);
    assert!(listing.sessions.is_empty() && listing.unreadable.is_empty());

    // The same name trashed again is kept beside the first, not over it.
    data.save_new(&record).expect("saved again");
    let again = data.trash(&path).expect("trashed again");
    assert_ne!(again, trashed);
    assert_eq!(fs::read(&trashed).expect("the first is kept"), bytes);
    assert_eq!(names(&data.root().join("trash")).len(), 2);
}

#[test]
fn days_lists_the_day_folders_oldest_first() {
    let (_dir, data) = temp_data();
    assert!(data.days().is_empty());
    for started in ["2026-11-24T08:00:00+01:00", "2026-11-02T08:00:00+01:00"] {
        data.save_new(&finished_session(started, &[], 60.0, None))
            .expect("saves");
    }
    fs::create_dir_all(data.root().join("sessions/not-a-day")).expect("mkdir");
    assert_eq!(data.days(), [date("2026-11-02"), date("2026-11-24")]);
}

#[test]
fn an_edit_that_moves_a_session_to_another_day_moves_its_file() {
    let (_dir, data) = temp_data();
    let record = finished_session("2026-11-23T00:20:00+01:00", &[95.0], 900.0, Some(80.0));
    let path = data.save_new(&record).expect("saved");
    let stored = letdown::store::read_stored(&path).expect("reads");
    let mut moved = record.clone();
    moved.move_start(common::wall("2026-11-22T23:50:00+01:00"));
    data.rewrite(&stored, &moved).expect("rewritten");
    assert!(!path.exists(), "the old day keeps no copy");
    let day = |d: u32| NaiveDate::from_ymd_opt(2026, 11, d).expect("a day");
    let midnight = NaiveTime::MIN;
    let before = data.read_day(day(22), midnight);
    assert_eq!(before.sessions.len(), 1);
    assert!(before.misfiled.is_empty(), "{:?}", before.misfiled);
    assert_eq!(
        before.sessions[0].record.letdowns[0].at.to_rfc3339(),
        "2026-11-22T23:51:35.000+01:00"
    );
    assert!(data.read_day(day(23), midnight).sessions.is_empty());
}

#[test]
fn a_lock_file_that_is_not_a_regular_file_is_refused_at_once() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let state = StateDir::new(dir.path().join("state"));
    fs::create_dir_all(state.root()).expect("the state folder");
    let lock = state.root().join("session.lock");
    let made = std::process::Command::new("mkfifo")
        .arg(&lock)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    // On a thread, so that a hanging open fails the test instead of stopping it.
    let (tx, rx) = std::sync::mpsc::channel();
    let probe = state.clone();
    std::thread::spawn(move || {
        let _ = tx.send((probe.lock().map(drop), probe.is_locked_elsewhere()));
    });
    let (taken, probed) = rx
        .recv_timeout(std::time::Duration::from_secs(5))
        .expect("the lock answers without waiting");
    assert!(
        matches!(taken, Err(LockError::NotAFile(ref path)) if *path == lock),
        "{taken:?}"
    );
    assert!(!probed);
}
