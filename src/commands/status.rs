//! `letdown status`: one short line for a tmux or shell status bar; with
//! `--json` the same facts as fields, and with `--follow` a new line (or
//! object) at each change, for waybar, polybar and i3blocks ([`follow`]).
//!
//! A status bar runs this every few seconds, so it reads the running file and
//! at most [`LOOK_BACK_DAYS`] day folders (the last 24 hours are among them),
//! never all history; the line of a running session reads no day folder at
//! all. It only reads: it creates no folder or file and takes no part in the
//! session lock, so a `letdown start` at the same instant is never refused
//! because of it.

mod follow;

use chrono::{DateTime, FixedOffset, Local, SecondsFormat};
use serde::Serialize;

use super::log::report_unreadable;
use super::{Context, Failure, in_english, json_text, print};
use crate::config::Config;
use crate::format;
use crate::query::{self, DayReport, LOOK_BACK_DAYS, Recent, Rolling};
use crate::session::{Plan, SessionRecord};
use crate::stats::Last24h;
use crate::store::{RunningFile, StateDir};

pub fn run(context: &Context, json: bool, follow: bool) -> Result<(), Failure> {
    if follow {
        return follow::run(context, json);
    }
    let now = Local::now().fixed_offset();
    let session = Session::read(&context.state);
    session.report_unreadable();
    // The line of a running session needs nothing from the data dir.
    let past = (json || !session.is_running()).then(|| Past::read(context, now, true));
    let text = if json {
        json_text(&facts(context, &session, past.as_ref(), now))?
    } else {
        format!("{}\n", line(context, &session, past.as_ref(), now))
    };
    print(&text)
}

/// What the state folder says, read without changing anything.
#[derive(Debug, Clone, PartialEq)]
struct Session {
    file: RunningFile,
    /// Whether a process holds the session lock: the session is live.
    held: bool,
}

impl Session {
    fn read(state: &StateDir) -> Self {
        let file = state.running_file();
        let held = !matches!(file, RunningFile::Absent) && state.is_locked_elsewhere();
        Self { file, held }
    }

    /// A session runs, paused or not: its process holds the lock.
    fn is_running(&self) -> bool {
        self.held
    }

    /// The running record, while its clock runs on.
    fn ticking(&self) -> Option<&SessionRecord> {
        match &self.file {
            RunningFile::Running(record) | RunningFile::Finished(record)
                if self.held && !is_paused(record) =>
            {
                Some(record)
            }
            _ => None,
        }
    }

    fn report_unreadable(&self) {
        if let RunningFile::Unreadable(reason) = &self.file
            && !self.held
        {
            eprintln!(
                "letdown: {}",
                crate::tr!(
                    "cmd-status-file-unreadable",
                    why = format::printable(reason).into_owned()
                )
            );
        }
    }
}

/// What the data dir says of the sessions before now: read once, and asked
/// again as time passes.
#[derive(Debug, Clone, Default)]
struct Past {
    recent: Recent,
    rolling: Rolling,
    has_days: bool,
    /// Finished sessions waiting in the state folder for the data dir.
    unsaved: usize,
}

impl Past {
    /// Reads the day folders; `report` says on stderr what could not be read.
    fn read(context: &Context, now: DateTime<FixedOffset>, report: bool) -> Self {
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
        if report {
            report_unreadable(&listing.unreadable);
            report_unreadable(&recent.unreadable);
            let known: Vec<_> = listing
                .unreadable
                .iter()
                .chain(&recent.unreadable)
                .cloned()
                .collect();
            report_unreadable(&rolling.unreadable_besides(&known));
        }
        Self {
            recent,
            rolling,
            has_days: context.data.has_days(),
            unsaved: context.state.unsaved().len(),
        }
    }
}

/// The line: the running session's, or how long since the last one.
fn line(
    context: &Context,
    session: &Session,
    past: Option<&Past>,
    now: DateTime<FixedOffset>,
) -> String {
    let held = session.held;
    match &session.file {
        RunningFile::Running(record) | RunningFile::Finished(record) if held => {
            let resting =
                running_phase(&context.config, record).is_some_and(|phase| phase.is_rest());
            running_line(record, now, resting)
        }
        RunningFile::Unreadable(_) if held => crate::tr!("cmd-status-running"),
        RunningFile::Running(_) => crate::tr!("cmd-status-interrupted"),
        RunningFile::Finished(_) => crate::tr!("cmd-status-not-saved"),
        RunningFile::Unreadable(_) => crate::tr!("cmd-status-unreadable"),
        RunningFile::Absent => {
            past.map_or_else(String::new, |past| last_line(&context.config, past, now))
        }
    }
}

