//! The status line: what it says, in which tone, and for how long.

use std::time::Instant;

use super::{App, STATUS_FOR};

/// A line in the status area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub tone: Tone,
    /// When it goes away; none for one that stays until replaced.
    pub until: Option<Instant>,
}

pub use crate::host::Tone;

impl Status {
    /// A status line names phases and paths, which come from the config and
    /// the disk, so its text is made printable once, here.
    fn new(text: &str, tone: Tone, until: Option<Instant>) -> Self {
        Self {
            text: crate::basics::plain_words(&crate::format::printable(text)),
            tone,
            until,
        }
    }

    #[must_use]
    pub fn is_warning(&self) -> bool {
        self.tone == Tone::Warning
    }
}

impl App {
    /// Shows a line in the status area for a while.
    pub fn say(&mut self, text: impl Into<String>, warning: bool) {
        let tone = if warning { Tone::Warning } else { Tone::Done };
        self.say_as(text, tone);
    }

    /// Shows a line of a given tone for a while.
    pub fn say_as(&mut self, text: impl Into<String>, tone: Tone) {
        self.status = Some(Status::new(
            &text.into(),
            tone,
            Some(self.now.mono + STATUS_FOR),
        ));
    }

    /// A notice nobody asked for (notifications are off): it never
    /// overwrites a warning still on screen, which matters more.
    pub fn notice(&mut self, text: impl Into<String>) {
        if !self.status.as_ref().is_some_and(Status::is_warning) {
            self.say_as(text, Tone::Note);
        }
    }

    /// A warning nobody asked for (a hook failed): it never overwrites a
    /// warning still on screen, which matters as much and came first, and
    /// waits for a confirmation on screen ("let-down 3 saved") to go.
    pub fn warn(&mut self, text: impl Into<String>) {
        match &self.status {
            Some(status) if status.is_warning() => {}
            Some(status) if status.tone == Tone::Done && status.until.is_some() => {
                self.said_later = Some(text.into());
            }
            _ => self.say_as(text, Tone::Warning),
        }
    }

    /// Shows a line that stays until it is replaced.
    pub(super) fn warn_until_fixed(&mut self, text: &str) {
        self.status = Some(Status::new(text, Tone::Warning, None));
    }
}
