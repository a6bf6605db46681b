//! The report as one HTML page: the header, the figures in short, then a
//! section per question a consultant asks, each chart followed by its
//! numbers. Everything it shows is escaped; it has no script, and nothing
//! in it points outside the file.

use std::fmt::Write as _;

use super::charts::{Bins, ComfortBars, DayBars, Dot, SessionDots, TriggerBars, TriggerRow};
use super::raster::{Density, RasterBlock};
use super::table::{Cell, Table};
use super::{GENTLE_PAIN, NOT_MEDICAL, Report, escape};
use crate::config::Units;
use crate::format;
use crate::session::Comfort;
use crate::stats::{
    DayTotals, FIRST_BIN_SECS, TRIGGER_WINDOW_SECS, TriggerFigures, enough_to_tell,
    is_pump_mode_cue, secs_into_day,
};

/// The page's style: screen and print, A4 and US Letter alike.
const STYLE: &str = include_str!("report.css");

/// Rows past this many are drawn thin, the day alone named.
const THIN_AFTER_ROWS: usize = 400;

/// Days a raster chart holds.
const RASTER_DAYS: usize = 7;

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
        write_days(&mut out, report);
        write_raster(&mut out, report);
        write_first(&mut out, report);
        write_trends(&mut out, report);
        write_triggers(&mut out, report);
        write_comfort(&mut out, report);
    }
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
         <p class=\"disclaimer\">{}</p></header>",
        escape(dates),
        format::plural(days, "day"),
        format::unit_label(report.units),
        escape(&format!(
            "{} at {}",
            report.made.format("%a %-d %b %Y"),
            report.time(&report.made)
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
            totals.per_day(totals.sessions as f64),
            goal(goals.sessions_per_day)
        ),
    );
    item(
        out,
        "Pumping",
        &format!(
            "{} in all, {:.0} minutes a day{}",
            format::short(totals.pumping_secs),
            totals.per_day(totals.pumping_secs) / 60.0,
            goal(goals.minutes_per_day)
        ),
    );
    let volume = totals.volume_ml.map_or("none noted".to_string(), |ml| {
        format!(
            "{} in all, {} a day",
            format::volume(ml, report.units),
            format::volume(totals.per_day(ml), report.units)
        )
    });
    item(out, "Volume", &volume);
    item(out, "Let-downs", &format!("{} in all", totals.letdowns));
    let p = &history.pattern;
    let secs = |v: Option<f64>| v.map_or("-".to_string(), format::min_sec);
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
        report.last_24h_at.format("%a %-d %b"),
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
        format::short(l.pumping_secs),
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

/// One daily chart and its table: what it draws of each day, and how.
struct Daily<'a> {
    id: &'a str,
    title: &'a str,
    desc: String,
    goal: Option<f64>,
    y_title: &'a str,
    bar: &'a dyn Fn(&DayTotals) -> f64,
    label: &'a dyn Fn(f64) -> String,
    table: &'a str,
    caption: &'a str,
    cell: &'a dyn Fn(&DayTotals) -> Cell,
}

fn write_daily(out: &mut String, report: &Report, daily: &Daily) {
    let history = &report.period.history;
    let days: Vec<_> = history.days.iter().map(|d| d.date).collect();
    let values: Vec<f64> = history
        .days
        .iter()
        .map(|d| (daily.bar)(&d.totals))
        .collect();
    out.push_str(
        &DayBars {
            id: daily.id,
            title: daily.title,
            desc: &daily.desc,
            days: &days,
            values: &values,
            goal: daily.goal,
            y_title: daily.y_title,
            label: daily.label,
        }
        .draw(),
    );
    let rows = history
        .days
        .iter()
        .map(|d| {
            vec![
                Cell::text(d.date.format("%Y-%m-%d").to_string()),
                (daily.cell)(&d.totals),
            ]
        })
        .collect();
    Table {
        id: daily.table,
        caption: daily.caption,
        head: &["day", daily.y_title],
        rows,
    }
    .write(out);
}

