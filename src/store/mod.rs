//! Where sessions are kept: paths, durable writes, the data dir, the running
//! session (a journal of whole snapshots) and its lock, recovery of an
//! interrupted session, reopening one ended from another terminal, the
//! trash, and the export formats that carry sessions out and back in. Every write is checked by the rules every read applies
//! ([`crate::session::SessionRecord::validate`]), and every failure is a
//! [`StoreError`] that says what happened to which file.

mod bounded;
mod durable;
mod error;
pub mod exchange;
mod journal;
mod listing;
mod lock_probe;
mod output;
pub mod paths;
mod recovery;
mod reopen;
mod running;
mod sessions;
mod stored;
mod text;
mod trash;
mod unsaved;
mod watch;

pub use bounded::{MAX_CONFIG_BYTES, MAX_IMPORT_BYTES, MAX_SESSION_BYTES};
pub(crate) use bounded::{read_bounded, refusal};
pub use durable::{Existing, create_private_dir, sync_dir, write_atomic};
pub use error::{Reason, StoreError};
pub use journal::FOLD_AT;
pub use listing::{Filed, Listing, Misfiled, PROBE_DAYS, Spot, Unreadable};
pub use output::{OutputError, write_user_file, write_user_file_with};
pub use recovery::{CannotStart, Ready, Recovery, RunningFile};
pub use reopen::ReopenError;
pub use running::{LockError, SessionLock, StateDir};
pub use sessions::{DataDir, day_at, day_of, read_session, read_stored};
pub use stored::{Fingerprint, Stored};
pub use text::parse_session;
pub use trash::{Deleted, Emptied, Moved, RestoreError, Restored, TrashListing, Trashed};
pub use watch::Watch;
