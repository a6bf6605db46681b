//! What a read of the data dir makes of its folders: one session per id,
//! the copies it passed over, sessions filed in another day's folder, and
//! files that are not sessions at all.

mod common;

use std::fs;
use std::path::PathBuf;

use chrono::{NaiveDate, NaiveTime};
use common::{fingerprint, finished_session};
use letdown::session::SessionRecord;
use letdown::store::{DataDir, MAX_SESSION_BYTES, Reason};

fn temp_data() -> (tempfile::TempDir, DataDir) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let data = DataDir::new(dir.path().join("letdown"));
    (dir, data)
}

fn date(text: &str) -> NaiveDate {
    text.parse().expect("a test date")
}

fn put(data: &DataDir, folder: &str, name: &str, record: &SessionRecord) -> PathBuf {
    let dir = data.day_dir(date(folder));
    fs::create_dir_all(&dir).expect("a day folder");
    let path = dir.join(name);
    fs::write(&path, record.to_toml().expect("toml")).expect("write");
    path
}

#[test]
fn copies_of_one_id_count_once_and_the_listing_names_them_for_a_delete() {
    let (_dir, data) = temp_data();
    let record = finished_session(common::T0, &[95.0], 600.0, Some(45.0));
    let own = data.save_new(&record).expect("saves");
    let copy = put(&data, "2026-11-23", "copy (conflicted copy).toml", &record);
    // A copy in the next day's folder is the same session too.
    let moved = put(&data, "2026-11-24", "moved.toml", &record);
    let listing = data.read_day(date("2026-11-23"), NaiveTime::MIN);
    assert_eq!(listing.sessions.len(), 1);
    let stored = &listing.sessions[0];
    assert_eq!(stored.path, own, "the file named by the id wins");
    let mut copies = stored.copies.clone();
    copies.sort();
    assert_eq!(copies, [copy.clone(), moved.clone()]);
    assert_eq!(listing.duplicates, copies);
    assert!(listing.misfiled.is_empty(), "{:?}", listing.misfiled);

    let trashed = data.trash_stored(stored).expect("trashed");
    assert_eq!(trashed.moves.len(), 3);
    for path in [&own, &copy, &moved] {
        assert!(!path.exists(), "{} left behind", path.display());
    }
    assert!(data.read_all().sessions.is_empty());
}

#[test]
fn a_session_a_day_off_is_found_and_one_further_only_by_a_full_read() {
    let (_dir, data) = temp_data();
    let before = finished_session("2026-11-22T23:30:00+01:00", &[], 600.0, None);
    let far = finished_session("2026-11-10T08:00:00+01:00", &[], 600.0, None);
    let near = put(&data, "2026-11-23", "a.toml", &before);
    let away = put(&data, "2026-11-23", "b.toml", &far);
    let day = data.read_day(date("2026-11-22"), NaiveTime::MIN);
    assert_eq!(day.sessions.len(), 1);
    assert_eq!(day.sessions[0].path, near);
    assert_eq!(day.misfiled.len(), 1);
    assert_eq!(day.misfiled[0].belongs, date("2026-11-22"));
    assert!(
        data.read_day(date("2026-11-23"), NaiveTime::MIN)
            .sessions
            .is_empty()
    );
    assert!(
        data.read_day(date("2026-11-10"), NaiveTime::MIN)
            .sessions
            .is_empty()
    );
    let range = data.read_range(date("2026-11-01"), date("2026-11-30"), NaiveTime::MIN);
    assert_eq!(
        range.sessions.len(),
        1,
        "a bounded read never depends on its bounds"
    );
    let all = data.read_all();
    assert_eq!(all.sessions.len(), 2);
    let mut misfiled: Vec<_> = all.misfiled.iter().map(|m| m.path.clone()).collect();
    misfiled.sort();
    assert_eq!(misfiled, [near, away]);
}

#[test]
fn a_file_too_large_or_not_regular_is_refused_unread_and_untouched() {
    let (_dir, data) = temp_data();
    let record = finished_session(common::T0, &[95.0], 600.0, None);
    let path = data.save_new(&record).expect("saves");
    let mut text = fs::read_to_string(&path).expect("read");
    text.push_str(&"# padding\n".repeat(usize::try_from(MAX_SESSION_BYTES).expect("fits") / 10));
    fs::write(&path, &text).expect("write");
    let pipe = data.day_dir(date("2026-11-23")).join("pipe.toml");
    rustix::fs::mkfifoat(
        rustix::fs::CWD,
        &pipe,
        rustix::fs::Mode::from_raw_mode(0o600),
    )
    .expect("a FIFO");
    let print = fingerprint(&path);
    let listing = data.read_day(date("2026-11-23"), NaiveTime::MIN);
    assert!(listing.sessions.is_empty());
    let reasons: Vec<_> = listing
        .unreadable
        .iter()
        .map(|u| u.reason.clone())
        .collect();
    assert_eq!(
        reasons,
        [Reason::TooLarge(MAX_SESSION_BYTES), Reason::NotRegular]
    );
    assert_eq!(fingerprint(&path), print);
}

#[test]
fn ranges_cost_the_folders_that_exist_not_the_calendar() {
    let (_dir, data) = temp_data();
    let record = finished_session(common::T0, &[95.0], 600.0, None);
    data.save_new(&record).expect("saves");
    for far in ["+99999-01-01", "9999-12-31", "0001-01-01"] {
        fs::create_dir_all(data.root().join("sessions").join(far)).expect("a folder");
    }
    // Every date there is: bounded by the folders listed, not by the days.
    let listing = data.read_range(NaiveDate::MIN, NaiveDate::MAX, NaiveTime::MIN);
    assert_eq!(listing.sessions.len(), 1);
    assert_eq!(data.read_all().sessions.len(), 1);
}
