//! What a figure means and how it reads, decided once between the query
//! layer (which says how many) and the faces (the screens, the printing
//! commands, HTML, Markdown and JSON, which only lay these out).
//!
//! - [`cells`]: the typed cells: a [`Length`] (never like a clock time), a
//!   [`TimeOfDay`], a [`Volume`] in the user's units, a [`Share`], a
//!   [`DayLabel`], and the [`period_title`].
//! - [`builtin`]: the coach's built-in phases, prompts, triggers and plan
//!   descriptions in the user's language; the user's own as written.
//! - [`coach`]: triggers apart from pump-mode cues, enough showings to
//!   tell, the best trigger, and their words.
//! - [`experiment`]: an experiment's progress, figures and verdicts.
//! - [`learned`]: what the coach learned of the user, and its calm lines.
//! - [`notices`]: unreadable files, and since the last session and due.
//! - [`setup`]: a session's pump setup on one line, and its sides.
//! - [`volumes`]: the milk over time: days with their split, the week, the
//!   parts of the day, the figures by setup.
//! - [`words`]: short words kept as `&'static str` in the user's language.

pub mod builtin;
pub mod cells;
pub mod coach;
pub mod experiment;
pub mod learned;
pub mod notices;
pub mod setup;
pub mod volumes;
pub mod words;

pub use cells::{
    DayLabel, Length, ML_PER_OZ, Share, TimeOfDay, Volume, bin_label, period_title, time_of_day,
};
pub use coach::CoachFacts;
pub use notices::{Due, SinceLast, Unreadable};
