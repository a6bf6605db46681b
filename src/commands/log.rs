//! `letdown log`: a day's sessions as a table or JSON.

use std::fmt::Write as _;

use chrono::NaiveDate;

use super::{Context, Failure, json_text, print, today};
use crate::cli::DayArg;
use crate::format;
use crate::query::{self, DayReport};
use crate::stats::DayTotals;
use crate::store::{Listing, Unreadable, day_of};

pub fn run(context: &Context, date: Option<DayArg>, json: bool) -> Result<(), Failure> {
    let today = today(context);
    let day = date.map_or(today, |d| d.resolve(today));
    let DayReport {
        listing, totals, ..
    } = query::day_report(&context.data, &context.config, day, query::LookBack::None);
    let text = if json {
        let value = serde_json::json!({
            "date": crate::facts::DayLabel::Iso.of(day),
            "sessions": listing.sessions.iter().map(|s| s.record.to_json()).collect::<Vec<_>>(),
            "totals": totals,
            // Listed and counted, but still waiting in the state folder.
            "unsaved": listing.unsaved,
        });
        json_text(&value)?
    } else {
        table(context, day, &listing, &totals)
    };
    report_unreadable(&listing.unreadable);
    for note in crate::facts::notices::filing_notes(&listing)
        .into_iter()
        .chain(crate::facts::notices::unsaved_note(&listing))
    {
        eprintln!("letdown: {note}");
    }
    print(&text)
}

/// Says on stderr how many files could not be read.
pub fn report_unreadable(unreadable: &[Unreadable]) {
    let Some(notice) = crate::facts::Unreadable(unreadable.len()).sentence() else {
        return;
    };
    match unreadable {
        [one] => eprintln!("letdown: {notice} ({})", format::printable_path(&one.path)),
        _ => eprintln!("letdown: {notice}"),
    }
}

fn table(context: &Context, day: NaiveDate, listing: &Listing, totals: &DayTotals) -> String {
    let config = &context.config;
    let units = config.units;
    let mut out = String::new();
    let _ = writeln!(out, "{}", crate::facts::DayLabel::Full.of(day));
    if listing.sessions.is_empty() {
        let _ = writeln!(out, "{}", crate::tr!("cmd-log-no-sessions"));
        return out;
    }
    let _ = writeln!(
        out,
        "{:<8}  {:>8}  {:>9}  {:>6}  {:<20}  {:<8}  {}",
        crate::tr!("cmd-log-head-start"),
        crate::tr!("cmd-log-head-duration"),
        crate::tr!("cmd-log-head-letdowns"),
        crate::tr!("cmd-log-head-first"),
        crate::tr!(
            "cmd-log-head-volume",
            unit = crate::facts::Volume::unit(units)
        ),
        crate::tr!("cmd-log-head-comfort"),
        crate::tr!("cmd-log-head-note")
    );
    for stored in &listing.sessions {
        let r = &stored.record;
        let volume = format::volumes(&r.result, units, " / ");
        let mut start = crate::facts::time_of_day(&r.started.0, config.clock);
        if day_of(r, config.day_starts_at.0) != r.started.local_date() {
            start.push('+');
        }
        let _ = writeln!(
            out,
            "{:<8}  {:>8}  {:>9}  {:>6}  {:<20}  {:<8}  {}",
            start,
            crate::facts::Length::of(r.active_secs),
            format::letdowns_cell(r),
            r.first_letdown_secs()
                .map_or("-".to_string(), |s| crate::facts::Length::of(s).to_string()),
            volume,
            r.result.comfort.map_or("-", |c| c.label()),
            match (
                r.result.note.as_deref().is_some_and(|n| !n.is_empty()),
                listing.is_unsaved(stored),
            ) {
                (true, true) => format!("*  {}", crate::facts::notices::not_saved_yet()),
                (false, true) => crate::facts::notices::not_saved_yet(),
                (true, false) => "*".to_string(),
                (false, false) => String::new(),
            }
        );
    }
    let _ = write!(
        out,
        "\n{}",
        format::figures(
            totals.sessions,
            totals.pumping_secs,
            totals.letdowns,
            totals.volume_ml,
            units
        )
    );
    if let Some(gap) = totals.longest_gap_secs {
        let _ = write!(
            out,
            " · {}",
            crate::tr!(
                "cmd-log-longest-gap",
                gap = crate::facts::Length::of(gap).short()
            )
        );
    }
    if totals.night_session {
        out.push_str(" · ");
        out.push_str(&crate::tr!("cmd-log-night-session"));
    }
    out.push('\n');
    out
}