fn write_days(out: &mut String, report: &Report) {
    let dates = report.dates();
    let goals = &report.goals;
    let goal = |g: u32| (g > 0).then(|| f64::from(g));
    let whole = |v: f64| format!("{v:.0}");
    let units = report.units;
    let unit = format::unit_label(units);
    out.push_str("<section id=\"days\"><h2>Every day</h2>");
    write_daily(
        out,
        report,
        &Daily {
            id: "chart-sessions",
            title: "Sessions a day",
            desc: format!(
                "A bar for each day from {dates}: how many sessions it had. The dashed line \
                 is the goal of {} a day.",
                goals.sessions_per_day
            ),
            goal: goal(goals.sessions_per_day),
            y_title: "sessions",
            bar: &|t| t.sessions as f64,
            label: &whole,
            table: "table-sessions",
            caption: "sessions a day",
            cell: &|t| Cell::count(t.sessions),
        },
    );
    write_daily(
        out,
        report,
        &Daily {
            id: "chart-pumping",
            title: "Pumping minutes a day",
            desc: format!(
                "A bar for each day from {dates}: minutes of pumping (rests left out). The \
                 dashed line is the goal of {} minutes a day.",
                goals.minutes_per_day
            ),
            goal: goal(goals.minutes_per_day),
            y_title: "minutes",
            bar: &|t| t.pumping_secs / 60.0,
            label: &whole,
            table: "table-pumping",
            caption: "pumping minutes a day",
            cell: &|t| {
                Cell::Figure(
                    t.pumping_secs,
                    format!("{}", (t.pumping_secs / 60.0).floor()),
                )
            },
        },
    );
    let title = format!("Volume a day ({unit})");
    let caption = format!("volume a day ({unit})");
    write_daily(
        out,
        report,
        &Daily {
            id: "chart-volume",
            title: &title,
            desc: format!("A bar for each day from {dates}: the volume pumped, in {unit}."),
            goal: None,
            y_title: unit,
            bar: &|t| volume_in(t.volume_ml.unwrap_or(0.0), units),
            label: &|v| match units {
                Units::Ml => format!("{v:.0}"),
                Units::Oz => format!("{v:.1}"),
            },
            table: "table-volume",
            caption: &caption,
            cell: &|t| Cell::figure(t.volume_ml, |ml| format::volume_number(ml, units)),
        },
    );
    out.push_str("</section>");
}

/// Millilitres in the units the user reads.
fn volume_in(ml: f64, units: Units) -> f64 {
    match units {
        Units::Ml => ml,
        Units::Oz => ml / format::ML_PER_OZ,
    }
}

fn write_raster(out: &mut String, report: &Report) {
    let period = &report.period;
    let raster = &period.raster;
    let span = raster.span_secs();
    let density = if raster.rows.len() > THIN_AFTER_ROWS {
        Density::Thin
    } else {
        Density::Times
    };
    let _ = write!(
        out,
        "<section id=\"raster\"><h2>Let-downs, session by session</h2>\
         <p>Each row is one session, the oldest at the top, grouped by day; each tick is a \
         let-down, on one axis of minutes since the start (up to {}). A person's let-downs \
         tend to come at much the same times from session to session.</p>\
         <p class=\"legend\"><span class=\"swatch sw-tick\"></span> a let-down \
         <span class=\"swatch sw-pump\"></span> pumping <span class=\"swatch sw-rest\"></span> \
         a rest</p>",
        format::short(span)
    );
    let days: Vec<_> = period.history.days.iter().map(|d| d.date).collect();
    for (n, week) in days.chunks(RASTER_DAYS).enumerate() {
        let (Some(first), Some(last)) = (week.first(), week.last()) else {
            continue;
        };
        let rows: Vec<_> = raster
            .rows
            .iter()
            .filter(|r| *first <= r.date && r.date <= *last)
            .cloned()
            .collect();
        let letdowns: usize = rows.iter().map(|r| r.ticks.len()).sum();
        let title = format!(
            "Let-downs, {} – {}",
            first.format("%a %-d %b"),
            last.format("%a %-d %b")
        );
        let desc = format!(
            "A row for each of {} from {} to {}, oldest at the top; {} drawn as ticks at \
             their minutes since the session's start. The table after the charts lists \
             every session's let-down times.",
            format::plural(rows.len(), "session"),
            first.format("%a %-d %b"),
            last.format("%a %-d %b"),
            format::plural(letdowns, "let-down")
        );
        out.push_str(
            &RasterBlock {
                id: &format!("chart-raster-{}", n + 1),
                title: &title,
                desc: &desc,
                days: week,
                rows: &rows,
                span,
                clock: report.clock,
                density,
            }
            .draw(),
        );
    }
    let rows = raster
        .rows
        .iter()
        .map(|r| {
            let times = if r.by_hand {
                format!("added by hand: {}", r.letdown_count)
            } else {
                r.ticks
                    .iter()
                    .map(|t| format::clock(*t))
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            vec![
                Cell::text(r.date.format("%Y-%m-%d").to_string()),
                Cell::text(report.time(&r.started)),
                Cell::Figure(r.active_secs, format::clock(r.active_secs)),
                Cell::count(r.letdown_count),
                Cell::figure(r.ticks.first().copied(), format::clock),
                Cell::text(times),
                Cell::text(rests_text(&r.rests)),
            ]
        })
        .collect();
    Table {
        id: "table-raster",
        caption: "every session's let-downs",
        head: &[
            "day",
            "start",
            "length",
            "let-downs",
            "first",
            "let-down times",
            "rests",
        ],
        rows,
    }
    .write(out);
    out.push_str("</section>");
}

fn rests_text(rests: &[(f64, f64)]) -> String {
    rests
        .iter()
        .map(|(a, b)| format!("{}–{}", format::clock(*a), format::clock(*b)))
        .collect::<Vec<_>>()
        .join(", ")
}

fn write_first(out: &mut String, report: &Report) {
    let period = &report.period;
    let first = &period.first_letdowns;
    let median = period.history.pattern.median_first_letdown_secs;
    let desc = format!(
        "How many timed sessions had their first let-down in each half minute from the \
         start; the last bar holds every first let-down after {} minutes. {} had no \
         let-down. The dashed line is the median, {}.",
        (first.bins.len().saturating_sub(1) as f64 * FIRST_BIN_SECS / 60.0),
        format::plural(first.without, "session"),
        median.map_or("-".to_string(), format::min_sec)
    );
    out.push_str("<section id=\"first\"><h2>When the first let-down came</h2>");
    out.push_str(
        &Bins {
            id: "chart-first",
            title: "The first let-down, how long after the start",
            desc: &desc,
            counts: &first.bins,
            bin_secs: FIRST_BIN_SECS,
            median: median.map(|m| (m, format!("median {}", format::min_sec(m)))),
        }
        .draw(),
    );
    let last = first.bins.len().saturating_sub(1);
    let mut rows: Vec<Vec<Cell>> = first
        .bins
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let from = format::clock(i as f64 * FIRST_BIN_SECS);
            let label = if i == last {
                format!("{from} or later")
            } else {
                format!(
                    "{from} to {}",
                    format::clock((i + 1) as f64 * FIRST_BIN_SECS)
                )
            };
            vec![Cell::text(label), Cell::count(*n)]
        })
        .collect();
    rows.push(vec![Cell::text("no let-down"), Cell::count(first.without)]);
    Table {
        id: "table-first",
        caption: "sessions by the time of their first let-down",
        head: &["first let-down", "sessions"],
        rows,
    }
    .write(out);
    out.push_str("</section>");
}

