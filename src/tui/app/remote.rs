//! Requests from other terminals (`letdown tap`, `undo`, `pause`, `next`,
//! `end`): each does what its key would, on whatever is on screen, and is
//! answered once the change is on disk. Also the socket's life: it is
//! bound while this app holds the session lock, and goes with the lock.

use std::fmt;
use std::sync::Arc;

use super::saving::word;
use super::{App, Outcome, Overlay, Screen};
use crate::format;
use crate::remote::{self, Incoming, Reply, Request};
use crate::session::{Command, Engine, Now, Plan, SessionRecord, SessionResult};
use crate::store::{Recovery, ReopenError, Stored, read_stored};
use crate::tui::keymap::Action;

/// Where requests from other terminals go: the event loop's channel.
#[derive(Clone)]
pub struct RemoteHub(Arc<dyn Fn(Incoming) -> bool + Send + Sync>);

impl RemoteHub {
    /// `deliver` hands a request to the event loop; false once it has gone.
    pub fn new(deliver: impl Fn(Incoming) -> bool + Send + Sync + 'static) -> Self {
        Self(Arc::new(deliver))
    }
}

impl fmt::Debug for RemoteHub {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RemoteHub")
    }
}

/// A session `letdown end` ended and saved.
#[derive(Debug)]
pub(super) struct Ended {
    /// Its file as read right after it was saved: reopened only if unchanged.
    stored: Stored,
    /// The running session as it was at the end, to reopen from.
    running: SessionRecord,
}

impl App {
    /// Lets requests from other terminals in: the socket is bound whenever
    /// this app holds the session lock.
    pub fn set_remote(&mut self, hub: RemoteHub) {
        self.remote = Some(hub);
        self.listen_if_held();
    }

    /// Binds the socket, if this app holds the lock and has none yet; it is
    /// tied to the lock, so that it goes just before the lock does. A
    /// socket that cannot be made is said plainly: taps from elsewhere will
    /// not reach this session.
    pub(super) fn listen_if_held(&mut self) {
        let (Some(lock), Some(hub)) = (&mut self.lock, &self.remote) else {
            return;
        };
        if lock.is_attached() {
            return;
        }
        let hub = hub.clone();
        match remote::listen(&self.state.socket_path(), move |incoming| (hub.0)(incoming)) {
            Ok(listener) => lock.attach(Box::new(listener)),
            Err(err) => {
                self.warn_until_fixed(&format!("`letdown tap` cannot reach this session: {err}"));
            }
        }
    }

    /// The store's recovery for a start from this app, with the lock it
    /// holds, if any (see [`remote::recover_to_start`]).
    pub(super) fn recover_here(&mut self) -> Recovery {
        remote::recover_to_start(&self.state, &self.data, self.lock.take())
    }

    /// A request from another terminal, carried out as its key would be;
    /// the answer is what the command prints.
    pub fn on_remote(&mut self, request: Request, now: Now) -> (Reply, Vec<Outcome>) {
        let mut outcomes = self.pass_time(now);
        let reply = match request {
            Request::Tap => self.remote_command(Command::Letdown, now, &mut outcomes),
            Request::Undo
                if !matches!(self.screen, Screen::Session { .. }) && self.ended.is_some() =>
            {
                self.reopen(now)
            }
            Request::Undo => self.remote_command(Command::Undo, now, &mut outcomes),
            Request::Pause => self.remote_command(Command::TogglePause, now, &mut outcomes),
            Request::Next => self.remote_command(Command::NextPhase, now, &mut outcomes),
            Request::End => self.remote_end(now, &mut outcomes),
            Request::Release => self.release(),
        };
        self.forget_undo_once_work_begins();
        self.beat(now);
        (reply, outcomes)
    }

    /// `undo` on the day screen reaches back to a delete, or to a remote
    /// end, only until other work begins: a session or a form opens. The
    /// lock, held only for the reopening, goes then too.
    pub(super) fn forget_undo_once_work_begins(&mut self) {
        if matches!(self.screen, Screen::Day(_) | Screen::History(_)) {
            return;
        }
        self.last_delete = None;
        if self.ended.take().is_some()
            && !matches!(
                self.screen,
                Screen::Session { .. } | Screen::Resume { .. } | Screen::Finish { .. }
            )
        {
            self.lock = None;
        }
    }

    /// Why a command for the session did nothing: the session is not
    /// running, or its summary (a form the user is filling in) is open.
    fn not_now(&self, command: Command) -> Option<Reply> {
        match &self.screen {
            Screen::Session {
                overlay: Some(Overlay::Summary(_)),
                ..
            } if command != Command::Letdown => Some(Reply::Refused(format!(
                "not done: the session's summary is open on letdown's screen ({} there saves it, {} goes back to the session)",
                self.keymap.label(Action::Save),
                self.keymap.label(Action::Cancel)
            ))),
            Screen::Session { .. } => None,
            Screen::Resume { .. } => Some(Reply::NoSession(format!(
                "no session is running; an interrupted one waits on letdown's screen ({} there resumes it)",
                self.keymap.label(Action::Resume)
            ))),
            _ => Some(Reply::NoSession(self.no_session_line())),
        }
    }

