//! `letdown add`: a session that happened without the app, saved like any
//! other and marked as entered by hand.
//!
//! Everything is read and checked before anything is written: a bad time,
//! a volume out of range, a start in the future or a session over another
//! one (unless `--force`) changes nothing.

use chrono::{DateTime, FixedOffset, Local};

use super::{Context, Failure, print};
use crate::cli::AddArgs;
use crate::format;
use crate::session::{HandEntry, SessionRecord, SessionResult, Setup, this_host};

pub fn run(context: &Context, args: &AddArgs) -> Result<(), Failure> {
    let now = Local::now().fixed_offset();
    let record = read(context, args, now)
        .map_err(|why| Failure::Usage(crate::tr!("cmd-add-bad-input", why = why)))?;
    let over = crate::query::overlapping(&context.data, &context.config, &record);
    if !args.force
        && let Some(other) = over.first()
    {
        return Err(Failure::Usage(crate::tr!(
            "cmd-add-overlaps",
            at = crate::facts::time_of_day(&other.started.0, context.config.clock),
            length = crate::facts::Length::of(other.active_secs).to_string()
        )));
    }
    let path = context
        .data
        .save_new(&record)
        .map_err(|err| Failure::Io(crate::tr!("cmd-add-cannot-save", why = err.to_string())))?;
    // A count the user did not give is not made up.
    let letdowns = if record.letdowns.is_empty() && record.letdown_count.is_none() {
        crate::tr!("cmd-add-no-count")
    } else {
        crate::tr!("cmd-letdowns", count = record.letdown_count())
    };
    let added = crate::tr!(
        "cmd-add-added",
        day = crate::facts::DayLabel::Iso.of(record.started.0),
        at = crate::facts::time_of_day(&record.started.0, context.config.clock),
        length = crate::facts::Length::of(record.active_secs).to_string(),
        letdowns = letdowns,
        path = format::printable_path(&path)
    );
    print(&format!("{added}\n"))
}

/// The setup the options give, over the last session's (else the
/// config's); none when no setup option was given.
fn setup(context: &Context, args: &AddArgs) -> Result<Option<Setup>, String> {
    let given = [
        &args.pump,
        &args.flange,
        &args.suction,
        &args.sides,
        &args.method,
    ];
    if given.iter().all(|option| option.is_none()) {
        return Ok(None);
    }
    let typed = Setup::typed(
        args.pump.as_deref().unwrap_or_default(),
        args.flange.as_deref().unwrap_or_default(),
        args.suction.as_deref().unwrap_or_default(),
        args.sides.as_deref().unwrap_or_default(),
        args.method.as_deref().unwrap_or_default(),
    )
    .map_err(|(option, why)| {
        let option = if option == "setup" { "pump" } else { option };
        format!("--{option}: {why}")
    })?;
    let last = crate::query::last_setup(&context.data, &context.config).unwrap_or_default();
    let setup = Setup {
        pump: typed.pump.or(last.pump),
        flange_left_mm: typed.flange_left_mm.or(last.flange_left_mm),
        flange_right_mm: typed.flange_right_mm.or(last.flange_right_mm),
        suction: typed.suction.or(last.suction),
        method: typed.method.or(last.method),
        sides: typed.sides.or(last.sides),
    };
    Ok(Some(setup).filter(|s| !s.is_empty()))
}

/// The session the arguments describe, checked as the readers and the
/// typed-time rules check it.
fn read(
    context: &Context,
    args: &AddArgs,
    now: DateTime<FixedOffset>,
) -> Result<SessionRecord, String> {
    let config = &context.config;
    let units = config.units;
    let time = format::parse_time_of_day(&args.at).map_err(|why| format!("--at: {why}"))?;
    let day = args.date.map_or_else(
        || super::today(context),
        |d| d.resolve(super::today(context)),
    );
    let started = format::on_day(day, time, config.day_starts_at.0, now)
        .map_err(|why| format!("--at: {why}"))?;
    let secs = format::parse_length(&args.mins).map_err(|why| format!("--mins: {why}"))?;
    let volume = |name: &str, text: &Option<String>| {
        text.as_deref()
            .map_or(Ok(None), |t| format::parse_volume(t, units))
            .map_err(|why| format!("--{name}: {why}"))
    };
    let left_ml = volume("left", &args.left)?;
    let right_ml = volume("right", &args.right)?;
    let total_ml = volume("total", &args.total)?;
    format::check_total(total_ml, left_ml, right_ml, units)
        .map_err(|why| format!("--total: {why}"))?;
    let result = SessionResult::typed(
        left_ml,
        right_ml,
        total_ml,
        args.comfort,
        args.note.as_deref().unwrap_or_default(),
    );
    let mut record = SessionRecord::by_hand(
        HandEntry {
            started,
            secs,
            letdowns: args.letdowns,
            result,
        },
        &this_host(),
    );
    record.setup = setup(context, args)?;
    record
        .validate_typed(now)
        .and_then(|()| record.validate_finished())
        .map_err(|why| why.to_string())?;
    Ok(record)
}
