//! What an action asks of each context, decided before the app changes, so
//! the decision reads as a table and the change happens in one place.

use super::keymap::{Action, KeyContext};
use crate::session::Command;

/// One thing for the app to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Nothing.
    Stay,
    /// Leave letdown (asking first if a session is not saved yet).
    Quit,
    /// Leave letdown, though a session is not in the data dir yet.
    LeaveAnyway,
    /// Show the keys.
    Help,
    /// A command for the running session (a let-down included, from any of
    /// its dialogs and forms).
    Command(Command),
    /// Ask before leaving the running session.
    AskLeave,
    /// Ask once more before discarding.
    AskDiscard,
    /// Close the dialog over the running session.
    BackToSession,
    /// End the session and open the summary (the session runs on behind it).
    End,
    /// Throw the running or interrupted session away.
    Discard,
    /// Resume the interrupted session.
    Resume,
    /// Finish the interrupted session at its last heartbeat.
    FinishAtHeartbeat,
    /// Keep the interrupted session for later and go to the day screen.
    LeaveForLater,
    /// Back to the question about the interrupted session.
    BackToResume,
    /// Move a form's focus.
    Field { forward: bool },
    /// Choose a comfort on a form.
    Comfort(crate::session::Comfort),
    /// Save what the form holds.
    SaveForm,
    /// Leave a form: back to the session, the resume question, or the day.
    CancelForm,
    /// A day screen action.
    Day(Action),
    /// Open or close a day screen dialog.
    DayDialog(Option<super::day_screen::DayDialog>),
    /// Move the selected session to the trash.
    Trash,
    /// Add the session on the add form, though it overlaps another.
    AddAnyway,
    /// Back from the overlap question to the add form.
    BackToForm,
    /// Move the plan picker's choice up or down.
    PickPlanMove { down: bool },
    /// Start a session on the plan the picker chose.
    StartPicked,
    /// Take back the day screen's last undoable action: bring back the
    /// session the last delete moved to the trash, or reopen the session
    /// `letdown end` ended, whichever came last.
    DayUndo,
    /// Show the history of this many days.
    History(u32),
    /// The history range after (or before) the one shown.
    HistoryRange { forward: bool },
    /// The history's other view: the let-down raster, or the charts.
    HistoryView,
    /// The history's milk view, or the charts.
    HistoryVolumes,
    /// Scroll the let-down raster this many rows, down (newer) when positive.
    HistoryScroll(i32),
}

/// Rows a page key scrolls the let-down raster.
pub const PAGE_ROWS: i32 = 10;

