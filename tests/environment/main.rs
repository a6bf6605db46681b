//! A hostile machine: a data dir that cannot be written (a path under a
//! plain file, a full or read-only filesystem), a state folder that cannot be
//! written, two letdowns at once. The session is never lost, the screen says
//! what went wrong, and a later try succeeds once the machine is fixed.

mod binary;
mod filesystems;
mod tmpfs;

#[path = "../common/skip.rs"]
mod skip;

#[path = "../pty_harness/mod.rs"]
mod pty_harness;

// The session screen tests' app in temp folders, driven by a fake clock.
#[allow(dead_code)]
#[path = "../session_screen/fixture.rs"]
mod fixture;
