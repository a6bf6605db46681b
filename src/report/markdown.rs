//! The report as Markdown, for pasting into a message: the same figures as
//! the page, a table for each of its charts, and the let-down raster drawn
//! in characters. Text from files is escaped, so a note adds no markup and
//! no link of its own.

use std::fmt::Write as _;

mod coach;
mod experiments;
mod letdowns;
mod milk;

use super::{Report, count_text, gentle_pain, not_medical};
use crate::facts::{self, Unreadable};
use crate::format;
use crate::session::Comfort;
use coach::write_triggers;
use letdowns::{write_first, write_raster};

/// The whole text.
#[must_use]
pub fn to_markdown(report: &Report) -> String {
    let mut out = String::with_capacity(64 * 1024);
    let history = &report.period.history;
    let _ = writeln!(
        out,
        "# {}\n",
        crate::tr!("report-md-title", dates = report.dates())
    );
    let _ = writeln!(
        out,
        "{}\n",
        crate::tr!(
            "report-md-meta",
            days = history.days.len(),
            unit = crate::facts::Volume::unit(report.units),
            day = crate::facts::DayLabel::WithYear.of(report.made),
            at = report.time(&report.made)
        )
    );
    if let Some(age) = report.baby_age() {
        let _ = writeln!(out, "{}\n", crate::tr!("report-baby", age = md(&age)));
    }
    let _ = writeln!(out, "_{}_\n", not_medical());
    write_summary(&mut out, report);
    if history.is_empty() {
        let _ = writeln!(out, "{}", crate::tr!("report-no-sessions"));
        return out;
    }
    write_days(&mut out, report);
    milk::write_milk(&mut out, report);
    write_raster(&mut out, report);
    write_first(&mut out, report);
    write_triggers(&mut out, &history.triggers);
    write_comfort(&mut out, report);
    experiments::write_experiments(&mut out, report);
    if let Some(notice) = Unreadable(report.unreadable.len()).sentence() {
        let _ = writeln!(out, "\n{notice}.");
    }
    out
}

/// Text from a file as Markdown text: each character that could start
/// markup escaped, a line break a space, control characters shown as `�`.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in format::printable(&text.replace(['\r', '\n'], " ")).chars() {
        if "\\`*_{}[]()<>#+-.!|~&:".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn row(out: &mut String, cells: &[String]) {
    let _ = writeln!(out, "| {} |", cells.join(" | "));
}

fn head(out: &mut String, names: &[&str]) {
    row(
        out,
        &names.iter().map(|n| (*n).to_string()).collect::<Vec<_>>(),
    );
    row(
        out,
        &names.iter().map(|_| "---".to_string()).collect::<Vec<_>>(),
    );
}

