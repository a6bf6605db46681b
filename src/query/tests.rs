use chrono::Datelike;

use super::*;
use crate::session::SessionRecord;
use crate::stats::fixtures::session;

fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).expect("a test time")
}

/// A file is one file however often it is read: a reason that holds a
/// NaN (`active_secs = nan`) is not equal to itself, and must not make
/// the same file count twice.
#[test]
fn a_file_read_twice_is_counted_once_whatever_its_reason() {
    use crate::session::InvalidRecord;
    use crate::store::Reason;
    let nan = Unreadable {
        path: "sessions/2026-11-23/bad.toml".into(),
        reason: Reason::Invalid(InvalidRecord::Secs(f64::NAN)),
    };
    let rolling = Rolling {
        sessions: Vec::new(),
        unreadable: vec![nan.clone()],
    };
    assert!(rolling.unreadable_besides(&[nan]).is_empty());
}

fn saved(data: &DataDir, record: &SessionRecord) {
    data.save_new(record).expect("saved");
}

#[test]
fn the_next_is_due_after_remind_after_mins_and_never_when_it_is_zero() {
    let mut config = Config::default();
    let end = at("2026-11-23T06:50:00+01:00");
    assert_eq!(
        next_due(end, &config),
        Some(at("2026-11-23T09:50:00+01:00"))
    );
    config.goals.remind_after_mins = 0;
    assert_eq!(next_due(end, &config), None);
}

/// Saves sessions that start at each of `starts` (RFC 3339), 10 min each
/// with one let-down, each with an id of its own.
fn saved_at(data: &DataDir, starts: &[&str]) {
    for (i, start) in starts.iter().enumerate() {
        let mut record = session(start, 600.0, &[90.0]);
        record.id = format!("{}-{i}", record.id);
        saved(data, &record);
    }
}

/// How many sessions the last 24 hours at `now` hold, as a fresh read finds them.
fn count_at(data: &DataDir, config: &Config, now: &str) -> usize {
    last_24h(data, config, at(now)).at(at(now)).sessions
}

#[test]
fn the_last_24_hours_reach_back_across_midnight() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(dir.path().to_path_buf());
    let config = Config::default();
    saved_at(
        &data,
        &[
            "2026-11-22T06:00:00+01:00",
            "2026-11-22T08:00:00+01:00",
            "2026-11-22T23:30:00+01:00",
            "2026-11-23T00:30:00+01:00",
        ],
    );
    let mut by_hand = crate::stats::fixtures::with_volume(
        session("2026-11-23T06:40:00+01:00", 1200.0, &[]),
        80.0,
    );
    by_hand.letdown_count = Some(3);
    saved(&data, &by_hand);
    let broken = dir.path().join("sessions/2026-11-22/broken.toml");
    std::fs::write(&broken, "schema = 1\nid = \"half").expect("a broken file");
    let now = at("2026-11-23T07:00:00+01:00");
    let rolling = last_24h(&data, &config, now);
    let figures = rolling.at(now);
    // 06:00 yesterday is 25 h back; the other three of 600 s and the hand-entered 1200 s count.
    assert_eq!(figures.sessions, 4);
    assert!((figures.pumping_secs - 3000.0).abs() < 1e-9, "{figures:?}");
    assert_eq!(figures.letdown_count, 6);
    assert_eq!(figures.volume_ml, Some(80.0));
    assert_eq!(rolling.unreadable.len(), 1, "the day before's broken file");
    assert!(rolling.unreadable_besides(&rolling.unreadable).is_empty());
    // A number no number equals (NaN) in a file read twice is one file.
    std::fs::write(&broken, "schema = 1\nid = \"x\"\nstate = \"finished\"\nstarted = 2026-11-22T08:00:00+01:00\nactive_secs = nan\n")
        .expect("a file with a NaN");
    let again = last_24h(&data, &config, now);
    assert!(
        matches!(again.unreadable[0].reason, crate::store::Reason::Invalid(_)),
        "{:?}",
        again.unreadable
    );
    assert!(
        again
            .unreadable_besides(&last_24h(&data, &config, now).unreadable)
            .is_empty()
    );
    // Read once and asked later in the day, the night's sessions fall out.
    let later = rolling.at(at("2026-11-23T23:45:00+01:00"));
    assert_eq!(later.sessions, 2, "{later:?}");
}

