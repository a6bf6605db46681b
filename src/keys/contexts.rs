//! Where keys are read (a screen, or a question or form over one), and what
//! each such context offers: its rows, from [`super::rows`].

use crate::facts::words::fixed;

use super::rows::{
    ADD, CONFIRM_DELETE, CONFIRM_DISCARD, CONFIRM_DISCARD_INTERRUPTED, CONFIRM_OVERLAP, DAY,
    DETAIL, EDIT, HISTORY, LEAVE, LEAVE_UNSAVED, PICK_PLAN, RESUME, Row, SESSION, SUMMARY,
};

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
    /// The form that adds a session after the fact.
    Add,
    /// Adding a session over another: sure?
    ConfirmOverlap,
    /// Choosing the plan of a new session.
    PickPlan,
    /// Leaving while a finished session is not saved in the data dir yet.
    LeaveUnsaved,
    /// The history screen.
    History,
}

impl KeyContext {
    /// Every context, for the config check.
    pub const ALL: [Self; 15] = [
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
        Self::Add,
        Self::ConfirmOverlap,
        Self::PickPlan,
        Self::LeaveUnsaved,
        Self::History,
    ];

    /// The actions this context offers, most important first: the footer
    /// keeps the first ones when it must shorten.
    #[must_use]
    pub fn rows(self) -> &'static [Row] {
        super::words::in_language(self, self.english_rows())
    }

    /// The rows as the tables word them, in English.
    fn english_rows(self) -> &'static [Row] {
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
            Self::Add => ADD,
            Self::ConfirmOverlap => CONFIRM_OVERLAP,
            Self::PickPlan => PICK_PLAN,
            Self::LeaveUnsaved => LEAVE_UNSAVED,
            Self::History => HISTORY,
        }
    }

    /// A short name for messages ("the day screen").
    #[must_use]
    pub fn label(self) -> &'static str {
        fixed(match self {
            Self::Session => "keys-context-session",
            Self::Leave => "keys-context-leave",
            Self::ConfirmDiscard | Self::ConfirmDiscardInterrupted => "keys-context-discard",
            Self::Summary => "keys-context-summary",
            Self::Edit => "keys-context-edit",
            Self::Resume => "keys-context-resume",
            Self::Day => "keys-context-day",
            Self::Detail => "keys-context-detail",
            Self::ConfirmDelete => "keys-context-delete",
            Self::Add => "keys-context-add",
            Self::ConfirmOverlap => "keys-context-overlap",
            Self::PickPlan => "keys-context-pick-plan",
            Self::LeaveUnsaved => "keys-context-unsaved",
            Self::History => "keys-context-history",
        })
    }

    /// Whether the context is a form with text fields: there a printable key
    /// without ctrl or alt is typed into the note, and editing keys edit.
    #[must_use]
    pub fn is_form(self) -> bool {
        matches!(self, Self::Summary | Self::Edit | Self::Add)
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
                | Self::ConfirmOverlap
                | Self::LeaveUnsaved
        )
    }
}
