//! `letdown status`: one short line for a tmux or shell status bar.
//!
//! A status bar runs this every few seconds, so it reads the running file and
//! at most [`LOOKBACK_DAYS`] day folders, never all history.

use chrono::{DateTime, Days, Duration, FixedOffset, Local};

use super::log::{report_unreadable, today};
use super::{Context, Failure, print};
use crate::config::Config;
use crate::format;
use crate::session::SessionRecord;
use crate::stats::session_end;

/// How many days back the last session is looked for.
pub const LOOKBACK_DAYS: u64 = 14;

const INTERRUPTED: &str = "a session was interrupted — open letdown to resume it";

pub fn run(context: &Context) -> Result<(), Failure> {
    let now = Local::now().fixed_offset();
    let line = match context.state.read_running() {
        Ok(Some(record)) if context.state.is_locked_elsewhere() => running_line(&record, now),
        Err(_) if context.state.is_locked_elsewhere() => "a session is running".to_string(),
        Ok(Some(_)) => INTERRUPTED.to_string(),
        Err(reason) => {
            eprintln!(
                "letdown: the running session's file cannot be read: {}",
                format::printable(&reason.to_string())
            );
            INTERRUPTED.to_string()
        }
        Ok(None) => last_line(context, now),
    };
    print(&format!("{line}\n"))
}

/// The line while a session runs: its clock as of now and its let-downs.
fn running_line(record: &SessionRecord, now: DateTime<FixedOffset>) -> String {
    let paused = record.running.as_ref().is_some_and(|r| r.paused);
    // The file holds the clock at the last heartbeat; unless paused it has run on since.
    let since_heartbeat = record
        .running
        .as_ref()
        .filter(|r| !r.paused)
        .map_or(0.0, |r| secs_between(r.heartbeat.0, now).max(0.0));
    format!(
        "{} {} · {}",
        if paused { "paused" } else { "pumping" },
        format::clock(record.active_secs + since_heartbeat),
        format::plural(record.letdowns.len(), "let-down")
    )
}

fn last_line(context: &Context, now: DateTime<FixedOffset>) -> String {
    let config = &context.config;
    let to = today(config);
    let from = to
        .checked_sub_days(Days::new(LOOKBACK_DAYS - 1))
        .unwrap_or(to);
    let listing = context.data.read_range(from, to, config.day_starts_at.0);
    report_unreadable(&listing);
    // A start in the future is another machine's clock running ahead; it is not "last".
    let last_end = listing
        .sessions
        .iter()
        .filter(|s| s.record.started.0 <= now)
        .map(|s| session_end(&s.record))
        .max();
    match last_end {
        Some(end) => since_line(end, now, config),
        None if context.data.has_days() => {
            format!("no sessions in the last {LOOKBACK_DAYS} days")
        }
        None => "no sessions yet".to_string(),
    }
}

/// "last pumped 2h10m ago", and when the next is due by `remind_after_mins`
/// (0 turns the reminder off).
fn since_line(end: DateTime<FixedOffset>, now: DateTime<FixedOffset>, config: &Config) -> String {
    let mut line = format!(
        "last pumped {} ago",
        format::short(secs_between(end, now).max(0.0))
    );
    let remind = config.goals.remind_after_mins;
    if remind > 0 {
        let due = end + Duration::minutes(i64::from(remind));
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
            running_line(&running(false), now),
            "pumping 07:42 · 3 let-downs"
        );
        assert_eq!(
            running_line(&running(true), now),
            "paused 07:12 · 3 let-downs"
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
}
