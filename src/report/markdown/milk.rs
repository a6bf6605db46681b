//! The milk over the period in Markdown: the same lines as the page's.

use std::fmt::Write as _;

use super::{Report, md};
use crate::facts::DayLabel;
use crate::facts::volumes as words;

pub(super) fn write_milk(out: &mut String, report: &Report) {
    let v = &report.volumes;
    let units = report.units;
    let _ = writeln!(out, "## {}\n", crate::tr!("report-milk"));
    if let Some(line) = words::week_line(&v.week, units) {
        let _ = writeln!(out, "{}\n", md(&line));
    }
    let _ = writeln!(
        out,
        "### {}\n\n{}\n",
        crate::tr!("report-milk-by-day"),
        crate::tr!("report-milk-by-day-legend")
    );
    for day in &v.days {
        let _ = writeln!(
            out,
            "- {}: {}",
            md(&DayLabel::Medium.of(day.date)),
            md(&words::day_volume(day, units))
        );
    }
    let _ = writeln!(out, "\n### {}\n", crate::tr!("report-milk-by-time"));
    for part in &v.by_time_of_day {
        let _ = writeln!(
            out,
            "- {}: {}",
            md(&words::part_label(part)),
            md(&words::part_figures(part, units))
        );
    }
    if !v.by_setup.is_empty() {
        let _ = writeln!(
            out,
            "\n### {}\n\n{}\n",
            crate::tr!("report-milk-by-setup"),
            md(&words::by_setup_note())
        );
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
