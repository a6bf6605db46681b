//! The session screen without a terminal: what it draws (snapshots at several
//! sizes and palettes) and how keys and time change it (a fake clock).

mod by_hand;
mod day;
mod follow;
// Shared with tests/environment, which uses other parts of it.
#[allow(dead_code)]
mod fixture;
mod history;
mod hooks;
mod learns;
mod long;
mod plans;
mod remote;
mod render;
mod setup;
mod spanish;
mod updates;
