//! `letdown export`: sessions as CSV or JSON, to stdout or a file.

use chrono::NaiveDate;

use super::log::report_unreadable;
use super::{Context, Failure, print, today};
use crate::cli::{DayArg, ExportFormat, Output};
use crate::session::SessionRecord;
use crate::store::{Existing, Listing, exchange, write_user_file};

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
        return Err(Failure::Usage(format!("--from {from} is after --to {to}")));
    }
    let listing = read(context, from, to);
    let records: Vec<SessionRecord> = listing.sessions.iter().map(|s| s.record.clone()).collect();
    let text = match format {
        ExportFormat::Csv => exchange::to_csv(&records),
        ExportFormat::Json => exchange::to_json(&records),
    }
    .map_err(|err| Failure::Io(err.to_string()))?;
    report_unreadable(&listing.unreadable);
    match output {
        None | Some(Output::Stdout) => print(&text),
        Some(Output::File(path)) => {
            // The user typed the name, so a file there is theirs to replace.
            write_user_file(path, text.as_bytes(), Existing::Replace)
                .map_err(|err| Failure::Io(err.to_string()))?;
            print(&format!(
                "exported {} to {}\n",
                crate::format::plural(records.len(), "session"),
                crate::format::printable_path(path)
            ))
        }
    }
}

/// The sessions of the days asked for; with no bound, every session in the
/// data dir, wherever it is filed.
fn read(context: &Context, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Listing {
    if from.is_none() && to.is_none() {
        return context.data.read_all();
    }
    context.data.read_range(
        from.unwrap_or(NaiveDate::MIN),
        to.unwrap_or(NaiveDate::MAX),
        context.config.day_starts_at.0,
    )
}
