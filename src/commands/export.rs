//! `letdown export`: sessions as CSV or JSON, to stdout or a file.

use std::path::Path;

use chrono::NaiveDate;

use super::log::report_unreadable;
use super::{Context, Failure, print, today};
use crate::cli::{DayArg, ExportFormat};
use crate::session::SessionRecord;
use crate::store::{Existing, Listing, exchange, write_user_file};

pub fn run(
    context: &Context,
    from: Option<DayArg>,
    to: Option<DayArg>,
    format: ExportFormat,
    output: Option<&Path>,
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
        None => print(&text),
        Some(path) => {
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

/// The sessions of the days asked for; a bound left out is the oldest or
/// newest day folder, so only an export of everything reads everything.
fn read(context: &Context, from: Option<NaiveDate>, to: Option<NaiveDate>) -> Listing {
    let folders = if from.is_none() || to.is_none() {
        context.data.days()
    } else {
        Vec::new()
    };
    // A session in the oldest folder's small hours may count toward the day
    // before it (`day_starts_at`), so the default range starts a day earlier.
    let from = from.or_else(|| folders.first().map(|d| d.pred_opt().unwrap_or(*d)));
    let to = to.or_else(|| folders.last().copied());
    match (from, to) {
        (Some(from), Some(to)) if from <= to => {
            context
                .data
                .read_range(from, to, context.config.day_starts_at.0)
        }
        _ => Listing::default(),
    }
}
