//! The history screen: the weeks behind, as bars per day and trends per
//! session on one date axis, and the user's own pattern beside them. A
//! terminal too small for the charts gets a small table of the days instead.
//! Its other view is the let-down raster, every session a row. It reads
//! only the days it shows.

use chrono::{NaiveDate, NaiveTime};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::history::axis::DateScale;
use super::history::charts::{self, ChartStyles, Stack};
use super::history::panel::{Panel, wrapped_rows};
use super::history::raster::{RasterStyles, RasterView, Shape, window};
use super::history::volumes::VolumesView;
use super::history::{series, table};
use super::theme::Theme;
use crate::config::{ClockStyle, Config, Goals, Units};
use crate::query::{self, PeriodReport};
use crate::stats::{History, Raster, Volumes};
use crate::store::DataDir;

/// Columns the panel beside the charts takes.
const PANEL_WIDTH: u16 = 30;
/// The narrowest the charts are drawn.
const CHARTS_MIN_WIDTH: u16 = 40;
/// Rows the panel needs under the charts when it cannot stand beside them.
const PANEL_UNDER_ROWS: u16 = 8;

/// The ranges the screen switches between, in days.
pub const RANGES: [u32; 3] = [7, 30, 90];

/// What the history screen shows of its range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum HistoryMode {
    /// Bars per day and trends per session.
    #[default]
    Charts,
    /// The let-down raster: every session a row.
    Raster,
    /// The milk over time.
    Volumes,
}

/// A range of days, loaded.
#[derive(Debug, Clone)]
pub struct HistoryView {
    pub days: u32,
    pub history: History,
    /// The same sessions, a row each, for the raster.
    pub raster: Raster,
    /// The milk over the same days.
    pub volumes: Volumes,
    pub unreadable: usize,
    /// The daily goals the bars are drawn against.
    pub goals: Goals,
    /// When a day starts, where a session sits in its day.
    pub day_start: NaiveTime,
    pub clock: ClockStyle,
    pub mode: HistoryMode,
    /// What the coach learned, as `stats` says it.
    pub learned: String,
    /// The experiments of these days, a line each.
    pub experiments: Vec<String>,
    /// How many rows the raster is scrolled up from the newest session;
    /// in the milk view, down from its top.
    pub from_end: usize,
}

impl HistoryView {
    /// Loads the `days` days that end `today` from the query layer, the
    /// figures `letdown stats` prints and the rows the report draws.
    #[must_use]
    pub fn load(data: &DataDir, config: &Config, today: NaiveDate, days: u32) -> Self {
        let PeriodReport {
            period,
            volumes,
            unreadable,
        } = query::period_report(data, config, query::first_of(today, days), today, today);
        Self {
            days,
            history: period.history,
            raster: period.raster,
            volumes,
            unreadable: unreadable.len(),
            goals: config.goals.clone(),
            day_start: config.day_starts_at.0,
            clock: config.clock,
            mode: HistoryMode::default(),
            from_end: 0,
            learned: query::coach_learned(data, config).sentence(),
            experiments: query::experiments_in(
                data,
                config,
                query::first_of(today, days),
                today,
                today,
            )
            .iter()
            .map(|(e, outcome)| crate::facts::experiment::summary_line(e, outcome, config.units))
            .collect(),
        }
    }

    /// The charts, or the raster (showing the newest sessions).
    pub fn switch_mode(&mut self) {
        self.mode = match self.mode {
            HistoryMode::Charts | HistoryMode::Volumes => HistoryMode::Raster,
            HistoryMode::Raster => HistoryMode::Charts,
        };
        self.from_end = 0;
    }

    /// The milk view (from its top), or back to the charts.
    pub fn switch_volumes(&mut self) {
        self.mode = match self.mode {
            HistoryMode::Volumes => HistoryMode::Charts,
            HistoryMode::Charts | HistoryMode::Raster => HistoryMode::Volumes,
        };
        self.from_end = 0;
    }

