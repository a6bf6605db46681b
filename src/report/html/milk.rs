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
    out.push_str("<section id=\"milk\"><h2>Milk over time</h2>");
    if let Some(line) = words::week_line(&v.week, units) {
        let _ = write!(out, "<p class=\"week\">{}</p>", escape(&line));
    }
    out.push_str(
        "<h3>Volume by day</h3><p class=\"legend\">Each day's volume, and in brackets what \
         was given for the left and the right side.</p>\
         <table id=\"milk-days\" class=\"plain\"><thead><tr><th>day</th><th>volume</th></tr>\
         </thead><tbody>",
    );
    for day in &v.days {
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{}</td></tr>",
            escape(&DayLabel::Medium.of(day.date)),
            escape(&words::day_volume(day, units))
        );
    }
    out.push_str("</tbody></table><h3>By time of day</h3><ul id=\"milk-parts\">");
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
            "<h3>By setup</h3><p class=\"legend\">{}</p><ul id=\"milk-setups\">",
            escape(words::BY_SETUP_NOTE)
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
