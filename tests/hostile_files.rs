//! Files a sync tool, a hand edit or an adversary leaves in the data dir:
//! a session in another day's folder, conflict copies of one session, a
//! file far too large, a FIFO, and day folders far outside any real date.
//! Each is read by the real binary, bounded in time, and left as it is.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use common::{Sandbox, arg, fifo, finished_session, tree_fingerprint};
use letdown::session::SessionRecord;
use serde_json::Value;

/// Long enough for any of these on a loaded machine; a hang ends here.
const BOUND: Duration = Duration::from_secs(30);

/// A session on 2026-11-23 at 07:14 with `ml` in total and a note.
fn session(ml: f64, note: &str) -> SessionRecord {
    let mut record = finished_session(common::T0, &[95.0], 600.0, Some(ml));
    record.result.note = Some(note.to_string());
    record
}

/// Writes `record` as `folder/name` in the sandbox's data dir.
fn put(sandbox: &Sandbox, folder: &str, name: &str, record: &SessionRecord) -> PathBuf {
    let dir = sandbox.data_dir().join("sessions").join(folder);
    fs::create_dir_all(&dir).expect("a day folder");
    let path = dir.join(name);
    fs::write(&path, record.to_toml().expect("toml")).expect("write a session");
    path
}

fn file_name(record: &SessionRecord) -> String {
    format!("{}.toml", record.id)
}

/// Runs letdown with a time bound; returns its exit code, stdout and stderr.
fn run(sandbox: &Sandbox, args: &[&str]) -> (Option<i32>, String, String) {
    let output = sandbox
        .letdown()
        .env("TZ", "UTC")
        .args(args)
        .timeout(BOUND)
        .output()
        .expect("letdown runs");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr,
    )
}

/// `log --json DAY`: the ids listed, the total volume, and stderr.
fn log(sandbox: &Sandbox, day: &str) -> (Vec<String>, Value, String) {
    let (code, stdout, stderr) = run(sandbox, &["log", "--json", day]);
    assert_eq!(code, Some(0), "{stderr}");
    let json: Value = serde_json::from_str(&stdout).expect("JSON from log");
    let ids = json["sessions"]
        .as_array()
        .expect("sessions")
        .iter()
        .map(|s| s["id"].as_str().expect("an id").to_string())
        .collect();
    (ids, json["totals"]["volume_ml"].clone(), stderr)
}

/// The ids `export --format json` carries.
fn exported(sandbox: &Sandbox) -> Vec<String> {
    let (code, stdout, stderr) = run(sandbox, &["export", "--format", "json"]);
    assert_eq!(code, Some(0), "{stderr}");
    let json: Value = serde_json::from_str(&stdout).expect("JSON from export");
    json.as_array()
        .expect("an array")
        .iter()
        .map(|s| s["id"].as_str().expect("an id").to_string())
        .collect()
}

fn set_modified(path: &Path, secs_ago: u64) {
    let file = fs::File::options().write(true).open(path).expect("open");
    file.set_modified(SystemTime::now() - Duration::from_secs(secs_ago))
        .expect("set the mtime");
}

#[test]
fn a_session_in_the_next_days_folder_shows_under_its_own_day_and_is_reported() {
    let sandbox = Sandbox::new();
    let record = session(45.0, "moved");
    let path = put(&sandbox, "2026-11-24", &file_name(&record), &record);
    let before = tree_fingerprint(sandbox.path());
    let (ids, volume, _) = log(&sandbox, "2026-11-23");
    assert_eq!(ids, std::slice::from_ref(&record.id));
    assert_eq!(volume, 45.0);
    assert!(
        log(&sandbox, "2026-11-24").0.is_empty(),
        "not on the folder's day"
    );
    let (_, stdout, stderr) = run(&sandbox, &["config", "check"]);
    let said = format!("{stdout}{stderr}");
    assert!(said.contains("2026-11-24/"), "{said}");
    assert!(said.contains("2026-11-23"), "{said}");
    assert!(
        said.contains("(1 sessions)") || said.contains("1 session"),
        "{said}"
    );
    assert_eq!(tree_fingerprint(sandbox.path()), before, "nothing moved");
    assert!(path.exists());
}

