//! The day screen, letdown's home: the day's sessions, their totals (and,
//! today, the last 24 hours), the goals, and when the next session is due.

use std::fmt::Write as _;

use chrono::{DateTime, FixedOffset, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Cell, LineGauge, Paragraph, Row, StatefulWidget, Table, TableState, Widget,
};

use super::theme::Theme;
use crate::config::{Config, GoalsWindow};
use crate::format;
use crate::query::{self, DayReport, Recent, Rolling};
use crate::stats::{DayTotals, Last24h};
use crate::store::{DataDir, Listing, Stored};

/// A question or a closer look over the day screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayDialog {
    /// The selected session's detail.
    Detail,
    /// Move the selected session to the trash?
    ConfirmDelete,
    /// Leave, though a finished session is not in the data dir yet?
    LeaveUnsaved,
    /// Which plan to start, the one at this index of the config's choices.
    PickPlan(usize),
}

/// One day, loaded.
#[derive(Debug, Clone)]
pub struct DayView {
    pub day: NaiveDate,
    pub listing: Listing,
    pub totals: DayTotals,
    pub selected: usize,
    /// Where the last session is found, on this day or before.
    pub recent: Recent,
    /// The last 24 hours, rolling: read only when the day is today. Its
    /// unreadable files are those the day's listing does not hold already.
    pub last_24h: Option<Rolling>,
    pub dialog: Option<DayDialog>,
    /// No session has ever been kept here: the screen says what letdown is.
    pub first_run: bool,
}

impl DayView {
    /// Loads the day's report from the query layer, the one `letdown log` prints.
    /// The day before it is looked at only when it holds no session started by
    /// `now`, or when the day is today, for the last 24 hours.
    #[must_use]
    pub fn load(
        data: &DataDir,
        config: &Config,
        day: NaiveDate,
        now: DateTime<FixedOffset>,
    ) -> Self {
        let DayReport {
            day,
            listing,
            totals,
            recent,
        } = query::day_report(data, config, day, query::LookBack::IfNoneBy(now));
        let selected = listing.sessions.len().saturating_sub(1);
        let first_run = listing.sessions.is_empty() && !data.has_days();
        let last_24h = (day == query::today(config, now)).then(|| {
            let mut rolling = query::last_24h(data, config, now);
            rolling.unreadable = rolling.unreadable_besides(&listing.unreadable);
            rolling
        });
        Self {
            day,
            listing,
            totals,
            selected,
            recent,
            last_24h,
            dialog: None,
            first_run,
        }
    }

    /// The session under the cursor.
    #[must_use]
    pub fn selected(&self) -> Option<&Stored> {
        self.listing.sessions.get(self.selected)
    }

    /// Moves the cursor, staying within the list.
    pub fn select(&mut self, down: bool) {
        let last = self.listing.sessions.len().saturating_sub(1);
        self.selected = if down {
            (self.selected + 1).min(last)
        } else {
            self.selected.saturating_sub(1)
        };
    }

    /// Selects the session with this id, if it is listed.
    pub fn select_id(&mut self, id: &str) {
        if let Some(i) = self.listing.sessions.iter().position(|s| s.record.id == id) {
            self.selected = i;
        }
    }

    /// When the last session before `now` ended, as `letdown status` finds it.
    #[must_use]
    pub fn last_end(&self, now: DateTime<FixedOffset>) -> Option<DateTime<FixedOffset>> {
        self.recent.last_end(now)
    }

    /// When the next session is due; none when the reminder is off.
    #[must_use]
    pub fn due_at(
        &self,
        config: &Config,
        now: DateTime<FixedOffset>,
    ) -> Option<DateTime<FixedOffset>> {
        self.last_end(now)
            .and_then(|end| query::next_due(end, config))
    }
}

