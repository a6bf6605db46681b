//! The session engine, driven by synthetic commands and a fake clock.

// Exact equality is the point here: a phase must begin at the very second the
// previous one ended, and the fake clock steps by whole, exact seconds.
#![allow(clippy::float_cmp)]

mod common;

use common::{FakeClock, T0, assert_secs, chrono_secs, default_plan, phase_changed, wall};
use letdown::config::TriggerConfig;
use letdown::session::{
    Command, Effect, Engine, Message, Notice, Pause, Plan, SessionRecord, SessionResult, State,
    finish_at_heartbeat,
};

fn start(plan: Plan) -> (FakeClock, Engine) {
    let clock = FakeClock::default();
    let engine = Engine::start(plan, clock.at(0.0), "test-host");
    (clock, engine)
}

/// The default plan without stall triggers, to watch phases alone.
fn plan_without_triggers() -> Plan {
    Plan {
        triggers: Vec::new(),
        ..default_plan()
    }
}

/// The default plan without the pump-mode cues, to watch the stall triggers alone.
fn plan_without_cues() -> Plan {
    Plan {
        cues: Vec::new(),
        ..default_plan()
    }
}

/// Asserts the spans run from 0 without a gap or overlap, and returns the end.
#[track_caller]
fn assert_contiguous(record: &SessionRecord) -> f64 {
    let mut at = 0.0;
    for span in &record.phases {
        assert_eq!(span.from_secs, at, "a gap or overlap at {span:?}");
        assert!(
            span.to_secs >= span.from_secs,
            "a span ends before it begins"
        );
        at = span.to_secs;
    }
    at
}

fn trigger_names(record: &SessionRecord) -> Vec<&str> {
    record.triggers.iter().map(|t| t.name.as_str()).collect()
}

#[test]
fn a_new_session_shows_the_first_phase() {
    let (clock, mut engine) = start(default_plan());
    assert_eq!(engine.phase_index(), 0);
    assert_eq!(engine.phase().expect("a phase").name, "Massage");
    assert_eq!(engine.phase_len(), Some(60.0));
    assert_eq!(engine.active_secs(clock.mono(0.0)), 0.0);
    assert!(!engine.is_paused());
    let record = engine.snapshot(clock.at(0.0));
    assert_eq!(record.state, State::Running);
    assert_eq!(record.started.0, wall(T0));
    assert!(record.letdowns.is_empty());
    assert!(
        record.running.is_some(),
        "a running record carries its position"
    );
}

#[test]
fn phases_advance_by_themselves_at_their_end() {
    let (clock, mut engine) = start(plan_without_triggers());
    assert!(engine.tick(clock.at(59.9)).is_empty());
    assert_eq!(engine.phase_index(), 0);

    let effects = engine.tick(clock.at(60.0));
    assert_eq!(engine.phase_index(), 1);
    assert_eq!(effects, phase_changed("Warm compress", &engine));
    assert_eq!(engine.phase_from(), 60.0);
    assert!(engine.tick(clock.at(60.0)).is_empty(), "announced once");

    // A late tick passes every phase that ended meanwhile, and announces the last.
    let effects = engine.tick(clock.at(400.0));
    assert_eq!(engine.phase().expect("a phase").name, "Pump");
    assert_eq!(effects, phase_changed("Pump", &engine));
    let record = engine.snapshot(clock.at(400.0));
    let ends: Vec<f64> = record.phases.iter().map(|p| p.to_secs).collect();
    assert_eq!(ends, [60.0, 180.0, 240.0, 300.0]);
    assert_eq!(assert_contiguous(record), engine.phase_from());
    assert_eq!(engine.phase_len(), None, "the last phase is open-ended");
}

#[test]
fn the_target_is_announced_once() {
    let (clock, mut engine) = start(plan_without_triggers());
    engine.apply(Command::NextPhase, clock.at(1.0));
    let effects = engine.tick(clock.at(900.0));
    assert!(effects.contains(&Effect::Notify(Notice::TargetReached {
        target_secs: 900.0
    })));
    assert!(engine.tick(clock.at(901.0)).is_empty());
}

