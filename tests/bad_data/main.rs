//! Bad data: broken, foreign and future session files beside good ones, read
//! by the printing commands and drawn by the screens; a broken running file;
//! broken configs. Nothing may panic, the good sessions are listed, the bad
//! files counted, and not one file changes.

#[path = "../common/mod.rs"]
mod common;
// This crate uses the app and folders of that fixture, not its session helpers.
#[allow(dead_code)]
#[path = "../session_screen/fixture.rs"]
mod fixture;

mod commands;
mod configs;
mod mutations;
mod running;
mod screens;

use std::fs;
use std::path::PathBuf;

use chrono::{Days, FixedOffset, NaiveDate, NaiveTime, TimeZone};
use letdown::session::{Comfort, SessionRecord, SessionResult};
use letdown::store::{DataDir, day_of, read_session};
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::TestRunner;

use common::finished_session;
use mutations::{Mutation, Spoiled, mutation};

/// A good session to write: on which of the two days, when, and how it went.
#[derive(Debug, Clone)]
pub struct Good {
    day: usize,
    minute_of_day: u32,
    offset_hours: i32,
    letdowns: Vec<f64>,
    active_secs: f64,
    comfort: Option<Comfort>,
}

/// A bad file to write: which good file it spoils, and in which day's folder.
#[derive(Debug, Clone)]
pub struct Bad {
    from: Index,
    day: usize,
    mutation: Mutation,
}

/// What one case writes into a data dir, and when its days begin.
#[derive(Debug, Clone)]
pub struct Plan {
    good: Vec<Good>,
    bad: Vec<Bad>,
    /// `day_starts_at`: midnight, or 04:00 for a night owl.
    pub day_start: NaiveTime,
}

fn good() -> impl Strategy<Value = Good> {
    (
        0..2usize,
        0..24 * 60u32,
        prop::sample::select(&[0, 1, 2, 14, -5, -12][..]),
        prop::collection::vec(1.0..1800.0f64, 0..5),
        60.0..3600.0f64,
        prop::option::of(prop::sample::select(
            &[Comfort::Fine, Comfort::Tender, Comfort::Painful][..],
        )),
    )
        .prop_map(
            |(day, minute_of_day, offset_hours, mut letdowns, active_secs, comfort)| {
                letdowns.retain(|at| *at < active_secs);
                letdowns.sort_by(f64::total_cmp);
                Good {
                    day,
                    minute_of_day,
                    offset_hours,
                    letdowns,
                    active_secs,
                    comfort,
                }
            },
        )
}

/// One to four good sessions and one to eight bad files.
pub fn plan() -> impl Strategy<Value = Plan> {
    let day_starts = [
        NaiveTime::MIN,
        NaiveTime::from_hms_opt(4, 0, 0).expect("04:00"),
    ];
    (
        prop::sample::select(day_starts.to_vec()),
        prop::collection::vec(good(), 1..=4),
        prop::collection::vec(
            (any::<Index>(), 0..2usize, mutation()).prop_map(|(from, day, mutation)| Bad {
                from,
                day,
                mutation,
            }),
            1..=8,
        ),
    )
        .prop_map(|(day_start, good, bad)| Plan {
            good,
            bad,
            day_start,
        })
}

/// What a case wrote.
pub struct Scene {
    data: DataDir,
    day_start: NaiveTime,
    /// The good sessions and their files.
    pub good: Vec<(PathBuf, SessionRecord)>,
    /// The bad files (and folders) and how they were made.
    pub bad: Vec<(PathBuf, Mutation)>,
}

impl Scene {
    /// Writes `plan` into `data`, the sessions on `days[0]` and `days[1]`.
    /// Checks on the way that the store refuses what must be refused and
    /// reads a copy of a good file.
    #[must_use]
    pub fn write(data: &DataDir, days: [NaiveDate; 2], plan: &Plan) -> Self {
        let mut good = Vec::new();
        for (i, g) in plan.good.iter().enumerate() {
            let record = good_session(days[g.day], g, i);
            let path = data.save_new(&record).expect("a good session saves");
            good.push((path, record));
        }
        let mut bad = Vec::new();
        for (i, b) in plan.bad.iter().enumerate() {
            let (from, _) = &good[b.from.index(good.len())];
            let text = fs::read_to_string(from).expect("a good file");
            let folder = data.day_dir(days[b.day]);
            fs::create_dir_all(&folder).expect("a day folder");
            let path = folder.join(format!("bad-{i}.toml"));
            match b.mutation.apply(&text) {
                Spoiled::File(bytes) => fs::write(&path, bytes).expect("write a bad file"),
                Spoiled::Folder => fs::create_dir_all(&path).expect("a folder like a file"),
            }
            if b.mutation.must_be_unreadable(&text) {
                assert!(
                    read_session(&path).is_err(),
                    "{:?} was read as a session:\n{}",
                    b.mutation,
                    String::from_utf8_lossy(&fs::read(&path).unwrap_or_default())
                );
            }
            if matches!(b.mutation, Mutation::Duplicate) {
                assert!(read_session(&path).is_ok(), "a copy of a good file");
            }
            bad.push((path, b.mutation.clone()));
        }
        Self {
            data: data.clone(),
            day_start: plan.day_start,
            good,
            bad,
        }
    }

