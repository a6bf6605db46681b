//! `letdown trash`: the sessions `x` moved to the trash folder, one brought
//! back, or the trash emptied for good, which asks first.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::io::{self, BufRead, IsTerminal, Write};
use std::time::{Duration, SystemTime};

use super::{Context, Failure, print};
use crate::cli::TrashAction;
use crate::format::{self, plural, printable};
use crate::session::SessionRecord;
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
        return print("The trash is empty: no deleted session is waiting there.\n");
    }
    let mut out = String::new();
    let _ = writeln!(out, "In the trash, the newest session first:\n");
    let _ = writeln!(
        out,
        "{:<10}  {:<8}  {:>8}  {:>9}  id",
        "date", "start", "length", "let-downs"
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
            let _ = write!(out, "  ({files} files)");
        }
        out.push('\n');
    }
    out.push_str(
        "\n`letdown trash restore ID` brings one back; `letdown trash empty` deletes them for good.\n",
    );
    print(&out)
}

fn restore(context: &Context, id: &str) -> Result<(), Failure> {
    match context.data.restore(id) {
        Ok(restored) => print(&format!(
            "Brought back {}.\n",
            which(context, &restored.record)
        )),
        Err(RestoreError::NotInTrash { id }) => Err(Failure::Usage(format!(
            "no session with the id {id} is in the trash; `letdown trash` lists what is there"
        ))),
        Err(RestoreError::Present { id, path }) => Err(Failure::Usage(format!(
            "a session with the id {id} is in the data dir already ({}); nothing was restored",
            path.display()
        ))),
        Err(err @ RestoreError::Unreadable { .. }) => Err(Failure::Usage(format!(
            "{err}; it was left in the trash as it is"
        ))),
        Err(RestoreError::Io { path, source }) => Err(Failure::Io(format!(
            "cannot move it back to {}: {source}; it stays in the trash",
            path.display()
        ))),
    }
}

/// A session as the user knows it: "the 07:14 session of Monday 23 November 2026".
fn which(context: &Context, record: &SessionRecord) -> String {
    format!(
        "the {} session of {}",
        crate::facts::time_of_day(&record.started.0, context.config.clock),
        crate::facts::DayLabel::Full.of(record.started.local_date())
    )
}

fn empty(context: &Context, older_than: Option<u32>, yes: bool) -> Result<(), Failure> {
    let listing = context.data.read_trash();
    report_unreadable(&listing.unreadable);
    let age = older_than.map(|days| Duration::from_secs(u64::from(days) * 86_400));
    let chosen = listing.older_than(age, SystemTime::now());
    if chosen.is_empty() {
        return print(&match older_than {
            Some(days) if !listing.sessions.is_empty() => format!(
                "Nothing in the trash was deleted more than {} ago; nothing was deleted.\n",
                plural(days as usize, "day")
            ),
            _ => "The trash is empty: there is nothing to delete.\n".to_string(),
        });
    }
    let what = counted(&chosen);
    if !yes {
        if !io::stdin().is_terminal() {
            return Err(Failure::Usage(format!(
                "not deleting {what} from the trash without asking, and there is no terminal to ask on; nothing was deleted (add --yes to delete them for good)"
            )));
        }
        let question = format!("Delete {what} from the trash for good? [y/N] ");
        let agreed = ask(&question, io::stdin().lock(), &mut io::stderr())
            .map_err(|err| Failure::Io(format!("cannot read the answer: {err}")))?;
        if !agreed {
            return print("Nothing was deleted.\n");
        }
    }
    let emptied = context.data.remove_trashed(&chosen);
    if !emptied.kept.is_empty() {
        eprintln!(
            "letdown: {} changed since it was listed and stayed in the trash",
            plural(emptied.kept.len(), "file")
        );
    }
    print(&format!(
        "Deleted {} from the trash for good.\n",
        plural(ids(&emptied.removed), "session")
    ))?;
    match emptied.failed.as_slice() {
        [] => Ok(()),
        [first, ..] => Err(Failure::Io(format!(
            "could not delete {} from the trash ({first}); they stay there",
            plural(emptied.failed.len(), "file")
        ))),
    }
}

/// "3 sessions", or "3 sessions (4 files)" when copies of one go too.
fn counted(chosen: &[Trashed]) -> String {
    let sessions = ids(chosen);
    if sessions == chosen.len() {
        plural(sessions, "session")
    } else {
        format!(
            "{} ({})",
            plural(sessions, "session"),
            plural(chosen.len(), "file")
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

/// Asks a question and reads one line: only `y` or `yes` is yes; anything
/// else, or no answer at all, is no.
fn ask(question: &str, input: impl BufRead, output: &mut impl Write) -> io::Result<bool> {
    output.write_all(question.as_bytes())?;
    output.flush()?;
    let mut answer = String::new();
    input.take(ANSWER_BYTES).read_line(&mut answer)?;
    Ok(matches!(
        answer.trim().to_ascii_lowercase().as_str(),
        "y" | "yes"
    ))
}

/// Says on stderr how many files in the trash could not be read.
fn report_unreadable(unreadable: &[Unreadable]) {
    match unreadable {
        [] => {}
        [one] => eprintln!(
            "letdown: 1 file in the trash could not be read and was left as it is ({}: {})",
            format::printable_path(&one.path),
            printable(&one.reason.to_string())
        ),
        many => eprintln!(
            "letdown: {} files in the trash could not be read and were left as they are",
            many.len()
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
