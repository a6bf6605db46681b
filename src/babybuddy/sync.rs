//! One sync: which finished sessions to send (oldest first) or to send
//! again as a change, sending them, and what came of each.
//!
//! A session is sent once; its entry's id is kept in the sent list. When
//! Baby Buddy refuses an entry as a whole (most often: it overlaps another
//! entry of the child), the sync looks at the entries in that window for
//! this session's mark: found, the entry is its own, sent before (by this
//! machine before its list was lost, or by another machine sharing the data
//! dir), and is noted as sent, corrected if it says something else. An
//! entry without the mark is someone else's, and is never taken for ours,
//! whatever its start and amount: the session is reported and the sync
//! goes on. A session deleted here is not deleted there.

use chrono::{NaiveDate, TimeDelta};

use super::client::{Answer, Client, Listed, Problems};
use super::entry::{Entry, HeldBack, carries_mark, instant};
use super::sent::{self, SentList};
use super::{SyncError, token};
use crate::config::{BabyBuddy, Config, ServerUrl};
use crate::context::Context;
use crate::format::{self, printable};
use crate::session::{SessionRecord, State, Timestamp};
use crate::store::{DataDir, StateDir, Unreadable, day_of};

/// Everything a sync works with. Only made from a config with
/// `[babybuddy]`: without it there is no sync, and no connection.
#[derive(Debug, Clone)]
pub struct Syncer {
    config: Config,
    table: BabyBuddy,
    server: ServerUrl,
    data: DataDir,
    state: StateDir,
}

/// What a sync does with one session.
#[derive(Debug, Clone)]
pub struct Job {
    pub id: String,
    pub started: Timestamp,
    pub kind: JobKind,
    pub entry: Entry,
    digest: String,
}

/// Sent for the first time, or sent again as a change to its entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobKind {
    Send,
    Update { entry: u64 },
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
    /// Its entry was deleted in Baby Buddy: the change is not sent, and the
    /// session is not sent anew (someone removed it there on purpose).
    Gone { entry: u64 },
}

/// Told as a sync goes, for a progress bar or nothing.
pub trait Observer {
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
    pub outcomes: Vec<(Job, Outcome)>,
    /// Jobs not tried, because the sync stopped first.
    pub left: usize,
    /// Why it stopped before the end, if it did.
    pub stopped: Option<SyncError>,
    pub notes: Vec<String>,
    pub unreadable: Vec<Unreadable>,
}

impl Syncer {
    /// A syncer for the context's `[babybuddy]`; none without it.
    pub fn new(context: &Context) -> Result<Self, SyncError> {
        let table = context.config.babybuddy.clone().ok_or(SyncError::NotSet)?;
        let server = table.server().map_err(SyncError::BadUrl)?;
        Ok(Self {
            config: context.config.clone(),
            table,
            server,
            data: context.data.clone(),
            state: context.state.clone(),
        })
    }

    /// The table in use.
    #[must_use]
    pub fn table(&self) -> &BabyBuddy {
        &self.table
    }

    /// What a sync would send, read from the data dir and the sent list;
    /// `since` leaves out the days before it. No connection is made.
    #[must_use]
    pub fn plan(&self, since: Option<NaiveDate>) -> Plan {
        let (list, note) = self.sent_list();
        let mut plan = self.plan_with(&list, since);
        plan.notes.extend(note);
        plan
    }

    fn sent_list(&self) -> (SentList, Option<String>) {
        SentList::load(&self.state, self.server.base(), self.table.child)
    }

    fn plan_with(&self, list: &SentList, since: Option<NaiveDate>) -> Plan {
        let day_start = self.config.day_starts_at.0;
        let listing = self.data.read_all();
        let mut plan = Plan {
            unreadable: listing.unreadable,
            ..Plan::default()
        };
        for stored in listing.sessions {
            let record = &stored.record;
            if record.state != State::Finished
                || since.is_some_and(|since| day_of(record, day_start) < since)
            {
                continue;
            }
            let entry = match Entry::of(record, &self.config, &self.table) {
                Ok(entry) => entry,
                Err(why) => {
                    plan.held.push(Held {
                        id: record.id.clone(),
                        started: record.started,
                        why,
                    });
                    continue;
                }
            };
            let digest = entry.digest();
            let kind = match list.get(&record.id) {
                Some(sent) if sent.digest == digest => {
                    plan.already += 1;
                    continue;
                }
                Some(sent) => JobKind::Update { entry: sent.entry },
                None => JobKind::Send,
            };
            plan.jobs.push(job(record, kind, entry, digest));
        }
        plan
    }

