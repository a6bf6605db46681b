//! The one table of what keys can ask for: every action with its config name
//! and default keys, and for each screen context the actions it offers, with
//! the word its footer and dialogs show and the sentence its help shows.
//!
//! The defaults, the config check, the footers, the dialog labels and the
//! help screens are all generated from here, so that none can drift.

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
    (Action::History, "history", &["h"]),
    (Action::NextRange, "next_range", &["tab", "right"]),
    (Action::PrevRange, "prev_range", &["left"]),
    (Action::Days7, "days_7", &["1"]),
    (Action::Days30, "days_30", &["2"]),
    (Action::Days90, "days_90", &["3"]),
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

/// Where keys are read: a screen, or a dialog or form over one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyContext {
    /// A running session.
    Session,
    /// Leaving a running session: end and save, discard, or go back?
    Leave,
    /// Discarding the running session: sure?
    ConfirmDiscard,
    /// The summary form that ends a running session.
    Summary,
    /// The form that edits a stored session, or finishes an interrupted one.
    Edit,
    /// An interrupted session: resume, finish, discard, or later?
    Resume,
    /// Discarding the interrupted session: sure?
    ConfirmDiscardInterrupted,
    /// The day screen, home.
    Day,
    /// A session's detail over the day screen.
    Detail,
    /// Moving a session to the trash: sure?
    ConfirmDelete,
    /// Leaving while a finished session is not saved in the data dir yet.
    LeaveUnsaved,
    /// The history screen.
    History,
}

/// One action a context offers: the word for its footer or dialog, and the
/// sentence for its help screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub action: Action,
    pub hint: &'static str,
    pub help: &'static str,
}

const fn row(action: Action, hint: &'static str, help: &'static str) -> Row {
    Row { action, hint, help }
}

const LETDOWN: Row = row(
    Action::Letdown,
    "let-down",
    "Mark a let-down, the moment it starts; saved before it is shown.",
);
const HELP: Row = row(Action::Help, "help", "Show or hide this list.");

const SESSION: &[Row] = &[
    LETDOWN,
    row(
        Action::End,
        "end",
        "End the session: a summary asks for volume, comfort, a note.",
    ),
    row(
        Action::Quit,
        "quit",
        "Leave; with a session running, asks first.",
    ),
    HELP,
    row(Action::Undo, "undo", "Take back the last let-down."),
    row(
        Action::Pause,
        "pause",
        "Pause or resume; paused time is not counted.",
    ),
    row(Action::Next, "next", "Skip to the next phase."),
    row(Action::Back, "back", "Go back to the previous phase."),
    row(
        Action::Extend,
        "+30s",
        "30 seconds more in this phase (or on the target).",
    ),
    row(
        Action::Shorten,
        "-30s",
        "30 seconds less in this phase (or on the target).",
    ),
];

/// The let-down key in a question over a running session: it records, and
/// the session goes on.
const LETDOWN_IN_QUESTION: Row = row(
    Action::Letdown,
    "mark a let-down, and go on",
    "Mark a let-down; the question closes and the session goes on.",
);

const LEAVE: &[Row] = &[
    row(
        Action::End,
        "end and save",
        "End the session; the summary comes next.",
    ),
    row(
        Action::Discard,
        "discard it",
        "Throw the session away (asks once more).",
    ),
    LETDOWN_IN_QUESTION,
    row(
        Action::Cancel,
        "go back",
        "Back to the running session (so does any other key).",
    ),
];

const CONFIRM_DISCARD: &[Row] = &[
    row(Action::Confirm, "yes, discard", "Throw the session away."),
    LETDOWN_IN_QUESTION,
    row(
        Action::Cancel,
        "keep it",
        "Keep the session (so does any other key).",
    ),
];

/// The rows both forms share: moving between fields and choosing comfort.
const NEXT_FIELD: Row = row(
    Action::NextField,
    "next field",
    "The next field (Tab also leaves the note).",
);
const PREV_FIELD: Row = row(Action::PrevField, "previous field", "The previous field.");
const FINE: Row = row(
    Action::Fine,
    "fine",
    "Comfort: fine (on the comfort field).",
);
const TENDER: Row = row(
    Action::Tender,
    "tender",
    "Comfort: tender (on the comfort field).",
);
const PAINFUL: Row = row(
    Action::Painful,
    "painful",
    "Comfort: painful (on the comfort field).",
);

const SUMMARY: &[Row] = &[
    row(
        Action::Save,
        "save",
        "Save the session with what is filled in.",
    ),
    row(
        Action::Cancel,
        "back to the session",
        "Back to the running session; the clock went on.",
    ),
    row(
        Action::Letdown,
        "let-down",
        "A let-down, at its own moment (in the note it types a space).",
    ),
    NEXT_FIELD,
    PREV_FIELD,
    FINE,
    TENDER,
    PAINFUL,
    row(
        Action::Quit,
        "leave",
        "Leave (asks first); q on the comfort field, Ctrl-C anywhere.",
    ),
    HELP,
];

const EDIT: &[Row] = &[
    row(Action::Save, "save", "Save the change."),
    row(
        Action::Cancel,
        "leave it as it was",
        "Leave without changing anything.",
    ),
    NEXT_FIELD,
    PREV_FIELD,
    FINE,
    TENDER,
    PAINFUL,
    row(
        Action::Quit,
        "quit",
        "Leave letdown (q on the comfort field, Ctrl-C anywhere).",
    ),
    HELP,
];

