//! The day screen (with the detail, the delete question and the edit form
//! over each session) and the history screen, over a data dir of good and
//! bad files, drawn through the app into a test terminal. A library call,
//! so there are more cases than for the commands.

use std::cell::Cell;

use chrono::NaiveDate;
use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};

use letdown::config::DayStart;
use letdown::format::plural;
use letdown::tui::app::{App, Screen};
use letdown::tui::day_screen::{DayDialog, DayView};
use letdown::tui::history_screen::{HistoryView, RANGES};

use crate::common::{day_app, proptest_runner, tree_fingerprint};
use crate::fixture::{Clock, Folders, ch, draw, key, text};
use crate::{Plan, Scene, days_before, plan, tally};

/// Keys that look around without changing a file: everything on the day
/// screen but edit (`v`, whose Enter saves), trash (`y`) and start (`s`).
fn looking_key() -> impl Strategy<Value = KeyEvent> {
    prop::sample::select(vec![
        key(KeyCode::Up),
        key(KeyCode::Down),
        key(KeyCode::Enter),
        key(KeyCode::Esc),
        key(KeyCode::Left),
        key(KeyCode::Right),
        key(KeyCode::Tab),
        ch('?'),
        ch('t'),
        ch('h'),
        ch('1'),
        ch('2'),
        ch('3'),
        ch('x'),
        ch('q'),
        ch('n'),
        ch(' '),
    ])
}

fn size() -> impl Strategy<Value = (u16, u16)> {
    (1..=200u16, 1..=60u16)
}

/// The day the history ends, and the day before it: where the files go.
fn days() -> [NaiveDate; 2] {
    ["2026-11-24", "2026-11-23"].map(|d| d.parse().expect("a date"))
}

/// Draws the app, checks that no control character reaches the terminal
/// (a note could carry escape sequences), and returns the text.
fn show(app: &App, (width, height): (u16, u16), frames: &Cell<usize>) -> String {
    frames.set(frames.get() + 1);
    let buf: Buffer = draw(app, width, height);
    assert!(
        buf.content()
            .iter()
            .all(|cell| !cell.symbol().chars().any(char::is_control)),
        "a control character on screen at {width}x{height}"
    );
    text(&buf)
}

fn day_view(app: &mut App) -> &mut DayView {
    match &mut app.screen {
        Screen::Day(view) => view,
        other => panic!("expected the day screen, found {other:?}"),
    }
}

/// One day's screen: the good listed, the bad counted, and every listed
/// session drawn in detail, under the delete question and in the edit form.
fn check_day(
    app: &mut App,
    folders: &Folders,
    scene: &Scene,
    day: NaiveDate,
    look: (u16, u16),
    frames: &Cell<usize>,
) {
    let data = &folders.context.data;
    let wall = app.now.wall;
    app.screen = Screen::Day(Box::new(DayView::load(data, &app.config, day, wall)));
    let (want, unreadable) = scene.expected(day, day);
    let view = day_view(app);
    let mut listed: Vec<String> = view
        .listing
        .sessions
        .iter()
        .map(|s| s.record.id.clone())
        .collect();
    listed.sort();
    assert_eq!(listed, want, "the sessions of {day}");
    assert_eq!(
        view.listing.unreadable.len(),
        unreadable,
        "unreadable on {day}"
    );
    let count = view.listing.sessions.len();

    let shown = show(app, (120, 40), frames);
    let warning = format!("! {}", plural(unreadable, "session file"));
    assert_eq!(
        shown.contains(&warning),
        unreadable > 0,
        "{warning:?}:\n{shown}"
    );
    for record in scene.good_within(day, day) {
        let start = record.started.0.format("%H:%M").to_string();
        assert!(shown.contains(&start), "no {start} on {day}:\n{shown}");
    }
    let clock = Clock::new();
    for i in 0..count {
        for dialog in [DayDialog::Detail, DayDialog::ConfirmDelete] {
            let view = day_view(app);
            view.selected = i;
            view.dialog = Some(dialog);
            show(app, (100, 30), frames);
            show(app, look, frames);
        }
        day_view(app).dialog = None;
        app.on_key(&ch('v'), clock.at(1.0));
        assert!(
            matches!(app.screen, Screen::Edit { .. }),
            "v opens the edit form"
        );
        show(app, (80, 24), frames);
        show(app, look, frames);
        app.on_key(&key(KeyCode::Esc), clock.at(2.0));
        let wall = app.now.wall;
        app.screen = Screen::Day(Box::new(DayView::load(data, &app.config, day, wall)));
    }
}

