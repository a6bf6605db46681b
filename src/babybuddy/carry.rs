//! One job of a sync with the server: a new entry, a change to an entry,
//! an entry taken as the session's; and what a refusal means.
//!
//! A change sends only what letdown owns: the amount, the times, its block
//! of the notes and its tags; the rest of the notes and the other tags stay.
//! When the amount or the times were changed in Baby Buddy since they were
//! sent, someone edited them there: the entry is left alone unless
//! `--overwrite`.
//!
//! When Baby Buddy refuses an entry as a whole (most often: it overlaps
//! another entry of the child), the entries in that window are searched for
//! this session's mark: found, the entry is its own, sent before (by this
//! machine before it was noted, or by another machine), and is noted as
//! sent, corrected if it says something else. An entry without the mark is
//! never taken for ours, whatever its start and amount: the refusal names
//! it, and whose it is, in the session's own times.

use chrono::{DateTime, FixedOffset, TimeDelta};

use super::SyncError;
use super::answer::{Answer, Listed, Problems};
use super::client::Client;
use super::entry::{carries_mark, instant, merged_notes, same_owned};
use super::report::{Job, JobKind, Outcome};
use super::sent::{Book, Gone, Sent};
use super::sync::{Asked, Syncer};
use crate::session::Timestamp;

/// What one job works with.
pub(super) struct Step<'a> {
    pub syncer: &'a Syncer,
    pub client: &'a Client,
    pub book: &'a mut Book,
    pub writer: &'a str,
    pub asked: &'a Asked,
}

