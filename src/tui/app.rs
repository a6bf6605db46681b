//! The app's state and how keys and time change it. Saving happens in
//! [`saving`], synchronously, so that nothing is confirmed on screen before it
//! is on disk; what a step does to the screens is in [`actions`].

use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, Timelike};

use super::day_screen::DayView;
use super::history_screen::HistoryView;
use super::keymap::Keymap;
use super::photo::{Backend, Photos};
use super::summary::Summary;
use super::theme::Theme;
use super::widgets::PACER_FPS;
use crate::babybuddy::AutoSync;
use crate::config::{Config, Show};
use crate::context::Context;
use crate::notify::Alert;
use crate::session::{Engine, Now, Plan, SessionRecord};
use crate::store::{DataDir, Deleted, SessionLock, StateDir, Stored, day_at};

mod actions;
mod day_actions;
mod follow;
mod hook_events;
mod keys;
mod remote;
mod saving;
mod status;

pub use remote::RemoteHub;
pub use status::{Status, Tone};

/// How often the running session is saved even when nothing happens, so a
/// crash loses at most this much clock time and the second it waits for the
/// clock's next tick (SPEC.md asks for 15 s at most).
pub const HEARTBEAT: Duration = Duration::from_secs(10);

/// How long a status line stays.
const STATUS_FOR: Duration = Duration::from_secs(6);

/// How often a session the data dir refused is tried again.
const RETRY_EVERY: Duration = Duration::from_secs(5);

/// What the outer loop must do after an update.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Ring the bell and send a desktop notification, as the config allows.
    Alert(Alert),
    /// Restore the terminal and leave.
    Quit,
    /// Run one of the user's `[hooks]`, off the UI thread.
    Hook(crate::hooks::HookEvent),
}

/// What is open over a running session (help aside, which is over any screen).
#[derive(Debug)]
pub enum Overlay {
    /// End and save, discard, or go back?
    Leave,
    /// Discard: sure?
    ConfirmDiscard,
    /// The summary form. The session runs on behind it; the record in the
    /// form ends at the moment `end` was pressed, or at a let-down since.
    Summary(Box<Summary>),
}

/// What is on screen.
#[derive(Debug)]
pub enum Screen {
    /// Home: a day's sessions.
    Day(Box<DayView>),
    /// An interrupted session was found: resume, finish, or discard?
    Resume {
        record: Box<SessionRecord>,
        confirm_discard: bool,
    },
    /// A session is running, perhaps with a dialog or the summary over it.
    Session {
        engine: Box<Engine>,
        overlay: Option<Overlay>,
    },
    /// The summary of an interrupted session finished at its last save;
    /// going back returns to the question about it.
    Finish {
        interrupted: Box<SessionRecord>,
        form: Box<Summary>,
    },
    /// An edit of a stored session.
    Edit {
        stored: Box<Stored>,
        form: Box<Summary>,
    },
    /// A session added after the fact; with the stored session it overlaps,
    /// while asking whether to add it anyway.
    Add {
        form: Box<Summary>,
        overlap: Option<Box<SessionRecord>>,
    },
    /// The weeks behind.
    History(Box<HistoryView>),
}

/// A finished session the data dir refused, retried until it takes it.
#[derive(Debug, Clone)]
pub struct Pending {
    pub record: SessionRecord,
    /// Whether a copy is kept in the state folder (else only in memory).
    pub kept: bool,
}

/// How the app begins.
#[derive(Debug)]
pub enum Opening {
    /// The day screen.
    Day,
    /// A new session, now (the lock must be held), on the named plan, or
    /// on the plan used last.
    Fresh(Option<String>),
    /// A session whose process went away, found in the state folder.
    Interrupted(Box<SessionRecord>),
}

