//! What the app does for a step: moving between screens, starting and
//! ending sessions, and the day screen's actions on its files.

use super::{App, Outcome, Overlay, Pending, Screen, Tone, new_engine};
use crate::format::time_of_day;
use crate::session::{
    Command, Effect, Engine, Message, Now, Plan, SessionRecord, SessionResult, finish_at_heartbeat,
};
use crate::store::{CannotStart, LockError, Recovery, RestoreError, day_of};
use crate::tui::day_screen::{DayDialog, DayView};
use crate::tui::history_screen::{HistoryView, RANGES};
use crate::tui::keymap::Action;
use crate::tui::steps::Step;
use crate::tui::summary::Summary;

impl App {
    pub(super) fn take_step(&mut self, step: Step, now: Now, outcomes: &mut Vec<Outcome>) {
        match step {
            Step::Stay => {}
            // A session the data dir has not taken yet: ask before leaving, on the day screen.
            Step::Quit if !self.pending.is_empty() => {
                if !matches!(self.screen, Screen::Day(_)) {
                    self.open_day(None, now);
                }
                if let Screen::Day(view) = &mut self.screen {
                    view.dialog = Some(DayDialog::LeaveUnsaved);
                }
            }
            Step::Quit | Step::LeaveAnyway => outcomes.push(Outcome::Quit),
            Step::Help => self.help = true,
            Step::AskLeave => self.set_overlay(Some(Overlay::Leave)),
            Step::AskDiscard => match &mut self.screen {
                Screen::Resume {
                    confirm_discard, ..
                } => *confirm_discard = true,
                _ => self.set_overlay(Some(Overlay::ConfirmDiscard)),
            },
            Step::BackToSession => self.set_overlay(None),
            Step::Command(command) => {
                self.command(command, now, outcomes);
            }
            Step::End => self.open_summary(now),
            Step::Discard => self.discard(now, outcomes),
            Step::Resume => self.resume(now),
            Step::FinishAtHeartbeat => self.finish_interrupted(),
            Step::LeaveForLater => {
                self.lock = None;
                self.open_day(None, now);
            }
            Step::BackToResume => self.back_to_resume(),
            Step::Field { forward } => {
                if let Some(form) = self.form_mut() {
                    form.step_focus(forward);
                }
            }
            Step::Comfort(comfort) => {
                if let Some(form) = self.form_mut() {
                    form.choose_comfort(comfort);
                }
            }
            Step::SaveForm => {
                let units = self.config.units;
                if self
                    .form_mut()
                    .is_some_and(|form| form.accept(units, now.wall))
                {
                    self.save_form(now, outcomes);
                }
            }
            Step::AddAnyway => self.save_added(now),
            Step::PickPlanMove { down } => self.move_plan_choice(down),
            Step::StartPicked => self.start_picked(now),
            Step::BackToForm => {
                if let Screen::Add { overlap, .. } = &mut self.screen {
                    *overlap = None;
                }
            }
            Step::CancelForm => match &self.screen {
                Screen::Session { .. } => self.set_overlay(None),
                Screen::Finish { .. } => self.take_step(Step::BackToResume, now, outcomes),
                Screen::Edit { stored, .. } => {
                    let record = stored.record.clone();
                    self.open_day(Some(&record), now);
                }
                Screen::Add { form, .. } => {
                    let day = form.day();
                    self.show_day(day);
                }
                _ => {}
            },
            Step::Day(action) => self.on_day_action(action, now),
            Step::DayDialog(dialog) => {
                if let Screen::Day(view) = &mut self.screen {
                    // The detail and delete need a session; closing needs nothing.
                    view.dialog = dialog
                        .filter(|d| view.selected().is_some() || *d == DayDialog::LeaveUnsaved);
                }
            }
            Step::Trash => self.trash_selected(now),
            Step::DayUndo => self.undo_on_day(now),
            Step::History(_)
            | Step::HistoryView
            | Step::HistoryScroll(_)
            | Step::HistoryRange { .. } => self.history_step(step),
        }
    }

