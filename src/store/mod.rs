//! Where sessions are kept: paths, durable writes, the data dir, the running
//! session (a journal of whole snapshots) and its lock, recovery of an
//! interrupted session, and the export formats that carry sessions out and
//! back in.

mod durable;
pub mod exchange;
mod journal;
mod lock_probe;
mod output;
pub mod paths;
mod recovery;
mod running;
mod sessions;
mod unsaved;

pub use durable::{create_private_dir, sync_dir, write_atomic, write_new};
pub use journal::FOLD_AT;
pub use output::{Existing, OutputError, write_user_file};
pub use recovery::{CannotStart, Ready, Recovery, RunningFile};
pub use running::{LockError, SessionLock, StateDir};
pub use sessions::{
    DataDir, Listing, Stored, Unreadable, day_at, day_of, parse_session, read_session,
};