/// The whole app.
#[derive(Debug)]
pub struct App {
    pub config: Config,
    data: DataDir,
    state: StateDir,
    pub keymap: Keymap,
    pub theme: Theme,
    pub screen: Screen,
    pub status: Option<Status>,
    /// A warning nobody asked for (a hook failed) that waits for the
    /// confirmation on screen to go, so that a tap's confirmation stays in sight.
    said_later: Option<String>,
    pub help: bool,
    /// How far the help is scrolled, in rows, when it does not fit.
    pub help_scroll: u16,
    /// The instant of the last update; render reads the clocks from here.
    pub now: Now,
    /// A save failed; every later event retries it.
    pub unsaved: bool,
    last_saved: Instant,
    lock: Option<SessionLock>,
    /// Finished sessions the data dir refused; kept in the state folder and retried.
    pending: Vec<Pending>,
    last_retry: Instant,
    /// The last session's end for which the due reminder was sent.
    reminded: Option<DateTime<FixedOffset>>,
    /// The running session's baby photo.
    pub photos: Photos,
    /// The plan the next session starts on, once the picker chose it.
    next_plan: Option<String>,
    /// The last delete of this run, which `undo` on the day screen takes
    /// back. A tired user who pressed `x` by mistake may look around first:
    /// it is kept while only the day screen (any day, the detail, help) and
    /// the history are on screen, and forgotten once a session or a form
    /// (an edit, an interrupted session's question) opens, as that is
    /// other work begun; another delete takes its place.
    last_delete: Option<Deleted>,
    /// The background sync to Baby Buddy, when `auto = true`.
    auto_sync: Option<AutoSync>,
    /// The session `letdown end` ended and saved, which `letdown undo` (or
    /// `u` on the day screen) reopens. Kept, with the lock, under the same
    /// rule as [`App::last_delete`], and until another session starts.
    ended: Option<remote::Ended>,
    /// Whether the remote end came after the last delete: `u` on the day
    /// screen takes back whichever came last.
    ended_last: bool,
    /// Where requests from other terminals go; none in tests without a loop.
    remote: Option<RemoteHub>,
    /// Outcomes of a step that returns none (a session begun), for the
    /// loop to take with the next ones.
    queued: Vec<Outcome>,
}

impl App {
    /// Opens the app; a fresh session is saved at once.
    #[must_use]
    pub fn new(
        context: &Context,
        lock: Option<SessionLock>,
        opening: Opening,
        now: Now,
        theme: Theme,
    ) -> Self {
        let day = day_at(now.wall.naive_local(), context.config.day_starts_at.0);
        let screen = match opening {
            Opening::Day => Screen::Day(Box::new(DayView::load(
                &context.data,
                &context.config,
                day,
                now.wall,
            ))),
            Opening::Fresh(plan) => Screen::Session {
                engine: Box::new(new_engine(&context.config, &context.data, plan, now)),
                overlay: None,
            },
            Opening::Interrupted(record) => Screen::Resume {
                record,
                confirm_discard: false,
            },
        };
        let pending = context
            .state
            .unsaved()
            .into_iter()
            .map(|record| Pending { record, kept: true })
            .collect();
        let mut app = Self {
            keymap: Keymap::new(&context.config.keys),
            config: context.config.clone(),
            data: context.data.clone(),
            state: context.state.clone(),
            theme,
            screen,
            status: None,
            said_later: None,
            help: false,
            help_scroll: 0,
            now,
            unsaved: false,
            last_saved: now.mono,
            lock,
            pending,
            last_retry: now.mono,
            reminded: None,
            photos: Photos::default(),
            next_plan: None,
            last_delete: None,
            auto_sync: None,
            ended: None,
            ended_last: false,
            remote: None,
            queued: Vec::new(),
        };
        match &app.screen {
            Screen::Day(_) => app.skip_past_reminder(now),
            Screen::Session { .. } => {
                app.save_running(now);
                app.start_photo();
                app.queue_first_phase_hook();
            }
            _ => {}
        }
        app
    }

    /// The day the app's clock is in, as `day_starts_at` has it.
    #[must_use]
    pub fn today(&self) -> chrono::NaiveDate {
        day_at(self.now.wall.naive_local(), self.config.day_starts_at.0)
    }

    /// Finished sessions not in the data dir yet, and whether each has a
    /// copy in the state folder.
    #[must_use]
    pub fn pending(&self) -> &[Pending] {
        &self.pending
    }

    /// The data dir, where sessions are kept.
    #[must_use]
    pub fn data_root(&self) -> &std::path::Path {
        self.data.root()
    }

    /// Whether `undo` on the day screen has something to take back: a
    /// delete, or a session ended from another terminal.
    #[must_use]
    pub fn can_undo_on_day(&self) -> bool {
        self.last_delete.is_some() || self.ended.is_some()
    }

    /// The state folder, where unsaved sessions are kept.
    #[must_use]
    pub fn state_root(&self) -> &std::path::Path {
        self.state.root()
    }

    /// Sets how photos are drawn, once the terminal is known, and loads the
    /// running session's photo (`letdown start` has begun one already).
    pub fn set_photo_backend(&mut self, backend: Backend) {
        self.photos.set_backend(backend);
        self.start_photo();
    }

    /// Sends each session to Baby Buddy in the background once it is saved
    /// (see [`AutoSync`]).
    pub fn set_auto_sync(&mut self, sync: AutoSync) {
        self.auto_sync = Some(sync);
    }

    /// Asks the background sync, if there is one, to send what was just
    /// saved; it never waits.
    fn sync_soon(&self) {
        if let Some(sync) = &self.auto_sync {
            sync.nudge();
        }
    }

    /// Outcomes queued by steps that return none, for the loop to carry out.
    pub fn take_queued(&mut self) -> Vec<Outcome> {
        std::mem::take(&mut self.queued)
    }

