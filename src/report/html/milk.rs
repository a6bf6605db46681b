//! The milk over the period: the week against the week before, each day's
//! volume with its left/right split (today "so far"), the parts of the day,
//! and the figures by setup when more than one ran. Shown as text, so that
//! it prints; every figure and word from the query and facts layers.

use std::fmt::Write as _;

use super::super::escape;
use super::Report;
use crate::facts::DayLabel;
use crate::facts::volumes as words;

pub(super) fn write_milk(out: &mut String, report: &Report) {
    let v = &report.volumes;
    let units = report.units;
    let _ = write!(
        out,
        "<section id=\"milk\"><h2>{}</h2>",
        crate::tr!("report-milk")
    );
    if let Some(line) = words::week_line(&v.week, units) {
        let _ = write!(out, "<p class=\"week\">{}</p>", escape(&line));
    }
    let _ = write!(
        out,
        "<h3>{}</h3><p class=\"legend\">{}</p>\
         <table id=\"milk-days\" class=\"plain\"><thead><tr><th>{}</th><th>{}</th></tr>\
         </thead><tbody>",
        crate::tr!("report-milk-by-day"),
        crate::tr!("report-milk-by-day-legend"),
        crate::tr!("report-head-day"),
        crate::tr!("report-head-volume-plain")
    );
    for day in &v.days {
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{}</td></tr>",
            escape(&DayLabel::Medium.of(day.date)),
            escape(&words::day_volume(day, units))
        );
    }
    let _ = write!(
        out,
        "</tbody></table><h3>{}</h3><ul id=\"milk-parts\">",
        crate::tr!("report-milk-by-time")
    );
    for part in &v.by_time_of_day {
        let _ = write!(
            out,
            "<li>{}: {}</li>",
            escape(&words::part_label(part)),
            escape(&words::part_figures(part, units))
        );
    }
    out.push_str("</ul>");
    if !v.by_setup.is_empty() {
        let _ = write!(
            out,
            "<h3>{}</h3><p class=\"legend\">{}</p><ul id=\"milk-setups\">",
            crate::tr!("report-milk-by-setup"),
            escape(&words::by_setup_note())
        );
        let mut last = "";
        for figures in &v.by_setup {
            if figures.by != last {
                if !last.is_empty() {
                    out.push_str("</ul></li>");
                }
                let _ = write!(out, "<li>{}<ul>", escape(words::by_label(figures.by)));
                last = figures.by;
            }
            let _ = write!(
                out,
                "<li>{}</li>",
                escape(&words::setup_figures(figures, units))
            );
        }
        out.push_str("</ul></li></ul>");
    }
    out.push_str("</section>");
}
