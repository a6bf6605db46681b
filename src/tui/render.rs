//! Drawing the app: `impl Widget for &App`, which only reads, handing each
//! screen to its own file.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::app::{App, Screen};
use super::day_screen::{DayDialog, DayScreen};
use super::history_screen::HistoryScreen;
use super::session_screen::{footer_line, render_dialog, status_line};
use super::{detail, prompts, session_screen};

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.width == 0 || area.height == 0 {
            return;
        }
        // Every cell starts plain each frame: a plain text style has nothing to add.
        if self.theme.text != ratatui::style::Style::default() {
            buf.set_style(area, self.theme.text);
        }
        match &self.screen {
            Screen::Day(view) => {
                DayScreen {
                    view,
                    config: &self.config,
                    theme: &self.theme,
                    today: self.today(),
                    now: self.now.wall,
                    footer: footer_line(self.keymap(), &self.theme, area.width),
                    status: status_line(self),
                }
                .render(area, buf);
                match (view.dialog, view.selected()) {
                    (Some(DayDialog::Detail), Some(stored)) => {
                        detail::render_detail(stored, &self.config, &self.theme, area, buf);
                    }
                    (Some(DayDialog::ConfirmDelete), Some(stored)) => render_dialog(
                        vec![
                            Line::styled("Move this session to the trash?", self.theme.warn),
                            Line::styled(
                                format!(
                                    "{}: it goes to the trash folder in the data dir.",
                                    crate::format::time_of_day(
                                        &stored.record.started.0,
                                        self.config.clock
                                    )
                                ),
                                self.theme.text,
                            ),
                            Line::styled("y  yes, move it", self.theme.text),
                            Line::styled("any other key  keep it", self.theme.text),
                        ],
                        area,
                        buf,
                        &self.theme,
                    ),
                    _ => {}
                }
            }
            Screen::Session { engine, leaving } => {
                session_screen::render_session(self, engine, *leaving, area, buf);
            }
            Screen::Resume {
                record,
                confirm_discard,
            } => prompts::render_resume(self, record, *confirm_discard, area, buf),
            Screen::History(view) => HistoryScreen {
                view,
                units: self.config.units,
                theme: &self.theme,
                footer: Line::styled(
                    "tab or 1 2 3  7, 30 or 90 days · esc  back to the day",
                    self.theme.dim,
                ),
                status: status_line(self),
            }
            .render(area, buf),
            Screen::Summary(summary) => {
                summary.render(area, buf, &self.theme);
                if self.status.is_some() {
                    let y = area.bottom() - 1;
                    status_line(self).render(Rect::new(area.x, y, area.width, 1), buf);
                }
            }
        }
        if self.help {
            prompts::render_help(self, area, buf);
        }
    }
}
