//! What a sync would do and what it did: the sessions to send or to change,
//! those held back, the outcome of each, and the words a summary says.

use super::SyncError;
use super::entry::{Entry, HeldBack};
use crate::config::Config;
use crate::format::printable;
use crate::session::{SessionRecord, Timestamp};
use crate::store::Unreadable;

/// What a sync does with one session.
#[derive(Debug, Clone)]
pub struct Job {
    pub id: String,
    pub started: Timestamp,
    pub kind: JobKind,
    pub entry: Entry,
    pub(super) digest: String,
}

/// What is done with a session's entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobKind {
    /// Sent as a new entry.
    Send,
    /// Sent again as a change to its entry.
    Update { entry: u64 },
    /// An entry already there made the session's (`sync --link`).
    Link { entry: u64 },
}

impl JobKind {
    /// Whether `--replace` can make an overlapping entry of another
    /// session this one's: only for a session with no entry of its own, so
    /// a refused change is never told to try it.
    #[must_use]
    pub fn can_take_over(self) -> bool {
        self == Self::Send
    }
}

/// A session that is not sent, and why.
#[derive(Debug, Clone)]
pub struct Held {
    pub id: String,
    pub started: Timestamp,
    pub why: HeldBack,
}

/// What a sync would do: no connection is needed to know it.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    pub jobs: Vec<Job>,
    pub held: Vec<Held>,
    /// Sessions sent before and unchanged since.
    pub already: usize,
    /// Sessions whose entry was deleted in Baby Buddy: not sent again.
    pub deleted_there: usize,
    /// Sessions an older version's list (in the state folder) says were
    /// sent, not yet known in the data dir: noted there by the next sync.
    pub(super) adopt: Vec<(Job, u64)>,
    /// What the sync noticed on the way (a sent list set aside).
    pub notes: Vec<String>,
    /// Session files that could not be read, so not sent.
    pub unreadable: Vec<Unreadable>,
}

/// What came of one job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Created as entry `entry`.
    Sent { entry: u64 },
    /// Its entry now says what the session says.
    Updated { entry: u64 },
    /// Baby Buddy held it already, under this session's mark: noted as sent.
    Found { entry: u64 },
    /// Baby Buddy refused it; what it said, or what stands in the way.
    Refused(String),
    /// letdown did not send it (an entry to take that is not there, or is
    /// another session's); why, in words.
    HeldBack(String),
    /// Its entry was deleted in Baby Buddy: the change is not sent, and the
    /// session is not sent anew (someone removed it there on purpose).
    Gone { entry: u64 },
    /// Its entry's amount or times were changed in Baby Buddy: left as it
    /// is there, unless `--overwrite`.
    ChangedThere { entry: u64, what: String },
    /// Another session's entry, which overlapped it, made this one's
    /// (`--replace`).
    Replaced { entry: u64, of: String },
    /// An entry already there made the session's (`--link`).
    Linked { entry: u64 },
}

/// Told as a sync goes, for a progress bar or nothing.
pub trait Observer {
    /// The setup is about to be checked with the server at `url`.
    fn checking(&mut self, url: &str) {
        let _ = url;
    }
    /// The sync is about to send `jobs` sessions.
    fn starting(&mut self, jobs: usize) {
        let _ = jobs;
    }
    /// One job is done.
    fn done(&mut self, job: &Job, outcome: &Outcome) {
        let _ = (job, outcome);
    }
}

/// An observer that watches nothing.
impl Observer for () {}

/// What a sync did.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub plan_held: Vec<Held>,
    pub already: usize,
    pub deleted_there: usize,
    pub outcomes: Vec<(Job, Outcome)>,
    /// Jobs not tried, because the sync stopped first.
    pub left: usize,
    /// Why it stopped before the end, if it did.
    pub stopped: Option<SyncError>,
    pub notes: Vec<String>,
    pub unreadable: Vec<Unreadable>,
}

impl Job {
    pub(super) fn new(record: &SessionRecord, kind: JobKind, entry: Entry, digest: String) -> Self {
        Self {
            id: record.id.clone(),
            started: record.started,
            kind,
            entry,
            digest,
        }
    }

    /// The session as a line names it: "2026-11-23 07:14".
    #[must_use]
    pub fn label(&self, config: &Config) -> String {
        session_label(self.started, config)
    }
}

impl Held {
    /// The session as a line names it.
    #[must_use]
    pub fn label(&self, config: &Config) -> String {
        session_label(self.started, config)
    }
}

fn session_label(started: Timestamp, config: &Config) -> String {
    format!(
        "{} {}",
        started.0.format("%Y-%m-%d"),
        crate::facts::time_of_day(&started.0, config.clock)
    )
}

impl Outcome {
    /// The outcome in words, for a line about its session.
    #[must_use]
    pub fn words(&self) -> String {
        match self {
            Self::Sent { entry } => crate::tr!("cmd-sync-sent", entry = entry.to_string()),
            Self::Updated { entry } => crate::tr!("cmd-sync-updated", entry = entry.to_string()),
            Self::Found { entry } => crate::tr!("cmd-sync-found", entry = entry.to_string()),
            Self::ChangedThere { entry, what } => crate::tr!(
                "cmd-sync-changed-there",
                entry = entry.to_string(),
                what = printable(what).into_owned()
            ),
            Self::Replaced { entry, of } => crate::tr!(
                "cmd-sync-replaced",
                entry = entry.to_string(),
                of = printable(of).into_owned()
            ),
            Self::Linked { entry } => crate::tr!("cmd-sync-linked", entry = entry.to_string()),
            Self::Refused(why) => crate::tr!("cmd-sync-refused", why = printable(why).into_owned()),
            Self::HeldBack(why) => printable(why).into_owned(),
            Self::Gone { entry } => crate::tr!("cmd-sync-gone", entry = entry.to_string()),
        }
    }

