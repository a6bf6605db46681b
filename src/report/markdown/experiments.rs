//! The experiments that ran in the period, as Markdown: each one's
//! conditions, how far it came, and a row a measure.

use std::fmt::Write as _;

use super::{Report, head, md, row};
use crate::facts::experiment as words;

pub(super) fn write_experiments(out: &mut String, report: &Report) {
    if report.experiments.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n## {}", crate::tr!("report-experiments"));
    for (e, outcome) in &report.experiments {
        let _ = writeln!(
            out,
            "\n### {} ({}, {})\n\nA: {} · B: {}\n",
            md(&e.name),
            words::state(e),
            md(&words::progress(outcome)),
            md(&e.a),
            md(&e.b)
        );
        head(
            out,
            &[
                &crate::tr!("report-head-measure"),
                "A",
                "B",
                &crate::tr!("report-head-says"),
            ],
        );
        for cells in words::rows(e, outcome, report.units) {
            row(out, &cells.map(|c| md(&c)));
        }
    }
    let _ = writeln!(out, "\n_{}_", md(&words::only_yours()));
}
