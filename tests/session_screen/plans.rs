//! Plans on screen: a rest that says so at a glance, the gentle line that a
//! session may be done, and the picker on the day screen.

use ratatui::crossterm::event::KeyCode;

use letdown::tui::app::Screen;
use letdown::tui::keymap::KeyContext;
use letdown::tui::theme::Theme;

use crate::fixture::{Folders, Run, ch, key};

#[test]
fn a_rest_phase_says_rest_and_the_coach_stays_quiet() {
    let mut run = Run::start_plan("power");
    run.tap(100.0);
    // Twenty minutes of pumping, then the first rest.
    run.tick(1250.0);
    let shown = run.screen(80, 24);
    assert!(shown.contains("REST  Rest"), "{shown}");
    assert!(shown.contains("power  ·  session started"), "{shown}");
    assert!(!shown.contains("Coach:"), "{shown}");
    insta::assert_snapshot!("rest_80x24", shown);
    insta::assert_snapshot!("rest_40x12", run.screen(40, 12));
    // A let-down in a rest is still recorded.
    run.tap(1300.0);
    assert_eq!(run.engine().record().letdowns.len(), 2);
}

#[test]
fn after_two_let_downs_and_a_quiet_while_a_gentle_line_says_it_may_be_done() {
    let mut run = Run::start();
    run.tap(60.0);
    run.tap(200.0);
    run.tick(499.0);
    assert!(!run.screen(80, 24).contains("You may be done"));
    run.tick(500.0);
    let shown = run.screen(80, 24);
    assert!(
        shown.contains("You may be done whenever you are ready"),
        "{shown}"
    );
    assert!(run.screen(40, 12).contains("You may be done"));
    assert!(
        matches!(run.app.screen, Screen::Session { .. }),
        "never an end by itself"
    );
}

#[test]
fn shift_s_picks_a_plan_and_enter_starts_it() {
    let mut run = Run::home(Folders::new(), Theme::plain());
    run.press(1.0, ch('S'));
    assert_eq!(run.app.key_context(), KeyContext::PickPlan);
    let root = run.folders.temp.path().display().to_string();
    let shown = run.screen(80, 24).replace(&root, "[temp]");
    assert!(shown.contains("Which plan, this time?"), "{shown}");
    assert!(shown.contains("▶ standard"), "{shown}");
    insta::assert_snapshot!("picker_80x24", shown);
    insta::assert_snapshot!("picker_40x12", run.screen(40, 12).replace(&root, "[temp]"));
    run.press(2.0, key(KeyCode::Down));
    run.press(3.0, key(KeyCode::Enter));
    let engine = run.engine();
    assert_eq!(engine.plan().name, "power");
    assert_eq!(engine.record().plan.as_deref(), Some("power"));
    // Esc leaves the picker starting nothing.
    let mut run = Run::home(Folders::new(), Theme::plain());
    run.press(1.0, ch('S'));
    run.press(2.0, key(KeyCode::Esc));
    assert_eq!(run.app.key_context(), KeyContext::Day);
}

#[test]
fn a_trigger_that_comes_while_the_finish_line_shows_never_pushes_it_off() {
    let mut run = Run::start();
    run.tap(60.0);
    run.tap(200.0);
    run.tick(500.0);
    assert!(run.screen(80, 24).contains("You may be done"));
    // The stall coach's next trigger falls due 360 s after the last let-down.
    run.tick(560.0);
    assert!(
        run.engine().shown_trigger().is_some(),
        "a trigger was offered"
    );
    let shown = run.screen(80, 24);
    assert!(shown.contains("You may be done"), "{shown}");
    assert!(run.screen(40, 12).contains("You may be done"));
}