impl Step<'_> {
    /// Does one job, and notes in the data dir what the entry is now.
    pub(super) fn carry_out(&mut self, job: &Job) -> Result<Outcome, SyncError> {
        match job.kind {
            JobKind::Send => self.send(job),
            JobKind::Update { entry } => self.change(job, entry, false),
            JobKind::Link { entry } => self.change(job, entry, true),
        }
    }

    fn send(&mut self, job: &Job) -> Result<Outcome, SyncError> {
        match self.client.create(&job.entry.body(), job.entry.child)? {
            Answer::Done(entry) => {
                self.note(job, entry)?;
                Ok(Outcome::Sent { entry })
            }
            Answer::Refused(problems) if problems.is_about_the_whole() => {
                self.after_refusal(job, &problems)
            }
            Answer::Refused(problems) => Ok(Outcome::Refused(problems.to_string())),
            Answer::Gone => Ok(Outcome::Refused(crate::tr!("cmd-sync-no-api"))),
        }
    }

    /// A change to entry `id`: to the session's own (`link` false), or to
    /// someone's entry made the session's.
    fn change(&mut self, job: &Job, id: u64, link: bool) -> Result<Outcome, SyncError> {
        let there = match self.client.get(id)? {
            Answer::Done(there) => there,
            Answer::Gone | Answer::Refused(_) if link => {
                return Ok(Outcome::HeldBack(crate::tr!(
                    "cmd-sync-no-entry",
                    entry = id.to_string()
                )));
            }
            Answer::Gone | Answer::Refused(_) => return self.gone(job, id),
        };
        if link {
            if let Some(other) = there.marked_session().filter(|other| *other != job.id) {
                return Ok(Outcome::HeldBack(crate::tr!(
                    "cmd-sync-entry-taken",
                    entry = id.to_string(),
                    other = other.to_string()
                )));
            }
        } else if let Some(edit) = self.edited_there(job, &there)
            && !self.asked.overwrite
        {
            return Ok(Outcome::ChangedThere {
                entry: id,
                what: edit,
            });
        }
        self.patch(job, &there, None)
    }

    /// What was changed in Baby Buddy in what letdown owns since it was
    /// sent, in words; `None` when nothing was, or what was sent is unknown.
    fn edited_there(&self, job: &Job, there: &Listed) -> Option<String> {
        let sent = self.book.get(&job.id)?;
        let (amount, start, end) = (sent.amount?, sent.start.as_deref()?, sent.end.as_deref()?);
        let theirs = there.amount.unwrap_or(f64::NAN);
        if same_owned((amount, start, end), (theirs, &there.start, &there.end)) {
            return None;
        }
        let mut what = Vec::new();
        if (amount - theirs).abs() >= 0.005 || theirs.is_nan() {
            what.push(format!("amount {amount} → {theirs}"));
        }
        if !same_owned((0.0, start, end), (0.0, &there.start, &there.end)) {
            what.push(format!(
                "times {} → {}",
                self.span(job, start, end),
                self.span(job, &there.start, &there.end)
            ));
        }
        Some(what.join(", "))
    }

    /// Changes `there` to say what the job's entry says, keeping what is
    /// not letdown's; `taking` the session whose entry it was, if another's.
    fn patch(
        &mut self,
        job: &Job,
        there: &Listed,
        taking: Option<&str>,
    ) -> Result<Outcome, SyncError> {
        let mut notes = there.notes.clone().unwrap_or_default();
        if let Some(other) = taking {
            notes = merged_notes(&notes, "", other)
                .lines()
                .filter(|l| !l.trim().is_empty())
                .collect::<Vec<_>>()
                .join("\n");
        }
        let body = job.entry.change_body(&job.id, &notes, &there.tags);
        match self.client.update(there.id, &body)? {
            Answer::Done(()) => {
                self.note(job, there.id)?;
                if let Some(other) = taking {
                    self.taken(other, there.id, &job.id)?;
                    return Ok(Outcome::Replaced {
                        entry: there.id,
                        of: other.to_string(),
                    });
                }
                Ok(match job.kind {
                    JobKind::Link { .. } => Outcome::Linked { entry: there.id },
                    _ => Outcome::Updated { entry: there.id },
                })
            }
            Answer::Refused(problems) if problems.is_about_the_whole() => Ok(Outcome::Refused(
                self.overlap_words(job, &problems, Some(there.id))?,
            )),
            Answer::Refused(problems) => Ok(Outcome::Refused(problems.to_string())),
            Answer::Gone => self.gone(job, there.id),
        }
    }

    /// The entry was deleted in Baby Buddy: noted, so that no machine sends
    /// the session again.
    fn gone(&mut self, job: &Job, entry: u64) -> Result<Outcome, SyncError> {
        let mut sent = self.book.blank(&job.id, entry, job.digest.clone());
        sent.gone = Some(Gone::DeletedThere);
        self.book.write(self.writer, sent)?;
        Ok(Outcome::Gone { entry })
    }

    /// Notes that the job's session is `entry`, as its entry says now.
    fn note(&mut self, job: &Job, entry: u64) -> Result<(), SyncError> {
        let mut sent: Sent = self.book.blank(&job.id, entry, job.digest.clone());
        sent.amount = Some(job.entry.amount);
        sent.start = Some(job.entry.start.clone());
        sent.end = Some(job.entry.end.clone());
        self.book.write(self.writer, sent)
    }

    /// Notes that session `other`'s entry was taken over by `by`.
    fn taken(&mut self, other: &str, entry: u64, by: &str) -> Result<(), SyncError> {
        let digest = self
            .book
            .get(other)
            .map(|s| s.digest.clone())
            .unwrap_or_default();
        let mut sent = self.book.blank(other, entry, digest);
        sent.gone = Some(Gone::TakenOver);
        sent.taken_by = Some(by.to_string());
        self.book.write(self.writer, sent)
    }

    /// After a refusal of a new entry as a whole: its own entry found by
    /// its mark, another session's taken over when asked, or the refusal
    /// in words.
    fn after_refusal(&mut self, job: &Job, problems: &Problems) -> Result<Outcome, SyncError> {
        let listed = self.around(job)?;
        if let Some(own) = listed
            .iter()
            .find(|e| e.notes.as_deref().is_some_and(|n| carries_mark(n, &job.id)))
        {
            let notes = own.notes.as_deref().unwrap_or("");
            if job
                .entry
                .matches(own.amount.unwrap_or(f64::NAN), &own.start, &own.end, notes)
            {
                self.note(job, own.id)?;
                return Ok(Outcome::Found { entry: own.id });
            }
            return self.patch(job, own, None);
        }
        let others: Vec<&Listed> = listed.iter().filter(|e| overlaps(e, job)).collect();
        if self.asked.replace
            && job.kind.can_take_over()
            && let [other] = others[..]
            && let Some(session) = other.marked_session()
        {
            let session = session.to_string();
            return self.patch(job, other, Some(&session));
        }
        Ok(Outcome::Refused(self.words(job, problems, &others)))
    }

    /// A refusal of the whole entry in words, naming the entries in the way
    /// (`exclude`: the entry being changed).
    fn overlap_words(
        &self,
        job: &Job,
        problems: &Problems,
        exclude: Option<u64>,
    ) -> Result<String, SyncError> {
        let listed = self.around(job)?;
        let others: Vec<&Listed> = listed
            .iter()
            .filter(|e| Some(e.id) != exclude && overlaps(e, job))
            .collect();
        Ok(self.words(job, problems, &others))
    }

    /// The child's entries that may overlap the session. Baby Buddy refuses
    /// an entry of more than a day, so any that overlaps starts within the
    /// day before the session's end.
    fn around(&self, job: &Job) -> Result<Vec<Listed>, SyncError> {
        let Some(start) = instant(&job.entry.start) else {
            return Ok(Vec::new());
        };
        let from = Timestamp(start - TimeDelta::hours(24)).to_rfc3339();
        self.client
            .entries_starting(self.syncer.table.child, &from, &job.entry.end)
    }

    fn words(&self, job: &Job, problems: &Problems, others: &[&Listed]) -> String {
        if others.is_empty() {
            return problems.to_string();
        }
        let ours = others.iter().any(|e| e.marked_session().is_some());
        let named: Vec<String> = others
            .iter()
            .map(|e| {
                let (entry, span) = (e.id.to_string(), self.span(job, &e.start, &e.end));
                if let Some(id) = e.marked_session() {
                    crate::tr!(
                        "cmd-sync-entry-ours",
                        entry = entry,
                        span = span,
                        session = id.to_string()
                    )
                } else {
                    crate::tr!("cmd-sync-entry-theirs", entry = entry, span = span)
                }
            })
            .collect();
        let named = named.join(", ");
        if ours && job.kind.can_take_over() {
            crate::tr!("cmd-sync-overlaps-ours-replace", entries = named)
        } else if ours {
            crate::tr!("cmd-sync-overlaps-ours", entries = named)
        } else {
            crate::tr!(
                "cmd-sync-overlaps",
                entries = named,
                session = job.id.as_str(),
                entry = others[0].id.to_string()
            )
        }
    }

    /// "07:10–07:30", in the session's own offset.
    fn span(&self, job: &Job, start: &str, end: &str) -> String {
        let offset = job.started.0.offset();
        let at = |text: &str| {
            instant(text).map_or_else(
                || "?".to_string(),
                |t: DateTime<FixedOffset>| {
                    crate::facts::time_of_day(&t.with_timezone(offset), self.syncer.config.clock)
                },
            )
        };
        format!("{}–{}", at(start), at(end))
    }
}

/// Whether a listed entry's time overlaps the job's, as Baby Buddy counts it.
fn overlaps(listed: &Listed, job: &Job) -> bool {
    let span = |a: &str, b: &str| Some((instant(a)?, instant(b)?));
    match (
        span(&listed.start, &listed.end),
        span(&job.entry.start, &job.entry.end),
    ) {
        (Some((s, e)), Some((start, end))) => s < end && start < e,
        _ => false,
    }
}