fn write_trends(out: &mut String, report: &Report) {
    let period = &report.period;
    let history = &period.history;
    let days: Vec<_> = history.days.iter().map(|d| d.date).collect();
    let day_start = report.day_start;
    let x = |date: chrono::NaiveDate, started| {
        (date - history.from).num_days() as f64 + secs_into_day(started, day_start) / 86_400.0
    };
    let minutes = |m: f64| format!("{m:.0}");
    let firsts: Vec<Dot> = history
        .sessions
        .iter()
        .filter_map(|s| {
            Some(Dot {
                x: x(s.date, s.started),
                value: s.first_letdown_secs? / 60.0,
                by_hand: false,
            })
        })
        .collect();
    let daily: Vec<Option<f64>> = period
        .days
        .iter()
        .map(|d| d.pattern.median_first_letdown_secs.map(|s| s / 60.0))
        .collect();
    let median = history.pattern.median_first_letdown_secs;
    out.push_str("<section id=\"trends\"><h2>Over the period</h2>");
    out.push_str(
        &SessionDots {
            id: "chart-first-trend",
            title: "Minutes to the first let-down, each session",
            desc: "A dot for each timed session with a let-down, at its day and its minutes \
                   to the first let-down; the line joins each day's median, the dashed line \
                   is the period's median.",
            days: &days,
            dots: &firsts,
            daily: &daily,
            median: median.map(|m| (m / 60.0, format!("median {}", format::min_sec(m)))),
            y_title: "minutes",
            label: &minutes,
        }
        .draw(),
    );
    let rows = period
        .days
        .iter()
        .map(|d| {
            vec![
                Cell::text(d.date.format("%Y-%m-%d").to_string()),
                Cell::count(d.pattern.sessions),
                Cell::figure(d.pattern.median_first_letdown_secs, format::min_sec),
            ]
        })
        .collect();
    Table {
        id: "table-first-trend",
        caption: "time to the first let-down, day by day",
        head: &["day", "timed sessions", "median first let-down"],
        rows,
    }
    .write(out);
    write_counts(out, report, &days, &x);
    out.push_str("</section>");
}

