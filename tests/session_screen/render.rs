//! What each screen draws: text snapshots at 80×24, 40×12 and 20×5, the
//! palettes, and every screen at sizes down to 1×1 without a panic.

use std::panic::AssertUnwindSafe;

use ratatui::crossterm::event::KeyCode;
use ratatui::style::Color;

use letdown::tui::app::Screen;
use letdown::tui::summary::pain_note;
use letdown::tui::theme::Theme;

use crate::fixture::{Folders, Run, ch, draw, key, text};

/// A session 92 s in: in the warm compress, two let-downs, the last just confirmed.
fn running(theme: Theme) -> Run {
    let mut run = Run::start_in(Folders::new(), theme);
    run.tick(60.0);
    run.tap(70.0);
    run.tap(88.0);
    run.tick(92.0);
    run
}

/// `running`, then `keys` pressed a second apart.
fn running_then(keys: &[char]) -> Run {
    let mut run = running(Theme::plain());
    for (i, c) in keys.iter().enumerate() {
        run.press(93.0 + i as f64, ch(*c));
    }
    run
}

/// Past the target, paused, with a coach trigger on screen and no let-down yet.
fn overtime() -> Run {
    let mut run = Run::start();
    run.tick(961.0);
    run.press(962.0, ch('p'));
    run.tick(975.0);
    run
}

/// The summary form with "painful" chosen.
fn summary() -> Run {
    let mut run = running_then(&['e']);
    for _ in 0..3 {
        run.press(101.0, key(KeyCode::Tab));
    }
    run.press(102.0, ch('p'));
    run
}

/// The resume question for a session left behind with two let-downs.
fn resume() -> Run {
    running(Theme::plain()).interrupt()
}

