//! The let-down raster in the terminal, as the report draws it: a row per
//! session (oldest at the top, the day named on its first row), a tick in
//! the cell of each let-down on one shared axis of minutes since the start,
//! rests shaded, and the minutes labelled under it. More sessions than rows
//! scroll; the newest are shown first.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use crate::config::ClockStyle;
use crate::format;
use crate::stats::{Mark, Raster, RasterRow, cells};

/// Narrower than this, the axis is one row of minutes.
const WIDE: u16 = 60;
/// Body rows below which the legend is left out.
const LEGEND_ROWS: u16 = 12;

/// The styles of the raster.
#[derive(Debug, Clone, Copy)]
pub struct RasterStyles {
    pub tick: Style,
    pub pumping: Style,
    pub rest: Style,
    pub label: Style,
    pub dim: Style,
}

/// The raster, scrolled `from_end` rows up from the newest session.
pub struct RasterView<'a> {
    pub raster: &'a Raster,
    pub from_end: usize,
    pub clock: ClockStyle,
    pub styles: RasterStyles,
}

/// How the raster lays out an area: labels, legend and axis as there is room.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    pub legend: bool,
    /// One row of minutes, or a baseline with ticks over them.
    pub axis_rows: u16,
    /// Rows left for the sessions.
    pub session_rows: u16,
}

impl Shape {
    #[must_use]
    pub fn of(width: u16, height: u16) -> Self {
        let legend = height >= LEGEND_ROWS;
        let axis_rows = if width >= WIDE && height >= 6 { 2 } else { 1 };
        Self {
            legend,
            axis_rows,
            session_rows: height.saturating_sub(axis_rows + u16::from(legend)),
        }
    }
}

/// Which sessions a window of `visible` rows shows, scrolled `from_end`
/// rows up from the newest: the first index and how many.
#[must_use]
pub fn window(total: usize, visible: usize, from_end: usize) -> (usize, usize) {
    let shown = total.min(visible);
    let from_end = from_end.min(total - shown);
    (total - shown - from_end, shown)
}

/// Minutes between two labels of the axis, so that labels `room` columns
/// wide never run into each other.
fn minute_step(span: f64, width: u16, room: f64) -> f64 {
    let per_minute = f64::from(width) / (span / 60.0);
    [1.0, 2.0, 5.0, 10.0, 15.0, 30.0, 60.0]
        .into_iter()
        .find(|step| step * per_minute >= room)
        .unwrap_or(60.0)
}

impl RasterView<'_> {
    /// The columns the labels take: the day ("Wed 25 "), and the time of day.
    fn label_width(&self) -> u16 {
        let time = match self.clock {
            ClockStyle::H24 => 5,
            ClockStyle::H12 => 8,
        };
        7 + time + 1
    }

    fn render_legend(&self, area: Rect, buf: &mut Buffer) {
        let s = &self.styles;
        let parts = [
            (
                "┃",
                s.tick,
                format!(" {}  ", crate::tr!("history-legend-letdown")),
            ),
            (
                "─",
                s.pumping,
                format!(" {}  ", crate::tr!("history-legend-pumping")),
            ),
            (
                "░",
                s.rest,
                format!(" {}  ", crate::tr!("history-legend-rest")),
            ),
            (
                "2",
                s.tick,
                format!(" {}", crate::tr!("history-legend-two")),
            ),
        ];
        let mut x = area.x;
        for (mark, style, word) in &parts {
            let width = 1 + format::columns(word) as u16;
            if x + width > area.right() {
                break;
            }
            buf.set_string(x, area.y, mark, *style);
            buf.set_string(x + 1, area.y, word, s.label);
            x += width;
        }
    }

    fn render_row(&self, row: &RasterRow, span: f64, plot: Rect, buf: &mut Buffer) {
        let s = &self.styles;
        if row.by_hand {
            let text = crate::tr!("history-row-by-hand", count = row.letdown_count);
            buf.set_stringn(plot.x, plot.y, text, usize::from(plot.width), s.dim);
            return;
        }
        for (i, mark) in cells(row, span, usize::from(plot.width))
            .into_iter()
            .enumerate()
        {
            let (symbol, style) = match mark {
                Mark::Blank => continue,
                Mark::Pumping => ("─".to_string(), s.pumping),
                Mark::Rest => ("░".to_string(), s.rest),
                Mark::Letdowns(1) => ("┃".to_string(), s.tick),
                Mark::Letdowns(n) => (n.min(9).to_string(), s.tick),
            };
            buf.set_string(plot.x + i as u16, plot.y, symbol, style);
        }
        // Past the axis: more let-downs (+), or the session going on (›).
        let more = if row.ticks_past(span) > 0 {
            Some("+")
        } else {
            (row.active_secs > span).then_some("›")
        };
        if let Some(mark) = more {
            buf.set_string(plot.right(), plot.y, mark, s.tick);
        }
    }

    /// The axis under the plot: on a wide terminal a baseline with a tick
    /// at each label, then the minutes; else the minutes alone.
    fn render_axis(&self, span: f64, plot: Rect, area: Rect, buf: &mut Buffer) {
        let s = &self.styles;
        let step = minute_step(span, plot.width, 4.0);
        let column =
            |minute: f64| plot.x + ((minute * 60.0 / span) * f64::from(plot.width)).round() as u16;
        let mut y = area.y;
        if area.height >= 2 {
            buf.set_string(plot.x, y, "─".repeat(usize::from(plot.width)), s.dim);
            let mut minute = 0.0;
            while minute * 60.0 <= span + 0.5 {
                buf.set_string(
                    column(minute).min(plot.right().saturating_sub(1)),
                    y,
                    "┬",
                    s.dim,
                );
                minute += step;
            }
            y += 1;
        }
        let mut minute = 0.0;
        let mut last_end = 0;
        while minute * 60.0 <= span + 0.5 {
            let label = format!("{minute:.0}");
            let x = column(minute).min(plot.right().saturating_sub(label.len() as u16));
            if x >= last_end {
                buf.set_string(x, y, &label, s.label);
                last_end = x + label.len() as u16 + 1;
            }
            minute += step;
        }
        let unit = "min";
        let at = area.x + area.width.saturating_sub(3);
        if at >= last_end {
            buf.set_string(at, y, unit, s.dim);
        } else if plot.x >= 4 {
            buf.set_string(area.x, y, unit, s.dim);
        }
    }
}

