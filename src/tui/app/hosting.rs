//! The app and the host of the running session: what the screen is asking
//! is told to the host, what the host did is shown, and a key or a request
//! from another terminal goes through the host's one door.

use super::{App, Outcome, Overlay, Screen};
use crate::host::{Answer, Ask, Asking, Event, NotNow};
use crate::session::{Now, SessionResult};
use crate::tui::day_screen::DayView;

impl App {
    /// Tells the host what the screen is asking about the session: the
    /// summary being filled in, or the question about an interrupted one.
    pub(super) fn tell_host(&mut self) {
        let asking = match &self.screen {
            Screen::Session {
                overlay: Some(Overlay::Summary(_)),
            } => Asking::Summary,
            Screen::Resume { .. } => Asking::Interrupted,
            _ => Asking::Nothing,
        };
        self.host.set_asking(asking);
    }

    /// Shows what the host did, in order, and returns what the loop must
    /// carry out (the bell and notifications, the hooks).
    pub(super) fn take_from_host(&mut self, now: Now) -> Vec<Outcome> {
        let mut outcomes = Vec::new();
        for event in self.host.take_events() {
            match event {
                Event::Alert(alert) => outcomes.push(Outcome::Alert(alert)),
                Event::Hook(hook) => outcomes.push(Outcome::Hook(hook)),
                Event::Said(said) if said.stays => self.warn_until_fixed(&said.text),
                Event::Said(said) => self.say_as(said.text, said.tone),
                Event::Finished { record, filed } => {
                    self.open_day(Some(&record), now);
                    if filed {
                        self.sync_soon();
                    }
                }
                Event::Retried => {
                    if let Screen::Day(view) = &self.screen {
                        let day = view.day;
                        self.screen = Screen::Day(Box::new(DayView::load(
                            &self.data,
                            &self.config,
                            day,
                            self.now.wall,
                        )));
                    }
                    self.sync_soon();
                }
            }
        }
        outcomes
    }

    /// What a key or another terminal asks of the running session, through
    /// the host's door; the screen follows. A let-down in the summary is
    /// recorded at its own moment and moves the session's end to it; a
    /// command in a question closes it, so that the confirmation is in sight.
    pub(super) fn ask(
        &mut self,
        ask: Ask,
        now: Now,
        outcomes: &mut Vec<Outcome>,
    ) -> Result<Answer, NotNow> {
        self.tell_host();
        let letdowns = |app: &Self| app.host.engine().map(|e| e.record().letdowns.len());
        let before = letdowns(self);
        let result = self.host.apply(ask, now);
        outcomes.extend(self.take_from_host(now));
        let recorded = letdowns(self) > before;
        match (&result, ask) {
            (Ok(Answer::Reopened(_)), _) => {
                self.screen = Screen::Session { overlay: None };
                self.help = false;
                self.help_scroll = 0;
                self.start_photo();
            }
            (Ok(Answer::Ended(_)), _) => self.ended_last = true,
            (Ok(_) | Err(NotNow::NotSaved(_)), Ask::Session(_)) => {
                let engine = self.host.engine();
                if let Screen::Session { overlay } = &mut self.screen {
                    match overlay {
                        Some(Overlay::Summary(form)) if recorded => {
                            if let Some(engine) = engine {
                                form.set_record(
                                    engine.clone().finish(now, SessionResult::default()),
                                );
                            }
                        }
                        Some(Overlay::Summary(_)) => {}
                        _ => *overlay = None,
                    }
                }
            }
            _ => {}
        }
        result
    }
}
