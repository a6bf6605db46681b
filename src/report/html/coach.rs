//! The coach and how it felt: the triggers and pump-mode cues, comfort day
//! by day, tender and painful sessions, and the notes.

use std::fmt::Write as _;

use super::super::charts::{ComfortBars, TriggerBars, TriggerRow};
use super::super::table::{Cell, Table};
use super::super::{GENTLE_PAIN, Report, escape};
use crate::format;
use crate::session::Comfort;
use crate::stats::{TRIGGER_WINDOW_SECS, TriggerFigures, enough_to_tell, is_pump_mode_cue};

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

pub(super) fn write_triggers(out: &mut String, report: &Report) {
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

pub(super) fn write_comfort(out: &mut String, report: &Report) {
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
