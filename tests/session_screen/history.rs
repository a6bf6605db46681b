//! The history screen over hand-written session files: charts on one date
//! axis where there is room, a small table where there is not, the user's
//! own pattern and the coach's triggers ranked.

use std::fmt::Write as _;
use std::fs;

use ratatui::crossterm::event::KeyCode;

use letdown::tui::app::Screen;
use letdown::tui::theme::Theme;

use crate::fixture::{Folders, Run, ch, key};

/// One session of a history: when, how long, its let-downs, the triggers
/// the coach showed, and the volume.
struct Past {
    day: &'static str,
    start: &'static str,
    mins: f64,
    letdowns: &'static [f64],
    triggers: &'static [(f64, &'static str)],
    total_ml: f64,
}

fn write_past(folders: &Folders, past: &Past) {
    let Past { day, start, .. } = past;
    let id = format!("{day}T{}-laptop-ab12", start.replace(':', ""));
    let mut text = format!(
        "schema = 1\nid = \"{id}\"\nstate = \"finished\"\n\
         started = {day}T{start}.000+01:00\nended = {day}T{start}.000+01:00\n\
         active_secs = {:.1}\npaused_secs = 0.0\n",
        past.mins * 60.0
    );
    for at in past.letdowns {
        let _ = write!(
            text,
            "\n[[letdowns]]\nat_secs = {at:.1}\nat = {day}T{start}.000+01:00\n"
        );
    }
    for (at, name) in past.triggers {
        let _ = write!(
            text,
            "\n[[triggers]]\nat_secs = {at:.1}\nname = \"{name}\"\n"
        );
    }
    let _ = write!(text, "\n[result]\ntotal_ml = {:.1}\n", past.total_ml);
    let dir = folders.context.data.root().join("sessions").join(day);
    fs::create_dir_all(&dir).expect("day folder");
    fs::write(dir.join(format!("{id}.toml")), text).expect("session file");
}

const WARM: (f64, &str) = (60.0, "warm-compress");
const PHOTO: (f64, &str) = (150.0, "photo");
const BREATHE: (f64, &str) = (240.0, "breathe");

/// Ten days of sessions ending today (2026-11-23), a quiet day among them.
const PAST: &[Past] = &[
    Past {
        day: "2026-11-14",
        start: "06:00:00",
        mins: 20.0,
        letdowns: &[150.0, 400.0],
        triggers: &[WARM, PHOTO],
        total_ml: 90.0,
    },
    Past {
        day: "2026-11-14",
        start: "14:00:00",
        mins: 15.0,
        letdowns: &[200.0],
        triggers: &[PHOTO],
        total_ml: 70.0,
    },
    Past {
        day: "2026-11-15",
        start: "05:30:00",
        mins: 18.0,
        letdowns: &[100.0, 300.0, 520.0],
        triggers: &[WARM],
        total_ml: 110.0,
    },
    Past {
        day: "2026-11-16",
        start: "07:00:00",
        mins: 25.0,
        letdowns: &[90.0, 250.0],
        triggers: &[WARM, PHOTO, BREATHE],
        total_ml: 120.0,
    },
    Past {
        day: "2026-11-16",
        start: "19:00:00",
        mins: 12.0,
        letdowns: &[],
        triggers: &[WARM, BREATHE],
        total_ml: 30.0,
    },
    Past {
        day: "2026-11-18",
        start: "03:10:00",
        mins: 22.0,
        letdowns: &[160.0, 330.0],
        triggers: &[PHOTO, BREATHE],
        total_ml: 100.0,
    },
    Past {
        day: "2026-11-19",
        start: "08:00:00",
        mins: 16.0,
        letdowns: &[80.0, 210.0],
        triggers: &[WARM],
        total_ml: 85.0,
    },
    Past {
        day: "2026-11-19",
        start: "20:30:00",
        mins: 20.0,
        letdowns: &[120.0],
        triggers: &[WARM, PHOTO],
        total_ml: 75.0,
    },
    Past {
        day: "2026-11-20",
        start: "06:45:00",
        mins: 24.0,
        letdowns: &[70.0, 190.0, 360.0, 600.0],
        triggers: &[WARM],
        total_ml: 140.0,
    },
    Past {
        day: "2026-11-21",
        start: "04:00:00",
        mins: 18.0,
        letdowns: &[130.0, 280.0],
        triggers: &[PHOTO],
        total_ml: 95.0,
    },
    Past {
        day: "2026-11-22",
        start: "10:00:00",
        mins: 21.0,
        letdowns: &[95.0, 240.0],
        triggers: &[WARM, BREATHE],
        total_ml: 105.0,
    },
    Past {
        day: "2026-11-22",
        start: "22:15:00",
        mins: 17.0,
        letdowns: &[110.0],
        triggers: &[PHOTO],
        total_ml: 80.0,
    },
    Past {
        day: "2026-11-23",
        start: "03:20:00",
        mins: 19.0,
        letdowns: &[85.0, 230.0, 400.0],
        triggers: &[WARM],
        total_ml: 115.0,
    },
];