    /// Whether the line is news worth printing without a terminal: what
    /// went as planned is in the summary.
    #[must_use]
    pub fn is_news(&self) -> bool {
        matches!(
            self,
            Self::Refused(_)
                | Self::HeldBack(_)
                | Self::Gone { .. }
                | Self::Found { .. }
                | Self::ChangedThere { .. }
                | Self::Replaced { .. }
                | Self::Linked { .. }
        )
    }
}

impl Report {
    /// How many of the outcomes match.
    fn count(&self, pick: fn(&Outcome) -> bool) -> usize {
        self.outcomes.iter().filter(|(_, o)| pick(o)).count()
    }

    /// How many sessions Baby Buddy refused this time.
    #[must_use]
    pub fn refused(&self) -> usize {
        self.count(|o| matches!(o, Outcome::Refused(_)))
    }

    /// How many sessions letdown held back this time: an entry changed in
    /// Baby Buddy left alone, or an entry to take that it would not take.
    #[must_use]
    pub fn held_back(&self) -> usize {
        self.count(|o| matches!(o, Outcome::ChangedThere { .. } | Outcome::HeldBack(_)))
    }

    /// Who kept how many sessions from going, when any waits for the user:
    /// "Baby Buddy refused 1 session", "2 sessions held back", or both.
    #[must_use]
    pub fn waiting_words(&self) -> Option<String> {
        match (self.refused(), self.held_back()) {
            (0, 0) => None,
            (refused, 0) => Some(crate::tr!("cmd-sync-waiting-refused", refused = refused)),
            (0, held) => Some(crate::tr!("cmd-sync-waiting-held", held = held)),
            (refused, held) => Some(crate::tr!(
                "cmd-sync-waiting-both",
                refused = refused,
                held = held
            )),
        }
    }

    /// The one-line summary: "Baby Buddy: 3 sent, 1 changed; 12 sent before".
    #[must_use]
    pub fn summary(&self) -> String {
        let mut done = Vec::new();
        for (n, kind) in [
            (self.count(|o| matches!(o, Outcome::Sent { .. })), "sent"),
            (
                self.count(|o| {
                    matches!(
                        o,
                        Outcome::Updated { .. } | Outcome::Replaced { .. } | Outcome::Linked { .. }
                    )
                }),
                "changed",
            ),
            (self.count(|o| matches!(o, Outcome::Found { .. })), "found"),
            (self.refused(), "refused"),
            (self.count(|o| matches!(o, Outcome::HeldBack(_))), "held"),
            (
                self.count(|o| matches!(o, Outcome::ChangedThere { .. })),
                "left",
            ),
            (self.count(|o| matches!(o, Outcome::Gone { .. })), "deleted"),
        ] {
            if n > 0 {
                done.push(crate::tr!("cmd-sync-done", count = n, kind = kind));
            }
        }
        let first = if done.is_empty() && self.stopped.is_none() {
            crate::tr!("cmd-sync-nothing-new")
        } else if done.is_empty() {
            crate::tr!("cmd-sync-nothing-sent")
        } else {
            done.join(", ")
        };
        let mut parts = vec![first];
        if self.left > 0 {
            parts.push(crate::tr!("cmd-sync-left", count = self.left));
        }
        parts.extend(rest_words(
            self.already,
            self.deleted_there,
            &self.plan_held,
        ));
        crate::tr!("cmd-sync-summary", parts = parts.join("; "))
    }
}

impl Plan {
    /// The dry run's summary: "Baby Buddy, dry run: would send 3, change 1".
    #[must_use]
    pub fn summary(&self) -> String {
        let sends = self.jobs.iter().filter(|j| j.kind == JobKind::Send).count();
        let already = self.already + self.adopt.len();
        let changes = self.jobs.len() - sends;
        let first = match (sends, changes) {
            (0, 0) => crate::tr!("cmd-sync-nothing-new"),
            (n, 0) => crate::tr!("cmd-sync-plan-send", sessions = n),
            (0, m) => crate::tr!("cmd-sync-plan-change", entries = m),
            (n, m) => crate::tr!("cmd-sync-plan-both", sessions = n, entries = m),
        };
        let mut parts = vec![first];
        parts.extend(rest_words(already, self.deleted_there, &self.held));
        crate::tr!("cmd-sync-dry-run-summary", parts = parts.join("; "))
    }
}

/// What was sent before and what is held back: "12 sessions sent before",
/// "2 sessions without a volume, not sent".
fn rest_words(already: usize, deleted_there: usize, held: &[Held]) -> Vec<String> {
    let no_volume = held.iter().filter(|h| h.why == HeldBack::NoVolume).count();
    let too_long = held.len() - no_volume;
    [
        (already, "before"),
        (deleted_there, "deleted"),
        (no_volume, "no-volume"),
        (too_long, "too-long"),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, kind)| crate::tr!("cmd-sync-rest", count = n, kind = kind))
    .collect()
}
