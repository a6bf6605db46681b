//! The line mode's state: what is being asked, and what a key, a request
//! from another terminal or time alone does to it. The running session is
//! the [`Host`]'s, as on the screen; this face only tells it in lines.

use chrono::NaiveDate;
use ratatui::crossterm::event::{KeyEvent, KeyEventKind};

use super::lines::{Seen, changes};
use super::out::Print;
use super::questions::Questions;
use crate::config::Config;
use crate::context::Context;
use crate::hooks::HookEvent;
use crate::host::{Asking, Host, Opening};
use crate::notify::Alert;
use crate::remote::{Reply, Request};
use crate::session::{Now, SessionRecord};
use crate::store::{DataDir, SessionLock};
use crate::tui::keymap::{Action, KeyContext, Keymap, key_name};

/// The key that says the time, where the session's keys leave it free.
pub const TIME_KEY: char = 't';

/// What is being asked, or shown.
#[derive(Debug)]
pub(super) enum Mode {
    /// The day's list and what can be done from it.
    Day,
    /// A session runs.
    Session,
    /// Leaving the running session: end, discard, or go back?
    Leave,
    /// Discarding the running session: sure?
    ConfirmDiscard,
    /// The summary's questions; the session runs on behind them.
    Summary(Box<Questions>),
    /// An interrupted session was found.
    Resume(Box<SessionRecord>),
    /// Discarding the interrupted session: sure?
    ConfirmDiscardInterrupted(Box<SessionRecord>),
    /// The summary of an interrupted session finished at its last save.
    Finish {
        interrupted: Box<SessionRecord>,
        questions: Box<Questions>,
    },
    /// Leaving while a finished session is not in the data dir yet.
    LeaveUnsaved,
}

/// What the loop carries out beside printing.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// A desktop notification, as the config allows (never the bell here).
    Alert(Alert),
    /// One of the user's `[hooks]`.
    Hook(HookEvent),
    /// A session went into the data dir: the background sync may send it.
    Saved,
}

/// The line mode.
#[derive(Debug)]
pub struct Face {
    pub(super) config: Config,
    pub(super) data: DataDir,
    pub(super) keymap: Keymap,
    pub(super) host: Host,
    pub(super) mode: Mode,
    /// What the listener was told of the running session.
    pub(super) seen: Option<Seen>,
    pub(super) day: NaiveDate,
    /// The answer being typed.
    pub(super) typed: String,
    pub(super) prints: Vec<Print>,
    pub(super) outcomes: Vec<Outcome>,
    pub(super) quit: bool,
    /// Whether saving the running session had failed, when last looked.
    pub(super) unsaved: bool,
    /// The last session's end for which the due reminder was said.
    pub(super) reminded: Option<chrono::DateTime<chrono::FixedOffset>>,
}

impl Face {
    /// Opens the face: a fresh session begins at once.
    #[must_use]
    pub fn new(context: &Context, lock: Option<SessionLock>, opening: Opening, now: Now) -> Self {
        let mut face = Self {
            config: context.config.clone(),
            data: context.data.clone(),
            keymap: Keymap::new(&context.config.keys),
            host: Host::new(context, lock, now),
            mode: Mode::Day,
            seen: None,
            day: crate::query::today(&context.config, now.wall),
            typed: String::new(),
            prints: Vec::new(),
            outcomes: Vec::new(),
            quit: false,
            unsaved: false,
            reminded: None,
        };
        match opening {
            Opening::Day => {
                // A session due already is said by the day's list, not reminded of again.
                face.reminded = super::day::since_last(&face.data, &face.config, now.wall)
                    .filter(crate::facts::SinceLast::is_due)
                    .map(|facts| facts.ended);
                face.open_day(now);
            }
            Opening::Fresh(plan) => face.begin(plan, now),
            Opening::Interrupted(record) => {
                face.mode = Mode::Resume(record);
                face.ask_again(now);
            }
        }
        face
    }

    /// The host, for the loop's remote hub.
    pub fn host_mut(&mut self) -> &mut Host {
        &mut self.host
    }

    /// Whether the user chose to leave.
    #[must_use]
    pub fn is_done(&self) -> bool {
        self.quit
    }

    /// What to print since last asked.
    pub fn take_prints(&mut self) -> Vec<Print> {
        std::mem::take(&mut self.prints)
    }

    /// What the loop must carry out since last asked.
    pub fn take_outcomes(&mut self) -> Vec<Outcome> {
        std::mem::take(&mut self.outcomes)
    }

    pub(super) fn say(&mut self, line: impl Into<String>) {
        self.prints.push(Print::Line(line.into()));
    }

    pub(super) fn echo(&mut self, text: impl Into<String>) {
        self.prints.push(Print::Echo(text.into()));
    }

