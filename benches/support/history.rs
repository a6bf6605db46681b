//! A generated pumping history for the benchmarks: schema-1 sessions, about
//! ten a day, written straight into a data dir.
//!
//! The same seed and last day give the same files, byte for byte, so runs can
//! be compared. Each session looks like one a person would record: the plan's
//! phases, three to five let-downs most often (the first one to two minutes
//! in), the coach's triggers when the first is late, a pause now and then,
//! volumes, comfort, and now and then a note. Files are written with a plain
//! `fs::write` (no flush): a benchmark's data needs speed, not durability.

use std::fs;
use std::io;
use std::path::Path;

use chrono::{DateTime, Days, Duration, FixedOffset, NaiveDate, NaiveTime};
use letdown::session::{
    Comfort, Letdown, Pause, PhaseSpan, SCHEMA_1, SessionRecord, SessionResult, State, Timestamp,
    TriggerShown,
};
use letdown::store::DataDir;

/// Sessions in a full day.
pub const PER_DAY: usize = 10;

/// The default plan's fixed phases, then the open-ended one.
const PHASES: [(&str, f64); 4] = [
    ("Massage", 60.0),
    ("Warm compress", 120.0),
    ("Baby photo", 60.0),
    ("Relax", 60.0),
];
const OPEN_PHASE: &str = "Pump";

const TRIGGERS: [&str; 6] = [
    "massage",
    "warm-compress",
    "photo",
    "imagine-baby",
    "breathe",
    "water",
];

const NOTES: [&str; 6] = [
    "pumped at work",
    "baby in the NICU, used the photo",
    "tired; short one",
    "flange swapped to 24 mm",
    "night session, quiet house",
    "felt the let-down during the warm compress",
];

/// What was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    pub sessions: usize,
    pub first_day: NaiveDate,
    pub last_day: NaiveDate,
}

/// Writes `sessions` sessions into the data dir at `root`, ten a day, the
/// last of them on `last_day`, in UTC. Returns what it wrote.
pub fn generate(
    root: &Path,
    sessions: usize,
    last_day: NaiveDate,
    seed: u64,
) -> io::Result<Written> {
    let data = DataDir::new(root.to_path_buf());
    let days = sessions.div_ceil(PER_DAY).max(1);
    let first_day = last_day
        .checked_sub_days(Days::new(days as u64 - 1))
        .ok_or_else(|| io::Error::other("too many days before the last day"))?;
    let mut rng = Rng(seed);
    let mut day = first_day;
    let mut left = sessions;
    while left > 0 {
        let today = left.min(PER_DAY);
        let folder = data.day_dir(day);
        fs::create_dir_all(&folder)?;
        for slot in 0..today {
            let record = session(&mut rng, day, slot);
            let text = record.to_toml().map_err(io::Error::other)?;
            fs::write(data.path_for(&record), text)?;
        }
        left -= today;
        day = day
            .succ_opt()
            .ok_or_else(|| io::Error::other("ran past the last date"))?;
    }
    Ok(Written {
        sessions,
        first_day,
        last_day,
    })
}

/// One realistic session in the `slot`-th of the day's ten time slots.
#[must_use]
pub fn session(rng: &mut Rng, day: NaiveDate, slot: usize) -> SessionRecord {
    // Slots every 2 h 24 min from 00:20, give or take a quarter of an hour.
    let slot_start = 20 * 60 + i64::try_from(slot).unwrap_or(0) * 144 * 60;
    let start_secs = (slot_start + rng.between(-900.0, 900.0) as i64).clamp(0, 86_399 - 3600);
    let started = day.and_time(NaiveTime::MIN) + Duration::seconds(start_secs);
    let utc = FixedOffset::east_opt(0).expect("UTC is an offset");
    let started: DateTime<FixedOffset> = started.and_local_timezone(utc).single().expect("UTC")
        + Duration::milliseconds(rng.below(1000).cast_signed());
    let active = rng.between(600.0, 1500.0).round();
    let letdowns = letdown_times(rng, active);
    let pauses = if rng.chance(0.15) {
        vec![Pause {
            from_secs: rng.between(60.0, active - 60.0).round(),
            secs: rng.between(30.0, 180.0).round(),
        }]
    } else {
        Vec::new()
    };
    let wall = |at_secs: f64| {
        let before: f64 = pauses
            .iter()
            .filter(|p| p.from_secs <= at_secs)
            .map(|p| p.secs)
            .sum();
        Timestamp(started + Duration::milliseconds(((at_secs + before) * 1000.0) as i64))
    };
    let paused_secs = pauses.iter().fold(0.0, |sum, p| sum + p.secs);
    SessionRecord {
        schema: SCHEMA_1,
        id: format!(
            "{}-bench-{}",
            started.format("%Y-%m-%dT%H%M%S"),
            rng.suffix()
        ),
        state: State::Finished,
        started: Timestamp(started),
        ended: Some(wall(active)),
        active_secs: active,
        paused_secs,
        running: None,
        letdowns: letdowns
            .iter()
            .map(|&at_secs| Letdown {
                at_secs,
                at: wall(at_secs),
                side: None,
            })
            .collect(),
        phases: phases(active),
        triggers: triggers(rng, &letdowns, active),
        pauses,
        result: result(rng),
        plan: None,
        entered: None,
        letdown_count: None,
        pumping_secs: None,
        setup: None,
        switches: Vec::new(),
        experiment: None,
    }
}

