//! The user's own pattern in plain words and the coach's triggers, ranked:
//! a panel beside the charts, or a few short lines under the small table.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Cell, Paragraph, Row, Table, Widget, Wrap};

use crate::facts::{CoachFacts, Unreadable};
use crate::format;
use crate::stats::{History, Pattern, TriggerFigures};
use crate::tui::theme::Theme;

/// Said when the range has no session.
fn no_sessions() -> String {
    crate::tr!("history-no-sessions")
}

/// Rows `text` takes wrapped at words into `width` columns (a word longer
/// than a row is cut across rows, as the paragraph does).
pub fn wrapped_rows(text: &str, width: u16) -> u16 {
    let width = usize::from(width.max(1));
    let mut rows = 1;
    let mut used = 0;
    for word in text.split_whitespace() {
        let w = format::columns(word).max(1);
        let needed = if used == 0 { w } else { used + 1 + w };
        if needed <= width {
            used = needed;
            continue;
        }
        if used > 0 {
            rows += 1;
        }
        rows += ((w - 1) / width) as u16;
        used = (w - 1) % width + 1;
    }
    rows
}

/// The pattern and the triggers of a range.
pub struct Panel<'a> {
    pub history: &'a History,
    pub unreadable: usize,
    pub theme: &'a Theme,
    /// What the coach learned, in its sentence.
    pub learned: &'a str,
    /// The experiments of these days, a line each.
    pub experiments: &'a [String],
}

fn typical(value: Option<f64>) -> Option<String> {
    value.map(|s| crate::facts::Length::of(s).to_string())
}

/// The usual count of let-downs a session, whole.
fn usual_count(p: &Pattern) -> Option<usize> {
    p.median_letdowns.map(|n| n.round() as usize)
}

impl Panel<'_> {
    fn unreadable_text(&self) -> Option<String> {
        Unreadable(self.unreadable)
            .sentence()
            .map(|notice| format!("! {notice}"))
    }

    /// The pattern, a line a figure.
    fn pattern_lines(&self) -> Vec<Line<'static>> {
        let p = &self.history.pattern;
        let text = self.theme.text;
        let mut lines = vec![Line::styled(
            crate::tr!("history-pattern-title"),
            self.theme.accent,
        )];
        if let Some(first) = typical(p.median_first_letdown_secs) {
            lines.push(Line::styled(
                crate::tr!("history-pattern-first", time = first),
                text,
            ));
        }
        if let Some(count) = usual_count(p) {
            lines.push(Line::styled(
                crate::tr!("history-pattern-count", count = count),
                text,
            ));
        }
        if let Some(gap) = typical(p.median_gap_secs) {
            lines.push(Line::styled(
                crate::tr!("history-pattern-gap", gap = gap),
                text,
            ));
        }
        if let Some(went_on) = format::went_on(&self.history.went_on) {
            lines.push(Line::styled(went_on, text));
        }
        if self.history.by_plan.len() > 1 {
            let plans: Vec<String> = self
                .history
                .by_plan
                .iter()
                .map(|p| format!("{} {}", format::printable(&p.plan), p.sessions))
                .collect();
            lines.push(Line::styled(
                crate::tr!("history-pattern-plans", plans = plans.join(" · ")),
                text,
            ));
        }
        lines.push(Line::styled(self.learned.to_string(), self.theme.dim));
        lines.extend(
            self.experiments
                .iter()
                .map(|line| Line::styled(line.clone(), self.theme.accent)),
        );
        lines
    }

    fn trigger_table<'t>(
        triggers: impl Iterator<Item = &'t TriggerFigures>,
        theme: &Theme,
    ) -> Table<'static> {
        let right = |text: String| Cell::from(Line::from(text).right_aligned());
        let header = Row::new([
            Cell::from(crate::tr!("history-triggers-trigger")),
            right(crate::tr!("history-triggers-shown")),
            right("%".to_string()),
        ])
        .style(theme.dim);
        let rows: Vec<Row> = triggers
            .map(|t| {
                Row::new([
                    Cell::from(format::printable(&t.name).into_owned()),
                    right(t.shown.to_string()),
                    right(t.share_followed().to_string()),
                ])
            })
            .collect();
        let widths = [
            Constraint::Fill(1),
            Constraint::Length(5),
            Constraint::Length(4),
        ];
        Table::new(rows, widths)
            .header(header)
            .column_spacing(1)
            .style(theme.text)
    }

    /// The panel beside the charts: the pattern, then the triggers ranked.
    pub fn render_full(&self, area: Rect, buf: &mut Buffer) {
        let theme = self.theme;
        if self.history.is_empty() {
            Paragraph::new(no_sessions())
                .style(theme.dim)
                .wrap(Wrap { trim: true })
                .render(area, buf);
            return;
        }
        let warning = self.unreadable_text();
        let warning_rows = warning.as_ref().map_or(0, |w| wrapped_rows(w, area.width));
        let pattern = self.pattern_lines();
        let pattern_rows: u16 = pattern
            .iter()
            .map(|line| wrapped_rows(&line.to_string(), area.width))
            .sum();
        let [pattern_area, _, coach, warning_area] = Layout::vertical([
            Constraint::Length(pattern_rows),
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(warning_rows),
        ])
        .areas(area);
        Paragraph::new(pattern)
            .wrap(Wrap { trim: true })
            .render(pattern_area, buf);
        self.render_triggers(coach, buf);
        if let Some(warning) = warning {
            Paragraph::new(warning)
                .style(theme.warn)
                .wrap(Wrap { trim: true })
                .render(warning_area, buf);
        }
    }

    fn render_triggers(&self, area: Rect, buf: &mut Buffer) {
        let theme = self.theme;
        let coach = CoachFacts::of(&self.history.triggers);
        let note = coach.note();
        let note_rows = wrapped_rows(&note, area.width);
        let [title, note_area, table] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(note_rows),
            Constraint::Fill(1),
        ])
        .areas(area);
        Line::styled(crate::tr!("history-triggers-title"), theme.accent).render(title, buf);
        Paragraph::new(note)
            .style(theme.dim)
            .wrap(Wrap { trim: true })
            .render(note_area, buf);
        if coach.enough_to_tell() {
            Self::trigger_table(coach.triggers(), theme).render(table, buf);
        }
    }

    /// A few short lines for under the small table: the pattern in one
    /// sentence, the best trigger, and any unreadable files.
    pub fn compact_lines(&self) -> Vec<(String, ratatui::style::Style)> {
        let theme = self.theme;
        if self.history.is_empty() {
            return vec![(no_sessions(), theme.dim)];
        }
        let p = &self.history.pattern;
        let figures: Vec<String> = [
            typical(p.median_first_letdown_secs)
                .map(|f| crate::tr!("history-usually-first", time = f)),
            usual_count(p).map(|n| crate::tr!("history-usually-count", count = n)),
            typical(p.median_gap_secs).map(|g| crate::tr!("history-usually-gap", gap = g)),
        ]
        .into_iter()
        .flatten()
        .collect();
        let mut lines = Vec::new();
        if !figures.is_empty() {
            lines.push((
                crate::tr!("history-usually", figures = figures.join(", ")),
                theme.text,
            ));
        }
        let coach = CoachFacts::of(&self.history.triggers);
        if coach.any_trigger() {
            let said = coach.best_line().unwrap_or_else(|| coach.note());
            lines.push((crate::tr!("history-coach-says", said = said), theme.dim));
        }
        if let Some(notice) = Unreadable(self.unreadable).short() {
            lines.push((format!("! {notice}"), theme.warn));
        }
        lines
    }
}
