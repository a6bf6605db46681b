//! One sync: which finished sessions to send (oldest first) or to send
//! again as a change, checking the setup once, sending them, and what came
//! of each. What each job does with the server is in `carry`.
//!
//! A session is sent once: what was sent, and as which entry, is read from
//! the data dir ([`super::sent`]), so that every machine sharing it knows,
//! and an entry deleted in Baby Buddy is not sent again by any of them.

use chrono::NaiveDate;

use super::carry::Step;
use super::client::Client;
use super::entry::Entry;
use super::machine;
use super::report::{Held, Job, JobKind, Observer, Plan, Report};
use super::sent::{Book, Gone};
use super::{SyncError, token};
use crate::config::{BabyBuddy, Config, ServerUrl};
use crate::context::Context;
use crate::session::State;
use crate::store::{DataDir, StateDir, day_of};

/// Everything a sync works with. Only made from a config with
/// `[babybuddy]`: without it there is no sync, and no connection.
#[derive(Debug, Clone)]
pub struct Syncer {
    pub(super) config: Config,
    pub(super) table: BabyBuddy,
    server: ServerUrl,
    data: DataDir,
    state: StateDir,
}

/// The Baby Buddy entry session `id` was sent as and still is, when
/// `[babybuddy]` is set and it was: what `x` on the day screen says stays
/// there. No connection is made.
#[must_use]
pub fn sent_entry(config: &Config, data: &DataDir, id: &str) -> Option<u64> {
    let table = config.babybuddy.as_ref()?;
    let server = table.server().ok()?;
    Book::read_some(data, server.key(), table.child, Some(id))
        .get(id)
        .filter(|sent| sent.gone.is_none())
        .map(|sent| sent.entry)
}

/// What a sync is asked to do besides sending what is new.
#[derive(Debug, Clone, Default)]
pub struct Asked {
    /// Leaves out the sessions of the days before.
    pub since: Option<NaiveDate>,
    /// Puts the session's figures back over an entry whose amount or times
    /// were changed in Baby Buddy.
    pub overwrite: bool,
    /// Makes an overlapping entry of another session this session's.
    pub replace: bool,
    /// Sends this session again as a new entry, whatever was sent before.
    pub resend: Option<String>,
    /// Makes this entry (someone's own) this session's.
    pub link: Option<(String, u64)>,
}

impl Asked {
    /// The one session asked about by id, if one is.
    fn only(&self) -> Option<&str> {
        self.resend
            .as_deref()
            .or(self.link.as_ref().map(|(id, _)| id.as_str()))
    }
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

    /// What a sync would send, read from the data dir; no connection is
    /// made and nothing is written.
    pub fn plan(&self, asked: &Asked) -> Result<Plan, SyncError> {
        self.plan_with(&self.book(), asked)
    }

    fn book(&self) -> Book {
        Book::read(&self.data, self.server.key(), self.table.child)
    }

    fn plan_with(&self, book: &Book, asked: &Asked) -> Result<Plan, SyncError> {
        let day_start = self.config.day_starts_at.0;
        let listing = self.data.read_all();
        let old = machine::old_list(&self.state, &self.server, self.table.child);
        let mut plan = Plan {
            unreadable: listing.unreadable,
            ..Plan::default()
        };
        if book.unreadable > 0 {
            plan.notes.push(crate::tr!(
                "cmd-sync-book-unreadable",
                count = book.unreadable
            ));
        }
        for stored in listing.sessions {
            let record = &stored.record;
            if record.state != State::Finished
                || asked.only().is_some_and(|id| id != record.id)
                || (asked.only().is_none()
                    && asked
                        .since
                        .is_some_and(|since| day_of(record, day_start) < since))
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
            let sent = book.get(&record.id);
            let kind = if let Some((_, entry)) = &asked.link {
                JobKind::Link { entry: *entry }
            } else if asked.resend.is_some() {
                JobKind::Send
            } else {
                match sent {
                    Some(sent) if sent.gone == Some(Gone::DeletedThere) => {
                        plan.deleted_there += 1;
                        continue;
                    }
                    Some(sent) if sent.gone.is_some() || sent.digest == digest => {
                        plan.already += 1;
                        continue;
                    }
                    Some(sent) => JobKind::Update { entry: sent.entry },
                    None => match old.iter().find(|(id, _)| *id == record.id) {
                        Some((_, old_entry)) => {
                            let job = Job::new(record, JobKind::Send, entry, digest);
                            plan.adopt.push((job, *old_entry));
                            continue;
                        }
                        None => JobKind::Send,
                    },
                }
            };
            plan.jobs.push(Job::new(record, kind, entry, digest));
        }
        if let Some(id) = asked.only()
            && plan.jobs.is_empty()
        {
            return Err(SyncError::NoSuchSession {
                id: id.to_string(),
                held: plan.held.first().map(|h| h.why.words()),
            });
        }
        Ok(plan)
    }

    /// Sends what [`Syncer::plan`] lists, telling `observer` as it goes. An
    /// error before anything is sent (the token, the lock) is the `Err`; one
    /// on the way (the setup check included) stops the sync and is in the
    /// report, with what was done.
    pub fn run(&self, asked: &Asked, observer: &mut dyn Observer) -> Result<Report, SyncError> {
        let _lock = machine::lock(&self.state)?;
        let mut book = self.book();
        let plan = self.plan_with(&book, asked)?;
        let mut report = Report {
            plan_held: plan.held,
            already: plan.already + plan.adopt.len(),
            deleted_there: plan.deleted_there,
            notes: plan.notes,
            unreadable: plan.unreadable,
            ..Report::default()
        };
        if plan.jobs.is_empty() && plan.adopt.is_empty() {
            return Ok(report);
        }
        let writer = machine::writer(&self.state)?;
        for (job, entry) in &plan.adopt {
            let mut sent = book.blank(&job.id, *entry, job.digest.clone());
            sent.amount = Some(job.entry.amount);
            sent.start = Some(job.entry.start.clone());
            sent.end = Some(job.entry.end.clone());
            book.write(&writer, sent)?;
        }
        if plan.jobs.is_empty() {
            return Ok(report);
        }
        let token = token::read(&self.table)?;
        let client = Client::new(self.server.clone(), token, self.table.ca_file.as_deref())?;
        let total = plan.jobs.len();
        observer.checking(self.server.base());
        if let Err(err) = client.check(self.table.child) {
            report.stopped = Some(err);
            report.left = total;
            return Ok(report);
        }
        observer.starting(total);
        let mut step = Step {
            syncer: self,
            client: &client,
            book: &mut book,
            writer: &writer,
            asked,
        };
        for job in plan.jobs {
            match step.carry_out(&job) {
                Ok(outcome) => {
                    observer.done(&job, &outcome);
                    report.outcomes.push((job, outcome));
                }
                Err(err) => {
                    report.stopped = Some(err);
                    break;
                }
            }
        }
        report.left = total - report.outcomes.len();
        Ok(report)
    }
}
