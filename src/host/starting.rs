//! How a session comes to run here: the lock taken (with the store's
//! recovery deciding, as at start-up), a new engine on a plan, an
//! interrupted session resumed.

use super::{Asking, Host, Tone};
use crate::config::Config;
use crate::session::{Engine, Now, Plan, SessionRecord};
use crate::store::{CannotStart, DataDir, LockError, Recovery};

/// What taking the lock to start found.
#[derive(Debug)]
pub enum Found {
    /// Nothing in the way: a session may begin.
    Clear,
    /// An interrupted session waits: resume, finish or discard it.
    Interrupted(Box<SessionRecord>),
}

impl Host {
    /// Takes the lock to start a session, unless held already: the store's
    /// recovery decides, as it does at start-up, and what it set aside is
    /// retried. None when no session can start here; the warning says why.
    pub fn take_lock_to_start(&mut self) -> Option<Found> {
        let Recovery {
            mut notes,
            kept,
            outcome,
        } = crate::remote::recover_to_start(&self.state, &self.data, self.lock.take());
        self.keep_pending(kept);
        let ready = match outcome {
            Ok(ready) => ready,
            Err(err) => {
                notes.push(match err {
                    CannotStart::Lock(busy @ LockError::Busy { .. }) => {
                        crate::tr!("facts-host-busy", busy = busy.to_string())
                    }
                    other => other.to_string(),
                });
                self.say(notes.join("; "), Tone::Warning);
                return None;
            }
        };
        // A warning from getting here (a file set aside) stays through the start.
        if !notes.is_empty() {
            self.say(notes.join("; "), Tone::Warning);
        }
        self.lock = Some(ready.lock);
        self.listen_if_held();
        Some(match ready.interrupted {
            Some(record) => Found::Interrupted(record),
            None => Found::Clear,
        })
    }

    /// Begins a new session now, on the named plan, else on the plan used
    /// last; it is saved at once, and its first phase asks for its hook.
    pub fn begin(&mut self, plan: Option<String>, now: Now) {
        self.engine = Some(new_engine(&self.config, &self.data, plan, now));
        self.asking = Asking::Nothing;
        self.save_running(now);
        self.queue_first_phase_hook(now);
    }

    /// Resumes an interrupted session: the time away is kept as a pause.
    pub fn resume(&mut self, record: SessionRecord, now: Now) {
        let plan = Plan::for_record(&self.config, &record);
        self.engine = Some(Engine::resume(plan, record, now));
        self.asking = Asking::Nothing;
        self.save_running(now);
        if !self.unsaved {
            self.say(crate::tr!("facts-host-resumed"), Tone::Done);
        }
    }
}

/// A new session's engine, on the named plan, else the plan used last
/// (the standard one when it is gone).
fn new_engine(config: &Config, data: &DataDir, plan: Option<String>, now: Now) -> Engine {
    let new = crate::query::new_session(data, config, plan, now.wall);
    let mut engine = Engine::start(new.plan, now, &crate::session::this_host())
        .with_setup(crate::query::last_setup(data, config));
    if let Some(draw) = new.draw {
        engine.join_experiment(draw.arm, draw.text);
    }
    engine
}
