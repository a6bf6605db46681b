//! The coach that learns the user: timings from their last sessions of a
//! plan (within bounds), the personal finish line that stays until the next
//! let-down or a key, and the new session's plan, arm and learned timings
//! read from a data dir. An engine on a fake clock, and the query layer.

#![allow(clippy::float_cmp)]

mod common;

use common::{FakeClock, Sandbox, finished_session};
use letdown::config::Config;
use letdown::session::{Command, Engine, Learned, Plan, SessionRecord};
use letdown::stats::learn;
use letdown::store::DataDir;

/// `n` sessions on days from 2026-11-01, each with let-downs at `at`.
fn history(n: usize, at: &[f64]) -> Vec<SessionRecord> {
    (0..n)
        .map(|i| {
            let started = format!("2026-11-{:02}T07:00:00+01:00", i % 28 + 1);
            finished_session(&started, at, 1200.0, Some(90.0))
        })
        .collect()
}

fn learned_from(at: &[f64]) -> Learned {
    learn(&history(12, at)).expect("twelve timed sessions")
}

fn triggers_shown(engine: &Engine) -> Vec<f64> {
    engine.record().triggers.iter().map(|t| t.at_secs).collect()
}

#[test]
fn the_first_trigger_waits_for_the_users_own_first_let_down_within_its_bounds() {
    let config = Config::default();
    let clock = FakeClock::default();
    // Usually at 3m20s: the first trigger waits that long, not the config's 2 minutes.
    let plan = Plan::from_config(&config).with_learned(learned_from(&[200.0, 380.0]));
    assert_eq!(plan.first_letdown_secs, 200.0);
    let mut engine = Engine::start(plan, clock.at(0.0), "test-host");
    engine.tick(clock.at(150.0));
    assert!(triggers_shown(&engine).is_empty(), "not at the fixed 120 s");
    engine.tick(clock.at(200.0));
    assert_eq!(triggers_shown(&engine), [200.0]);
    // Usually at 10 minutes: bounded at twice the config's 2 minutes.
    let late = Plan::from_config(&config).with_learned(learned_from(&[600.0, 800.0]));
    assert_eq!(late.first_letdown_secs, 240.0);
    // Usually at 10 seconds: never sooner than 30 s.
    let soon = Plan::from_config(&config).with_learned(learned_from(&[10.0, 100.0]));
    assert_eq!(soon.first_letdown_secs, 30.0);
}

#[test]
fn the_stall_coach_waits_for_the_users_usual_gap_within_its_bounds() {
    let config = Config::default();
    // Gaps of 150 s: the stall comes 150 s after the last let-down, not 360.
    let plan = Plan::from_config(&config).with_learned(learned_from(&[90.0, 240.0, 390.0]));
    assert_eq!(plan.stall_secs, 150.0);
    let clock = FakeClock::default();
    let mut engine = Engine::start(plan, clock.at(0.0), "test-host");
    engine.apply(Command::Letdown, clock.at(60.0));
    let cue = triggers_shown(&engine);
    engine.tick(clock.at(209.0));
    assert_eq!(triggers_shown(&engine), cue, "not before the usual gap");
    engine.tick(clock.at(210.0));
    assert_eq!(triggers_shown(&engine).last(), Some(&210.0));
    // Gaps of 20 s: at least a minute. Gaps of 20 minutes: at most twice 360 s.
    let short = Plan::from_config(&config).with_learned(learned_from(&[60.0, 80.0]));
    assert_eq!(short.stall_secs, 60.0);
    let long = Plan::from_config(&config).with_learned(learned_from(&[60.0, 1260.0]));
    assert_eq!(long.stall_secs, 720.0);
}

#[test]
fn the_finish_line_waits_for_the_time_most_let_downs_had_come_and_stays_until_a_key() {
    let config = Config::default();
    // 90 % of this user's let-downs had come by 15m30s.
    let learned = learned_from(&[60.0, 300.0, 600.0, 900.0, 930.0]);
    assert_eq!(learned.finish_by_secs, 930.0, "{learned:?}");
    let clock = FakeClock::default();
    let mut engine = Engine::start(
        Plan::from_config(&config).with_learned(learned),
        clock.at(0.0),
        "test-host",
    );
    engine.apply(Command::Letdown, clock.at(60.0));
    engine.apply(Command::Letdown, clock.at(200.0));
    assert!(
        !engine.finish_line(clock.mono(600.0)),
        "5 quiet minutes, but most of this user's let-downs come later"
    );
    assert!(!engine.finish_line(clock.mono(929.0)));
    assert!(engine.finish_line(clock.mono(930.0)));
    // A stall trigger comes; the finish line stays.
    engine.tick(clock.at(932.0));
    assert!(engine.shown_trigger().is_some(), "a trigger was offered");
    assert!(
        engine.finish_line(clock.mono(935.0)),
        "a cue never pushes it off"
    );
    // A key puts it away until the next let-down.
    engine.apply(Command::Extend, clock.at(940.0));
    assert!(!engine.finish_line(clock.mono(2000.0)));
    engine.apply(Command::Letdown, clock.at(2000.0));
    assert!(!engine.finish_line(clock.mono(2100.0)));
    assert!(
        engine.finish_line(clock.mono(2300.0)),
        "back after the quiet time"
    );
    // Before enough sessions, today's rule alone.
    let mut plain = Engine::start(Plan::from_config(&config), clock.at(0.0), "test-host");
    plain.apply(Command::Letdown, clock.at(60.0));
    plain.apply(Command::Letdown, clock.at(200.0));
    assert!(plain.finish_line(clock.mono(500.0)));
}

#[test]
fn a_new_session_learns_from_the_plans_own_timed_sessions_and_not_when_told_not_to() {
    let sandbox = Sandbox::new();
    let data = DataDir::new(sandbox.data_dir());
    let mut config = Config::default();
    let now = common::wall("2026-11-30T08:00:00+01:00");
    for record in history(9, &[200.0, 380.0]) {
        data.save_new(&record).expect("saved");
    }
    let nine = letdown::query::new_session(&data, &config, None, now);
    assert_eq!(nine.plan.learned, None, "nine sessions teach nothing yet");
    assert_eq!(nine.plan.first_letdown_secs, 120.0);
    // A hand-entered session is not the tenth.
    let mut by_hand = finished_session("2026-11-29T07:00:00+01:00", &[], 900.0, None);
    by_hand.entered = Some(letdown::session::Entered::ByHand);
    by_hand.letdown_count = Some(3);
    by_hand.schema = letdown::session::SCHEMA_2;
    data.save_new(&by_hand).expect("saved");
    assert_eq!(
        letdown::query::new_session(&data, &config, None, now)
            .plan
            .learned,
        None
    );
    let tenth = finished_session("2026-11-29T09:00:00+01:00", &[200.0, 380.0], 1200.0, None);
    data.save_new(&tenth).expect("saved");
    let ten = letdown::query::new_session(&data, &config, None, now);
    assert_eq!(ten.plan.learned.map(|l| l.sessions), Some(10));
    assert_eq!(ten.plan.first_letdown_secs, 200.0);
    // Another plan has learned nothing from the standard plan's sessions.
    let power = letdown::query::new_session(&data, &config, Some("power".into()), now);
    assert_eq!(power.plan.learned, None);
    config.coach.learn = false;
    let off = letdown::query::new_session(&data, &config, None, now);
    assert_eq!(off.plan.learned, None);
    assert_eq!(off.plan.first_letdown_secs, 120.0);
}
