//! A session as a Baby Buddy pumping entry: the total volume in the user's
//! units as `amount` (Baby Buddy keeps one unitless figure), the session's
//! start and end, and notes with the sides, the let-downs and the note,
//! ending with the mark `letdown:<session id>` by which a sync knows its
//! own entries again. A session is one entry, whatever its plan: a
//! power-pumping hour with its rests is one.

use chrono::{DateTime, FixedOffset, TimeDelta};
use serde::Serialize;

use crate::config::{BabyBuddy, Config, Units};
use crate::format;
use crate::session::{SessionRecord, Timestamp};

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
    pub fn words(self) -> &'static str {
        match self {
            Self::NoVolume => {
                "no volume yet (Baby Buddy needs an amount; add one with `v` and sync again)"
            }
            Self::TooLong => "longer than 24 hours, which Baby Buddy refuses",
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
        let ml = record.result.volume_ml().ok_or(HeldBack::NoVolume)?;
        let end = record.end();
        if end.0 - record.started.0 > TimeDelta::hours(MAX_HOURS) {
            return Err(HeldBack::TooLong);
        }
        Ok(Self {
            child: table.child,
            amount: amount(ml, config.units),
            start: record.started.to_rfc3339(),
            end: end.to_rfc3339(),
            notes: notes(record, config, table.send_notes),
            tags: table.tags.iter().map(|t| t.trim().to_string()).collect(),
        })
    }

    /// The entry as the request body.
    #[must_use]
    pub fn body(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// A short fingerprint of what is sent: a session whose entry's
    /// fingerprint changed since it was sent (an edit, other units, notes
    /// turned off) is sent again, as a change to its entry.
    #[must_use]
    pub fn digest(&self) -> String {
        format!("{:08x}", crc32fast::hash(&self.body()))
    }

    /// Whether an entry the server holds says what this one says.
    #[must_use]
    pub fn matches(&self, amount: f64, start: &str, end: &str, notes: &str) -> bool {
        let same_time = |ours: &str, theirs: &str| match (instant(ours), instant(theirs)) {
            (Some(a), Some(b)) => (a - b).abs() < TimeDelta::milliseconds(1),
            _ => false,
        };
        (self.amount - amount).abs() < 0.005
            && same_time(&self.start, start)
            && same_time(&self.end, end)
            && self.notes == notes
    }
}

/// A time as Baby Buddy writes it (RFC 3339, in the server's zone).
pub(super) fn instant(text: &str) -> Option<DateTime<FixedOffset>> {
    DateTime::parse_from_rfc3339(text).ok()
}

/// The total in the user's units: millilitres to a tenth, ounces to a hundredth.
fn amount(ml: f64, units: Units) -> f64 {
    let amount = crate::facts::Volume::new(ml, units).amount();
    match units {
        Units::Ml => (amount * 10.0).round() / 10.0,
        Units::Oz => (amount * 100.0).round() / 100.0,
    }
}

/// The notes: the let-downs, the sides, the plan, the user's note (unless
/// `send_notes = false`), and the mark last.
fn notes(record: &SessionRecord, config: &Config, send_notes: bool) -> String {
    let mut lines = vec![letdowns_line(record, config)];
    let result = &record.result;
    let sides: Vec<String> = [("left", result.left_ml), ("right", result.right_ml)]
        .into_iter()
        .filter_map(|(side, ml)| {
            ml.map(|ml| {
                format!(
                    "{side} {}",
                    crate::facts::Volume::new(ml, config.units).to_string()
                )
            })
        })
        .collect();
    if !sides.is_empty() {
        lines.push(sides.join(", "));
    }
    if let Some(plan) = &record.plan {
        lines.push(format!("plan: {plan}"));
    }
    if send_notes
        && let Some(note) = result.note.as_deref().map(str::trim)
        && !note.is_empty()
    {
        lines.push(note.to_string());
    }
    lines.push(mark(&record.id));
    lines.join("\n")
}

/// "3 let-downs: 07:15, 07:19, 07:24", in the session's own offset.
fn letdowns_line(record: &SessionRecord, config: &Config) -> String {
    let count = record.letdown_count();
    if record.is_by_hand() {
        return format!("{} (entered by hand)", format::plural(count, "let-down"));
    }
    if count == 0 {
        return "no let-downs marked".to_string();
    }
    let at = |t: &Timestamp| crate::facts::time_of_day(&t.0, config.clock);
    let times: Vec<String> = record.letdowns.iter().map(|l| at(&l.at)).collect();
    format!(
        "{}: {}",
        format::plural(count, "let-down"),
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
        assert!((amount(95.54, Units::Ml) - 95.5).abs() < 1e-9);
        assert!((amount(crate::facts::ML_PER_OZ * 2.5, Units::Oz) - 2.5).abs() < 1e-9);
    }
}
