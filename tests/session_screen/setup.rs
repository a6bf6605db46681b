#![allow(clippy::float_cmp)] // seconds the test typed, exact
//! The pump setup: a session records the one it ran with, the config's at
//! first and the last session's after; the summary shows it on one line and
//! changes it; one side at a time, a key changes side.

use ratatui::crossterm::event::KeyCode;

use letdown::config::Config;
use letdown::session::{SCHEMA, SCHEMA_1, SessionRecord, Setup, Side, Sides};
use letdown::tui::theme::Theme;

use crate::fixture::{Folders, Run, ch, key};

fn config(setup: &str) -> Config {
    Config::parse(setup, std::path::Path::new("config.toml")).expect("config reads")
}

/// Ends the session at `secs` and saves the summary as it stands.
fn end_and_save(run: &mut Run, secs: f64) -> SessionRecord {
    run.press(secs, ch('e'));
    assert!(run.in_summary());
    run.press(secs, key(KeyCode::Enter));
    let files = run.folders.saved_files();
    let file = files.last().expect("a session was saved");
    let text = std::fs::read_to_string(file).expect("reads");
    toml::from_str(&text).expect("parses")
}

#[test]
fn a_standard_session_without_a_setup_stays_schema_one() {
    let mut run = Run::start();
    assert_eq!(run.engine().record().setup, None);
    run.tap(60.0);
    let saved = end_and_save(&mut run, 120.0);
    assert_eq!(saved.schema, SCHEMA_1);
    assert_eq!(saved.setup, None);
}

#[test]
fn the_first_session_runs_with_the_configs_setup_and_the_next_with_the_last() {
    let folders = Folders::with_config(config(
        "[setup]\npump = \"Spectra S1\"\nflange_mm = 24\nsuction = 6\nsides = \"both\"\n",
    ));
    let mut run = Run::start_in(folders, Theme::plain());
    let setup = run
        .engine()
        .record()
        .setup
        .clone()
        .expect("the config's setup");
    assert_eq!(setup.pump.as_deref(), Some("Spectra S1"));
    assert_eq!(setup.flange_left_mm, Some(24.0));
    assert_eq!(setup.flange_right_mm, Some(24.0));
    let saved = end_and_save(&mut run, 120.0);
    assert_eq!(saved.schema, SCHEMA);
    assert_eq!(saved.setup, Some(setup));

    // The last session's setup, changed: the next one starts with it.
    let Run { app, folders, .. } = run;
    drop(app);
    let mut changed = saved.clone();
    changed.id.push_str("-b");
    changed.started.0 += chrono::Duration::hours(1);
    if let Some(ended) = changed.ended.as_mut() {
        ended.0 += chrono::Duration::hours(1);
    }
    changed.setup = Some(Setup {
        flange_left_mm: Some(21.0),
        flange_right_mm: Some(21.0),
        sides: Some(Sides::OneAtATime),
        ..saved.setup.clone().expect("setup")
    });
    folders
        .context
        .data
        .save_new(&changed)
        .expect("the changed session saves");
    let run = Run::start_in(folders, Theme::plain());
    assert_eq!(run.engine().record().setup, changed.setup);
}

fn spectra() -> Folders {
    Folders::with_config(config(
        "[setup]\npump = \"Spectra S1\"\nflange_left_mm = 24\nflange_right_mm = 21\nsuction = 6\nsides = \"both\"\n",
    ))
}

#[test]
fn the_summary_shows_the_setup_on_one_line_and_changes_it_for_this_session() {
    let mut run = Run::start_in(spectra(), Theme::plain());
    run.tap(70.0);
    run.press(93.0, ch('e'));
    let shown = run.screen(80, 24);
    assert!(
        shown.contains("Setup     Spectra S1 · 24/21 mm · level 6 · both"),
        "{shown}"
    );
    insta::assert_snapshot!("summary_setup_80x24", shown);
    // To the flange: past the volumes, comfort, the note and the pump.
    for _ in 0..6 {
        run.press(94.0, key(KeyCode::Tab));
    }
    insta::assert_snapshot!("summary_setup_40x12", run.screen(40, 12));
    for _ in 0..5 {
        run.press(95.0, key(KeyCode::Backspace));
    }
    run.type_text(96.0, "21");
    assert!(
        run.screen(80, 24)
            .contains("Spectra S1 · 21 mm · level 6 · both"),
        "the line follows the fields"
    );
    run.press(97.0, key(KeyCode::Enter));
    let files = run.folders.saved_files();
    let text = std::fs::read_to_string(&files[0]).expect("saved");
    let saved: SessionRecord = toml::from_str(&text).expect("parses");
    let setup = saved.setup.expect("a setup");
    assert_eq!(setup.flange_left_mm, Some(21.0));
    assert_eq!(setup.flange_right_mm, Some(21.0));
    assert_eq!(setup.pump.as_deref(), Some("Spectra S1"));
}

