//! What each screen draws: text snapshots at 80×24, 40×12 and 20×5, the
//! palettes, and every screen at sizes down to 1×1 without a panic.

use std::panic::AssertUnwindSafe;

use ratatui::crossterm::event::KeyCode;
use ratatui::style::Color;

use letdown::session::State;
use letdown::tui::app::{App, Opening, Screen};
use letdown::tui::summary::PAIN_NOTE;
use letdown::tui::theme::Theme;

use crate::fixture::{Clock, Folders, ch, draw, key, press, screen, text};

/// A session 92 s in: in the warm compress, two let-downs, the last just confirmed.
fn running(folders: &Folders, clock: &Clock, theme: Theme) -> App {
    let mut app = folders.open(Opening::Fresh, clock, theme);
    app.tick(clock.at(60.0));
    press(&mut app, clock, 70.0, &ch(' '));
    press(&mut app, clock, 88.0, &ch(' '));
    app.tick(clock.at(92.0));
    app
}

/// Past the target, paused, with a coach trigger on screen and no let-down yet.
fn overtime(folders: &Folders, clock: &Clock) -> App {
    let mut app = folders.start(clock);
    app.tick(clock.at(961.0));
    press(&mut app, clock, 962.0, &ch('p'));
    app.tick(clock.at(975.0));
    app
}

/// The summary form with "painful" chosen.
fn summary(folders: &Folders, clock: &Clock) -> App {
    let mut app = running(folders, clock, Theme::plain());
    press(&mut app, clock, 100.0, &ch('e'));
    for _ in 0..3 {
        press(&mut app, clock, 101.0, &key(KeyCode::Tab));
    }
    press(&mut app, clock, 102.0, &ch('p'));
    app
}

/// The resume question for a session left behind with two let-downs.
fn resume(folders: &Folders, clock: &Clock) -> App {
    let app = running(folders, clock, Theme::plain());
    drop(app);
    let record = folders.running().expect("a running session was left");
    assert_eq!(record.state, State::Running);
    folders.open(
        Opening::Interrupted(Box::new(record)),
        clock,
        Theme::plain(),
    )
}

#[test]
fn session_plain_at_three_sizes() {
    let clock = Clock::new();
    let folders = Folders::new();
    let app = running(&folders, &clock, Theme::plain());
    insta::assert_snapshot!("session_80x24_plain", screen(&app, 80, 24));
    insta::assert_snapshot!("session_40x12_plain", screen(&app, 40, 12));
    insta::assert_snapshot!("session_20x5_plain", screen(&app, 20, 5));
    // The NO_COLOR look: no colour anywhere, emphasis by weight only.
    for (w, h) in [(80, 24), (40, 12), (20, 5)] {
        let buf = draw(&app, w, h);
        assert!(
            buf.content()
                .iter()
                .all(|c| c.fg == Color::Reset && c.bg == Color::Reset),
            "a coloured cell at {w}x{h} without colour"
        );
    }
}

#[test]
fn session_night_at_three_sizes() {
    let clock = Clock::new();
    let night_folders = Folders::new();
    let night = running(&night_folders, &clock, Theme::new(true, false));
    insta::assert_snapshot!("session_80x24_night", screen(&night, 80, 24));
    insta::assert_snapshot!("session_40x12_night", screen(&night, 40, 12));
    insta::assert_snapshot!("session_20x5_night", screen(&night, 20, 5));

    let day_folders = Folders::new();
    let day = running(&day_folders, &clock, Theme::new(false, false));
    for (w, h) in [(80, 24), (40, 12), (20, 5)] {
        let (night_buf, day_buf) = (draw(&night, w, h), draw(&day, w, h));
        assert_eq!(text(&night_buf), text(&day_buf), "night changes words");
        let recoloured = night_buf
            .content()
            .iter()
            .zip(day_buf.content())
            .filter(|(n, d)| n.symbol().trim() != "" && n.fg != d.fg)
            .count();
        assert!(recoloured > 0, "night looks like day at {w}x{h}");
        assert!(
            night_buf
                .content()
                .iter()
                .all(|c| !matches!(c.fg, Color::Magenta | Color::LightMagenta)),
            "a bright day colour in the night palette at {w}x{h}"
        );
    }
}

#[test]
fn overtime_pause_and_coach_are_shown_in_words() {
    let clock = Clock::new();
    let folders = Folders::new();
    let app = overtime(&folders, &clock);
    let full = screen(&app, 80, 24);
    assert!(full.contains("PAUSED"), "{full}");
    assert!(full.contains("reached ✓"), "{full}");
    assert!(full.contains("Try this:"), "{full}");
    insta::assert_snapshot!("overtime_paused_coach_80x24", full);
    insta::assert_snapshot!("overtime_paused_coach_30x8", screen(&app, 30, 8));
}