#[test]
fn a_letdown_is_timed_by_the_monotonic_clock() {
    let (clock, mut engine) = start(default_plan());
    let tap = clock.at(95.2);
    let effects = engine.apply(Command::Letdown, tap);
    assert_eq!(
        effects.last(),
        Some(&Effect::Message(Message::LetdownSaved(1)))
    );
    let save = effects.iter().position(|e| *e == Effect::Save);
    assert!(save.is_some_and(|i| i + 1 < effects.len()), "saved first");
    let record = engine.snapshot(clock.at(96.0));
    assert_secs(record.letdowns[0].at_secs, 95.2);
    assert_eq!(
        record.letdowns[0].at.0, tap.wall,
        "the wall clock labels it"
    );
}

#[test]
fn a_second_tap_within_the_guard_is_ignored() {
    let (clock, mut engine) = start(default_plan());
    engine.apply(Command::Letdown, clock.at(100.0));
    let effects = engine.apply(Command::Letdown, clock.at(102.9));
    assert_eq!(
        effects,
        [Effect::Message(Message::TapIgnored { guard_secs: 3.0 })]
    );
    let effects = engine.apply(Command::Letdown, clock.at(103.0));
    assert!(effects.contains(&Effect::Message(Message::LetdownSaved(2))));
    let ats: Vec<f64> = engine
        .snapshot(clock.at(104.0))
        .letdowns
        .iter()
        .map(|l| l.at_secs)
        .collect();
    assert_eq!(ats, [100.0, 103.0]);
}

/// A running record as a crashed process would have left it: two let-downs,
/// saved at 100 s, written out and read back as text.
fn interrupted_record(clock: &FakeClock) -> SessionRecord {
    let mut engine = Engine::start(default_plan(), clock.at(0.0), "test-host");
    engine.apply(Command::Letdown, clock.at(30.0));
    engine.apply(Command::Letdown, clock.at(80.0));
    let text = engine
        .snapshot(clock.at(100.0))
        .to_toml()
        .expect("serializes");
    toml::from_str(&text).expect("reads back")
}

#[test]
fn undo_takes_back_only_this_runs_taps() {
    let before = FakeClock::default();
    let record = interrupted_record(&before);
    let kept = record.letdowns.clone();
    let clock = FakeClock::starting_at("2026-11-23T07:20:00+01:00");
    let mut engine = Engine::resume(default_plan(), record, clock.at(0.0));

    engine.apply(Command::Letdown, clock.at(10.0));
    engine.apply(Command::Letdown, clock.at(20.0));
    let effects = engine.apply(Command::Undo, clock.at(21.0));
    assert_eq!(effects, [Effect::Save, Effect::Message(Message::Undone(3))]);
    engine.apply(Command::Undo, clock.at(22.0));
    let effects = engine.apply(Command::Undo, clock.at(23.0));
    assert_eq!(effects, [Effect::Message(Message::NothingToUndo)]);
    assert_eq!(engine.snapshot(clock.at(24.0)).letdowns, kept);
}

#[test]
fn paused_time_is_not_active_time() {
    let (clock, mut engine) = start(plan_without_triggers());
    engine.tick(clock.at(100.0));
    let effects = engine.apply(Command::TogglePause, clock.at(100.0));
    assert_eq!(effects, [Effect::Save, Effect::Message(Message::Paused)]);
    assert!(engine.is_paused());
    assert!(engine.tick(clock.at(130.0)).is_empty());
    assert_eq!(engine.next_deadline(clock.mono(130.0)), None);
    assert_secs(engine.active_secs(clock.mono(130.0)), 100.0);
    let record = engine.snapshot(clock.at(130.0));
    assert_eq!(
        record.pauses,
        [Pause {
            from_secs: 100.0,
            secs: 30.0
        }],
        "the pause under way is saved too"
    );

    let effects = engine.apply(Command::TogglePause, clock.at(160.0));
    assert_eq!(effects, [Effect::Save, Effect::Message(Message::Resumed)]);
    assert_secs(engine.active_secs(clock.mono(200.0)), 140.0);
    assert_secs(engine.paused_secs(clock.mono(200.0)), 60.0);
    let record = engine.snapshot(clock.at(200.0));
    assert_secs(record.active_secs, 140.0);
    assert_secs(record.paused_secs, 60.0);
    assert_eq!(record.pauses.len(), 1);
    assert_secs(record.pauses[0].secs, 60.0);
}

