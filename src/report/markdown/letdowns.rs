//! The let-downs in Markdown: session by session, and when the first came.

use std::fmt::Write as _;

use super::super::{Report, count_text};
use super::{head, row};
use crate::facts;
use crate::format;
use crate::stats::{FIRST_BIN_SECS, Mark, cells};

/// Cells of the raster drawn in characters.
const RASTER_WIDTH: usize = 60;

pub(super) fn write_raster(out: &mut String, report: &Report) {
    let raster = &report.period.raster;
    let span = raster.span_secs();
    let _ = writeln!(out, "## {}\n", crate::tr!("report-raster"));
    let _ = writeln!(
        out,
        "{}\n",
        crate::tr!(
            "report-md-raster-intro",
            span = crate::facts::Length::of(span).short()
        )
    );
    out.push_str("```text\n");
    let mut axis = vec![' '; RASTER_WIDTH + 4];
    let step = if span <= 1800.0 { 300.0 } else { 600.0 };
    let mut at = 0.0;
    while at <= span + 0.5 {
        let i = ((at / span) * RASTER_WIDTH as f64).round() as usize;
        for (k, c) in crate::i18n::decimal(at / 60.0, 0).chars().enumerate() {
            if let Some(cell) = axis.get_mut(i + k) {
                *cell = c;
            }
        }
        at += step;
    }
    let _ = writeln!(
        out,
        "{:<16}{} min",
        "",
        axis.into_iter().collect::<String>().trim_end()
    );
    let mut last_day = None;
    for r in &raster.rows {
        let day = if last_day == Some(r.date) {
            String::new()
        } else {
            crate::facts::DayLabel::Medium.of(r.date)
        };
        last_day = Some(r.date);
        let drawn: String = if r.by_hand {
            format!(
                "({})",
                crate::tr!("report-md-added-by-hand", count = r.letdown_count)
            )
        } else {
            cells(r, span, RASTER_WIDTH)
                .into_iter()
                .map(|m| match m {
                    Mark::Blank => ' ',
                    Mark::Pumping => '-',
                    Mark::Rest => '~',
                    Mark::Letdowns(1) => '|',
                    Mark::Letdowns(n) => char::from_digit(n.min(9) as u32, 10).unwrap_or('|'),
                })
                .collect()
        };
        let past = r.ticks_past(span);
        let more = if past > 0 {
            format!(" +{past}")
        } else {
            String::new()
        };
        let note = facts::volumes::row_note(r.volume_ml, r.sides, report.units);
        let note = if note.is_empty() {
            String::new()
        } else {
            format!("  {note}")
        };
        let _ = writeln!(
            out,
            "{day:<10}{:>6} {}{more}{note}",
            report.time(&r.started),
            drawn.trim_end()
        );
    }
    out.push_str("```\n\n");
    write_raster_table(out, report);
}

/// Every session's let-downs, volume and sides, as a table.
fn write_raster_table(out: &mut String, report: &Report) {
    let raster = &report.period.raster;
    head(
        out,
        &[
            &crate::tr!("report-head-day"),
            &crate::tr!("report-head-start"),
            &crate::tr!("report-head-length"),
            &crate::tr!("report-head-letdowns"),
            &crate::tr!("report-head-times"),
            crate::facts::Volume::unit(report.units),
            &crate::tr!("report-head-sides"),
        ],
    );
    for r in &raster.rows {
        let times = if r.by_hand {
            crate::tr!("report-md-by-hand")
        } else {
            r.ticks
                .iter()
                .map(|t| format::clock(*t))
                .collect::<Vec<_>>()
                .join(", ")
        };
        row(
            out,
            &[
                crate::facts::DayLabel::Iso.of(r.date),
                report.time(&r.started),
                crate::facts::Length::of(r.active_secs).to_string(),
                r.letdown_count.to_string(),
                times,
                r.volume_ml.map_or("-".to_string(), |ml| {
                    crate::facts::Volume::new(ml, report.units).number()
                }),
                r.sides.map_or("", facts::setup::sides_words).to_string(),
            ],
        );
    }
    out.push('\n');
}

pub(super) fn write_first(out: &mut String, report: &Report) {
    let period = &report.period;
    let _ = writeln!(out, "## {}\n", crate::tr!("report-first"));
    head(
        out,
        &[
            &crate::tr!("report-head-first-letdown"),
            &crate::tr!("report-head-sessions"),
        ],
    );
    let bins = &period.first_letdowns.bins;
    for (i, n) in bins.iter().enumerate() {
        let label = crate::facts::bin_label(i, bins.len(), FIRST_BIN_SECS);
        row(out, &[label, n.to_string()]);
    }
    row(
        out,
        &[
            crate::tr!("report-no-letdown"),
            period.first_letdowns.without.to_string(),
        ],
    );
    let _ = writeln!(out, "\n## {}\n", crate::tr!("report-md-trends"));
    head(
        out,
        &[
            &crate::tr!("report-head-day"),
            &crate::tr!("report-head-timed-sessions"),
            &crate::tr!("report-head-median-first"),
            &crate::tr!("report-head-median-letdowns"),
        ],
    );
    for d in &period.days {
        row(
            out,
            &[
                crate::facts::DayLabel::Iso.of(d.date),
                d.pattern.sessions.to_string(),
                d.pattern
                    .median_first_letdown_secs
                    .map_or("-".to_string(), |s| crate::facts::Length::of(s).to_string()),
                d.pattern
                    .median_letdowns
                    .map_or("-".to_string(), count_text),
            ],
        );
    }
    out.push('\n');
}
