//! The trash: what `x` moved there, listed, brought back and emptied; the
//! store on temp dirs, and `letdown trash` as the real binary.

mod common;
mod pty_harness;

use std::fs;
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use chrono::{NaiveDate, NaiveTime};
use common::{Sandbox, finished_session, tree_fingerprint};
use letdown::session::{HandEntry, SessionRecord, SessionResult};
use letdown::store::{DataDir, Reason, RestoreError, Stored};
use pty_harness::Home;

const DAY: Duration = Duration::from_secs(86_400);

fn temp_data() -> (tempfile::TempDir, DataDir) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let data = DataDir::new(dir.path().join("letdown"));
    (dir, data)
}

fn date(text: &str) -> NaiveDate {
    text.parse().expect("a test date")
}

/// A session saved as `x` would find it on its day.
fn saved(data: &DataDir, record: &SessionRecord) -> Stored {
    data.save_new(record).expect("saves");
    let day = record.started.local_date();
    data.read_day(day, NaiveTime::MIN)
        .sessions
        .into_iter()
        .find(|s| s.record.id == record.id)
        .expect("listed on its day")
}

/// Saves a session and deletes it as `x` does; returns its file's first place.
fn deleted(data: &DataDir, record: &SessionRecord) -> PathBuf {
    let stored = saved(data, record);
    data.trash_stored(&stored).expect("trashed");
    stored.path
}

/// Makes a file look as if it went to the trash `ago` before now.
fn deleted_ago(path: &Path, ago: Duration) {
    fs::File::options()
        .write(true)
        .open(path)
        .and_then(|file| file.set_modified(SystemTime::now() - ago))
        .expect("set the time of deletion");
}

fn trash_names(data: &DataDir) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(data.trash_dir())
        .expect("the trash")
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

fn morning() -> SessionRecord {
    finished_session(common::T0, &[95.0, 300.0], 1055.0, Some(83.0))
}

// The store.

#[test]
fn a_restore_puts_the_bytes_back_unchanged_in_its_day() {
    let (_dir, data) = temp_data();
    let record = morning();
    let stored = saved(&data, &record);
    let bytes = fs::read(&stored.path).expect("read");
    data.trash_stored(&stored).expect("trashed");
    assert!(!stored.path.exists());
    let listing = data.read_trash();
    assert_eq!(listing.sessions.len(), 1);
    assert!(listing.unreadable.is_empty(), "{:?}", listing.unreadable);

    let restored = data.restore(&record.id).expect("restored");
    assert_eq!(restored.path, stored.path, "its day's folder, as <id>.toml");
    assert_eq!(restored.record, record);
    assert_eq!(fs::read(&stored.path).expect("back"), bytes);
    assert!(trash_names(&data).is_empty());
    let day = data.read_day(date("2026-11-23"), NaiveTime::MIN);
    assert_eq!(day.sessions.len(), 1);
}

#[test]
fn a_restore_refuses_an_unknown_id_and_moves_nothing() {
    let (_dir, data) = temp_data();
    deleted(&data, &morning());
    let before = tree_fingerprint(data.root());
    let err = data
        .restore("2026-11-23T071405-elsewhere-zz99")
        .expect_err("unknown");
    assert!(matches!(err, RestoreError::NotInTrash { .. }), "{err:?}");
    assert_eq!(tree_fingerprint(data.root()), before);
}

#[test]
fn a_restore_refuses_an_id_already_in_the_data_dir() {
    let (_dir, data) = temp_data();
    let record = morning();
    deleted(&data, &record);
    // Saved again meanwhile (an import, a sync from another machine).
    data.save_new(&record).expect("saved again");
    let before = tree_fingerprint(data.root());
    let err = data.restore(&record.id).expect_err("already there");
    assert!(matches!(err, RestoreError::Present { .. }), "{err:?}");
    assert_eq!(tree_fingerprint(data.root()), before);

    // Under another name, in the next day's folder, it is there all the same.
    let own = data.path_for(&record);
    let next = data.day_dir(date("2026-11-24"));
    fs::create_dir_all(&next).expect("next day");
    fs::rename(&own, next.join("moved.toml")).expect("moved");
    let err = data.restore(&record.id).expect_err("still there");
    assert!(
        matches!(&err, RestoreError::Present { path, .. } if path.ends_with("moved.toml")),
        "{err:?}"
    );
    assert_eq!(trash_names(&data).len(), 1, "the trash keeps its file");
}