#[test]
fn next_and_previous_move_between_phases() {
    let (clock, mut engine) = start(plan_without_triggers());
    let effects = engine.apply(Command::PrevPhase, clock.at(5.0));
    assert_eq!(effects, [Effect::Message(Message::AlreadyFirstPhase)]);

    let effects = engine.apply(Command::NextPhase, clock.at(10.0));
    assert_eq!(effects, phase_changed("Warm compress", &engine));
    assert_eq!((engine.phase_index(), engine.phase_from()), (1, 10.0));
    assert_eq!(engine.phase_len(), Some(120.0));

    let effects = engine.apply(Command::PrevPhase, clock.at(20.0));
    assert_eq!(effects, phase_changed("Massage", &engine));
    assert_eq!((engine.phase_index(), engine.phase_from()), (0, 20.0));
    let record = engine.snapshot(clock.at(20.0));
    let spans: Vec<(&str, f64, f64)> = record
        .phases
        .iter()
        .map(|p| (p.name.as_str(), p.from_secs, p.to_secs))
        .collect();
    assert_eq!(
        spans,
        [("Massage", 0.0, 10.0), ("Warm compress", 10.0, 20.0)]
    );

    for at in [30.0, 31.0, 32.0, 33.0] {
        engine.apply(Command::NextPhase, clock.at(at));
    }
    assert_eq!(engine.phase().expect("a phase").name, "Pump");
    let effects = engine.apply(Command::NextPhase, clock.at(40.0));
    assert_eq!(effects, [Effect::Message(Message::AlreadyLastPhase)]);
}

#[test]
fn extend_and_shorten_change_the_phase_length() {
    let (clock, mut engine) = start(plan_without_triggers());
    let effects = engine.apply(Command::Extend, clock.at(10.0));
    assert_eq!(
        effects,
        [
            Effect::Save,
            Effect::Message(Message::PhaseLength {
                name: "Massage".to_string(),
                secs: 90.0
            })
        ]
    );
    assert!(engine.tick(clock.at(89.0)).is_empty());
    assert_eq!(
        engine.next_deadline(clock.mono(89.0)),
        Some(clock.mono(90.0))
    );

    // Shortening below the time already spent ends the phase now, as it ran:
    // its span is not rewritten, and the next phase starts now, whole.
    let effects = engine.apply(Command::Shorten, clock.at(89.5));
    assert_eq!(engine.phase_index(), 1);
    assert_eq!(effects, phase_changed("Warm compress", &engine));
    assert_eq!(engine.phase_from(), 89.5);
    assert_eq!(engine.phase_len(), Some(120.0), "the next phase is whole");
    let record = engine.snapshot(clock.at(89.5));
    assert_eq!(
        (record.phases[0].from_secs, record.phases[0].to_secs),
        (0.0, 89.5)
    );
}

#[test]
fn in_the_open_ended_phase_extend_and_shorten_move_the_target() {
    let (clock, mut engine) = start(plan_without_triggers());
    for at in 1..=4 {
        engine.apply(Command::NextPhase, clock.at(f64::from(at)));
    }
    let effects = engine.apply(Command::Extend, clock.at(10.0));
    assert_eq!(
        effects,
        [Effect::Save, Effect::Message(Message::TargetChanged(930.0))]
    );
    assert_eq!(engine.target_secs(), 930.0);
    assert!(engine.tick(clock.at(920.0)).is_empty());
    engine.apply(Command::Shorten, clock.at(920.0));
    engine.apply(Command::Shorten, clock.at(920.0));
    assert_eq!(engine.target_secs(), 870.0);
    // The target was passed by shortening it: it is not announced late.
    assert!(engine.tick(clock.at(921.0)).is_empty());
}

#[test]
fn the_coach_offers_triggers_in_turn_when_let_downs_stall() {
    let (clock, mut engine) = start(plan_without_cues());
    for at in [60.0, 119.0] {
        engine.tick(clock.at(at));
    }
    assert!(engine.shown_trigger().is_none());
    assert_eq!(engine.stall_at(), Some(120.0));

    let effects = engine.tick(clock.at(120.0));
    let massage = engine.shown_trigger().expect("a trigger").clone();
    assert_eq!(massage.name, "massage");
    assert_eq!(
        effects,
        [
            Effect::Save,
            Effect::Notify(Notice::Trigger {
                name: massage.name.clone(),
                prompt: massage.prompt.clone()
            })
        ]
    );
    assert_eq!(engine.stall_at(), Some(480.0));
    engine.tick(clock.at(479.0));
    engine.tick(clock.at(480.0));
    assert_eq!(
        engine.shown_trigger().expect("a trigger").name,
        "warm-compress"
    );

    // A let-down dismisses the trigger, and the next stall counts from it.
    engine.apply(Command::Letdown, clock.at(500.0));
    assert!(engine.shown_trigger().is_none());
    assert_eq!(engine.stall_at(), Some(860.0));
    engine.tick(clock.at(860.0));
    let record = engine.snapshot(clock.at(860.0));
    assert_eq!(trigger_names(record), ["massage", "warm-compress", "photo"]);
    let ats: Vec<f64> = record.triggers.iter().map(|t| t.at_secs).collect();
    assert_eq!(ats, [120.0, 480.0, 860.0]);
}