    /// The keys' context of what is asked.
    pub(super) fn context(&self) -> KeyContext {
        match &self.mode {
            Mode::Day => KeyContext::Day,
            Mode::Session => KeyContext::Session,
            Mode::Leave => KeyContext::Leave,
            Mode::ConfirmDiscard => KeyContext::ConfirmDiscard,
            Mode::Summary(_) => KeyContext::Summary,
            Mode::Resume(_) => KeyContext::Resume,
            Mode::ConfirmDiscardInterrupted(_) => KeyContext::ConfirmDiscardInterrupted,
            Mode::Finish { .. } => KeyContext::Edit,
            Mode::LeaveUnsaved => KeyContext::LeaveUnsaved,
        }
    }

    /// Tells the host what is being asked about the session.
    pub(super) fn tell_host(&mut self) {
        let asking = match &self.mode {
            Mode::Summary(_) => Asking::Summary,
            Mode::Resume(_) | Mode::ConfirmDiscardInterrupted(_) => Asking::Interrupted,
            _ => Asking::Nothing,
        };
        self.host.set_asking(asking);
    }

    /// A key pressed.
    pub fn on_key(&mut self, key: &KeyEvent, now: Now) {
        if key.kind != KeyEventKind::Press {
            return;
        }
        self.tell_host();
        if matches!(self.mode, Mode::Summary(_) | Mode::Finish { .. }) {
            self.on_answer_key(key, now);
        } else if let Some(step) = self.choice_for(key, now) {
            self.take_step(step, now);
        } else {
            let context = self.context();
            let action = self.keymap.action(context, key);
            if context == KeyContext::Session
                && action.is_none()
                && key_name(key).is_some_and(|k| {
                    k == crate::keys::KeyName::plain(crate::keys::Code::Char(TIME_KEY))
                })
            {
                self.say_time(now);
            } else if action.is_none() && !context.any_other_key_cancels() {
                self.say_unbound(key);
            } else {
                self.take_step(crate::tui::steps::step(context, action), now);
            }
        }
        self.after(now);
    }

    /// A request from another terminal (`letdown tap`), answered once on disk.
    pub fn on_request(&mut self, request: Request, now: Now) -> Reply {
        self.tell_host();
        let reply = self.host.on_request(request, now);
        self.take_from_host();
        self.after(now);
        reply
    }

    /// What time alone brings: phases, the coach, minutes, the heartbeat.
    pub fn tick(&mut self, now: Now) {
        self.tell_host();
        self.host.tick(now);
        self.take_from_host();
        if matches!(self.mode, Mode::Day) {
            self.remind_if_due(now);
        }
        self.after(now);
    }

    /// Before the process goes (a signal, a lost terminal): the session is
    /// saved as running, to be resumed.
    pub fn save_for_exit(&mut self, now: Now) {
        self.host.save_for_exit(now);
    }

    /// After anything: the session's changes told, the heartbeat, and the
    /// face following a session that ended or began from elsewhere.
    fn after(&mut self, now: Now) {
        self.observe(now);
        self.host.beat(now);
        self.take_from_host();
        let running = self.host.engine().is_some();
        match self.mode {
            Mode::Session | Mode::Leave | Mode::ConfirmDiscard | Mode::Summary(_) if !running => {
                self.say(crate::tr!("plain-ended-elsewhere"));
                self.open_day(now);
            }
            Mode::Day | Mode::LeaveUnsaved if running => {
                self.mode = Mode::Session;
                self.seen = None;
                self.observe(now);
            }
            _ => {}
        }
    }

    /// Tells what changed in the running session since the last look.
    pub(super) fn observe(&mut self, now: Now) {
        let Some(engine) = self.host.engine() else {
            self.seen = None;
            return;
        };
        let after = Seen::of(engine, now.mono);
        let lines = match (&self.mode, &self.seen) {
            // Behind the summary the session runs on quietly: only its let-downs are told.
            (Mode::Summary(_), Some(before)) => {
                let quiet = Seen {
                    letdowns: before.letdowns.clone(),
                    ..after.clone()
                };
                changes(Some(&quiet), &after)
            }
            (_, before) => changes(before.as_ref(), &after),
        };
        self.seen = Some(after);
        if lines.is_empty() {
            return;
        }
        for line in lines {
            self.say(line);
        }
        if let Mode::Summary(questions) = &self.mode {
            let prompt = questions.prompt();
            let typed = self.typed.clone();
            self.say(prompt);
            if !typed.is_empty() {
                self.echo(typed);
            }
        }
    }

    /// The time, the clock and the let-downs, when asked.
    fn say_time(&mut self, now: Now) {
        let time = crate::facts::time_of_day(&now.wall, self.config.clock);
        if let Some(engine) = self.host.engine() {
            let line = Seen::of(engine, now.mono).time_line(time);
            self.say(line);
        }
    }

    /// A key that does nothing here, said rather than swallowed.
    fn say_unbound(&mut self, key: &KeyEvent) {
        let name = key_name(key).map(|k| k.to_string()).unwrap_or_default();
        let help = self.keymap.label(Action::Help);
        self.say(crate::tr!("plain-unbound", key = name, help = help));
    }
}