    /// A step on the history screen: a range, the other view, a scroll.
    fn history_step(&mut self, step: Step) {
        let days = match (&mut self.screen, step) {
            (_, Step::History(days)) => Some(days),
            (Screen::History(view), Step::HistoryView) => {
                view.switch_mode();
                None
            }
            (Screen::History(view), Step::HistoryScroll(rows)) => {
                view.scroll(rows);
                None
            }
            (Screen::History(view), Step::HistoryRange { forward }) => {
                let i = RANGES.iter().position(|d| *d == view.days).unwrap_or(0);
                let n = RANGES.len();
                Some(
                    RANGES[if forward {
                        (i + 1) % n
                    } else {
                        (i + n - 1) % n
                    }],
                )
            }
            _ => None,
        };
        if let Some(days) = days {
            self.open_history(days);
        }
    }

    /// Moves the plan picker's choice, round again.
    fn move_plan_choice(&mut self, down: bool) {
        let count = self.config.plan_choices().len();
        if let Screen::Day(view) = &mut self.screen
            && let Some(DayDialog::PickPlan(i)) = &mut view.dialog
        {
            *i = if down {
                (*i + 1) % count
            } else {
                (*i + count - 1) % count
            };
        }
    }

    /// Starts a session on the plan the picker chose.
    fn start_picked(&mut self, now: Now) {
        if let Screen::Day(view) = &mut self.screen
            && let Some(DayDialog::PickPlan(i)) = view.dialog
        {
            view.dialog = None;
            let choices = self.config.plan_choices();
            self.next_plan = choices.get(i).map(|(name, _)| (*name).to_string());
            self.start_session(now);
        }
    }

    /// The interrupted session, finished at its last save, in the summary form.
    fn finish_interrupted(&mut self) {
        if let Screen::Resume { record, .. } = &self.screen {
            let plan = Plan::for_record(&self.config, record);
            let finished = finish_at_heartbeat(&plan, (**record).clone());
            let form = Box::new(Summary::new(finished, &self.config));
            let interrupted = record.clone();
            self.screen = Screen::Finish { interrupted, form };
        }
    }

    /// Back to the plain question about the interrupted session.
    fn back_to_resume(&mut self) {
        let record = match &mut self.screen {
            Screen::Resume {
                confirm_discard, ..
            } => {
                *confirm_discard = false;
                None
            }
            Screen::Finish { interrupted, .. } => Some(interrupted.clone()),
            _ => None,
        };
        if let Some(record) = record {
            self.screen = Screen::Resume {
                record,
                confirm_discard: false,
            };
        }
    }

    fn set_overlay(&mut self, next: Option<Overlay>) {
        if let Screen::Session { overlay, .. } = &mut self.screen {
            *overlay = next;
        }
    }

    /// A command for the running session, from its screen or any dialog
    /// over it (or from another terminal). A let-down in the summary is
    /// recorded at its own moment and moves the session's end to it; a
    /// let-down in a question closes it, so that the confirmation is in
    /// sight. Returns the engine's messages, as the status line words them.
    pub(super) fn command(
        &mut self,
        command: Command,
        now: Now,
        outcomes: &mut Vec<Outcome>,
    ) -> Vec<Message> {
        let Screen::Session { engine, overlay } = &mut self.screen else {
            return Vec::new();
        };
        let before = engine.record().letdowns.len();
        let effects = engine.apply(command, now);
        let recorded = engine.record().letdowns.len() > before;
        match overlay {
            Some(Overlay::Summary(form)) if recorded => {
                form.set_record((**engine).clone().finish(now, SessionResult::default()));
            }
            Some(Overlay::Summary(_)) => {}
            _ => *overlay = None,
        }
        let messages = effects
            .iter()
            .filter_map(|effect| match effect {
                Effect::Message(message) => Some(message.clone()),
                _ => None,
            })
            .collect();
        outcomes.extend(self.carry_out(effects, now));
        messages
    }

    /// Opens the summary over the running session, which runs on behind it.
    fn open_summary(&mut self, now: Now) {
        let config = &self.config;
        if let Screen::Session { engine, overlay } = &mut self.screen {
            let record = (**engine).clone().finish(now, SessionResult::default());
            *overlay = Some(Overlay::Summary(Box::new(Summary::new(record, config))));
        }
    }