#[test]
fn a_first_let_down_before_the_stall_moves_the_stall() {
    let (clock, mut engine) = start(plan_without_cues());
    engine.apply(Command::Letdown, clock.at(50.0));
    assert_eq!(engine.stall_at(), Some(410.0));
    engine.tick(clock.at(409.0));
    assert!(engine.record().triggers.is_empty());
}

#[test]
fn triggers_rotate_back_to_the_first() {
    let two = vec![
        TriggerConfig {
            name: "a".to_string(),
            prompt: "A".to_string(),
        },
        TriggerConfig {
            name: "b".to_string(),
            prompt: "B".to_string(),
        },
    ];
    let (clock, mut engine) = start(Plan {
        triggers: two,
        first_letdown_secs: 10.0,
        stall_secs: 10.0,
        ..default_plan()
    });
    for at in [10.0, 20.0, 30.0] {
        engine.tick(clock.at(at));
    }
    assert_eq!(
        trigger_names(engine.snapshot(clock.at(30.0))),
        ["a", "b", "a"]
    );
}

#[test]
fn a_long_gap_between_ticks_shows_one_trigger_not_a_burst() {
    let (clock, mut engine) = start(default_plan());
    let hours = 3.0 * 3600.0;
    engine.tick(clock.at(hours));
    engine.tick(clock.at(hours + 1.0));
    engine.tick(clock.at(hours + 2.0));
    let record = engine.snapshot(clock.at(hours + 2.0));
    assert_eq!(trigger_names(record), ["massage"]);
    assert_eq!(
        record.triggers[0].at_secs, hours,
        "recorded when it was shown"
    );
}

#[test]
fn the_next_deadline_is_the_nearest_of_phase_end_stall_and_target() {
    // Phase end first: 60 s, before the stall at 120 s.
    let (clock, mut engine) = start(default_plan());
    assert_eq!(
        engine.next_deadline(clock.mono(0.0)),
        Some(clock.mono(60.0))
    );
    // In a long phase, the stall comes first.
    engine.apply(Command::NextPhase, clock.at(10.0));
    engine.apply(Command::Extend, clock.at(10.0));
    assert_eq!(
        engine.next_deadline(clock.mono(11.0)),
        Some(clock.mono(120.0))
    );
    // In the open-ended phase with no triggers, the target.
    let (clock, mut engine) = start(Plan {
        target_secs: 200.0,
        ..plan_without_triggers()
    });
    for at in 1..=4 {
        engine.apply(Command::NextPhase, clock.at(f64::from(at)));
    }
    assert_eq!(
        engine.next_deadline(clock.mono(5.0)),
        Some(clock.mono(200.0))
    );
    // Overdue: now.
    assert_eq!(
        engine.next_deadline(clock.mono(250.0)),
        Some(clock.mono(250.0))
    );
    engine.tick(clock.at(250.0));
    assert_eq!(
        engine.next_deadline(clock.mono(251.0)),
        None,
        "nothing left"
    );
}

#[test]
fn finishing_closes_the_phases_and_the_clock() {
    let (clock, mut engine) = start(default_plan());
    engine.apply(Command::Letdown, clock.at(95.0));
    engine.apply(Command::TogglePause, clock.at(200.0));
    engine.apply(Command::TogglePause, clock.at(260.0));
    engine.tick(clock.at(500.0));
    engine.apply(Command::TogglePause, clock.at(600.0));
    let end = clock.at(700.0);
    let result = SessionResult {
        total_ml: Some(80.0),
        ..SessionResult::default()
    };
    let record = engine.finish(end, result.clone());
    assert_eq!(record.state, State::Finished);
    assert_eq!(record.ended.expect("ended").0, end.wall);
    assert_eq!(record.running, None);
    assert_eq!(record.result, result);
    assert_secs(record.active_secs, 540.0);
    assert_secs(record.paused_secs, 160.0);
    let pauses: f64 = record.pauses.iter().map(|p| p.secs).sum();
    assert_secs(pauses, record.paused_secs);
    assert_eq!(assert_contiguous(&record), record.active_secs);
    assert_eq!(record.phases.last().expect("a span").name, "Pump");
}

