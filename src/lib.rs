//! letdown: a gentle terminal coach for pumping breast milk.
//!
//! - [`cli`]: the command line, as clap sees it.
//! - [`commands`]: loading what each command needs, the commands that print, and dispatch.
//! - [`config`]: the config, its defaults and its checked loading.
//! - [`format`]: clock times, durations and volumes as they read.
//! - [`keys`]: key names as the config spells them.
//! - [`notify`]: desktop notifications and the bell, off the UI thread, failing soft.
//! - [`session`]: the plan, the session record and the engine.
//! - [`store`]: the data dir, the state folder, durable writes, the lock, recovery.
//! - [`stats`]: day totals and history figures.
//! - [`tui`]: the terminal app: event loop, app state, keymap, screens, widgets.

pub mod cli;
pub mod commands;
pub mod config;
pub mod format;
pub mod keys;
pub mod notify;
pub mod session;
pub mod stats;
pub mod store;
pub mod tui;
