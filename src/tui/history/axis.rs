//! The date axis every history chart shares: where a day or a session stands
//! on it, and the row of ticks and dates drawn once under the charts.
//!
//! ratatui's `Chart` spreads its x labels evenly whatever their values, so the
//! dates are placed here, on the columns the chart's canvas puts those days in.

use chrono::{Datelike, NaiveDate, NaiveTime, Weekday};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use crate::format;
use crate::stats::SessionPoint;

/// Seconds in a day, for how far into its day a session started.
const DAY_SECS: f64 = 86_400.0;

/// A range of days laid along x: day `i` is the slot from `i - 0.5` to
/// `i + 0.5`, its bar in the middle.
#[derive(Debug, Clone, Copy)]
pub struct DateScale {
    pub from: NaiveDate,
    pub days: usize,
    /// When the user's day starts, so a 02:00 session sits late in the day before.
    pub day_start: NaiveTime,
}

impl DateScale {
    /// The chart's x bounds: every slot, whole.
    pub fn bounds(&self) -> [f64; 2] {
        [-0.5, self.days as f64 - 0.5]
    }

    /// Where a session stands: in its day's slot, as far in as it started into that day.
    pub fn session_x(&self, point: &SessionPoint) -> f64 {
        let index = (point.date - self.from).num_days() as f64;
        let into = (point.started.time() - self.day_start)
            .num_seconds()
            .rem_euclid(DAY_SECS as i64) as f64;
        index - 0.5 + into / DAY_SECS
    }

    /// How many plot columns one day has.
    pub fn columns_per_day(&self, width: u16) -> f64 {
        f64::from(width) / self.days.max(1) as f64
    }

    /// The column of `x` in a plot `width` cells wide, rounded as the canvas rounds it.
    fn column(&self, x: f64, width: u16) -> u16 {
        let [left, right] = self.bounds();
        ((x - left) * f64::from(width.saturating_sub(1)) / (right - left)).round() as u16
    }

    /// The ticks and their dates: every day for a week or less, else every
    /// Monday, the start of a week.
    fn ticks(&self) -> Vec<(usize, String)> {
        self.from
            .iter_days()
            .take(self.days)
            .enumerate()
            .filter_map(|(i, date)| {
                if self.days <= 7 {
                    Some((i, crate::facts::DayLabel::Weekday.of(date)))
                } else {
                    (date.weekday() == Weekday::Mon)
                        .then(|| (i, crate::facts::DayLabel::DayMonth.of(date)))
                }
            })
            .collect()
    }

    /// The axis under a plot that starts at column `plot.x`: a baseline with a
    /// tick at each tick day on the first row, their dates centred under them
    /// on the second. Where dates would run into each other only every
    /// second (or third…) is written, counted back from the newest.
    pub fn render(&self, plot: Rect, buf: &mut Buffer, line: Style, text: Style) {
        if plot.width == 0 || plot.height == 0 || plot.x == 0 {
            return;
        }
        let ticks: Vec<(u16, String)> = self
            .ticks()
            .into_iter()
            .map(|(i, label)| (plot.x + self.column(i as f64, plot.width), label))
            .collect();
        buf.set_string(plot.x - 1, plot.y, "└", line);
        buf.set_string(plot.x, plot.y, "─".repeat(usize::from(plot.width)), line);
        for (column, _) in &ticks {
            buf.set_string(*column, plot.y, "┬", line);
        }
        if plot.height < 2 {
            return;
        }
        let widest = ticks
            .iter()
            .map(|(_, l)| format::columns(l))
            .max()
            .unwrap_or(0) as f64;
        // The closest two ticks are, in columns.
        let spacing = ticks
            .windows(2)
            .map(|pair| pair[1].0 - pair[0].0)
            .min()
            .unwrap_or(plot.width);
        let stride = ((widest + 1.0) / f64::from(spacing.max(1))).ceil().max(1.0) as usize;
        let last = ticks.len().saturating_sub(1);
        let mut taken_until = plot.right();
        for (n, (column, label)) in ticks.iter().enumerate().rev() {
            if !(last - n).is_multiple_of(stride) {
                continue;
            }
            let width = format::columns(label) as u16;
            let start = column
                .saturating_sub(width / 2)
                .min(plot.right().saturating_sub(width))
                .max(plot.x - 1);
            if start + width >= taken_until && taken_until < plot.right() {
                continue;
            }
            buf.set_string(start, plot.y + 1, label, text);
            taken_until = start;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `days` days that end on Monday 2026-11-23.
    fn scale(days: usize) -> DateScale {
        let to = NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date");
        DateScale {
            from: to - chrono::Days::new(days as u64 - 1),
            days,
            day_start: NaiveTime::MIN,
        }
    }

    #[test]
    fn a_week_has_a_tick_a_day_and_longer_ranges_one_a_week() {
        let week: Vec<String> = scale(7).ticks().into_iter().map(|t| t.1).collect();
        assert_eq!(week, ["Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Mon"]);
        let month = scale(30).ticks();
        assert_eq!(month.len(), 5);
        assert_eq!(month[0], (1, "26 Oct".to_string()));
        assert_eq!(month[4], (29, "23 Nov".to_string()));
    }

    #[test]
    fn the_first_and_last_days_sit_at_the_plot_edges() {
        let s = scale(7);
        assert_eq!(s.column(-0.5, 50), 0);
        assert_eq!(s.column(6.5, 50), 49);
        assert_eq!(s.column(3.0, 50), 25);
    }

    #[test]
    fn dates_that_would_collide_are_left_out() {
        let s = scale(90);
        let mut buf = Buffer::empty(Rect::new(0, 0, 30, 2));
        s.render(Rect::new(2, 0, 28, 2), &mut buf, Style::new(), Style::new());
        let labels: String = (0..30).map(|x| buf[(x, 1)].symbol().to_string()).collect();
        // The newest week is always named; the ones before only where there is room.
        assert!(labels.contains("23 Nov"), "{labels:?}");
        assert!(!labels.contains("16 Nov"), "{labels:?}");
    }
}
