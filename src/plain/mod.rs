//! Line mode: the same session, day and questions as the screen, told as
//! lines of plain text with no escape sequence at all (no alternate screen,
//! no cursor movement, no colour, no box drawing), for screen readers
//! (Orca, speakup, brltty) and SSH from a phone. Each event is one line, read
//! once. The keys are the screen's (the same keymap and steps), and so are
//! the promises: a tap is on disk before its line is printed, leaving a
//! running session asks, and SIGTERM or SIGHUP save as `q` does.
//!
//! - `face`, `hosting`: the state, what keys, requests and time do to it,
//!   and the host of the running session behind it.
//! - `lines`: which lines a change of the running session makes.
//! - `ask`, `steps`: the numbered questions and what each choice does.
//! - `questions`, `typing`: the summary, one question a line, and typing its answers.
//! - `day`: the day's list.
//! - `out`: lines to the terminal, made safe; `watch`: a terminal gone without a signal.

mod ask;
mod day;
mod face;
mod hosting;
pub mod lines;
pub mod out;
pub mod questions;
mod steps;
mod typing;

use std::io;
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::thread;
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{self, Event, KeyEvent, KeyEventKind};
use ratatui::crossterm::terminal;

pub use crate::host::Opening;
pub use face::{Face, Outcome};

use crate::context::Context;
use crate::failure::Failure;
use crate::hooks::HookRunner;
use crate::host::{Opened, RemoteHub};
use crate::notify::Notifier;
use crate::remote::Incoming;
use crate::session::Now;
use out::{Out, Print};

/// Whether letdown opens in line mode: asked for (`--plain`, or
/// `LETDOWN_PLAIN`, which clap folds into the flag), or a terminal that
/// says it cannot move its cursor (`TERM=dumb`).
#[must_use]
pub fn wanted(flag: bool, term: Option<&str>) -> bool {
    flag || term == Some("dumb")
}

/// What wakes the loop.
#[derive(Debug)]
enum Wake {
    Key(KeyEvent),
    /// SIGTERM, SIGINT or SIGHUP: saved as `q` would, then out.
    Signal,
    /// The terminal went away.
    Lost,
    /// A request from another terminal (`letdown tap`).
    Remote(Incoming),
    /// A hook failed, or the sync has news: there is something to say.
    News,
}

/// Keeps the terminal in raw mode (which itself writes nothing) while it
/// lives, and puts it back however the run ends.
struct RawMode;

impl RawMode {
    fn on() -> Result<Self, Failure> {
        terminal::enable_raw_mode()
            .map_err(|err| Failure::Io(crate::tr!("plain-no-terminal", why = err.to_string())))?;
        Ok(Self)
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        let _ = terminal::disable_raw_mode();
    }
}

/// Opens line mode: the day's list, or with `start` a new session (on
/// `plan`, else the plan used last); an interrupted session is asked about
/// first, in either case.
pub fn run(context: &Context, start: bool, plan: Option<String>) -> Result<(), Failure> {
    let start_key = crate::tui::keymap::Keymap::new(&context.config.keys)
        .label(crate::tui::keymap::Action::Start);
    let Opened {
        lock,
        opening,
        notes,
    } = crate::host::open(context, start, plan, &start_key)?;
    let raw = RawMode::on()?;
    let mut out = Out::new(io::stdout());
    let notes: Vec<Print> = notes.into_iter().map(Print::Line).collect();
    let _ = out.put(&notes);
    let mut face = Face::new(context, lock, opening, Now::system());
    let (tx, rx) = mpsc::channel();
    let wake = tx.clone();
    let hooks = (!context.config.hooks.is_empty()).then(|| {
        HookRunner::new(move || {
            let _ = wake.send(Wake::News);
        })
    });
    let remote_tx = tx.clone();
    face.host_mut().set_remote(RemoteHub::new(move |incoming| {
        remote_tx.send(Wake::Remote(incoming)).is_ok()
    }));
    let wake = tx.clone();
    let sync = crate::babybuddy::AutoSync::start(context, move || {
        let _ = wake.send(Wake::News);
    });
    let world = World {
        notifier: Notifier::new(&context.config.notifications),
        hooks,
        sync,
    };
    spawn_input(tx.clone());
    let lost = tx.clone();
    crate::hangup::on_terminal_lost(move || {
        let _ = lost.send(Wake::Lost);
    });
    crate::hangup::on_quit_signal(move || {
        let _ = tx.send(Wake::Signal);
    });
    let result = event_loop(&mut face, &rx, &mut out, &world);
    drop(raw);
    if let Some(hooks) = world.hooks {
        // The user left: the hooks queued get their time; a signal leaves at once.
        let within = match result {
            Ok(true) => crate::hooks::TIME_LIMIT,
            _ => Duration::ZERO,
        };
        hooks.finish(within);
    }
    result.map(drop)
}

