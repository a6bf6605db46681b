//! Time during a session, through the whole app and into the data dir: a wall
//! clock that jumps, a DST change and a time-zone change alter no duration
//! and no start offset, and the finished session is filed under the day it
//! started, in the offset it started in. The engine alone is in `engine.rs`.

mod common;
// This crate drives the app in that fixture's folders; its clock starts at a
// fixed time, so the clocks here are the common ones.
#[allow(dead_code)]
#[path = "session_screen/fixture.rs"]
mod fixture;

use chrono::{NaiveDate, NaiveTime};
use ratatui::crossterm::event::KeyCode;

use common::{FakeClock, assert_secs, chrono_secs, wall};
use fixture::{Folders, ch, key};
use letdown::session::{Now, SessionRecord};
use letdown::store::{day_of, read_session};
use letdown::tui::app::{App, Opening, Screen};
use letdown::tui::theme::Theme;

/// A session run by the app on a fake clock.
struct Timed {
    // Declared first so it lets go of the lock before the folders go.
    app: App,
    folders: Folders,
    clock: FakeClock,
}

impl Timed {
    /// A new session whose wall clock reads `start`.
    fn start(start: &str) -> Self {
        let folders = Folders::new();
        let clock = FakeClock::starting_at(start);
        let lock = folders.context.state.lock().expect("the session lock");
        let app = App::new(
            &folders.context,
            Some(lock),
            Opening::Fresh(None),
            clock.at(0.0),
            Theme::plain(),
        );
        Self {
            app,
            folders,
            clock,
        }
    }

    /// The monotonic clock at `secs` while the wall reads `wall`.
    fn at(&self, secs: f64, wall_reads: &str) -> Now {
        self.clock.at_with_wall(secs, wall(wall_reads))
    }

    /// Ends the session (Enter on the empty summary) and reads back the file it saved.
    fn finish(mut self, now: Now) -> (std::path::PathBuf, SessionRecord, Self) {
        self.app.on_key(&ch('e'), now);
        self.app.on_key(&key(KeyCode::Enter), now);
        let Screen::Day(view) = &self.app.screen else {
            panic!("expected the day screen after saving");
        };
        let path = view.selected().expect("the saved session").path.clone();
        let record = read_session(&path).expect("the saved file reads");
        (path, record, self)
    }

    fn ids_of(&self, day: &str, starts: &str) -> Vec<String> {
        let starts = NaiveTime::parse_from_str(starts, "%H:%M").expect("a time");
        self.folders
            .context
            .data
            .read_day(date(day), starts)
            .sessions
            .into_iter()
            .map(|s| s.record.id)
            .collect()
    }
}

fn date(text: &str) -> NaiveDate {
    text.parse().expect("a date")
}

fn letdown_secs(record: &SessionRecord) -> Vec<f64> {
    record.letdowns.iter().map(|l| l.at_secs.round()).collect()
}

#[test]
fn a_session_across_midnight_with_wall_jumps_keeps_its_clock_and_its_start_day() {
    let mut run = Timed::start("2026-11-23T23:50:00+01:00");
    run.app
        .on_key(&ch(' '), run.at(300.0, "2026-11-23T23:55:00+01:00"));
    // The wall clock jumps an hour forward (a correction), then an hour back.
    run.app.tick(run.at(600.0, "2026-11-24T01:00:00+01:00"));
    run.app
        .on_key(&ch(' '), run.at(900.0, "2026-11-24T01:05:00+01:00"));
    run.app.tick(run.at(1500.0, "2026-11-23T23:15:00+01:00"));
    run.app
        .on_key(&ch(' '), run.at(1800.0, "2026-11-23T23:20:00+01:00"));
    let end = run.at(2400.0, "2026-11-24T00:30:00+01:00");
    let (path, record, run) = run.finish(end);

    assert_secs(record.active_secs, 2400.0);
    assert_secs(record.paused_secs, 0.0);
    assert!(record.pauses.is_empty(), "{:?}", record.pauses);
    assert_eq!(letdown_secs(&record), [300.0, 900.0, 1800.0]);
    // Wall times only label: each tap carries what the wall read then.
    assert_eq!(record.letdowns[1].at.0, wall("2026-11-24T01:05:00+01:00"));
    assert_eq!(record.started.0, wall("2026-11-23T23:50:00+01:00"));
    assert_eq!(record.started.0.offset().local_minus_utc(), 3600);
    assert_eq!(record.ended.expect("ended").0, end.wall);

    let folder = run.folders.context.data.day_dir(date("2026-11-23"));
    assert_eq!(path.parent(), Some(folder.as_path()), "{}", path.display());
    assert!(record.id.starts_with("2026-11-23T235000-"), "{}", record.id);
    assert_eq!(run.ids_of("2026-11-23", "00:00"), [record.id.as_str()]);
    assert_eq!(run.ids_of("2026-11-23", "04:00"), [record.id.as_str()]);
    assert!(run.ids_of("2026-11-24", "00:00").is_empty());
    let Screen::Day(view) = &run.app.screen else {
        panic!("expected the day screen");
    };
    assert_eq!(
        view.day,
        date("2026-11-23"),
        "the day screen opens on its day"
    );
}

