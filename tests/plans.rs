//! Plans with a fake clock: power pumping's hour of pumps and rests, the
//! pump-mode cues, and the gentle line that a session may be done; and the
//! config's plans, refused with their line when they cannot run.
#![allow(clippy::float_cmp)] // whole seconds on a fake clock, exact

mod common;

use std::path::Path;

use common::FakeClock;
use letdown::config::Config;
use letdown::session::{Command, Engine, Plan, SessionResult};

fn power() -> Plan {
    Plan::named(&Config::default(), "power").expect("power is built in")
}

fn names(engine: &Engine) -> Vec<String> {
    engine
        .record()
        .triggers
        .iter()
        .map(|t| t.name.clone())
        .collect()
}

#[test]
fn a_power_pumping_hour_counts_forty_minutes_of_pumping() {
    let plan = power();
    let rests: Vec<bool> = plan
        .phases
        .iter()
        .map(letdown::session::PlanPhase::is_rest)
        .collect();
    assert_eq!(rests, [false, true, false, true, false]);
    let clock = FakeClock::default();
    let mut engine = Engine::start(plan, clock.at(0.0), "test-host");
    engine.apply(Command::Letdown, clock.at(100.0));
    // A let-down can come in a rest: it is recorded like any other.
    engine.tick(clock.at(1300.0));
    assert!(engine.in_rest());
    assert_eq!(engine.stall_at(), None, "no trigger in a rest");
    engine.apply(Command::Letdown, clock.at(1400.0));
    for at in (0..=3600).step_by(30) {
        engine.tick(clock.at(f64::from(at)));
    }
    let record = engine.finish(clock.at(3600.0), SessionResult::default());
    assert_eq!(record.letdown_count(), 2);
    assert_eq!(record.plan.as_deref(), Some("power"));
    assert_eq!(record.pumping_secs, Some(2400.0));
    assert_eq!(record.schema_needed(), 2);
    let spans: Vec<(&str, f64, f64, bool)> = record
        .phases
        .iter()
        .map(|p| (p.name.as_str(), p.from_secs, p.to_secs, p.kind.is_some()))
        .collect();
    assert_eq!(
        spans,
        [
            ("Pump", 0.0, 1200.0, false),
            ("Rest", 1200.0, 1800.0, true),
            ("Pump again", 1800.0, 2400.0, false),
            ("Rest again", 2400.0, 3000.0, true),
            ("Last pump", 3000.0, 3600.0, false),
        ]
    );
    for trigger in &record.triggers {
        assert!(
            !record.phases.iter().any(|p| p.kind.is_some()
                && p.from_secs <= trigger.at_secs
                && trigger.at_secs < p.to_secs),
            "a trigger in a rest: {trigger:?}"
        );
    }
    assert_eq!(record.validate_finished(), Ok(()));
    let text = record.to_toml().expect("writes");
    assert!(
        text.contains("plan = \"power\"") && text.contains("kind = \"rest\""),
        "{text}"
    );
}

#[test]
fn the_expression_cue_comes_at_the_first_let_down_of_each_block_and_only_then() {
    let clock = FakeClock::default();
    let mut engine = Engine::start(power(), clock.at(0.0), "test-host");
    engine.apply(Command::Letdown, clock.at(100.0));
    assert_eq!(
        engine.shown_trigger().map(|t| t.name.as_str()),
        Some("expression-mode")
    );
    engine.apply(Command::Letdown, clock.at(300.0));
    assert_eq!(
        engine.shown_trigger(),
        None,
        "a let-down takes the cue away"
    );
    engine.tick(clock.at(1150.0));
    let stall = engine.shown_trigger().map(|t| t.name.clone());
    assert_eq!(stall.as_deref(), Some("stimulation-mode"));
    engine.tick(clock.at(1300.0));
    assert_eq!(
        engine.shown_trigger(),
        None,
        "a rest clears what the coach showed"
    );
    engine.apply(Command::Letdown, clock.at(1310.0));
    engine.apply(Command::Letdown, clock.at(1900.0));
    engine.apply(Command::Letdown, clock.at(2000.0));
    let cues: Vec<f64> = engine
        .record()
        .triggers
        .iter()
        .filter(|t| t.name == "expression-mode")
        .map(|t| t.at_secs)
        .collect();
    assert_eq!(
        cues,
        [100.0, 1900.0],
        "the first of each pumping block, none in a rest"
    );
}