    /// Sends what [`Syncer::plan`] lists, telling `observer` as it goes. An
    /// error before anything is sent (the token, the lock) is the `Err`; one
    /// on the way stops the sync and is in the report, with what was done.
    pub fn run(
        &self,
        since: Option<NaiveDate>,
        observer: &mut dyn Observer,
    ) -> Result<Report, SyncError> {
        let _lock = sent::lock(&self.state)?;
        let (mut list, note) = self.sent_list();
        let plan = self.plan_with(&list, since);
        let mut report = Report {
            plan_held: plan.held,
            already: plan.already,
            notes: note.into_iter().collect(),
            unreadable: plan.unreadable,
            ..Report::default()
        };
        if plan.jobs.is_empty() {
            return Ok(report);
        }
        let token = token::read(&self.table)?;
        let client = Client::new(self.server.clone(), token, self.table.ca_file.as_deref())?;
        observer.starting(plan.jobs.len());
        let total = plan.jobs.len();
        for job in plan.jobs {
            let outcome = match self.carry_out(&client, &job, &mut list) {
                Ok(outcome) => outcome,
                Err(err) => {
                    report.stopped = Some(err);
                    break;
                }
            };
            observer.done(&job, &outcome);
            report.outcomes.push((job, outcome));
            if let Err(err) = list.save_now_and_then() {
                report.stopped = Some(err);
                break;
            }
        }
        report.left = total - report.outcomes.len();
        if let Err(err) = list.save() {
            report.stopped.get_or_insert(err);
        }
        Ok(report)
    }

    /// Sends one session, and notes it in the list once it is there.
    fn carry_out(
        &self,
        client: &Client,
        job: &Job,
        list: &mut SentList,
    ) -> Result<Outcome, SyncError> {
        let outcome = match job.kind {
            JobKind::Send => match client.create(&job.entry)? {
                Answer::Done(entry) => Outcome::Sent { entry },
                Answer::Refused(problems) if problems.is_about_the_whole() => {
                    self.look_for_our_own(client, job, &problems)?
                }
                Answer::Refused(problems) => Outcome::Refused(problems.to_string()),
                Answer::Gone => Outcome::Refused("Baby Buddy has no pumping API".to_string()),
            },
            JobKind::Update { entry } => match client.update(entry, &job.entry)? {
                Answer::Done(()) => Outcome::Updated { entry },
                Answer::Refused(problems) => Outcome::Refused(problems.to_string()),
                Answer::Gone => Outcome::Gone { entry },
            },
        };
        match outcome {
            Outcome::Sent { entry }
            | Outcome::Updated { entry }
            | Outcome::Found { entry }
            | Outcome::Gone { entry } => list.record(&job.id, entry, job.digest.clone()),
            Outcome::Refused(_) => {}
        }
        Ok(outcome)
    }

    /// After a refusal of the whole entry: the entries around the session,
    /// searched for its mark. Baby Buddy refuses an entry of more than a
    /// day, so any entry that overlaps the session starts within the day
    /// before its end.
    fn look_for_our_own(
        &self,
        client: &Client,
        job: &Job,
        problems: &Problems,
    ) -> Result<Outcome, SyncError> {
        let (Some(start), Some(end)) = (instant(&job.entry.start), instant(&job.entry.end)) else {
            return Ok(Outcome::Refused(problems.to_string()));
        };
        let from = Timestamp(start - TimeDelta::hours(24)).to_rfc3339();
        let listed = client.entries_starting(self.table.child, &from, &job.entry.end)?;
        if let Some(own) = listed
            .iter()
            .find(|e| e.notes.as_deref().is_some_and(|n| carries_mark(n, &job.id)))
        {
            let same = job.entry.matches(
                own.amount.unwrap_or(f64::NAN),
                &own.start,
                &own.end,
                own.notes.as_deref().unwrap_or(""),
            );
            if same {
                return Ok(Outcome::Found { entry: own.id });
            }
            return Ok(match client.update(own.id, &job.entry)? {
                Answer::Done(()) | Answer::Gone => Outcome::Found { entry: own.id },
                Answer::Refused(problems) => Outcome::Refused(problems.to_string()),
            });
        }
        let others: Vec<String> = listed
            .iter()
            .filter(|e| overlaps(e, start, end))
            .map(|e| self.listed_words(e, job))
            .collect();
        Ok(Outcome::Refused(if others.is_empty() {
            problems.to_string()
        } else {
            format!(
                "it overlaps {} that letdown did not send; change one of them and sync again",
                others.join(", ")
            )
        }))
    }

    /// "entry 12 (07:10–07:30)", in the session's own offset.
    fn listed_words(&self, listed: &Listed, job: &Job) -> String {
        let offset = job.started.0.offset();
        let at = |text: &str| {
            instant(text).map_or_else(
                || "?".to_string(),
                |t| format::time_of_day(&t.with_timezone(offset), self.config.clock),
            )
        };
        format!(
            "Baby Buddy entry {} ({}–{})",
            listed.id,
            at(&listed.start),
            at(&listed.end)
        )
    }
}

