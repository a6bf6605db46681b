//! What a key asks of each screen, decided before the app changes, so the
//! decision reads as a table and the change happens in one place.

use ratatui::crossterm::event::{KeyCode, KeyEvent};

use super::app::Leaving;
use super::day_screen::DayDialog;
use super::keymap::Action;
use crate::session::Command;

/// One thing for the app to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Nothing.
    Stay,
    /// Leave letdown.
    Quit,
    /// Show the keys.
    Help,
    /// Open, advance or close the leaving (or discard) question.
    Leaving(Option<Leaving>),
    /// A command for the running session.
    Command(Command),
    /// End the session and open the summary.
    End,
    /// Throw the running or interrupted session away.
    Discard,
    /// Resume the interrupted session.
    Resume,
    /// Finish the interrupted session at its last heartbeat.
    FinishAtHeartbeat,
    /// Keep the interrupted session for later and go to the day screen.
    LeaveForLater,
    /// Save what the summary holds.
    SaveSummary,
    /// Leave an edit unchanged.
    CloseSummary,
    /// A day screen action.
    Day(Action),
    /// Open or close a day screen dialog.
    DayDialog(Option<DayDialog>),
    /// Move the selected session to the trash.
    Trash,
    /// Show the history of this many days.
    History(u32),
}

/// Keys on the running session's screen.
#[must_use]
pub fn session_step(leaving: Option<Leaving>, key: &KeyEvent, action: Option<Action>) -> Step {
    match leaving {
        Some(Leaving::Ask) => match key.code {
            KeyCode::Char('e') | KeyCode::Enter => Step::End,
            KeyCode::Char('d') => Step::Leaving(Some(Leaving::ConfirmDiscard)),
            _ => Step::Leaving(None),
        },
        Some(Leaving::ConfirmDiscard) => {
            if key.code == KeyCode::Char('y') {
                Step::Discard
            } else {
                Step::Leaving(None)
            }
        }
        None => match action {
            Some(Action::Letdown) => Step::Command(Command::Letdown),
            Some(Action::Undo) => Step::Command(Command::Undo),
            Some(Action::Pause) => Step::Command(Command::TogglePause),
            Some(Action::Next) => Step::Command(Command::NextPhase),
            Some(Action::Back) => Step::Command(Command::PrevPhase),
            Some(Action::Extend) => Step::Command(Command::Extend),
            Some(Action::Shorten) => Step::Command(Command::Shorten),
            Some(Action::End) => Step::End,
            Some(Action::Quit) => Step::Leaving(Some(Leaving::Ask)),
            Some(Action::Help) => Step::Help,
            _ => Step::Stay,
        },
    }
}

/// Keys on the interrupted-session question.
#[must_use]
pub fn resume_step(confirm_discard: bool, key: &KeyEvent) -> Step {
    if confirm_discard {
        return if key.code == KeyCode::Char('y') {
            Step::Discard
        } else {
            Step::Leaving(None)
        };
    }
    match key.code {
        KeyCode::Char('r') | KeyCode::Enter => Step::Resume,
        KeyCode::Char('f') => Step::FinishAtHeartbeat,
        KeyCode::Char('d') => Step::Leaving(Some(Leaving::ConfirmDiscard)),
        KeyCode::Char('q') | KeyCode::Esc => Step::LeaveForLater,
        _ => Step::Stay,
    }
}

/// Keys on the day screen, with or without a dialog open.
#[must_use]
pub fn day_step(dialog: Option<DayDialog>, key: &KeyEvent, action: Option<Action>) -> Step {
    match dialog {
        Some(DayDialog::ConfirmDelete) => {
            if key.code == KeyCode::Char('y') {
                Step::Trash
            } else {
                Step::DayDialog(None)
            }
        }
        Some(DayDialog::Detail) => match action {
            Some(Action::Edit) => Step::Day(Action::Edit),
            Some(Action::Delete) => Step::DayDialog(Some(DayDialog::ConfirmDelete)),
            _ if matches!(key.code, KeyCode::Esc | KeyCode::Enter | KeyCode::Char('q')) => {
                Step::DayDialog(None)
            }
            _ => Step::Stay,
        },
        None => match action {
            Some(Action::Quit) => Step::Quit,
            Some(Action::Help) => Step::Help,
            Some(Action::Open) => Step::DayDialog(Some(DayDialog::Detail)),
            Some(Action::Delete) => Step::DayDialog(Some(DayDialog::ConfirmDelete)),
            Some(action) => Step::Day(action),
            None => Step::Stay,
        },
    }
}