#[test]
fn summary_with_pain_shows_the_gentle_note() {
    let clock = Clock::new();
    let folders = Folders::new();
    let app = summary(&folders, &clock);
    let shown = screen(&app, 80, 24);
    let flat = shown.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(PAIN_NOTE), "{shown}");
    assert!(shown.contains("(•) painful"), "{shown}");
    insta::assert_snapshot!("summary_painful_80x24", shown);
}

#[test]
fn resume_offers_resume_finish_discard() {
    let clock = Clock::new();
    let folders = Folders::new();
    let mut app = resume(&folders, &clock);
    let shown = screen(&app, 80, 24);
    assert!(shown.contains("2 let-downs"), "{shown}");
    insta::assert_snapshot!("resume_80x24", shown);
    press(&mut app, &clock, 0.0, &ch('d'));
    insta::assert_snapshot!("resume_discard_80x24", screen(&app, 80, 24));
}

#[test]
fn leaving_dialog_asks_then_asks_again() {
    let clock = Clock::new();
    let folders = Folders::new();
    let mut app = running(&folders, &clock, Theme::plain());
    press(&mut app, &clock, 93.0, &ch('q'));
    insta::assert_snapshot!("leaving_80x24", screen(&app, 80, 24));
    press(&mut app, &clock, 94.0, &ch('d'));
    insta::assert_snapshot!("leaving_discard_80x24", screen(&app, 80, 24));
}

#[test]
fn help_overlay_lists_every_key() {
    let clock = Clock::new();
    let folders = Folders::new();
    let mut app = running(&folders, &clock, Theme::plain());
    press(&mut app, &clock, 93.0, &ch('?'));
    let shown = screen(&app, 80, 24);
    for hint in ["space", "undo", "pause", "ctrl-c", "[keys]"] {
        assert!(shown.to_lowercase().contains(hint), "{hint}:\n{shown}");
    }
    insta::assert_snapshot!("help_80x24", shown);
}

/// Every screen the session can show, by name.
fn every_screen(folders: &[Folders], clock: &Clock) -> Vec<(&'static str, App)> {
    let mut leaving = running(&folders[0], clock, Theme::plain());
    press(&mut leaving, clock, 93.0, &ch('q'));
    let mut confirm = running(&folders[1], clock, Theme::new(true, false));
    press(&mut confirm, clock, 93.0, &ch('q'));
    press(&mut confirm, clock, 94.0, &ch('d'));
    let mut help = running(&folders[2], clock, Theme::new(false, false));
    press(&mut help, clock, 93.0, &ch('?'));
    let mut saved = running(&folders[3], clock, Theme::plain());
    press(&mut saved, clock, 100.0, &ch('e'));
    press(&mut saved, clock, 101.0, &key(KeyCode::Esc));
    assert!(matches!(saved.screen, Screen::Saved { .. }));
    let mut refused = resume(&folders[4], clock);
    if let Screen::Resume { record, .. } = &refused.screen {
        refused.screen = Screen::Saved {
            record: record.clone(),
            saved: Err("No space left on device".to_string()),
        };
    }
    let mut resume_confirm = resume(&folders[5], clock);
    press(&mut resume_confirm, clock, 0.0, &ch('d'));
    vec![
        ("running", running(&folders[6], clock, Theme::plain())),
        ("overtime", overtime(&folders[7], clock)),
        ("leaving", leaving),
        ("confirm discard", confirm),
        ("help", help),
        ("summary", summary(&folders[8], clock)),
        ("resume", resume(&folders[9], clock)),
        ("resume discard", resume_confirm),
        ("saved", saved),
        ("not saved", refused),
    ]
}

#[test]
fn every_screen_draws_at_any_size() {
    let clock = Clock::new();
    let folders: Vec<Folders> = (0..10).map(|_| Folders::new()).collect();
    let sizes = [
        (1, 1),
        (2, 2),
        (10, 3),
        (3, 10),
        (1, 40),
        (120, 1),
        (7, 2),
        (13, 7),
        (20, 5),
        (39, 11),
        (40, 12),
        (41, 30),
        (300, 90),
    ];
    for (name, app) in every_screen(&folders, &clock) {
        for (w, h) in sizes {
            let drawn = std::panic::catch_unwind(AssertUnwindSafe(|| draw(&app, w, h)));
            assert!(drawn.is_ok(), "the {name} screen panics at {w}x{h}");
        }
    }
}
