//! The screens in Spanish: the session, the day, the history and the
//! summary at 80×24 and 40×12, each as a snapshot to read, with the
//! thread's language set to Spanish while it draws.

use ratatui::crossterm::event::KeyCode;

use letdown::i18n::{Lang, set_language_here};
use letdown::tui::theme::Theme;

use crate::fixture::{Folders, Run, ch, key};

/// Spanish for this thread while it lives, English again after, even when
/// a check fails.
struct Spanish;

impl Spanish {
    fn new() -> Self {
        set_language_here(Some(Lang::find("es").expect("es")));
        Spanish
    }
}

impl Drop for Spanish {
    fn drop(&mut self) {
        set_language_here(None);
    }
}

/// Both sizes of `run`'s screen as snapshots named `name_80x24` and `name_40x12`.
fn both_sizes(name: &str, run: &Run) {
    insta::assert_snapshot!(format!("{name}_80x24"), run.screen(80, 24));
    insta::assert_snapshot!(format!("{name}_40x12"), run.screen(40, 12));
}

/// A session 92 s in: in the warm compress, two let-downs, the last just confirmed.
fn running() -> Run {
    let mut run = Run::start_in(Folders::new(), Theme::plain());
    run.tick(60.0);
    run.tap(70.0);
    run.tap(88.0);
    run.tick(92.0);
    run
}

#[test]
fn the_session_in_spanish() {
    let _es = Spanish::new();
    let run = running();
    let shown = run.screen(80, 24);
    assert!(shown.contains("Bajadas 2"), "{shown}");
    assert!(shown.contains("objetivo"), "{shown}");
    both_sizes("es_session", &run);
}

#[test]
fn the_session_past_its_target_paused_in_spanish() {
    let _es = Spanish::new();
    let mut run = Run::start();
    run.tick(961.0);
    run.press(962.0, ch('p'));
    run.tick(975.0);
    let shown = run.screen(80, 24);
    assert!(shown.contains("PAUSA"), "{shown}");
    assert!(shown.contains("objetivo 15:00 ✓"), "{shown}");
    both_sizes("es_session_overtime", &run);
    insta::assert_snapshot!("es_session_overtime_30x8", run.screen(30, 8));
}

#[test]
fn leaving_a_session_in_spanish() {
    let _es = Spanish::new();
    let mut run = running();
    run.press(93.0, ch('q'));
    assert!(run.screen(80, 24).contains("¿Salir de esta sesión?"));
    both_sizes("es_leaving", &run);
}

#[test]
fn the_help_in_spanish() {
    let _es = Spanish::new();
    let mut run = running();
    run.press(93.0, ch('?'));
    both_sizes("es_help", &run);
}

#[test]
fn the_summary_in_spanish() {
    let _es = Spanish::new();
    let mut run = running();
    run.press(93.0, ch('e'));
    for _ in 0..3 {
        run.press(101.0, key(KeyCode::Tab));
    }
    run.press(102.0, ch('p'));
    let shown = run.screen(80, 24);
    assert!(shown.contains("Bien hecho"), "{shown}");
    both_sizes("es_summary", &run);
}

#[test]
fn the_resume_question_in_spanish() {
    let _es = Spanish::new();
    let run = running().interrupt();
    let shown = run.screen(80, 24);
    assert!(shown.contains("2 bajadas"), "{shown}");
    both_sizes("es_resume", &run);
}

#[test]
fn the_day_in_spanish() {
    let _es = Spanish::new();
    let (run, _, _) = crate::day::home();
    let shown = run.screen(80, 24);
    assert!(
        shown.contains("Hoy, lunes 23 de noviembre de 2026"),
        "{shown}"
    );
    both_sizes("es_day", &run);
}

#[test]
fn the_first_day_in_spanish() {
    let _es = Spanish::new();
    let run = Run::home(Folders::new(), Theme::plain());
    let root = run.folders.temp.path().display().to_string();
    let shown = run.screen(80, 24).replace(&root, "[temp]");
    assert!(shown.contains("Hola."), "{shown}");
    insta::assert_snapshot!("es_first_day_80x24", shown);
    insta::assert_snapshot!(
        "es_first_day_40x12",
        run.screen(40, 12).replace(&root, "[temp]")
    );
}

#[test]
fn a_session_s_detail_and_its_delete_in_spanish() {
    let _es = Spanish::new();
    let (mut run, _, _) = crate::day::home();
    run.press(1.0, key(KeyCode::Up));
    run.press(2.0, key(KeyCode::Enter));
    let root = run.folders.temp.path().display().to_string();
    let shown = run.screen(80, 24).replace(&root, "[temp]");
    assert!(shown.contains("Bajadas: 01:20"), "{shown}");
    insta::assert_snapshot!("es_detail_80x24", shown);
    insta::assert_snapshot!(
        "es_detail_40x12",
        run.screen(40, 12).replace(&root, "[temp]")
    );
    run.press(3.0, key(KeyCode::Esc));
    run.press(4.0, ch('x'));
    both_sizes("es_delete", &run);
}

#[test]
fn the_history_in_spanish() {
    let _es = Spanish::new();
    let mut run = crate::history::history(Theme::plain());
    let shown = run.screen(80, 24);
    assert!(shown.contains("[7 días]"), "{shown}");
    both_sizes("es_history_7d", &run);
    run.press(2.0, ch('3'));
    both_sizes("es_history_90d", &run);
}

#[test]
fn the_raster_and_the_milk_in_spanish() {
    let _es = Spanish::new();
    let mut run = crate::history::raster();
    both_sizes("es_raster", &run);
    run.press(2.0, ch('v'));
    let shown = run.screen(80, 24);
    assert!(shown.contains("Volumen por día"), "{shown}");
    both_sizes("es_milk", &run);
}

#[test]
fn adding_a_session_by_hand_in_spanish() {
    let _es = Spanish::new();
    let (mut run, _, _) = crate::day::home();
    run.press(1.0, ch('a'));
    both_sizes("es_add", &run);
}

#[test]
fn the_history_on_a_phone_in_spanish() {
    let _es = Spanish::new();
    let mut run = crate::history::history(Theme::plain());
    run.press(2.0, ch('3'));
    let shown = run.screen(24, 8);
    assert!(shown.starts_with("90 días"), "{shown}");
    insta::assert_snapshot!("es_history_90d_24x8", shown);
}
