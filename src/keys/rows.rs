//! The rows of each context, most important first: the footer keeps the
//! first ones when it must shorten.

use super::actions::Action;

/// One action a context offers: the word for its footer or dialog, and the
/// sentence for its help screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub action: Action,
    pub hint: &'static str,
    pub help: &'static str,
}

pub(super) const fn row(action: Action, hint: &'static str, help: &'static str) -> Row {
    Row { action, hint, help }
}

const LETDOWN: Row = row(
    Action::Letdown,
    "let-down",
    "Mark a let-down, the moment it starts; saved before it is shown.",
);
const HELP: Row = row(Action::Help, "help", "Show or hide this list.");

pub(super) const SESSION: &[Row] = &[
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
    row(
        Action::SwitchSide,
        "other side",
        "One side at a time: change to the other side (its time is kept).",
    ),
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
        "30 seconds less in this phase, not its first 30 (or the target).",
    ),
    row(
        Action::LeaveOut,
        "leave out",
        "Leave this session out of the running experiment.",
    ),
];

/// The let-down key in a question over a running session: it records, and
/// the session goes on.
const LETDOWN_IN_QUESTION: Row = row(
    Action::Letdown,
    "mark a let-down, and go on",
    "Mark a let-down; the question closes and the session goes on.",
);

pub(super) const LEAVE: &[Row] = &[
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

pub(super) const CONFIRM_DISCARD: &[Row] = &[
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

/// Leaving letdown from a form that is not over a running session.
const FORM_QUIT: Row = row(
    Action::Quit,
    "quit",
    "Leave letdown (q on the comfort field, Ctrl-C anywhere).",
);

pub(super) const SUMMARY: &[Row] = &[
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

pub(super) const EDIT: &[Row] = &[
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
    FORM_QUIT,
    HELP,
];

pub(super) const RESUME: &[Row] = &[
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

pub(super) const CONFIRM_DISCARD_INTERRUPTED: &[Row] = &[
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

pub(super) const DAY: &[Row] = &[
    row(
        Action::Start,
        "start",
        "Start a session, on the plan you used last.",
    ),
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
        "Edit a session: its times, let-downs, volume, comfort and note.",
    ),
    row(
        Action::Delete,
        "delete",
        "Move a session to the trash folder (asks first).",
    ),
    row(
        Action::Undo,
        "undo",
        "Bring back the session just deleted, or reopen the one `letdown end` just ended: whichever came last (until a session or a form opens).",
    ),
    row(
        Action::Add,
        "add",
        "Add a session that happened without letdown.",
    ),
    row(
        Action::History,
        "history",
        "The weeks behind: charts and your own pattern.",
    ),
    row(
        Action::PickPlan,
        "plan",
        "Choose a plan (power pumping, hands-on) and start it.",
    ),
    row(Action::PrevDay, "day before", "The day before."),
    row(Action::NextDay, "day after", "The day after."),
    row(Action::Today, "today", "Back to today."),
    row(Action::Up, "up", "Select the session above."),
    row(Action::Down, "down", "Select the session below."),
];

pub(super) const DETAIL: &[Row] = &[
    row(Action::Cancel, "close", "Close the detail."),
    row(Action::Open, "close", "Close the detail."),
    row(
        Action::Edit,
        "edit",
        "Edit this session: its times, let-downs, volume, comfort and note.",
    ),
    row(
        Action::Delete,
        "delete",
        "Move this session to the trash folder (asks first).",
    ),
    row(Action::Quit, "quit", "Leave letdown."),
    HELP,
];

pub(super) const ADD: &[Row] = &[
    row(Action::Save, "add it", "Add the session as the fields say."),
    row(
        Action::Cancel,
        "don't add",
        "Leave without adding anything.",
    ),
    NEXT_FIELD,
    PREV_FIELD,
    FINE,
    TENDER,
    PAINFUL,
    FORM_QUIT,
    HELP,
];

pub(super) const PICK_PLAN: &[Row] = &[
    row(
        Action::Open,
        "start it",
        "Start a session on the chosen plan.",
    ),
    row(Action::Cancel, "back", "Back to the day, starting nothing."),
    row(Action::Up, "up", "The plan above."),
    row(Action::Down, "down", "The plan below."),
    HELP,
];

pub(super) const CONFIRM_OVERLAP: &[Row] = &[
    row(
        Action::Confirm,
        "add it anyway",
        "Add it, though it overlaps another session.",
    ),
    row(
        Action::Cancel,
        "back to the form",
        "Back to the form to change it (so does any other key).",
    ),
];

pub(super) const CONFIRM_DELETE: &[Row] = &[
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

pub(super) const LEAVE_UNSAVED: &[Row] = &[
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

pub(super) const HISTORY: &[Row] = &[
    row(
        Action::NextRange,
        "7, 30 or 90 days",
        "The next range: 7, 30 or 90 days.",
    ),
    row(Action::Days7, "7, 30 or 90 days", "The last 7 days."),
    row(Action::Days30, "7, 30 or 90 days", "The last 30 days."),
    row(Action::Days90, "7, 30 or 90 days", "The last 90 days."),
    row(
        Action::Raster,
        "switch view",
        "The let-down raster (every session a row, every let-down a tick), or back to the charts.",
    ),
    row(Action::Cancel, "back to the day", "Back to the day screen."),
    row(
        Action::History,
        "back to the day",
        "Back to the day screen.",
    ),
    row(Action::Quit, "quit", "Leave letdown."),
    HELP,
    row(
        Action::Volumes,
        "milk",
        "The milk: volume by day with left and right, the week, the time of day, the setups and each session; or back to the charts.",
    ),
    row(Action::PrevRange, "range before", "The range before."),
    row(
        Action::Up,
        "scroll",
        "The let-down raster or the milk: one row up.",
    ),
    row(
        Action::Down,
        "scroll",
        "The let-down raster or the milk: one row down.",
    ),
    row(
        Action::PageUp,
        "scroll",
        "The let-down raster or the milk: a page up.",
    ),
    row(
        Action::PageDown,
        "scroll",
        "The let-down raster or the milk: a page down.",
    ),
];
