//! `letdown sync [--dry-run] [--since DATE] [--overwrite] [--replace]
//! [--resend ID] [--link ID ENTRY]`: finished sessions to Baby Buddy,
//! oldest first; a progress bar on a terminal, and one line of summary. A
//! line for each session that did not go as planned (refused, found there
//! already, changed or deleted there), saying what and why.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};

use super::log::report_unreadable;
use super::{Context, Failure, print, today};
use crate::babybuddy::{Asked, Job, JobKind, Observer, Outcome, Syncer};
use crate::cli::DayArg;
use crate::config::Config;
use crate::format::printable;

/// The command line's words for a sync.
#[derive(Debug, Clone, Default)]
pub struct Flags {
    pub since: Option<DayArg>,
    pub overwrite: bool,
    pub replace: bool,
    pub resend: Option<String>,
    pub link: Option<Vec<String>>,
}

impl Flags {
    fn asked(&self, context: &Context) -> Result<Asked, Failure> {
        let link = match self.link.as_deref() {
            None => None,
            Some([id, entry]) => Some((
                id.clone(),
                entry.parse::<u64>().map_err(|_| {
                    Failure::Usage(crate::tr!(
                        "cmd-sync-bad-entry",
                        entry = printable(entry).into_owned()
                    ))
                })?,
            )),
            Some(_) => {
                return Err(Failure::Usage(crate::tr!("cmd-sync-link-takes")));
            }
        };
        Ok(Asked {
            since: self.since.map(|d| d.resolve(today(context))),
            overwrite: self.overwrite,
            replace: self.replace,
            resend: self.resend.clone(),
            link,
        })
    }
}

pub fn run(context: &Context, dry_run: bool, flags: &Flags) -> Result<(), Failure> {
    let syncer = Syncer::new(context)?;
    let asked = flags.asked(context)?;
    if dry_run {
        return dry_run_of(context, &syncer, &asked);
    }
    let mut progress = Progress {
        config: &context.config,
        bar: None,
    };
    let report = syncer.run(&asked, &mut progress)?;
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
    match report.waiting_words() {
        None => Ok(()),
        Some(who) => Err(Failure::Io(crate::tr!("cmd-sync-waiting", who = who))),
    }
}

/// What a sync would send, and nothing sent: no connection is made.
fn dry_run_of(context: &Context, syncer: &Syncer, asked: &Asked) -> Result<(), Failure> {
    let plan = syncer.plan(asked)?;
    report_unreadable(&plan.unreadable);
    let units = crate::facts::Volume::unit(syncer.table().units);
    let mut lines: Vec<String> = plan
        .notes
        .iter()
        .map(|n| printable(n).into_owned())
        .collect();
    for job in &plan.jobs {
        let verb = match job.kind {
            JobKind::Send => crate::tr!("cmd-sync-would-send"),
            JobKind::Update { entry } => crate::tr!("cmd-sync-would-change", entry = entry),
            JobKind::Link { entry } => crate::tr!("cmd-sync-would-take", entry = entry),
        };
        let letdowns = job.entry.notes.split(" · ").next().unwrap_or_default();
        lines.push(format!(
            "{verb:<12} {}  {} {units}, {}",
            job.label(&context.config),
            job.entry.amount,
            printable(letdowns)
        ));
    }
    for held in &plan.held {
        lines.push(format!(
            "{:<12} {}  {}",
            crate::tr!("cmd-sync-not-sent"),
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
    fn checking(&mut self, url: &str) {
        if !std::io::stderr().is_terminal() {
            return;
        }
        let bar = ProgressBar::new_spinner().with_message(crate::tr!(
            "cmd-sync-checking",
            url = printable(url).into_owned()
        ));
        bar.enable_steady_tick(Duration::from_millis(200));
        self.bar = Some(bar);
    }

    fn starting(&mut self, jobs: usize) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
        if !std::io::stderr().is_terminal() {
            return;
        }
        // The bar's own fields, which indicatif fills in.
        let template = crate::tr!(
            "cmd-sync-bar",
            bar = "{bar:30}",
            pos = "{pos}",
            len = "{len}"
        );
        let style = ProgressStyle::with_template(&template)
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
