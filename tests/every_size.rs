//! Every screen at every size: each screen the app can show, drawn into a
//! test terminal at random sizes from 1×1 to 300×100 and at the corners,
//! without a panic.

mod common;
// This crate drives the app through that fixture; it needs no snapshot helper.
#[allow(dead_code)]
#[path = "session_screen/fixture.rs"]
mod fixture;

use std::cell::Cell;
use std::fs;
use std::panic::AssertUnwindSafe;

use chrono::NaiveDate;
use proptest::test_runner::TestCaseError;
use ratatui::crossterm::event::KeyCode;

use letdown::i18n::{Lang, set_language_here};
use letdown::tui::app::Screen;
use letdown::tui::day_screen::{DayDialog, DayView};
use letdown::tui::history_screen::{HistoryMode, HistoryView, RANGES};

use common::{day_app, finished_session, proptest_runner, unreadable_files};
use fixture::{Clock, Folders, Run, ch, draw, key, text};

/// The day the day and history screens show.
const DAY: &str = "2026-11-23";

/// A session `secs` in, with nothing tapped: the coach's first trigger is
/// shown from 120 s, the photo phase runs 180–240 s, the pacer 240–300 s.
fn session_at(secs: f64) -> Run {
    let mut run = Run::start();
    run.tick(secs);
    run
}

/// A session `secs` in, then `keys` pressed.
fn session_then(secs: f64, keys: &[char]) -> Run {
    let mut run = session_at(secs);
    for c in keys {
        run.press(secs, ch(*c));
    }
    run
}

/// The summary after a session, with "painful" chosen.
fn summary_painful() -> Run {
    let mut run = session_then(400.0, &['e']);
    for _ in 0..3 {
        run.press(401.0, key(KeyCode::Tab));
    }
    run.press(402.0, ch('p'));
    run
}

/// A data dir with three sessions and every kind of unreadable file on
/// [`DAY`], and sessions on each of the 90 days before.
fn history_folders() -> Folders {
    let folders = Folders::new();
    let data = &folders.context.data;
    let day: NaiveDate = DAY.parse().expect("a date");
    for (started, letdowns, ml) in [
        ("2026-11-23T02:10:00+01:00", &[80.0][..], Some(60.0)),
        ("2026-11-23T07:14:05+01:00", &[95.0, 300.0, 610.0][..], None),
        ("2026-11-23T21:40:00+01:00", &[][..], Some(2000.0)),
    ] {
        data.save_new(&finished_session(started, letdowns, 1100.0, ml))
            .expect("saved");
    }
    for (name, bytes) in unreadable_files() {
        fs::write(data.day_dir(day).join(name), bytes).expect("a bad file");
    }
    for back in 1..90u64 {
        let earlier = day - chrono::Days::new(back);
        let started = format!("{earlier}T{:02}:30:00+01:00", back % 24);
        let taps: Vec<f64> = (0..back % 5).map(|i| 60.0 + 200.0 * i as f64).collect();
        data.save_new(&finished_session(
            &started,
            &taps,
            300.0 + 10.0 * back as f64,
            None,
        ))
        .expect("saved");
    }
    folders
}

/// The app over the data dir of `history` showing `screen`, with `keys` pressed.
fn stored(history: &Folders, screen: impl FnOnce(&Folders) -> Screen, keys: &[char]) -> Run {
    let folders = Folders::new().with_data_dir(history.context.data.root().to_path_buf());
    let clock = Clock::new();
    let mut app = day_app(
        &folders.context,
        DAY.parse().expect("a date"),
        clock.at(0.0),
    );
    app.screen = screen(&folders);
    let mut run = Run {
        app,
        folders,
        clock,
    };
    for c in keys {
        run.press(1.0, ch(*c));
    }
    run
}

fn day(dialog: Option<DayDialog>) -> impl FnOnce(&Folders) -> Screen {
    move |folders| {
        let mut view = DayView::load(
            &folders.context.data,
            &folders.context.config,
            DAY.parse().expect("a date"),
            chrono::DateTime::parse_from_rfc3339("2100-01-01T00:00:00+00:00").expect("a time"),
        );
        view.dialog = dialog;
        Screen::Day(Box::new(view))
    }
}

fn history(days: u32) -> impl FnOnce(&Folders) -> Screen {
    move |folders| {
        let to = DAY.parse().expect("a date");
        let view = HistoryView::load(&folders.context.data, &folders.context.config, to, days);
        Screen::History(Box::new(view))
    }
}

/// The history's let-down raster of `days` days, scrolled `from_end` rows up.
fn raster(days: u32, from_end: usize) -> impl FnOnce(&Folders) -> Screen {
    move |folders| {
        let to = DAY.parse().expect("a date");
        let mut view = HistoryView::load(&folders.context.data, &folders.context.config, to, days);
        view.mode = HistoryMode::Raster;
        view.from_end = from_end;
        Screen::History(Box::new(view))
    }
}