#[test]
fn the_last_24_hours_are_24_real_hours_across_a_dst_change() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(dir.path().to_path_buf());
    let config = Config::default();
    // Clocks go forward at 02:00 on 29 March: 12:00 the next day is 23 h
    // of clock reading after 11:30 +01:00, but 22.5 real hours.
    saved_at(
        &data,
        &["2026-03-28T10:30:00+01:00", "2026-03-28T11:30:00+01:00"],
    );
    assert_eq!(count_at(&data, &config, "2026-03-29T12:00:00+02:00"), 1);
    // In the hour after midnight that night, 23:45 two days back by the
    // clock is 23 h 45 min ago: the day before yesterday is read for it.
    saved_at(
        &data,
        &["2026-03-28T23:15:00+01:00", "2026-03-28T23:45:00+01:00"],
    );
    assert_eq!(count_at(&data, &config, "2026-03-30T00:30:00+02:00"), 1);
    // Clocks go back at 03:00 on 25 October: 12:30 +02:00 is 24.5 real
    // hours before 12:00 +01:00 the next day, 13:30 +02:00 23.5.
    saved_at(
        &data,
        &["2026-10-24T12:30:00+02:00", "2026-10-24T13:30:00+02:00"],
    );
    assert_eq!(count_at(&data, &config, "2026-10-25T12:00:00+01:00"), 1);
}

#[test]
fn the_last_24_hours_with_a_day_that_starts_at_four() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(dir.path().to_path_buf());
    let text = "day_starts_at = \"04:00\"\n";
    let config = Config::parse(text, std::path::Path::new("c.toml")).expect("parses");
    // 03:30 on the 22nd counts toward the 21st, and is filed in the 22nd's folder.
    saved_at(
        &data,
        &[
            "2026-11-22T02:30:00+01:00",
            "2026-11-22T03:30:00+01:00",
            "2026-11-22T05:30:00+01:00",
            "2026-11-23T02:30:00+01:00",
        ],
    );
    // At 03:00 on the 23rd it is still the 22nd: 02:30 the day before is 24.5 h back.
    assert_eq!(today(&config, at("2026-11-23T03:00:00+01:00")).day(), 22);
    assert_eq!(count_at(&data, &config, "2026-11-23T03:00:00+01:00"), 3);
    // At 05:00 the 23rd has begun; 03:30 the day before is 25.5 h back.
    assert_eq!(count_at(&data, &config, "2026-11-23T05:00:00+01:00"), 2);
}

#[test]
fn a_session_exactly_24_hours_old_or_in_the_future_is_out() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(dir.path().to_path_buf());
    let config = Config::default();
    saved_at(
        &data,
        &[
            // Exactly 24 h old, in two offsets: out.
            "2026-11-22T07:00:00+01:00",
            "2026-11-22T06:00:00+00:00",
            // A millisecond younger: in; and one that starts at now: in.
            "2026-11-22T07:00:00.001+01:00",
            "2026-11-23T07:00:00+01:00",
            // Another machine's clock running ahead: out until it starts.
            "2026-11-23T07:00:01+01:00",
            "2026-11-24T06:00:00+01:00",
        ],
    );
    let now = at("2026-11-23T07:00:00+01:00");
    let rolling = last_24h(&data, &config, now);
    assert_eq!(rolling.at(now).sessions, 2);
    assert_eq!(rolling.at(at("2026-11-23T07:00:01+01:00")).sessions, 2);
}

#[test]
fn the_last_session_is_looked_for_back_to_the_bound_and_never_in_the_future() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = DataDir::new(dir.path().to_path_buf());
    let config = Config::default();
    let day = |text: &str| text.parse::<NaiveDate>().expect("a date");
    let old = session("2026-11-10T08:00:00+01:00", 600.0, &[]);
    let recent = session("2026-11-20T08:00:00+01:00", 600.0, &[]);
    saved(&data, &old);
    saved(&data, &recent);
    let now = at("2026-11-23T09:00:00+01:00");
    let report = day_report(&data, &config, day("2026-11-23"), LookBack::Whole);
    assert_eq!(report.recent.last_end(now), Some(session_end(&recent)));
    // 2026-11-10 is 14 days before the 24th, out of the look-back.
    let report = day_report(&data, &config, day("2026-11-24"), LookBack::Whole);
    assert_eq!(report.recent.last_end(now), Some(session_end(&recent)));
    let report = day_report(&data, &config, day("2026-12-04"), LookBack::Whole);
    assert_eq!(report.recent.last_end(now), None);
    // A session that starts after now is not the last one.
    let ahead = session("2026-11-23T09:05:00+01:00", 600.0, &[]);
    saved(&data, &ahead);
    let report = day_report(&data, &config, day("2026-11-23"), LookBack::Whole);
    assert_eq!(report.recent.last_end(now), Some(session_end(&recent)));
    let early = session("2026-11-23T07:00:00+01:00", 600.0, &[]);
    saved(&data, &early);
    let report = day_report(&data, &config, day("2026-11-23"), LookBack::Whole);
    assert_eq!(report.totals.sessions, 2);
    assert_eq!(report.recent.last_end(now), Some(session_end(&early)));
    assert_eq!(
        report.recent.last_end(at("2026-11-23T10:00:00+01:00")),
        Some(session_end(&ahead))
    );
}