/// Let-downs in each session, over the period.
fn write_counts(
    out: &mut String,
    report: &Report,
    days: &[chrono::NaiveDate],
    x: &dyn Fn(chrono::NaiveDate, chrono::DateTime<chrono::FixedOffset>) -> f64,
) {
    let period = &report.period;
    let history = &period.history;

    let counts: Vec<Dot> = history
        .sessions
        .iter()
        .zip(&period.raster.rows)
        .map(|(s, row)| Dot {
            x: x(s.date, s.started),
            value: s.letdowns as f64,
            by_hand: row.by_hand,
        })
        .collect();
    let daily: Vec<Option<f64>> = period
        .days
        .iter()
        .map(|d| d.pattern.median_letdowns)
        .collect();
    let median = history.pattern.median_letdowns;
    out.push_str(
        &SessionDots {
            id: "chart-letdowns",
            title: "Let-downs in each session",
            desc: "A dot for each session at its day and its number of let-downs (a hollow \
                   square: added by hand); the line joins each day's median over timed \
                   sessions, the dashed line is the period's median.",
            days,
            dots: &counts,
            daily: &daily,
            median: median.map(|m| (m, format!("median {}", count_text(m)))),
            y_title: "let-downs",
            label: &|v| format!("{v:.0}"),
        }
        .draw(),
    );
    let rows = history
        .days
        .iter()
        .zip(&period.days)
        .map(|(d, extras)| {
            vec![
                Cell::text(d.date.format("%Y-%m-%d").to_string()),
                Cell::count(d.totals.sessions),
                Cell::count(d.totals.letdowns),
                Cell::figure(extras.pattern.median_letdowns, count_text),
            ]
        })
        .collect();
    Table {
        id: "table-letdowns",
        caption: "let-downs, day by day",
        head: &["day", "sessions", "let-downs", "median a timed session"],
        rows,
    }
    .write(out);
}

/// A median count: "3", "2.5".
fn count_text(n: f64) -> String {
    if n.fract() == 0.0 {
        format!("{n:.0}")
    } else {
        format!("{n:.1}")
    }
}

fn trigger_cells(t: &TriggerFigures) -> Vec<Cell> {
    vec![
        Cell::text(t.name.clone()),
        Cell::count(t.shown),
        Cell::count(t.followed_by_letdown),
        Cell::Figure(
            t.percent_followed() as f64,
            format!("{} %", t.percent_followed()),
        ),
    ]
}

fn write_triggers(out: &mut String, report: &Report) {
    let all = &report.period.history.triggers;
    let (cues, triggers): (Vec<&TriggerFigures>, Vec<&TriggerFigures>) =
        all.iter().partition(|t| is_pump_mode_cue(&t.name));
    out.push_str("<section id=\"triggers\"><h2>The coach's triggers</h2>");
    if triggers.is_empty() {
        out.push_str("<p>The coach showed no triggers in these days.</p>");
    } else {
        let owned: Vec<TriggerFigures> = triggers.iter().map(|t| (*t).clone()).collect();
        let note = if enough_to_tell(&owned) {
            format!(
                "When a let-down was slow to come, the coach suggested a trigger. How often \
                 each was followed by a let-down within {}, best first.",
                format::short(TRIGGER_WINDOW_SECS)
            )
        } else {
            "Too few showings yet to tell which triggers help; this fills in as you go.".to_string()
        };
        let _ = write!(out, "<p>{}</p>", escape(&note));
        let rows: Vec<TriggerRow> = triggers
            .iter()
            .map(|t| TriggerRow {
                name: t.name.clone(),
                shown: t.shown,
                followed: t.followed_by_letdown,
                percent: t.percent_followed(),
            })
            .collect();
        out.push_str(
            &TriggerBars {
                id: "chart-triggers",
                title: "Triggers followed by a let-down within 2 minutes",
                desc: "A bar for each trigger the coach showed: the share of its showings \
                       that a let-down followed within two minutes, best first.",
                rows: &rows,
            }
            .draw(),
        );
        Table {
            id: "table-triggers",
            caption: "the coach's triggers",
            head: &["trigger", "shown", "a let-down within 2 min", "share"],
            rows: triggers.iter().map(|t| trigger_cells(t)).collect(),
        }
        .write(out);
    }
    out.push_str("<h3>Pump-mode cues</h3>");
    if cues.is_empty() {
        out.push_str("<p>No pump-mode cue was shown in these days.</p>");
    } else {
        out.push_str(
            "<p>The coach's cues to switch the pump between its stimulation (let-down) mode \
             and its expression mode. The expression cue comes at a let-down, so its share \
             says little.</p><table id=\"table-cues\"><caption>pump-mode cues</caption>\
             <thead><tr><th scope=\"col\">cue</th><th scope=\"col\">shown</th>\
             <th scope=\"col\">a let-down within 2 min</th></tr></thead><tbody>",
        );
        for cue in cues {
            let _ = write!(
                out,
                "<tr><th scope=\"row\">{}</th><td class=\"num\"><data value=\"{}\">{}</data></td>\
                 <td class=\"num\"><data value=\"{}\">{}</data></td></tr>",
                escape(&cue.name),
                cue.shown,
                cue.shown,
                cue.followed_by_letdown,
                cue.followed_by_letdown
            );
        }
        out.push_str("</tbody></table>");
    }
    out.push_str("</section>");
}

