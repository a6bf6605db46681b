//! The day and history screens follow the data dir: a session added,
//! restored or synced in from elsewhere shows within a few seconds, with no
//! key pressed. The loop's watcher ([`crate::tui::watcher`]) says when the
//! folders of [`App::followed_folders`] changed; only the days shown are
//! read again, and the selection, a dialog and the raster's scroll stay.

use std::path::PathBuf;

use super::{App, Screen};
use crate::query;
use crate::session::Now;
use crate::tui::day_screen::{DayDialog, DayView};
use crate::tui::history_screen::HistoryView;

impl App {
    /// The folders whose changes the screen on show would show: the day
    /// folders a read of its days opens, `sessions/` (where a new day's
    /// folder appears) and the state folder's unsaved sessions. None on the
    /// other screens, which read nothing from the data dir while open.
    #[must_use]
    pub fn followed_folders(&self) -> Vec<PathBuf> {
        let (from, to) = match &self.screen {
            Screen::Day(view) => (view.day, view.day),
            Screen::History(view) => (query::first_of(self.today(), view.days), self.today()),
            _ => return Vec::new(),
        };
        let mut folders = vec![self.data.root().join("sessions"), self.state.unsaved_dir()];
        let first = from.pred_opt().unwrap_or(from);
        let last = to.succ_opt().unwrap_or(to);
        folders.extend(
            first
                .iter_days()
                .take_while(|d| *d <= last)
                .map(|d| self.data.day_dir(d)),
        );
        folders
    }

    /// Reads the days shown again, after the data dir changed underneath.
    pub fn on_data_changed(&mut self, now: Now) {
        self.now = now;
        let today = self.today();
        match &mut self.screen {
            Screen::Day(view) => {
                let mut fresh = DayView::load(&self.data, &self.config, view.day, now.wall);
                let selected = view.selected().map(|s| s.record.id.clone());
                match &selected {
                    Some(id) if fresh.listing.sessions.iter().any(|s| s.record.id == *id) => {
                        fresh.select_id(id);
                        fresh.dialog = view.dialog;
                    }
                    // The session under the cursor went (deleted elsewhere):
                    // what was open about it goes too.
                    Some(_) => {
                        fresh.dialog = view
                            .dialog
                            .filter(|d| !matches!(d, DayDialog::Detail | DayDialog::ConfirmDelete));
                    }
                    None => fresh.dialog = view.dialog,
                }
                **view = fresh;
            }
            Screen::History(view) => {
                let mut fresh = HistoryView::load(&self.data, &self.config, today, view.days);
                fresh.mode = view.mode;
                fresh.from_end = view.from_end.min(fresh.raster.rows.len().saturating_sub(1));
                **view = fresh;
            }
            _ => {}
        }
    }
}