#[test]
fn of_several_files_of_one_id_the_one_deleted_last_comes_back() {
    let (_dir, data) = temp_data();
    let mut record = morning();
    let first = deleted(&data, &record);
    record.result.note = Some("the second version".to_string());
    deleted(&data, &record);
    let trash = data.trash_dir();
    let name = first
        .file_name()
        .expect("a name")
        .to_string_lossy()
        .into_owned();
    assert_eq!(trash_names(&data), [name.clone(), format!("{name}.1")]);
    deleted_ago(&trash.join(&name), DAY);
    deleted_ago(&trash.join(format!("{name}.1")), Duration::from_secs(60));

    let restored = data.restore(&record.id).expect("restored");
    assert_eq!(
        restored.record.result.note.as_deref(),
        Some("the second version")
    );
    assert_eq!(trash_names(&data), [name], "the older one stays");
}

#[test]
fn emptying_older_than_keeps_the_newer_ones_and_the_unreadable() {
    let (_dir, data) = temp_data();
    let old = morning();
    let new = finished_session("2026-11-24T09:00:00+01:00", &[80.0], 900.0, None);
    let old_path = deleted(&data, &old);
    deleted(&data, &new);
    let trash = data.trash_dir();
    let old_in_trash = trash.join(old_path.file_name().expect("a name"));
    deleted_ago(&old_in_trash, 40 * DAY);
    fs::write(trash.join("future.toml"), "schema = 99\n").expect("an unreadable file");

    let emptied = data.empty_trash(Some(30 * DAY), SystemTime::now());
    let removed: Vec<&str> = emptied
        .removed
        .iter()
        .map(|t| t.record.id.as_str())
        .collect();
    assert_eq!(removed, [old.id.as_str()]);
    assert!(emptied.failed.is_empty() && emptied.kept.is_empty());
    assert!(!old_in_trash.exists());
    let left = data.read_trash();
    assert_eq!(left.sessions.len(), 1);
    assert_eq!(left.sessions[0].record.id, new.id);

    let emptied = data.empty_trash(None, SystemTime::now());
    assert_eq!(emptied.removed.len(), 1);
    assert_eq!(
        trash_names(&data),
        ["future.toml"],
        "never a file it cannot read"
    );
}

#[test]
fn a_symlink_in_the_trash_is_not_followed_nor_removed() {
    let (dir, data) = temp_data();
    let record = morning();
    let elsewhere = dir.path().join("elsewhere.toml");
    fs::write(&elsewhere, record.to_toml().expect("toml")).expect("a session elsewhere");
    let trash = data.trash_dir();
    fs::create_dir_all(trash.join("a folder")).expect("a folder in the trash");
    let link = trash.join(format!("{}.toml", record.id));
    symlink(&elsewhere, &link).expect("a symlink");

    let listing = data.read_trash();
    assert!(listing.sessions.is_empty());
    assert_eq!(listing.unreadable.len(), 1);
    assert_eq!(listing.unreadable[0].reason, Reason::NotRegular);
    let err = data.restore(&record.id).expect_err("not through a link");
    assert!(matches!(err, RestoreError::Unreadable { .. }), "{err:?}");
    let emptied = data.empty_trash(None, SystemTime::now());
    assert!(emptied.removed.is_empty());
    assert!(fs::symlink_metadata(&link).is_ok(), "the link is left");
    assert!(elsewhere.exists(), "and what it points at");
    assert!(trash.join("a folder").is_dir());
    assert!(!data.path_for(&record).exists());
}

#[test]
fn the_time_of_deletion_is_kept_as_the_files_time() {
    let (_dir, data) = temp_data();
    let record = morning();
    let stored = saved(&data, &record);
    deleted_ago(&stored.path, 300 * DAY);
    let before = SystemTime::now() - Duration::from_secs(1);
    data.trash_stored(&stored).expect("trashed");
    let trashed = data.read_trash().sessions.remove(0);
    assert!(
        trashed.deleted_at.is_some_and(|at| at >= before),
        "{trashed:?}"
    );
    // Deleted just now, it is not older than a day, though its session is.
    assert!(
        data.empty_trash(Some(DAY), SystemTime::now())
            .removed
            .is_empty()
    );
}