#[test]
fn session_plain_at_three_sizes() {
    let run = running(Theme::plain());
    insta::assert_snapshot!("session_80x24_plain", run.screen(80, 24));
    insta::assert_snapshot!("session_40x12_plain", run.screen(40, 12));
    insta::assert_snapshot!("session_20x5_plain", run.screen(20, 5));
    // The NO_COLOR look: no colour anywhere, emphasis by weight only.
    for (w, h) in [(80, 24), (40, 12), (20, 5)] {
        let buf = draw(&run.app, w, h);
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
    let night = running(Theme::new(true, false));
    insta::assert_snapshot!("session_80x24_night", night.screen(80, 24));
    insta::assert_snapshot!("session_40x12_night", night.screen(40, 12));
    insta::assert_snapshot!("session_20x5_night", night.screen(20, 5));

    let day = running(Theme::new(false, false));
    for (w, h) in [(80, 24), (40, 12), (20, 5)] {
        let (night_buf, day_buf) = (draw(&night.app, w, h), draw(&day.app, w, h));
        assert_eq!(text(&night_buf), text(&day_buf), "night changes words");
        let recoloured = night_buf
            .content()
            .iter()
            .zip(day_buf.content())
            .filter(|(n, d)| !n.symbol().trim().is_empty() && n.fg != d.fg)
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
    let run = overtime();
    let full = run.screen(80, 24);
    assert!(full.contains("PAUSED"), "{full}");
    assert!(full.contains("reached ✓"), "{full}");
    assert!(full.contains("Coach: "), "{full}");
    insta::assert_snapshot!("overtime_paused_coach_80x24", full);
    insta::assert_snapshot!("overtime_paused_coach_30x8", run.screen(30, 8));
}

#[test]
fn summary_with_pain_shows_the_gentle_note() {
    let shown = summary().screen(80, 24);
    let flat = shown.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(&pain_note()), "{shown}");
    assert!(shown.contains("(•) painful"), "{shown}");
    insta::assert_snapshot!("summary_painful_80x24", shown);
}

#[test]
fn resume_offers_resume_finish_discard() {
    let mut run = resume();
    let shown = run.screen(80, 24);
    assert!(shown.contains("2 let-downs"), "{shown}");
    insta::assert_snapshot!("resume_80x24", shown);
    run.press(0.0, ch('d'));
    insta::assert_snapshot!("resume_discard_80x24", run.screen(80, 24));
}

#[test]
fn leaving_dialog_asks_then_asks_again() {
    insta::assert_snapshot!("leaving_80x24", running_then(&['q']).screen(80, 24));
    insta::assert_snapshot!(
        "leaving_discard_80x24",
        running_then(&['q', 'd']).screen(80, 24)
    );
}

#[test]
fn help_overlay_lists_every_key() {
    let shown = running_then(&['?']).screen(80, 24);
    for hint in ["space", "undo", "pause", "ctrl-c", "[keys]"] {
        assert!(shown.to_lowercase().contains(hint), "{hint}:\n{shown}");
    }
    insta::assert_snapshot!("help_80x24", shown);
}

/// Every screen the session can show, by name.
fn every_screen() -> Vec<(&'static str, Run)> {
    let mut saved = running_then(&['e']);
    saved.press(101.0, key(KeyCode::Enter));
    assert!(matches!(saved.app.screen, Screen::Day(_)));
    let mut resume_discard = resume();
    resume_discard.press(0.0, ch('d'));
    vec![
        ("running", running(Theme::plain())),
        ("night", running(Theme::new(true, false))),
        ("overtime", overtime()),
        ("leaving", running_then(&['q'])),
        ("confirm discard", running_then(&['q', 'd'])),
        ("help", running_then(&['?'])),
        ("summary", summary()),
        ("resume", resume()),
        ("resume discard", resume_discard),
        ("day after saving", saved),
    ]
}

#[test]
fn every_screen_draws_at_any_size() {
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
    for (name, run) in every_screen() {
        for (w, h) in sizes {
            let drawn = std::panic::catch_unwind(AssertUnwindSafe(|| draw(&run.app, w, h)));
            assert!(drawn.is_ok(), "the {name} screen panics at {w}x{h}");
        }
    }
}

#[test]
fn the_breath_pacer_grows_breathing_in_and_shrinks_breathing_out() {
    let mut run = Run::start();
    // Massage, Warm compress and Baby photo skipped: Relax begins at 3 s.
    for at in [1.0, 2.0, 3.0] {
        run.press(at, ch('n'));
    }
    assert_eq!(run.engine().phase().map(|p| p.name.as_str()), Some("Relax"));
    // The pacer's bar: the widest line made of nothing but full blocks.
    let bar = |shown: &str| {
        shown
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && l.chars().all(|c| c == '█'))
            .map(|l| l.chars().count())
            .max()
            .unwrap_or(0)
    };
    // Two seconds into a four-second breath in: halfway, growing.
    run.tick(5.0);
    let breathing_in = run.screen(80, 24);
    assert!(breathing_in.contains("breathe in"), "{breathing_in}");
    // The top of the breath.
    run.tick(7.0);
    let top = bar(&run.screen(80, 24));
    // Two seconds into a six-second breath out: shrinking.
    run.tick(9.0);
    let breathing_out = run.screen(80, 24);
    assert!(breathing_out.contains("breathe out"), "{breathing_out}");
    assert!(
        0 < bar(&breathing_in) && bar(&breathing_in) < top,
        "{breathing_in}"
    );
    assert!(
        0 < bar(&breathing_out) && bar(&breathing_out) < top,
        "{breathing_out}"
    );
    insta::assert_snapshot!("pacer_breathing_in_80x24", breathing_in);
    insta::assert_snapshot!("pacer_breathing_out_80x24", breathing_out);
}

/// A plan whose names and prompts carry escape sequences (a new window
/// title, a cleared screen, a clipboard write), a bell, a one-byte CSI,
/// tabs and wide characters.
const HOSTILE_PLAN: &str = r#"
[session]
first_letdown_secs = 30

[[phases]]
name = "Pump\u001b]2;PWNED\u0007"
secs = 60
prompt = "Relax\u001b]52;c;SGVsbG8=\u0007 now\tand breathe"

[[phases]]
name = "名前\tです\u009b31m"
secs = 60
prompt = "\u001b[2Jwarm"

[[phases]]
name = "Rest"

[[triggers]]
name = "breathe"
prompt = "Try\u001b[2J\u009b31m this\tone, 赤ちゃん"
"#;