impl ratatui::widgets::Widget for &RasterView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.width < 12 || area.height < 2 {
            return;
        }
        let Shape {
            legend,
            axis_rows,
            session_rows,
        } = Shape::of(area.width, area.height);
        let rows = &self.raster.rows;
        let (first, shown) = window(rows.len(), usize::from(session_rows), self.from_end);
        // The axis right under the last session, however few there are.
        let rows_area = Rect {
            y: area.y + u16::from(legend),
            height: shown as u16,
            ..area
        };
        if legend {
            self.render_legend(Rect { height: 1, ..area }, buf);
        }
        let label_width = self.label_width();
        let plot = Rect {
            x: area.x + label_width,
            width: area.width.saturating_sub(label_width + 1),
            ..rows_area
        };
        let span = self.raster.span_secs();
        let mut previous = first.checked_sub(1).map(|i| rows[i].date);
        for (n, row) in rows[first..first + shown].iter().enumerate() {
            let y = rows_area.y + n as u16;
            if n == 0 || previous != Some(row.date) {
                let day = crate::facts::DayLabel::Short.of(row.date);
                buf.set_string(area.x, y, day, self.styles.label);
            }
            previous = Some(row.date);
            let time = crate::facts::time_of_day(&row.started, self.clock);
            let time_x = area.x + label_width - 1 - time.len() as u16;
            buf.set_string(time_x, y, time, self.styles.dim);
            self.render_row(
                row,
                span,
                Rect {
                    y,
                    height: 1,
                    ..plot
                },
                buf,
            );
        }
        let axis = Rect {
            y: rows_area.bottom(),
            height: axis_rows,
            ..area
        };
        self.render_axis(span, plot, axis, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_shows_the_newest_and_scrolls_up_to_the_oldest() {
        assert_eq!(window(5, 10, 0), (0, 5));
        assert_eq!(window(30, 10, 0), (20, 10));
        assert_eq!(window(30, 10, 3), (17, 10));
        assert_eq!(window(30, 10, 99), (0, 10));
        assert_eq!(window(0, 10, 4), (0, 0));
    }

    #[test]
    fn minute_labels_are_round_and_never_crowded() {
        assert!((minute_step(1500.0, 60, 4.0) - 2.0).abs() < 1e-9);
        assert!((minute_step(1500.0, 26, 4.0) - 5.0).abs() < 1e-9);
        assert!((minute_step(5400.0, 20, 4.0) - 30.0).abs() < 1e-9);
    }
}