#[test]
fn a_session_filed_far_away_is_reported_exported_and_never_imported_twice() {
    let sandbox = Sandbox::new();
    let record = session(45.0, "far");
    // Named otherwise too: import must know it by its id.
    put(&sandbox, "2025-03-01", "copied-by-hand.toml", &record);
    let (code, stdout, stderr) = run(&sandbox, &["config", "check"]);
    let said = format!("{stdout}{stderr}");
    assert!(
        said.contains("2025-03-01/copied-by-hand.toml"),
        "{code:?} {said}"
    );
    assert_eq!(exported(&sandbox), std::slice::from_ref(&record.id));

    let backup = sandbox.path().join("backup.json");
    let (_, json, _) = run(&sandbox, &["export", "--format", "json"]);
    fs::write(&backup, json).expect("write the backup");
    let before = tree_fingerprint(&sandbox.data_dir());
    let (code, stdout, stderr) = run(&sandbox, &["import", arg(&backup)]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("imported 0"), "{stdout}");
    assert_eq!(tree_fingerprint(&sandbox.data_dir()), before);
    assert_eq!(exported(&sandbox).len(), 1);
}

#[test]
fn sync_conflict_copies_count_once_and_the_file_named_by_its_id_wins() {
    let sandbox = Sandbox::new();
    let record = session(45.0, "the original");
    let id = record.id.clone();
    let original = put(&sandbox, "2026-11-23", &file_name(&record), &record);
    let mut other = record.clone();
    other.result.note = Some("a copy".to_string());
    let syncthing = put(
        &sandbox,
        "2026-11-23",
        &format!("{id}.sync-conflict-20261201-120000-ABCDEFG.toml"),
        &other,
    );
    let dropbox = put(
        &sandbox,
        "2026-11-23",
        &format!("{id} (laptop's conflicted copy 2026-12-01).toml"),
        &other,
    );
    set_modified(&original, 3600);
    let (ids, volume, stderr) = log(&sandbox, "2026-11-23");
    assert_eq!(ids, std::slice::from_ref(&id));
    assert_eq!(volume, 45.0);
    assert!(stderr.contains("2 duplicate copies ignored"), "{stderr}");
    let (_, table, _) = run(&sandbox, &["log", "2026-11-23"]);
    assert!(table.contains("1 session · "), "{table}");
    let (_, stdout, _) = run(&sandbox, &["export", "--format", "json"]);
    assert!(
        stdout.contains("the original") && !stdout.contains("a copy"),
        "{stdout}"
    );
    let (_, stdout, stderr) = run(&sandbox, &["config", "check"]);
    let said = format!("{stdout}{stderr}");
    for copy in [&syncthing, &dropbox] {
        let name = copy.file_name().expect("a name").to_string_lossy();
        assert!(said.contains(&*name), "{name} not listed: {said}");
    }

    // Without the file named by the id, the most recently modified copy wins.
    fs::remove_file(&original).expect("remove");
    set_modified(&syncthing, 7200);
    let mut newest = record.clone();
    newest.result.note = Some("the newest".to_string());
    fs::write(&dropbox, newest.to_toml().expect("toml")).expect("write");
    let (_, stdout, _) = run(&sandbox, &["export", "--format", "json"]);
    assert!(stdout.contains("the newest"), "{stdout}");
    assert_eq!(exported(&sandbox), [id]);
}

