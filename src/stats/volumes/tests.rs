use super::*;
use crate::session::{Setup, Sides};
use crate::stats::fixtures::{session, with_volume};

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a date")
}

fn with_setup(mut record: SessionRecord, mm: f64, sides: Sides) -> SessionRecord {
    record.setup = Some(Setup {
        flange_left_mm: Some(mm),
        flange_right_mm: Some(mm),
        sides: Some(sides),
        ..Setup::default()
    });
    record
}

#[test]
fn a_day_splits_left_and_right_and_today_is_so_far() {
    let mut a = session("2026-11-23T07:00:00+01:00", 900.0, &[60.0]);
    a.result.left_ml = Some(40.0);
    a.result.right_ml = Some(30.0);
    let b = with_volume(session("2026-11-23T22:00:00+01:00", 900.0, &[]), 50.0);
    let c = with_volume(session("2026-11-24T03:00:00+01:00", 900.0, &[]), 20.0);
    let midnight = NaiveTime::MIN;
    let v = volumes(
        [&a, &b, &c],
        day("2026-11-23"),
        day("2026-11-24"),
        day("2026-11-24"),
        midnight,
    );
    assert_eq!(v.days[0].volume_ml, Some(120.0));
    assert_eq!(v.days[0].left_ml, Some(40.0));
    assert_eq!(v.days[0].right_ml, Some(30.0));
    assert!(!v.days[0].so_far);
    assert!(v.days[1].so_far);
    // The week ends yesterday; today's partial day never counts.
    assert_eq!(v.week.to, Some(day("2026-11-23")));
    assert_eq!(v.week.average_ml, Some(120.0));
    assert_eq!(v.week.previous_average_ml, None);
    let parts: Vec<_> = v
        .by_time_of_day
        .iter()
        .map(|p| (p.part, p.sessions, p.volume_ml))
        .collect();
    assert_eq!(
        parts,
        [
            ("night", 1, Some(20.0)),
            ("morning", 1, Some(70.0)),
            ("afternoon", 0, None),
            ("evening", 1, Some(50.0))
        ]
    );
    assert!(v.by_setup.is_empty(), "no setup, no split by it");
}

#[test]
fn the_week_is_compared_with_the_week_before() {
    let mut all = Vec::new();
    for d in 1..=14 {
        let ml = if d <= 7 { 500.0 } else { 560.0 };
        all.push(with_volume(
            session(&format!("2026-11-{d:02}T08:00:00+01:00"), 900.0, &[]),
            ml,
        ));
    }
    let v = volumes(
        &all,
        day("2026-11-09"),
        day("2026-11-15"),
        day("2026-11-15"),
        NaiveTime::MIN,
    );
    assert_eq!(v.week.average_ml, Some(560.0));
    assert_eq!(v.week.previous_average_ml, Some(500.0));
    assert_eq!(v.week.change_ml, Some(60.0));
}

#[test]
fn figures_by_setup_come_when_more_than_one_ran() {
    let mut a = with_setup(
        with_volume(
            session("2026-11-23T07:00:00+01:00", 900.0, &[60.0, 200.0]),
            90.0,
        ),
        24.0,
        Sides::Both,
    );
    a.result.comfort = Some(Comfort::Tender);
    let b = with_setup(
        with_volume(session("2026-11-23T10:00:00+01:00", 900.0, &[40.0]), 110.0),
        21.0,
        Sides::Both,
    );
    let c = with_setup(
        session("2026-11-23T13:00:00+01:00", 900.0, &[80.0, 300.0, 500.0]),
        21.0,
        Sides::Both,
    );
    let v = volumes(
        [&a, &b, &c],
        day("2026-11-23"),
        day("2026-11-23"),
        day("2026-11-30"),
        NaiveTime::MIN,
    );
    let rows: Vec<_> = v
        .by_setup
        .iter()
        .map(|f| {
            (
                f.by,
                f.value.as_str(),
                f.sessions,
                f.volume_ml_per_session,
                f.tender,
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("flange", "21 mm", 2, Some(110.0), 0),
            ("flange", "24 mm", 1, Some(90.0), 1)
        ],
        "sides were the same throughout: no split by them"
    );
    assert!(
        v.by_setup[0]
            .letdowns_per_session
            .is_some_and(|n| (n - 2.0).abs() < 1e-9)
    );
    assert_eq!(v.by_setup[0].median_first_letdown_secs, Some(60.0));
}
