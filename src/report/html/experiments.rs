//! The experiments that ran in the period: each one's conditions, how far it
//! came, and a row a measure (each condition's mean and what it says), every
//! word from the facts layer. Text and a table, so that it prints.

use std::fmt::Write as _;

use super::super::escape;
use super::Report;
use crate::facts::experiment as words;

pub(super) fn write_experiments(out: &mut String, report: &Report) {
    if report.experiments.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<section id=\"experiments\"><h2>{}</h2>",
        crate::tr!("report-experiments")
    );
    for (e, outcome) in &report.experiments {
        let _ = write!(
            out,
            "<h3>{} ({}, {})</h3><p>A: {} · B: {}</p>",
            escape(&e.name),
            words::state(e),
            escape(&words::progress(outcome)),
            escape(&e.a),
            escape(&e.b)
        );
        let _ = write!(
            out,
            "<table class=\"plain\"><thead><tr><th>{}</th><th>A</th><th>B</th>\
             <th>{}</th></tr></thead><tbody>",
            crate::tr!("report-head-measure"),
            crate::tr!("report-head-says")
        );
        for cells in words::rows(e, outcome, report.units) {
            out.push_str("<tr>");
            for cell in cells {
                let _ = write!(out, "<td>{}</td>", escape(&cell));
            }
            out.push_str("</tr>");
        }
        out.push_str("</tbody></table>");
    }
    let _ = write!(
        out,
        "<p class=\"legend\">{}</p></section>",
        escape(&words::only_yours())
    );
}
