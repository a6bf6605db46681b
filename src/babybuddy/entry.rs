//! A session as a Baby Buddy pumping entry: the total volume in `[babybuddy]
//! units` as `amount` (Baby Buddy keeps one unitless figure, which its
//! dashboard adds up), the session's start and end, and letdown's block of
//! the notes: one line with the let-downs, the sides, the plan, comfort and
//! the note, ending with the mark `letdown:<session id>` by which a sync
//! knows its own entries again. A session is one entry, whatever its plan:
//! a power-pumping hour with its rests is one.

use chrono::{DateTime, FixedOffset, TimeDelta};
use serde::Serialize;

use crate::config::{BabyBuddy, ClockStyle, Config, Units};
use crate::facts::{self, Volume};
use crate::format;
use crate::session::SessionRecord;

/// The longest entry Baby Buddy takes.
const MAX_HOURS: i64 = 24;

/// What a sync sends for one session.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    pub child: u64,
    pub amount: f64,
    pub start: String,
    pub end: String,
    pub notes: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
}

/// Why a session is not sent (yet).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeldBack {
    /// Baby Buddy needs an amount, and none was given; once one is (`v`),
    /// the next sync sends it.
    NoVolume,
    /// Baby Buddy refuses an entry of more than 24 hours.
    TooLong,
}

impl HeldBack {
    /// Why, in words.
    #[must_use]
    pub fn words(self) -> String {
        match self {
            Self::NoVolume => crate::tr!("cmd-sync-no-volume"),
            Self::TooLong => crate::tr!("cmd-sync-too-long"),
        }
    }
}

/// The mark an entry's notes end with: how a sync recognises an entry it
/// sent, even when the list of sent sessions is gone or another machine sent it.
#[must_use]
pub fn mark(id: &str) -> String {
    format!("letdown:{id}")
}

/// Whether notes carry the mark of session `id`, as a word of its own (so
/// that one id is never taken for a longer one that begins with it).
#[must_use]
pub fn carries_mark(notes: &str, id: &str) -> bool {
    let mark = mark(id);
    notes.match_indices(&mark).any(|(at, _)| {
        let before = notes[..at].chars().next_back();
        let after = notes[at + mark.len()..].chars().next();
        before.is_none_or(char::is_whitespace) && after.is_none_or(char::is_whitespace)
    })
}

impl Entry {
    /// The entry for a finished session, or why it is held back.
    pub fn of(
        record: &SessionRecord,
        config: &Config,
        table: &BabyBuddy,
    ) -> Result<Self, HeldBack> {
        let end = record.end();
        if end.0 - record.started.0 > TimeDelta::hours(MAX_HOURS) {
            return Err(HeldBack::TooLong);
        }
        let result = &record.result;
        let side = |ml: Option<f64>| ml.map(|ml| in_units(ml, table.units));
        let (left, right) = (side(result.left_ml), side(result.right_ml));
        // One rounding: a total made of the sides is the sum of the sides as
        // the notes show them.
        let amount = match (result.total_ml, left, right) {
            (Some(ml), _, _) => in_units(ml, table.units),
            (None, None, None) => return Err(HeldBack::NoVolume),
            (None, l, r) => round(l.unwrap_or(0.0) + r.unwrap_or(0.0), table.units),
        };
        Ok(Self {
            child: table.child,
            amount,
            start: record.started.to_rfc3339(),
            end: end.to_rfc3339(),
            notes: block(record, config, table, (left, right)),
            tags: table.tags.iter().map(|t| t.trim().to_string()).collect(),
        })
    }