    /// Scrolls the raster `rows` down (newer) or up (older), no further
    /// than its oldest session at the top.
    pub fn scroll(&mut self, rows: i32) {
        if self.mode == HistoryMode::Volumes {
            // Down the page; the view stops at its last line when drawn.
            let most = self.volumes.days.len() + self.volumes.sessions.len() + 40;
            self.from_end = if rows < 0 {
                self.from_end.saturating_sub(rows.unsigned_abs() as usize)
            } else {
                self.from_end.saturating_add(rows.unsigned_abs() as usize)
            }
            .min(most);
            return;
        }
        if self.mode != HistoryMode::Raster {
            return;
        }
        let most = self.raster.rows.len().saturating_sub(1);
        let moved = if rows < 0 {
            self.from_end.saturating_add(rows.unsigned_abs() as usize)
        } else {
            self.from_end.saturating_sub(rows as usize)
        };
        self.from_end = moved.min(most);
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
    /// Over the raster, which sessions are in sight.
    fn title(&self, width: u16, body_rows: u16) -> Line<'static> {
        let theme = self.theme;
        let days = self.view.days;
        let raster = self.view.mode == HistoryMode::Raster;
        let milk = self.view.mode == HistoryMode::Volumes;
        let position = if raster {
            self.raster_position(width, body_rows)
        } else {
            String::new()
        };
        if width < 48 {
            // A title with its words where they fit whole, else the days alone.
            let fitting = |title: String| {
                if crate::format::columns(&title) <= usize::from(width) {
                    title
                } else {
                    crate::tr!("history-days", days = days)
                }
            };
            let text = match (raster, width >= 21) {
                (true, _) if width >= 30 => {
                    format!(
                        "{}{position}",
                        crate::tr!("history-title-letdowns", days = days)
                    )
                }
                (true, _) => format!("{}{position}", crate::tr!("history-days", days = days)),
                (false, true) if milk => fitting(crate::tr!("history-title-milk", days = days)),
                (false, true) => fitting(crate::tr!("history-title-history", days = days)),
                (false, false) => crate::tr!("history-days", days = days),
            };
            return Line::styled(text, theme.accent);
        }
        let mut spans = vec![Span::styled(
            format!(
                "letdown · {}  ",
                if raster {
                    crate::tr!("history-name-letdowns")
                } else if milk {
                    crate::tr!("history-name-milk")
                } else {
                    crate::tr!("history-name-history")
                }
            ),
            theme.accent,
        )];
        for d in RANGES {
            let (mark, style) = if d == days {
                (
                    format!("[{}]", crate::tr!("history-days", days = d)),
                    theme.accent,
                )
            } else {
                (
                    format!(" {} ", crate::tr!("history-days", days = d)),
                    theme.dim,
                )
            };
            spans.push(Span::styled(mark, style));
            spans.push(Span::raw(" "));
        }
        spans.push(Span::styled(position, theme.dim));
        Line::from(spans)
    }

    /// " · 41–58 of 70", when the raster does not show every session.
    fn raster_position(&self, width: u16, body_rows: u16) -> String {
        let total = self.view.raster.rows.len();
        let visible = usize::from(Shape::of(width, body_rows).session_rows);
        if total <= visible {
            return String::new();
        }
        let (first, shown) = window(total, visible, self.view.from_end);
        format!(
            " · {}",
            crate::tr!(
                "history-position",
                first = first + 1,
                last = first + shown,
                total = total
            )
        )
    }

    fn render_raster(&self, area: Rect, buf: &mut Buffer) {
        let theme = self.theme;
        RasterView {
            raster: &self.view.raster,
            from_end: self.view.from_end,
            clock: self.view.clock,
            styles: RasterStyles {
                tick: theme.bar_now,
                pumping: theme.dim,
                rest: theme.bar_done,
                label: theme.text,
                dim: theme.dim,
            },
        }
        .render(area, buf);
    }

    fn panel(&self) -> Panel<'_> {
        Panel {
            history: &self.view.history,
            unreadable: self.view.unreadable,
            theme: self.theme,
            learned: &self.view.learned,
            experiments: &self.view.experiments,
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
        if self.view.mode == HistoryMode::Raster {
            self.render_raster(area, buf);
            return;
        }
        if self.view.mode == HistoryMode::Volumes {
            (&VolumesView {
                volumes: &self.view.volumes,
                units: self.units,
                clock: self.view.clock,
                theme: self.theme,
                scroll: self.view.from_end,
            })
                .render(area, buf);
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
        self.title(area.width, body.height).render(title, buf);
        self.render_body(body, buf);
        self.status.render(status, buf);
        self.footer.render(footer, buf);
    }
}
