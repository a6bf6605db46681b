//! The day screen, letdown's home: the day's sessions, their totals (and,
//! today, the last 24 hours), the goals, and when the next session is due.

use chrono::{DateTime, FixedOffset, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, StatefulWidget, TableState, Widget};

use super::theme::Theme;
use crate::config::Config;
use crate::facts::SinceLast;
use crate::format;
use crate::query::{self, DayReport, Recent, Rolling};
use crate::stats::DayTotals;
use crate::store::{DataDir, Listing, Stored};

mod figures;
mod table;

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
    /// Where the newest session is found: from today back, whatever day
    /// is shown, because "since the last session" and "due" are facts of now.
    pub recent: Recent,
    /// The last 24 hours, rolling: read only when the day is today. Its
    /// unreadable files are those the day's listing does not hold already.
    pub last_24h: Option<Rolling>,
    pub dialog: Option<DayDialog>,
    /// No session has ever been kept here: the screen says what letdown is.
    pub first_run: bool,
    /// The plan `s` starts: the one used last.
    pub next_plan: String,
    /// The running experiment in one line, if one runs.
    pub experiment: Option<String>,
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
        let today = query::today(config, now);
        let recent = if day == today {
            recent
        } else {
            query::day_report(data, config, today, query::LookBack::IfNoneBy(now)).recent
        };
        let last_24h = (day == today).then(|| {
            let mut rolling = query::last_24h(data, config, now);
            rolling.unreadable = rolling.unreadable_besides(&listing.unreadable);
            rolling
        });
        let experiment = query::running_experiment(data, config, today)
            .map(|(e, outcome)| crate::facts::experiment::running_line(&e, &outcome));
        Self {
            day,
            listing,
            totals,
            selected,
            recent,
            last_24h,
            dialog: None,
            first_run,
            next_plan: query::last_plan(data, config),
            experiment,
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

    /// When the newest session before `now` ended, as `letdown status` finds it.
    #[must_use]
    pub fn last_end(&self, now: DateTime<FixedOffset>) -> Option<DateTime<FixedOffset>> {
        self.recent.last_end(now)
    }

    /// Since the newest session, and whether the next is due, at `now`.
    #[must_use]
    pub fn since_last(&self, config: &Config, now: DateTime<FixedOffset>) -> Option<SinceLast> {
        self.last_end(now)
            .map(|end| SinceLast::at(end, config, now))
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

/// The rows a small pane keeps besides its table: the title, the day's
/// first totals line, the status and the keys.
const SMALL_FIXED_ROWS: u16 = 4;

/// A day as the title says it: "Monday 23 November 2026", or with `long`
/// false "Mon 23 Nov", in the user's language.
fn date_words(day: NaiveDate, long: bool) -> String {
    use chrono::Datelike as _;
    let weekday = crate::i18n::weekday_name(day.weekday(), !long);
    let month = crate::i18n::month_name(day.month(), !long);
    if long {
        crate::tr!(
            "day-date-long",
            weekday = weekday,
            day = day.day().to_string(),
            month = month,
            year = day.year().to_string()
        )
    } else {
        crate::tr!(
            "day-date-short",
            weekday = weekday,
            day = day.day().to_string(),
            month = month
        )
    }
}

impl DayScreen<'_> {
    fn title(&self, width: u16) -> Line<'static> {
        let theme = self.theme;
        let titled = |long: bool| {
            let date = date_words(self.view.day, long);
            if self.view.day == self.today {
                crate::tr!("day-title-today", date = date)
            } else if Some(self.view.day) == self.today.pred_opt() {
                crate::tr!("day-title-yesterday", date = date)
            } else {
                date
            }
        };
        // The long date where it fits whole beside the name, else the short.
        let long = titled(true);
        let date = if width >= 50 && format::columns(&long) + 12 <= usize::from(width) {
            long
        } else {
            titled(false)
        };
        Line::from(vec![
            Span::styled("letdown", theme.accent),
            Span::styled("  ·  ", theme.dim),
            Span::styled(date, theme.text),
        ])
    }

    /// What the empty table says: on the first run, what letdown is.
    fn empty(&self) -> Vec<Line<'static>> {
        let theme = self.theme;
        if !self.view.first_run {
            return vec![Line::styled(crate::tr!("day-no-sessions"), theme.dim)];
        }
        vec![
            Line::styled(crate::tr!("day-welcome"), theme.accent),
            Line::styled(crate::tr!("day-welcome-keys"), theme.text),
            Line::styled(
                crate::tr!("day-welcome-files", folder = self.data_dir.as_str()),
                theme.dim,
            ),
            Line::styled(crate::tr!("day-welcome-config"), theme.dim),
        ]
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
            experiment,
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
            Constraint::Length(u16::from(!small && self.view.experiment.is_some())),
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
        if let Some(line) = &self.view.experiment {
            Line::styled(format::shorten(line, usize::from(area.width)), theme.accent)
                .render(experiment, buf);
        }
        // What reading the day found beside its sessions, said once.
        let mut notes = crate::facts::notices::filing_notes(&self.view.listing);
        let unreadable_notice = crate::facts::Unreadable(unreadable_files);
        if let Some(notice) = unreadable_notice.sentence() {
            // In full when it fits the line, else its short form.
            let fits = format::columns(&notice) + 2 <= usize::from(area.width);
            let short = unreadable_notice.short().unwrap_or_default();
            notes.insert(0, if fits { notice } else { short });
        }
        if !notes.is_empty() {
            Line::styled(format!("! {}", notes.join(" · ")), theme.warn).render(unreadable, buf);
        }
        self.status.render(status, buf);
        self.footer.render(footer, buf);
    }
}
