//! The milk in `letdown stats`: the week against the week before, each day
//! with its left/right split, each session beside its setup, the parts of
//! the day, and the figures by setup when more than one ran. Every figure
//! and word comes from the query and facts layers.

use std::fmt::Write as _;

use crate::config::Config;
use crate::facts::volumes as words;
use crate::facts::{DayLabel, setup::no_setup, time_of_day};
use crate::stats::Volumes;

/// Writes the milk section; nothing when no session of the range has a
/// volume or a setup.
pub(super) fn write_volumes(out: &mut String, config: &Config, volumes: &Volumes) {
    let units = config.units;
    let has_setup = volumes.sessions.iter().any(|s| s.setup != no_setup());
    if !volumes.has_volume() && !has_setup {
        return;
    }
    let _ = writeln!(out, "\n{}", crate::tr!("cmd-stats-milk"));
    if let Some(line) = words::week_line(&volumes.week, units) {
        let _ = writeln!(out, "  {line}");
    }
    for day in &volumes.days {
        let _ = writeln!(
            out,
            "  {:<10}  {}",
            DayLabel::Medium.of(day.date),
            words::day_volume(day, units)
        );
    }
    let _ = writeln!(out, "\n{}", crate::tr!("cmd-stats-sessions"));
    for session in &volumes.sessions {
        let mut volume = words::volume_or_dash(session.volume_ml, units);
        if let Some(split) = words::split(session.left_ml, session.right_ml, units) {
            volume = format!("{volume} ({split})");
        }
        let _ = writeln!(
            out,
            "  {:<10} {:>5}  {}  ·  {}  ·  {}",
            DayLabel::Medium.of(session.date),
            time_of_day(&session.started, config.clock),
            volume,
            crate::tr!("cmd-letdowns", count = session.letdown_count),
            session.setup
        );
    }
    let _ = writeln!(out, "\n{}", crate::tr!("cmd-stats-by-time-of-day"));
    for part in &volumes.by_time_of_day {
        let _ = writeln!(
            out,
            "  {:<17}  {}",
            words::part_label(part),
            words::part_figures(part, units)
        );
    }
    if !volumes.by_setup.is_empty() {
        let _ = writeln!(
            out,
            "\n{}",
            crate::tr!("cmd-stats-by-setup", note = words::by_setup_note())
        );
        let mut last = "";
        for figures in &volumes.by_setup {
            if figures.by != last {
                let _ = writeln!(out, "  {}", words::by_label(figures.by));
                last = figures.by;
            }
            let _ = writeln!(out, "    {}", words::setup_figures(figures, units));
        }
    }
}