/// The cells a terminal shows on row `y`, each with its column: a wide
/// character covers the cell after it, which the terminal never draws.
fn shown_cells(buf: &ratatui::buffer::Buffer, y: u16) -> Vec<(u16, String)> {
    let mut cells = Vec::new();
    let mut x = buf.area.left();
    while x < buf.area.right() {
        let symbol = buf[(x, y)].symbol().to_string();
        let width = unicode_width::UnicodeWidthStr::width(symbol.as_str()).max(1);
        cells.push((x, symbol));
        x += width as u16;
    }
    cells
}

#[test]
fn text_from_the_config_reaches_the_screen_without_controls_and_the_bar_stays_aligned() {
    let config = letdown::config::Config::parse(HOSTILE_PLAN, std::path::Path::new("hostile.toml"))
        .expect("a valid config");
    let names: Vec<String> = config
        .phases
        .iter()
        .map(|p| letdown::format::printable(&p.name).into_owned())
        .collect();
    let mut run = Run::start_in(Folders::with_config(config), Theme::plain());
    // Before the coach speaks, the phase prompt is on screen, its tab a space.
    run.tick(20.0);
    let before = run.screen(80, 24);
    assert!(
        before.contains("now and breathe"),
        "a tab is a space:\n{before}"
    );
    run.tick(45.0);
    for (width, height) in [(80, 24), (120, 30)] {
        let buf = draw(&run.app, width, height);
        let controls: Vec<(u16, u16)> = buf
            .content()
            .iter()
            .enumerate()
            .filter(|(_, cell)| cell.symbol().chars().any(char::is_control))
            .map(|(i, _)| buf.pos_of(i))
            .collect();
        assert!(controls.is_empty(), "control characters at {controls:?}");
        let screen = text(&buf);
        assert!(screen.contains("this one, 赤"), "{screen}");
        // The bar is the row of `│`; the names are the row above it.
        let bar_row = (0..height)
            .find(|&y| (0..width).any(|x| buf[(x, y)].symbol() == "│"))
            .expect("a phase bar");
        let bar = shown_cells(&buf, bar_row);
        let starts: Vec<u16> = std::iter::once(0)
            .chain(bar.iter().filter(|(_, s)| s == "│").map(|(x, _)| x + 1))
            .collect();
        assert_eq!(starts.len(), names.len(), "a segment per phase: {bar:?}");
        let row = shown_cells(&buf, bar_row - 1);
        for (i, name) in names.iter().enumerate() {
            let end = starts.get(i + 1).copied().unwrap_or(width);
            let label: String = row
                .iter()
                .filter(|(x, _)| (starts[i]..end).contains(x))
                .map(|(_, s)| s.as_str())
                .collect();
            let label = label.trim_end();
            // A name that does not fit shows a whole first word, or the phase's number.
            let number = (i + 1).to_string();
            assert!(
                !label.is_empty() && (name.starts_with(label) || label == number),
                "phase {i} shows {label:?} at column {}, not the start of {name:?}",
                starts[i]
            );
        }
        assert_eq!(
            row.last()
                .map(|(x, s)| usize::from(*x) + unicode_width::UnicodeWidthStr::width(s.as_str())),
            Some(usize::from(width)),
            "the names row ends at the edge"
        );
    }
}

/// Every screen around a session at the three sizes people use (a full
/// terminal, a split pane, a corner), as text; the night palette changes
/// colours only, never a word or where it is.
#[test]
fn every_screen_at_80x24_40x12_and_24x8() {
    for (name, run) in every_screen() {
        if name == "night" {
            continue;
        }
        for (w, h) in [(80, 24), (40, 12), (24, 8)] {
            let shown = run.screen(w, h);
            insta::assert_snapshot!(format!("{}_{w}x{h}", name.replace(' ', "_")), shown);
        }
    }
    let (plain, night) = (running(Theme::plain()), running(Theme::new(true, false)));
    for (w, h) in [(80, 24), (40, 12), (24, 8)] {
        assert_eq!(plain.screen(w, h), night.screen(w, h), "{w}x{h}");
    }
}