/// Everything the day screen draws, gathered by the app.
pub struct DayScreen<'a> {
    pub view: &'a DayView,
    pub config: &'a Config,
    pub theme: &'a Theme,
    pub today: NaiveDate,
    pub now: DateTime<FixedOffset>,
    pub footer: Line<'static>,
    pub status: Line<'static>,
    /// Where sessions are kept, for the first-run words.
    pub data_dir: String,
}

/// The width of the goal bars' labels, so that both bars start in one column.
const GAUGE_LABEL: usize = 24;

/// What the goal bars' labels add when they count the last 24 hours.
const IN_24H: &str = " in 24 h";

/// The rows a small pane keeps besides its table: the title, the day's
/// first totals line, the status and the keys.
const SMALL_FIXED_ROWS: u16 = 4;

/// Whole minutes, rounded down as every duration on screen is.
fn whole_minutes(secs: f64) -> f64 {
    (secs.max(0.0) / 60.0).floor()
}

impl DayScreen<'_> {
    fn title(&self, width: u16) -> Line<'static> {
        let theme = self.theme;
        let when = if self.view.day == self.today {
            "Today".to_string()
        } else if Some(self.view.day) == self.today.pred_opt() {
            "Yesterday".to_string()
        } else {
            String::new()
        };
        let long = if width >= 50 {
            "%A %-d %B %Y"
        } else {
            "%a %-d %b"
        };
        let date = self.view.day.format(long).to_string();
        Line::from(vec![
            Span::styled("letdown", theme.accent),
            Span::styled("  ·  ", theme.dim),
            Span::styled(
                if when.is_empty() {
                    date
                } else {
                    format!("{when}, {date}")
                },
                theme.text,
            ),
        ])
    }

    /// The sessions as a table; narrow terminals keep the columns that matter most.
    fn table(&self, width: u16) -> Table<'static> {
        let theme = self.theme;
        let units = self.config.units;
        let wide = width >= 64;
        let volume = format!("L/R/total {}", format::unit_label(units));
        let mut header = vec!["", "start", "length", "let-downs"];
        if wide {
            header.extend(["first", volume.as_str(), "comfort", "note"]);
        } else {
            header.push(format::unit_label(units));
        }
        let header =
            Row::new(header.into_iter().map(|h| Cell::from(h.to_string()))).style(theme.dim);
        let rows = self.view.listing.sessions.iter().enumerate().map(|(i, s)| {
            let r = &s.record;
            let vol =
                |v: Option<f64>| v.map_or("-".to_string(), |ml| format::volume_number(ml, units));
            let selected = i == self.view.selected;
            let style = if selected {
                theme.accent.add_modifier(Modifier::REVERSED)
            } else {
                theme.text
            };
            let mut cells = vec![
                Cell::from(if selected { "▶" } else { " " }),
                Cell::from(format::time_of_day(&r.started.0, self.config.clock)),
                Cell::from(format::clock(r.active_secs)),
                Cell::from(format::letdowns_cell(r)),
            ];
            if wide {
                let volume = format::volumes(&r.result, units, "/");
                let noted = r.result.note.as_deref().is_some_and(|n| !n.is_empty());
                cells.extend([
                    Cell::from(
                        r.first_letdown_secs()
                            .map_or("-".to_string(), format::min_sec),
                    ),
                    Cell::from(volume),
                    Cell::from(r.result.comfort.map_or("-", |c| c.label())),
                    Cell::from(if noted { "✎" } else { "" }),
                ]);
            } else {
                cells.push(Cell::from(vol(r.result.volume_ml())));
            }
            // A last empty cell takes the rest, so a selection lights the whole row.
            cells.push(Cell::from(""));
            Row::new(cells).style(style)
        });
        // Lengths of an hour or more ("1:02:03") still fit their column.
        let widths = if wide {
            vec![
                Constraint::Length(1),
                Constraint::Length(8),
                Constraint::Length(8),
                Constraint::Length(9),
                Constraint::Length(6),
                Constraint::Length(14),
                Constraint::Length(8),
                Constraint::Length(4),
                Constraint::Fill(1),
            ]
        } else if width >= 36 {
            vec![
                Constraint::Length(1),
                Constraint::Length(8),
                Constraint::Length(8),
                Constraint::Length(9),
                Constraint::Length(5),
                Constraint::Fill(1),
            ]
        } else {
            // A corner of a screen: when, how long, how many.
            vec![
                Constraint::Length(1),
                Constraint::Length(5),
                Constraint::Length(7),
                Constraint::Fill(1),
            ]
        };
        Table::new(rows, widths).header(header)
    }

    /// The day's totals in two short lines, so that neither wraps mid-phrase
    /// (the second left out when it has nothing to say). Pumping time leaves
    /// out rest phases, as the goals do.
    fn totals(&self) -> Vec<Line<'static>> {
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
            second.push(format!("longest gap {}", format::short(gap)));
        }
        if t.night_session {
            second.push("a night session ✓".to_string());
        }
        let mut lines = vec![Line::styled(first, self.theme.text)];
        if !second.is_empty() {
            lines.push(Line::styled(second.join(" · "), self.theme.text));
        }
        lines
    }

    /// The last 24 hours at `now`, on today only: on another day a figure
    /// relative to now would mislead.
    fn last_24h(&self) -> Option<Last24h> {
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
    fn unreadable_count(&self) -> usize {
        self.view.listing.unreadable.len()
    }

    /// "last 24 h: 7 sessions · 112 min", when the window holds a session
    /// and the line fits `width` whole (a cut figure would mislead).
    fn last_24h_line(&self, width: u16) -> Option<Line<'static>> {
        let figures = self.last_24h().filter(|f| f.sessions > 0)?;
        let mut text = format!(
            "last 24 h: {} · {} min",
            format::plural(figures.sessions, "session"),
            whole_minutes(figures.pumping_secs)
        );
        let unread = self
            .view
            .last_24h
            .as_ref()
            .map_or(0, |r| r.unreadable.len());
        if unread > 0 {
            let _ = write!(
                text,
                " (without {})",
                format::plural(unread, "unreadable file")
            );
        }
        (format::columns(&text) <= usize::from(width)).then(|| Line::styled(text, self.theme.text))
    }

    /// What the empty table says: on the first run, what letdown is.
    fn empty(&self) -> Vec<Line<'static>> {
        let theme = self.theme;
        if !self.view.first_run {
            return vec![Line::styled("No sessions on this day.", theme.dim)];
        }
        vec![
            Line::styled(
                "Welcome. letdown walks you through each pumping session.",
                theme.accent,
            ),
            Line::styled(
                "Press s to start one, and space at each let-down.",
                theme.text,
            ),
            Line::styled(
                format!("Sessions are kept as small files in {}.", self.data_dir),
                theme.dim,
            ),
            Line::styled(
                "`letdown config init` writes the settings, to change the plan or the keys.",
                theme.dim,
            ),
        ]
    }

    fn due(&self) -> Line<'static> {
        let theme = self.theme;
        // With no session at all, the empty table has said what to do.
        let Some(end) = self.view.last_end(self.now) else {
            return Line::default();
        };
        let since = (self.now - end).num_seconds().max(0) as f64;
        let mut spans = vec![Span::styled(
            format!("Last session ended {} ago", format::short(since)),
            theme.text,
        )];
        if let Some(due) = self.view.due_at(self.config, self.now) {
            if due <= self.now {
                spans.push(Span::styled(
                    " · a session is due, whenever you are ready",
                    theme.warn,
                ));
            } else {
                spans.push(Span::styled(
                    format!(
                        " · next due around {}",
                        format::time_of_day(&due, self.config.clock)
                    ),
                    theme.dim,
                ));
            }
        }
        Line::from(spans)
    }

    /// The goal bars: sessions and pumping minutes against the daily goals,
    /// over the calendar day, or with `window = "24h"` over the last 24
    /// hours (today only), which their labels then say.
    fn render_goals(&self, sessions: Rect, minutes: Rect, buf: &mut Buffer) {
        let goals = &self.config.goals;
        let t = &self.view.totals;
        let (count, secs, window) = match (goals.window, self.last_24h()) {
            (GoalsWindow::Last24h, Some(f)) => (f.sessions, f.pumping_secs, IN_24H),
            _ => (t.sessions, t.pumping_secs, ""),
        };
        let width = GAUGE_LABEL + window.len();
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
        let text = label("Sessions", value, goals.sessions_per_day, "");
        self.gauge(
            &text,
            width,
            ratio(value, goals.sessions_per_day),
            sessions,
            buf,
        );
        let value = whole_minutes(secs);
        let text = label("Minutes", value, goals.minutes_per_day, " min");
        self.gauge(
            &text,
            width,
            ratio(value, goals.minutes_per_day),
            minutes,
            buf,
        );
    }

    fn gauge(&self, text: &str, width: usize, ratio: f64, area: Rect, buf: &mut Buffer) {
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

impl Widget for DayScreen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = self.theme;
        let rows = self.view.listing.sessions.len() as u16;
        let unreadable_files = self.unreadable_count();
        // A small pane keeps the list, the day's first totals line, the
        // status and the keys; the goal bars and spacing go first, and the
        // last 24 hours stay only where the whole list still fits.
        let small = area.height < 14;
        let (gap, gauge_rows, due_rows) = if small { (0, 0, 0) } else { (1, 1, 1) };
        let mut totals_lines = self.totals();
        if small {
            totals_lines.truncate(1);
        }
        let room = !small || area.height > SMALL_FIXED_ROWS.saturating_add(rows).saturating_add(1);
        if let Some(line) = self.last_24h_line(area.width).filter(|_| room) {
            totals_lines.push(line);
        }
        // A full pane keeps two rows of totals, so that a day's layout stays put.
        let totals_rows = (totals_lines.len() as u16).max(if small { 1 } else { 2 });
        let [
            title,
            _,
            table,
            _,
            totals,
            sessions_gauge,
            minutes_gauge,
            due,
            unreadable,
            status,
            footer,
        ] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(gap),
            Constraint::Min(2.min(rows + 1)),
            Constraint::Length(gap),
            Constraint::Length(totals_rows),
            Constraint::Length(gauge_rows),
            Constraint::Length(gauge_rows),
            Constraint::Length(due_rows),
            Constraint::Length(u16::from(
                !small
                    && (unreadable_files > 0
                        || !self.view.listing.duplicates.is_empty()
                        || !self.view.listing.misfiled.is_empty()),
            )),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(area);
        self.title(title.width).render(title, buf);
        if self.view.listing.sessions.is_empty() {
            Paragraph::new(self.empty())
                .wrap(ratatui::widgets::Wrap { trim: true })
                .render(table, buf);
        } else {
            // The state scrolls the table so that the selected session is in view.
            let mut state = TableState::default().with_selected(Some(self.view.selected));
            StatefulWidget::render(self.table(table.width), table, buf, &mut state);
        }
        Paragraph::new(totals_lines).render(totals, buf);
        self.render_goals(sessions_gauge, minutes_gauge, buf);
        self.due().render(due, buf);
        // What reading the day found beside its sessions, said once.
        let mut notes = crate::query::filing_notes(&self.view.listing);
        if unreadable_files > 0 {
            notes.insert(
                0,
                format!(
                    "{} left untouched (`letdown config check` lists {})",
                    format::plural(unreadable_files, "unreadable file"),
                    if unreadable_files == 1 { "it" } else { "them" },
                ),
            );
        }
        if !notes.is_empty() {
            Line::styled(format!("! {}", notes.join(" · ")), theme.warn).render(unreadable, buf);
        }
        self.status.render(status, buf);
        self.footer.render(footer, buf);
    }
}
