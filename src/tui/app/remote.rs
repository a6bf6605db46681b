//! Requests from other terminals (`letdown tap`, `undo`, `pause`, `next`,
//! `end`): the host carries each out as its key, on whatever is on screen,
//! and answers once the change is on disk; the screen shows it at once.

use super::{App, Outcome, Screen};
use crate::host::{Answer, NotNow, RemoteHub};
use crate::remote::{Reply, Request};
use crate::session::Now;

impl App {
    /// Lets requests from other terminals in: the socket is bound whenever
    /// the host holds the session lock.
    pub fn set_remote(&mut self, hub: RemoteHub) {
        self.host.set_remote(hub);
        let now = self.now;
        let outcomes = self.take_from_host(now);
        self.queued.extend(outcomes);
    }

    /// A request from another terminal, carried out as its key would be;
    /// the answer is what the command prints.
    pub fn on_remote(&mut self, request: Request, now: Now) -> (Reply, Vec<Outcome>) {
        let mut outcomes = self.pass_time(now);
        let ask = self.host.ask_for(request);
        let result = self.ask(ask, now, &mut outcomes);
        if matches!(
            result,
            Ok(Answer::Done(_) | Answer::Ended(_) | Answer::Reopened(_)) | Err(NotNow::NotSaved(_))
        ) {
            // The confirmation must be in sight, as after the key.
            self.help = false;
            self.help_scroll = 0;
        }
        self.forget_undo_once_work_begins();
        self.beat(now, &mut outcomes);
        (crate::host::reply(&result), outcomes)
    }

    /// `undo` on the day screen reaches back to a delete, or to a remote
    /// end, only until other work begins: a session or a form opens. The
    /// lock, held only for the reopening, goes then too.
    pub(super) fn forget_undo_once_work_begins(&mut self) {
        if matches!(self.screen, Screen::Day(_) | Screen::History(_)) {
            return;
        }
        self.last_delete = None;
        let keep_lock = matches!(
            self.screen,
            Screen::Session { .. } | Screen::Resume { .. } | Screen::Finish { .. }
        );
        self.host.forget_ended(keep_lock);
    }
}