/// The history screen over [`PAST`] in `theme`, the 7 days first.
pub fn history(theme: Theme) -> Run {
    let folders = Folders::new();
    for past in PAST {
        write_past(&folders, past);
    }
    let mut run = Run::home(folders, theme);
    run.press(1.0, ch('h'));
    assert!(matches!(run.app.screen, Screen::History(_)));
    run
}

#[test]
fn the_history_at_three_sizes_for_each_range() {
    let mut run = history(Theme::plain());
    for (days, key_name) in [(7, '1'), (30, '2'), (90, '3')] {
        run.press(2.0, ch(key_name));
        for (w, h) in [(80, 24), (40, 12), (24, 8)] {
            insta::assert_snapshot!(format!("history_{days}d_{w}x{h}"), run.screen(w, h));
        }
    }
}

#[test]
fn the_history_at_night() {
    let run = history(Theme::new(true, false));
    insta::assert_snapshot!("history_7d_80x24_night", run.screen(80, 24));
}

#[test]
fn the_charts_share_one_date_axis_and_show_their_scale_and_goals() {
    let run = history(Theme::plain());
    let shown = run.screen(80, 24);
    assert!(shown.contains("goal 8"), "{shown}");
    assert!(shown.contains("goal 100"), "{shown}");
    // One axis under the stack, a tick a day over a week.
    assert_eq!(shown.matches('└').count(), 1, "{shown}");
    assert!(shown.contains("Tue") && shown.contains("Mon"), "{shown}");
    // The panel beside the charts.
    assert!(shown.contains("First let-down after"), "{shown}");
    assert!(shown.contains("Coach triggers"), "{shown}");
}

#[test]
fn a_small_terminal_shows_a_table_of_the_days() {
    let run = history(Theme::plain());
    let shown = run.screen(40, 12);
    assert!(shown.contains("Mon 23"), "{shown}");
    assert!(shown.contains("Sun 22"), "{shown}");
    let tiny = run.screen(24, 8);
    assert!(tiny.contains("Mon 23"), "{tiny}");
}

#[test]
fn too_few_showings_say_so_gently() {
    let folders = Folders::new();
    write_past(&folders, &PAST[PAST.len() - 1]);
    let mut run = Run::home(folders, Theme::plain());
    run.press(1.0, ch('h'));
    let shown = run.screen(80, 24);
    assert!(shown.contains("Too few showings yet"), "{shown}");
    assert!(!shown.contains('%'), "{shown}");
}

#[test]
fn left_and_right_move_between_ranges() {
    let mut run = history(Theme::plain());
    run.press(2.0, key(KeyCode::Right));
    assert!(run.screen(80, 24).contains("[30 days]"));
    run.press(3.0, key(KeyCode::Left));
    assert!(run.screen(80, 24).contains("[7 days]"));
}

/// A power-pumping hour (two rests) and a session added by hand, beside
/// [`PAST`]: what the raster shades and marks.
fn write_power_and_by_hand(folders: &Folders) {
    let root = folders.context.data.root().join("sessions");
    let power = "schema = 2\nid = \"2026-11-22T163000-laptop-pw01\"\nstate = \"finished\"\n\
        started = 2026-11-22T16:30:00.000+01:00\nended = 2026-11-22T17:30:00.000+01:00\n\
        active_secs = 3600.0\npaused_secs = 0.0\nplan = \"power\"\npumping_secs = 2400.0\n";
    let mut power = power.to_string();
    for at in [100.0, 700.0, 1850.0, 2300.0, 3100.0] {
        let _ = write!(
            power,
            "\n[[letdowns]]\nat_secs = {at:.1}\nat = 2026-11-22T16:30:00.000+01:00\n"
        );
    }
    for (name, from, to, rest) in [
        ("Pump", 0, 1200, false),
        ("Rest", 1200, 1800, true),
        ("Pump", 1800, 2400, false),
        ("Rest", 2400, 3000, true),
        ("Pump", 3000, 3600, false),
    ] {
        let kind = if rest { "kind = \"rest\"\n" } else { "" };
        let _ = write!(
            power,
            "\n[[phases]]\nname = \"{name}\"\nfrom_secs = {from}.0\nto_secs = {to}.0\n{kind}"
        );
    }
    let by_hand = "schema = 2\nid = \"2026-11-21T120000-laptop-bh01\"\nstate = \"finished\"\n\
        started = 2026-11-21T12:00:00.000+01:00\nended = 2026-11-21T12:20:00.000+01:00\n\
        active_secs = 1200.0\npaused_secs = 0.0\nentered = \"by-hand\"\nletdown_count = 3\n";
    for (day, id, text) in [
        (
            "2026-11-22",
            "2026-11-22T163000-laptop-pw01",
            power.as_str(),
        ),
        ("2026-11-21", "2026-11-21T120000-laptop-bh01", by_hand),
    ] {
        fs::create_dir_all(root.join(day)).expect("day folder");
        fs::write(root.join(day).join(format!("{id}.toml")), text).expect("session file");
    }
}

