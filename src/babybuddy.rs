//! Baby Buddy: finished sessions sent to the household's Baby Buddy server
//! as pumping entries, so that whoever shares it sees them. The session
//! files stay the record; Baby Buddy is a view of them.
//!
//! Nothing here connects unless `[babybuddy]` is in the config and a sync
//! is asked for (`letdown sync`, or `auto = true` after a save): every way
//! in goes through [`Syncer::new`], which needs the table.
//!
//! - [`entry`]: a session as a pumping entry, and the mark that tells it apart.
//! - `client`: the HTTP calls, with timeouts, no redirect, no proxy.
//! - `answer`: what Baby Buddy says back.
//! - `sent`: which sessions were sent, and as which entry, in the data dir.
//! - `machine`: the state folder's part: the sync lock, the machine's name,
//!   an older version's list.
//! - `sync`: one sync: what to send, the setup checked, sending it.
//! - `carry`: one session's entry with the server, and refusals in words.
//! - `report`: what a sync would do and did, in words.
//! - `auto`: the background sync the app runs after a save.
//! - `token`: where the token is read from, and how it is kept out of sight.

mod answer;
mod auto;
mod carry;
mod client;
pub mod entry;
mod error;
mod machine;
mod report;
mod sent;
mod sync;
mod token;

pub use auto::{AutoSync, Retry};
pub use entry::{Entry, HeldBack, carries_mark, mark};
pub use error::SyncError;
pub use report::{Held, Job, JobKind, Observer, Outcome, Plan, Report};
pub use sync::{Asked, Syncer, sent_entry};
pub use token::TOKEN_ENV;
