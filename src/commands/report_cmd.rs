//! `letdown report`: the report of a period, as one HTML page or Markdown,
//! written to a file (or standard output).

use std::path::{Path, PathBuf};

use chrono::{DateTime, Days, FixedOffset, Local, NaiveDate, TimeZone};

use super::log::report_unreadable;
use super::{Context, Failure, print};
use crate::cli::{Output, ReportArgs, ReportFormat};
use crate::config::Config;
use crate::format;
use crate::query;
use crate::report::{Report, to_html, to_markdown};
use crate::store::{Existing, write_user_file};

/// Days a report covers when none are asked for: two weeks, what a
/// consultant looks at between visits.
pub const DEFAULT_DAYS: u32 = 14;

/// The most days one report covers, as `letdown stats` allows.
pub const MAX_DAYS: i64 = 3660;

pub fn run(context: &Context, args: &ReportArgs) -> Result<(), Failure> {
    let config = &context.config;
    let now = Local::now().fixed_offset();
    let today = query::today(config, now);
    let (from, to) = period(args, today)?;
    let report = Report::load(
        &context.data,
        config,
        from,
        to,
        last_24h_at(config, to, today, now),
        now,
    );
    let text = match args.format {
        ReportFormat::Html => to_html(&report),
        ReportFormat::Md => to_markdown(&report),
    };
    report_unreadable(&report.unreadable);
    let (path, existing) = match &args.output {
        Some(Output::Stdout) => return print(&text),
        // The user typed the name, so a file there is theirs to replace.
        Some(Output::File(path)) => (path.clone(), Existing::Replace),
        None => (
            PathBuf::from(default_name(args.format)),
            if args.force {
                Existing::Replace
            } else {
                Existing::Keep
            },
        ),
    };
    write_user_file(&path, text.as_bytes(), existing)
        .map_err(|err| Failure::Io(err.to_string()))?;
    print(&written(&report, &path))
}

/// The file written when no `-o` is given.
fn default_name(format: ReportFormat) -> &'static str {
    match format {
        ReportFormat::Html => "report.html",
        ReportFormat::Md => "report.md",
    }
}

/// "wrote the report of Mon 10 Nov – Sun 23 Nov 2026 (14 days, 98 sessions) to report.html"
fn written(report: &Report, path: &Path) -> String {
    let history = &report.period.history;
    let wrote = crate::tr!(
        "cmd-report-wrote",
        dates = report.dates(),
        days = history.days.len(),
        sessions = history.sessions.len(),
        path = format::printable_path(path)
    );
    format!("{wrote}\n")
}

/// The days asked for: `--from` to `--to`, or `--days` ending on `--to`,
/// `--to` being today when left out.
fn period(args: &ReportArgs, today: NaiveDate) -> Result<(NaiveDate, NaiveDate), Failure> {
    let to = args.to.map_or(today, |d| d.resolve(today));
    let from = match (args.from, args.days) {
        (Some(from), _) => from.resolve(today),
        (None, days) => query::first_of(to, days.unwrap_or(DEFAULT_DAYS)),
    };
    if from > to {
        return Err(Failure::Usage(crate::tr!(
            "cmd-from-after-to",
            from = from.to_string(),
            to = to.to_string()
        )));
    }
    if (to - from).num_days() >= MAX_DAYS {
        return Err(Failure::Usage(crate::tr!(
            "cmd-report-too-long",
            max = MAX_DAYS,
            from = from.to_string(),
            to = to.to_string(),
            days = (to - from).num_days() + 1
        )));
    }
    Ok((from, to))
}

/// Where the report's last 24 hours end: now, or, for a period that is
/// over, when its last day ended.
fn last_24h_at(
    config: &Config,
    to: NaiveDate,
    today: NaiveDate,
    now: DateTime<FixedOffset>,
) -> DateTime<FixedOffset> {
    if to >= today {
        return now;
    }
    to.checked_add_days(Days::new(1))
        .map(|next| next.and_time(config.day_starts_at.0))
        .and_then(|end| Local.from_local_datetime(&end).earliest())
        .map_or(now, |end| end.fixed_offset().min(now))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::DayArg;

    fn args(days: Option<u32>, from: Option<&str>, to: Option<&str>) -> ReportArgs {
        let day = |t: &str| DayArg::On(t.parse().expect("a date"));
        ReportArgs {
            days,
            from: from.map(day),
            to: to.map(day),
            format: ReportFormat::Html,
            output: None,
            force: false,
        }
    }

    #[test]
    fn the_period_is_two_weeks_to_today_unless_asked() {
        let today: NaiveDate = "2026-11-23".parse().expect("a date");
        let date = |t: &str| t.parse::<NaiveDate>().expect("a date");
        assert_eq!(
            period(&args(None, None, None), today).expect("a period"),
            (date("2026-11-10"), today)
        );
        assert_eq!(
            period(&args(Some(3), None, Some("2026-11-01")), today).expect("a period"),
            (date("2026-10-30"), date("2026-11-01"))
        );
        assert_eq!(
            period(&args(None, Some("2026-11-20"), None), today).expect("a period"),
            (date("2026-11-20"), today)
        );
        assert!(period(&args(None, Some("2026-11-24"), None), today).is_err());
        assert!(period(&args(None, Some("2000-01-01"), None), today).is_err());
    }
}
