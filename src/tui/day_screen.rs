//! The day screen, letdown's home: the day's sessions, their totals, the
//! goals, and when the next session is due.

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
use crate::config::Config;
use crate::format;
use crate::query::{self, DayReport, Recent};
use crate::stats::DayTotals;
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
    pub dialog: Option<DayDialog>,
    /// No session has ever been kept here: the screen says what letdown is.
    pub first_run: bool,
}

impl DayView {
    /// Loads the day's report from the query layer, the one `letdown log` prints.
    /// The day before it is looked at only when it holds no session started by `now`.
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
        Self {
            day,
            listing,
            totals,
            selected,
            recent,
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

    /// The day's totals in two short lines, so that neither wraps mid-phrase.
    fn totals(&self) -> Vec<Line<'static>> {
        let t = &self.view.totals;
        let mut first = format!(
            "{} · {} pumping · {}",
            format::plural(t.sessions, "session"),
            format::short(t.active_secs),
            format::plural(t.letdowns, "let-down"),
        );
        if let Some(ml) = t.volume_ml {
            let _ = write!(first, " · {}", format::volume(ml, self.config.units));
        }
        let mut second = Vec::new();
        if let Some(gap) = t.longest_gap_secs {
            second.push(format!("longest gap {}", format::short(gap)));
        }
        if t.night_session {
            second.push("a night session ✓".to_string());
        }
        vec![
            Line::styled(first, self.theme.text),
            Line::styled(second.join(" · "), self.theme.text),
        ]
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

    fn gauge(&self, label: &str, value: f64, goal: u32, unit: &str, area: Rect, buf: &mut Buffer) {
        let ratio = if goal == 0 {
            1.0
        } else {
            (value / f64::from(goal)).clamp(0.0, 1.0)
        };
        let done = if value >= f64::from(goal) { " ✓" } else { "" };
        let text = format!("{label:<9}{value:>4.0} / {goal}{unit}{done}");
        LineGauge::default()
            .label(Line::styled(
                format!("{text:<GAUGE_LABEL$}"),
                self.theme.text,
            ))
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
        // A small pane keeps the list, the day's first totals line, the
        // status and the keys; the goal bars and spacing go first.
        let small = area.height < 14;
        let (gap, totals_rows, gauge_rows, due_rows) =
            if small { (0, 1, 0, 0) } else { (1, 2, 1, 1) };
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
                    && (!self.view.listing.unreadable.is_empty()
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
        Paragraph::new(self.totals()).render(totals, buf);
        let goals = &self.config.goals;
        self.gauge(
            "Sessions",
            self.view.totals.sessions as f64,
            goals.sessions_per_day,
            "",
            sessions_gauge,
            buf,
        );
        self.gauge(
            "Minutes",
            self.view.totals.active_secs / 60.0,
            goals.minutes_per_day,
            " min",
            minutes_gauge,
            buf,
        );
        self.due().render(due, buf);
        // What reading the day found beside its sessions, said once.
        let n = self.view.listing.unreadable.len();
        let mut notes = crate::query::filing_notes(&self.view.listing);
        if n > 0 {
            notes.insert(
                0,
                format!(
                    "{} left untouched (`letdown config check` lists {})",
                    format::plural(n, "unreadable file"),
                    if n == 1 { "it" } else { "them" },
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