#[test]
fn a_stall_after_the_expression_cue_suggests_the_stimulation_mode_once() {
    let clock = FakeClock::default();
    let mut engine = Engine::start(
        Plan::from_config(&Config::default()),
        clock.at(0.0),
        "test-host",
    );
    engine.apply(Command::Letdown, clock.at(60.0));
    assert_eq!(engine.stall_at(), Some(420.0));
    engine.tick(clock.at(420.0));
    assert_eq!(
        engine.shown_trigger().map(|t| t.name.as_str()),
        Some("stimulation-mode")
    );
    engine.tick(clock.at(780.0));
    assert_eq!(
        names(&engine),
        ["expression-mode", "stimulation-mode", "massage"]
    );
    // Off in the config, neither cue comes.
    let mut config = Config::default();
    config.coach.mode_cues = false;
    let mut quiet = Engine::start(Plan::from_config(&config), clock.at(0.0), "test-host");
    quiet.apply(Command::Letdown, clock.at(60.0));
    quiet.tick(clock.at(420.0));
    assert_eq!(names(&quiet), ["massage"]);
}

#[test]
fn the_finish_line_comes_after_two_let_downs_and_the_quiet_time_never_before() {
    let clock = FakeClock::default();
    let mut engine = Engine::start(
        Plan::from_config(&Config::default()),
        clock.at(0.0),
        "test-host",
    );
    engine.apply(Command::Letdown, clock.at(60.0));
    assert!(
        !engine.finish_line(clock.mono(2000.0)),
        "one let-down is not enough"
    );
    engine.apply(Command::Letdown, clock.at(200.0));
    assert!(!engine.finish_line(clock.mono(499.0)));
    assert!(
        engine.finish_line(clock.mono(500.0)),
        "5 quiet minutes after the second"
    );
    // The screen wakes for it.
    engine.tick(clock.at(450.0));
    assert_eq!(
        engine.next_deadline(clock.mono(450.0)),
        Some(clock.mono(500.0))
    );
    engine.apply(Command::Letdown, clock.at(510.0));
    assert!(
        !engine.finish_line(clock.mono(700.0)),
        "a new let-down starts the quiet again"
    );
    let mut config = Config::default();
    config.coach.finish_quiet_mins = 0;
    let mut off = Engine::start(Plan::from_config(&config), clock.at(0.0), "test-host");
    off.apply(Command::Letdown, clock.at(60.0));
    off.apply(Command::Letdown, clock.at(200.0));
    assert!(!off.finish_line(clock.mono(5000.0)));
}

#[test]
fn a_standard_session_names_no_plan_and_stays_schema_one() {
    let clock = FakeClock::default();
    let mut engine = Engine::start(
        Plan::from_config(&Config::default()),
        clock.at(0.0),
        "test-host",
    );
    engine.apply(Command::Letdown, clock.at(60.0));
    let record = engine.finish(clock.at(900.0), SessionResult::default());
    assert_eq!(record.plan, None);
    assert_eq!(record.pumping_secs, None);
    assert!(
        record
            .to_toml()
            .expect("writes")
            .starts_with("schema = 1\n")
    );
}

#[test]
fn plans_that_cannot_run_are_refused_with_their_line() {
    let refused = |text: &str, line: usize, key: &str, says: &str| {
        let err = Config::parse(text, Path::new("c.toml")).expect_err(text);
        assert_eq!((err.line, err.key.as_str()), (line, key), "{err}");
        assert!(err.to_string().contains(says), "{err}");
    };
    refused(
        "[[plans]]\nname = \"empty\"\nphases = []\n",
        3,
        "plans[0].phases",
        "at least one phase",
    );
    refused(
        "[[plans]]\nname = \"lazy\"\n\n[[plans.phases]]\nname = \"Rest\"\nkind = \"rest\"\n",
        4,
        "plans[0].phases",
        "not a rest",
    );
    refused(
        "[[plans]]\nname = \"a\"\n[[plans.phases]]\nname = \"P\"\n\n[[plans]]\nname = \"a\"\n[[plans.phases]]\nname = \"P\"\n",
        7,
        "plans[1].name",
        "used twice",
    );
    refused(
        "[[plans]]\nname = \"a\"\n[[plans.phases]]\nname = \"P\"\nkind = \"nap\"\n",
        5,
        "plans[0].phases[0].kind",
        "rest",
    );
    refused(
        "[[plans]]\nname = \"standard\"\n[[plans.phases]]\nname = \"P\"\n",
        2,
        "plans[0].name",
        "top-level",
    );
    // A plan of a built-in's name replaces it.
    let config = Config::parse(
        "[[plans]]\nname = \"power\"\ndescription = \"mine\"\n[[plans.phases]]\nname = \"P\"\n",
        Path::new("c.toml"),
    )
    .expect("a replacement parses");
    let plan = Plan::named(&config, "power").expect("power");
    assert_eq!(plan.phases.len(), 1);
    let names: Vec<&str> = config.plan_choices().iter().map(|(n, _)| *n).collect();
    assert_eq!(names, ["standard", "power", "hands-on"]);
}
