//! The report as Markdown, for pasting into a message: the same figures as
//! the page, a table for each of its charts, and the let-down raster drawn
//! in characters. Text from files is escaped, so a note adds no markup and
//! no link of its own.

use std::fmt::Write as _;

mod experiments;
mod milk;

use super::{Report, count_text, gentle_pain, not_medical};
use crate::facts::{self, CoachFacts, Unreadable};
use crate::format;
use crate::session::Comfort;
use crate::stats::{FIRST_BIN_SECS, Mark, TriggerFigures, cells};

/// Cells of the raster drawn in characters.
const RASTER_WIDTH: usize = 60;

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

fn write_raster(out: &mut String, report: &Report) {
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

fn write_first(out: &mut String, report: &Report) {
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

fn write_triggers(out: &mut String, all: &[TriggerFigures]) {
    let coach = CoachFacts::of(all);
    let followed = facts::coach::followed_head();
    let _ = writeln!(out, "## {}\n", crate::tr!("report-triggers"));
    out.push_str(&coach.note());
    out.push_str("\n\n");
    if coach.any_trigger() {
        head(
            out,
            &[
                &crate::tr!("report-head-trigger"),
                &crate::tr!("report-head-shown"),
                &followed,
                &crate::tr!("report-head-share"),
            ],
        );
        for t in coach.triggers() {
            row(
                out,
                &[
                    md(&t.name),
                    t.shown.to_string(),
                    t.followed_by_letdown.to_string(),
                    t.share_followed().to_string(),
                ],
            );
        }
        out.push('\n');
    }
    if coach.cues().next().is_some() {
        let _ = writeln!(out, "### {}\n", crate::tr!("report-cues"));
        out.push_str(&facts::coach::cues_note());
        out.push_str("\n\n");
        head(
            out,
            &[
                &crate::tr!("report-head-cue"),
                &crate::tr!("report-head-shown"),
                &followed,
            ],
        );
        for cue in coach.cues() {
            row(
                out,
                &[
                    md(&cue.name),
                    cue.shown.to_string(),
                    cue.followed_by_letdown.to_string(),
                ],
            );
        }
        out.push('\n');
    }
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
