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

use super::answer::{Answer, Listed, Problems};
use super::client::Client;
use super::entry::{Entry, carries_mark, instant};
use super::report::{Held, Job, JobKind, Observer, Outcome, Plan, Report};
use super::sent::{self, SentList};
use super::{SyncError, token};
use crate::config::{BabyBuddy, Config, ServerUrl};
use crate::context::Context;
use crate::session::{State, Timestamp};
use crate::store::{DataDir, StateDir, day_of};

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
            plan.jobs.push(Job::new(record, kind, entry, digest));
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
                |t| crate::facts::time_of_day(&t.with_timezone(offset), self.config.clock),
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
