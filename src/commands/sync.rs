//! `letdown sync [--dry-run] [--since DATE]`: finished sessions to Baby
//! Buddy, oldest first; a progress bar on a terminal, and one line of
//! summary. A line for each session that did not go as planned (refused,
//! found there already, deleted there), saying what and why.

use std::io::IsTerminal;

use indicatif::{ProgressBar, ProgressStyle};

use super::log::report_unreadable;
use super::{Context, Failure, print, today};
use crate::babybuddy::{Job, JobKind, Observer, Outcome, Syncer};
use crate::cli::DayArg;
use crate::config::Config;
use crate::format::{self, printable};

pub fn run(context: &Context, dry_run: bool, since: Option<DayArg>) -> Result<(), Failure> {
    let syncer = Syncer::new(context)?;
    let since = since.map(|d| d.resolve(today(context)));
    if dry_run {
        return dry_run_of(context, &syncer, since);
    }
    let mut progress = Progress {
        config: &context.config,
        bar: None,
    };
    let report = syncer.run(since, &mut progress)?;
    if let Some(bar) = progress.bar.take() {
        bar.finish_and_clear();
    }
    report_unreadable(&report.unreadable);
    let mut lines: Vec<String> = report
        .notes
        .iter()
        .map(|n| printable(n).into_owned())
        .collect();
    lines.push(report.summary());
    let text = lines.join("\n") + "\n";
    print(&text)?;
    if let Some(err) = report.stopped {
        return Err(err.into());
    }
    match report.refused() {
        0 => Ok(()),
        n => Err(Failure::Io(format!(
            "Baby Buddy refused {}, each said above; nothing of it was lost here",
            format::plural(n, "session")
        ))),
    }
}

/// What a sync would send, and nothing sent: no connection is made.
fn dry_run_of(
    context: &Context,
    syncer: &Syncer,
    since: Option<chrono::NaiveDate>,
) -> Result<(), Failure> {
    let plan = syncer.plan(since);
    report_unreadable(&plan.unreadable);
    let units = crate::facts::Volume::unit(context.config.units);
    let mut lines: Vec<String> = plan
        .notes
        .iter()
        .map(|n| printable(n).into_owned())
        .collect();
    for job in &plan.jobs {
        let verb = match job.kind {
            JobKind::Send => "would send  ".to_string(),
            JobKind::Update { entry } => format!("would change entry {entry}:"),
        };
        let letdowns = job.entry.notes.lines().next().unwrap_or_default();
        lines.push(format!(
            "{verb} {}  {} {units}, {}",
            job.label(&context.config),
            job.entry.amount,
            printable(letdowns)
        ));
    }
    for held in &plan.held {
        lines.push(format!(
            "not sent     {}  {}",
            held.label(&context.config),
            held.why.words()
        ));
    }
    lines.push(plan.summary());
    print(&(lines.join("\n") + "\n"))
}

/// The progress bar on a terminal (standard error), and the lines worth
/// reading, above it.
struct Progress<'a> {
    config: &'a Config,
    bar: Option<ProgressBar>,
}

impl Observer for Progress<'_> {
    fn starting(&mut self, jobs: usize) {
        if !std::io::stderr().is_terminal() {
            return;
        }
        let style = ProgressStyle::with_template("{bar:30} {pos}/{len} sessions to Baby Buddy")
            .unwrap_or_else(|_| ProgressStyle::default_bar());
        self.bar = Some(ProgressBar::new(jobs as u64).with_style(style));
    }

    fn done(&mut self, job: &Job, outcome: &Outcome) {
        if outcome.is_news() {
            let line = format!("{}  {}\n", job.label(self.config), outcome.words());
            // A closed stdout stops nothing here: the summary reports it.
            match &self.bar {
                Some(bar) => bar.suspend(|| {
                    let _ = print(&line);
                }),
                None => {
                    let _ = print(&line);
                }
            }
        }
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }
}