#[test]
fn a_session_through_the_autumn_dst_change_keeps_its_clock_and_offset() {
    // Europe falls back at 03:00 +02:00, to 02:00 +01:00.
    let mut run = Timed::start("2026-10-25T02:50:00+02:00");
    run.app.tick(run.at(600.0, "2026-10-25T02:00:00+01:00"));
    run.app
        .on_key(&ch(' '), run.at(900.0, "2026-10-25T02:05:00+01:00"));
    // By the wall it ends 30 minutes before it began; by the clock, 30 after.
    let end = run.at(1800.0, "2026-10-25T02:20:00+01:00");
    assert_eq!(end.wall, run.clock.at(1800.0).wall, "the same instant");
    let (path, record, run) = run.finish(end);

    assert_secs(record.active_secs, 1800.0);
    assert_secs(record.paused_secs, 0.0);
    assert_eq!(letdown_secs(&record), [900.0]);
    assert_eq!(record.letdowns[0].at.0.offset().local_minus_utc(), 3600);
    assert_eq!(record.started.0.offset().local_minus_utc(), 7200);
    let ended = record.ended.expect("ended").0;
    assert_eq!(ended - record.started.0, chrono_secs(1800.0));

    assert!(path.starts_with(run.folders.context.data.day_dir(date("2026-10-25"))));
    assert_eq!(run.ids_of("2026-10-25", "00:00"), [record.id.as_str()]);
    let Screen::Day(view) = &run.app.screen else {
        panic!("expected the day screen");
    };
    assert_secs(view.totals.active_secs, 1800.0);
}

#[test]
fn a_session_that_changes_time_zone_is_filed_in_the_zone_it_started_in() {
    // Started just after midnight in Paris; the machine moves to New York,
    // where it is still the evening before.
    let mut run = Timed::start("2026-11-24T00:10:00+01:00");
    run.app.tick(run.at(1200.0, "2026-11-23T18:30:00-05:00"));
    run.app
        .on_key(&ch(' '), run.at(1500.0, "2026-11-23T18:35:00-05:00"));
    let end = run.at(1800.0, "2026-11-23T18:40:00-05:00");
    let (path, record, run) = run.finish(end);

    assert_secs(record.active_secs, 1800.0);
    assert_eq!(letdown_secs(&record), [1500.0]);
    assert_eq!(record.started.0.offset().local_minus_utc(), 3600);
    assert!(record.id.starts_with("2026-11-24T001000-"), "{}", record.id);
    assert!(path.starts_with(run.folders.context.data.day_dir(date("2026-11-24"))));
    assert_eq!(run.ids_of("2026-11-24", "00:00"), [record.id.as_str()]);
    assert!(run.ids_of("2026-11-23", "00:00").is_empty());
    // A day that begins at 04:00 counts 00:10 as the night before, wherever it was filed.
    let four = NaiveTime::from_hms_opt(4, 0, 0).expect("a time");
    assert_eq!(day_of(&record, four), date("2026-11-23"));
    assert_eq!(run.ids_of("2026-11-23", "04:00"), [record.id.as_str()]);
    assert!(run.ids_of("2026-11-24", "04:00").is_empty());
}
