//! The floor of SPEC.md "How fast": a bare ratatui program that redraws a
//! clock once a second and counts key presses. The performance harness
//! (`scripts/perf.sh`) measures it beside letdown, so that letdown's figures
//! read as ratios to what any ratatui program costs on the same machine.
//!
//! `q` leaves. It blocks in `event::poll` until the next whole second, and
//! draws once per second or per key, as letdown's loop does.

use std::io;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use ratatui::crossterm::event::{self, Event, KeyCode, KeyEventKind};
use ratatui::text::Line;

fn main() -> io::Result<()> {
    ratatui::run(|terminal| {
        let mut keys = 0u64;
        loop {
            let since_epoch = SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .unwrap_or_default();
            let secs = since_epoch.as_secs();
            terminal.draw(|frame| {
                let clock = format!(
                    "floor clock {:02}:{:02}:{:02} UTC · keys {keys}",
                    secs / 3600 % 24,
                    secs / 60 % 60,
                    secs % 60
                );
                frame.render_widget(Line::from(clock), frame.area());
            })?;
            let to_next_second = Duration::from_secs(1)
                .saturating_sub(Duration::from_nanos(u64::from(since_epoch.subsec_nanos())));
            if event::poll(to_next_second)?
                && let Event::Key(key) = event::read()?
                && key.kind == KeyEventKind::Press
            {
                if key.code == KeyCode::Char('q') {
                    return Ok(());
                }
                keys += 1;
            }
        }
    })
}