#[test]
fn resuming_turns_the_gap_into_a_pause_and_keeps_the_taps() {
    let before = FakeClock::default();
    let record = interrupted_record(&before);
    let heartbeat = record.running.as_ref().expect("running").heartbeat.0;
    let kept = record.letdowns.clone();
    let spans = record.phases.clone();

    // Ten minutes later, with a monotonic clock that knows nothing of the first run.
    let clock = FakeClock::starting_at(&(heartbeat + chrono_secs(600.0)).to_rfc3339());
    let mut engine = Engine::resume(default_plan(), record, clock.at(0.0));
    assert_eq!(engine.phase().expect("a phase").name, "Warm compress");
    assert_eq!(engine.phase_from(), 60.0);
    assert_secs(engine.active_secs(clock.mono(0.0)), 100.0);
    assert_secs(engine.active_secs(clock.mono(30.0)), 130.0);

    let record = engine.snapshot(clock.at(30.0));
    assert_eq!(record.state, State::Running);
    assert_eq!(record.letdowns, kept);
    assert_eq!(record.phases, spans);
    assert_eq!(record.pauses.len(), 1);
    assert_secs(record.pauses[0].from_secs, 100.0);
    assert_secs(record.pauses[0].secs, 600.0);
    assert_secs(record.paused_secs, 600.0);
    assert_eq!(
        engine.apply(Command::Undo, clock.at(31.0)),
        [Effect::Message(Message::NothingToUndo)]
    );
}

#[test]
fn resuming_a_paused_session_lengthens_its_pause() {
    let before = FakeClock::default();
    let mut engine = Engine::start(default_plan(), before.at(0.0), "test-host");
    engine.apply(Command::TogglePause, before.at(50.0));
    let record = engine.snapshot(before.at(80.0)).clone();
    let clock = FakeClock::starting_at(&(before.at(80.0).wall + chrono_secs(100.0)).to_rfc3339());
    let mut engine = Engine::resume(default_plan(), record, clock.at(0.0));
    let record = engine.snapshot(clock.at(10.0));
    assert_eq!(record.pauses.len(), 1, "one pause, not two");
    assert_secs(record.pauses[0].secs, 130.0);
    assert_secs(record.paused_secs, 130.0);
    assert_secs(record.active_secs, 60.0);
}

#[test]
fn resuming_after_the_wall_clock_went_back_adds_no_negative_pause() {
    let before = FakeClock::default();
    let record = interrupted_record(&before);
    let heartbeat = record.running.as_ref().expect("running").heartbeat.0;
    let clock = FakeClock::starting_at(&(heartbeat - chrono_secs(3600.0)).to_rfc3339());
    let mut engine = Engine::resume(default_plan(), record, clock.at(0.0));
    let record = engine.snapshot(clock.at(5.0));
    assert!(record.pauses.is_empty());
    assert_secs(record.active_secs, 105.0);
    assert_secs(record.paused_secs, 0.0);
}

#[test]
fn a_session_longer_than_the_monotonic_clock_resumes_whole() {
    // After a reboot the monotonic clock may be younger than the session.
    let before = FakeClock::default();
    let mut engine = Engine::start(default_plan(), before.at(0.0), "test-host");
    engine.apply(Command::Letdown, before.at(100.0));
    // Far beyond any machine's uptime, within the year a record holds.
    let far = 300.0 * 24.0 * 3600.0;
    let record = engine.snapshot(before.at(far)).clone();
    let clock = FakeClock::starting_at(&(before.at(far).wall + chrono_secs(far)).to_rfc3339());
    let mut engine = Engine::resume(default_plan(), record, clock.at(0.0));
    assert_secs(engine.active_secs(clock.mono(1.0)), far + 1.0);
    assert_secs(engine.paused_secs(clock.mono(1.0)), far);
    let record = engine.snapshot(clock.at(1.0));
    assert_secs(record.active_secs, far + 1.0);
}