/// Let-down times: most often 3 to 5, the first one to two minutes in, a
/// few minutes apart, all within the session.
fn letdown_times(rng: &mut Rng, active: f64) -> Vec<f64> {
    let count = match rng.below(100) {
        0..2 => 0,
        2..6 => 1,
        6..14 => 2,
        14..39 => 3,
        39..69 => 4,
        69..89 => 5,
        89..96 => 6,
        _ => 8,
    };
    let mut at = if rng.chance(0.85) {
        rng.between(60.0, 120.0)
    } else {
        rng.between(120.0, 300.0)
    };
    let mut times = Vec::with_capacity(count);
    for _ in 0..count {
        if at >= active {
            break;
        }
        times.push((at * 10.0).round() / 10.0);
        at += rng.between(90.0, 300.0);
    }
    times
}

/// The default plan's phases as they ran over `active` seconds.
fn phases(active: f64) -> Vec<PhaseSpan> {
    let mut spans = Vec::with_capacity(PHASES.len() + 1);
    let mut from = 0.0;
    for (name, secs) in PHASES {
        if from >= active {
            return spans;
        }
        let to = (from + secs).min(active);
        spans.push(PhaseSpan {
            name: name.to_string(),
            from_secs: from,
            to_secs: to,
            kind: None,
        });
        from = to;
    }
    if from < active {
        spans.push(PhaseSpan {
            name: OPEN_PHASE.to_string(),
            from_secs: from,
            to_secs: active,
            kind: None,
        });
    }
    spans
}

/// The coach's prompts: one at two minutes when the first let-down is late,
/// and sometimes one after a long gap.
fn triggers(rng: &mut Rng, letdowns: &[f64], active: f64) -> Vec<TriggerShown> {
    let mut shown = Vec::new();
    let mut name = || TRIGGERS[rng.below(TRIGGERS.len() as u64) as usize].to_string();
    if letdowns.first().is_none_or(|first| *first > 120.0) {
        shown.push(TriggerShown {
            at_secs: 120.0,
            name: name(),
        });
    }
    if let Some(last) = letdowns.last()
        && last + 360.0 < active
    {
        shown.push(TriggerShown {
            at_secs: last + 360.0,
            name: name(),
        });
    }
    shown
}

/// Volumes most of the time, comfort usually fine, a note now and then.
fn result(rng: &mut Rng) -> SessionResult {
    let mut result = SessionResult::default();
    match rng.below(100) {
        0..80 => {
            let left = rng.between(15.0, 70.0).round();
            let right = rng.between(15.0, 70.0).round();
            result.left_ml = Some(left);
            result.right_ml = Some(right);
            result.total_ml = Some(left + right);
        }
        80..92 => result.total_ml = Some(rng.between(30.0, 140.0).round()),
        _ => {}
    }
    result.comfort = match rng.below(100) {
        0..70 => Some(Comfort::Fine),
        70..82 => Some(Comfort::Tender),
        82..85 => Some(Comfort::Painful),
        _ => None,
    };
    if rng.chance(0.12) {
        result.note = Some(NOTES[rng.below(NOTES.len() as u64) as usize].to_string());
    }
    result
}

/// A small seeded generator (splitmix64): the same seed, the same history.
#[derive(Debug, Clone)]
pub struct Rng(pub u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A whole number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// A number in `low..high`.
    fn between(&mut self, low: f64, high: f64) -> f64 {
        let unit = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        low + unit * (high - low).max(0.0)
    }

    fn chance(&mut self, p: f64) -> bool {
        self.between(0.0, 1.0) < p
    }

    /// Four characters, as a session id ends.
    fn suffix(&mut self) -> String {
        const ALPHABET: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
        (0..4)
            .map(|_| char::from(ALPHABET[self.below(36) as usize]))
            .collect()
    }
}

/// A session eight minutes in with three let-downs, as the running file holds
/// it: what a tap makes durable.
#[must_use]
pub fn running(rng: &mut Rng, day: NaiveDate) -> SessionRecord {
    let mut record = session(rng, day, 3);
    let at =
        |secs: f64| Timestamp(record.started.0 + Duration::milliseconds((secs * 1000.0) as i64));
    record.state = State::Running;
    record.ended = None;
    record.active_secs = 480.0;
    record.paused_secs = 0.0;
    record.pauses.clear();
    record.result = SessionResult::default();
    record.letdowns = [95.0, 260.0, 430.0]
        .into_iter()
        .map(|at_secs| Letdown {
            at_secs,
            at: at(at_secs),
            side: None,
        })
        .collect();
    record.phases = phases(480.0);
    record.triggers.clear();
    record.running = Some(letdown::session::Running {
        heartbeat: at(480.0),
        pid: std::process::id(),
        phase: PHASES.len(),
        phase_from_secs: 300.0,
        phase_secs: None,
        paused: false,
        target_secs: None,
    });
    record
}
