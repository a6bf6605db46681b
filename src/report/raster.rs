//! The let-down raster as SVG: one row per session, oldest at the top and
//! grouped by day, a tick at each let-down on one shared axis of minutes
//! since the start, rests shaded. A period is drawn a week to a chart, so
//! that each chart fits on a printed page and the axis is never far.

use chrono::NaiveDate;

use super::charts::WIDTH;
use super::svg::{Anchor, Svg};
use crate::config::ClockStyle;
use crate::stats::RasterRow;

/// Room on the left for the day and the time of day.
const LEFT: f64 = 104.0;
/// Room on the right for "+2 later", the volume and the sides.
const RIGHT: f64 = 150.0;
/// Over the rows: the label column's titles.
const TOP: f64 = 16.0;
/// Under the rows: the minute labels and the axis's title.
const UNDER: f64 = 36.0;
/// Between two days.
const DAY_GAP: f64 = 4.0;

/// A row's height: with the time of day beside each row, or (for a long
/// period) thinner, the day alone named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Density {
    Times,
    Thin,
}

impl Density {
    fn row(self) -> f64 {
        match self {
            Self::Times => 9.0,
            Self::Thin => 5.0,
        }
    }
}

/// Some days of the raster, as one chart.
pub struct RasterBlock<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub desc: &'a str,
    pub days: &'a [NaiveDate],
    /// The sessions of these days, in start order.
    pub rows: &'a [RasterRow],
    /// The shared axis's length, in seconds.
    pub span: f64,
    pub clock: ClockStyle,
    pub density: Density,
    pub units: crate::config::Units,
}

/// Minutes between the axis's labels.
fn minute_step(span: f64) -> f64 {
    match span / 60.0 {
        m if m <= 30.0 => 5.0,
        m if m <= 60.0 => 10.0,
        _ => 15.0,
    }
}

impl RasterBlock<'_> {
    fn height(&self) -> f64 {
        let row = self.density.row();
        let rows: f64 = self
            .days
            .iter()
            .map(|day| self.rows.iter().filter(|r| r.date == *day).count().max(1) as f64 * row)
            .sum();
        TOP + rows + DAY_GAP * self.days.len() as f64 + UNDER
    }

    pub fn draw(&self) -> String {
        let height = self.height();
        let mut svg = Svg::new(self.id, WIDTH, height, self.title, self.desc);
        let (plot_left, plot_right) = (LEFT, WIDTH - RIGHT);
        let per_sec = (plot_right - plot_left) / self.span.max(1.0);
        let x = |secs: f64| plot_left + secs.clamp(0.0, self.span) * per_sec;
        let bottom = height - UNDER;
        // The minute grid under everything.
        let step = minute_step(self.span);
        let mut minute = 0.0;
        while minute * 60.0 <= self.span + 0.5 {
            let at = x(minute * 60.0);
            svg.line((at, TOP), (at, bottom), "grid");
            svg.line((at, bottom), (at, bottom + 4.0), "axis");
            svg.text(
                (at, bottom + 15.0),
                Anchor::Middle,
                "tick-label",
                &crate::i18n::decimal(minute, 0),
            );
            minute += step;
        }
        let row = self.density.row();
        let mut y = TOP;
        for day in self.days {
            let rows: Vec<&RasterRow> = self.rows.iter().filter(|r| r.date == *day).collect();
            svg.text(
                (4.0, y + row - 1.5),
                Anchor::Start,
                "day-label",
                &crate::facts::DayLabel::Medium.of(day),
            );
            if rows.is_empty() {
                svg.text(
                    (plot_left + 2.0, y + row - 2.0),
                    Anchor::Start,
                    "hand",
                    &crate::tr!("report-raster-no-sessions"),
                );
                y += row;
            }
            for session in rows {
                self.draw_row(&mut svg, session, y, &x);
                y += row;
            }
            y += DAY_GAP;
            svg.line(
                (4.0, y - DAY_GAP / 2.0),
                (plot_right, y - DAY_GAP / 2.0),
                "day-rule",
            );
        }
        svg.line((plot_left, bottom), (plot_right, bottom), "axis");
        svg.text(
            (f64::midpoint(plot_left, plot_right), bottom + 31.0),
            Anchor::Middle,
            "axis-title",
            &crate::tr!("report-axis-since-start"),
        );
        svg.text(
            (4.0, 10.0),
            Anchor::Start,
            "axis-title",
            &crate::tr!("report-axis-day"),
        );
        if self.density == Density::Times {
            svg.text(
                (LEFT - 6.0, 10.0),
                Anchor::End,
                "axis-title",
                &crate::tr!("report-head-start"),
            );
        }
        svg.finish()
    }

    fn draw_row(&self, svg: &mut Svg, session: &RasterRow, y: f64, x: &dyn Fn(f64) -> f64) {
        let row = self.density.row();
        if self.density == Density::Times {
            svg.text(
                (LEFT - 6.0, y + row - 1.5),
                Anchor::End,
                "time-label",
                &crate::facts::time_of_day(&session.started, self.clock),
            );
        }
        if session.by_hand {
            let text = crate::tr!("report-raster-by-hand", count = session.letdown_count);
            svg.text((x(0.0) + 2.0, y + row - 2.0), Anchor::Start, "hand", &text);
            self.draw_note(svg, session, y);
            return;
        }
        let bar = row * 0.36;
        svg.rect(
            x(0.0),
            y + (row - bar) / 2.0,
            x(session.active_secs) - x(0.0),
            bar,
            "pump",
        );
        for (from, to) in &session.rests {
            svg.rect(x(*from), y + 0.5, x(*to) - x(*from), row - 1.0, "rest");
        }
        for tick in session.ticks.iter().filter(|t| **t <= self.span) {
            svg.line((x(*tick), y + 0.5), (x(*tick), y + row - 0.5), "tick");
        }
        self.draw_note(svg, session, y);
    }

    /// Beside the row: let-downs past the axis, the volume and the sides.
    fn draw_note(&self, svg: &mut Svg, session: &RasterRow, y: f64) {
        let row = self.density.row();
        let past = session.ticks_past(self.span);
        let later = if past > 0 {
            crate::tr!("report-raster-later", count = past)
        } else if session.active_secs > self.span {
            "→".to_string()
        } else {
            String::new()
        };
        let note = crate::facts::volumes::row_note(session.volume_ml, session.sides, self.units);
        let text = [later, note]
            .into_iter()
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join("  ");
        if !text.is_empty() {
            svg.text(
                (WIDTH - RIGHT + 4.0, y + row - 1.5),
                Anchor::Start,
                "time-label",
                &text,
            );
        }
    }
}
