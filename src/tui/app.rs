//! The app's state and how keys and time change it. Saving happens here,
//! synchronously, so that nothing is confirmed on screen before it is on disk.

use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, Timelike};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind};

use super::day_screen::DayView;
use super::history_screen::{HistoryView, RANGES};
use super::keymap::{Action, Keymap};
use super::photo::{Backend, Photos};
use super::steps::{Step, day_step, resume_step, session_step};
use super::summary::{Summary, SummaryOutcome};
use super::theme::Theme;
use super::widgets::PACER_FPS;
use crate::commands::Context;
use crate::config::{Config, Show};
use crate::notify::Alert;
use crate::session::{
    Effect, Engine, Message, Now, Plan, SessionRecord, SessionResult, finish_at_heartbeat,
};
use crate::store::{DataDir, LockError, SessionLock, StateDir, day_at, day_of};

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
}

/// A line in the status area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub warning: bool,
    /// When it goes away; none for one that stays until replaced.
    pub until: Option<Instant>,
}

/// The step of leaving a running session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leaving {
    /// End and save, discard, or go back?
    Ask,
    /// Discard: sure?
    ConfirmDiscard,
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
    /// A session is running.
    Session {
        engine: Box<Engine>,
        leaving: Option<Leaving>,
    },
    /// The summary after a session, or an edit of a stored one.
    Summary(Box<Summary>),
    /// The weeks behind.
    History(Box<HistoryView>),
}

/// How the app begins.
#[derive(Debug)]
pub enum Opening {
    /// The day screen.
    Day,
    /// A new session, now (the lock must be held).
    Fresh,
    /// A session whose process went away, found in the state folder.
    Interrupted(Box<SessionRecord>),
}

