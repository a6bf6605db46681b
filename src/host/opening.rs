//! What a face opens on, decided once for the screen and the line mode: an
//! interrupted session to offer first, a new session when asked to start,
//! else the day; and what to say when the machine's session is busy.

use crate::context::Context;
use crate::failure::Failure;
use crate::remote;
use crate::session::SessionRecord;
use crate::store::{CannotStart, LockError, Ready, RunningFile, SessionLock};

/// How a face begins.
#[derive(Debug)]
pub enum Opening {
    /// The day.
    Day,
    /// A new session, now (the lock must be held), on the named plan, or
    /// on the plan used last.
    Fresh(Option<String>),
    /// A session whose process went away, found in the state folder.
    Interrupted(Box<SessionRecord>),
}

/// What a face opens with: the session lock when it holds it, where it
/// begins, and the notes to show once.
#[derive(Debug)]
pub struct Opened {
    pub lock: Option<SessionLock>,
    pub opening: Opening,
    pub notes: Vec<String>,
}

/// Recovers what the state folder holds and takes the lock: with `start`,
/// a new session on `plan` (a busy machine is then an error), else the day.
/// `start_key` is the key that starts a session, for the note that says so.
pub fn open(
    context: &Context,
    start: bool,
    plan: Option<String>,
    start_key: &str,
) -> Result<Opened, Failure> {
    let recovery = if start {
        remote::recover_to_start(&context.state, &context.data, None)
    } else {
        context.state.recover(&context.data, None)
    };
    // What the state folder keeps aside (`kept`) the face retries itself.
    let mut notes = recovery.notes;
    let (lock, opening) = match recovery.outcome {
        Ok(Ready {
            lock,
            interrupted: Some(record),
        }) => (Some(lock), Opening::Interrupted(record)),
        Ok(Ready { lock, .. }) if start => (Some(lock), Opening::Fresh(plan)),
        // The day takes the lock again when a session starts; held meanwhile
        // (unbound, the match would keep it to the end of the run), the
        // day's own start would find the machine busy.
        Ok(Ready { lock, .. }) => {
            drop(lock);
            (None, Opening::Day)
        }
        Err(err @ CannotStart::Lock(LockError::Busy { .. })) if start => {
            return Err(Failure::Io(crate::tr!(
                "session-open-busy",
                error = err.to_string()
            )));
        }
        Err(err) if start => return Err(Failure::Io(err.to_string())),
        Err(CannotStart::Lock(LockError::Busy { .. }))
            if context.state.running_file() == RunningFile::Absent =>
        {
            // Held by a letdown where `letdown end` ended a session it can still reopen.
            notes.push(crate::tr!("session-open-lock-held", key = start_key));
            (None, Opening::Day)
        }
        Err(err @ CannotStart::Lock(LockError::Busy { .. })) => {
            notes.push(crate::tr!("session-open-day-only", error = err.to_string()));
            (None, Opening::Day)
        }
        Err(err) => {
            notes.push(err.to_string());
            (None, Opening::Day)
        }
    };
    Ok(Opened {
        lock,
        opening,
        notes,
    })
}
