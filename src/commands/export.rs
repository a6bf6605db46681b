//! `letdown export`: sessions as CSV or JSON, to stdout or a file.

use std::cell::RefCell;
use std::io::{self, Write};

use chrono::NaiveDate;

use super::log::report_unreadable;
use super::{Context, Failure, print, today};
use crate::cli::{DayArg, ExportFormat, Output};
use crate::store::{
    Existing, Listing, Spot, Unreadable, exchange, read_session, write_user_file_with,
};

pub fn run(
    context: &Context,
    from: Option<DayArg>,
    to: Option<DayArg>,
    format: ExportFormat,
    output: Option<&Output>,
) -> Result<(), Failure> {
    let today = today(context);
    let (from, to) = (from.map(|d| d.resolve(today)), to.map(|d| d.resolve(today)));
    if let (Some(from), Some(to)) = (from, to)
        && from > to
    {
        return Err(Failure::Usage(crate::tr!(
            "cmd-from-after-to",
            from = from.to_string(),
            to = to.to_string()
        )));
    }
    let listing = read(context, from, to);
    // What the data dir holds: a session still waiting in the state folder
    // is exported once it is saved there.
    let saved: Vec<&Spot> = listing
        .sessions
        .iter()
        .filter(|s| !listing.is_unsaved(s))
        .collect();
    // Streamed, session by session: the listing holds only where each
    // session is, and each is read again as its turn comes, so an export of
    // years holds one session at a time. One that cannot be read now (gone
    // or changed since, by a sync tool) is left out and named.
    let gone = RefCell::new(Vec::new());
    let records = saved.iter().filter_map(|spot| {
        read_session(&spot.path)
            .map_err(|reason| {
                gone.borrow_mut().push(Unreadable {
                    path: spot.path.clone(),
                    reason,
                });
            })
            .ok()
    });
    let write = |out: &mut dyn Write| {
        match format {
            ExportFormat::Csv => exchange::write_csv(records, out),
            ExportFormat::Json => exchange::write_json(records, out),
        }
        .map_err(|err| match err {
            // The writer's own error (a full disk, a closed pipe) as it came.
            exchange::ExchangeError::Json(err) if err.is_io() => io::Error::from(err),
            exchange::ExchangeError::Csv(err) if err.is_io_error() => match err.into_kind() {
                csv::ErrorKind::Io(err) => err,
                other => io::Error::other(format!("{other:?}")),
            },
            other => io::Error::other(other.to_string()),
        })
    };
    let written = match output {
        None | Some(Output::Stdout) => {
            let mut out = io::BufWriter::new(io::stdout().lock());
            match write(&mut out).and_then(|()| out.flush()) {
                Err(err) if err.kind() != io::ErrorKind::BrokenPipe => {
                    Err(Failure::Io(err.to_string()))
                }
                _ => Ok(None),
            }
        }
        // The user typed the name, so a file there is theirs to replace.
        Some(Output::File(path)) => write_user_file_with(path, Existing::Replace, write)
            .map(|_| Some(path))
            .map_err(|err| Failure::Io(err.to_string())),
    };
    let mut unreadable = listing.unreadable;
    unreadable.append(&mut gone.borrow_mut());
    report_unreadable(&unreadable);
    match written? {
        Some(path) => print(&format!(
            "{}\n",
            crate::tr!(
                "cmd-exported",
                count = saved.len() - gone.borrow().len(),
                path = crate::format::printable_path(path)
            )
        )),
        None => Ok(()),
    }
}

/// The sessions of the days asked for; with no bound, every session in the
/// data dir, wherever it is filed.
fn read(context: &Context, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Listing<Spot> {
    if from.is_none() && to.is_none() {
        return context.data.list_all();
    }
    context.data.list_range(
        from.unwrap_or(NaiveDate::MIN),
        to.unwrap_or(NaiveDate::MAX),
        context.config.day_starts_at.0,
    )
}
