//! The coach's triggers and cues in Markdown: the same figures as the page's.

use std::fmt::Write as _;

use super::{head, md, row};
use crate::facts::{self, CoachFacts};
use crate::stats::TriggerFigures;

pub(super) fn write_triggers(out: &mut String, all: &[TriggerFigures]) {
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