    fn discard(&mut self, now: Now, outcomes: &mut Vec<Outcome>) {
        match self.state.clear_running() {
            Ok(()) => {
                self.lock = None;
                self.open_day(None, now);
                self.say("the session was discarded", false);
            }
            Err(err) => {
                self.say(format!("could not discard: {err}"), true);
                self.take_step(Step::BackToSession, now, outcomes);
                self.take_step(Step::BackToResume, now, outcomes);
            }
        }
    }

    fn resume(&mut self, now: Now) {
        if let Screen::Resume { record, .. } = &self.screen {
            let plan = Plan::for_record(&self.config, record);
            self.screen = Screen::Session {
                engine: Box::new(Engine::resume(plan, (**record).clone(), now)),
                overlay: None,
            };
            self.save_running(now);
            self.start_photo();
            if !self.unsaved {
                self.say("resumed; the time away is kept as a pause", false);
            }
        }
    }

    /// The history of `days` days, in the view that was on screen.
    fn open_history(&mut self, days: u32) {
        let mut view = HistoryView::load(&self.data, &self.config, self.today(), days);
        if let Screen::History(shown) = &self.screen {
            view.mode = shown.mode;
        }
        self.screen = Screen::History(Box::new(view));
    }

    pub(super) fn on_day_action(&mut self, action: Action, now: Now) {
        if action == Action::Today && !matches!(self.screen, Screen::Day(_)) {
            self.open_day(None, now);
            return;
        }
        let today = self.today();
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
            // Tomorrow has nothing to show yet.
            Action::NextDay if view.day >= today => return,
            Action::NextDay => shift(1),
            Action::Today => today,
            Action::Up | Action::Down => {
                view.select(action == Action::Down);
                return;
            }
            Action::Edit => {
                if let Some(stored) = view.selected() {
                    let form = Box::new(Summary::edit(stored.record.clone(), &self.config));
                    self.screen = Screen::Edit {
                        stored: Box::new(stored.clone()),
                        form,
                    };
                }
                return;
            }
            Action::Start => {
                self.start_session(now);
                return;
            }
            Action::PickPlan => {
                let last = crate::query::last_plan(&self.data, &self.config);
                let choices = self.config.plan_choices();
                let at = choices
                    .iter()
                    .position(|(name, _)| *name == last)
                    .unwrap_or(0);
                view.dialog = Some(DayDialog::PickPlan(at));
                return;
            }
            Action::Add => {
                let form = Summary::add(view.day, &self.config, now.wall);
                self.screen = Screen::Add {
                    form: Box::new(form),
                    overlap: None,
                };
                return;
            }
            Action::History => {
                self.open_history(RANGES[0]);
                return;
            }
            _ => return,
        };
        self.show_day(day);
    }

    /// Shows `day`, reloaded from disk.
    fn show_day(&mut self, day: chrono::NaiveDate) {
        self.screen = Screen::Day(Box::new(DayView::load(
            &self.data,
            &self.config,
            day,
            self.now.wall,
        )));
    }

    pub(super) fn trash_selected(&mut self, now: Now) {
        let Screen::Day(view) = &mut self.screen else {
            return;
        };
        view.dialog = None;
        let Some(stored) = view.selected() else {
            return;
        };
        // Every copy of the session goes, so that no conflict copy takes its place.
        match self.data.trash_stored(stored) {
            Ok(deleted) => {
                let day = view.day;
                self.screen = Screen::Day(Box::new(DayView::load(
                    &self.data,
                    &self.config,
                    day,
                    self.now.wall,
                )));
                self.last_delete = Some(deleted);
                self.ended_last = false;
                let undo = self.keymap.label(Action::Undo);
                self.say(
                    format!("moved to the trash folder in the data dir; {undo} brings it back"),
                    false,
                );
            }
            Err(err) => self.say(format!("could not move it to the trash: {err}"), true),
        }
        self.now = now;
    }

    /// `u` on the day screen: reopens the session `letdown end` ended, or
    /// brings back the last delete, whichever came last; the other waits
    /// for the next `u`.
    fn undo_on_day(&mut self, now: Now) {
        if self.ended.is_some() && (self.ended_last || self.last_delete.is_none()) {
            if let crate::remote::Reply::Refused(why) = self.reopen(now) {
                self.say(why, true);
            }
        } else {
            self.undo_delete(now);
        }
    }

    /// Brings back the session the last delete moved to the trash, and
    /// shows it on its day. When it cannot come back, the file stays in the
    /// trash and the undo can be tried again (or `letdown trash restore`).
    fn undo_delete(&mut self, now: Now) {
        let Some(deleted) = &self.last_delete else {
            self.say_as(
                "nothing to undo here; deleted sessions wait in `letdown trash`",
                Tone::Note,
            );
            return;
        };
        match self.data.undo_delete(deleted) {
            Ok(restored) => {
                self.last_delete = None;
                self.open_day(Some(&restored.record), now);
                let at = time_of_day(&restored.record.started.0, self.config.clock);
                self.say(format!("brought back the {at} session"), false);
            }
            Err(err) => {
                let why = match err {
                    RestoreError::NotInTrash { .. } => {
                        // Nothing left to try again.
                        self.last_delete = None;
                        "its file is no longer in the trash folder".to_string()
                    }
                    RestoreError::Present { .. } => {
                        "a session with its id is in the data dir already; it stays in the trash"
                            .to_string()
                    }
                    other => format!("{other}; nothing is lost, it stays in the trash"),
                };
                self.say(format!("could not bring it back: {why}"), true);
            }
        }
    }

    /// Starts a new session from the day screen, if this machine has none
    /// running: the store's recovery decides, as it does at start-up.
    pub(super) fn start_session(&mut self, now: Now) {
        let Recovery {
            mut notes,
            kept,
            outcome,
        } = self.recover_here();
        for record in kept {
            self.pending.retain(|p| p.record.id != record.id);
            self.pending.push(Pending { record, kept: true });
        }
        let ready = match outcome {
            Ok(ready) => ready,
            Err(err) => {
                notes.push(match err {
                    CannotStart::Lock(busy @ LockError::Busy { .. }) => {
                        format!("{busy}; finish it there first")
                    }
                    other => other.to_string(),
                });
                self.say(notes.join("; "), true);
                return;
            }
        };
        // A warning from getting here (a file set aside) stays through the start.
        if !notes.is_empty() {
            self.say(notes.join("; "), true);
        }
        self.lock = Some(ready.lock);
        self.listen_if_held();
        match ready.interrupted {
            Some(record) => {
                self.screen = Screen::Resume {
                    record,
                    confirm_discard: false,
                };
            }
            None => self.begin_session(now),
        }
    }

    pub(super) fn begin_session(&mut self, now: Now) {
        let plan = self.next_plan.take();
        self.screen = Screen::Session {
            engine: Box::new(new_engine(&self.config, &self.data, plan, now)),
            overlay: None,
        };
        // A warning from getting here (a file set aside) stays; a passing word goes.
        if !self.status.as_ref().is_some_and(super::Status::is_warning) {
            self.status = None;
        }
        self.save_running(now);
        self.start_photo();
    }

    /// Shows a day, reloaded from disk, with a session selected.
    pub(super) fn open_day(&mut self, select: Option<&SessionRecord>, now: Now) {
        let day = select.map_or_else(|| self.today(), |r| day_of(r, self.config.day_starts_at.0));
        let mut view = DayView::load(&self.data, &self.config, day, self.now.wall);
        if let Some(record) = select {
            view.select_id(&record.id);
        }
        self.screen = Screen::Day(Box::new(view));
        self.skip_past_reminder(now);
        self.photos.stop();
    }

    /// A reminder is for one falling due while letdown is open, not one already past.
    pub(super) fn skip_past_reminder(&mut self, now: Now) {
        if let Screen::Day(view) = &self.screen
            && view
                .due_at(&self.config, now.wall)
                .is_some_and(|due| due <= now.wall)
        {
            self.reminded = view.last_end(now.wall);
        }
    }

    /// Loads the photo for the session on screen, picked by its start time.
    pub(super) fn start_photo(&mut self) {
        if let Screen::Session { engine, .. } = &self.screen {
            let seed = engine.record().started.0.timestamp().unsigned_abs();
            self.photos.start(&self.config, seed);
        }
    }
}
