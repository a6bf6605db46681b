//! The longest session a file can hold (366 days) reads whole in the day
//! list, at every width the list has a layout for.

use std::fs;

use letdown::tui::theme::Theme;

use crate::fixture::{Folders, Run};

#[test]
fn a_366_day_session_reads_whole_in_the_day_list() {
    let folders = Folders::new();
    let dir = folders.context.data.root().join("sessions/2026-11-23");
    fs::create_dir_all(&dir).expect("day folder");
    let text = "schema = 1\nid = \"2026-11-23T031000-laptop-ab12\"\nstate = \"finished\"\n\
                started = 2026-11-23T03:10:00.000+01:00\nended = 2027-11-24T03:10:00.000+01:00\n\
                active_secs = 31622400.0\npaused_secs = 0.0\n";
    fs::write(dir.join("2026-11-23T031000-laptop-ab12.toml"), text).expect("session file");
    let run = Run::home(folders, Theme::plain());
    let length = letdown::facts::Length::of(31_622_400.0).to_string();
    assert_eq!(length, "8784h00m");
    for (width, height) in [(80, 24), (40, 12), (30, 10)] {
        let shown = run.screen(width, height);
        assert!(shown.contains(&length), "{width}×{height}:\n{shown}");
    }
}
