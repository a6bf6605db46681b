//! The benchmarks' history generator writes what letdown reads: valid
//! schema-1 sessions, ten a day, the same ones for the same seed.

#[allow(dead_code)] // the benchmarks use more of it
#[path = "../benches/support/history.rs"]
mod history;

use std::fs;
use std::path::Path;

use chrono::NaiveDate;
use letdown::store::{DataDir, read_session};

fn every_file(root: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    for day in fs::read_dir(root.join("sessions")).expect("day folders") {
        for file in fs::read_dir(day.expect("a day").path()).expect("a day folder") {
            let path = file.expect("a file").path();
            let bytes = fs::read(&path).expect("readable");
            files.push((path.display().to_string(), bytes));
        }
    }
    files.sort();
    files
}

#[test]
fn sessions_are_valid_ten_a_day_and_the_same_for_a_seed() {
    let last = NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date");
    let dir = tempfile::tempdir().expect("a temp dir");
    let written = history::generate(dir.path(), 45, last, 7).expect("written");
    assert_eq!(written.sessions, 45);
    assert_eq!(written.last_day, last);
    assert_eq!(
        written.first_day,
        NaiveDate::from_ymd_opt(2026, 11, 19).expect("a date")
    );

    let data = DataDir::new(dir.path().to_path_buf());
    let listing = data.read_range(written.first_day, last, chrono::NaiveTime::MIN);
    assert!(listing.unreadable.is_empty(), "{:?}", listing.unreadable);
    assert_eq!(listing.sessions.len(), 45);
    for day in data.days() {
        let count = data.read_day(day, chrono::NaiveTime::MIN).sessions.len();
        assert_eq!(count, if day == last { 5 } else { 10 }, "{day}");
    }
    for stored in &listing.sessions {
        let record = read_session(&stored.path).expect("a session file");
        assert!(record.letdowns.len() <= 8);
        assert!(
            record
                .letdowns
                .iter()
                .all(|l| l.at_secs > 0.0 && l.at_secs < record.active_secs)
        );
        assert!(
            record
                .letdowns
                .windows(2)
                .all(|w| w[0].at_secs < w[1].at_secs)
        );
        assert!(record.ended.is_some_and(|end| end > record.started));
    }

    let again = tempfile::tempdir().expect("a temp dir");
    history::generate(again.path(), 45, last, 7).expect("written again");
    let names = |root: &Path| -> Vec<(String, Vec<u8>)> {
        every_file(root)
            .into_iter()
            .map(|(path, bytes)| (path.replace(&root.display().to_string(), ""), bytes))
            .collect()
    };
    assert_eq!(names(dir.path()), names(again.path()));
}
