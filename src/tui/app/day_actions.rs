//! What the day screen's keys do: moving between days, opening a form,
//! the plan picker, moving a session to the trash and bringing it back.

use super::{App, Screen, Tone};
use crate::facts::time_of_day;
use crate::session::Now;
use crate::store::RestoreError;
use crate::tui::day_screen::{DayDialog, DayView};
use crate::tui::history_screen::RANGES;
use crate::tui::keymap::Action;
use crate::tui::summary::Summary;

impl App {
    /// Moves the plan picker's choice, round again.
    pub(super) fn move_plan_choice(&mut self, down: bool) {
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
    pub(super) fn start_picked(&mut self, now: Now) {
        if let Screen::Day(view) = &mut self.screen
            && let Some(DayDialog::PickPlan(i)) = view.dialog
        {
            view.dialog = None;
            let choices = self.config.plan_choices();
            self.next_plan = choices.get(i).map(|(name, _)| (*name).to_string());
            self.start_session(now);
        }
    }

    /// Whether the session under the cursor still waits in the state folder
    /// for the data dir; if so, it says that it cannot be changed yet.
    pub(super) fn selected_waits(&mut self) -> bool {
        let waits = matches!(&self.screen, Screen::Day(view)
            if view.selected().is_some_and(|s| view.listing.is_unsaved(s)));
        if waits {
            self.say(
                crate::tr!(
                    "day-status-waits",
                    state = crate::facts::notices::not_saved_yet()
                ),
                true,
            );
        }
        waits
    }

    pub(super) fn on_day_action(&mut self, action: Action, now: Now) {
        if action == Action::Edit && self.selected_waits() {
            return;
        }
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
                let mut form = Summary::add(view.day, &self.config, now.wall);
                form.start_setup(crate::query::last_setup(&self.data, &self.config).as_ref());
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
    pub(super) fn show_day(&mut self, day: chrono::NaiveDate) {
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
        let in_baby_buddy =
            crate::babybuddy::sent_entry(&self.config, &self.data, &stored.record.id);
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
                let said = in_baby_buddy.map_or_else(
                    || crate::tr!("day-status-deleted", undo = undo.as_str()),
                    |entry| {
                        crate::tr!(
                            "day-status-deleted-baby-buddy",
                            undo = undo.as_str(),
                            entry = entry.to_string()
                        )
                    },
                );
                self.say(said, false);
            }
            Err(err) => self.say(
                crate::tr!("day-status-delete-failed", error = err.to_string()),
                true,
            ),
        }
        self.now = now;
    }

    /// `u` on the day screen: reopens the session `letdown end` ended, or
    /// brings back the last delete, whichever came last; the other waits
    /// for the next `u`.
    pub(super) fn undo_on_day(&mut self, now: Now) {
        if self.host.has_ended() && (self.ended_last || self.last_delete.is_none()) {
            let mut outcomes = Vec::new();
            if let Err(crate::host::NotNow::Refused(why)) =
                self.ask(crate::host::Ask::Reopen, now, &mut outcomes)
            {
                self.say(why, true);
            }
            self.queued.extend(outcomes);
        } else {
            self.undo_delete(now);
        }
    }

    /// Brings back the session the last delete moved to the trash, and
    /// shows it on its day. When it cannot come back, the file stays in the
    /// trash and the undo can be tried again (or `letdown trash restore`).
    pub(super) fn undo_delete(&mut self, now: Now) {
        let Some(deleted) = &self.last_delete else {
            self.say_as(crate::tr!("day-status-nothing-to-undo"), Tone::Note);
            return;
        };
        match self.data.undo_delete(deleted) {
            Ok(restored) => {
                self.last_delete = None;
                self.open_day(Some(&restored.record), now);
                let at = time_of_day(&restored.record.started.0, self.config.clock);
                if restored.already {
                    self.say(crate::tr!("day-status-back-already", time = at), false);
                } else {
                    self.say(crate::tr!("day-status-brought-back", time = at), false);
                }
            }
            Err(err) => {
                let why = match err {
                    RestoreError::NotInTrash { .. } => {
                        // Nothing left to try again.
                        self.last_delete = None;
                        crate::tr!("day-status-restore-gone")
                    }
                    RestoreError::Present { .. } => crate::tr!("day-status-restore-present"),
                    other => crate::tr!("day-status-restore-other", error = other.to_string()),
                };
                self.say(crate::tr!("day-status-restore-failed", why = why), true);
            }
        }
    }
}
