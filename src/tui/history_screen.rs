//! The history screen: the weeks behind, as bars per day and trends per
//! session, and the user's own pattern. It reads only the days it shows.

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::theme::Theme;
use crate::config::{Config, Units};
use crate::format;
use crate::query::{self, HistoryReport};
use crate::stats::History;
use crate::store::DataDir;

/// The ranges the screen switches between, in days.
pub const RANGES: [u32; 3] = [7, 30, 90];

/// A range of days, loaded.
#[derive(Debug, Clone)]
pub struct HistoryView {
    pub days: u32,
    pub history: History,
    pub unreadable: usize,
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
        }
    }

    /// The next range after this one, round again after the last.
    #[must_use]
    pub fn next_range(&self) -> u32 {
        let i = RANGES.iter().position(|d| *d == self.days).unwrap_or(0);
        RANGES[(i + 1) % RANGES.len()]
    }
}

const EIGHTHS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// Columns of values scaled to `area`, oldest at the left; more values than
/// columns are averaged into buckets, so that every day still has its say.
fn render_columns(values: &[f64], area: Rect, buf: &mut Buffer, style: Style) {
    if area.width == 0 || area.height == 0 || values.is_empty() {
        return;
    }
    let width = usize::from(area.width);
    let per_bucket = values.len().div_ceil(width);
    let buckets: Vec<f64> = values
        .chunks(per_bucket)
        .map(|c| c.iter().sum::<f64>() / c.len() as f64)
        .collect();
    let bar_width = (width / buckets.len()).clamp(1, 6);
    let gap = usize::from(bar_width > 2);
    let max = buckets.iter().copied().fold(0.0, f64::max);
    if max <= 0.0 {
        return;
    }
    let rows = f64::from(area.height) * 8.0;
    for (i, value) in buckets.iter().enumerate() {
        let mut eighths = (value / max * rows).round() as u32;
        if *value > 0.0 {
            eighths = eighths.max(1);
        }
        for row in 0..area.height {
            let y = area.bottom() - 1 - row;
            let filled = eighths.saturating_sub(u32::from(row) * 8).min(8);
            if filled == 0 {
                continue;
            }
            let c = EIGHTHS[filled as usize - 1];
            for dx in 0..bar_width.saturating_sub(gap) {
                let x = area.x as usize + i * bar_width + dx;
                if x < usize::from(area.right()) {
                    buf[(x as u16, y)].set_char(c).set_style(style);
                }
            }
        }
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
    fn chart(&self, label: String, values: &[f64], area: Rect, buf: &mut Buffer) {
        if area.height == 0 {
            return;
        }
        Line::styled(label, self.theme.text).render(Rect { height: 1, ..area }, buf);
        let chart = Rect {
            y: area.y + 1,
            height: area.height - 1,
            ..area
        };
        render_columns(values, chart, buf, self.theme.bar_now);
    }

    /// The five charts: three bars per day, two trends per session.
    fn charts(&self, [sessions, minutes, volume, letdowns, first]: [Rect; 5], buf: &mut Buffer) {
        let h = &self.view.history;
        let per_day = |f: &dyn Fn(&crate::stats::DayTotals) -> f64| -> Vec<f64> {
            h.days.iter().map(|d| f(&d.totals)).collect()
        };
        let sessions_per_day = per_day(&|t| t.sessions as f64);
        let minutes_per_day = per_day(&|t| t.active_secs / 60.0);
        let volume_per_day = per_day(&|t| t.volume_ml.unwrap_or(0.0));
        let days = h.days.len().max(1) as f64;
        self.chart(
            format!(
                "Sessions per day · {:.1} on average",
                sessions_per_day.iter().sum::<f64>() / days
            ),
            &sessions_per_day,
            sessions,
            buf,
        );
        self.chart(
            format!(
                "Pumping minutes per day · {:.0} on average",
                minutes_per_day.iter().sum::<f64>() / days
            ),
            &minutes_per_day,
            minutes,
            buf,
        );
        self.chart(
            format!(
                "Volume per day · {} on average",
                format::volume(volume_per_day.iter().sum::<f64>() / days, self.units)
            ),
            &volume_per_day,
            volume,
            buf,
        );
        let counts: Vec<f64> = h.sessions.iter().map(|s| s.letdowns as f64).collect();
        self.chart(
            "Let-downs per session, oldest to newest".to_string(),
            &counts,
            letdowns,
            buf,
        );
        let firsts: Vec<f64> = h
            .sessions
            .iter()
            .map(|s| s.first_letdown_secs.unwrap_or(0.0))
            .collect();
        self.chart(
            "Time to the first let-down per session (lower is sooner)".to_string(),
            &firsts,
            first,
            buf,
        );
    }

    fn title(&self) -> Line<'static> {
        let theme = self.theme;
        let ranges: Vec<Span> = RANGES
            .iter()
            .flat_map(|d| {
                let style = if *d == self.view.days {
                    theme.accent
                } else {
                    theme.dim
                };
                let mark = if *d == self.view.days {
                    format!("[{d} days]")
                } else {
                    format!(" {d} days ")
                };
                [Span::styled(mark, style), Span::raw(" ")]
            })
            .collect();
        let mut head = vec![Span::styled("letdown · history  ", theme.accent)];
        head.extend(ranges);
        Line::from(head)
    }

    fn pattern_lines(&self) -> Vec<Line<'static>> {
        let theme = self.theme;
        let p = &self.view.history.pattern;
        if p.sessions == 0 {
            return vec![Line::styled(
                "No sessions in these days yet. Your own pattern will show here.",
                theme.dim,
            )];
        }
        let typical = |v: Option<f64>, f: fn(f64) -> String| v.map_or("-".to_string(), f);
        let mut lines = vec![Line::from(vec![
            Span::styled("Your pattern: ", theme.accent),
            Span::styled(
                format!(
                    "first let-down after {} · {} a session · {} between them",
                    typical(p.median_first_letdown_secs, format::min_sec),
                    typical(p.median_letdowns, |n| {
                        format::plural(n.round() as usize, "let-down")
                    }),
                    typical(p.median_gap_secs, format::min_sec),
                ),
                theme.text,
            ),
        ])];
        let triggers: Vec<String> = self
            .view
            .history
            .triggers
            .iter()
            .take(4)
            .map(|t| {
                format!(
                    "{} {}/{}",
                    format::printable(&t.name),
                    t.followed_by_letdown,
                    t.shown
                )
            })
            .collect();
        if !triggers.is_empty() {
            lines.push(Line::from(vec![
                Span::styled(
                    "Coach (followed by a let-down within 2 min / shown): ",
                    theme.accent,
                ),
                Span::styled(triggers.join(" · "), theme.text),
            ]));
        }
        lines
    }
}

impl Widget for HistoryScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = self.theme;
        let [
            title,
            sessions,
            minutes,
            volume,
            letdowns,
            first,
            pattern,
            status,
            footer,
        ] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Fill(1),
            Constraint::Fill(1),
            Constraint::Fill(1),
            Constraint::Fill(1),
            Constraint::Length(4),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(area);
        self.title().render(title, buf);
        self.charts([sessions, minutes, volume, letdowns, first], buf);
        let mut lines = self.pattern_lines();
        if self.view.unreadable > 0 {
            lines.push(Line::styled(
                format!(
                    "! {} unreadable, left untouched (`letdown config check` lists them)",
                    format::plural(self.view.unreadable, "file")
                ),
                theme.warn,
            ));
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .render(pattern, buf);
        self.status.render(status, buf);
        self.footer.render(footer, buf);
    }
}
