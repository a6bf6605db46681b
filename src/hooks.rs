//! The user's own commands at a moment of the session (`[hooks]` in the
//! config): soft music in the relax phase, a sound at each let-down.
//!
//! They run one at a time on a thread of their own, behind a queue of a few
//! ([`QUEUE_LEN`]; an `end` hook is never let go): [`HookRunner::run`]
//! never waits, so a hook can never delay a tap or the screen, and those
//! queued run before letdown leaves ([`HookRunner::finish`]). Each runs through `sh -c` with the facts in
//! `LETDOWN_*` variables, with stdin, stdout and stderr on `/dev/null` (it
//! must never read the keys or draw on the screen), in a process group of
//! its own, which is killed whole when its shell ends (so nothing it left in
//! the background lives on), after [`TIME_LIMIT`], and when letdown leaves. A hook that fails is said once for the status line, each hook
//! once, and the others carry on.

use std::collections::{HashSet, VecDeque};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

/// How long a hook may run before its process group is killed.
pub const TIME_LIMIT: Duration = Duration::from_secs(10);

/// How many hooks may wait behind the one running; one more is let go.
pub const QUEUE_LEN: usize = 4;

/// The moments a hook can run at, as `[hooks]` names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HookKind {
    /// A new phase began.
    Phase,
    /// A let-down was recorded.
    Letdown,
    /// The stall coach offered a trigger.
    Coach,
    /// A session ended and was saved.
    End,
    /// A session is due (on the day screen).
    Due,
}

impl HookKind {
    /// Its key in `[hooks]`, and `LETDOWN_EVENT`'s value.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Phase => "phase",
            Self::Letdown => "letdown",
            Self::Coach => "coach",
            Self::End => "end",
            Self::Due => "due",
        }
    }
}

/// One hook to run: its command line and the facts for its environment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HookEvent {
    pub kind: HookKind,
    pub command: String,
    /// `LETDOWN_*` variables and their values.
    pub vars: Vec<(&'static str, String)>,
}

/// Runs hooks on a thread of its own. [`HookRunner::finish`] lets the
/// queued ones run before letdown leaves; dropping it kills the hook that
/// runs, with its process group, and runs no more.
pub struct HookRunner {
    shared: Arc<Shared>,
    trouble: Receiver<String>,
    /// Set once a hook was let go for a full queue, so that is said once.
    dropped: std::cell::Cell<bool>,
    dropped_said: std::cell::Cell<bool>,
}

impl HookRunner {
    /// A runner whose hooks get [`TIME_LIMIT`]; `wake` is called when there
    /// is trouble to say, so that the screen says it soon.
    #[must_use]
    pub fn new(wake: impl Fn() + Send + 'static) -> Self {
        Self::with_limit(TIME_LIMIT, wake)
    }

    /// A runner whose hooks get `limit` (the tests' is short).
    #[must_use]
    pub fn with_limit(limit: Duration, wake: impl Fn() + Send + 'static) -> Self {
        let (said, trouble) = mpsc::channel();
        let shared = Arc::new(Shared::default());
        let worker = Worker {
            limit,
            shared: Arc::clone(&shared),
            said,
            wake: Box::new(wake),
            told: HashSet::new(),
        };
        // Without the thread, hooks are never run; `run` says they were let go.
        if thread::Builder::new()
            .name("letdown-hooks".to_string())
            .spawn(move || worker.serve())
            .is_err()
        {
            shared.lock().stopped = true;
        }
        Self {
            shared,
            trouble,
            dropped: std::cell::Cell::new(false),
            dropped_said: std::cell::Cell::new(false),
        }
    }

    /// Queues a hook without ever waiting; false when it was let go (the
    /// queue is full behind slow hooks). An `end` hook is never let go: it
    /// takes the place of the oldest other hook waiting.
    pub fn run(&self, event: HookEvent) -> bool {
        let mut slot = self.shared.lock();
        if slot.stopped || slot.closed {
            self.dropped.set(true);
            return false;
        }
        if slot.queue.len() >= QUEUE_LEN {
            let other = slot.queue.iter().position(|e| e.kind != HookKind::End);
            match other {
                Some(at) if event.kind == HookKind::End => {
                    slot.queue.remove(at);
                    self.dropped.set(true);
                }
                _ if event.kind == HookKind::End => {}
                _ => {
                    self.dropped.set(true);
                    return false;
                }
            }
        }
        slot.queue.push_back(event);
        drop(slot);
        self.shared.changed.notify_all();
        true
    }

