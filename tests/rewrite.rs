//! Editing a stored session: the rewrite is a compare-and-swap on the
//! file's bytes, so an edit never overwrites a version newer than the one it
//! was opened on, and the file stays where it is.

mod common;

use std::fs;
use std::path::Path;

use chrono::NaiveTime;
use common::{fingerprint, finished_session};
use letdown::store::{DataDir, StoreError, Stored, read_session};

fn temp_data() -> (tempfile::TempDir, DataDir) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let data = DataDir::new(dir.path().join("letdown"));
    (dir, data)
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

/// The one session stored on 2026-11-23, as the day screen reads it.
fn stored_on_the_day(data: &DataDir) -> Stored {
    let mut listing = data.read_day("2026-11-23".parse().expect("a date"), NaiveTime::MIN);
    assert_eq!(listing.sessions.len(), 1, "{listing:?}");
    listing.sessions.remove(0)
}

#[test]
fn a_rewrite_replaces_the_session_the_user_edited() {
    let (_dir, data) = temp_data();
    let record = finished_session(common::T0, &[95.0], 600.0, None);
    let path = data.save_new(&record).expect("saves");
    let stored = stored_on_the_day(&data);
    let mut edited = stored.record.clone();
    edited.result.note = Some("edited".to_string());
    data.rewrite(&stored, &edited).expect("rewrites");
    let again = stored_on_the_day(&data);
    assert_eq!(again.path, path);
    assert_eq!(again.record.result.note.as_deref(), Some("edited"));
}

#[test]
fn a_rewrite_keeps_the_file_where_it_is() {
    let (_dir, data) = temp_data();
    let record = finished_session(common::T0, &[95.0], 600.0, None);
    let filed = data.save_new(&record).expect("saves");
    // A sync tool's name for it, in its own day's folder.
    let path = filed.with_file_name("conflict-copy.toml");
    fs::rename(&filed, &path).expect("renamed");
    let stored = stored_on_the_day(&data);
    let mut edited = stored.record.clone();
    edited.started = letdown::session::Timestamp(common::wall("2026-11-23T08:00:00+01:00"));
    edited.result.note = Some("moved an hour".to_string());
    data.rewrite(&stored, &edited).expect("rewrites");
    assert_eq!(
        names(path.parent().expect("its folder")),
        ["conflict-copy.toml"]
    );
    assert_eq!(read_session(&path).expect("reads"), edited);
}

#[test]
fn a_rewrite_of_a_file_changed_since_it_was_read_writes_nothing_and_returns_the_newer() {
    let (_dir, data) = temp_data();
    let record = finished_session(common::T0, &[95.0], 600.0, None);
    let path = data.save_new(&record).expect("saves");
    let stored = stored_on_the_day(&data);
    // Another window saves a note meanwhile.
    let mut theirs = record.clone();
    theirs.result.note = Some("from the other window".to_string());
    fs::write(&path, theirs.to_toml().expect("serializes")).expect("their save");
    let before = fingerprint(&path);
    let mut mine = stored.record.clone();
    mine.result.note = Some("mine".to_string());
    let err = data.rewrite(&stored, &mine).expect_err("refused");
    assert_eq!(fingerprint(&path), before, "the newer file is untouched");
    let StoreError::Changed { newer, .. } = err else {
        panic!("not a change: {err}");
    };
    let newer = (*newer).expect("the newer version reads");
    assert_eq!(newer.record, theirs);
    assert_eq!(newer.path, path);
    // The newer version, edited in turn, saves.
    let mut merged = newer.record.clone();
    merged.result.note = Some("both".to_string());
    data.rewrite(&newer, &merged)
        .expect("rewrites the newer version");
    assert_eq!(stored_on_the_day(&data).record, merged);
}

#[test]
fn a_rewrite_of_a_file_changed_into_one_that_cannot_be_read_says_why() {
    let (_dir, data) = temp_data();
    let record = finished_session(common::T0, &[95.0], 600.0, None);
    let path = data.save_new(&record).expect("saves");
    let stored = stored_on_the_day(&data);
    fs::write(&path, b"schema = 1\nid = \"half a hand edit").expect("spoiled");
    let before = fingerprint(&path);
    let err = data.rewrite(&stored, &record).expect_err("refused");
    assert!(
        matches!(&err, StoreError::Changed { newer, .. } if newer.is_err()),
        "{err:?}"
    );
    assert_eq!(fingerprint(&path), before, "left as it is");
}

#[test]
fn a_rewrite_of_a_file_gone_since_it_was_read_writes_nothing() {
    let (_dir, data) = temp_data();
    let record = finished_session(common::T0, &[95.0], 600.0, None);
    let path = data.save_new(&record).expect("saves");
    let stored = stored_on_the_day(&data);
    data.trash(&path).expect("deleted in another window");
    let err = data.rewrite(&stored, &record).expect_err("refused");
    assert!(matches!(err, StoreError::Gone { .. }), "{err:?}");
    assert!(!path.exists(), "not brought back by the edit");
    assert_eq!(
        names(path.parent().expect("its folder")),
        Vec::<String>::new()
    );
}