/// The history at 7, 30 and 90 days: the sessions of the range, the bad counted.
fn check_history(
    app: &mut App,
    folders: &Folders,
    scene: &Scene,
    look: (u16, u16),
    frames: &Cell<usize>,
) {
    let data = &folders.context.data;
    let to = days()[0];
    for range in RANGES {
        let view = HistoryView::load(data, &app.config, to, range);
        let (want, unreadable) = scene.expected(days_before(to, u64::from(range) - 1), to);
        let mut listed: Vec<String> = view.history.sessions.iter().map(|s| s.id.clone()).collect();
        listed.sort();
        assert_eq!(listed, want, "the sessions of {range} days");
        assert_eq!(view.unreadable, unreadable, "unreadable in {range} days");
        app.screen = Screen::History(Box::new(view));
        let shown = show(app, (120, 40), frames);
        let warning = format!("! {}", plural(unreadable, "session file"));
        assert_eq!(
            shown.contains(&warning),
            unreadable > 0,
            "{warning:?}:\n{shown}"
        );
        show(app, look, frames);
    }
}

/// Returns how many good and bad files the case held and how many frames it drew.
fn run_case(plan: &Plan, keys: &[(KeyEvent, (u16, u16))]) -> [usize; 3] {
    let folders = Folders::with_config(letdown::config::Config {
        day_starts_at: DayStart(plan.day_start),
        ..letdown::config::Config::default()
    });
    let scene = Scene::write(&folders.context.data, days(), plan);
    let before = tree_fingerprint(folders.temp.path());
    let clock = Clock::new();
    let frames = Cell::new(0);
    let mut app = day_app(&folders.context, days()[0], clock.at(0.0));
    let look = keys.first().map_or((80, 24), |(_, size)| *size);
    for day in days() {
        check_day(&mut app, &folders, &scene, day, look, &frames);
    }
    check_history(&mut app, &folders, &scene, look, &frames);

    // Looking around by keys, from the first day, drawn after each.
    let wall = app.now.wall;
    app.screen = Screen::Day(Box::new(DayView::load(
        &folders.context.data,
        &app.config,
        days()[0],
        wall,
    )));
    for (i, (key, size)) in keys.iter().enumerate() {
        app.on_key(key, clock.at(3.0 + i as f64));
        show(&app, *size, &frames);
    }
    drop(app);
    assert_eq!(
        tree_fingerprint(folders.temp.path()),
        before,
        "a screen changed, added or removed a file"
    );
    [scene.good.len(), scene.bad.len(), frames.get()]
}

#[test]
fn the_screens_list_the_good_count_the_bad_and_change_nothing() {
    let mut runner = proptest_runner(48);
    let keys = prop::collection::vec((looking_key(), size()), 0..12);
    let [good, bad, frames] = tally(&mut runner, &(plan(), keys), |(plan, keys)| {
        run_case(&plan, &keys)
    });
    println!(
        "bad data, screens: {} cases, {bad} bad files beside {good} good ones, {frames} frames drawn: 0 panics, 0 files changed",
        runner.config().cases
    );
}

#[test]
fn escape_sequences_in_a_session_file_never_reach_the_screen() {
    let folders = Folders::new();
    let day: NaiveDate = "2026-11-23".parse().expect("a date");
    let folder = folders.context.data.day_dir(day);
    std::fs::create_dir_all(&folder).expect("a day folder");
    std::fs::write(folder.join("escapes.toml"), crate::ESCAPES).expect("write");
    let clock = Clock::new();
    let frames = Cell::new(0);
    let mut app = day_app(&folders.context, day, clock.at(0.0));
    assert_eq!(
        day_view(&mut app).listing.sessions.len(),
        1,
        "the file reads"
    );
    for dialog in [
        None,
        Some(DayDialog::Detail),
        Some(DayDialog::ConfirmDelete),
    ] {
        day_view(&mut app).dialog = dialog;
        show(&app, (120, 40), &frames);
    }
    day_view(&mut app).dialog = None;
    app.on_key(&ch('v'), clock.at(1.0));
    show(&app, (120, 40), &frames);
    app.screen = Screen::History(Box::new(HistoryView::load(
        &folders.context.data,
        &app.config,
        day,
        7,
    )));
    show(&app, (120, 40), &frames);
}
