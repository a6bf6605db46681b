//! Which `[hooks]` the app asks the event loop to run, and with what facts,
//! driven by a fake clock (the hooks themselves run in `src/hooks.rs`).

use ratatui::crossterm::event::KeyCode;

use letdown::config::{Config, Hooks};
use letdown::hooks::{HookEvent, HookKind};
use letdown::tui::app::Outcome;
use letdown::tui::theme::Theme;

use super::fixture::{Folders, Run, ch, key};

fn hooked() -> Run {
    let set = |kind: &str| Some(format!("echo {kind}"));
    let config = Config {
        hooks: Hooks {
            phase: set("phase"),
            letdown: set("letdown"),
            coach: set("coach"),
            end: set("end"),
            due: set("due"),
        },
        ..Config::default()
    };
    Run::start_in(Folders::with_config(config), Theme::plain())
}

fn hooks(outcomes: &[Outcome]) -> Vec<&HookEvent> {
    outcomes
        .iter()
        .filter_map(|o| match o {
            Outcome::Hook(event) => Some(event),
            _ => None,
        })
        .collect()
}

fn var<'a>(event: &'a HookEvent, name: &str) -> &'a str {
    event
        .vars
        .iter()
        .find(|(n, _)| *n == name)
        .map_or("", |(_, v)| v.as_str())
}

#[test]
fn each_moment_asks_for_its_hook_with_the_facts() {
    let mut run = hooked();
    let running = run.folders.running_path().display().to_string();

    let tapped = run.tap(10.0);
    let [event] = hooks(&tapped)[..] else {
        panic!("{tapped:?}");
    };
    assert_eq!(
        (event.kind, event.command.as_str()),
        (HookKind::Letdown, "echo letdown")
    );
    assert_eq!(var(event, "LETDOWN_LETDOWNS"), "1");
    assert_eq!(var(event, "LETDOWN_PHASE"), "Massage");
    assert_eq!(var(event, "LETDOWN_ELAPSED_SECS"), "10");
    assert_eq!(var(event, "LETDOWN_SESSION_FILE"), running);
    // A tap the guard ignored is no let-down.
    assert!(hooks(&run.tap(11.0)).is_empty());

    let ticked = run.tick(60.0);
    let [event] = hooks(&ticked)[..] else {
        panic!("{ticked:?}");
    };
    assert_eq!(event.kind, HookKind::Phase);
    assert_eq!(var(event, "LETDOWN_PHASE"), "Warm compress");
    assert!(!var(event, "LETDOWN_PROMPT").is_empty());

    // No let-down for `stall_secs` after the last: the coach, and its hook.
    let ticked = run.tick(371.0);
    let coach: Vec<_> = hooks(&ticked)
        .into_iter()
        .filter(|e| e.kind == HookKind::Coach)
        .collect();
    assert_eq!(coach.len(), 1, "{ticked:?}");
    assert!(!var(coach[0], "LETDOWN_TRIGGER").is_empty());

    run.press(400.0, ch('e'));
    let saved = run.press(401.0, key(KeyCode::Enter));
    let [event] = hooks(&saved)[..] else {
        panic!("{saved:?}");
    };
    assert_eq!(event.kind, HookKind::End);
    let file = run.folders.saved_files().remove(0);
    assert_eq!(
        var(event, "LETDOWN_SESSION_FILE"),
        file.display().to_string()
    );
    assert_eq!(var(event, "LETDOWN_LETDOWNS"), "1");

    // Three hours on, on the day screen, a session falls due.
    let later = run.tick(400.0 + 3.0 * 3600.0 + 30.0);
    let [event] = hooks(&later)[..] else {
        panic!("{later:?}");
    };
    assert_eq!(event.kind, HookKind::Due);
    assert_eq!(var(event, "LETDOWN_SINCE_LAST_SECS"), "10830");
}

#[test]
fn the_summary_keeps_phase_hooks_quiet_but_not_a_let_down() {
    let mut run = hooked();
    run.press(30.0, ch('e'));
    assert!(run.in_summary());
    assert!(hooks(&run.tick(61.0)).is_empty(), "the phase ends quietly");
    // On comfort, where the let-down key records (in a field it types a space).
    for _ in 0..3 {
        run.press(61.5, key(KeyCode::Tab));
    }
    let tapped = run.tap(62.0);
    assert_eq!(
        hooks(&tapped).iter().map(|e| e.kind).collect::<Vec<_>>(),
        [HookKind::Letdown]
    );
}

/// A hook's failure never hides a tap's confirmation: it waits for it to
/// go, and is said then; it never replaces a warning either.
#[test]
fn a_hook_failure_waits_for_the_confirmation_on_screen() {
    let mut run = hooked();
    run.tap(10.0);
    run.app.warn("the letdown hook failed (exit code 1)");
    assert_eq!(run.status(), "let-down 1 saved");
    run.tick(17.0);
    assert_eq!(run.status(), "the letdown hook failed (exit code 1)");
    assert!(
        run.app
            .status
            .as_ref()
            .is_some_and(letdown::tui::app::Status::is_warning)
    );
    run.app.warn("the phase hook failed (exit code 2)");
    assert_eq!(run.status(), "the letdown hook failed (exit code 1)");
}
