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

use super::{Report, count_text, escape, not_medical};
use crate::facts::Unreadable;

/// The page's style: screen and print, A4 and US Letter alike.
const STYLE: &str = include_str!("../report.css");

/// The whole page.
#[must_use]
pub fn to_html(report: &Report) -> String {
    let mut out = String::with_capacity(256 * 1024);
    let dates = report.dates();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title><style>{STYLE}</style></head><body><main>",
        crate::i18n::current().code(),
        escape(&crate::tr!("report-page-title", dates = dates.as_str()))
    );
    write_header(&mut out, report, &dates);
    write_summary(&mut out, report);
    if report.period.history.is_empty() {
        let _ = write!(
            out,
            "<p class=\"empty\">{}</p>",
            escape(&crate::tr!("report-no-sessions"))
        );
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
    // The message is letdown's own text, written as HTML text; only what
    // fills it in is escaped.
    let meta = crate::tr!(
        "report-meta",
        unit = crate::facts::Volume::unit(report.units),
        day = escape(&crate::facts::DayLabel::WithYear.of(report.made)),
        at = escape(&report.time(&report.made))
    );
    let _ = write!(
        out,
        "<header><h1>{}</h1><p class=\"dates\">{} · {}</p>\
         <p class=\"meta\">{}</p>\
         {}<p class=\"disclaimer\">{}</p></header>",
        escape(&crate::tr!("report-title")),
        escape(dates),
        escape(&crate::tr!("report-days", count = days)),
        meta,
        report.baby_age().map_or(String::new(), |age| format!(
            "<p class=\"baby\">{}</p>",
            escape(&crate::tr!("report-baby", age = age))
        )),
        escape(&not_medical())
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
    let _ = write!(
        out,
        "<section id=\"summary\"><h2>{}</h2><dl class=\"summary\">",
        escape(&crate::tr!("report-in-short"))
    );
    item(
        out,
        &crate::tr!("report-sessions"),
        &crate::tr!(
            "report-sessions-figures",
            total = totals.sessions,
            per_day = crate::i18n::decimal(whole.per_day(whole.sessions as f64), 1),
            goal = goals.sessions_per_day
        ),
    );
    item(
        out,
        &crate::tr!("report-pumping"),
        &crate::tr!(
            "report-pumping-figures",
            total = crate::facts::Length::of(totals.pumping_secs).short(),
            minutes = crate::facts::Length::of(whole.per_day(whole.pumping_secs))
                .whole_minutes()
                .to_string(),
            goal = goals.minutes_per_day
        ),
    );
    let volume = totals
        .volume_ml
        .map_or(crate::tr!("report-volume-none"), |ml| {
            crate::tr!(
                "report-volume-figures",
                total = crate::facts::Volume::new(ml, report.units).to_string(),
                per_day = crate::facts::Volume::new(
                    whole.per_day(whole.volume_ml.unwrap_or(0.0)),
                    report.units
                )
                .to_string()
            )
        });
    item(out, &crate::tr!("report-volume"), &volume);
    if whole.left_out_today {
        item(
            out,
            &crate::tr!("report-averages"),
            &crate::facts::volumes::today_left_out(),
        );
    }
    item(
        out,
        &crate::tr!("report-letdowns"),
        &crate::tr!("report-letdowns-figures", total = totals.letdowns),
    );
    let p = &history.pattern;
    let secs =
        |v: Option<f64>| v.map_or("-".to_string(), |s| crate::facts::Length::of(s).to_string());
    item(
        out,
        &crate::tr!("report-pattern"),
        &crate::tr!(
            "report-pattern-figures",
            first = secs(p.median_first_letdown_secs),
            count = p.median_letdowns.map_or("-".to_string(), count_text),
            between = secs(p.median_gap_secs),
            sessions = p.sessions
        ),
    );
    item(
        out,
        &crate::tr!("report-night"),
        &crate::tr!("report-night-figures", days = totals.night_days),
    );
    out.push_str("</dl>");
    write_last_24h(out, report);
    out.push_str("</section>");
}

fn write_last_24h(out: &mut String, report: &Report) {
    let l = &report.last_24h;
    let title = crate::tr!(
        "report-last-24h",
        day = crate::facts::DayLabel::Medium.of(report.last_24h_at),
        at = report.time(&report.last_24h_at)
    );
    let _ = write!(
        out,
        "<h3>{}</h3><dl class=\"summary\" id=\"last-24h\">",
        escape(&title)
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
        &crate::tr!("report-sessions"),
        "sessions",
        Some(l.sessions as f64),
        l.sessions.to_string(),
    );
    figure(
        out,
        &crate::tr!("report-pumping"),
        "pumping_secs",
        Some(l.pumping_secs),
        crate::facts::Length::of(l.pumping_secs).short(),
    );
    figure(
        out,
        &crate::tr!("report-letdowns"),
        "letdown_count",
        Some(l.letdown_count as f64),
        l.letdown_count.to_string(),
    );
    figure(
        out,
        &crate::tr!("report-volume"),
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
    let _ = write!(out, "<p>{}</p></footer>", escape(&not_medical()));
}