    /// The entry as the body of a new entry.
    #[must_use]
    pub fn body(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// The body of a change to an entry that holds `notes` and `tags` now:
    /// what letdown owns, its block of the notes put in place of the old one
    /// (the rest of the notes kept), its tags added to the others.
    #[must_use]
    pub fn change_body(&self, id: &str, notes: &str, tags: &[String]) -> Vec<u8> {
        let mut all: Vec<String> = tags.to_vec();
        for tag in &self.tags {
            if !all.iter().any(|t| t.eq_ignore_ascii_case(tag)) {
                all.push(tag.clone());
            }
        }
        serde_json::to_vec(&serde_json::json!({
            "amount": self.amount,
            "start": self.start,
            "end": self.end,
            "notes": merged_notes(notes, &self.notes, id),
            "tags": all,
        }))
        .unwrap_or_default()
    }

    /// A short fingerprint of what is sent: a session whose entry's
    /// fingerprint changed since it was sent (an edit, notes turned off) is
    /// sent again, as a change to its entry.
    #[must_use]
    pub fn digest(&self) -> String {
        format!("{:08x}", crc32fast::hash(&self.body()))
    }

    /// Whether what letdown owns of an entry (its amount and times) is what
    /// this one says.
    #[must_use]
    pub fn owns_the_same(&self, amount: f64, start: &str, end: &str) -> bool {
        same_owned((self.amount, &self.start, &self.end), (amount, start, end))
    }

    /// Whether an entry the server holds says what this one says: the same
    /// amount and times, its notes holding this block.
    #[must_use]
    pub fn matches(&self, amount: f64, start: &str, end: &str, notes: &str) -> bool {
        self.owns_the_same(amount, start, end) && notes.lines().any(|line| line == self.notes)
    }
}

/// Whether two (amount, start, end) say the same, to a hundredth and a millisecond.
pub(super) fn same_owned(a: (f64, &str, &str), b: (f64, &str, &str)) -> bool {
    let same_time = |ours: &str, theirs: &str| match (instant(ours), instant(theirs)) {
        (Some(a), Some(b)) => (a - b).abs() < TimeDelta::milliseconds(1),
        _ => false,
    };
    (a.0 - b.0).abs() < 0.005 && same_time(a.1, b.1) && same_time(a.2, b.2)
}

/// A time as Baby Buddy writes it (RFC 3339, in the server's zone).
pub(super) fn instant(text: &str) -> Option<DateTime<FixedOffset>> {
    DateTime::parse_from_rfc3339(text).ok()
}

/// Millilitres in `units`, rounded once for every figure an entry holds:
/// millilitres to a tenth, ounces to a hundredth.
fn in_units(ml: f64, units: Units) -> f64 {
    round(Volume::new(ml, units).amount(), units)
}

fn round(value: f64, units: Units) -> f64 {
    let scale = match units {
        Units::Ml => 10.0,
        Units::Oz => 100.0,
    };
    (value * scale).round() / scale
}

/// Notes with letdown's block in place: the line that carries the mark is
/// replaced whole, every other line kept; without one, the block goes last.
/// An entry written before the block was one line has the mark alone on its
/// last line of letdown's, and letdown's lines from the top down to it.
pub(super) fn merged_notes(theirs: &str, block: &str, id: &str) -> String {
    let lines: Vec<&str> = theirs.lines().collect();
    let Some(at) = lines.iter().position(|l| carries_mark(l, id)) else {
        return if theirs.trim().is_empty() {
            block.to_string()
        } else {
            format!("{}\n{block}", theirs.trim_end())
        };
    };
    let from = if lines[at].trim() == mark(id) { 0 } else { at };
    let mut out: Vec<&str> = lines[..from].to_vec();
    out.push(block);
    out.extend(lines[at + 1..].iter().filter(|l| !carries_mark(l, id)));
    out.join("\n")
}

/// letdown's block of the notes, on one line because Baby Buddy's list
/// shows notes without their line breaks: "3 let-downs (09:21, 09:24,
/// 09:30) · L 20 ml / R 15 ml · power pumping · tender · note: … ·
/// letdown:<id>". The sides are in `[babybuddy] units`, as the amount is.
fn block(
    record: &SessionRecord,
    config: &Config,
    table: &BabyBuddy,
    (left, right): (Option<f64>, Option<f64>),
) -> String {
    let mut parts = vec![letdowns_part(record, config)];
    let unit = Volume::unit(table.units);
    let sides: Vec<String> = [("L", left), ("R", right)]
        .into_iter()
        .filter_map(|(side, v)| v.map(|v| format!("{side} {v} {unit}")))
        .collect();
    if !sides.is_empty() {
        parts.push(sides.join(" / "));
    }
    match record.plan.as_deref() {
        None | Some("standard") => {}
        Some(plan @ ("power" | "hands-on")) => parts.push(format!("{plan} pumping")),
        Some(plan) => parts.push(format!("plan: {}", one_line(plan))),
    }
    if let Some(comfort) = record.result.comfort {
        parts.push(comfort.label().to_string());
    }
    if table.send_notes
        && let Some(note) = record.result.note.as_deref().map(one_line)
        && !note.is_empty()
    {
        parts.push(format!("note: {note}"));
    }
    parts.push(mark(&record.id));
    parts.join(" · ")
}

/// Text on one line: every run of white space (line breaks too) one space.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// "3 let-downs (09:21, 09:24, 09:30)", in the session's own offset; the
/// let-downs that share a minute with another with their seconds. A
/// session entered by hand says its count if one was given, and nothing
/// else of let-downs.
fn letdowns_part(record: &SessionRecord, config: &Config) -> String {
    if record.letdowns.is_empty() {
        return match (record.letdown_count, record.is_by_hand()) {
            (Some(0), _) => "no let-downs".to_string(),
            (Some(n), true) => format!(
                "{} (entered by hand)",
                format::plural(n as usize, "let-down")
            ),
            (Some(n), false) => format::plural(n as usize, "let-down"),
            (None, true) => "entered by hand".to_string(),
            (None, false) => "no let-downs marked".to_string(),
        };
    }
    let minutes: Vec<String> = record
        .letdowns
        .iter()
        .map(|l| l.at.0.format("%Y%m%d%H%M").to_string())
        .collect();
    let times: Vec<String> = record
        .letdowns
        .iter()
        .zip(&minutes)
        .map(|(l, minute)| {
            let shared = minutes.iter().filter(|m| *m == minute).count() > 1;
            match (shared, config.clock) {
                (false, clock) => facts::time_of_day(&l.at.0, clock),
                (true, ClockStyle::H24) => l.at.0.format("%H:%M:%S").to_string(),
                (true, ClockStyle::H12) => l.at.0.format("%-I:%M:%S %P").to_string(),
            }
        })
        .collect();
    format!(
        "{} ({})",
        format::plural(record.letdowns.len(), "let-down"),
        times.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mark_is_a_word_of_its_own() {
        let notes = "2 let-downs: 07:15, 07:19\nletdown:2026-11-23T071405-laptop-k3f9";
        assert!(carries_mark(notes, "2026-11-23T071405-laptop-k3f9"));
        assert!(!carries_mark(notes, "2026-11-23T071405-laptop-k3f"));
        assert!(!carries_mark("xletdown:a", "a"));
        assert!(carries_mark("letdown:a", "a"));
    }

    #[test]
    fn ounces_go_to_the_hundredth() {
        assert!((in_units(95.54, Units::Ml) - 95.5).abs() < 1e-9);
        assert!((in_units(facts::ML_PER_OZ * 2.5, Units::Oz) - 2.5).abs() < 1e-9);
    }

    #[test]
    fn the_block_replaces_its_own_line_and_keeps_the_rest() {
        let block = "2 let-downs (07:15, 07:17) · letdown:a";
        assert_eq!(merged_notes("", block, "a"), block);
        assert_eq!(
            merged_notes("in the fridge", block, "a"),
            format!("in the fridge\n{block}")
        );
        assert_eq!(
            merged_notes("old · letdown:a\nin the fridge", block, "a"),
            format!("{block}\nin the fridge")
        );
        assert_eq!(
            merged_notes(
                "2 let-downs: 07:15\nleft 20 ml\nletdown:a\nfridge",
                block,
                "a"
            ),
            format!("{block}\nfridge"),
            "the older layout, letdown's lines down to the mark alone"
        );
    }
}