/// The history over [`PAST`] and the two sessions above, the raster on screen.
pub fn raster() -> Run {
    let folders = Folders::new();
    for past in PAST {
        write_past(&folders, past);
    }
    write_power_and_by_hand(&folders);
    let mut run = Run::home(folders, Theme::plain());
    run.press(1.0, ch('h'));
    run.press(1.5, ch('r'));
    run
}

#[test]
fn the_raster_at_80x24_and_40x12() {
    let mut run = raster();
    insta::assert_snapshot!("raster_7d_80x24", run.screen(80, 24));
    insta::assert_snapshot!("raster_7d_40x12", run.screen(40, 12));
    // Older sessions come into sight from the top; the newest stay put below.
    run.press(2.0, key(KeyCode::PageUp));
    insta::assert_snapshot!("raster_7d_40x12_scrolled", run.screen(40, 12));
}

#[test]
fn the_raster_marks_let_downs_rests_and_sessions_added_by_hand() {
    let run = raster();
    let shown = run.screen(80, 24);
    assert!(shown.contains("letdown · let-downs"), "{shown}");
    assert!(shown.contains("Sun 22 10:00"), "{shown}");
    assert!(shown.contains('░'), "the power hour's rests: {shown}");
    assert!(shown.contains("by hand · 3 let-downs"), "{shown}");
    // The power hour draws the axis to an hour, labelled in minutes.
    let axis = shown
        .lines()
        .find(|l| l.starts_with("min"))
        .expect("the minutes");
    assert!(axis.contains(" 0 ") && axis.contains("60"), "{axis}");
    // Every let-down of the 7 days is a tick (or a count in a shared cell).
    let sessions = shown
        .lines()
        .filter(|l| l.chars().nth(9) == Some(':') && !l.contains("by hand"));
    let ticks: usize = sessions
        .map(|l| {
            l.chars()
                .skip(13)
                .map(|c| match c {
                    '┃' => 1,
                    c => c.to_digit(10).map_or(0, |d| d as usize),
                })
                .sum::<usize>()
        })
        .sum();
    // 18 to 23 Nov: 2 + 3 + 4 + 2 + (2 + 5 + 1) + 3, the by-hand three untimed.
    assert_eq!(ticks, 22, "{shown}");
}

#[test]
fn the_raster_scrolls_to_the_oldest_and_back_and_keeps_its_view_across_ranges() {
    let mut run = raster();
    let top = |run: &Run| {
        run.screen(40, 12)
            .lines()
            .next()
            .unwrap_or_default()
            .to_string()
    };
    assert!(top(&run).ends_with("3–10 of 10"), "{}", top(&run));
    run.press(2.0, key(KeyCode::Up));
    assert!(top(&run).ends_with("2–9 of 10"), "{}", top(&run));
    for i in 0..30 {
        run.press(2.1 + f64::from(i) * 0.01, key(KeyCode::Up));
    }
    assert!(top(&run).ends_with("1–8 of 10"), "{}", top(&run));
    run.press(3.0, key(KeyCode::PageDown));
    assert!(top(&run).ends_with("3–10 of 10"), "{}", top(&run));
    run.press(4.0, ch('2'));
    let shown = run.screen(80, 24);
    assert!(
        shown.contains("[30 days]") && shown.contains("let-downs"),
        "{shown}"
    );
    run.press(5.0, ch('r'));
    assert!(run.screen(80, 24).contains("Sessions a day"));
}

#[test]
fn the_history_counts_pumping_minutes_without_the_rests() {
    let mut run = raster();
    run.press(2.0, ch('r'));
    let shown = run.screen(40, 12);
    // Sun 22: 21 and 17 minutes, and the power hour's 40 of pumping (not 60).
    let sunday = shown
        .lines()
        .find(|l| l.starts_with("Sun 22"))
        .unwrap_or_else(|| panic!("{shown}"));
    let cells: Vec<&str> = sunday.split_whitespace().collect();
    assert_eq!(cells[2..4], ["3", "78"], "{sunday}");
}

#[test]
fn the_milk_at_80x24_and_40x12() {
    let folders = Folders::new();
    for past in PAST {
        write_past(&folders, past);
    }
    let mut run = Run::home(folders, Theme::plain());
    run.press(1.0, ch('h'));
    run.press(1.5, ch('v'));
    let shown = run.screen(80, 24);
    assert!(shown.contains("letdown · milk"), "{shown}");
    assert!(shown.contains("Volume by day"), "{shown}");
    assert!(shown.contains("so far"), "today is marked: {shown}");
    insta::assert_snapshot!("milk_7d_80x24", shown);
    insta::assert_snapshot!("milk_7d_40x12", run.screen(40, 12));
    // Down the page to each session; `v` again goes back to the charts.
    run.press(2.0, key(KeyCode::PageDown));
    assert!(run.screen(80, 24).contains("By time of day"));
    run.press(3.0, ch('v'));
    assert!(run.screen(80, 24).contains("letdown · history"));
}
