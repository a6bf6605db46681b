//! Session by session: the let-down raster, when the first let-down came,
//! and the trends over the period.

use std::fmt::Write as _;

use super::super::charts::{Bins, Dot, SessionDots};
use super::super::count_text;
use super::super::raster::{Density, RasterBlock};
use super::super::table::{Cell, Table};
use super::Report;
use crate::facts::DayLabel;
use crate::format;
use crate::stats::{FIRST_BIN_SECS, secs_into_day};

/// Rows past this many are drawn thin, the day alone named.
const THIN_AFTER_ROWS: usize = 400;

/// Days a raster chart holds.
const RASTER_DAYS: usize = 7;

pub(super) fn write_raster(out: &mut String, report: &Report) {
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
        crate::facts::Length::of(span).short()
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
        let (from, to) = (DayLabel::Medium.of(first), DayLabel::Medium.of(last));
        let title = format!("Let-downs, {from} – {to}");
        let desc = format!(
            "A row for each of {} from {from} to {to}, oldest at the top; {} drawn as ticks \
             at their minutes since the session's start. The table after the charts lists \
             every session's let-down times.",
            format::plural(rows.len(), "session"),
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
                units: report.units,
            }
            .draw(),
        );
    }
    write_raster_table(out, report);
    out.push_str("</section>");
}

/// The table after the raster's charts: every session's let-downs, its
/// volume and its sides.
fn write_raster_table(out: &mut String, report: &Report) {
    let raster = &report.period.raster;
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
                Cell::text(crate::facts::DayLabel::Iso.of(r.date)),
                Cell::text(report.time(&r.started)),
                Cell::Figure(
                    r.active_secs,
                    crate::facts::Length::of(r.active_secs).to_string(),
                ),
                Cell::count(r.letdown_count),
                Cell::figure(r.ticks.first().copied(), format::clock),
                Cell::text(times),
                Cell::text(rests_text(&r.rests)),
                Cell::figure(r.volume_ml, |ml| {
                    crate::facts::Volume::new(ml, report.units).number()
                }),
                Cell::text(
                    r.sides
                        .map_or("", crate::facts::setup::sides_words)
                        .to_string(),
                ),
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
            unit_head(report),
            "sides",
        ],
        rows,
    }
    .write(out);
}

/// The volume column's head, with the unit: "volume (ml)".
fn unit_head(report: &Report) -> &'static str {
    match report.units {
        crate::config::Units::Ml => "volume (ml)",
        crate::config::Units::Oz => "volume (oz)",
    }
}

fn rests_text(rests: &[(f64, f64)]) -> String {
    rests
        .iter()
        .map(|(a, b)| format!("{}–{}", format::clock(*a), format::clock(*b)))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn write_first(out: &mut String, report: &Report) {
    let period = &report.period;
    let first = &period.first_letdowns;
    let median = period.history.pattern.median_first_letdown_secs;
    let desc = format!(
        "How many timed sessions had their first let-down in each half minute from the \
         start; the last bar holds every first let-down after {}. {} had no \
         let-down. The dashed line is the median, {}.",
        crate::facts::Length::of(first.bins.len().saturating_sub(1) as f64 * FIRST_BIN_SECS),
        format::plural(first.without, "session"),
        median.map_or("-".to_string(), |s| crate::facts::Length::of(s).to_string())
    );
    out.push_str("<section id=\"first\"><h2>When the first let-down came</h2>");
    out.push_str(
        &Bins {
            id: "chart-first",
            title: "The first let-down, how long after the start",
            desc: &desc,
            counts: &first.bins,
            bin_secs: FIRST_BIN_SECS,
            median: median.map(|m| (m, format!("median {}", crate::facts::Length::of(m)))),
        }
        .draw(),
    );
    let mut rows: Vec<Vec<Cell>> = first
        .bins
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let label = crate::facts::bin_label(i, first.bins.len(), FIRST_BIN_SECS);
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

pub(super) fn write_trends(out: &mut String, report: &Report) {
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
            median: median.map(|m| (m / 60.0, format!("median {}", crate::facts::Length::of(m)))),
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
                Cell::text(crate::facts::DayLabel::Iso.of(d.date)),
                Cell::count(d.pattern.sessions),
                Cell::figure(d.pattern.median_first_letdown_secs, |s| {
                    crate::facts::Length::of(s).to_string()
                }),
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
                Cell::text(crate::facts::DayLabel::Iso.of(d.date)),
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
