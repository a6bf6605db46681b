//! The history as a small table, for a terminal too small for the charts:
//! a row a day, newest first, as many as fit.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Cell, Row, Table, Widget};

use crate::config::Units;
use crate::stats::DayFigures;

/// Rows the table needs to say anything: its header and three days.
pub const MIN_ROWS: u16 = 4;

/// Columns wide enough for the headers spelled out.
const WIDE: u16 = 36;

/// The days of the range as a table.
pub struct DayTable<'a> {
    pub days: &'a [DayFigures],
    pub units: Units,
    pub header: Style,
    pub text: Style,
}

fn right(text: String) -> Cell<'static> {
    Cell::from(Line::from(text).right_aligned())
}

impl Widget for &DayTable<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let wide = area.width >= WIDE;
        let unit = crate::facts::Volume::unit(self.units).to_string();
        let names = if wide {
            [
                crate::tr!("history-column-day"),
                crate::tr!("history-column-sessions"),
                crate::tr!("history-column-minutes"),
                unit,
            ]
        } else {
            [
                crate::tr!("history-column-day"),
                crate::tr!("history-column-sessions-short"),
                crate::tr!("history-column-minutes-short"),
                unit,
            ]
        };
        let header = Row::new(
            names
                .iter()
                .enumerate()
                .map(|(i, name)| {
                    let line = Line::from(name.clone());
                    Cell::from(if i == 0 { line } else { line.right_aligned() })
                })
                .collect::<Vec<_>>(),
        )
        .style(self.header);
        let fit = usize::from(area.height.saturating_sub(1));
        let rows = self.days.iter().rev().take(fit).map(|day| {
            let t = &day.totals;
            let volume = t.volume_ml.map_or("-".to_string(), |ml| {
                crate::facts::Volume::new(ml, self.units).number()
            });
            Row::new([
                Cell::from(crate::facts::DayLabel::Short.of(day.date)),
                right(t.sessions.to_string()),
                right(
                    crate::facts::Length::of(t.pumping_secs)
                        .whole_minutes()
                        .to_string(),
                ),
                right(volume),
            ])
        });
        let widths = if wide {
            [8, 8, 7, 6].map(Constraint::Length)
        } else {
            [6, 4, 4, 5].map(Constraint::Length)
        };
        Table::new(rows, widths)
            .header(header)
            .column_spacing(1)
            .style(self.text)
            .render(area, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::DayTotals;

    /// 47 min 40 s of pumping is 47 minutes here as on the day screen and
    /// in the report: minutes round down everywhere.
    #[test]
    fn the_minutes_column_rounds_down_as_everywhere() {
        let days = [DayFigures {
            date: "2026-12-04".parse().expect("a date"),
            totals: DayTotals {
                sessions: 2,
                pumping_secs: 47.0 * 60.0 + 40.0,
                ..DayTotals::default()
            },
        }];
        let table = DayTable {
            days: &days,
            units: Units::Ml,
            header: Style::default(),
            text: Style::default(),
        };
        let area = Rect::new(0, 0, 40, 3);
        let mut buf = Buffer::empty(area);
        (&table).render(area, &mut buf);
        let row: String = (0..40).map(|x| buf[(x, 1)].symbol().to_string()).collect();
        let cells: Vec<&str> = row.split_whitespace().collect();
        assert_eq!(cells[2..4], ["2", "47"], "{row}");
    }
}
