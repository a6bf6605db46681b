//! The app's state and how keys and time change it. The running session
//! lives in the [`Host`], which saves every change before it answers; a key
//! and a request from another terminal both go through [`Host::apply`]
//! (`hosting`), and the screens only draw what it says. What a step does
//! to the screens is in `actions`.

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
use crate::host::Host;
pub use crate::host::Opening;
use crate::notify::Alert;
use crate::session::{Engine, Now, SessionRecord};
use crate::store::{DataDir, Deleted, SessionLock, StateDir, Stored, day_at};

mod actions;
mod day_actions;
mod follow;
mod hosting;
mod keys;
mod remote;
mod saving;
mod status;

pub use crate::host::Pending;
pub use status::{Status, Tone};

/// How long a status line stays.
const STATUS_FOR: Duration = Duration::from_secs(6);

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
    /// A session is running, perhaps with a dialog or the summary over it;
    /// the session itself is the host's ([`App::engine`]).
    Session { overlay: Option<Overlay> },
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
    /// The running session, its lock, its saving and the hooks it asks for.
    host: Host,
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
    /// Whether the host's remote end came after the last delete: `u` on the
    /// day screen takes back whichever came last. Both are kept under the
    /// same rule as [`App::last_delete`].
    ended_last: bool,
    /// Outcomes of a step that returns none (the app opened, a session
    /// begun from the day screen), for the loop to take with the next ones.
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
        let mut host = Host::new(context, lock, now);
        let (screen, fresh) = match opening {
            Opening::Day => (
                Screen::Day(Box::new(DayView::load(
                    &context.data,
                    &context.config,
                    day,
                    now.wall,
                ))),
                false,
            ),
            Opening::Fresh(plan) => {
                host.begin(plan, now);
                (Screen::Session { overlay: None }, true)
            }
            Opening::Interrupted(record) => (
                Screen::Resume {
                    record,
                    confirm_discard: false,
                },
                false,
            ),
        };
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
            host,
            reminded: None,
            photos: Photos::default(),
            next_plan: None,
            last_delete: None,
            auto_sync: None,
            ended_last: false,
            queued: Vec::new(),
        };
        app.tell_host();
        // What the opening asked for: the first phase's hook of `letdown start`.
        app.queued = app.take_from_host(now);
        if fresh {
            app.start_photo();
        } else {
            app.skip_past_reminder(now);
        }
        app
    }

    /// The host of the running session.
    #[must_use]
    pub fn host(&self) -> &Host {
        &self.host
    }

    /// The running session, if one runs.
    #[must_use]
    pub fn engine(&self) -> Option<&Engine> {
        self.host.engine()
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
        self.host.pending()
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
        self.last_delete.is_some() || self.host.has_ended()
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
        let mut outcomes = self.pass_time(now);
        self.beat(now, &mut outcomes);
        outcomes
    }

    /// The host's heartbeat, after whatever else the moment brought, so
    /// that a tap's own save is the only one the tap waits for.
    fn beat(&mut self, now: Now, outcomes: &mut Vec<Outcome>) {
        self.tell_host();
        self.host.beat(now);
        outcomes.extend(self.take_from_host(now));
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
        self.tell_host();
        self.host.tick(now);
        let mut outcomes = self.take_from_host(now);
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
            self.host.queue_due_hook(since_last_secs);
            outcomes.extend(self.take_from_host(now));
            self.notice(crate::facts::notices::due_now());
        }
        outcomes
    }

    /// When the screen next changes by itself: the next visible second, the
    /// engine's next deadline, the heartbeat, a retry, a status line going
    /// away, or on the day screen the next minute and the due time.
    #[must_use]
    pub fn next_wake(&self, now: Instant) -> Option<Instant> {
        let status = self.status.as_ref().and_then(|s| s.until);
        let retry = self.host.retry_at();
        let screen = match (&self.screen, self.host.engine()) {
            (Screen::Session { .. }, Some(engine)) => {
                let second = (!engine.is_paused()).then(|| {
                    let active = engine.active_secs(now);
                    now + Duration::from_secs_f64(1.0 - active.fract() + 0.001)
                });
                // While the clock runs the heartbeat rides on its next second,
                // so an idle session wakes once a second and no more.
                let heartbeat = second.is_none().then(|| self.host.heartbeat_at());
                // The breath pacer moves between seconds, while it is on screen.
                let pacer = (!engine.is_paused()
                    && engine.phase().and_then(|p| p.show) == Some(Show::Breathe))
                .then(|| now + Duration::from_secs_f64(1.0 / PACER_FPS));
                [second, engine.next_deadline(now), heartbeat, pacer]
                    .into_iter()
                    .flatten()
                    .min()
            }
            (Screen::Day(_), _) => {
                let into_minute = f64::from(self.now.wall.second())
                    + now.saturating_duration_since(self.now.mono).as_secs_f64();
                Some(now + Duration::from_secs_f64((60.0 - into_minute % 60.0).max(0.5)))
            }
            _ => None,
        };
        [status, retry, screen].into_iter().flatten().min()
    }
}
