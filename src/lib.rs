//! letdown: a gentle terminal coach for pumping breast milk.
//!
//! - [`basics`]: the small words every layer shares (units, clock style, text made safe).
//! - [`babybuddy`]: finished sessions sent to the household's Baby Buddy, when asked.
//! - [`cli`]: the command line, as clap sees it.
//! - [`commands`]: the commands that print, and dispatch to the terminal app.
//! - [`config`]: the config, its defaults and its checked loading.
//! - [`context`]: what every command works with: the config and the folders it names.
//! - [`facts`]: what a figure means and how it reads: lengths, times, volumes,
//!   shares, day labels, the coach's triggers and cues, notices.
//! - [`failure`]: the error commands end with, and its exit code.
//! - [`format`]: clock times, durations and volumes as they read.
//! - [`i18n`]: the words the user reads, in their language, from Fluent files.
//! - [`hangup`]: a quit signal, or a terminal gone without one, for every face.
//! - [`hooks`]: the user's own commands at a session's moments, off the UI thread.
//! - [`host`]: the running session without a UI: engine, lock, saving, retries, the
//!   socket's requests, hooks; keys and `letdown tap` go through its one door.
//! - [`keys`]: key names as the config spells them.
//! - [`remote`]: the socket through which `letdown tap` and the like reach the running session.
//! - [`plain`]: line mode: the session, the day and the questions as plain lines of text.
//! - [`query`]: what the screens and the printing commands ask of the data: a day, history,
//!   the last session, when the next is due.
//! - [`notify`]: desktop notifications and the bell, off the UI thread, failing soft.
//! - [`report`]: the report to bring to a consultant, as one HTML page or Markdown.
//! - [`session`]: the plan, the session record, the stall coach and the engine.
//! - [`store`]: the data dir, the state folder, durable writes, the lock, recovery.
//! - [`stats`]: day totals and history figures.
//! - [`tui`]: the terminal app: event loop, app state, keymap, screens, widgets.

pub mod babybuddy;
pub mod basics;
pub mod cli;
pub mod commands;
pub mod config;
pub mod context;
pub mod experiment;
pub mod facts;
pub mod failure;
pub mod format;
pub mod hangup;
pub mod hooks;
pub mod host;
pub mod i18n;
pub mod keys;
pub mod notify;
pub mod plain;
pub mod query;
pub mod remote;
pub mod report;
pub mod session;
pub mod stats;
pub mod store;
pub mod tui;
