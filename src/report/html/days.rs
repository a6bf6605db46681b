//! Every day: the sessions, pumping minutes and volume, a bar a day.

use super::super::charts::DayBars;
use super::super::table::{Cell, Table};
use super::Report;
use crate::config::Units;
use crate::stats::DayTotals;

/// One daily chart and its table: what it draws of each day, and how.
struct Daily<'a> {
    id: &'a str,
    title: &'a str,
    desc: String,
    goal: Option<f64>,
    y_title: &'a str,
    bar: &'a dyn Fn(&DayTotals) -> f64,
    label: &'a dyn Fn(f64) -> String,
    table: &'a str,
    caption: &'a str,
    cell: &'a dyn Fn(&DayTotals) -> Cell,
}

fn write_daily(out: &mut String, report: &Report, daily: &Daily) {
    let history = &report.period.history;
    let days: Vec<_> = history.days.iter().map(|d| d.date).collect();
    let values: Vec<f64> = history
        .days
        .iter()
        .map(|d| (daily.bar)(&d.totals))
        .collect();
    out.push_str(
        &DayBars {
            id: daily.id,
            title: daily.title,
            desc: &daily.desc,
            days: &days,
            values: &values,
            goal: daily.goal,
            y_title: daily.y_title,
            label: daily.label,
        }
        .draw(),
    );
    let rows = history
        .days
        .iter()
        .map(|d| {
            vec![
                Cell::text(crate::facts::DayLabel::Iso.of(d.date)),
                (daily.cell)(&d.totals),
            ]
        })
        .collect();
    Table {
        id: daily.table,
        caption: daily.caption,
        head: &["day", daily.y_title],
        rows,
    }
    .write(out);
}

pub(super) fn write_days(out: &mut String, report: &Report) {
    let dates = report.dates();
    let goals = &report.goals;
    let goal = |g: u32| (g > 0).then(|| f64::from(g));
    let whole = |v: f64| format!("{v:.0}");
    let units = report.units;
    let unit = crate::facts::Volume::unit(units);
    out.push_str("<section id=\"days\"><h2>Every day</h2>");
    write_daily(
        out,
        report,
        &Daily {
            id: "chart-sessions",
            title: "Sessions a day",
            desc: format!(
                "A bar for each day from {dates}: how many sessions it had. The dashed line \
                 is the goal of {} a day.",
                goals.sessions_per_day
            ),
            goal: goal(goals.sessions_per_day),
            y_title: "sessions",
            bar: &|t| t.sessions as f64,
            label: &whole,
            table: "table-sessions",
            caption: "sessions a day",
            cell: &|t| Cell::count(t.sessions),
        },
    );
    write_daily(
        out,
        report,
        &Daily {
            id: "chart-pumping",
            title: "Pumping minutes a day",
            desc: format!(
                "A bar for each day from {dates}: minutes of pumping (rests left out). The \
                 dashed line is the goal of {} minutes a day.",
                goals.minutes_per_day
            ),
            goal: goal(goals.minutes_per_day),
            y_title: "minutes",
            bar: &|t| t.pumping_secs / 60.0,
            label: &whole,
            table: "table-pumping",
            caption: "pumping minutes a day",
            cell: &|t| {
                Cell::Figure(
                    t.pumping_secs,
                    crate::facts::Length::of(t.pumping_secs)
                        .whole_minutes()
                        .to_string(),
                )
            },
        },
    );
    let title = format!("Volume a day ({unit})");
    let caption = format!("volume a day ({unit})");
    write_daily(
        out,
        report,
        &Daily {
            id: "chart-volume",
            title: &title,
            desc: format!("A bar for each day from {dates}: the volume pumped, in {unit}."),
            goal: None,
            y_title: unit,
            bar: &|t| crate::facts::Volume::new(t.volume_ml.unwrap_or(0.0), units).amount(),
            label: &|v| match units {
                Units::Ml => format!("{v:.0}"),
                Units::Oz => format!("{v:.1}"),
            },
            table: "table-volume",
            caption: &caption,
            cell: &|t| {
                Cell::figure(t.volume_ml, |ml| {
                    crate::facts::Volume::new(ml, units).number()
                })
            },
        },
    );
    out.push_str("</section>");
}
