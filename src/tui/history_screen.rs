//! The history screen: the weeks behind, as bars per day and trends per
//! session on one date axis, and the user's own pattern beside them. A
//! terminal too small for the charts gets a small table of the days instead.
//! It reads only the days it shows.

use chrono::{NaiveDate, NaiveTime};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::history::axis::DateScale;
use super::history::charts::{self, ChartStyles, Stack};
use super::history::panel::{Panel, wrapped_rows};
use super::history::{series, table};
use super::theme::Theme;
use crate::config::{Config, Goals, Units};
use crate::query::{self, HistoryReport};
use crate::stats::History;
use crate::store::DataDir;

/// Columns the panel beside the charts takes.
const PANEL_WIDTH: u16 = 30;
/// The narrowest the charts are drawn.
const CHARTS_MIN_WIDTH: u16 = 40;
/// Rows the panel needs under the charts when it cannot stand beside them.
const PANEL_UNDER_ROWS: u16 = 8;

/// The ranges the screen switches between, in days.
pub const RANGES: [u32; 3] = [7, 30, 90];

/// A range of days, loaded.
#[derive(Debug, Clone)]
pub struct HistoryView {
    pub days: u32,
    pub history: History,
    pub unreadable: usize,
    /// The daily goals the bars are drawn against.
    pub goals: Goals,
    /// When a day starts, where a session sits in its day.
    pub day_start: NaiveTime,
}

impl HistoryView {
    /// Loads the `days` days that end `today` from the query layer, the
    /// figures `letdown stats` prints.
    #[must_use]
    pub fn load(data: &DataDir, config: &Config, today: NaiveDate, days: u32) -> Self {
        let HistoryReport {
            history,
            unreadable,
        } = query::history_report(data, config, today, days);
        Self {
            days,
            history,
            unreadable: unreadable.len(),
            goals: config.goals.clone(),
            day_start: config.day_starts_at.0,
        }
    }

    /// The next range after this one, round again after the last.
    #[must_use]
    pub fn next_range(&self) -> u32 {
        let i = RANGES.iter().position(|d| *d == self.days).unwrap_or(0);
        RANGES[(i + 1) % RANGES.len()]
    }
}

/// Everything the history screen draws.
pub struct HistoryScreen<'a> {
    pub view: &'a HistoryView,
    pub units: Units,
    pub theme: &'a Theme,
    pub footer: Line<'static>,
    pub status: Line<'static>,
}

impl HistoryScreen<'_> {
    /// The ranges, the one shown marked; shorter where there is no room.
    fn title(&self, width: u16) -> Line<'static> {
        let theme = self.theme;
        let days = self.view.days;
        if width < 48 {
            let text = if width >= 21 {
                format!("History · last {days} days")
            } else {
                format!("{days} days")
            };
            return Line::styled(text, theme.accent);
        }
        let mut spans = vec![Span::styled("letdown · history  ", theme.accent)];
        for d in RANGES {
            let (mark, style) = if d == days {
                (format!("[{d} days]"), theme.accent)
            } else {
                (format!(" {d} days "), theme.dim)
            };
            spans.push(Span::styled(mark, style));
            spans.push(Span::raw(" "));
        }
        Line::from(spans)
    }

    fn panel(&self) -> Panel<'_> {
        Panel {
            history: &self.view.history,
            unreadable: self.view.unreadable,
            theme: self.theme,
        }
    }

    fn render_charts(&self, area: Rect, buf: &mut Buffer) {
        let history = &self.view.history;
        let scale = DateScale {
            from: history.from,
            days: history.days.len(),
            day_start: self.view.day_start,
        };
        let series = series::all(history, &scale, &self.view.goals, self.units);
        let theme = self.theme;
        let stack = Stack {
            scale,
            series: &series,
            styles: ChartStyles {
                title: theme.text,
                bars: theme.bar_done,
                trend: theme.bar_now,
                goal: theme.good,
                axis: theme.dim,
                labels: theme.text,
            },
        };
        (&stack).render(area, buf);
    }

    /// The small table, with the pattern in a few lines under it where they fit.
    fn render_table(&self, area: Rect, buf: &mut Buffer) {
        let theme = self.theme;
        let lines = self.panel().compact_lines();
        let rows: u16 = lines.iter().map(|(l, _)| wrapped_rows(l, area.width)).sum();
        let under = if area.height >= table::MIN_ROWS + rows {
            rows
        } else {
            0
        };
        let [days, notes] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(under)]).areas(area);
        let table = table::DayTable {
            days: &self.view.history.days,
            units: self.units,
            header: theme.dim,
            text: theme.text,
        };
        (&table).render(days, buf);
        let text: Text = lines
            .into_iter()
            .map(|(line, style)| Line::styled(line, style))
            .collect();
        Paragraph::new(text)
            .wrap(Wrap { trim: true })
            .render(notes, buf);
    }

    fn render_body(&self, area: Rect, buf: &mut Buffer) {
        let panel = self.panel();
        if self.view.history.is_empty() {
            panel.render_full(area, buf);
            return;
        }
        let beside = area.width >= CHARTS_MIN_WIDTH + 2 + PANEL_WIDTH;
        if beside {
            let [left, _, right] = Layout::horizontal([
                Constraint::Fill(1),
                Constraint::Length(2),
                Constraint::Length(PANEL_WIDTH),
            ])
            .areas(area);
            if left.height >= charts::MIN_ROWS {
                self.render_charts(left, buf);
            } else {
                self.render_table(left, buf);
            }
            panel.render_full(right, buf);
        } else if area.width >= CHARTS_MIN_WIDTH
            && area.height >= charts::MIN_ROWS + 1 + PANEL_UNDER_ROWS
        {
            let [top, _, bottom] = Layout::vertical([
                Constraint::Fill(1),
                Constraint::Length(1),
                Constraint::Length(PANEL_UNDER_ROWS),
            ])
            .areas(area);
            self.render_charts(top, buf);
            panel.render_full(bottom, buf);
        } else {
            self.render_table(area, buf);
        }
    }
}

impl Widget for HistoryScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let [title, body, status, footer] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(area);
        self.title(area.width).render(title, buf);
        self.render_body(body, buf);
        self.status.render(status, buf);
        self.footer.render(footer, buf);
    }
}
