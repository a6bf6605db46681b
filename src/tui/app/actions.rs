//! What the app does for a step: moving between screens, starting and
//! ending sessions, and the day screen's actions on its files.

use super::{App, Outcome, Screen};
use crate::session::{Engine, Now, Plan, SessionRecord, SessionResult, finish_at_heartbeat};
use crate::store::{LockError, day_of};
use crate::tui::day_screen::DayView;
use crate::tui::history_screen::{HistoryView, RANGES};
use crate::tui::keymap::Action;
use crate::tui::steps::Step;
use crate::tui::summary::Summary;

impl App {
    pub(super) fn take_step(&mut self, step: Step, now: Now, outcomes: &mut Vec<Outcome>) {
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

    pub(super) fn on_day_action(&mut self, action: Action, now: Now) {
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
                    let summary = Summary::edit(stored.clone(), &self.config);
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

    pub(super) fn trash_selected(&mut self, now: Now) {
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

    /// Starts a new session from the day screen, if this machine has none running.
    pub(super) fn start_session(&mut self, now: Now) {
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

    pub(super) fn begin_session(&mut self, now: Now) {
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

    /// Shows a day, reloaded from disk, with a session selected.
    pub(super) fn open_day(&mut self, select: Option<&SessionRecord>, now: Now) {
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

    /// Loads the photo for the session on screen, picked by its start time.
    pub(super) fn start_photo(&mut self) {
        if let Screen::Session { engine, .. } = &self.screen {
            let seed = engine.record().started.0.timestamp().unsigned_abs();
            self.photos.start(&self.config, seed);
        }
    }
}
