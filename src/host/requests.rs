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
        Ok(Answer::Done(messages)) => {
            Reply::Done(messages.last().map_or_else(|| "done".to_string(), word))
        }
        Ok(Answer::Ended(line) | Answer::Reopened(line)) => Reply::Done(line.clone()),
        Ok(Answer::Released) => Reply::Done("released".to_string()),
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
    match message {
        Message::LetdownSaved(n) => format!("let-down {n} saved"),
        Message::TapIgnored { guard_secs } => {
            format!("tap ignored: within {guard_secs:.0} s of the last")
        }
        Message::Undone(n) => format!("last let-down taken back ({n} now)"),
        Message::NothingToUndo => "nothing to undo".to_string(),
        Message::Paused => "paused — the clock is stopped".to_string(),
        Message::Resumed => "resumed".to_string(),
        Message::PhaseChanged(name) => format!("now: {name}"),
        Message::PhaseLength { name, secs } => {
            format!("{name} is now {}", crate::facts::Length::of(*secs))
        }
        Message::TargetChanged(secs) => format!("target is now {}", format::clock(*secs)),
        Message::AlreadyFirstPhase => "this is the first phase".to_string(),
        Message::AlreadyLastPhase => "this is the last phase".to_string(),
        Message::LeftExperiment => crate::facts::experiment::LEFT_OUT.to_string(),
        Message::NoExperiment => crate::facts::experiment::NONE_RUNNING.to_string(),
        Message::SideSwitched(side) => crate::facts::setup::now_on(*side),
        Message::BothSides => crate::facts::setup::BOTH_SIDES.to_string(),
    }
}
