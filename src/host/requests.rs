//! Requests from other terminals (`letdown tap`, `undo`, `pause`, `next`,
//! `end`, and another letdown's `release`): each is the same
//! [`Host::apply`] as its key, and its reply is the answer in one line.

use super::{Answer, Ask, Host, NotNow};
use crate::remote::{Reply, Request};
use crate::session::{Command, Message, Now};

impl Host {
    /// What a request asks: `undo` after a remote end, with no session
    /// running, reopens it; the rest are their keys' commands.
    #[must_use]
    pub fn ask_for(&self, request: Request) -> Ask {
        match request {
            Request::Tap => Ask::Session(Command::Letdown),
            Request::Undo if self.engine.is_none() && self.ended.is_some() => Ask::Reopen,
            Request::Undo => Ask::Session(Command::Undo),
            Request::Pause => Ask::Session(Command::TogglePause),
            Request::Next => Ask::Session(Command::NextPhase),
            Request::End => Ask::End,
            Request::Release => Ask::Release,
        }
    }

    /// A request from another terminal, carried out and answered; the
    /// heartbeat follows, as after a key.
    pub fn on_request(&mut self, request: Request, now: Now) -> Reply {
        self.tick(now);
        let reply = reply(&self.apply(self.ask_for(request), now));
        self.beat(now);
        reply
    }
}

/// The answer as the command prints it, and its exit code's kind.
#[must_use]
pub fn reply(result: &Result<Answer, NotNow>) -> Reply {
    match result {
        Ok(Answer::Done(messages)) => Reply::Done(
            messages
                .last()
                .map_or_else(|| crate::tr!("facts-reply-done"), word),
        ),
        Ok(Answer::Ended(line) | Answer::Reopened(line)) => Reply::Done(line.clone()),
        Ok(Answer::Released) => Reply::Done(crate::tr!("facts-reply-released")),
        Err(NotNow::NoSession(line)) => Reply::NoSession(line.clone()),
        Err(NotNow::NotSaved(line)) => Reply::NotSaved(line.clone()),
        Err(NotNow::Refused(line)) => Reply::Refused(line.clone()),
    }
}

/// A message of the engine in words: the status line's, and the line
/// `letdown tap` and the like print.
#[must_use]
pub fn word(message: &Message) -> String {
    use crate::format;
    use crate::tr;
    match message {
        Message::LetdownSaved(n) => tr!("facts-msg-letdown-saved", count = *n),
        Message::TapIgnored { guard_secs } => {
            tr!("facts-msg-tap-ignored", secs = format!("{guard_secs:.0}"))
        }
        Message::Undone(n) => tr!("facts-msg-undone", count = *n),
        Message::NothingToUndo => tr!("facts-msg-nothing-to-undo"),
        Message::Paused => tr!("facts-msg-paused"),
        Message::Resumed => tr!("facts-msg-resumed"),
        Message::PhaseChanged(name) => tr!(
            "facts-msg-phase-changed",
            phase = crate::facts::builtin::phase_name(name).into_owned()
        ),
        Message::PhaseLength { name, secs } => tr!(
            "facts-msg-phase-length",
            phase = crate::facts::builtin::phase_name(name).into_owned(),
            length = crate::facts::Length::of(*secs).to_string()
        ),
        Message::TargetChanged(secs) => tr!("facts-msg-target", target = format::clock(*secs)),
        Message::AlreadyFirstPhase => tr!("facts-msg-first-phase"),
        Message::AlreadyLastPhase => tr!("facts-msg-last-phase"),
        Message::LeftExperiment => crate::facts::experiment::left_out(),
        Message::NoExperiment => crate::facts::experiment::none_running(),
        Message::SideSwitched(side) => crate::facts::setup::now_on(*side),
        Message::BothSides => crate::facts::setup::both_sides(),
    }
}