/// What `--json` prints: the line's facts as fields.
#[derive(Debug, Clone, PartialEq, Serialize)]
struct Facts {
    /// A session runs right now (paused or not).
    running: bool,
    /// "running", "paused", "interrupted", "unsaved", "unreadable" or "idle".
    state: &'static str,
    /// The line `letdown status` prints.
    line: String,
    /// The running (or interrupted) session.
    session: Option<SessionFacts>,
    /// The last finished session.
    last: Option<LastFacts>,
    /// When the next session is due, after the last one.
    next_due: Option<String>,
    /// Whether it is due now (never while one runs).
    due_now: bool,
    last_24h: Last24h,
    /// Finished sessions not saved in the data dir yet: kept in the state
    /// folder, counted, and saved once the data dir takes them.
    unsaved_sessions: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
struct SessionFacts {
    id: String,
    started: String,
    /// The clock: active seconds, whole.
    active_secs: u64,
    clock: String,
    letdowns: usize,
    /// The current phase's name, as the config's plan has it.
    phase: Option<String>,
    paused: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
struct LastFacts {
    started: String,
    ended: String,
}

fn facts(
    context: &Context,
    session: &Session,
    past: Option<&Past>,
    now: DateTime<FixedOffset>,
) -> Facts {
    let config = &context.config;
    let state = match &session.file {
        RunningFile::Running(record) | RunningFile::Finished(record) if session.held => {
            if is_paused(record) {
                "paused"
            } else {
                "running"
            }
        }
        RunningFile::Unreadable(_) if session.held => "running",
        RunningFile::Running(_) => "interrupted",
        RunningFile::Finished(_) => "unsaved",
        RunningFile::Unreadable(_) => "unreadable",
        RunningFile::Absent => "idle",
    };
    let record = match &session.file {
        RunningFile::Running(record) => Some(record),
        RunningFile::Finished(record) if session.held => Some(record),
        _ => None,
    };
    let session_facts = record.map(|record| {
        let active = clock_at(record, session.held, now);
        SessionFacts {
            id: record.id.clone(),
            started: stamp(record.started.0),
            active_secs: active.max(0.0).floor() as u64,
            clock: format::clock(active),
            letdowns: record.letdowns.len(),
            phase: phase_name(config, record),
            paused: is_paused(record),
        }
    });
    let last = past.and_then(|past| past.recent.last_span(now));
    let next_due = last.and_then(|(_, end)| query::next_due(end, config));
    let running = session.is_running();
    Facts {
        running,
        state,
        // Data, the same in every language, as the fields' names are.
        line: in_english(|| line(context, session, past, now)),
        session: session_facts,
        last: last.map(|(started, ended)| LastFacts {
            started: stamp(started),
            ended: stamp(ended),
        }),
        next_due: next_due.map(|due| stamp(due.with_timezone(now.offset()))),
        due_now: !running && next_due.is_some_and(|due| due <= now),
        last_24h: past.map(|past| past.rolling.at(now)).unwrap_or_default(),
        unsaved_sessions: past.map_or(0, |past| past.unsaved),
    }
}

/// A time as the session files write it.
fn stamp(at: DateTime<FixedOffset>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, false)
}

fn is_paused(record: &SessionRecord) -> bool {
    record.running.as_ref().is_some_and(|r| r.paused)
}

/// The phase a running record is in, in the plan its file names.
fn running_phase(config: &Config, record: &SessionRecord) -> Option<crate::session::PlanPhase> {
    let running = record.running.as_ref()?;
    Plan::for_record(config, record)
        .phases
        .get(running.phase)
        .cloned()
}

/// The name of the phase a running record is in.
fn phase_name(config: &Config, record: &SessionRecord) -> Option<String> {
    running_phase(config, record).map(|phase| {
        format::printable(&crate::facts::builtin::phase_name(&phase.name)).into_owned()
    })
}

/// The clock of a record at `now`: the file holds it as of the last
/// heartbeat, and unless paused (or no longer running) it has run on since.
fn clock_at(record: &SessionRecord, live: bool, now: DateTime<FixedOffset>) -> f64 {
    let since_heartbeat = record
        .running
        .as_ref()
        .filter(|r| live && !r.paused)
        .map_or(0.0, |r| secs_between(r.heartbeat.0, now).max(0.0));
    record.active_secs + since_heartbeat
}

/// The line while a session runs: its clock as of now and its let-downs;
/// in a rest phase it says so, as the session screen does.
fn running_line(record: &SessionRecord, now: DateTime<FixedOffset>, resting: bool) -> String {
    let state = if is_paused(record) {
        "paused"
    } else if resting {
        "resting"
    } else {
        "pumping"
    };
    crate::tr!(
        "cmd-status-session",
        state = state,
        clock = format::clock(clock_at(record, true, now)),
        letdowns = record.letdowns.len()
    )
}

fn last_line(config: &Config, past: &Past, now: DateTime<FixedOffset>) -> String {
    let line = match past.recent.last_end(now) {
        Some(end) => since_line(end, now, config) + &last_24h_part(&past.rolling.at(now)),
        None if past.has_days => crate::tr!("cmd-status-none-lately", days = LOOK_BACK_DAYS),
        None => crate::tr!("cmd-status-none-yet"),
    };
    if past.unsaved == 0 {
        return line;
    }
    format!(
        "{line} · {}",
        crate::tr!(
            "cmd-status-unsaved",
            count = past.unsaved,
            not_saved = crate::facts::notices::not_saved_yet()
        )
    )
}

/// " · 24 h: 7 · 1h52m": the sessions and pumping time of the last 24
/// hours, kept short for a status bar; nothing when the window is empty.
fn last_24h_part(figures: &Last24h) -> String {
    if figures.sessions == 0 {
        return String::new();
    }
    format!(
        " · {}",
        crate::tr!(
            "cmd-status-last-24h",
            sessions = figures.sessions,
            pumping = crate::facts::Length::of(figures.pumping_secs).short()
        )
    )
}

/// "last pumped 2h10m ago", and when the next is due.
fn since_line(end: DateTime<FixedOffset>, now: DateTime<FixedOffset>, config: &Config) -> String {
    let mut line = crate::tr!(
        "cmd-status-last-pumped",
        ago = crate::facts::Length::of(secs_between(end, now).max(0.0)).short()
    );
    if let Some(due) = query::next_due(end, config) {
        line.push_str(" · ");
        if due <= now {
            line.push_str(&crate::tr!("cmd-status-due-now"));
        } else {
            line.push_str(&crate::tr!(
                "cmd-status-next-due",
                at = crate::facts::time_of_day(&due.with_timezone(now.offset()), config.clock)
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
