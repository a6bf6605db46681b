//! What letdown writes, it reads back equal: any session the engine can make
//! (random commands and clock steps, finished with what the summary form
//! accepts) and any session an import accepts is written by the store and
//! read back as the file holds it; what a reader would refuse, no writer
//! writes.

mod common;

use std::fs;
use std::path::Path;

use common::{FakeClock, default_plan, proptest_runner};
use letdown::config::Units;
use letdown::format::parse_volume;
use letdown::session::{
    Comfort, Command, Engine, MAX_ML, MAX_SECS, Plan, SessionRecord, SessionResult,
};
use letdown::store::{DataDir, StateDir, exchange, read_session};
use proptest::prelude::*;

/// The record as its file holds it: seconds to the millisecond, volumes to
/// a tenth of a millilitre, times to the millisecond.
fn as_written(record: &SessionRecord) -> SessionRecord {
    toml::from_str(&record.to_toml().expect("serializes")).expect("reparses")
}

fn files_under(root: &Path) -> usize {
    fs::read_dir(root).map_or(0, |entries| {
        entries
            .map(|e| e.expect("an entry").path())
            .map(|p| if p.is_dir() { files_under(&p) } else { 1 })
            .sum()
    })
}

#[derive(Debug, Clone, Copy)]
enum Step {
    Tick,
    Apply(Command),
    /// `+` or `-` held down.
    Repeat(Command, u16),
}

fn steps() -> impl Strategy<Value = Vec<(f64, Step)>> {
    let command = prop_oneof![
        4 => Just(Command::Letdown),
        1 => Just(Command::Undo),
        2 => Just(Command::TogglePause),
        1 => Just(Command::NextPhase),
        1 => Just(Command::PrevPhase),
        2 => Just(Command::Extend),
        2 => Just(Command::Shorten),
    ];
    let step = prop_oneof![
        2 => Just(Step::Tick),
        6 => command.prop_map(Step::Apply),
        1 => (prop_oneof![Just(Command::Extend), Just(Command::Shorten)], 1..400u16)
            .prop_map(|(c, n)| Step::Repeat(c, n)),
    ];
    let forward = prop_oneof![
        4 => 0.0..10.0f64,
        2 => 10.0..900.0f64,
        1 => 3600.0..4.0 * 3600.0f64,
    ];
    prop::collection::vec((forward, step), 0..40)
}

/// The shipped plan, or one whose timed phase and target sit right at the
/// limit a record holds, where `+` must stop.
fn plans() -> impl Strategy<Value = Plan> {
    prop_oneof![
        Just(default_plan()),
        (0.0..3600.0f64, 0.0..3600.0f64).prop_map(|(phase_gap, target_gap)| {
            let mut plan = default_plan();
            plan.phases[0].secs = Some(MAX_SECS - phase_gap);
            plan.target_secs = MAX_SECS - target_gap;
            plan
        }),
    ]
}

/// What a user may type into one volume field.
fn typed_volume() -> impl Strategy<Value = String> {
    let number = prop_oneof![
        (0u32..2100).prop_map(|n| n.to_string()),
        (0.0..2100.0f64).prop_map(|n| format!("{n:.2}")),
        (0.0..80.0f64).prop_map(|n| format!("{n:.1}")),
    ];
    let unit = prop::sample::select(&["", "ml", "oz", " ml", "OZ"][..]);
    prop_oneof![
        1 => Just(String::new()),
        6 => (number, unit).prop_map(|(n, u)| format!("{n}{u}")),
    ]
}

/// A result as the summary form builds it from what was typed: each field
/// through the form's own parser; the total, when not typed, left plus right.
fn summary_result() -> impl Strategy<Value = SessionResult> {
    let comfort = prop::option::of(prop::sample::select(
        &[Comfort::Fine, Comfort::Tender, Comfort::Painful][..],
    ));
    let units = prop::sample::select(&[Units::Ml, Units::Oz][..]);
    (
        [typed_volume(), typed_volume(), typed_volume()],
        units,
        comfort,
        prop::option::of(any::<String>()),
    )
        .prop_map(|([left, right, total], units, comfort, note)| {
            let read = |text: &str| parse_volume(text, units).ok().flatten();
            let (left_ml, right_ml) = (read(&left), read(&right));
            let total_ml = read(&total).or(match (left_ml, right_ml) {
                (None, None) => None,
                (l, r) => Some(l.unwrap_or(0.0) + r.unwrap_or(0.0)),
            });
            // As the form keeps a note: trimmed, and none when empty.
            let note = note.map(|n| n.trim().to_string()).filter(|n| !n.is_empty());
            SessionResult {
                left_ml,
                right_ml,
                total_ml,
                comfort,
                note,
            }
        })
}

