//! The running session without a UI: the engine, the session lock, saving
//! and its retries, the socket's requests, a remote end and its reopening,
//! and the hook queue. A key on the session screen and `letdown tap` from
//! another terminal both come through [`Host::apply`] and get the same
//! answer; the screens only draw what the host says.
//!
//! - `apply`: commands and what time alone brings ([`Host::tick`], the heartbeat).
//! - `requests`: a socket's request as the same `apply`, and its reply.
//! - `filing`: the running file, finished sessions into the data dir, retries.
//! - `starting`: the lock taken to start, a new engine, an interrupted session resumed.
//! - `hooks`: the `[hooks]` each moment asks for, queued for the loop.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::config::Config;
use crate::context::Context;
use crate::hooks::HookEvent;
use crate::notify::Alert;
use crate::remote::Incoming;
use crate::session::{Engine, Message, Now, SessionRecord};
use crate::store::{DataDir, SessionLock, StateDir, Stored};

mod apply;
mod filing;
mod hooks;
mod opening;
mod requests;
mod starting;
#[cfg(test)]
mod tests;

pub use apply::{Answer, Ask, NotNow};
pub use opening::{Opened, Opening, open};
pub use requests::{reply, word};
pub use starting::Found;

/// How often the running session is saved even when nothing happens, so a
/// crash loses at most this much clock time and the second it waits for the
/// clock's next tick (SPEC.md asks for 15 s at most).
pub const HEARTBEAT: Duration = Duration::from_secs(10);

/// How often a session the data dir refused is tried again.
pub const RETRY_EVERY: Duration = Duration::from_secs(5);

/// How a line the host says reads: done (a tick), a plain note, or a warning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Something asked for was done ("let-down 2 saved").
    Done,
    /// A word that is neither success nor trouble ("nothing to undo").
    Note,
    /// Something did not happen or needs the user ("saving failed").
    Warning,
}

/// A line for the status area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    pub text: String,
    pub tone: Tone,
    /// It stays until replaced (saving failed), rather than for a while.
    pub stays: bool,
}

/// What the host did that a face may show or carry out, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// Ring the bell and send a desktop notification, as the config allows.
    Alert(Alert),
    /// Run one of the user's `[hooks]`, off the UI thread.
    Hook(HookEvent),
    /// A line to show.
    Said(Said),
    /// A finished session left the host: into the data dir (`filed`), or
    /// kept aside in the state folder and retried. Its day shows it.
    Finished {
        record: Box<SessionRecord>,
        filed: bool,
    },
    /// Sessions kept aside went into the data dir at a retry.
    Retried,
}

/// What the screen is asking the user about the session, which a request
/// from another terminal must not cut across.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Asking {
    /// Nothing: the session runs, or none does.
    #[default]
    Nothing,
    /// The summary of the running session is being filled in; the session
    /// runs on behind it, quietly.
    Summary,
    /// An interrupted session was found: resume, finish or discard it?
    Interrupted,
}

/// A finished session the data dir refused, retried until it takes it.
#[derive(Debug, Clone)]
pub struct Pending {
    pub record: SessionRecord,
    /// Whether a copy is kept in the state folder (else only in memory).
    pub kept: bool,
}

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
struct Ended {
    /// Its file as read right after it was saved: reopened only if unchanged.
    stored: Stored,
    /// The running session as it was at the end, to reopen from.
    running: SessionRecord,
}

/// The running session and everything that keeps it safe.
#[derive(Debug)]
pub struct Host {
    config: Config,
    data: DataDir,
    state: StateDir,
    /// The running session, if one runs.
    engine: Option<Engine>,
    /// The session lock, while this process may run (or reopen) a session.
    lock: Option<SessionLock>,
    /// Where requests from other terminals go; none in tests without a loop.
    remote: Option<RemoteHub>,
    asking: Asking,
    /// A save of the running session failed; every later event retries it.
    unsaved: bool,
    /// Why it failed, as the status line says it.
    save_trouble: Option<String>,
    last_saved: Instant,
    /// Finished sessions the data dir refused; kept in the state folder and retried.
    pending: Vec<Pending>,
    last_retry: Instant,
    /// The session `letdown end` ended and saved, which `letdown undo`
    /// reopens until another session starts or other work begins.
    ended: Option<Ended>,
    /// What happened, for the face to take.
    events: Vec<Event>,
}

