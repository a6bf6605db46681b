//! Session by session: the let-down raster, when the first let-down came,
//! and the trends over the period.

use std::fmt::Write as _;

use super::super::charts::{Bins, Dot, SessionDots};
use super::super::count_text;
use super::super::escape;
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
        "<section id=\"raster\"><h2>{}</h2><p>{}</p>\
         <p class=\"legend\"><span class=\"swatch sw-tick\"></span> {} \
         <span class=\"swatch sw-pump\"></span> {} <span class=\"swatch sw-rest\"></span> \
         {}</p>",
        escape(&crate::tr!("report-raster")),
        crate::tr!(
            "report-raster-intro",
            span = crate::facts::Length::of(span).short()
        ),
        escape(&crate::tr!("report-legend-letdown")),
        escape(&crate::tr!("report-legend-pumping")),
        escape(&crate::tr!("report-legend-rest"))
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
        let title = crate::tr!(
            "report-raster-chart",
            from = from.as_str(),
            to = to.as_str()
        );
        let desc = crate::tr!(
            "report-raster-chart-desc",
            sessions = rows.len(),
            from = from.as_str(),
            to = to.as_str(),
            letdowns = letdowns
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
                crate::tr!("report-added-by-hand", count = r.letdown_count)
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
        caption: &crate::tr!("report-raster-caption"),
        head: vec![
            crate::tr!("report-head-day"),
            crate::tr!("report-head-start"),
            crate::tr!("report-head-length"),
            crate::tr!("report-head-letdowns"),
            crate::tr!("report-head-first"),
            crate::tr!("report-head-times"),
            crate::tr!("report-head-rests"),
            crate::tr!(
                "report-head-volume",
                unit = crate::facts::Volume::unit(report.units)
            ),
            crate::tr!("report-head-sides"),
        ],
        rows,
    }
    .write(out);
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
    let desc = crate::tr!(
        "report-first-chart-desc",
        after =
            crate::facts::Length::of(first.bins.len().saturating_sub(1) as f64 * FIRST_BIN_SECS)
                .to_string(),
        without = first.without,
        median = median.map_or("-".to_string(), |s| crate::facts::Length::of(s).to_string())
    );
    let _ = write!(
        out,
        "<section id=\"first\"><h2>{}</h2>",
        escape(&crate::tr!("report-first"))
    );
    out.push_str(
        &Bins {
            id: "chart-first",
            title: &crate::tr!("report-first-chart"),
            desc: &desc,
            counts: &first.bins,
            bin_secs: FIRST_BIN_SECS,
            median: median.map(|m| {
                (
                    m,
                    crate::tr!(
                        "report-median",
                        median = crate::facts::Length::of(m).to_string()
                    ),
                )
            }),
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
    rows.push(vec![
        Cell::text(crate::tr!("report-no-letdown")),
        Cell::count(first.without),
    ]);
    Table {
        id: "table-first",
        caption: &crate::tr!("report-first-caption"),
        head: vec![
            crate::tr!("report-head-first-letdown"),
            crate::tr!("report-head-sessions"),
        ],
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
    let minutes = |m: f64| crate::i18n::decimal(m, 0);
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
    let _ = write!(
        out,
        "<section id=\"trends\"><h2>{}</h2>",
        escape(&crate::tr!("report-trends"))
    );
    out.push_str(
        &SessionDots {
            id: "chart-first-trend",
            title: &crate::tr!("report-first-trend-chart"),
            desc: &crate::tr!("report-first-trend-chart-desc"),
            days: &days,
            dots: &firsts,
            daily: &daily,
            median: median.map(|m| {
                (
                    m / 60.0,
                    crate::tr!(
                        "report-median",
                        median = crate::facts::Length::of(m).to_string()
                    ),
                )
            }),
            y_title: &crate::tr!("report-axis-minutes"),
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
        caption: &crate::tr!("report-first-trend-caption"),
        head: vec![
            crate::tr!("report-head-day"),
            crate::tr!("report-head-timed-sessions"),
            crate::tr!("report-head-median-first"),
        ],
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
            title: &crate::tr!("report-letdowns-chart"),
            desc: &crate::tr!("report-letdowns-chart-desc"),
            days,
            dots: &counts,
            daily: &daily,
            median: median.map(|m| (m, crate::tr!("report-median", median = count_text(m)))),
            y_title: &crate::tr!("report-axis-letdowns"),
            label: &|v| crate::i18n::decimal(v, 0),
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
        caption: &crate::tr!("report-letdowns-caption"),
        head: vec![
            crate::tr!("report-head-day"),
            crate::tr!("report-head-sessions"),
            crate::tr!("report-head-letdowns"),
            crate::tr!("report-head-median-timed"),
        ],
        rows,
    }
    .write(out);
}