/// The session the engine makes of `steps`, as a running snapshot and finished.
fn drive(
    plan: Plan,
    steps: &[(f64, Step)],
    result: SessionResult,
) -> (SessionRecord, SessionRecord) {
    let clock = FakeClock::default();
    let mut engine = Engine::start(plan, clock.at(0.0), "test-host");
    let mut at = 0.0;
    for &(forward, step) in steps {
        at += forward;
        let now = clock.at(at);
        match step {
            Step::Tick => drop(engine.tick(now)),
            Step::Apply(command) => drop(engine.apply(command, now)),
            Step::Repeat(command, times) => {
                for _ in 0..times {
                    engine.apply(command, now);
                }
            }
        }
    }
    let running = engine.snapshot(clock.at(at)).clone();
    (running, engine.finish(clock.at(at + 1.0), result))
}

/// Writes a finished `record` every way the store does, and checks each
/// reads back as written; or, if a reader would refuse it, that nothing is.
fn check_finished(record: &SessionRecord) {
    let dir = tempfile::tempdir().expect("a temp dir");
    let data = DataDir::new(dir.path().join("data"));
    let state = StateDir::new(dir.path().join("state"));
    let written = as_written(record);
    let valid = record.validate_finished().is_ok() && written.validate_finished().is_ok();
    match data.save_new(record) {
        Ok(path) => {
            assert!(valid, "saved what a reader refuses: {record:?}");
            assert_eq!(read_session(&path).expect("reads back"), written);
            let stored = data
                .read_range(
                    record.started.local_date(),
                    record.started.local_date(),
                    chrono::NaiveTime::MIN,
                )
                .sessions;
            assert_eq!(stored.len(), 1, "listed on its day");
            data.rewrite(&stored[0], record)
                .expect("an unchanged file rewrites");
            assert_eq!(read_session(&path).expect("reads back"), written);
        }
        Err(err) => {
            assert!(!valid, "refused a valid session: {err}");
            assert!(
                record
                    .result
                    .volume_ml()
                    .is_some_and(|ml| ml > MAX_ML - 0.1),
                "only too much milk is refused here: {err}"
            );
            assert_eq!(files_under(dir.path()), 0, "nothing written: {err}");
            assert!(state.keep_unsaved(record).is_err(), "not kept either");
            assert_eq!(files_under(dir.path()), 0, "nothing written: {err}");
            return;
        }
    }
    state.keep_unsaved(record).expect("kept");
    assert_eq!(state.unsaved(), std::slice::from_ref(&written));
    for (text, read) in [
        (
            exchange::to_json(std::slice::from_ref(&written)).expect("exports"),
            exchange::from_json as fn(&str) -> _,
        ),
        (
            exchange::to_csv(std::slice::from_ref(&written)).expect("exports"),
            exchange::from_csv,
        ),
    ] {
        assert_eq!(
            read(&text).expect("imports"),
            std::slice::from_ref(&written)
        );
    }
}

/// Sessions as an import file may hold them: a good one with numbers
/// anywhere near the limits or past them.
fn imported(record: &SessionRecord, secs: f64, ml: f64, which: u8) -> SessionRecord {
    let mut record = record.clone();
    match which % 6 {
        0 => record.active_secs = secs,
        1 => record.paused_secs = secs,
        2 => record.result.left_ml = Some(ml),
        3 => record.result.total_ml = Some(ml),
        4 => {
            record.result.left_ml = Some(ml);
            record.result.right_ml = Some(ml);
            record.result.total_ml = None;
        }
        _ => record.schema = u32::from(which % 3),
    }
    record
}

#[test]
fn what_the_engine_and_the_summary_make_is_read_back_as_written() {
    let mut runner = proptest_runner(64);
    runner
        .run(
            &(plans(), steps(), summary_result()),
            |(plan, steps, result)| {
                let (running, finished) = drive(plan, &steps, result.clone());
                let dir = tempfile::tempdir().expect("a temp dir");
                let state = StateDir::new(dir.path().join("state"));
                state
                    .write_running(&running)
                    .expect("the engine's snapshot is saved");
                assert_eq!(
                    state.read_running().expect("reads back"),
                    Some(as_written(&running))
                );
                let mut bare = finished.clone();
                bare.result = SessionResult::default();
                assert!(
                    bare.validate_finished().is_ok(),
                    "the engine made a session no reader takes: {bare:?}"
                );
                check_finished(&bare);
                check_finished(&finished);
                Ok(())
            },
        )
        .expect("every session reads back");
}