#[test]
fn a_flange_out_of_range_is_said_on_its_field_and_nothing_is_saved() {
    let mut run = Run::start_in(spectra(), Theme::plain());
    run.press(93.0, ch('e'));
    for _ in 0..6 {
        run.press(94.0, key(KeyCode::Tab));
    }
    for _ in 0..5 {
        run.press(95.0, key(KeyCode::Backspace));
    }
    run.type_text(96.0, "45");
    run.press(97.0, key(KeyCode::Enter));
    let shown = run.screen(80, 24);
    assert!(
        shown.contains("expected a flange size from 10 to 40 mm"),
        "{shown}"
    );
    assert!(shown.contains("> Flange"), "{shown}");
    assert!(run.folders.saved_files().is_empty());
}

#[test]
fn one_side_at_a_time_the_screen_says_the_side_and_a_key_changes_it() {
    let folders = Folders::with_config(config("[setup]\nsides = \"one-at-a-time\"\n"));
    let mut run = Run::start_in(folders, Theme::plain());
    assert!(run.screen(80, 24).contains("Left side"));
    assert!(run.screen(80, 24).contains("s other side"));
    run.tap(60.0);
    run.press(100.0, ch('s'));
    assert_eq!(run.status(), "now on the right side");
    run.tap(130.0);
    // Quiet on this side for half the stall wait: the coach offers the other.
    run.tick(309.0);
    assert!(!run.screen(80, 24).contains("Quiet on this side"));
    run.tick(310.0);
    let shown = run.screen(80, 24);
    assert!(shown.contains("Right side"), "{shown}");
    assert!(
        shown.contains("Coach: Quiet on this side for a while"),
        "{shown}"
    );
    insta::assert_snapshot!("one_side_80x24", shown);
    insta::assert_snapshot!("one_side_40x12", run.screen(40, 12));
    run.press(320.0, ch('s'));
    assert!(!run.screen(80, 24).contains("Quiet on this side"));
    // The summary asks each side's volume, and no total.
    run.press(330.0, ch('e'));
    let summary = run.screen(80, 24);
    assert!(summary.contains("Left "), "{summary}");
    assert!(!summary.contains("or total"), "{summary}");
    run.type_text(331.0, "40");
    run.press(331.0, key(KeyCode::Tab));
    run.type_text(332.0, "35");
    run.press(333.0, key(KeyCode::Enter));
    let files = run.folders.saved_files();
    let text = std::fs::read_to_string(&files[0]).expect("saved");
    let saved: SessionRecord = toml::from_str(&text).expect("parses");
    assert_eq!(saved.schema, SCHEMA);
    let sides: Vec<_> = saved.letdowns.iter().map(|l| l.side).collect();
    assert_eq!(sides, [Some(Side::Left), Some(Side::Right)]);
    let switches: Vec<_> = saved.switches.iter().map(|s| (s.at_secs, s.side)).collect();
    assert_eq!(switches, [(100.0, Side::Right), (320.0, Side::Left)]);
    assert_eq!(saved.result.volume_ml(), Some(75.0));
    assert!(
        text.contains("[[switches]]\nat_secs = 100.0\nside = \"right\""),
        "{text}"
    );
}

#[test]
fn on_both_sides_the_side_key_says_there_is_none_to_change() {
    let mut run = Run::start();
    assert!(!run.screen(80, 24).contains("other side"));
    run.press(10.0, ch('s'));
    assert!(
        run.status().contains("both sides at once"),
        "{}",
        run.status()
    );
    assert!(run.engine().record().switches.is_empty());
}

#[test]
fn v_edits_the_setup_of_a_saved_session() {
    let mut run = Run::start_in(spectra(), Theme::plain());
    run.tap(60.0);
    end_and_save(&mut run, 120.0);
    run.press(130.0, ch('v'));
    assert!(
        run.screen(80, 24)
            .contains("Setup     Spectra S1 · 24/21 mm · level 6 · both"),
        "{}",
        run.screen(80, 24)
    );
    // From the left volume to the flange: right, total, comfort, note, pump.
    for _ in 0..6 {
        run.press(131.0, key(KeyCode::Tab));
    }
    for _ in 0..5 {
        run.press(132.0, key(KeyCode::Backspace));
    }
    run.type_text(133.0, "22");
    run.press(134.0, key(KeyCode::Enter));
    let files = run.folders.saved_files();
    let text = std::fs::read_to_string(&files[0]).expect("saved");
    let saved: SessionRecord = toml::from_str(&text).expect("parses");
    let setup = saved.setup.expect("a setup");
    assert_eq!(
        (setup.flange_left_mm, setup.flange_right_mm),
        (Some(22.0), Some(22.0))
    );
    assert_eq!(setup.pump.as_deref(), Some("Spectra S1"));
}