const RESUME: &[Row] = &[
    row(
        Action::Resume,
        "resume it",
        "Resume it; the time away is kept as a pause.",
    ),
    row(
        Action::Finish,
        "finish it",
        "Finish it at its last save; the summary comes next.",
    ),
    row(
        Action::Discard,
        "discard it",
        "Throw it away (asks once more).",
    ),
    row(
        Action::Cancel,
        "later",
        "Keep it for later and show the day.",
    ),
    row(
        Action::Quit,
        "leave letdown",
        "Leave letdown; it is offered again next time.",
    ),
    HELP,
];

const CONFIRM_DISCARD_INTERRUPTED: &[Row] = &[
    row(
        Action::Confirm,
        "yes, discard",
        "Throw the interrupted session away.",
    ),
    row(
        Action::Cancel,
        "keep it",
        "Keep it (so does any other key).",
    ),
];

const DAY: &[Row] = &[
    row(Action::Start, "start", "Start a session."),
    row(Action::Quit, "quit", "Leave letdown."),
    HELP,
    row(
        Action::Open,
        "detail",
        "A session's let-downs, phases and triggers.",
    ),
    row(
        Action::Edit,
        "edit",
        "Edit a session's volume, comfort and note.",
    ),
    row(
        Action::Delete,
        "delete",
        "Move a session to the trash folder (asks first).",
    ),
    row(
        Action::History,
        "history",
        "The weeks behind: charts and your own pattern.",
    ),
    row(Action::PrevDay, "day before", "The day before."),
    row(Action::NextDay, "day after", "The day after."),
    row(Action::Today, "today", "Back to today."),
    row(Action::Up, "up", "Select the session above."),
    row(Action::Down, "down", "Select the session below."),
];

const DETAIL: &[Row] = &[
    row(Action::Cancel, "close", "Close the detail."),
    row(Action::Open, "close", "Close the detail."),
    row(
        Action::Edit,
        "edit",
        "Edit this session's volume, comfort and note.",
    ),
    row(
        Action::Delete,
        "delete",
        "Move this session to the trash folder (asks first).",
    ),
    row(Action::Quit, "quit", "Leave letdown."),
    HELP,
];

const CONFIRM_DELETE: &[Row] = &[
    row(
        Action::Confirm,
        "yes, move it",
        "Move the session to the trash folder.",
    ),
    row(
        Action::Cancel,
        "keep it",
        "Keep it (so does any other key).",
    ),
];

const LEAVE_UNSAVED: &[Row] = &[
    row(
        Action::Confirm,
        "leave anyway",
        "Leave; what is kept in the state folder is saved next time.",
    ),
    row(
        Action::Cancel,
        "stay",
        "Stay while saving is retried (so does any other key).",
    ),
];

const HISTORY: &[Row] = &[
    row(
        Action::NextRange,
        "7, 30 or 90 days",
        "The next range: 7, 30 or 90 days.",
    ),
    row(Action::Days7, "7, 30 or 90 days", "The last 7 days."),
    row(Action::Days30, "7, 30 or 90 days", "The last 30 days."),
    row(Action::Days90, "7, 30 or 90 days", "The last 90 days."),
    row(Action::Cancel, "back to the day", "Back to the day screen."),
    row(
        Action::History,
        "back to the day",
        "Back to the day screen.",
    ),
    row(Action::Quit, "quit", "Leave letdown."),
    HELP,
    row(Action::PrevRange, "range before", "The range before."),
];

impl KeyContext {
    /// Every context, for the config check.
    pub const ALL: [Self; 12] = [
        Self::Session,
        Self::Leave,
        Self::ConfirmDiscard,
        Self::Summary,
        Self::Edit,
        Self::Resume,
        Self::ConfirmDiscardInterrupted,
        Self::Day,
        Self::Detail,
        Self::ConfirmDelete,
        Self::LeaveUnsaved,
        Self::History,
    ];

    /// The actions this context offers, most important first: the footer
    /// keeps the first ones when it must shorten.
    #[must_use]
    pub fn rows(self) -> &'static [Row] {
        match self {
            Self::Session => SESSION,
            Self::Leave => LEAVE,
            Self::ConfirmDiscard => CONFIRM_DISCARD,
            Self::Summary => SUMMARY,
            Self::Edit => EDIT,
            Self::Resume => RESUME,
            Self::ConfirmDiscardInterrupted => CONFIRM_DISCARD_INTERRUPTED,
            Self::Day => DAY,
            Self::Detail => DETAIL,
            Self::ConfirmDelete => CONFIRM_DELETE,
            Self::LeaveUnsaved => LEAVE_UNSAVED,
            Self::History => HISTORY,
        }
    }

    /// A short name for messages ("the day screen").
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Session => "the session screen",
            Self::Leave => "the leave question",
            Self::ConfirmDiscard | Self::ConfirmDiscardInterrupted => "the discard question",
            Self::Summary => "the summary form",
            Self::Edit => "the edit form",
            Self::Resume => "the resume question",
            Self::Day => "the day screen",
            Self::Detail => "the session detail",
            Self::ConfirmDelete => "the delete question",
            Self::LeaveUnsaved => "the unsaved-session question",
            Self::History => "the history screen",
        }
    }

    /// Whether the context is a form with text fields: there a printable key
    /// without ctrl or alt is typed into the note, and editing keys edit.
    #[must_use]
    pub fn is_form(self) -> bool {
        matches!(self, Self::Summary | Self::Edit)
    }

    /// Whether any key the context does not bind closes it (a question that
    /// asks first: only its yes-key acts).
    #[must_use]
    pub fn any_other_key_cancels(self) -> bool {
        matches!(
            self,
            Self::Leave
                | Self::ConfirmDiscard
                | Self::ConfirmDiscardInterrupted
                | Self::ConfirmDelete
                | Self::LeaveUnsaved
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
