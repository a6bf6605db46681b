//! Drawing the app: `impl Widget for &App`, which only reads, handing each
//! screen to its own file.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::app::{App, Overlay, Screen};
use super::day_screen::{DayDialog, DayScreen};
use super::history_screen::HistoryScreen;
use super::keymap::KeyContext;
use super::session_screen::{footer_line, status_line};
use super::summary::Summary;
use super::widgets::render_dialog;
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
                    footer: footer_line(
                        &day_hints(self, view, area.width),
                        &self.theme,
                        area.width,
                    ),
                    status: status_line(self, area.width),
                    data_dir: crate::format::printable_path(self.data_root()),
                }
                .render(area, buf);
                match (view.dialog, view.selected()) {
                    (Some(DayDialog::Detail), Some(stored)) => {
                        let hints = self.keymap.hints(KeyContext::Detail);
                        detail::render_detail(stored, &self.config, &self.theme, &hints, area, buf);
                    }
                    (Some(DayDialog::ConfirmDelete), Some(stored)) => {
                        let when =
                            crate::facts::time_of_day(&stored.record.started.0, self.config.clock);
                        let mut lines = vec![
                            Line::styled(crate::tr!("day-delete-question"), self.theme.warn),
                            Line::styled(
                                crate::tr!("day-delete-where", time = when),
                                self.theme.text,
                            ),
                        ];
                        lines.extend(prompts::choice_lines(self, KeyContext::ConfirmDelete));
                        render_dialog(lines, area, buf, &self.theme);
                    }
                    (Some(DayDialog::LeaveUnsaved), _) => {
                        prompts::render_leave_unsaved(self, area, buf);
                    }
                    (Some(DayDialog::PickPlan(chosen)), _) => {
                        prompts::render_plan_picker(self, chosen, area, buf);
                    }
                    _ => {}
                }
            }
            Screen::Session { overlay } => {
                if let Some(Overlay::Summary(form)) = overlay {
                    render_form(self, form, KeyContext::Summary, area, buf);
                } else if let Some(engine) = self.engine() {
                    session_screen::render_session(self, engine, overlay.as_ref(), area, buf);
                }
            }
            Screen::Resume {
                record,
                confirm_discard,
            } => prompts::render_resume(self, record, *confirm_discard, area, buf),
            Screen::History(view) => HistoryScreen {
                view,
                units: self.config.units,
                theme: &self.theme,
                footer: footer_line(&history_hints(self, view), &self.theme, area.width),
                status: status_line(self, area.width),
            }
            .render(area, buf),
            Screen::Finish { form, .. } | Screen::Edit { form, .. } => {
                render_form(self, form, KeyContext::Edit, area, buf);
            }
            Screen::Add { form, overlap } => {
                render_form(self, form, KeyContext::Add, area, buf);
                if let Some(other) = overlap {
                    let when = |r: &crate::session::SessionRecord| {
                        crate::facts::time_of_day(&r.started.0, self.config.clock)
                    };
                    let mut lines = vec![
                        Line::styled(crate::tr!("summary-overlap"), self.theme.warn),
                        Line::styled(
                            crate::tr!(
                                "summary-overlap-which",
                                other = when(other),
                                length = crate::facts::Length::of(other.active_secs).to_string(),
                                from = when(form.record())
                            ),
                            self.theme.text,
                        ),
                    ];
                    lines.extend(prompts::choice_lines(self, KeyContext::ConfirmOverlap));
                    render_dialog(lines, area, buf, &self.theme);
                }
            }
        }
        if self.help {
            prompts::render_help(self, area, buf);
        }
    }
}

/// The history screen's hints: the scroll keys only over the raster and the milk.
fn history_hints(app: &App, view: &super::history_screen::HistoryView) -> Vec<String> {
    use super::history_screen::HistoryMode;
    use super::keymap::Action;
    let scroll = [Action::Up, Action::Down, Action::PageUp, Action::PageDown];
    let scrolls = view.mode != HistoryMode::Charts;
    app.keymap.hints_where(KeyContext::History, |action| {
        scrolls || !scroll.contains(&action)
    })
}

/// The day screen's hints; with no session listed, none that act on one;
/// undo only while there is a delete (or a remote end) to take back.
/// The width from which the day screen's footer says the plan `s` starts.
const WIDE_FOOTER: u16 = 60;

fn day_hints(app: &App, view: &super::day_screen::DayView, width: u16) -> Vec<String> {
    use super::keymap::Action;
    let needs_one = [
        Action::Open,
        Action::Edit,
        Action::Delete,
        Action::Up,
        Action::Down,
    ];
    let listed = !view.listing.sessions.is_empty();
    let undo = app.can_undo_on_day();
    let start = app
        .keymap
        .hints_where(KeyContext::Day, |a| a == Action::Start);
    app.keymap
        .hints_where(KeyContext::Day, |action| {
            (listed || !needs_one.contains(&action)) && (undo || action != Action::Undo)
        })
        .into_iter()
        .map(|hint| {
            // `s` says which plan it starts, where that leaves room for the rest.
            if start.contains(&hint) && width >= WIDE_FOOTER {
                format!("{hint} {}", crate::format::printable(&view.next_plan))
            } else {
                hint
            }
        })
        .collect()
}

/// A summary or edit form, its keys from the keymap, and the status line
/// over its last row when there is one.
fn render_form(app: &App, form: &Summary, context: KeyContext, area: Rect, buf: &mut Buffer) {
    let keys = footer_line(&form.hints(&app.keymap, context), &app.theme, area.width);
    form.render(area, buf, &app.theme, keys);
    if app.status.is_some() {
        let y = area.bottom() - 1;
        status_line(app, area.width).render(Rect::new(area.x, y, area.width, 1), buf);
    }
}