fn write_summary(out: &mut String, report: &Report) {
    let history = &report.period.history;
    let totals = history.totals();
    let whole = &report.volumes.whole_days;
    let p = &history.pattern;
    let secs =
        |v: Option<f64>| v.map_or("-".to_string(), |s| crate::facts::Length::of(s).to_string());
    let _ = writeln!(out, "## {}\n", crate::tr!("report-in-short"));
    let _ = writeln!(
        out,
        "- {}",
        crate::tr!(
            "report-md-sessions",
            total = totals.sessions,
            per_day = crate::i18n::decimal(whole.per_day(whole.sessions as f64), 1),
            goal = report.goals.sessions_per_day
        )
    );
    let _ = writeln!(
        out,
        "- {}",
        crate::tr!(
            "report-md-pumping",
            total = crate::facts::Length::of(totals.pumping_secs).short(),
            minutes = crate::facts::Length::of(whole.per_day(whole.pumping_secs))
                .whole_minutes()
                .to_string(),
            goal = report.goals.minutes_per_day
        )
    );
    let total = report.volume(totals.volume_ml);
    let volume = if let Some(ml) = whole.volume_ml {
        crate::tr!(
            "report-md-volume-a-day",
            total = total,
            per_day = crate::facts::Volume::new(whole.per_day(ml), report.units).to_string()
        )
    } else {
        crate::tr!("report-md-volume", total = total)
    };
    let _ = writeln!(out, "- {volume}");
    if whole.left_out_today {
        let _ = writeln!(
            out,
            "- {}: {}",
            crate::tr!("report-averages"),
            facts::volumes::today_left_out()
        );
    }
    let _ = writeln!(
        out,
        "- {}",
        crate::tr!("report-md-letdowns", total = totals.letdowns)
    );
    let _ = writeln!(
        out,
        "- {}",
        crate::tr!(
            "report-md-pattern",
            sessions = p.sessions,
            first = secs(p.median_first_letdown_secs),
            count = p.median_letdowns.map_or("-".to_string(), count_text),
            between = secs(p.median_gap_secs)
        )
    );
    let l = &report.last_24h;
    let _ = writeln!(
        out,
        "- {}\n",
        crate::tr!(
            "report-md-last-24h",
            day = crate::facts::DayLabel::Medium.of(report.last_24h_at),
            at = report.time(&report.last_24h_at),
            sessions = l.sessions,
            pumping = crate::facts::Length::of(l.pumping_secs).short(),
            letdowns = l.letdown_count,
            volume = report.volume(l.volume_ml)
        )
    );
}

fn write_days(out: &mut String, report: &Report) {
    let unit = crate::facts::Volume::unit(report.units);
    let _ = writeln!(out, "## {}\n", crate::tr!("report-every-day"));
    head(
        out,
        &[
            &crate::tr!("report-head-day"),
            &crate::tr!("report-head-sessions"),
            &crate::tr!("report-head-pumping-min"),
            &crate::tr!("report-head-letdowns"),
            unit,
            &crate::tr!("report-head-night"),
        ],
    );
    let yes = crate::tr!("report-yes");
    for day in &report.period.history.days {
        let t = &day.totals;
        row(
            out,
            &[
                crate::facts::DayLabel::WeekdayIso.of(day.date),
                t.sessions.to_string(),
                crate::facts::Length::of(t.pumping_secs)
                    .whole_minutes()
                    .to_string(),
                t.letdowns.to_string(),
                t.volume_ml.map_or("-".to_string(), |ml| {
                    crate::facts::Volume::new(ml, report.units).number()
                }),
                if t.night_session { yes.as_str() } else { "" }.to_string(),
            ],
        );
    }
    out.push('\n');
}

fn write_comfort(out: &mut String, report: &Report) {
    let period = &report.period;
    let _ = writeln!(out, "## {}\n", crate::tr!("report-comfort"));
    head(
        out,
        &[
            &crate::tr!("report-head-day"),
            &crate::tr!("report-comfort-fine"),
            &crate::tr!("report-comfort-tender"),
            &crate::tr!("report-comfort-painful"),
            &crate::tr!("report-comfort-not-said"),
        ],
    );
    for d in &period.days {
        let c = d.comfort;
        row(
            out,
            &[
                crate::facts::DayLabel::Iso.of(d.date),
                c.fine.to_string(),
                c.tender.to_string(),
                c.painful.to_string(),
                c.not_said.to_string(),
            ],
        );
    }
    out.push('\n');
    let sore = period
        .remarks
        .iter()
        .any(|r| matches!(r.comfort, Some(Comfort::Tender | Comfort::Painful)));
    if sore {
        let _ = writeln!(out, "{}\n", gentle_pain());
    }
    for remark in &period.remarks {
        let mut line = format!(
            "- {} {}",
            crate::facts::DayLabel::Medium.of(remark.date),
            report.time(&remark.started)
        );
        if let Some(comfort) = remark.comfort {
            let _ = write!(line, " ({})", comfort.label());
        }
        if let Some(note) = &remark.note {
            let _ = write!(line, ": {}", md(note));
        }
        let _ = writeln!(out, "{line}");
    }
}