#[test]
fn undoing_a_delete_puts_every_copy_back_where_it_was() {
    let (_dir, data) = temp_data();
    let record = morning();
    let own = data.save_new(&record).expect("saves");
    let copy = own.with_file_name("copy (conflicted copy).toml");
    fs::copy(&own, &copy).expect("a conflict copy");
    let modified = |p: &Path| fs::metadata(p).and_then(|m| m.modified()).expect("mtime");
    let (own_bytes, own_time) = (fs::read(&own).expect("read"), modified(&own));
    let stored = data
        .read_day(date("2026-11-23"), NaiveTime::MIN)
        .sessions
        .remove(0);
    let deleted = data.trash_stored(&stored).expect("trashed");
    assert_eq!(deleted.moves.len(), 2);

    let restored = data.undo_delete(&deleted).expect("undone");
    assert_eq!(restored.path, own);
    assert_eq!(fs::read(&own).expect("back"), own_bytes);
    assert_eq!(modified(&own), own_time, "its own time again");
    assert!(copy.exists(), "the copy is back too");
    assert!(trash_names(&data).is_empty());
    // Undone twice (an outside restore came first): back already, not an error.
    let again = data.undo_delete(&deleted).expect("back already");
    assert!(again.already, "{again:?}");
    assert_eq!(again.path, own);
}

// The command line.

/// A sandbox whose trash holds the spec's morning session and a session
/// added by hand the evening before, each deleted as `x` does.
fn sandbox_with_trash() -> (Sandbox, DataDir, Vec<SessionRecord>) {
    let sandbox = Sandbox::new();
    let data = DataDir::new(sandbox.data_dir());
    let by_hand = SessionRecord::by_hand(
        HandEntry {
            started: common::wall("2026-11-22T21:40:00+01:00"),
            secs: 1200.0,
            letdowns: Some(4),
            result: SessionResult::default(),
        },
        "laptop",
    );
    let records = vec![morning(), by_hand];
    for record in &records {
        deleted(&data, record);
    }
    (sandbox, data, records)
}

#[test]
fn trash_lists_the_newest_first_and_an_empty_one_kindly() {
    let sandbox = Sandbox::new();
    let shown = sandbox.stdout_of(["trash"]);
    assert!(shown.contains("The trash is empty"), "{shown}");

    let (sandbox, _data, records) = sandbox_with_trash();
    let shown = sandbox.stdout_of(["trash"]);
    assert_eq!(shown, sandbox.stdout_of(["trash", "list"]));
    let rows: Vec<&str> = shown.lines().filter(|l| l.starts_with("2026-")).collect();
    assert_eq!(rows.len(), 2, "{shown}");
    for (row, (start, length, letdowns)) in rows
        .iter()
        .zip([("07:14", "17m35s", "2"), ("21:40", "20m", "4 by hand")])
    {
        assert!(
            row.contains(start) && row.contains(length) && row.contains(letdowns),
            "{row}"
        );
    }
    assert!(rows[0].starts_with("2026-11-23") && rows[0].ends_with(&records[0].id));
    assert!(rows[1].starts_with("2026-11-22") && rows[1].ends_with(&records[1].id));
    assert!(shown.contains("letdown trash restore ID"), "{shown}");
}

#[test]
fn trash_restore_brings_one_back_and_says_which() {
    let (sandbox, data, records) = sandbox_with_trash();
    let shown = sandbox.stdout_of(["trash", "restore", &records[0].id]);
    assert_eq!(
        shown,
        "Brought back the 07:14 session of Monday 23 November 2026.\n"
    );
    assert!(data.path_for(&records[0]).exists());
    let log = sandbox.stdout_of(["log", "2026-11-23"]);
    assert!(log.contains("07:14"), "{log}");
    let left = sandbox.stdout_of(["trash"]);
    assert!(
        !left.contains(&records[0].id) && left.contains(&records[1].id),
        "{left}"
    );
}

#[test]
fn trash_restore_of_an_unknown_id_refuses_and_writes_nothing() {
    let (sandbox, data, _) = sandbox_with_trash();
    let before = tree_fingerprint(data.root());
    let said = sandbox.refuses(["trash", "restore", "2026-01-01T000000-nowhere-0000"], 2);
    assert!(
        said.contains("no session with the id 2026-01-01T000000-nowhere-0000 is in the trash"),
        "{said}"
    );
    assert_eq!(tree_fingerprint(data.root()), before);
}