fn write_comfort(out: &mut String, report: &Report) {
    let period = &report.period;
    let days: Vec<_> = period.days.iter().map(|d| d.date).collect();
    let counts: Vec<_> = period.days.iter().map(|d| d.comfort).collect();
    out.push_str(
        "<section id=\"comfort\"><h2>Comfort and notes</h2>\
         <p class=\"legend\"><span class=\"swatch c-fine\"></span> fine \
         <span class=\"swatch c-tender\"></span> tender \
         <span class=\"swatch c-painful\"></span> painful \
         <span class=\"swatch c-unsaid\"></span> not said</p>",
    );
    out.push_str(
        &ComfortBars {
            id: "chart-comfort",
            title: "How the sessions felt, day by day",
            desc: "A stacked bar for each day: its sessions that felt fine (at the bottom), \
                   tender, painful, and those saved without saying.",
            days: &days,
            counts: &counts,
        }
        .draw(),
    );
    let rows = period
        .days
        .iter()
        .map(|d| {
            let c = d.comfort;
            vec![
                Cell::text(d.date.format("%Y-%m-%d").to_string()),
                Cell::count(c.fine),
                Cell::count(c.tender),
                Cell::count(c.painful),
                Cell::count(c.not_said),
            ]
        })
        .collect();
    Table {
        id: "table-comfort",
        caption: "comfort, day by day",
        head: &["day", "fine", "tender", "painful", "not said"],
        rows,
    }
    .write(out);
    let sore: Vec<_> = period
        .remarks
        .iter()
        .filter(|r| matches!(r.comfort, Some(Comfort::Tender | Comfort::Painful)))
        .collect();
    if !sore.is_empty() {
        let _ = write!(
            out,
            "<h3>Tender or painful sessions</h3><p class=\"gentle\">{}</p><ul class=\"remarks\">",
            escape(GENTLE_PAIN)
        );
        for remark in sore {
            write_remark(out, report, remark);
        }
        out.push_str("</ul>");
    }
    let noted: Vec<_> = period.remarks.iter().filter(|r| r.note.is_some()).collect();
    out.push_str("<h3>Notes</h3>");
    if noted.is_empty() {
        out.push_str("<p>No notes in these days.</p>");
    } else {
        out.push_str("<ul class=\"remarks\" id=\"notes\">");
        for remark in noted {
            write_remark(out, report, remark);
        }
        out.push_str("</ul>");
    }
    out.push_str("</section>");
}

/// A session's day, time, comfort and note as one item; the note's lines
/// kept, its text shown as it was written (a link in it stays text).
fn write_remark(out: &mut String, report: &Report, remark: &crate::stats::Remark) {
    let when = format!(
        "{} {}",
        remark.date.format("%a %-d %b"),
        report.time(&remark.started)
    );
    let _ = write!(out, "<li><span class=\"when\">{}</span>", escape(&when));
    if let Some(comfort) = remark.comfort.filter(|c| *c != Comfort::Fine) {
        let _ = write!(out, " <span class=\"comfort\">{}</span>", comfort.label());
    }
    if let Some(note) = &remark.note {
        let lines: Vec<String> = note.lines().map(escape).collect();
        let _ = write!(out, " <q>{}</q>", lines.join("<br>"));
    }
    out.push_str("</li>");
}

fn write_footer(out: &mut String, report: &Report) {
    out.push_str("<footer>");
    if !report.unreadable.is_empty() {
        let _ = write!(
            out,
            "<p class=\"warn\">{} could not be read and {} left out; \
             <code>letdown config check</code> lists {}.</p>",
            format::plural(report.unreadable.len(), "session file"),
            if report.unreadable.len() == 1 {
                "is"
            } else {
                "are"
            },
            if report.unreadable.len() == 1 {
                "it"
            } else {
                "them"
            }
        );
    }
    let _ = write!(out, "<p>{}</p></footer>", escape(NOT_MEDICAL));
}