#[test]
fn what_an_import_accepts_is_read_back_as_written() {
    let mut runner = proptest_runner(64);
    let secs = prop_oneof![
        0.0..100.0f64,
        (MAX_SECS - 1.0)..(MAX_SECS + 1.0),
        -1.0..0.0f64
    ];
    let ml = prop_oneof![
        0.0..100.0f64,
        (MAX_ML / 2.0 - 1.0)..(MAX_ML + 1.0),
        -1.0..0.0f64
    ];
    runner
        .run(
            &(steps(), secs, ml, any::<u8>()),
            |(steps, secs, ml, which)| {
                let (_, finished) = drive(default_plan(), &steps, SessionResult::default());
                let record = imported(&finished, secs, ml, which);
                let text = exchange::to_json(&[record]).expect("exports");
                if let Ok(records) = exchange::from_json(&text) {
                    let dir = tempfile::tempdir().expect("a temp dir");
                    let data = DataDir::new(dir.path().join("data"));
                    for record in &records {
                        let path = data.save_new(record).expect("an accepted import saves");
                        assert_eq!(read_session(&path).expect("reads back"), as_written(record));
                    }
                }
                Ok(())
            },
        )
        .expect("every import reads back");
}

#[test]
fn what_add_accepts_is_read_back_and_exported_as_written() {
    use letdown::session::HandEntry;
    let mut runner = proptest_runner(64);
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-23T12:00:00+01:00").expect("a time");
    runner
        .run(
            &(
                0i64..200_000,
                0.0..(25.0 * 3600.0f64),
                0u32..120,
                proptest::option::of(0.0..2100.0f64),
            ),
            |(before, secs, letdowns, total_ml)| {
                let started = now - chrono::Duration::seconds(before);
                let record = SessionRecord::by_hand(
                    HandEntry {
                        started,
                        secs,
                        letdowns: Some(letdowns),
                        result: SessionResult {
                            total_ml,
                            ..SessionResult::default()
                        },
                    },
                    "laptop",
                );
                let typed = record
                    .validate_typed(now)
                    .and_then(|()| record.validate_finished());
                let dir = tempfile::tempdir().expect("a temp dir");
                let data = DataDir::new(dir.path().join("data"));
                match data.save_new(&record) {
                    Ok(path) => {
                        assert_eq!(
                            read_session(&path).expect("reads back"),
                            as_written(&record)
                        );
                        let written = as_written(&record);
                        for back in [
                            exchange::from_json(
                                &exchange::to_json(std::slice::from_ref(&written)).expect("json"),
                            )
                            .expect("imports"),
                            exchange::from_csv(
                                &exchange::to_csv(std::slice::from_ref(&written)).expect("csv"),
                            )
                            .expect("imports"),
                        ] {
                            assert_eq!(back, std::slice::from_ref(&written));
                        }
                    }
                    Err(_) => assert!(typed.is_err(), "add would say saved: {record:?}"),
                }
                Ok(())
            },
        )
        .expect("every added session reads back");
}

#[test]
fn a_schema_three_session_is_read_back_equal() {
    use letdown::session::{
        Arm, ExperimentArm, Method, SCHEMA, Setup, Side, SideSwitch, Sides, Suction,
    };
    let clock = FakeClock::starting_at("2026-11-23T07:14:05.120+01:00");
    let mut engine =
        Engine::start(default_plan(), clock.at(0.0), "laptop").with_setup(Some(Setup {
            pump: Some("Spectra S1".into()),
            flange_left_mm: Some(24.0),
            flange_right_mm: Some(21.5),
            suction: Some(Suction("max".into())),
            method: Some(Method::PumpAndHand),
            sides: Some(Sides::OneAtATime),
        }));
    engine.apply(Command::Letdown, clock.at(70.25));
    engine.apply(Command::SwitchSide, clock.at(200.5));
    engine.apply(Command::Letdown, clock.at(260.0));
    let mut record = engine.finish(clock.at(600.0), SessionResult::default());
    record.result.left_ml = Some(40.0);
    record.result.right_ml = Some(35.5);
    record.experiment = Some(ExperimentArm {
        name: "compress".into(),
        arm: Arm::B,
    });
    let sides: Vec<_> = record.letdowns.iter().map(|l| l.side).collect();
    assert_eq!(sides, [Some(Side::Left), Some(Side::Right)]);
    assert_eq!(
        record.switches,
        [SideSwitch {
            at_secs: 200.5,
            side: Side::Right
        }]
    );
    let dir = tempfile::tempdir().expect("a temp dir");
    let data = DataDir::new(dir.path().to_path_buf());
    let path = data.save_new(&record).expect("saved");
    let text = fs::read_to_string(&path).expect("the file");
    assert!(text.starts_with("schema = 3\n"), "{text}");
    let back = read_session(&path).expect("read back");
    assert_eq!(back.schema, SCHEMA);
    assert_eq!(back, as_written(&record));
}
