//! The notices every face says the same way: files that could not be read,
//! and how long since the last session and whether the next is due.

use chrono::{DateTime, FixedOffset};

use crate::config::Config;
use crate::store::Listing;
use crate::tr;

use super::{Length, time_of_day};

/// Files a listing could not read, as a notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unreadable(pub usize);

impl Unreadable {
    /// "2 session files could not be read": the notice where room is short.
    #[must_use]
    pub fn short(self) -> Option<String> {
        (self.0 > 0).then(|| tr!("facts-unreadable-short", count = self.0))
    }

    /// The notice in full: what happened to the files and where to look.
    #[must_use]
    pub fn sentence(self) -> Option<String> {
        (self.0 > 0).then(|| tr!("facts-unreadable", count = self.0))
    }
}

/// Whether the next session is due, after the newest one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    /// Reminders are off (`remind_after_mins = 0`).
    Off,
    /// Due at this moment, still ahead.
    Around(DateTime<FixedOffset>),
    /// Due now: the moment has come; it came at this instant.
    Now(DateTime<FixedOffset>),
}

/// A fact of now, from the newest session that started by now (whatever day
/// a screen shows): how long ago it ended, and when the next is due.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SinceLast {
    /// When the newest session ended.
    pub ended: DateTime<FixedOffset>,
    pub ago: Length,
    pub due: Due,
}

impl SinceLast {
    /// The facts at `now` after a last session that ended at `ended`.
    #[must_use]
    pub fn at(ended: DateTime<FixedOffset>, config: &Config, now: DateTime<FixedOffset>) -> Self {
        let ago = Length::of((now - ended).num_milliseconds() as f64 / 1000.0);
        let due = match crate::query::next_due(ended, config) {
            None => Due::Off,
            Some(due) if due <= now => Due::Now(due),
            Some(due) => Due::Around(due),
        };
        Self { ended, ago, due }
    }

    /// Whether a session is due now.
    #[must_use]
    pub fn is_due(&self) -> bool {
        matches!(self.due, Due::Now(_))
    }

    /// "Last session ended 2h10m ago", and the due part apart (it is drawn
    /// in its own colour): " · a session is due, whenever you are ready" or
    /// " · next due around 17:31".
    #[must_use]
    pub fn words(&self, config: &Config) -> (String, Option<String>) {
        let since = tr!("facts-since-last", ago = self.ago.short());
        let due = match self.due {
            Due::Off => None,
            Due::Now(_) => Some(format!(" · {}", due_now())),
            Due::Around(due) => Some(format!(
                " · {}",
                tr!("facts-due-around", at = time_of_day(&due, config.clock))
            )),
        };
        (since, due)
    }
}

/// What the reminder says when a session falls due, in English; faces
/// show [`due_now`].
#[must_use]
pub fn due_now() -> String {
    tr!("facts-due-now")
}

/// What a view says once about the files a listing passed over without
/// losing anything: duplicate copies of a session (counted once), and
/// sessions found in another day's folder (shown on their own day). The
/// same words on the screens and in `letdown log`.
#[must_use]
pub fn filing_notes(listing: &Listing) -> Vec<String> {
    let mut notes = Vec::new();
    let copies = listing.duplicates.len();
    if copies > 0 {
        notes.push(tr!("facts-duplicates-ignored", count = copies));
    }
    let misfiled = listing.misfiled.len();
    if misfiled > 0 {
        notes.push(tr!("facts-misfiled", count = misfiled));
    }
    notes
}

/// The mark of a listed session still waiting in the state folder for the
/// data dir ([`Listing::unsaved`]), wherever it is listed.
#[must_use]
pub fn not_saved_yet() -> String {
    tr!("facts-not-saved-yet")
}

/// What a listing's waiting sessions mean, said once beneath a list.
#[must_use]
pub fn unsaved_note(listing: &Listing) -> Option<String> {
    let count = listing.unsaved.len();
    (count > 0).then(|| tr!("facts-unsaved-note", count = count))
}

/// "1 duplicate copy", "2 duplicate copies".
#[must_use]
pub fn duplicate_copies(count: usize) -> String {
    tr!("facts-duplicate-copies", count = count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unreadable_files_are_worded_once() {
        assert_eq!(Unreadable(0).sentence(), None);
        assert_eq!(
            Unreadable(1).sentence().as_deref(),
            Some(
                "1 session file could not be read and was left as it is; `letdown config check` lists it"
            )
        );
        assert_eq!(
            Unreadable(3).short().as_deref(),
            Some("3 session files could not be read")
        );
    }

    #[test]
    fn due_is_a_fact_of_now() {
        let at = |t: &str| DateTime::parse_from_rfc3339(t).expect("a time");
        let config = Config::default();
        let ended = at("2026-11-23T06:50:00+01:00");
        let facts = SinceLast::at(ended, &config, at("2026-11-23T08:00:00+01:00"));
        assert_eq!(facts.due, Due::Around(at("2026-11-23T09:50:00+01:00")));
        assert_eq!(facts.ago.short(), "1h10m");
        let later = SinceLast::at(ended, &config, at("2026-11-23T10:00:00+01:00"));
        assert!(later.is_due());
        assert_eq!(
            later.words(&config).1.as_deref(),
            Some(" · a session is due, whenever you are ready")
        );
    }

    #[test]
    fn notices_read_in_spanish() {
        let at = |t: &str| DateTime::parse_from_rfc3339(t).expect("a time");
        crate::i18n::set_language_here(Some(crate::i18n::Lang::find("es").expect("Spanish")));
        let config = Config::default();
        let ended = at("2026-11-23T06:50:00+01:00");
        let facts = SinceLast::at(ended, &config, at("2026-11-23T08:00:00+01:00"));
        assert_eq!(
            facts.words(&config),
            (
                "La última sesión terminó hace 1h10m".to_string(),
                Some(" · la próxima, hacia las 09:50".to_string())
            )
        );
        assert_eq!(
            Unreadable(2).short().as_deref(),
            Some("2 archivos de sesión no se pudieron leer")
        );
        crate::i18n::set_language_here(None);
    }
}