/// The outside world the loop reports to and hears from: desktop
/// notifications, the user's hooks, the background sync to Baby Buddy.
struct World {
    notifier: Notifier,
    hooks: Option<HookRunner>,
    sync: Option<crate::babybuddy::AutoSync>,
}

impl World {
    /// Carries out what the face asked for.
    fn carry_out(&self, outcome: Outcome) {
        match outcome {
            // No bell: a control character, and a screen reader speaks the line already.
            Outcome::Alert(alert) => {
                self.notifier.send(alert);
            }
            Outcome::Hook(event) => {
                if let Some(hooks) = &self.hooks {
                    hooks.run(event);
                }
            }
            Outcome::Saved => {
                if let Some(sync) = &self.sync {
                    sync.nudge();
                }
            }
        }
    }

    /// What the outside world has to say: notifications turned off, a hook
    /// that failed, the sync's news; each a line.
    fn news(&self) -> Vec<Print> {
        // Said without the bell, which line mode never rings.
        let notify = self
            .notifier
            .take_status()
            .map(|_| crate::tr!("plain-no-notifications"));
        let hook = self.hooks.as_ref().and_then(HookRunner::take_trouble);
        let sync = self
            .sync
            .as_ref()
            .and_then(crate::babybuddy::AutoSync::take_news);
        [notify, hook, sync]
            .into_iter()
            .flatten()
            .map(Print::Line)
            .collect()
    }
}

/// Runs until the user leaves (true) or a signal or a lost terminal ends
/// it (false), the session saved first.
fn event_loop(
    face: &mut Face,
    rx: &mpsc::Receiver<Wake>,
    out: &mut Out<io::Stdout>,
    world: &World,
) -> Result<bool, Failure> {
    loop {
        for outcome in face.take_outcomes() {
            world.carry_out(outcome);
        }
        let mut prints = face.take_prints();
        prints.extend(world.news());
        if let Err(err) = out.put(&prints) {
            // The terminal refuses output: most likely it went away.
            face.save_for_exit(Now::system());
            return Err(Failure::Io(err.to_string()));
        }
        if face.is_done() {
            return Ok(true);
        }
        let wake = {
            let now = Instant::now();
            match face.next_wake(now) {
                Some(at) => rx.recv_timeout(at.saturating_duration_since(now)),
                None => rx.recv().map_err(|_| RecvTimeoutError::Disconnected),
            }
        };
        let now = Now::system();
        match wake {
            Ok(Wake::Key(key)) => face.on_key(&key, now),
            Ok(Wake::Remote(incoming)) => {
                let reply = face.on_request(incoming.request, now);
                incoming.answer(reply);
            }
            Ok(Wake::News) | Err(RecvTimeoutError::Timeout) => face.tick(now),
            Ok(Wake::Signal | Wake::Lost) | Err(RecvTimeoutError::Disconnected) => {
                face.save_for_exit(now);
                let _ = out.put(&face.take_prints());
                return Ok(false);
            }
        }
    }
}

/// Reads keys; says the terminal is lost when reading fails.
fn spawn_input(tx: Sender<Wake>) {
    thread::spawn(move || {
        loop {
            let wake = match event::read() {
                Ok(Event::Key(key)) if key.kind == KeyEventKind::Press => Wake::Key(key),
                Ok(_) => continue,
                Err(_) => Wake::Lost,
            };
            let lost = matches!(wake, Wake::Lost);
            if tx.send(wake).is_err() || lost {
                return;
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_mode_is_asked_for_or_the_terminal_is_dumb() {
        assert!(wanted(true, Some("xterm-256color")));
        assert!(wanted(false, Some("dumb")));
        assert!(!wanted(false, Some("xterm")));
        assert!(!wanted(false, None));
    }
}