#[test]
fn a_running_file_with_absurd_numbers_resumes_without_a_panic() {
    let before = FakeClock::default();
    for (active, paused, at) in [
        (f64::INFINITY, 0.0, 10.0),
        (1e300, 1e300, f64::INFINITY),
        (f64::NAN, f64::NAN, f64::NAN),
        (-5.0, -5.0, -1.0),
    ] {
        let mut record = interrupted_record(&before);
        record.active_secs = active;
        record.paused_secs = paused;
        record.letdowns[1].at_secs = at;
        let clock = FakeClock::default();
        let mut engine = Engine::resume(default_plan(), record, clock.at(0.0));
        engine.tick(clock.at(1.0));
        let _ = engine.next_deadline(clock.mono(1.0));
        engine.apply(Command::Letdown, clock.at(2.0));
        let record = engine.finish(clock.at(3.0), SessionResult::default());
        assert_eq!(record.state, State::Finished);
        assert!(
            record.active_secs.is_finite() && record.active_secs >= 0.0,
            "{active} resumed as {}",
            record.active_secs
        );
    }
}

#[test]
fn an_abandoned_session_finishes_at_its_heartbeat() {
    let before = FakeClock::default();
    let record = interrupted_record(&before);
    let heartbeat = record.running.as_ref().expect("running").heartbeat;
    let kept = record.letdowns.clone();
    let record = finish_at_heartbeat(&default_plan(), record);
    assert_eq!(record.state, State::Finished);
    assert_eq!(record.ended, Some(heartbeat));
    assert_eq!(record.running, None);
    assert_eq!(record.letdowns, kept);
    assert_secs(record.active_secs, 100.0);
    assert_eq!(assert_contiguous(&record), 100.0);
    assert_eq!(record.phases.last().expect("a span").name, "Warm compress");
}

#[test]
fn a_wall_clock_jump_changes_no_duration() {
    let (clock, mut engine) = start(default_plan());
    // The wall clock goes back an hour (an NTP correction, a time zone set by hand).
    let back = clock.at_with_wall(100.0, wall(T0) - chrono_secs(3600.0));
    engine.apply(Command::Letdown, back);
    let record = engine.snapshot(clock.at_with_wall(200.0, back.wall + chrono_secs(100.0)));
    assert_secs(record.letdowns[0].at_secs, 100.0);
    assert_secs(record.active_secs, 200.0);
    assert_secs(record.paused_secs, 0.0);
    let record = engine.finish(
        clock.at_with_wall(300.0, back.wall + chrono_secs(200.0)),
        SessionResult::default(),
    );
    assert_secs(record.active_secs, 300.0);
    assert_eq!(record.started.0, wall(T0));
}

