//! The milk over the period in Markdown: the same lines as the page's.

use std::fmt::Write as _;

use super::{Report, md};
use crate::facts::DayLabel;
use crate::facts::volumes as words;

pub(super) fn write_milk(out: &mut String, report: &Report) {
    let v = &report.volumes;
    let units = report.units;
    out.push_str("## Milk over time\n\n");
    if let Some(line) = words::week_line(&v.week, units) {
        let _ = writeln!(out, "{}\n", md(&line));
    }
    out.push_str("### Volume by day\n\nEach day's volume, and in brackets what was given for the left and the right side.\n\n");
    for day in &v.days {
        let _ = writeln!(
            out,
            "- {}: {}",
            md(&DayLabel::Medium.of(day.date)),
            md(&words::day_volume(day, units))
        );
    }
    out.push_str("\n### By time of day\n\n");
    for part in &v.by_time_of_day {
        let _ = writeln!(
            out,
            "- {}: {}",
            md(&words::part_label(part)),
            md(&words::part_figures(part, units))
        );
    }
    if !v.by_setup.is_empty() {
        let _ = writeln!(out, "\n### By setup\n\n{}\n", md(words::BY_SETUP_NOTE));
        let mut last = "";
        for figures in &v.by_setup {
            if figures.by != last {
                let _ = writeln!(out, "- {}", words::by_label(figures.by));
                last = figures.by;
            }
            let _ = writeln!(out, "  - {}", md(&words::setup_figures(figures, units)));
        }
    }
    out.push('\n');
}
