//! `letdown status`: one short line for a tmux or shell status bar.
//!
//! A status bar runs this every few seconds, so it reads the running file and
//! at most [`LOOK_BACK_DAYS`] day folders (the last 24 hours are among them),
//! never all history. It only reads:
//! it creates no folder or file and takes no part in the session lock, so a
//! `letdown start` at the same instant is never refused because of it.

use chrono::{DateTime, FixedOffset, Local};

use super::log::report_unreadable;
use super::{Context, Failure, print};
use crate::config::Config;
use crate::format;
use crate::query::{self, DayReport, LOOK_BACK_DAYS};
use crate::session::SessionRecord;
use crate::stats::Last24h;
use crate::store::RunningFile;

const INTERRUPTED: &str = "a session was interrupted — open letdown to resume it";
const NOT_SAVED: &str = "the last session is not saved yet; opening letdown will save it";
const UNREADABLE: &str =
    "the running session's file cannot be read; opening letdown will set it aside";

pub fn run(context: &Context) -> Result<(), Failure> {
    let now = Local::now().fixed_offset();
    let running = context.state.running_file();
    let held = !matches!(running, RunningFile::Absent) && context.state.is_locked_elsewhere();
    let line = match running {
        RunningFile::Running(record) | RunningFile::Finished(record) if held => {
            let resting = record.running.as_ref().is_some_and(|r| {
                crate::session::Plan::for_record(&context.config, &record)
                    .phases
                    .get(r.phase)
                    .is_some_and(crate::session::PlanPhase::is_rest)
            });
            running_line(&record, now, resting)
        }
        RunningFile::Unreadable(_) if held => "a session is running".to_string(),
        RunningFile::Running(_) => INTERRUPTED.to_string(),
        RunningFile::Finished(_) => NOT_SAVED.to_string(),
        RunningFile::Unreadable(reason) => {
            eprintln!(
                "letdown: the running session's file cannot be read: {}",
                format::printable(&reason)
            );
            UNREADABLE.to_string()
        }
        RunningFile::Absent => last_line(context, now),
    };
    print(&format!("{line}\n"))
}

/// The line while a session runs: its clock as of now and its let-downs;
/// in a rest phase it says so, as the session screen does.
fn running_line(record: &SessionRecord, now: DateTime<FixedOffset>, resting: bool) -> String {
    let paused = record.running.as_ref().is_some_and(|r| r.paused);
    // The file holds the clock at the last heartbeat; unless paused it has run on since.
    let since_heartbeat = record
        .running
        .as_ref()
        .filter(|r| !r.paused)
        .map_or(0.0, |r| secs_between(r.heartbeat.0, now).max(0.0));
    format!(
        "{} {} · {}",
        if paused {
            "paused"
        } else if resting {
            "resting"
        } else {
            "pumping"
        },
        format::clock(record.active_secs + since_heartbeat),
        format::plural(record.letdowns.len(), "let-down")
    )
}

fn last_line(context: &Context, now: DateTime<FixedOffset>) -> String {
    let config = &context.config;
    let DayReport {
        listing, recent, ..
    } = query::day_report(
        &context.data,
        config,
        query::today(config, now),
        query::LookBack::Whole,
    );
    let rolling = query::last_24h(&context.data, config, now);
    report_unreadable(&listing.unreadable);
    report_unreadable(&recent.unreadable);
    let known: Vec<_> = listing
        .unreadable
        .iter()
        .chain(&recent.unreadable)
        .cloned()
        .collect();
    report_unreadable(&rolling.unreadable_besides(&known));
    match recent.last_end(now) {
        Some(end) => since_line(end, now, config) + &last_24h_part(&rolling.at(now)),
        None if context.data.has_days() => {
            format!("no sessions in the last {LOOK_BACK_DAYS} days")
        }
        None => "no sessions yet".to_string(),
    }
}

/// " · 24 h: 7 · 1h52m": the sessions and pumping time of the last 24
/// hours, kept short for a status bar; nothing when the window is empty.
fn last_24h_part(figures: &Last24h) -> String {
    if figures.sessions == 0 {
        return String::new();
    }
    format!(
        " · 24 h: {} · {}",
        figures.sessions,
        format::short(figures.pumping_secs)
    )
}

/// "last pumped 2h10m ago", and when the next is due.
fn since_line(end: DateTime<FixedOffset>, now: DateTime<FixedOffset>, config: &Config) -> String {
    let mut line = format!(
        "last pumped {} ago",
        format::short(secs_between(end, now).max(0.0))
    );
    if let Some(due) = query::next_due(end, config) {
        if due <= now {
            line.push_str(" · due now");
        } else {
            line.push_str(" · next due ");
            line.push_str(&format::time_of_day(
                &due.with_timezone(now.offset()),
                config.clock,
            ));
        }
    }
    line
}

fn secs_between(from: DateTime<FixedOffset>, to: DateTime<FixedOffset>) -> f64 {
    (to - from).num_milliseconds() as f64 / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::ClockStyle;
    use crate::session::{Running, Timestamp};
    use crate::stats::fixtures::session;

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).expect("a test time")
    }

    fn running(paused: bool) -> SessionRecord {
        let mut record = session("2026-11-23T08:50:00+01:00", 432.0, &[80.0, 200.0, 400.0]);
        record.running = Some(Running {
            heartbeat: Timestamp(at("2026-11-23T08:59:30+01:00")),
            pid: 1,
            phase: 4,
            phase_from_secs: 300.0,
            phase_secs: None,
            paused,
            target_secs: None,
        });
        record
    }

    #[test]
    fn a_running_session_counts_on_from_its_heartbeat_unless_paused() {
        let now = at("2026-11-23T09:00:00+01:00");
        assert_eq!(
            running_line(&running(false), now, false),
            "pumping 07:42 · 3 let-downs"
        );
        assert_eq!(
            running_line(&running(true), now, false),
            "paused 07:12 · 3 let-downs"
        );
        assert_eq!(
            running_line(&running(false), now, true),
            "resting 07:42 · 3 let-downs"
        );
    }

    #[test]
    fn the_last_session_says_how_long_ago_and_when_the_next_is_due() {
        let now = at("2026-11-23T09:00:00+01:00");
        let mut config = Config::default();
        let after = |end: &str, config: &Config| since_line(at(end), now, config);
        assert_eq!(
            after("2026-11-23T06:50:00+01:00", &config),
            "last pumped 2h10m ago · next due 09:50"
        );
        assert_eq!(
            after("2026-11-23T05:30:00+01:00", &config),
            "last pumped 3h30m ago · due now"
        );
        config.clock = ClockStyle::H12;
        assert_eq!(
            after("2026-11-23T06:50:00+01:00", &config),
            "last pumped 2h10m ago · next due 9:50 am"
        );
        config.goals.remind_after_mins = 0;
        assert_eq!(
            after("2026-11-23T06:50:00+01:00", &config),
            "last pumped 2h10m ago"
        );
    }

    #[test]
    fn the_last_24_hours_are_said_briefly_and_only_when_there_are_any() {
        assert_eq!(last_24h_part(&Last24h::default()), "");
        let figures = Last24h {
            sessions: 7,
            pumping_secs: 112.0 * 60.0 + 30.0,
            letdown_count: 21,
            volume_ml: Some(700.0),
        };
        assert_eq!(last_24h_part(&figures), " · 24 h: 7 · 1h52m");
    }
}
