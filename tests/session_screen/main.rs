//! The session screen without a terminal: what it draws (snapshots at several
//! sizes and palettes) and how keys and time change it (a fake clock).

mod day;
mod fixture;
mod render;
mod updates;