    /// The good sessions that count toward `from..=to`.
    #[must_use]
    pub fn good_within(&self, from: NaiveDate, to: NaiveDate) -> Vec<&SessionRecord> {
        self.good
            .iter()
            .map(|(_, record)| record)
            .filter(|r| (from..=to).contains(&day_of(r, self.day_start)))
            .collect()
    }

    /// What reading `from..=to` must find, worked out file by file: the ids
    /// of the sessions that count toward those days and are filed within a
    /// day of it, each once, sorted, and how many files in the range's
    /// folders could not be read. A day that begins after midnight has its
    /// small hours in the next day's folder.
    #[must_use]
    pub fn expected(&self, from: NaiveDate, to: NaiveDate) -> (Vec<String>, usize) {
        self.worked_out(Some((from, to)))
    }

    /// What reading everything must find: every session once, wherever it
    /// is filed, and every file that could not be read.
    #[must_use]
    pub fn expected_all(&self) -> (Vec<String>, usize) {
        self.worked_out(None)
    }

    fn worked_out(&self, range: Option<(NaiveDate, NaiveDate)>) -> (Vec<String>, usize) {
        let late = self.day_start != NaiveTime::MIN;
        let (mut ids, mut unreadable) = (Vec::new(), 0);
        let root = self.data.root().join("sessions");
        for folder in fs::read_dir(&root).expect("the sessions folder") {
            let folder = folder.expect("an entry").path();
            let name = folder.file_name().expect("a name").to_string_lossy();
            let Ok(date) = name.parse::<NaiveDate>() else {
                continue;
            };
            let reported = range.is_none_or(|(from, to)| {
                let last = if late {
                    to.succ_opt().expect("a date")
                } else {
                    to
                };
                (from..=last).contains(&date)
            });
            for entry in fs::read_dir(&folder).expect("a day folder") {
                let path = entry.expect("an entry").path();
                let name = path.file_name().expect("a name").to_string_lossy();
                if name.starts_with('.') || !name.ends_with(".toml") || path.is_dir() {
                    continue;
                }
                match read_session(&path) {
                    Ok(record) => {
                        let day = day_of(&record, self.day_start);
                        if range.is_none_or(|(from, to)| {
                            (from..=to).contains(&day) && (date - day).num_days().abs() <= 1
                        }) {
                            ids.push(record.id);
                        }
                    }
                    Err(_) if reported => unreadable += 1,
                    Err(_) => {}
                }
            }
        }
        ids.sort();
        ids.dedup();
        (ids, unreadable)
    }
}

/// A session as the engine makes it, with a result, on `day`.
fn good_session(day: NaiveDate, g: &Good, n: usize) -> SessionRecord {
    let offset = FixedOffset::east_opt(g.offset_hours * 3600).expect("an offset");
    let local = day
        .and_hms_opt(g.minute_of_day / 60, g.minute_of_day % 60, 0)
        .expect("a time");
    let started = offset
        .from_local_datetime(&local)
        .single()
        .expect("a fixed offset has one reading");
    let mut record = finished_session(&started.to_rfc3339(), &g.letdowns, g.active_secs, None);
    // A fixed id keeps a failing case reproducible.
    record.id = format!("{}-test-host-g{n}", started.format("%Y-%m-%dT%H%M%S"));
    record.result = SessionResult {
        left_ml: Some(40.0 + n as f64),
        right_ml: Some(35.5),
        total_ml: None,
        comfort: g.comfort,
        note: n.is_multiple_of(2).then(|| format!("note {n}")),
    };
    record
}

/// Runs `case` on each value `runner` draws from `strategy`, panicking with
/// the smallest failing value, and returns the sum of the counts it returned.
pub fn tally<S: Strategy, const N: usize>(
    runner: &mut TestRunner,
    strategy: &S,
    case: impl Fn(S::Value) -> [usize; N],
) -> [usize; N] {
    let sum = std::cell::Cell::new([0; N]);
    let result = runner.run(strategy, |value| {
        let counts = case(value);
        sum.set(std::array::from_fn(|i| sum.get()[i] + counts[i]));
        Ok(())
    });
    if let Err(err) = result {
        panic!("{err}");
    }
    sum.get()
}

/// `days` days back from `day`.
#[must_use]
pub fn days_before(day: NaiveDate, days: u64) -> NaiveDate {
    day.checked_sub_days(Days::new(days)).expect("a date")
}

/// A session whose every free text carries terminal escape sequences: a
/// synced or hand-edited file must not be able to drive the terminal.
pub const ESCAPES: &str = r#"schema = 1
id = "2026-11-23T071405-esc\u001b]0;title\u0007"
state = "finished"
started = 2026-11-23T07:14:05.120+01:00
active_secs = 600.0

[[letdowns]]
at_secs = 95.0
at = 2026-11-23T07:15:40.120+01:00

[[phases]]
name = "Mass\u001b[5mage\r"
from_secs = 0.0
to_secs = 600.0

[[triggers]]
at_secs = 60.0
name = "warm\u001b[2J\u001b[31mred"

[result]
comfort = "fine"
note = "x\u001b[2Jy\u0008\u009b31m"
"#;

/// Whether `text` holds a control character other than a line break.
#[must_use]
pub fn has_control(text: &str) -> bool {
    text.chars().any(|c| c.is_control() && c != '\n')
}
