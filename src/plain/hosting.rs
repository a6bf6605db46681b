//! The face and the host of the running session: a command through the
//! host's one door, what the host did taken and told, a session begun or
//! resumed, and when the loop must next wake.

use std::time::{Duration, Instant};

use super::face::{Face, Mode, Outcome};
use super::lines::answer_line;
use crate::host::{Answer, Ask, Event, NotNow, Tone};
use crate::notify::Alert;
use crate::session::{Command, Now, SessionRecord};
use crate::tui::keymap::Action;

impl Face {
    /// Takes what the host did: its confirmations are told by [`super::lines::changes`]
    /// and the answers' own lines; its warnings are said as the host words
    /// them, and a save that works again after one failed is told.
    pub(super) fn take_from_host(&mut self) {
        self.take_from_host_but(&[]);
    }

    /// [`Face::take_from_host`], leaving out the host's own words for the
    /// engine's `answered` messages, which this face tells in its own.
    fn take_from_host_but(&mut self, answered: &[String]) {
        let unsaved = std::mem::replace(&mut self.unsaved, self.host.is_unsaved());
        if unsaved && !self.unsaved {
            self.say(crate::tr!("plain-saved-again"));
        }
        for event in self.host.take_events() {
            match event {
                // The host's confirmations are engine messages this face tells
                // as changes; its warnings are said as it words them.
                Event::Said(said)
                    if said.tone == Tone::Warning && !answered.contains(&said.text) =>
                {
                    self.say(said.text);
                }
                Event::Said(_) | Event::Finished { filed: false, .. } => {}
                Event::Alert(alert) => {
                    if let Alert::TargetReached { target_secs } = &alert {
                        let length = crate::facts::Length::of(*target_secs).to_string();
                        self.say(crate::tr!("plain-target-reached", length = length));
                    }
                    self.outcomes.push(Outcome::Alert(alert));
                }
                Event::Hook(hook) => self.outcomes.push(Outcome::Hook(hook)),
                Event::Finished { filed: true, .. } => self.outcomes.push(Outcome::Saved),
                Event::Retried => {
                    if self.host.pending().is_empty() {
                        self.say(crate::tr!("plain-saved-now"));
                    }
                    self.outcomes.push(Outcome::Saved);
                }
            }
        }
    }

    /// A command for the running session, through the host's one door; its
    /// answer is told once it is on disk.
    pub(super) fn command(&mut self, command: Command, now: Now) {
        self.tell_host();
        let result = self.host.apply(Ask::Session(command), now);
        let answered: Vec<String> = match &result {
            Ok(Answer::Done(messages)) => messages.iter().map(crate::host::word).collect(),
            _ => Vec::new(),
        };
        self.take_from_host_but(&answered);
        match result {
            Ok(Answer::Done(messages)) => {
                for line in messages.iter().filter_map(answer_line) {
                    self.say(line);
                }
            }
            Ok(_) => {}
            Err(NotNow::NoSession(line) | NotNow::NotSaved(line) | NotNow::Refused(line)) => {
                self.say(line);
            }
        }
    }

    /// When something next changes by itself: the engine's next moment,
    /// the next minute of the clock, the heartbeat, a retry.
    #[must_use]
    pub fn next_wake(&self, now: Instant) -> Option<Instant> {
        let retry = self.host.retry_at();
        let session = self.host.engine().map(|engine| {
            let beat = self.host.heartbeat_at();
            if engine.is_paused() {
                return beat;
            }
            let active = engine.active_secs(now);
            let minute = now + Duration::from_secs_f64(60.0 - active % 60.0 + 0.001);
            [Some(minute), engine.next_deadline(now), Some(beat)]
                .into_iter()
                .flatten()
                .min()
                .unwrap_or(beat)
        });
        // On the day's list, a look each minute for a session falling due.
        let day = matches!(self.mode, Mode::Day).then(|| now + Duration::from_secs(60));
        [retry, session, day].into_iter().flatten().min()
    }

    /// Starts a session now and tells its first phase.
    pub(super) fn begin(&mut self, plan: Option<String>, now: Now) {
        self.host.begin(plan, now);
        self.take_from_host();
        self.mode = Mode::Session;
        self.seen = None;
        if let Some(engine) = self.host.engine() {
            let plan = engine.plan().name.clone();
            let key = self.keymap.label(Action::Letdown);
            let help = self.keymap.label(Action::Help);
            self.say(crate::tr!(
                "plain-started",
                plan = plan,
                key = key,
                help = help
            ));
        }
        self.observe(now);
    }

    /// Resumes the interrupted session and tells where it is.
    pub(super) fn resume(&mut self, record: SessionRecord, now: Now) {
        self.host.resume(record, now);
        self.take_from_host();
        self.mode = Mode::Session;
        self.seen = None;
        self.say(crate::tr!("plain-resumed-session"));
        self.observe(now);
    }
}
