//! The report as one HTML page: the header, the figures in short, then a
//! section per question a consultant asks, each chart followed by its
//! numbers. Everything it shows is escaped; it has no script, and nothing
//! in it points outside the file.
//!
//! - `days`: every day's sessions, pumping minutes and volume;
//! - `experiments`: each experiment of the period, its conditions and figures;
//! - `milk`: the volume by day with the split, the week, the time of day, the setups;
//! - `sessions`: the let-down raster, the first let-downs, and the trends;
//! - `coach`: the triggers, the pump-mode cues, comfort and notes.

use std::fmt::Write as _;

mod coach;
mod days;
mod experiments;
mod milk;
mod sessions;

use super::{NOT_MEDICAL, Report, count_text, escape};
use crate::facts::Unreadable;
use crate::format;

/// The page's style: screen and print, A4 and US Letter alike.
const STYLE: &str = include_str!("../report.css");

/// The whole page.
#[must_use]
pub fn to_html(report: &Report) -> String {
    let mut out = String::with_capacity(256 * 1024);
    let dates = report.dates();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Pumping log, {}</title><style>{STYLE}</style></head><body><main>",
        escape(&dates)
    );
    write_header(&mut out, report, &dates);
    write_summary(&mut out, report);
    if report.period.history.is_empty() {
        out.push_str("<p class=\"empty\">No sessions in these days.</p>");
    } else {
        days::write_days(&mut out, report);
        milk::write_milk(&mut out, report);
        sessions::write_raster(&mut out, report);
        sessions::write_first(&mut out, report);
        sessions::write_trends(&mut out, report);
        coach::write_triggers(&mut out, report);
        coach::write_comfort(&mut out, report);
    }
    experiments::write_experiments(&mut out, report);
    write_footer(&mut out, report);
    out.push_str("</main></body></html>\n");
    out
}

fn write_header(out: &mut String, report: &Report, dates: &str) {
    let days = report.period.history.days.len();
    let _ = write!(
        out,
        "<header><h1>Pumping log</h1><p class=\"dates\">{} · {}</p>\
         <p class=\"meta\">Volumes in {}. Let-down times are minutes of the session's clock \
         since its start (pauses left out). Made with letdown on {}.</p>\
         {}<p class=\"disclaimer\">{}</p></header>",
        escape(dates),
        format::plural(days, "day"),
        crate::facts::Volume::unit(report.units),
        escape(&format!(
            "{} at {}",
            crate::facts::DayLabel::WithYear.of(report.made),
            report.time(&report.made)
        )),
        report.baby_age().map_or(String::new(), |age| format!(
            "<p class=\"baby\">Baby: {}</p>",
            escape(&age)
        )),
        escape(NOT_MEDICAL)
    );
}

/// A term and what it is.
fn item(out: &mut String, term: &str, what: &str) {
    let _ = write!(out, "<dt>{}</dt><dd>{}</dd>", escape(term), escape(what));
}

fn write_summary(out: &mut String, report: &Report) {
    let history = &report.period.history;
    let totals = history.totals();
    let whole = &report.volumes.whole_days;
    let goals = &report.goals;
    out.push_str("<section id=\"summary\"><h2>In short</h2><dl class=\"summary\">");
    let goal = |g: u32| {
        if g > 0 {
            format!(" (goal {g})")
        } else {
            String::new()
        }
    };
    item(
        out,
        "Sessions",
        &format!(
            "{} in all, {:.1} a day{}",
            totals.sessions,
            whole.per_day(whole.sessions as f64),
            goal(goals.sessions_per_day)
        ),
    );
    item(
        out,
        "Pumping",
        &format!(
            "{} in all, {} minutes a day{}",
            crate::facts::Length::of(totals.pumping_secs).short(),
            crate::facts::Length::of(whole.per_day(whole.pumping_secs)).whole_minutes(),
            goal(goals.minutes_per_day)
        ),
    );
    let volume = totals.volume_ml.map_or("none noted".to_string(), |ml| {
        format!(
            "{} in all, {} a day",
            crate::facts::Volume::new(ml, report.units),
            crate::facts::Volume::new(whole.per_day(whole.volume_ml.unwrap_or(0.0)), report.units)
        )
    });
    item(out, "Volume", &volume);
    if whole.left_out_today {
        item(out, "Averages", crate::facts::volumes::TODAY_LEFT_OUT);
    }
    item(out, "Let-downs", &format!("{} in all", totals.letdowns));
    let p = &history.pattern;
    let secs =
        |v: Option<f64>| v.map_or("-".to_string(), |s| crate::facts::Length::of(s).to_string());
    item(
        out,
        "Your pattern",
        &format!(
            "first let-down after {}, {} a session, {} between let-downs (medians over {} timed)",
            secs(p.median_first_letdown_secs),
            p.median_letdowns.map_or("-".to_string(), count_text),
            secs(p.median_gap_secs),
            format::plural(p.sessions, "session")
        ),
    );
    item(
        out,
        "Night sessions",
        &format!(
            "{} with a session between 01:00 and 05:00",
            format::plural(totals.night_days, "day")
        ),
    );
    out.push_str("</dl>");
    write_last_24h(out, report);
    out.push_str("</section>");
}

fn write_last_24h(out: &mut String, report: &Report) {
    let l = &report.last_24h;
    let at = format!(
        "{} at {}",
        crate::facts::DayLabel::Medium.of(report.last_24h_at),
        report.time(&report.last_24h_at)
    );
    let _ = write!(
        out,
        "<h3>The last 24 hours, up to {}</h3><dl class=\"summary\" id=\"last-24h\">",
        escape(&at)
    );
    // Each figure carries its `letdown stats --json` name, `last_24h.<name>`.
    let figure = |out: &mut String, term: &str, name: &str, value: Option<f64>, reading: String| {
        let _ = write!(out, "<dt>{}</dt><dd>", escape(term));
        match value {
            Some(value) => {
                let _ = write!(
                    out,
                    "<data class=\"{name}\" value=\"{}\">{}</data>",
                    crate::session::round_to(value, 0.1),
                    escape(&reading)
                );
            }
            None => out.push('-'),
        }
        out.push_str("</dd>");
    };
    figure(
        out,
        "Sessions",
        "sessions",
        Some(l.sessions as f64),
        l.sessions.to_string(),
    );
    figure(
        out,
        "Pumping",
        "pumping_secs",
        Some(l.pumping_secs),
        crate::facts::Length::of(l.pumping_secs).short(),
    );
    figure(
        out,
        "Let-downs",
        "letdown_count",
        Some(l.letdown_count as f64),
        l.letdown_count.to_string(),
    );
    figure(
        out,
        "Volume",
        "volume_ml",
        l.volume_ml,
        report.volume(l.volume_ml),
    );
    out.push_str("</dl>");
}

fn write_footer(out: &mut String, report: &Report) {
    out.push_str("<footer>");
    if let Some(notice) = Unreadable(report.unreadable.len()).sentence() {
        let _ = write!(out, "<p class=\"warn\">{}.</p>", escape(&notice));
    }
    let _ = write!(out, "<p>{}</p></footer>", escape(NOT_MEDICAL));
}
