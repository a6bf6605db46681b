//! The coach and how it felt: the triggers and pump-mode cues, comfort day
//! by day, tender and painful sessions, and the notes.

use std::fmt::Write as _;

use super::super::charts::{ComfortBars, TriggerBars, TriggerRow};
use super::super::table::{Cell, Table};
use super::super::{Report, escape, gentle_pain};
use crate::facts::{CoachFacts, coach};
use crate::session::Comfort;
use crate::stats::TriggerFigures;

fn trigger_cells(t: &TriggerFigures) -> Vec<Cell> {
    vec![
        Cell::text(t.name.clone()),
        Cell::count(t.shown),
        Cell::count(t.followed_by_letdown),
        Cell::Figure(t.percent_followed() as f64, t.share_followed().to_string()),
    ]
}

pub(super) fn write_triggers(out: &mut String, report: &Report) {
    let coach = CoachFacts::of(&report.period.history.triggers);
    let followed = coach::followed_head();
    let _ = write!(
        out,
        "<section id=\"triggers\"><h2>{}</h2>",
        crate::tr!("report-triggers")
    );
    let _ = write!(out, "<p>{}</p>", escape(&coach.note()));
    if coach.any_trigger() {
        let rows: Vec<TriggerRow> = coach
            .triggers()
            .map(|t| TriggerRow {
                name: t.name.clone(),
                shown: t.shown,
                followed: t.followed_by_letdown,
                percent: t.percent_followed(),
            })
            .collect();
        let title = crate::tr!("report-triggers-chart", within = coach::within());
        let desc = crate::tr!("report-triggers-chart-desc", within = coach::within());
        out.push_str(
            &TriggerBars {
                id: "chart-triggers",
                title: &title,
                desc: &desc,
                rows: &rows,
            }
            .draw(),
        );
        Table {
            id: "table-triggers",
            caption: &crate::tr!("report-triggers-caption"),
            head: vec![
                crate::tr!("report-head-trigger"),
                crate::tr!("report-head-shown"),
                followed.clone(),
                crate::tr!("report-head-share"),
            ],
            rows: coach.triggers().map(trigger_cells).collect(),
        }
        .write(out);
    }
    let _ = write!(out, "<h3>{}</h3>", escape(&crate::tr!("report-cues")));
    if coach.cues().next().is_none() {
        let _ = write!(out, "<p>{}</p>", coach::no_cues());
    } else {
        let _ = write!(out, "<p>{}</p>", escape(&coach::cues_note()));
        Table {
            id: "table-cues",
            caption: &crate::tr!("report-cues-caption"),
            head: vec![
                crate::tr!("report-head-cue"),
                crate::tr!("report-head-shown"),
                followed,
            ],
            rows: coach
                .cues()
                .map(|cue| {
                    vec![
                        Cell::text(cue.name.clone()),
                        Cell::count(cue.shown),
                        Cell::count(cue.followed_by_letdown),
                    ]
                })
                .collect(),
        }
        .write(out);
    }
    out.push_str("</section>");
}

pub(super) fn write_comfort(out: &mut String, report: &Report) {
    let period = &report.period;
    let days: Vec<_> = period.days.iter().map(|d| d.date).collect();
    let counts: Vec<_> = period.days.iter().map(|d| d.comfort).collect();
    let (fine, tender, painful, unsaid) = (
        escape(&crate::tr!("report-comfort-fine")),
        escape(&crate::tr!("report-comfort-tender")),
        escape(&crate::tr!("report-comfort-painful")),
        escape(&crate::tr!("report-comfort-not-said")),
    );
    let _ = write!(
        out,
        "<section id=\"comfort\"><h2>{}</h2>\
         <p class=\"legend\"><span class=\"swatch c-fine\"></span> {fine} \
         <span class=\"swatch c-tender\"></span> {tender} \
         <span class=\"swatch c-painful\"></span> {painful} \
         <span class=\"swatch c-unsaid\"></span> {unsaid}</p>",
        escape(&crate::tr!("report-comfort"))
    );
    out.push_str(
        &ComfortBars {
            id: "chart-comfort",
            title: &crate::tr!("report-comfort-chart"),
            desc: &crate::tr!("report-comfort-chart-desc"),
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
                Cell::text(crate::facts::DayLabel::Iso.of(d.date)),
                Cell::count(c.fine),
                Cell::count(c.tender),
                Cell::count(c.painful),
                Cell::count(c.not_said),
            ]
        })
        .collect();
    Table {
        id: "table-comfort",
        caption: &crate::tr!("report-comfort-caption"),
        head: vec![
            crate::tr!("report-head-day"),
            crate::tr!("report-comfort-fine"),
            crate::tr!("report-comfort-tender"),
            crate::tr!("report-comfort-painful"),
            crate::tr!("report-comfort-not-said"),
        ],
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
            "<h3>{}</h3><p class=\"gentle\">{}</p><ul class=\"remarks\">",
            escape(&crate::tr!("report-sore")),
            escape(&gentle_pain())
        );
        for remark in sore {
            write_remark(out, report, remark);
        }
        out.push_str("</ul>");
    }
    let noted: Vec<_> = period.remarks.iter().filter(|r| r.note.is_some()).collect();
    let _ = write!(out, "<h3>{}</h3>", escape(&crate::tr!("report-notes")));
    if noted.is_empty() {
        let _ = write!(out, "<p>{}</p>", escape(&crate::tr!("report-no-notes")));
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
        crate::facts::DayLabel::Medium.of(remark.date),
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