impl Host {
    /// A host with the lock, if this process holds it, and no session yet;
    /// the state folder's unsaved sessions are retried from the start.
    #[must_use]
    pub fn new(context: &Context, lock: Option<SessionLock>, now: Now) -> Self {
        let pending = context
            .state
            .unsaved()
            .into_iter()
            .map(|record| Pending { record, kept: true })
            .collect();
        Self {
            config: context.config.clone(),
            data: context.data.clone(),
            state: context.state.clone(),
            engine: None,
            lock,
            remote: None,
            asking: Asking::Nothing,
            unsaved: false,
            save_trouble: None,
            last_saved: now.mono,
            pending,
            last_retry: now.mono,
            ended: None,
            events: Vec::new(),
        }
    }

    /// The running session, if one runs.
    #[must_use]
    pub fn engine(&self) -> Option<&Engine> {
        self.engine.as_ref()
    }

    /// Whether a save of the running session failed and waits for a retry.
    #[must_use]
    pub fn is_unsaved(&self) -> bool {
        self.unsaved
    }

    /// Finished sessions not in the data dir yet, and whether each has a
    /// copy in the state folder.
    #[must_use]
    pub fn pending(&self) -> &[Pending] {
        &self.pending
    }

    /// Whether a session `letdown end` ended can still be reopened.
    #[must_use]
    pub fn has_ended(&self) -> bool {
        self.ended.is_some()
    }

    /// Whether this process holds the session lock.
    #[must_use]
    pub fn holds_lock(&self) -> bool {
        self.lock.is_some()
    }

    /// Says what the screen is asking the user about the session.
    pub fn set_asking(&mut self, asking: Asking) {
        self.asking = asking;
    }

    /// What happened since last asked, in order.
    pub fn take_events(&mut self) -> Vec<Event> {
        std::mem::take(&mut self.events)
    }

    /// When the heartbeat is due.
    #[must_use]
    pub fn heartbeat_at(&self) -> Instant {
        self.last_saved + HEARTBEAT
    }

    /// When the sessions kept aside are tried again, if there are any.
    #[must_use]
    pub fn retry_at(&self) -> Option<Instant> {
        (!self.pending.is_empty()).then(|| self.last_retry + RETRY_EVERY)
    }

    /// Lets the lock go: nothing runs here, nor will be reopened.
    pub fn let_go(&mut self) {
        self.lock = None;
    }

    /// Lets requests from other terminals in: the socket is bound whenever
    /// this host holds the session lock.
    pub fn set_remote(&mut self, hub: RemoteHub) {
        self.remote = Some(hub);
        self.listen_if_held();
    }

    /// Binds the socket, if this host holds the lock and has none yet; it is
    /// tied to the lock, so that it goes just before the lock does. A
    /// socket that cannot be made is said plainly: taps from elsewhere will
    /// not reach this session.
    fn listen_if_held(&mut self) {
        let (Some(lock), Some(hub)) = (&mut self.lock, &self.remote) else {
            return;
        };
        if lock.is_attached() {
            return;
        }
        let hub = hub.clone();
        match crate::remote::listen(&self.state.socket_path(), move |incoming| (hub.0)(incoming)) {
            Ok(listener) => lock.attach(Box::new(listener)),
            Err(err) => {
                self.say_stays(crate::tr!("facts-host-unreachable", why = err.to_string()));
            }
        }
    }

    /// A session `letdown end` ended is reopened only until other work
    /// begins; the lock, held only for reopening it, goes then too unless
    /// `keep_lock` (a session, or the question about an interrupted one).
    pub fn forget_ended(&mut self, keep_lock: bool) {
        if self.ended.take().is_some() && !keep_lock {
            self.lock = None;
        }
    }

    fn say(&mut self, text: impl Into<String>, tone: Tone) {
        self.events.push(Event::Said(Said {
            text: text.into(),
            tone,
            stays: false,
        }));
    }

    /// A warning that stays until something replaces it.
    fn say_stays(&mut self, text: impl Into<String>) {
        self.events.push(Event::Said(Said {
            text: text.into(),
            tone: Tone::Warning,
            stays: true,
        }));
    }

    /// The first key of an action, as the lines name it.
    fn label(&self, action: crate::keys::actions::Action) -> String {
        self.config.keys.binding(action).label()
    }
}

/// How a message of the engine reads: a tap the guard ignored is a
/// warning, a word that changed nothing a note, the rest done.
#[must_use]
pub fn tone_of(message: &Message) -> Tone {
    match message {
        Message::TapIgnored { .. } => Tone::Warning,
        Message::NothingToUndo
        | Message::AlreadyFirstPhase
        | Message::AlreadyLastPhase
        | Message::BothSides
        | Message::NoExperiment => Tone::Note,
        _ => Tone::Done,
    }
}
