//! The day screen's figures: the totals, the last 24 hours, when the next
//! session is due, and the goal bars.

use std::fmt::Write as _;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{LineGauge, Widget};

use super::DayScreen;
use crate::config::GoalsWindow;
use crate::format;
use crate::stats::Last24h;

/// The width of the goal bars' labels, so that both bars start in one column.
const GAUGE_LABEL: usize = 24;

/// Whole minutes, rounded down as every length is.
fn whole_minutes(secs: f64) -> f64 {
    crate::facts::Length::of(secs).whole_minutes() as f64
}

impl DayScreen<'_> {
    /// The day's totals in two short lines, so that neither wraps mid-phrase
    /// (the second left out when it has nothing to say). Pumping time leaves
    /// out rest phases, as the goals do.
    pub(super) fn totals(&self) -> Vec<Line<'static>> {
        let t = &self.view.totals;
        let first = format::figures(
            t.sessions,
            t.pumping_secs,
            t.letdowns,
            t.volume_ml,
            self.config.units,
        );
        let mut second = Vec::new();
        if let Some(gap) = t.longest_gap_secs {
            second.push(crate::tr!(
                "day-longest-gap",
                gap = crate::facts::Length::of(gap).short()
            ));
        }
        if t.night_session {
            second.push(crate::tr!("day-night-session"));
        }
        let mut lines = vec![Line::styled(first, self.theme.text)];
        if !second.is_empty() {
            lines.push(Line::styled(second.join(" · "), self.theme.text));
        }
        lines
    }

    /// The last 24 hours at `now`, on today only: on another day a figure
    /// relative to now would mislead.
    pub(super) fn last_24h(&self) -> Option<Last24h> {
        if self.view.day != self.today {
            return None;
        }
        self.view
            .last_24h
            .as_ref()
            .map(|rolling| rolling.at(self.now))
    }

    /// The day's files that could not be read. The last 24 hours' own (in
    /// the day before's folder) are said on their line instead, so that the
    /// count stays the day's, as `letdown log` prints it.
    pub(super) fn unreadable_count(&self) -> usize {
        self.view.listing.unreadable.len()
    }

    /// "last 24 h: 7 sessions · 112 min", when the window holds a session
    /// and the line fits `width` whole (a cut figure would mislead).
    pub(super) fn last_24h_line(&self, width: u16) -> Option<Line<'static>> {
        let figures = self.last_24h().filter(|f| f.sessions > 0)?;
        let mut text = crate::tr!(
            "day-last-24h",
            count = figures.sessions,
            minutes = crate::facts::Length::of(figures.pumping_secs).whole_minutes()
        );
        let unread = self
            .view
            .last_24h
            .as_ref()
            .map_or(0, |r| r.unreadable.len());
        if let Some(notice) = crate::facts::Unreadable(unread).short() {
            let _ = write!(text, " ({notice})");
        }
        (format::columns(&text) <= usize::from(width)).then(|| Line::styled(text, self.theme.text))
    }

    /// Since the last session and when the next is due: facts of now, on
    /// today only (on another day they would read as that day's).
    pub(super) fn due(&self) -> Line<'static> {
        let theme = self.theme;
        // With no session at all, the empty table has said what to do.
        let Some(facts) = self
            .view
            .since_last(self.config, self.now)
            .filter(|_| self.view.day == self.today)
        else {
            return Line::default();
        };
        let (since, due) = facts.words(self.config);
        let mut spans = vec![Span::styled(since, theme.text)];
        if let Some(due) = due {
            let style = if facts.is_due() {
                theme.warn
            } else {
                theme.dim
            };
            spans.push(Span::styled(due, style));
        }
        Line::from(spans)
    }

    /// The goal bars: sessions and pumping minutes against the daily goals,
    /// over the calendar day, or with `window = "24h"` over the last 24
    /// hours (today only), which their labels then say.
    pub(super) fn render_goals(&self, sessions: Rect, minutes: Rect, buf: &mut Buffer) {
        let goals = &self.config.goals;
        let t = &self.view.totals;
        let (count, secs, window) = match (goals.window, self.last_24h()) {
            // What the labels add when they count the last 24 hours.
            (GoalsWindow::Last24h, Some(f)) => (
                f.sessions,
                f.pumping_secs,
                format!(" {}", crate::tr!("day-goal-in-24h")),
            ),
            _ => (t.sessions, t.pumping_secs, String::new()),
        };
        let width = GAUGE_LABEL + format::columns(&window);
        let label = |name: &str, value: f64, goal: u32, unit: &str| {
            let done = if value >= f64::from(goal) { " ✓" } else { "" };
            format!("{name:<9}{value:>4.0} / {goal}{unit}{window}{done}")
        };
        let ratio = |value: f64, goal: u32| {
            if goal == 0 {
                1.0
            } else {
                (value / f64::from(goal)).clamp(0.0, 1.0)
            }
        };
        let value = count as f64;
        let text = label(
            &crate::tr!("day-goal-sessions"),
            value,
            goals.sessions_per_day,
            "",
        );
        self.gauge(
            &text,
            width,
            ratio(value, goals.sessions_per_day),
            sessions,
            buf,
        );
        let value = whole_minutes(secs);
        let text = label(
            &crate::tr!("day-goal-minutes"),
            value,
            goals.minutes_per_day,
            " min",
        );
        self.gauge(
            &text,
            width,
            ratio(value, goals.minutes_per_day),
            minutes,
            buf,
        );
    }

    pub(super) fn gauge(&self, text: &str, width: usize, ratio: f64, area: Rect, buf: &mut Buffer) {
        LineGauge::default()
            .label(Line::styled(format!("{text:<width$}"), self.theme.text))
            .ratio(ratio)
            .filled_symbol("█")
            .unfilled_symbol("░")
            .filled_style(self.theme.bar_now)
            .unfilled_style(self.theme.bar_todo)
            .render(area, buf);
    }
}
