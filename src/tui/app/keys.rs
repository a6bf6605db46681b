//! Keys: where they are read, and what a press does there. A form takes
//! its text first; everything else goes through the keymap to a step.

use ratatui::crossterm::event::{KeyEvent, KeyEventKind};

use super::{App, Outcome, Overlay, Screen};
use crate::session::{Command, Now};
use crate::tui::day_screen::DayDialog;
use crate::tui::keymap::{Action, KeyContext};
use crate::tui::steps::{Step, step};
use crate::tui::summary::Summary;

impl App {
    /// Where keys are read now: the screen, or the dialog or form over it.
    #[must_use]
    pub fn key_context(&self) -> KeyContext {
        match &self.screen {
            Screen::Day(view) => match view.dialog {
                None => KeyContext::Day,
                Some(DayDialog::Detail) => KeyContext::Detail,
                Some(DayDialog::ConfirmDelete) => KeyContext::ConfirmDelete,
                Some(DayDialog::LeaveUnsaved) => KeyContext::LeaveUnsaved,
                Some(DayDialog::PickPlan(_)) => KeyContext::PickPlan,
            },
            Screen::Resume {
                confirm_discard: false,
                ..
            } => KeyContext::Resume,
            Screen::Resume { .. } => KeyContext::ConfirmDiscardInterrupted,
            Screen::Session { overlay, .. } => match overlay {
                None => KeyContext::Session,
                Some(Overlay::Leave) => KeyContext::Leave,
                Some(Overlay::ConfirmDiscard) => KeyContext::ConfirmDiscard,
                Some(Overlay::Summary(_)) => KeyContext::Summary,
            },
            Screen::Finish { .. } | Screen::Edit { .. } => KeyContext::Edit,
            Screen::Add { overlap: None, .. } => KeyContext::Add,
            Screen::Add { .. } => KeyContext::ConfirmOverlap,
            Screen::History(_) => KeyContext::History,
        }
    }

    /// A key press.
    pub fn on_key(&mut self, key: &KeyEvent, now: Now) -> Vec<Outcome> {
        if key.kind != KeyEventKind::Press {
            return Vec::new();
        }
        let mut outcomes = self.pass_time(now);
        let context = self.key_context();
        if self.help
            && let Some(rows) = scroll_rows(key)
        {
            // The arrows and page keys scroll a help that does not fit.
            self.help_scroll = self.help_scroll.saturating_add_signed(rows);
        } else if self.help {
            // Any other key closes the help; over a running session the let-down
            // key also records, so a tap is never swallowed by the overlay.
            self.help = false;
            self.help_scroll = 0;
            if matches!(self.screen, Screen::Session { .. }) && self.keymap.is(Action::Letdown, key)
            {
                self.take_step(Step::Command(Command::Letdown), now, &mut outcomes);
            }
        } else {
            self.take_key(key, context, now, &mut outcomes);
        }
        self.forget_undo_once_work_begins();
        self.beat(now, &mut outcomes);
        outcomes
    }

    fn take_key(
        &mut self,
        key: &KeyEvent,
        context: KeyContext,
        now: Now,
        outcomes: &mut Vec<Outcome>,
    ) {
        let keymap = &self.keymap;
        let form = match &mut self.screen {
            Screen::Session {
                overlay: Some(Overlay::Summary(form)),
                ..
            }
            | Screen::Finish { form, .. }
            | Screen::Edit { form, .. }
            | Screen::Add {
                form,
                overlap: None,
            } => Some(form),
            _ => None,
        };
        if let Some(form) = form
            && form.takes_text(key, keymap)
        {
            form.type_key(key, now.wall);
            return;
        }
        let action = self.keymap.action(context, key);
        if context == KeyContext::Resume && action.is_none() && self.keymap.is(Action::Letdown, key)
        {
            let resume = self.keymap.label(Action::Resume);
            self.say(crate::tr!("session-status-not-running", key = resume), true);
            return;
        }
        self.take_step(step(context, action), now, outcomes);
    }

    /// The form on screen, if any.
    pub(super) fn form_mut(&mut self) -> Option<&mut Summary> {
        match &mut self.screen {
            Screen::Session {
                overlay: Some(Overlay::Summary(form)),
                ..
            }
            | Screen::Finish { form, .. }
            | Screen::Edit { form, .. }
            | Screen::Add { form, .. } => Some(form),
            _ => None,
        }
    }
}

/// How far a key scrolls the help: the arrows a row, the page keys ten.
fn scroll_rows(key: &KeyEvent) -> Option<i16> {
    use ratatui::crossterm::event::KeyCode;
    match key.code {
        KeyCode::Up => Some(-1),
        KeyCode::Down => Some(1),
        KeyCode::PageUp => Some(-10),
        KeyCode::PageDown => Some(10),
        _ => None,
    }
}