#[test]
fn a_dst_switch_changes_no_duration_and_no_start_offset() {
    // Europe springs forward at 02:00 +01:00, to 03:00 +02:00.
    let clock = FakeClock::starting_at("2026-03-29T01:58:00+01:00");
    let mut engine = Engine::start(default_plan(), clock.at(0.0), "test-host");
    let after = clock.at_with_wall(180.0, wall("2026-03-29T03:01:00+02:00"));
    assert_eq!(after.wall, clock.at(180.0).wall, "the same instant");
    engine.apply(Command::Letdown, after);
    let record = engine.finish(
        clock.at_with_wall(240.0, wall("2026-03-29T03:02:00+02:00")),
        SessionResult::default(),
    );
    assert_secs(record.letdowns[0].at_secs, 180.0);
    assert_secs(record.active_secs, 240.0);
    assert_eq!(record.started.0.offset().local_minus_utc(), 3600);
    assert_eq!(record.started.local_date().to_string(), "2026-03-29");
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// How the clock moves before an action.
    #[derive(Debug, Clone, Copy)]
    enum Move {
        /// The same instant again.
        Stay,
        /// Forward by seconds.
        Forward(f64),
        /// A reading earlier than the latest, which the engine must clamp.
        Back(f64),
        /// The wall clock alone jumps (a DST switch, a correction).
        WallJump(i64),
        /// The wall clock's offset changes, the instant staying (a DST
        /// switch, a journey): seconds east of UTC.
        Zone(i32),
    }

    #[derive(Debug, Clone, Copy)]
    enum Action {
        Tick,
        Apply(Command),
    }

    fn moves() -> impl Strategy<Value = Move> {
        prop_oneof![
            2 => Just(Move::Stay),
            4 => (0.0..10.0f64).prop_map(Move::Forward),
            2 => (10.0..900.0f64).prop_map(Move::Forward),
            1 => (3600.0..4.0 * 3600.0f64).prop_map(Move::Forward),
            1 => (0.0..300.0f64).prop_map(Move::Back),
            1 => prop_oneof![Just(-3600), Just(3600)].prop_map(Move::WallJump),
            1 => prop::sample::select(&[-5 * 3600, 0, 3600, 7200, 14 * 3600][..])
                .prop_map(Move::Zone),
        ]
    }

    fn actions() -> impl Strategy<Value = Action> {
        prop_oneof![
            3 => Just(Action::Tick),
            4 => Just(Action::Apply(Command::Letdown)),
            2 => Just(Action::Apply(Command::Undo)),
            2 => Just(Action::Apply(Command::TogglePause)),
            1 => Just(Action::Apply(Command::NextPhase)),
            1 => Just(Action::Apply(Command::PrevPhase)),
            1 => Just(Action::Apply(Command::Extend)),
            1 => Just(Action::Apply(Command::Shorten)),
        ]
    }

    /// Whether an effect tells the user of a change that must be on disk first.
    fn confirms_a_change(effect: &Effect) -> bool {
        matches!(
            effect,
            Effect::Notify(Notice::PhaseChanged { .. } | Notice::Trigger { .. })
                | Effect::Message(
                    Message::LetdownSaved(_)
                        | Message::Undone(_)
                        | Message::Paused
                        | Message::Resumed
                        | Message::PhaseChanged(_)
                        | Message::PhaseLength { .. }
                )
        )
    }

    /// What must hold after every step.
    struct Watch {
        /// The start, in the offset it was taken in.
        started: chrono::DateTime<chrono::FixedOffset>,
        elapsed_before: f64,
        kept: Vec<letdown::session::Letdown>,
        active: f64,
    }

    impl Watch {
        fn check(&mut self, record: &SessionRecord, engine: &Engine, latest: f64) {
            assert_eq!(
                (record.started.0, record.started.0.offset()),
                (self.started, self.started.offset()),
                "the start moved"
            );
            let elapsed = self.elapsed_before + latest;
            let sum = record.active_secs + record.paused_secs;
            assert!(
                (sum - elapsed).abs() < 1e-6,
                "active {} + paused {} != elapsed {elapsed}",
                record.active_secs,
                record.paused_secs
            );
            // f64 arithmetic on a frozen clock may wobble by far below a nanosecond.
            assert!(
                record.active_secs >= self.active - 1e-9,
                "the clock went back: {} then {}",
                self.active,
                record.active_secs
            );
            self.active = record.active_secs;
            let pauses: f64 = record.pauses.iter().map(|p| p.secs).sum();
            assert!(
                (pauses - record.paused_secs).abs() < 1e-6,
                "pauses don't add up"
            );

            assert!(
                record
                    .letdowns
                    .windows(2)
                    .all(|w| w[0].at_secs <= w[1].at_secs),
                "let-downs out of order: {:?}",
                record.letdowns
            );
            assert!(
                record
                    .letdowns
                    .iter()
                    .all(|l| l.at_secs <= record.active_secs)
            );
            assert!(
                record.letdowns.starts_with(&self.kept),
                "a let-down from before the resume was lost"
            );
            assert!(
                record
                    .triggers
                    .windows(2)
                    .all(|w| w[0].at_secs <= w[1].at_secs)
                    && record
                        .triggers
                        .iter()
                        .all(|t| t.at_secs <= record.active_secs),
                "triggers out of order: {:?}",
                record.triggers
            );
            let end = assert_contiguous(record);
            assert_eq!(
                end,
                engine.phase_from(),
                "the current phase starts at the last end"
            );
            assert!(engine.phase_from() <= record.active_secs);
        }
    }

    fn run(resumed: bool, steps: &[(Move, Action)]) {
        let plan = default_plan();
        let first = FakeClock::default();
        let (mut engine, kept, elapsed_before, clock) = if resumed {
            let record = interrupted_record(&first);
            let kept = record.letdowns.clone();
            let gap = 250.0;
            let heartbeat = record.running.as_ref().expect("running").heartbeat.0;
            let clock = FakeClock::starting_at(&(heartbeat + chrono_secs(gap)).to_rfc3339());
            let before = record.active_secs + record.paused_secs + gap;
            let engine = Engine::resume(plan, record, clock.at(0.0));
            (engine, kept, before, clock)
        } else {
            let engine = Engine::start(plan, first.at(0.0), "test-host");
            (engine, Vec::new(), 0.0, first)
        };
        let mut watch = Watch {
            started: engine.record().started.0,
            elapsed_before,
            kept,
            active: 0.0,
        };
        let (mut position, mut latest, mut skew) = (0.0f64, 0.0f64, 0.0f64);
        let mut zone = None;
        for &(step, action) in steps {
            let mut reading = position;
            match step {
                Move::Stay => {}
                Move::Forward(secs) => {
                    position += secs;
                    reading = position;
                }
                Move::Back(secs) => reading = (latest - secs).max(0.0),
                Move::WallJump(secs) => skew += secs as f64,
                Move::Zone(east) => zone = chrono::FixedOffset::east_opt(east),
            }
            latest = latest.max(reading);
            let wall = clock.at(reading).wall + chrono_secs(skew);
            let now = clock.at_with_wall(reading, zone.map_or(wall, |z| wall.with_timezone(&z)));
            let effects = match action {
                Action::Tick => engine.tick(now),
                Action::Apply(command) => engine.apply(command, now),
            };
            let first_save = effects.iter().position(|e| *e == Effect::Save);
            for (i, effect) in effects.iter().enumerate() {
                if confirms_a_change(effect) {
                    assert!(
                        first_save.is_some_and(|s| s < i),
                        "{effect:?} shown before the save: {effects:?}"
                    );
                }
            }
            let record = engine.snapshot(now).clone();
            watch.check(&record, &engine, latest);
        }
        let end = clock.at(latest + 1.0);
        let record = engine.finish(end, SessionResult::default());
        assert_eq!(record.state, State::Finished);
        assert!(record.letdowns.starts_with(&watch.kept));
        assert_eq!(assert_contiguous(&record), record.active_secs);
        assert!(
            (record.active_secs + record.paused_secs - (elapsed_before + latest + 1.0)).abs()
                < 1e-6
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn the_engine_keeps_its_promises(
            resumed in any::<bool>(),
            steps in prop::collection::vec((moves(), actions()), 0..60),
        ) {
            run(resumed, &steps);
        }
    }
}

#[test]
fn a_let_down_while_paused_resumes_the_clock() {
    let (clock, mut engine) = start(plan_without_triggers());
    engine.apply(Command::TogglePause, clock.at(10.0));
    let effects = engine.apply(Command::Letdown, clock.at(40.0));
    assert!(!engine.is_paused());
    assert_eq!(
        effects,
        [Effect::Save, Effect::Message(Message::LetdownSaved(1))]
    );
    assert_eq!(engine.record().letdowns[0].at_secs, 10.0);
    assert_eq!(engine.active_secs(clock.at(50.0).mono), 20.0);
}

#[test]
fn a_moved_target_survives_a_resume() {
    let (clock, mut engine) = start(plan_without_triggers());
    for at in 1..=4 {
        engine.apply(Command::NextPhase, clock.at(f64::from(at)));
    }
    engine.apply(Command::Extend, clock.at(10.0));
    let record = engine.snapshot(clock.at(11.0)).clone();
    let resumed = Engine::resume(plan_without_triggers(), record, clock.at(20.0));
    assert_eq!(resumed.target_secs(), 930.0);
}

#[test]
fn the_coach_does_not_suggest_what_the_phase_already_asks() {
    let (clock, mut engine) = start(Plan {
        first_letdown_secs: 10.0,
        stall_secs: 10.0,
        ..default_plan()
    });
    // Massage runs from 0 to 60 s: "massage" is passed over at 10 s.
    engine.tick(clock.at(10.0));
    assert_eq!(
        trigger_names(engine.snapshot(clock.at(10.0))),
        ["warm-compress"]
    );
    // In Warm compress (60–180 s) the rotation passes over "warm-compress".
    engine.apply(Command::NextPhase, clock.at(15.0));
    engine.tick(clock.at(25.0));
    assert_eq!(
        trigger_names(engine.snapshot(clock.at(25.0))),
        ["warm-compress", "photo"]
    );
}