#[test]
fn a_file_named_otherwise_is_not_imported_twice() {
    let sandbox = Sandbox::new();
    let record = session(45.0, "renamed");
    put(&sandbox, "2026-11-23", "renamed.toml", &record);
    let backup = sandbox.path().join("backup.json");
    let (_, json, _) = run(&sandbox, &["export", "--format", "json"]);
    fs::write(&backup, json).expect("write the backup");
    let (code, stdout, stderr) = run(&sandbox, &["import", arg(&backup)]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(
        stdout.contains("imported 0 sessions, skipped 1"),
        "{stdout}"
    );
}

/// A session file of more than 1 MiB that would otherwise be a valid one.
fn huge(record: &SessionRecord) -> String {
    let mut text = record.to_toml().expect("toml");
    let entry = "\n[[letdowns]]\nat_secs = 95.0\nat = 2026-11-23T07:15:40.120+01:00\n";
    while text.len() <= 1024 * 1024 {
        text.push_str(entry);
    }
    text
}

#[test]
fn a_file_larger_than_a_session_can_be_is_unreadable_and_left_alone() {
    let sandbox = Sandbox::new();
    let record = session(45.0, "huge");
    let path = put(&sandbox, "2026-11-23", &file_name(&record), &record);
    fs::write(&path, huge(&record)).expect("write a huge file");
    let before = tree_fingerprint(sandbox.path());
    let (ids, _, stderr) = log(&sandbox, "2026-11-23");
    assert!(ids.is_empty(), "{ids:?}");
    assert!(
        stderr.contains("1 session file could not be read"),
        "{stderr}"
    );
    let (code, _, stderr) = run(&sandbox, &["config", "check"]);
    assert_ne!(code, Some(0));
    assert!(stderr.contains("1 MiB"), "{stderr}");
    assert_eq!(tree_fingerprint(sandbox.path()), before);
}

#[test]
fn a_fifo_as_the_running_file_never_hangs_status() {
    let sandbox = Sandbox::new();
    fs::create_dir_all(sandbox.state_dir()).expect("the state folder");
    fifo(&sandbox.state_dir().join("running.toml"));
    let (code, stdout, stderr) = run(&sandbox, &["status"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(stdout.lines().count(), 1, "{stdout}");
    assert!(stderr.contains("not a regular file"), "{stderr}");
}

#[test]
fn a_fifo_in_a_day_folder_is_reported_unreadable() {
    let sandbox = Sandbox::new();
    let record = session(45.0, "beside a FIFO");
    put(&sandbox, "2026-11-23", &file_name(&record), &record);
    fifo(&sandbox.data_dir().join("sessions/2026-11-23/pipe.toml"));
    let (ids, _, stderr) = log(&sandbox, "2026-11-23");
    assert_eq!(ids, [record.id]);
    assert!(
        stderr.contains("1 session file could not be read"),
        "{stderr}"
    );
    let (_, _, stderr) = run(&sandbox, &["config", "check"]);
    assert!(stderr.contains("pipe.toml: not a regular file"), "{stderr}");
}

#[test]
fn day_folders_far_outside_any_real_date_cost_nothing() {
    let sandbox = Sandbox::new();
    let record = session(45.0, "real");
    put(&sandbox, "2026-11-23", &file_name(&record), &record);
    for far in ["+99999-01-01", "9999-12-31", "0001-01-01"] {
        fs::create_dir_all(sandbox.data_dir().join("sessions").join(far)).expect("a folder");
    }
    assert_eq!(exported(&sandbox), [record.id]);
    let (code, stdout, stderr) = run(&sandbox, &["config", "check"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("(1 session)"), "{stdout}");
}

#[test]
fn import_refuses_start_dates_outside_a_sane_window() {
    let sandbox = Sandbox::new();
    let good = letdown::store::exchange::to_json(&[session(45.0, "x")]).expect("json");
    for year in ["0000", "9999", "1969"] {
        let file = sandbox.path().join(format!("{year}.json"));
        fs::write(
            &file,
            good.replace("2026-11-23T", &format!("{year}-11-23T")),
        )
        .expect("write");
        let (code, stdout, stderr) = run(&sandbox, &["import", arg(&file)]);
        assert_eq!(code, Some(2), "{year}: {stdout}{stderr}");
        assert!(stderr.contains("nothing was imported"), "{stderr}");
        assert!(
            !sandbox.data_dir().join("sessions").exists(),
            "{year} imported"
        );
    }
}
