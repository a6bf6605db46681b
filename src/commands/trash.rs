//! `letdown trash`: the sessions `x` moved to the trash folder, one brought
//! back, or the trash emptied for good, which asks first.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::io::{self, BufRead, IsTerminal, Write};
use std::time::{Duration, SystemTime};

use super::{Context, Failure, print};
use crate::cli::TrashAction;
use crate::format::{self, printable};
use crate::store::{RestoreError, Trashed, Unreadable};

/// The longest answer to the question that is read.
const ANSWER_BYTES: u64 = 256;

pub fn run(context: &Context, action: Option<&TrashAction>) -> Result<(), Failure> {
    match action {
        None | Some(TrashAction::List) => list(context),
        Some(TrashAction::Restore { id }) => restore(context, id),
        Some(TrashAction::Empty { older_than, yes }) => empty(context, *older_than, *yes),
    }
}

fn list(context: &Context) -> Result<(), Failure> {
    let listing = context.data.read_trash();
    report_unreadable(&listing.unreadable);
    let entries = listing.newest_first();
    if entries.is_empty() {
        return print(&format!("{}\n", crate::tr!("cmd-trash-empty-list")));
    }
    let mut out = String::new();
    let _ = writeln!(out, "{}\n", crate::tr!("cmd-trash-list-title"));
    let _ = writeln!(
        out,
        "{:<10}  {:<8}  {:>8}  {:>9}  id",
        crate::tr!("cmd-trash-head-date"),
        crate::tr!("cmd-log-head-start"),
        crate::tr!("cmd-trash-head-length"),
        crate::tr!("cmd-log-head-letdowns")
    );
    for (trashed, files) in entries {
        let r = &trashed.record;
        let _ = write!(
            out,
            "{:<10}  {:<8}  {:>8}  {:>9}  {}",
            crate::facts::DayLabel::Iso.of(r.started.local_date()),
            crate::facts::time_of_day(&r.started.0, context.config.clock),
            crate::facts::Length::of(r.active_secs),
            format::letdowns_cell(r),
            printable(&r.id)
        );
        if files > 1 {
            let _ = write!(out, "  ({})", crate::tr!("cmd-files", count = files));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "\n{}", crate::tr!("cmd-trash-list-hint"));
    print(&out)
}

fn restore(context: &Context, id: &str) -> Result<(), Failure> {
    match context.data.restore(id) {
        Ok(restored) => {
            let record = &restored.record;
            let brought = crate::tr!(
                "cmd-trash-restored",
                at = crate::facts::time_of_day(&record.started.0, context.config.clock),
                day = crate::facts::DayLabel::Full.of(record.started.local_date())
            );
            print(&format!("{brought}\n"))
        }
        Err(RestoreError::NotInTrash { id }) => {
            Err(Failure::Usage(crate::tr!("cmd-trash-not-there", id = id)))
        }
        Err(RestoreError::Present { id, path }) => Err(Failure::Usage(crate::tr!(
            "cmd-trash-present",
            id = id,
            path = path.display().to_string()
        ))),
        Err(err @ RestoreError::Unreadable { .. }) => Err(Failure::Usage(crate::tr!(
            "cmd-trash-restore-unreadable",
            why = err.to_string()
        ))),
        Err(RestoreError::Io { path, source }) => Err(Failure::Io(crate::tr!(
            "cmd-trash-cannot-move",
            path = path.display().to_string(),
            why = source.to_string()
        ))),
    }
}

fn empty(context: &Context, older_than: Option<u32>, yes: bool) -> Result<(), Failure> {
    let listing = context.data.read_trash();
    report_unreadable(&listing.unreadable);
    let age = older_than.map(|days| Duration::from_secs(u64::from(days) * 86_400));
    let chosen = listing.older_than(age, SystemTime::now());
    if chosen.is_empty() {
        return print(&match older_than {
            Some(days) if !listing.sessions.is_empty() => {
                format!("{}\n", crate::tr!("cmd-trash-none-older", days = days))
            }
            _ => format!("{}\n", crate::tr!("cmd-trash-nothing-to-delete")),
        });
    }
    let what = counted(&chosen);
    if !yes {
        if !io::stdin().is_terminal() {
            return Err(Failure::Usage(crate::tr!(
                "cmd-trash-no-terminal",
                what = what
            )));
        }
        let question = format!("{} ", crate::tr!("cmd-trash-ask", what = what));
        let agreed = ask(&question, io::stdin().lock(), &mut io::stderr()).map_err(|err| {
            Failure::Io(crate::tr!(
                "cmd-trash-cannot-read-answer",
                why = err.to_string()
            ))
        })?;
        if !agreed {
            return print(&format!("{}\n", crate::tr!("cmd-trash-nothing-deleted")));
        }
    }
    let emptied = context.data.remove_trashed(&chosen);
    if !emptied.kept.is_empty() {
        eprintln!(
            "letdown: {}",
            crate::tr!("cmd-trash-changed", count = emptied.kept.len())
        );
    }
    print(&format!(
        "{}\n",
        crate::tr!("cmd-trash-deleted", count = ids(&emptied.removed))
    ))?;
    match emptied.failed.as_slice() {
        [] => Ok(()),
        [first, ..] => Err(Failure::Io(crate::tr!(
            "cmd-trash-cannot-delete",
            count = emptied.failed.len(),
            first = first.to_string()
        ))),
    }
}

/// "3 sessions", or "3 sessions (4 files)" when copies of one go too.
fn counted(chosen: &[Trashed]) -> String {
    let sessions = ids(chosen);
    if sessions == chosen.len() {
        crate::tr!("cmd-sessions", count = sessions)
    } else {
        crate::tr!(
            "cmd-trash-sessions-files",
            sessions = sessions,
            files = chosen.len()
        )
    }
}

/// How many sessions the files hold.
fn ids(files: &[Trashed]) -> usize {
    files
        .iter()
        .map(|t| t.record.id.as_str())
        .collect::<HashSet<_>>()
        .len()
}

/// Asks a question and reads one line: only a yes of the language (`y` or
/// `yes` in English) is yes; anything else, or no answer at all, is no.
fn ask(question: &str, input: impl BufRead, output: &mut impl Write) -> io::Result<bool> {
    output.write_all(question.as_bytes())?;
    output.flush()?;
    let mut answer = String::new();
    input.take(ANSWER_BYTES).read_line(&mut answer)?;
    let answer = answer.trim().to_lowercase();
    Ok(crate::tr!("cmd-yes-answers")
        .split(',')
        .any(|yes| yes.trim() == answer))
}

/// Says on stderr how many files in the trash could not be read.
fn report_unreadable(unreadable: &[Unreadable]) {
    match unreadable {
        [] => {}
        [one] => eprintln!(
            "letdown: {}",
            crate::tr!(
                "cmd-trash-one-unreadable",
                path = format::printable_path(&one.path),
                why = printable(&one.reason.to_string()).into_owned()
            )
        ),
        many => eprintln!(
            "letdown: {}",
            crate::tr!("cmd-trash-many-unreadable", count = many.len())
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(typed: &str) -> (bool, String) {
        let mut shown = Vec::new();
        let yes = ask("Delete? [y/N] ", typed.as_bytes(), &mut shown).expect("asked");
        (yes, String::from_utf8(shown).expect("text"))
    }

    #[test]
    fn only_yes_is_yes() {
        assert_eq!(answer("y\n"), (true, "Delete? [y/N] ".to_string()));
        assert!(answer(" YES \n").0);
        for no in ["\n", "", "n\n", "yes please\n", "maybe"] {
            assert!(!answer(no).0, "{no:?}");
        }
    }
}