/// The whole app.
#[derive(Debug)]
pub struct App {
    pub config: Config,
    data: DataDir,
    state: StateDir,
    pub session_keys: Keymap,
    pub day_keys: Keymap,
    pub theme: Theme,
    pub screen: Screen,
    pub status: Option<Status>,
    pub help: bool,
    /// The instant of the last update; render reads the clocks from here.
    pub now: Now,
    /// A save failed; every later event retries it.
    pub unsaved: bool,
    last_saved: Instant,
    lock: Option<SessionLock>,
    /// Finished sessions the data dir refused; kept in the state folder and retried.
    pending: Vec<SessionRecord>,
    last_retry: Instant,
    /// The last session's end for which the due reminder was sent.
    reminded: Option<DateTime<FixedOffset>>,
    /// The running session's baby photo.
    pub photos: Photos,
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
        let mut app = Self {
            session_keys: Keymap::session(&context.config.keys),
            day_keys: Keymap::day(&context.config.keys),
            config: context.config.clone(),
            data: context.data.clone(),
            state: context.state.clone(),
            theme,
            screen: Screen::Day(Box::new(DayView::load(
                &context.data,
                &context.config,
                day_at(now.wall.naive_local(), context.config.day_starts_at.0),
            ))),
            status: None,
            help: false,
            now,
            unsaved: false,
            last_saved: now.mono,
            lock,
            pending: context.state.unsaved(),
            last_retry: now.mono,
            reminded: None,
            photos: Photos::default(),
        };
        match opening {
            Opening::Day => app.open_day(None, now),
            Opening::Fresh => app.begin_session(now),
            Opening::Interrupted(record) => {
                app.screen = Screen::Resume {
                    record,
                    confirm_discard: false,
                };
            }
        }
        app
    }

    /// The day the app's clock is in, as `day_starts_at` has it.
    #[must_use]
    pub fn today(&self) -> chrono::NaiveDate {
        day_at(self.now.wall.naive_local(), self.config.day_starts_at.0)
    }

    /// The keymap of what is on screen.
    #[must_use]
    pub fn keymap(&self) -> &Keymap {
        match self.screen {
            Screen::Day(_) => &self.day_keys,
            _ => &self.session_keys,
        }
    }

    /// Sets how photos are drawn, once the terminal is known, and loads the
    /// running session's photo (`letdown start` has begun one already).
    pub fn set_photo_backend(&mut self, backend: Backend) {
        self.photos.set_backend(backend);
        self.start_photo();
    }

    /// Loads the photo for the session on screen, picked by its start time.
    fn start_photo(&mut self) {
        if let Screen::Session { engine, .. } = &self.screen {
            let seed = engine.record().started.0.timestamp().unsigned_abs();
            self.photos.start(&self.config, seed);
        }
    }

    /// Shows a line in the status area for a while.
    pub fn say(&mut self, text: impl Into<String>, warning: bool) {
        self.status = Some(Status {
            text: text.into(),
            warning,
            until: Some(self.now.mono + STATUS_FOR),
        });
    }

    /// Shows a line that stays until it is replaced.
    fn warn_until_fixed(&mut self, text: String) {
        self.status = Some(Status {
            text,
            warning: true,
            until: None,
        });
    }

    /// Shows a day, reloaded from disk, with a session selected.
    fn open_day(&mut self, select: Option<&SessionRecord>, now: Now) {
        let day = select.map_or_else(|| self.today(), |r| day_of(r, self.config.day_starts_at.0));
        let mut view = DayView::load(&self.data, &self.config, day);
        if let Some(record) = select {
            view.select_id(&record.id);
        }
        // A reminder is for one falling due while letdown is open, not one already past.
        if view.due_at(&self.config).is_some_and(|due| due <= now.wall) {
            self.reminded = view.last_end;
        }
        self.screen = Screen::Day(Box::new(view));
        self.photos.stop();
    }

    /// Starts a new session from the day screen, if this machine has none running.
    fn start_session(&mut self, now: Now) {
        if self.lock.is_none() {
            match self.state.lock() {
                Ok(lock) => self.lock = Some(lock),
                Err(err @ LockError::Busy { .. }) => {
                    self.say(format!("{err}; finish it there first"), true);
                    return;
                }
                Err(err) => {
                    self.say(err.to_string(), true);
                    return;
                }
            }
        }
        match self.state.read_running() {
            Ok(Some(record)) if record.state == crate::session::State::Running => {
                self.screen = Screen::Resume {
                    record: Box::new(record),
                    confirm_discard: false,
                };
                return;
            }
            // Finished, but the data dir refused it: it must not be overwritten.
            Ok(Some(record)) => {
                if let Err(err) = self.keep_finished(record) {
                    self.lock = None;
                    self.say(
                        format!("cannot start: the last session could not be kept aside ({err})"),
                        true,
                    );
                    return;
                }
            }
            Ok(None) => {}
            // Unreadable: kept aside, never overwritten by the new session.
            Err(reason) => match self.state.set_aside() {
                Ok(kept) => self.say(
                    format!(
                        "an unreadable running session was set aside ({reason}): {}",
                        kept.display()
                    ),
                    true,
                ),
                Err(err) => {
                    self.lock = None;
                    self.say(
                        format!("cannot start: {reason}; it could not be set aside ({err})"),
                        true,
                    );
                    return;
                }
            },
        }
        if let Err(err) = self.state.check_writable() {
            self.lock = None;
            self.say(
                format!(
                    "cannot start: the state folder {} cannot be written ({err})",
                    self.state.root().display()
                ),
                true,
            );
            return;
        }
        self.begin_session(now);
    }

    fn begin_session(&mut self, now: Now) {
        let plan = Plan::from_config(&self.config);
        self.screen = Screen::Session {
            engine: Box::new(Engine::start(plan, now, &crate::session::this_host())),
            leaving: None,
        };
        // A warning from getting here (a file set aside) stays; a passing word goes.
        if !self.status.as_ref().is_some_and(|s| s.warning) {
            self.status = None;
        }
        self.save_running(now);
        self.start_photo();
    }

    /// Saves the running session; on failure keeps it in memory and says so.
    fn save_running(&mut self, now: Now) {
        let Screen::Session { engine, .. } = &mut self.screen else {
            return;
        };
        let result = self.state.write_running(engine.snapshot(now));
        self.last_saved = now.mono;
        match result {
            Ok(()) => {
                if self.unsaved {
                    self.unsaved = false;
                    self.say("saved again; nothing was lost", false);
                }
            }
            Err(err) => {
                self.unsaved = true;
                self.warn_until_fixed(format!("saving failed — kept, retrying ({err})"));
            }
        }
    }

    /// Carries out the engine's effects in order.
    fn carry_out(&mut self, effects: Vec<Effect>, now: Now) -> Vec<Outcome> {
        let mut outcomes = Vec::new();
        for effect in effects {
            match effect {
                Effect::Save => self.save_running(now),
                Effect::Notify(notice) => outcomes.push(Outcome::Alert(notice.into())),
                // While saving fails, that line stays: it matters more than a confirmation.
                Effect::Message(message) if !self.unsaved => {
                    self.say(
                        word(&message),
                        matches!(message, Message::TapIgnored { .. }),
                    );
                }
                Effect::Message(_) => {}
            }
        }
        outcomes
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
        if let Some(status) = &self.status
            && status.until.is_some_and(|until| now.mono >= until)
        {
            self.status = None;
        }
        let mut outcomes = Vec::new();
        if let Screen::Session { engine, .. } = &mut self.screen {
            let effects = engine.tick(now);
            outcomes = self.carry_out(effects, now);
        }
        if !self.pending.is_empty()
            && now.mono.saturating_duration_since(self.last_retry) >= RETRY_EVERY
        {
            self.retry_pending(now);
        }
        if let Screen::Day(view) = &self.screen
            && view.last_end != self.reminded
            && view.due_at(&self.config).is_some_and(|due| due <= now.wall)
        {
            self.reminded = view.last_end;
            let since = view
                .last_end
                .map(|end| (now.wall - end).num_seconds().max(0) as f64);
            outcomes.push(Outcome::Alert(Alert::Reminder {
                since_last_secs: since,
            }));
            self.say("a session is due, whenever you are ready", false);
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
            Screen::Summary(summary) if summary.is_pending() => Some(now + RETRY_EVERY),
            _ => None,
        };
        [status, retry, screen].into_iter().flatten().min()
    }

    /// A key press.
    pub fn on_key(&mut self, key: &KeyEvent, now: Now) -> Vec<Outcome> {
        if key.kind != KeyEventKind::Press {
            return Vec::new();
        }
        let mut outcomes = self.pass_time(now);
        if self.help {
            self.help = false;
        } else {
            self.take_key(key, now, &mut outcomes);
        }
        self.beat(now);
        outcomes
    }

    fn take_key(&mut self, key: &KeyEvent, now: Now, outcomes: &mut Vec<Outcome>) {
        let action = self.keymap().action(key);
        let step = match &mut self.screen {
            Screen::Day(view) => day_step(view.dialog, key, action),
            Screen::History(view) => {
                let days = match key.code {
                    KeyCode::Char('1') => Some(RANGES[0]),
                    KeyCode::Char('2') => Some(RANGES[1]),
                    KeyCode::Char('3') => Some(RANGES[2]),
                    KeyCode::Tab | KeyCode::Right | KeyCode::Left => Some(view.next_range()),
                    _ => None,
                };
                match days {
                    Some(days) => Step::History(days),
                    None if matches!(key.code, KeyCode::Esc | KeyCode::Char('q' | 'h')) => {
                        Step::Day(Action::Today)
                    }
                    None => Step::Stay,
                }
            }
            Screen::Session { leaving, .. } => session_step(*leaving, key, action),
            Screen::Resume {
                confirm_discard, ..
            } => resume_step(*confirm_discard, key),
            Screen::Summary(summary) => match summary.on_key(key, self.config.units) {
                SummaryOutcome::Editing => Step::Stay,
                SummaryOutcome::Cancel => Step::CloseSummary,
                SummaryOutcome::Save(result) => {
                    summary.set_result(result);
                    Step::SaveSummary
                }
            },
        };
        self.take_step(step, now, outcomes);
    }

    fn take_step(&mut self, step: Step, now: Now, outcomes: &mut Vec<Outcome>) {
        match step {
            Step::Stay => {}
            Step::Quit => outcomes.push(Outcome::Quit),
            Step::Help => self.help = true,
            Step::Leaving(next) => match &mut self.screen {
                Screen::Session { leaving, .. } => *leaving = next,
                Screen::Resume {
                    confirm_discard, ..
                } => *confirm_discard = next.is_some(),
                _ => {}
            },
            Step::Command(command) => {
                if let Screen::Session { engine, .. } = &mut self.screen {
                    let effects = engine.apply(command, now);
                    outcomes.extend(self.carry_out(effects, now));
                }
            }
            Step::End => {
                if let Screen::Session { engine, .. } = &mut self.screen {
                    let record = engine.finish(now, SessionResult::default());
                    self.open_summary(record);
                }
            }
            Step::Discard => match self.state.clear_running() {
                Ok(()) => {
                    self.lock = None;
                    self.open_day(None, now);
                    self.say("the session was discarded", false);
                }
                Err(err) => {
                    self.say(format!("could not discard: {err}"), true);
                    self.take_step(Step::Leaving(None), now, outcomes);
                }
            },
            Step::Resume => {
                if let Screen::Resume { record, .. } = &self.screen {
                    let plan = Plan::from_config(&self.config);
                    self.screen = Screen::Session {
                        engine: Box::new(Engine::resume(plan, (**record).clone(), now)),
                        leaving: None,
                    };
                    self.save_running(now);
                    self.start_photo();
                    if !self.unsaved {
                        self.say("resumed; the time away is kept as a pause", false);
                    }
                }
            }
            Step::FinishAtHeartbeat => {
                if let Screen::Resume { record, .. } = &self.screen {
                    let plan = Plan::from_config(&self.config);
                    let finished = finish_at_heartbeat(&plan, (**record).clone());
                    self.open_summary(finished);
                }
            }
            Step::LeaveForLater => {
                self.lock = None;
                self.open_day(None, now);
            }
            Step::SaveSummary => self.save_summary(now),
            Step::CloseSummary => {
                let record = match &self.screen {
                    Screen::Summary(summary) => Some(summary.record().clone()),
                    _ => None,
                };
                self.open_day(record.as_ref(), now);
            }
            Step::Day(action) => self.on_day_action(action, now),
            Step::DayDialog(dialog) => {
                if let Screen::Day(view) = &mut self.screen {
                    view.dialog = dialog.filter(|_| view.selected().is_some());
                }
            }
            Step::Trash => self.trash_selected(now),
            Step::History(days) => {
                let view = HistoryView::load(&self.data, &self.config, self.today(), days);
                self.screen = Screen::History(Box::new(view));
            }
        }
    }

    fn on_day_action(&mut self, action: Action, now: Now) {
        if action == Action::Today && !matches!(self.screen, Screen::Day(_)) {
            self.open_day(None, now);
            return;
        }
        let Screen::Day(view) = &mut self.screen else {
            return;
        };
        let shift = |days: i64| {
            view.day
                .checked_add_signed(chrono::Duration::days(days))
                .unwrap_or(view.day)
        };
        let day = match action {
            Action::PrevDay => shift(-1),
            Action::NextDay => shift(1),
            Action::Today => self.today(),
            Action::Up | Action::Down => {
                view.select(action == Action::Down);
                return;
            }
            Action::Edit => {
                if let Some(stored) = view.selected() {
                    let summary =
                        Summary::edit(stored.record.clone(), stored.path.clone(), &self.config);
                    self.screen = Screen::Summary(Box::new(summary));
                }
                return;
            }
            Action::Start => {
                self.start_session(now);
                return;
            }
            Action::History => {
                let view = HistoryView::load(&self.data, &self.config, self.today(), RANGES[0]);
                self.screen = Screen::History(Box::new(view));
                return;
            }
            _ => return,
        };
        self.screen = Screen::Day(Box::new(DayView::load(&self.data, &self.config, day)));
    }

    fn trash_selected(&mut self, now: Now) {
        let Screen::Day(view) = &mut self.screen else {
            return;
        };
        view.dialog = None;
        let Some(stored) = view.selected() else {
            return;
        };
        match self.data.trash(&stored.path) {
            Ok(to) => {
                let day = view.day;
                self.screen = Screen::Day(Box::new(DayView::load(&self.data, &self.config, day)));
                self.say(format!("moved to the trash: {}", to.display()), false);
            }
            Err(err) => self.say(format!("could not move it to the trash: {err}"), true),
        }
        self.now = now;
    }

    /// Keeps the finished record in the state folder, then asks for the summary.
    fn open_summary(&mut self, record: SessionRecord) {
        match self.state.write_running(&record) {
            Ok(()) => {
                if !self.unsaved {
                    self.status = None;
                }
            }
            Err(err) => {
                self.unsaved = true;
                self.warn_until_fixed(format!("saving failed — kept, retrying ({err})"));
            }
        }
        self.screen = Screen::Summary(Box::new(Summary::new(record, &self.config)));
        self.photos.stop();
    }

    /// Writes the summary's session: an edit rewrites its file atomically; a
    /// new session goes into the data dir, or stays in the state folder (and
    /// is retried) if the data dir refuses it.
    fn save_summary(&mut self, now: Now) {
        let Screen::Summary(summary) = &mut self.screen else {
            return;
        };
        let record = summary.record().clone();
        if let Some(path) = summary.editing().cloned() {
            match self.data.rewrite(&path, &record) {
                Ok(()) => {
                    self.open_day(Some(&record), now);
                    self.say("saved", false);
                }
                Err(err) => self.say(format!("could not save the change: {err}"), true),
            }
            return;
        }
        // The state folder first: from here on the result is never lost.
        let kept = self.state.write_running(&record).is_ok();
        match self.state.hand_over(&self.data, &record) {
            Ok(path) => {
                self.lock = None;
                self.unsaved = false;
                self.open_day(Some(&record), now);
                self.say(format!("saved: {}", path.display()), false);
            }
            Err(err) => {
                // Apart from the running file, which the next session takes.
                let kept = self.state.keep_unsaved(&record).is_ok() || kept;
                self.lock = None;
                self.unsaved = false;
                self.pending.retain(|r| r.id != record.id);
                self.pending.push(record.clone());
                self.last_retry = now.mono;
                self.open_day(Some(&record), now);
                let kept = if kept {
                    "kept safe in the state folder"
                } else {
                    "kept in memory"
                };
                self.warn_until_fixed(format!("saving failed — {kept}, retrying ({err})"));
            }
        }
    }

    /// Saves a finished session left in the running file, or keeps it apart
    /// (and retries it) so that a new session can take the running file.
    fn keep_finished(&mut self, record: SessionRecord) -> std::io::Result<()> {
        if self.state.hand_over(&self.data, &record).is_ok() {
            return Ok(());
        }
        self.state.keep_unsaved(&record)?;
        self.pending.retain(|r| r.id != record.id);
        self.pending.push(record);
        Ok(())
    }

    fn retry_pending(&mut self, now: Now) {
        self.last_retry = now.mono;
        let before = self.pending.len();
        let pending = std::mem::take(&mut self.pending);
        self.pending = pending
            .into_iter()
            .filter(|record| self.state.hand_over(&self.data, record).is_err())
            .collect();
        if self.pending.len() < before {
            if let Screen::Day(view) = &self.screen {
                let day = view.day;
                self.screen = Screen::Day(Box::new(DayView::load(&self.data, &self.config, day)));
            }
            if self.pending.is_empty() {
                self.say("saved now; nothing was lost", false);
            }
        }
    }

    /// Saves what is running before the process goes away (a signal, a
    /// lost terminal). The session stays in the state folder, to be resumed.
    pub fn save_for_exit(&mut self, now: Now) {
        match &self.screen {
            Screen::Session { .. } => self.save_running(now),
            Screen::Summary(summary) if summary.editing().is_none() => {
                let _ = self.state.write_running(summary.record());
            }
            _ => {}
        }
    }
}

/// A status message in words.
fn word(message: &Message) -> String {
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
        Message::PhaseLength { name, secs } => format!("{name} is now {}", format::min_sec(*secs)),
        Message::TargetChanged(secs) => format!("target is now {}", format::clock(*secs)),
        Message::AlreadyFirstPhase => "this is the first phase".to_string(),
        Message::AlreadyLastPhase => "this is the last phase".to_string(),
    }
}
