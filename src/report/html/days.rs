//! Every day: the sessions, pumping minutes and volume, a bar a day.

use super::super::charts::DayBars;
use super::super::table::{Cell, Table};
use std::fmt::Write as _;

use super::super::escape;
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
        head: vec![crate::tr!("report-head-day"), daily.y_title.to_string()],
        rows,
    }
    .write(out);
}

pub(super) fn write_days(out: &mut String, report: &Report) {
    let dates = report.dates();
    let goals = &report.goals;
    let goal = |g: u32| (g > 0).then(|| f64::from(g));
    let whole = |v: f64| crate::i18n::decimal(v, 0);
    let units = report.units;
    let unit = crate::facts::Volume::unit(units);
    let _ = write!(
        out,
        "<section id=\"days\"><h2>{}</h2>",
        escape(&crate::tr!("report-every-day"))
    );
    write_daily(
        out,
        report,
        &Daily {
            id: "chart-sessions",
            title: &crate::tr!("report-sessions-a-day"),
            desc: crate::tr!(
                "report-sessions-a-day-desc",
                dates = dates.as_str(),
                goal = goals.sessions_per_day
            ),
            goal: goal(goals.sessions_per_day),
            y_title: &crate::tr!("report-axis-sessions"),
            bar: &|t| t.sessions as f64,
            label: &whole,
            table: "table-sessions",
            caption: &crate::tr!("report-sessions-a-day-caption"),
            cell: &|t| Cell::count(t.sessions),
        },
    );
    write_daily(
        out,
        report,
        &Daily {
            id: "chart-pumping",
            title: &crate::tr!("report-pumping-a-day"),
            desc: crate::tr!(
                "report-pumping-a-day-desc",
                dates = dates.as_str(),
                goal = goals.minutes_per_day
            ),
            goal: goal(goals.minutes_per_day),
            y_title: &crate::tr!("report-axis-minutes"),
            bar: &|t| t.pumping_secs / 60.0,
            label: &whole,
            table: "table-pumping",
            caption: &crate::tr!("report-pumping-a-day-caption"),
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
    let title = crate::tr!("report-volume-a-day", unit = unit);
    let caption = crate::tr!("report-volume-a-day-caption", unit = unit);
    write_daily(
        out,
        report,
        &Daily {
            id: "chart-volume",
            title: &title,
            desc: crate::tr!(
                "report-volume-a-day-desc",
                dates = dates.as_str(),
                unit = unit
            ),
            goal: None,
            y_title: unit,
            bar: &|t| crate::facts::Volume::new(t.volume_ml.unwrap_or(0.0), units).amount(),
            label: &|v| match units {
                Units::Ml => crate::i18n::decimal(v, 0),
                Units::Oz => crate::i18n::decimal(v, 1),
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
