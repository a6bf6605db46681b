//! `letdown tap`, `undo`, `pause`, `next` and `end`: one request to the
//! session running in another terminal, answered once the change is on
//! disk, and one plain line about it. Exit code 0 when done (a tap the
//! double-tap guard ignored included), 3 when no session runs, 1 when the
//! change is not saved yet or the session could not be reached.

use super::{Context, Failure, print};
use crate::remote::{self, ClientError, Reply, Request};
use crate::store::RunningFile;

pub fn run(context: &Context, request: Request) -> Result<(), Failure> {
    let socket = context.state.socket_path();
    match remote::send(&socket, request) {
        Ok(Reply::Done(text)) => print(&format!("{text}\n")),
        Ok(Reply::NoSession(text)) => Err(Failure::NotRunning(text)),
        Ok(Reply::NotSaved(text) | Reply::Refused(text)) => Err(Failure::Io(text)),
        Err(ClientError::Absent) => Err(not_listening(context)),
        Err(ClientError::Stale) => Err(Failure::NotRunning(with_hint(
            crate::tr!("cmd-remote-stale"),
            context,
        ))),
        Err(err @ (ClientError::TooLong(_) | ClientError::Unsafe { .. })) => {
            Err(Failure::Io(err.to_string()))
        }
        Err(ClientError::Io(why)) => {
            Err(Failure::Io(crate::tr!("cmd-remote-unreachable", why = why)))
        }
    }
}

/// No socket: no session runs, unless one does without listening (a
/// letdown from before `letdown tap`, still open).
fn not_listening(context: &Context) -> Failure {
    let state = &context.state;
    if matches!(state.running_file(), RunningFile::Running(_)) && state.is_locked_elsewhere() {
        return Failure::Io(crate::tr!("cmd-remote-not-listening"));
    }
    Failure::NotRunning(with_hint(crate::tr!("cmd-remote-no-session"), context))
}

/// `first`, and the hint when a session was interrupted and waits to be
/// resumed.
fn with_hint(first: String, context: &Context) -> String {
    match context.state.running_file() {
        RunningFile::Running(_) if !context.state.is_locked_elsewhere() => {
            crate::tr!("cmd-remote-interrupted", first = first)
        }
        _ => first,
    }
}