    /// What time alone brings: phase ends, stalls, the heartbeat, retries, reminders.
    pub fn tick(&mut self, now: Now) -> Vec<Outcome> {
        let outcomes = self.pass_time(now);
        self.beat(now);
        outcomes
    }

    /// The heartbeat: saves the running session when the last save is
    /// [`HEARTBEAT`] old, or failed, and keeps its journal short. After a key,
    /// so that a tap's own save is the only one the tap waits for.
    fn beat(&mut self, now: Now) {
        if matches!(self.screen, Screen::Session { .. })
            && (self.unsaved || now.mono.saturating_duration_since(self.last_saved) >= HEARTBEAT)
        {
            self.save_running(now);
            if !self.unsaved {
                // Folding rewrites the whole file: a heartbeat can wait for that, a tap should not.
                let _ = self.state.fold_running();
            }
        }
    }

    /// Everything [`App::tick`] does but the heartbeat.
    fn pass_time(&mut self, now: Now) -> Vec<Outcome> {
        self.now = now;
        self.photos.poll();
        if let Some(news) = self.auto_sync.as_ref().and_then(AutoSync::take_news) {
            self.notice(news);
        }
        if let Some(status) = &self.status
            && status.until.is_some_and(|until| now.mono >= until)
        {
            self.status = None;
            if let Some(text) = self.said_later.take() {
                self.say_as(text, Tone::Warning);
            }
        }
        let mut outcomes = Vec::new();
        if let Screen::Session { engine, overlay } = &mut self.screen {
            let ending = matches!(overlay, Some(Overlay::Summary(_)));
            let effects = engine.tick(now);
            outcomes = self.carry_out(effects, now);
            // The session runs on behind the summary, quietly: no bell (or
            // phase and coach hook) while it is filled in.
            if ending {
                outcomes.retain(|o| !matches!(o, Outcome::Alert(_) | Outcome::Hook(_)));
            }
        }
        if !self.pending.is_empty()
            && now.mono.saturating_duration_since(self.last_retry) >= RETRY_EVERY
        {
            self.retry_pending(now);
        }
        if let Screen::Day(view) = &self.screen
            && let Some(facts) = view.since_last(&self.config, now.wall)
            && facts.is_due()
            && Some(facts.ended) != self.reminded
        {
            self.reminded = Some(facts.ended);
            let since_last_secs = facts.ago.whole_secs() as f64;
            outcomes.push(Outcome::Alert(Alert::Reminder {
                since_last_secs: Some(since_last_secs),
            }));
            outcomes.extend(self.due_hook(since_last_secs));
            self.notice(crate::facts::notices::DUE_NOW);
        }
        outcomes
    }

    /// When the screen next changes by itself: the next visible second, the
    /// engine's next deadline, the heartbeat, a retry, a status line going
    /// away, or on the day screen the next minute and the due time.
    #[must_use]
    pub fn next_wake(&self, now: Instant) -> Option<Instant> {
        let status = self.status.as_ref().and_then(|s| s.until);
        let retry = (!self.pending.is_empty()).then(|| self.last_retry + RETRY_EVERY);
        let screen = match &self.screen {
            Screen::Session { engine, .. } => {
                let second = (!engine.is_paused()).then(|| {
                    let active = engine.active_secs(now);
                    now + Duration::from_secs_f64(1.0 - active.fract() + 0.001)
                });
                // While the clock runs the heartbeat rides on its next second,
                // so an idle session wakes once a second and no more.
                let heartbeat = second.is_none().then(|| self.last_saved + HEARTBEAT);
                // The breath pacer moves between seconds, while it is on screen.
                let pacer = (!engine.is_paused()
                    && engine.phase().and_then(|p| p.show) == Some(Show::Breathe))
                .then(|| now + Duration::from_secs_f64(1.0 / PACER_FPS));
                [second, engine.next_deadline(now), heartbeat, pacer]
                    .into_iter()
                    .flatten()
                    .min()
            }
            Screen::Day(_) => {
                let into_minute = f64::from(self.now.wall.second())
                    + now.saturating_duration_since(self.now.mono).as_secs_f64();
                Some(now + Duration::from_secs_f64((60.0 - into_minute % 60.0).max(0.5)))
            }
            _ => None,
        };
        [status, retry, screen].into_iter().flatten().min()
    }
}

/// A new session's engine, on the named plan, else the plan used last
/// (the standard one when it is gone).
fn new_engine(config: &Config, data: &DataDir, plan: Option<String>, now: Now) -> Engine {
    let name = plan.unwrap_or_else(|| crate::query::last_plan(data, config));
    let plan = Plan::named(config, &name).unwrap_or_else(|| Plan::from_config(config));
    Engine::start(plan, now, &crate::session::this_host())
        .with_setup(crate::query::last_setup(data, config))
}