/// Every screen, by name, and the folders of the stored sessions they show.
fn every_screen() -> (Folders, Vec<(String, Run)>) {
    let data = history_folders();
    let mut screens: Vec<(String, Run)> = vec![
        ("session, first phase".into(), session_at(5.0)),
        ("session, a trigger shown".into(), session_at(130.0)),
        ("session, photo phase".into(), session_at(200.0)),
        ("session, breath pacer".into(), session_at(250.5)),
        ("session, after the target".into(), session_at(1000.0)),
        (
            "session, paused after the target".into(),
            session_then(1000.0, &['p']),
        ),
        ("session, leaving".into(), session_then(130.0, &['q'])),
        ("session, discard?".into(), session_then(130.0, &['q', 'd'])),
        ("session, help".into(), session_then(130.0, &['?'])),
        ("summary, painful".into(), summary_painful()),
        ("resume".into(), session_at(130.0).interrupt()),
        (
            "day, sessions and unreadable files".into(),
            stored(&data, day(None), &[]),
        ),
        (
            "day, detail".into(),
            stored(&data, day(Some(DayDialog::Detail)), &[]),
        ),
        (
            "day, delete?".into(),
            stored(&data, day(Some(DayDialog::ConfirmDelete)), &[]),
        ),
        ("day, help".into(), stored(&data, day(None), &['?'])),
        ("day, edit form".into(), stored(&data, day(None), &['v'])),
    ];
    let mut discard = session_at(130.0).interrupt();
    discard.press(131.0, ch('d'));
    screens.push(("resume, discard?".into(), discard));
    for days in RANGES {
        screens.push((
            format!("history, {days} days"),
            stored(&data, history(days), &[]),
        ));
    }
    screens.push((
        "history, the raster of 7 days".into(),
        stored(&data, raster(7, 0), &[]),
    ));
    screens.push((
        "history, the raster of 90 days, scrolled".into(),
        stored(&data, raster(90, 40), &[]),
    ));
    (data, screens)
}

/// Draws every screen at `width`×`height`; fails naming the first that panics.
fn draw_all(screens: &[(String, Run)], (width, height): (u16, u16)) -> Result<(), TestCaseError> {
    for (name, run) in screens {
        let drawn = std::panic::catch_unwind(AssertUnwindSafe(|| draw(&run.app, width, height)));
        if drawn.is_err() {
            return Err(TestCaseError::fail(format!(
                "the {name} screen panics at {width}x{height}"
            )));
        }
    }
    Ok(())
}

#[test]
fn every_screen_draws_at_every_size() {
    let (_data, screens) = every_screen();
    // Each is the screen its name says, seen at a comfortable size.
    let marks = [
        "(1 of 5)",
        "Coach: ",
        "(3 of 5)",
        "(4 of 5)",
        "reached ✓",
        "PAUSED",
        "discard",
        "Discard this session?",
        "[keys]",
        "painful",
        "A session was interrupted",
        "could not be read",
        " Session ",
        "trash?",
        "[keys]",
        "leave it as it was",
        "Discard",
        "[7 days]",
        "[30 days]",
        "[90 days]",
        "┃ let-down",
        "of 92",
    ];
    draws_at_every_size(&screens, &marks);
}

/// The same screens in Spanish, longer words and all: each still the
/// screen its name says, and none panics at any size.
#[test]
fn every_screen_draws_at_every_size_in_spanish() {
    set_language_here(Some(Lang::find("es").expect("es")));
    let drawn = std::panic::catch_unwind(|| {
        let (_data, screens) = every_screen();
        let marks = [
            "(1 de 5)",
            "Guía: ",
            "(3 de 5)",
            "(4 de 5)",
            "de más",
            "PAUSA",
            "¿Salir de esta sesión?",
            "¿Descartar esta sesión?",
            "[keys]",
            "Para que salga la leche",
            "Se interrumpió una sesión",
            "I/D/total",
            " Sesión ",
            "papelera?",
            "[keys]",
            "Editando la sesión",
            "¿Descartar la sesión interrumpida?",
            "[7 días]",
            "[30 días]",
            "[90 días]",
            "┃ bajada",
            "de 92",
        ];
        draws_at_every_size(&screens, &marks);
    });
    set_language_here(None);
    if let Err(panic) = drawn {
        std::panic::resume_unwind(panic);
    }
}

/// Checks each screen shows its `marks` at a comfortable size, then draws
/// every one at the corners and at random sizes, failing at a panic.
fn draws_at_every_size(screens: &[(String, Run)], marks: &[&str]) {
    assert_eq!(marks.len(), screens.len());
    for ((name, run), mark) in screens.iter().zip(marks.iter().copied()) {
        let shown = text(&draw(&run.app, 120, 40));
        assert!(
            shown.contains(mark),
            "the {name} screen lacks {mark:?}:\n{shown}"
        );
    }
    let corners = [(1, 1), (1, 100), (300, 1), (300, 100)];
    for size in corners {
        if let Err(err) = draw_all(screens, size) {
            panic!("{err}");
        }
    }
    let sizes = Cell::new(corners.len());
    let mut runner = proptest_runner(48);
    let result = runner.run(&(1..=300u16, 1..=100u16), |size| {
        sizes.set(sizes.get() + 1);
        draw_all(screens, size)
    });
    if let Err(err) = result {
        panic!("{err}");
    }
    println!(
        "every size: {} screens at {} sizes, {} frames, 0 panics",
        screens.len(),
        sizes.get(),
        screens.len() * sizes.get()
    );
}