/// Whether a listed entry's time overlaps `start..end`, as Baby Buddy counts it.
fn overlaps(
    listed: &Listed,
    start: chrono::DateTime<chrono::FixedOffset>,
    end: chrono::DateTime<chrono::FixedOffset>,
) -> bool {
    match (instant(&listed.start), instant(&listed.end)) {
        (Some(s), Some(e)) => s < end && start < e,
        _ => false,
    }
}

fn job(record: &SessionRecord, kind: JobKind, entry: Entry, digest: String) -> Job {
    Job {
        id: record.id.clone(),
        started: record.started,
        kind,
        entry,
        digest,
    }
}

impl Job {
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
        format::time_of_day(&started.0, config.clock)
    )
}

impl Outcome {
    /// The outcome in words, for a line about its session.
    #[must_use]
    pub fn words(&self) -> String {
        match self {
            Self::Sent { entry } => format!("sent (Baby Buddy entry {entry})"),
            Self::Updated { entry } => format!("changed in Baby Buddy (entry {entry})"),
            Self::Found { entry } => {
                format!("already in Baby Buddy (entry {entry}, by its mark); noted as sent")
            }
            Self::Refused(why) => format!("refused by Baby Buddy: {}", printable(why)),
            Self::Gone { entry } => {
                format!("its entry ({entry}) was deleted in Baby Buddy; the change was not sent")
            }
        }
    }

    /// Whether the line is news worth printing without a terminal: what
    /// went as planned is in the summary.
    #[must_use]
    pub fn is_news(&self) -> bool {
        matches!(
            self,
            Self::Refused(_) | Self::Gone { .. } | Self::Found { .. }
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

    /// The one-line summary: "Baby Buddy: 3 sent, 1 changed; 12 sent before".
    #[must_use]
    pub fn summary(&self) -> String {
        let mut done = Vec::new();
        for (n, words) in [
            (self.count(|o| matches!(o, Outcome::Sent { .. })), "sent"),
            (
                self.count(|o| matches!(o, Outcome::Updated { .. })),
                "changed",
            ),
            (
                self.count(|o| matches!(o, Outcome::Found { .. })),
                "found there already",
            ),
            (self.refused(), "refused"),
            (
                self.count(|o| matches!(o, Outcome::Gone { .. })),
                "deleted there",
            ),
        ] {
            if n > 0 {
                done.push(format!("{n} {words}"));
            }
        }
        let first = if done.is_empty() && self.stopped.is_none() {
            "nothing new to send".to_string()
        } else if done.is_empty() {
            "nothing sent".to_string()
        } else {
            done.join(", ")
        };
        let mut parts = vec![first];
        if self.left > 0 {
            parts.push(format!(
                "{} for the next sync",
                format::plural(self.left, "session")
            ));
        }
        parts.extend(rest_words(self.already, &self.plan_held));
        format!("Baby Buddy: {}", parts.join("; "))
    }
}

impl Plan {
    /// The dry run's summary: "Baby Buddy, dry run: would send 3, change 1".
    #[must_use]
    pub fn summary(&self) -> String {
        let sends = self.jobs.iter().filter(|j| j.kind == JobKind::Send).count();
        let changes = self.jobs.len() - sends;
        let first = match (sends, changes) {
            (0, 0) => "nothing new to send".to_string(),
            (n, 0) => format!("would send {}", format::plural(n, "session")),
            (0, m) => format!("would change {}", entries(m)),
            (n, m) => format!(
                "would send {} and change {}",
                format::plural(n, "session"),
                entries(m)
            ),
        };
        let mut parts = vec![first];
        parts.extend(rest_words(self.already, &self.held));
        format!("Baby Buddy, dry run (nothing sent): {}", parts.join("; "))
    }
}

/// "1 entry", "3 entries".
fn entries(n: usize) -> String {
    if n == 1 {
        "1 entry".to_string()
    } else {
        format!("{n} entries")
    }
}

/// What was sent before and what is held back: "12 sessions sent before",
/// "2 sessions without a volume, not sent".
fn rest_words(already: usize, held: &[Held]) -> Vec<String> {
    let no_volume = held.iter().filter(|h| h.why == HeldBack::NoVolume).count();
    let too_long = held.len() - no_volume;
    [
        (already, "sent before"),
        (no_volume, "without a volume, not sent"),
        (too_long, "longer than 24 hours, not sent"),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, words)| format!("{} {words}", format::plural(n, "session")))
    .collect()
}
