//! The one table of what keys can ask for: every action with its config name
//! and default keys. Which actions each screen context offers, with the word
//! its footer and dialogs show and the sentence its help shows, is in
//! [`super::contexts`] and [`super::rows`].
//!
//! The defaults, the config check, the footers, the dialog labels and the
//! help screens are all generated from these, so that none can drift.

use std::fmt;

/// What a key asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Action {
    /// A let-down happened.
    Letdown,
    /// Take back the last let-down.
    Undo,
    /// Pause or resume the clock.
    Pause,
    /// Skip to the next phase.
    Next,
    /// Go back to the previous phase.
    Back,
    /// 30 s more in this phase.
    Extend,
    /// 30 s less in this phase.
    Shorten,
    /// One side at a time: change to the other side.
    SwitchSide,
    /// End the session and fill in the summary.
    End,
    /// Leave (asks first while a session runs).
    Quit,
    /// Show or hide every key.
    Help,
    /// Go back one level: close a dialog, leave a form as it was.
    Cancel,
    /// Yes, to a question that asks first.
    Confirm,
    /// Throw a running or interrupted session away (asks once more).
    Discard,
    /// Pick up an interrupted session.
    Resume,
    /// Finish an interrupted session at its last save.
    Finish,
    /// Save the summary form.
    Save,
    /// The next field of a form.
    NextField,
    /// The previous field of a form.
    PrevField,
    /// Comfort: fine.
    Fine,
    /// Comfort: tender.
    Tender,
    /// Comfort: painful.
    Painful,
    /// The day before.
    PrevDay,
    /// The day after.
    NextDay,
    /// Back to today.
    Today,
    /// Select the session above.
    Up,
    /// Select the session below.
    Down,
    /// A session's detail.
    Open,
    /// Edit a session's volume, comfort and note.
    Edit,
    /// Move a session to the trash.
    Delete,
    /// Start a session.
    Start,
    /// Add a session that happened without the app.
    Add,
    /// Choose the plan of the next session.
    PickPlan,
    /// The weeks behind.
    History,
    /// History: the next range of days.
    NextRange,
    /// History: the previous range of days.
    PrevRange,
    /// History: the last 7 days.
    Days7,
    /// History: the last 30 days.
    Days30,
    /// History: the last 90 days.
    Days90,
    /// History: the let-down raster, or back to the charts.
    Raster,
    /// History: the milk over time, or back to the charts.
    Volumes,
    /// A page up (the let-down raster).
    PageUp,
    /// A page down (the let-down raster).
    PageDown,
    /// Leave this session out of the running experiment.
    LeaveOut,
}

/// Every action: its name in `[keys]` and its default keys.
pub const ACTIONS: &[(Action, &str, &[&str])] = &[
    (Action::Letdown, "letdown", &["space"]),
    (Action::Undo, "undo", &["u"]),
    (Action::Pause, "pause", &["p"]),
    (Action::Next, "next", &["n"]),
    (Action::Back, "back", &["b"]),
    (Action::Extend, "extend", &["+"]),
    (Action::Shorten, "shorten", &["-"]),
    (Action::SwitchSide, "switch_side", &["s"]),
    (Action::End, "end", &["e"]),
    (Action::Quit, "quit", &["q"]),
    (Action::Help, "help", &["?"]),
    (Action::Cancel, "cancel", &["esc"]),
    (Action::Confirm, "confirm", &["y"]),
    (Action::Discard, "discard", &["d"]),
    (Action::Resume, "resume", &["r", "enter"]),
    (Action::Finish, "finish", &["f"]),
    (Action::Save, "save", &["enter"]),
    (Action::NextField, "next_field", &["tab", "down"]),
    (Action::PrevField, "prev_field", &["backtab", "up"]),
    (Action::Fine, "fine", &["f"]),
    (Action::Tender, "tender", &["t"]),
    (Action::Painful, "painful", &["p"]),
    (Action::PrevDay, "prev_day", &["left"]),
    (Action::NextDay, "next_day", &["right"]),
    (Action::Today, "today", &["t"]),
    (Action::Up, "up", &["up"]),
    (Action::Down, "down", &["down"]),
    (Action::Open, "open", &["enter"]),
    (Action::Edit, "edit", &["v"]),
    (Action::Delete, "delete", &["x"]),
    (Action::Start, "start", &["s"]),
    (Action::Add, "add", &["a"]),
    (Action::PickPlan, "pick_plan", &["S"]),
    (Action::History, "history", &["h"]),
    (Action::NextRange, "next_range", &["tab", "right"]),
    (Action::PrevRange, "prev_range", &["left"]),
    (Action::Days7, "days_7", &["1"]),
    (Action::Days30, "days_30", &["2"]),
    (Action::Days90, "days_90", &["3"]),
    (Action::Raster, "raster", &["r"]),
    (Action::Volumes, "volumes", &["v"]),
    (Action::PageUp, "page_up", &["pageup"]),
    (Action::PageDown, "page_down", &["pagedown"]),
    (Action::LeaveOut, "leave_out", &["o"]),
];

impl Action {
    /// The action's name in `[keys]`.
    #[must_use]
    pub fn name(self) -> &'static str {
        ACTIONS
            .iter()
            .find(|(action, _, _)| *action == self)
            .map_or("", |(_, name, _)| name)
    }

    /// The action a `[keys]` name stands for.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        ACTIONS
            .iter()
            .find(|(_, n, _)| *n == name)
            .map(|(action, _, _)| *action)
    }

    /// Every `[keys]` name, in table order.
    pub fn names() -> impl Iterator<Item = &'static str> {
        ACTIONS.iter().map(|(_, name, _)| *name)
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::KeyContext;

    #[test]
    fn every_action_has_one_name_and_every_context_row_is_named() {
        for (i, (action, name, defaults)) in ACTIONS.iter().enumerate() {
            assert!(!defaults.is_empty(), "{name} has no default key");
            assert_eq!(Action::from_name(name), Some(*action));
            assert!(
                ACTIONS[..i]
                    .iter()
                    .all(|(a, n, _)| a != action && n != name),
                "{name} is listed twice"
            );
        }
        for context in KeyContext::ALL {
            for row in context.rows() {
                assert!(!row.action.name().is_empty(), "{:?}", row.action);
            }
        }
    }
}