    fn no_session_line(&self) -> String {
        match &self.ended {
            Some(ended) => format!(
                "no session is running; the one ended at {} is saved (`letdown undo` reopens it)",
                crate::facts::time_of_day(
                    &ended
                        .running
                        .running
                        .as_ref()
                        .map_or(ended.running.started.0, |r| r.heartbeat.0),
                    self.config.clock
                )
            ),
            None => "no session is running".to_string(),
        }
    }

    /// A command for the running session, as its key: on disk before the
    /// answer, and the screen's confirmation is the answer's line.
    fn remote_command(&mut self, command: Command, now: Now, outcomes: &mut Vec<Outcome>) -> Reply {
        if let Some(reply) = self.not_now(command) {
            return reply;
        }
        // The confirmation must be in sight, as after the key.
        self.help = false;
        self.help_scroll = 0;
        let messages = self.command(command, now, outcomes);
        self.answer_after_save(messages.last().map(word))
    }

    /// The answer once a change was saved, or why it is not on disk yet.
    fn answer_after_save(&self, done: Option<String>) -> Reply {
        if self.unsaved {
            let why = self
                .status
                .as_ref()
                .filter(|s| s.is_warning())
                .map_or("saving failed", |s| s.text.as_str());
            return Reply::NotSaved(format!("not saved yet: {why}"));
        }
        Reply::Done(done.unwrap_or_else(|| "done".to_string()))
    }

    /// `letdown end`: the session ends now and is saved without the
    /// summary, which `v` on the day screen fills in later. Until another
    /// session starts, `letdown undo` (or `u` here) reopens it.
    fn remote_end(&mut self, now: Now, outcomes: &mut Vec<Outcome>) -> Reply {
        let Screen::Session { engine, overlay } = &mut self.screen else {
            return self
                .not_now(Command::Letdown)
                .unwrap_or_else(|| Reply::NoSession(self.no_session_line()));
        };
        if matches!(overlay, Some(Overlay::Summary(_))) {
            return Reply::Refused(format!(
                "not ended: the session's summary is open on letdown's screen ({} there saves it)",
                self.keymap.label(Action::Save)
            ));
        }
        let running = engine.snapshot(now).clone();
        let record = engine.finish(now, SessionResult::default());
        self.help = false;
        match self.file_finished(&record, now) {
            Ok(path) => {
                let (undo, edit) = (
                    self.keymap.label(Action::Undo),
                    self.keymap.label(Action::Edit),
                );
                self.ended = read_stored(&path)
                    .ok()
                    .map(|stored| Ended { stored, running });
                self.ended_last = true;
                if self.ended.is_some() {
                    self.say(
                        format!("ended and saved; {undo} reopens it, {edit} adds the volume"),
                        false,
                    );
                } else {
                    self.lock = None;
                    self.say("ended and saved", false);
                }
                outcomes.extend(self.end_hook(&record, &path));
                let reopens = if self.ended.is_some() {
                    "; `letdown undo` reopens it"
                } else {
                    ""
                };
                Reply::Done(format!(
                    "ended and saved: {}, {}{reopens}",
                    crate::facts::Length::of(record.active_secs),
                    format::plural(record.letdowns.len(), "let-down")
                ))
            }
            Err(why) => {
                self.lock = None;
                Reply::NotSaved(format!("not saved yet: {why}"))
            }
        }
    }

    /// Reopens the session `letdown end` ended: the time since counts as a
    /// pause, as after a crash. Its file must be as it was saved.
    pub(super) fn reopen(&mut self, now: Now) -> Reply {
        let (Some(ended), Some(lock)) = (self.ended.take(), self.lock.as_ref()) else {
            return Reply::NoSession(self.no_session_line());
        };
        let plan = Plan::from_config(&self.config);
        let mut engine = Engine::resume(plan, ended.running.clone(), now);
        let record = engine.snapshot(now).clone();
        match self.state.reopen(&self.data, &ended.stored, &record, lock) {
            Ok(()) => {
                self.screen = Screen::Session {
                    engine: Box::new(engine),
                    overlay: None,
                };
                self.help = false;
                self.help_scroll = 0;
                self.last_saved = now.mono;
                self.unsaved = false;
                self.start_photo();
                let line = "reopened; the time since it ended counts as a pause";
                self.say(line, false);
                Reply::Done(line.to_string())
            }
            Err(err @ (ReopenError::Changed | ReopenError::Gone)) => {
                // Nothing left to reopen: the lock was held for it alone.
                self.lock = None;
                Reply::Refused(format!("not reopened: {err}"))
            }
            Err(err) => {
                self.ended = Some(ended);
                Reply::Refused(format!("not reopened: {err}; it stays saved as it was"))
            }
        }
    }

    /// Another letdown wants to start a session: the lock goes, if it was
    /// held only for reopening a session ended here.
    fn release(&mut self) -> Reply {
        if self.ended.is_some() && matches!(self.screen, Screen::Day(_) | Screen::History(_)) {
            self.ended = None;
            self.lock = None;
            self.say(
                "a session started elsewhere; the one ended here stays saved as it is",
                false,
            );
            Reply::Done("released".to_string())
        } else {
            Reply::Refused("a session is running here".to_string())
        }
    }
}
