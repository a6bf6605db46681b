//! Shortening a phase with `-`: never below what it has run, and never
//! below its first 30 s, so that presses meant for one phase never skip
//! the next. Driven by a fake clock.

// The fake clock steps by exact quarters of a second.
#![allow(clippy::float_cmp)]

mod common;

use common::{FakeClock, default_plan, phase_changed};
use letdown::session::{Command, Effect, Engine, Message, Plan};

fn start() -> (FakeClock, Engine) {
    let clock = FakeClock::default();
    let plan = Plan {
        triggers: Vec::new(),
        ..default_plan()
    };
    let engine = Engine::start(plan, clock.at(0.0), "test-host");
    (clock, engine)
}

/// Four `-` near the end of Warm compress (60 s to 180 s): the first ends
/// it, the others shorten Baby photo only to its first 30 s. `gap` is the
/// time between the presses.
fn four_shortens_near_the_end_of_warm_compress(gap: f64) -> (FakeClock, Engine) {
    let (clock, mut engine) = start();
    engine.tick(clock.at(169.0));
    assert_eq!(engine.phase().expect("a phase").name, "Warm compress");
    for press in 0..4 {
        engine.apply(Command::Shorten, clock.at(170.0 + gap * f64::from(press)));
    }
    (clock, engine)
}

#[test]
fn shortening_near_a_phases_end_never_skips_the_next_phase() {
    for gap in [0.0, 0.25, 2.0] {
        let (clock, mut engine) = four_shortens_near_the_end_of_warm_compress(gap);
        assert_eq!(
            engine.phase().expect("a phase").name,
            "Baby photo",
            "presses {gap} s apart"
        );
        assert_eq!(engine.phase_from(), 170.0);
        assert_eq!(engine.phase_len(), Some(30.0), "its first 30 s are kept");
        engine.tick(clock.at(200.0));
        let record = engine.snapshot(clock.at(200.0));
        let spans: Vec<(&str, f64, f64)> = record
            .phases
            .iter()
            .map(|p| (p.name.as_str(), p.from_secs, p.to_secs))
            .collect();
        assert_eq!(
            spans[1..],
            [("Warm compress", 60.0, 170.0), ("Baby photo", 170.0, 200.0)]
        );
        assert_eq!(engine.phase().expect("a phase").name, "Relax");
    }
}

#[test]
fn a_phase_that_has_run_its_first_30_s_is_shortened_to_now_and_no_further() {
    let (clock, mut engine) = start();
    // Baby photo (180 s to 240 s), 40 s in: shortened to what it has run.
    engine.tick(clock.at(220.0));
    assert_eq!(engine.phase().expect("a phase").name, "Baby photo");
    let effects = engine.apply(Command::Shorten, clock.at(220.0));
    assert_eq!(effects, phase_changed("Relax", &engine));
    assert_eq!(
        (engine.phase_from(), engine.phase_len()),
        (220.0, Some(60.0))
    );
    // Relax, just begun, keeps its first 30 s.
    engine.apply(Command::Shorten, clock.at(220.0));
    let effects = engine.apply(Command::Shorten, clock.at(220.0));
    assert_eq!(
        effects,
        [
            Effect::Save,
            Effect::Message(Message::PhaseLength {
                name: "Relax".to_string(),
                secs: 30.0
            })
        ]
    );
}