#[test]
fn trash_restore_of_an_id_already_present_refuses_and_writes_nothing() {
    let (sandbox, data, records) = sandbox_with_trash();
    data.save_new(&records[0]).expect("saved again");
    let before = tree_fingerprint(data.root());
    let said = sandbox.refuses(["trash", "restore", &records[0].id], 2);
    assert!(said.contains("is in the data dir already"), "{said}");
    assert_eq!(tree_fingerprint(data.root()), before);
}

#[test]
fn trash_empty_with_yes_deletes_for_good() {
    let (sandbox, data, records) = sandbox_with_trash();
    let trash = data.trash_dir();
    let old = fs::read_dir(&trash)
        .expect("the trash")
        .map(|e| e.expect("an entry").path())
        .find(|p| p.to_string_lossy().contains(&records[1].id))
        .expect("the evening's file");
    deleted_ago(&old, 10 * DAY);
    let shown = sandbox.stdout_of(["trash", "empty", "--older-than", "7", "--yes"]);
    assert_eq!(shown, "Deleted 1 session from the trash for good.\n");
    assert!(!old.exists());
    let shown = sandbox.stdout_of(["trash", "empty", "--older-than", "7", "--yes"]);
    assert!(
        shown.starts_with("Nothing in the trash was deleted more than 7 days ago"),
        "{shown}"
    );
    let shown = sandbox.stdout_of(["trash", "empty", "--yes"]);
    assert_eq!(shown, "Deleted 1 session from the trash for good.\n");
    assert!(trash_names(&data).is_empty());
    assert!(
        !data.path_for(&records[0]).exists(),
        "nothing came back either"
    );
}

#[test]
fn trash_empty_without_a_terminal_or_yes_refuses_and_deletes_nothing() {
    let (sandbox, data, _) = sandbox_with_trash();
    let before = tree_fingerprint(data.root());
    // A "y" piped in is not someone at a terminal saying yes.
    let output = sandbox
        .letdown()
        .args(["trash", "empty"])
        .write_stdin("y\n")
        .output()
        .expect("letdown runs");
    let said = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{said}");
    assert!(output.stdout.is_empty());
    assert!(
        said.contains("not deleting 2 sessions from the trash without asking")
            && said.contains("--yes"),
        "{said}"
    );
    assert_eq!(tree_fingerprint(data.root()), before);
}

#[test]
fn trash_empty_with_a_bad_number_refuses_and_deletes_nothing() {
    let (sandbox, data, _) = sandbox_with_trash();
    let before = tree_fingerprint(data.root());
    for bad in ["soon", "-3", "1.5", ""] {
        let said = sandbox.refuses(
            ["trash", "empty", "--yes", &format!("--older-than={bad}")],
            2,
        );
        assert!(said.contains("--older-than"), "{said}");
    }
    assert_eq!(tree_fingerprint(data.root()), before);
}

#[test]
fn trash_empty_on_a_terminal_asks_and_only_yes_deletes() {
    let home = Home::new("");
    let data = DataDir::new(home.data_dir());
    deleted(&data, &morning());
    deleted(
        &data,
        &finished_session("2026-11-24T09:00:00+01:00", &[80.0], 900.0, None),
    );

    let mut pty = home.spawn(&["trash", "empty"], 80, 24);
    pty.wait_for("Delete 2 sessions from the trash for good? [y/N]");
    pty.send(b"n\n");
    pty.wait_for("Nothing was deleted.");
    let status = pty.wait_exit(Duration::from_secs(10)).expect("it ends");
    assert!(status.success(), "{status:?}");
    assert_eq!(trash_names(&data).len(), 2);

    let mut pty = home.spawn(&["trash", "empty"], 80, 24);
    pty.wait_for("[y/N]");
    pty.send(b"y\n");
    pty.wait_for("Deleted 2 sessions from the trash for good.");
    let status = pty.wait_exit(Duration::from_secs(10)).expect("it ends");
    assert!(status.success(), "{status:?}");
    assert!(trash_names(&data).is_empty());
}