/// The step an action asks for in a context; `None` is a key the context
/// does not bind.
#[must_use]
pub fn step(context: KeyContext, action: Option<Action>) -> Step {
    use super::day_screen::DayDialog;
    use crate::session::Comfort;
    use Action as A;
    use KeyContext as C;
    let Some(action) = action else {
        return if context.any_other_key_cancels() {
            cancel(context)
        } else {
            Step::Stay
        };
    };
    match (context, action) {
        (C::Session | C::Leave | C::ConfirmDiscard | C::Summary, A::Letdown) => {
            Step::Command(Command::Letdown)
        }
        (C::Session, A::Undo) => Step::Command(Command::Undo),
        (C::Session, A::Pause) => Step::Command(Command::TogglePause),
        (C::Session, A::Next) => Step::Command(Command::NextPhase),
        (C::Session, A::Back) => Step::Command(Command::PrevPhase),
        (C::Session, A::Extend) => Step::Command(Command::Extend),
        (C::Session, A::Shorten) => Step::Command(Command::Shorten),
        (C::Session, A::LeaveOut) => Step::Command(Command::LeaveExperiment),
        (C::Session, A::SwitchSide) => Step::Command(Command::SwitchSide),
        (C::Session | C::Leave, A::End) => Step::End,
        (C::Session | C::Summary, A::Quit) => Step::AskLeave,
        (C::Leave | C::Resume, A::Discard) => Step::AskDiscard,
        (C::ConfirmDiscard | C::ConfirmDiscardInterrupted, A::Confirm) => Step::Discard,
        (C::Summary | C::Edit | C::Add, A::Save) => Step::SaveForm,
        (C::Summary | C::Edit | C::Add, A::NextField) => Step::Field { forward: true },
        (C::Summary | C::Edit | C::Add, A::PrevField) => Step::Field { forward: false },
        (C::Summary | C::Edit | C::Add, A::Fine) => Step::Comfort(Comfort::Fine),
        (C::Summary | C::Edit | C::Add, A::Tender) => Step::Comfort(Comfort::Tender),
        (C::Summary | C::Edit | C::Add, A::Painful) => Step::Comfort(Comfort::Painful),
        (C::Resume, A::Resume) => Step::Resume,
        (C::Resume, A::Finish) => Step::FinishAtHeartbeat,
        (C::Day | C::Detail | C::History | C::Resume | C::Edit | C::Add, A::Quit) => Step::Quit,
        (C::Day | C::Detail, A::Delete) => Step::DayDialog(Some(DayDialog::ConfirmDelete)),
        (C::Day, A::Open) => Step::DayDialog(Some(DayDialog::Detail)),
        (C::Day | C::Detail, A::Edit) => Step::Day(A::Edit),
        (C::Detail, A::Open) => Step::DayDialog(None),
        (C::ConfirmDelete, A::Confirm) => Step::Trash,
        (C::ConfirmOverlap, A::Confirm) => Step::AddAnyway,
        (C::PickPlan, A::Up) => Step::PickPlanMove { down: false },
        (C::PickPlan, A::Down) => Step::PickPlanMove { down: true },
        (C::PickPlan, A::Open) => Step::StartPicked,
        (C::Day, A::Undo) => Step::DayUndo,
        (C::LeaveUnsaved, A::Confirm) => Step::LeaveAnyway,
        (C::History, A::NextRange) => Step::HistoryRange { forward: true },
        (C::History, A::PrevRange) => Step::HistoryRange { forward: false },
        (C::History, A::Days7) => Step::History(7),
        (C::History, A::Days30) => Step::History(30),
        (C::History, A::Days90) => Step::History(90),
        (C::History, A::History) => Step::Day(A::Today),
        (C::History, A::Raster) => Step::HistoryView,
        (C::History, A::Volumes) => Step::HistoryVolumes,
        (C::History, A::Up) => Step::HistoryScroll(-1),
        (C::History, A::Down) => Step::HistoryScroll(1),
        (C::History, A::PageUp) => Step::HistoryScroll(-PAGE_ROWS),
        (C::History, A::PageDown) => Step::HistoryScroll(PAGE_ROWS),
        (_, A::Help) => Step::Help,
        (_, A::Cancel) => cancel(context),
        (
            C::Day,
            A::PrevDay
            | A::NextDay
            | A::Today
            | A::Up
            | A::Down
            | A::Start
            | A::PickPlan
            | A::Add
            | A::History,
        ) => Step::Day(action),
        _ => Step::Stay,
    }
}

/// Going back one level from a context.
fn cancel(context: KeyContext) -> Step {
    use KeyContext as C;
    match context {
        C::Leave | C::ConfirmDiscard => Step::BackToSession,
        C::Summary | C::Edit | C::Add => Step::CancelForm,
        C::ConfirmOverlap => Step::BackToForm,
        C::Resume => Step::LeaveForLater,
        C::ConfirmDiscardInterrupted => Step::BackToResume,
        C::Detail | C::ConfirmDelete | C::LeaveUnsaved | C::PickPlan => Step::DayDialog(None),
        C::History => Step::Day(Action::Today),
        C::Session | C::Day => Step::Stay,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key a footer, a dialog or the help offers does something in
    /// its context: no row of the key table falls through to "nothing".
    #[test]
    fn every_row_of_every_context_does_what_it_offers() {
        let mut idle = Vec::new();
        for context in KeyContext::ALL {
            for row in context.rows() {
                if step(context, Some(row.action)) == Step::Stay {
                    idle.push(format!("{context:?} {:?} \"{}\"", row.action, row.hint));
                }
            }
        }
        assert!(idle.is_empty(), "offered but doing nothing: {idle:#?}");
    }
}
