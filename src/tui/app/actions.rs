//! What the app does for a step: moving between screens, starting and
//! ending sessions; the day screen's own actions are in [`super::day_actions`].

use super::{App, Outcome, Overlay, Screen};
use crate::host::{Ask, Found};
use crate::session::{Now, Plan, SessionRecord, SessionResult, finish_at_heartbeat};
use crate::store::day_of;
use crate::tui::day_screen::{DayDialog, DayView};
use crate::tui::history_screen::{HistoryView, RANGES};
use crate::tui::steps::Step;
use crate::tui::summary::Summary;

impl App {
    pub(super) fn take_step(&mut self, step: Step, now: Now, outcomes: &mut Vec<Outcome>) {
        match step {
            Step::Stay => {}
            // A session the data dir has not taken yet: ask before leaving, on the day screen.
            Step::Quit if !self.host.pending().is_empty() => {
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
                // The answer is on screen already, as the host said it.
                let _ = self.ask(Ask::Session(command), now, outcomes);
            }
            Step::End => self.open_summary(now),
            Step::Discard => self.discard(now, outcomes),
            Step::Resume => self.resume(now),
            Step::FinishAtHeartbeat => self.finish_interrupted(),
            Step::LeaveForLater => {
                self.host.let_go();
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
                if dialog == Some(DayDialog::ConfirmDelete) && self.selected_waits() {
                    return;
                }
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
            | Step::HistoryVolumes
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
            (Screen::History(view), Step::HistoryVolumes) => {
                view.switch_volumes();
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

    /// Opens the summary over the running session, which runs on behind it.
    fn open_summary(&mut self, now: Now) {
        let config = &self.config;
        if let (Screen::Session { overlay }, Some(engine)) = (&mut self.screen, self.host.engine())
        {
            let record = engine.clone().finish(now, SessionResult::default());
            *overlay = Some(Overlay::Summary(Box::new(Summary::new(record, config))));
        }
    }

    fn discard(&mut self, now: Now, outcomes: &mut Vec<Outcome>) {
        match self.host.discard() {
            Ok(()) => {
                self.open_day(None, now);
                self.say(crate::tr!("session-status-discarded"), false);
            }
            Err(why) => {
                self.say(why, true);
                self.take_step(Step::BackToSession, now, outcomes);
                self.take_step(Step::BackToResume, now, outcomes);
            }
        }
    }

    fn resume(&mut self, now: Now) {
        if let Screen::Resume { record, .. } = &self.screen {
            let record = (**record).clone();
            self.host.resume(record, now);
            self.screen = Screen::Session { overlay: None };
            let outcomes = self.take_from_host(now);
            self.queued.extend(outcomes);
            self.start_photo();
        }
    }

    /// The history of `days` days, in the view that was on screen.
    pub(super) fn open_history(&mut self, days: u32) {
        let mut view = HistoryView::load(&self.data, &self.config, self.today(), days);
        if let Screen::History(shown) = &self.screen {
            view.mode = shown.mode;
        }
        self.screen = Screen::History(Box::new(view));
    }

    /// Starts a new session from the day screen, if this machine has none
    /// running: the store's recovery decides, as it does at start-up.
    pub(super) fn start_session(&mut self, now: Now) {
        let found = self.host.take_lock_to_start();
        // Why it cannot start, or what was set aside on the way, is said.
        let outcomes = self.take_from_host(now);
        self.queued.extend(outcomes);
        match found {
            Some(Found::Interrupted(record)) => {
                self.screen = Screen::Resume {
                    record,
                    confirm_discard: false,
                };
            }
            Some(Found::Clear) => self.begin_session(now),
            None => {}
        }
    }

    pub(super) fn begin_session(&mut self, now: Now) {
        let plan = self.next_plan.take();
        // A warning from getting here (a file set aside) stays; a passing word goes.
        if !self.status.as_ref().is_some_and(super::Status::is_warning) {
            self.status = None;
        }
        self.host.begin(plan, now);
        self.screen = Screen::Session { overlay: None };
        let outcomes = self.take_from_host(now);
        self.queued.extend(outcomes);
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
            && let Some(facts) = view.since_last(&self.config, now.wall)
            && facts.is_due()
        {
            self.reminded = Some(facts.ended);
        }
    }

    /// Loads the photo for the session on screen, picked by its start time.
    pub(super) fn start_photo(&mut self) {
        if let (Screen::Session { .. }, Some(engine)) = (&self.screen, self.host.engine()) {
            let seed = engine.record().started.0.timestamp().unsigned_abs();
            self.photos.start(&self.config, seed);
        }
    }
}