    /// Lets the `end` hooks queued so far run before letdown leaves (the
    /// one right after the summary's save, say), waiting at most `within`;
    /// what still runs then is killed with its group. The hooks of the
    /// session's moments (a phase's music, a let-down's sound) end with it.
    pub fn finish(self, within: Duration) {
        let deadline = Instant::now() + within;
        let mut slot = self.shared.lock();
        slot.closed = true;
        slot.queue.retain(|event| event.kind == HookKind::End);
        if slot.running != Some(HookKind::End)
            && let Some(child) = slot.child.as_ref()
        {
            kill_group(child);
        }
        self.shared.changed.notify_all();
        while !slot.done {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            slot = self
                .shared
                .changed
                .wait_timeout(slot, left)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
    }

    /// Trouble to say in the status line, once each: a hook that failed, or
    /// hooks let go because the ones before them were still running.
    #[must_use]
    pub fn take_trouble(&self) -> Option<String> {
        if self.dropped.get() && !self.dropped_said.get() {
            self.dropped_said.set(true);
            return Some(crate::tr!("error-hook-skipped"));
        }
        self.trouble.try_recv().ok()
    }
}

impl Drop for HookRunner {
    fn drop(&mut self) {
        let mut slot = self.shared.lock();
        slot.stopped = true;
        slot.queue.clear();
        if let Some(child) = slot.child.as_ref() {
            kill_group(child);
        }
        drop(slot);
        self.shared.changed.notify_all();
    }
}

/// What the runner and its thread share: the queue, and the hook running
/// now. A hook is started and reaped only under its lock, so that a kill
/// never reaches a process group whose id was given out again, and none
/// starts once the runner is gone.
#[derive(Default)]
struct Shared {
    slot: Mutex<Slot>,
    /// Rung when a hook is queued, the queue closes, or the thread is done.
    changed: Condvar,
}

impl Shared {
    fn lock(&self) -> std::sync::MutexGuard<'_, Slot> {
        self.slot.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[derive(Default)]
struct Slot {
    queue: VecDeque<HookEvent>,
    child: Option<Child>,
    /// The kind of the hook running now.
    running: Option<HookKind>,
    /// No more hooks come: run those queued, then end.
    closed: bool,
    /// Run nothing more.
    stopped: bool,
    /// The thread has ended.
    done: bool,
}

/// The thread's side.
struct Worker {
    limit: Duration,
    shared: Arc<Shared>,
    said: mpsc::Sender<String>,
    wake: Box<dyn Fn() + Send>,
    /// The hooks whose failure was said already.
    told: HashSet<HookKind>,
}

impl Worker {
    fn serve(mut self) {
        while let Some(event) = self.next() {
            if let Err(why) = self.run_one(&event)
                && self.told.insert(event.kind)
            {
                let _ = self.said.send(crate::tr!(
                    "error-hook-failed",
                    hook = event.kind.name(),
                    why = why
                ));
                (self.wake)();
            }
        }
        self.shared.lock().done = true;
        self.shared.changed.notify_all();
    }

    /// The next hook to run, waiting for one; none once the runner is gone,
    /// or closed with nothing left queued.
    fn next(&self) -> Option<HookEvent> {
        let mut slot = self.shared.lock();
        loop {
            if slot.stopped {
                return None;
            }
            if let Some(event) = slot.queue.pop_front() {
                return Some(event);
            }
            if slot.closed {
                return None;
            }
            slot = self
                .shared
                .changed
                .wait(slot)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }

    /// Runs one hook to its end, or kills it at the time limit. Either way
    /// its process group is killed once its shell is done: what it left
    /// running in the background (`sleep 1000 &`) goes with it.
    fn run_one(&self, event: &HookEvent) -> Result<(), String> {
        use std::os::unix::process::CommandExt;
        let mut slot = self.shared.lock();
        if slot.stopped {
            return Ok(());
        }
        let child = Command::new("sh")
            .arg("-c")
            .arg(&event.command)
            .env("LETDOWN_EVENT", event.kind.name())
            .envs(event.vars.iter().map(|(k, v)| (*k, v)))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .process_group(0)
            .spawn()
            .map_err(|err| crate::tr!("error-hook-no-start", why = err.to_string()))?;
        slot.child = Some(child);
        slot.running = Some(event.kind);
        drop(slot);
        let started = Instant::now();
        let mut step = Duration::from_millis(2);
        loop {
            {
                let mut slot = self.shared.lock();
                let Some(child) = slot.child.as_mut() else {
                    return Ok(());
                };
                match child.try_wait() {
                    Ok(Some(status)) => {
                        // Reaped under the lock: the group's id is not given
                        // out again while anything of the group lives.
                        kill_group(child);
                        slot.child = None;
                        return if status.success() {
                            Ok(())
                        } else {
                            Err(match status.code() {
                                Some(code) => {
                                    crate::tr!("error-hook-exit", code = code.to_string())
                                }
                                None => crate::tr!("error-hook-signal"),
                            })
                        };
                    }
                    Ok(None) if started.elapsed() >= self.limit => {
                        kill_group(child);
                        let _ = child.wait();
                        slot.child = None;
                        return Err(crate::tr!(
                            "error-hook-too-long",
                            secs = self.limit.as_secs_f64()
                        ));
                    }
                    Ok(None) => {}
                    Err(err) => {
                        kill_group(child);
                        slot.child = None;
                        return Err(crate::tr!("error-hook-no-wait", why = err.to_string()));
                    }
                }
            }
            let left = self.limit.saturating_sub(started.elapsed());
            thread::sleep(step.min(left).max(Duration::from_millis(1)));
            step = (step * 2).min(Duration::from_millis(100));
        }
    }
}

/// Kills a hook and everything it started: its process group.
fn kill_group(child: &Child) {
    if let Some(pid) = rustix::process::Pid::from_raw(child.id().cast_signed()) {
        let _ = rustix::process::kill_process_group(pid, rustix::process::Signal::KILL);
    }
}

#[cfg(test)]
mod tests;
