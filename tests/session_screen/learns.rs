//! The coach that learns, on screen: the calm line of what it expects, the
//! session's condition while an experiment runs, and the day screen's line
//! for the running experiment.

use chrono::DateTime;

use letdown::experiment::{Experiment, Experiments};
use letdown::session::{Command, Engine, Plan, SessionResult, Timestamp};
use letdown::tui::theme::Theme;

use crate::fixture::{Clock, Folders, Run};

/// Twelve standard sessions before the fixture's day, each with let-downs at
/// 1m40s, 4m10s and 6m40s, and an experiment started before them.
fn folders_with_history() -> Folders {
    // Without the pump-mode cues, which would take the coach's line at a let-down.
    let mut config = letdown::config::Config::default();
    config.coach.mode_cues = false;
    let folders = Folders::with_config(config);
    for day in 10..22 {
        let clock = Clock::starting_at(&format!("2026-11-{day}T07:00:00+01:00"));
        let mut engine = Engine::start(
            Plan::from_config(&folders.context.config),
            clock.at(0.0),
            "test-host",
        );
        for at in [100.0, 250.0, 400.0] {
            engine.apply(Command::Letdown, clock.at(at));
        }
        let record = engine.finish(clock.at(900.0), SessionResult::default());
        folders.context.data.save_new(&record).expect("saved");
    }
    let experiment = Experiment {
        name: "compress".into(),
        a: "warm compress first".into(),
        b: "no compress".into(),
        plan_b: None,
        skip_phase_b: Some("Warm compress".into()),
        sessions: 10,
        seed: 7,
        started: Timestamp(
            DateTime::parse_from_rfc3339("2026-11-01T07:00:00+01:00").expect("a time"),
        ),
        ended: None,
    };
    Experiments::of(folders.context.data.root())
        .create(&experiment)
        .expect("created");
    folders
}

#[test]
fn the_coach_says_calmly_what_it_learned_and_the_session_its_condition() {
    let mut run = Run::start_in(folders_with_history(), Theme::plain());
    let condition = run
        .engine()
        .condition()
        .map(|(arm, text)| (arm.arm, text.to_string()))
        .expect("the session is in the experiment");
    let shown = run.screen(80, 24);
    assert!(
        shown.contains("Your first let-down usually comes around 1m40s"),
        "{shown}"
    );
    assert!(
        shown.contains(&format!("{} ({})", condition.1, condition.0.letter())),
        "{shown}"
    );
    insta::assert_snapshot!("learned_before_80x24", shown);
    let small = run.screen(40, 12);
    assert!(small.contains("This session: no compress (B)"), "{small}");
    insta::assert_snapshot!("learned_before_40x12", small);
    run.tap(90.0);
    let shown = run.screen(80, 24);
    assert!(
        shown.contains("Usually 3 let-downs; the next one often within 2–3 min."),
        "{shown}"
    );
    insta::assert_snapshot!("learned_after_80x24", shown);
    insta::assert_snapshot!("learned_after_40x12", run.screen(40, 12));
    // `o` leaves the session out of the experiment.
    run.press(95.0, crate::fixture::ch('o'));
    assert_eq!(run.engine().record().experiment, None);
    assert!(
        run.status().contains("left out of the experiment"),
        "{}",
        run.status()
    );
}

#[test]
fn the_day_screen_shows_the_running_experiment_and_the_plan_s_starts() {
    let run = Run::home(folders_with_history(), Theme::plain());
    let shown = run.screen(80, 24);
    assert!(
        shown.contains("Experiment compress: 0 of 20 sessions (warm compress first / no compress)"),
        "{shown}"
    );
    assert!(shown.contains("s start standard"), "{shown}");
    insta::assert_snapshot!("experiment_day_80x24", shown);
    insta::assert_snapshot!("experiment_day_40x12", run.screen(40, 12));
}

#[test]
fn the_history_lists_the_experiments_of_its_days_and_what_the_coach_learned() {
    let mut run = Run::home(folders_with_history(), Theme::plain());
    run.press(1.0, crate::fixture::ch('h'));
    let shown = run.screen(100, 40);
    // The panel wraps its lines: each piece is on screen.
    assert!(shown.contains("Experiment compress (running,"), "{shown}");
    assert!(shown.contains("0 of 20 sessions): let-downs"), "{shown}");
    assert!(shown.contains("The coach learned from your"), "{shown}");
    assert!(shown.contains("last 12 standard sessions"), "{shown}");
}
