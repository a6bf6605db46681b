//! The app's state and how keys and time change it. Saving happens here,
//! synchronously, so that nothing is confirmed on screen before it is on disk.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind};

use super::keymap::{Action, Keymap};
use super::summary::{Summary, SummaryOutcome};
use super::theme::Theme;
use crate::commands::Context;
use crate::config::Config;
use crate::format;
use crate::session::{
    Command, Effect, Engine, Message, Notice, Now, Plan, SessionRecord, SessionResult,
    finish_at_heartbeat,
};
use crate::store::{DataDir, SessionLock, StateDir};

/// How often the running session is saved even when nothing happens, so a
/// crash loses at most this much clock time (SPEC.md asks for 15 s at most).
pub const HEARTBEAT: Duration = Duration::from_secs(10);

/// How long a status line stays.
const STATUS_FOR: Duration = Duration::from_secs(6);

/// What the outer loop must do after an update.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Ring the bell and send a desktop notification, as the config allows.
    Notify(Notice),
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
    /// An interrupted session was found: resume, finish, or discard?
    Resume {
        record: SessionRecord,
        confirm_discard: bool,
    },
    /// A session is running.
    Session {
        engine: Engine,
        leaving: Option<Leaving>,
    },
    /// The session has ended: the summary form.
    Summary(Box<Summary>),
    /// The session is saved (or kept, if the data dir refused it).
    Saved {
        record: SessionRecord,
        saved: Result<PathBuf, String>,
    },
}

/// The whole app.
#[derive(Debug)]
pub struct App {
    pub config: Config,
    data: DataDir,
    state: StateDir,
    pub keymap: Keymap,
    pub theme: Theme,
    pub screen: Screen,
    pub status: Option<Status>,
    pub help: bool,
    /// The instant of the last update; render reads the clocks from here.
    pub now: Now,
    /// A save failed; every later event retries it.
    pub unsaved: bool,
    last_saved: Instant,
    _lock: SessionLock,
}

/// How the app begins.
#[derive(Debug)]
pub enum Opening {
    /// A new session, now.
    Fresh,
    /// A session whose process went away, found in the state folder.
    Interrupted(Box<SessionRecord>),
}

impl App {
    /// Opens the app holding the session lock; a fresh session is saved at once.
    #[must_use]
    pub fn new(
        context: &Context,
        lock: SessionLock,
        opening: Opening,
        now: Now,
        theme: Theme,
    ) -> Self {
        let plan = Plan::from_config(&context.config);
        let screen = match opening {
            Opening::Fresh => Screen::Session {
                engine: Engine::start(plan, now, &crate::session::this_host()),
                leaving: None,
            },
            Opening::Interrupted(record) => Screen::Resume {
                record: *record,
                confirm_discard: false,
            },
        };
        let mut app = Self {
            keymap: Keymap::session(&context.config.keys),
            config: context.config.clone(),
            data: context.data.clone(),
            state: context.state.clone(),
            theme,
            screen,
            status: None,
            help: false,
            now,
            unsaved: false,
            last_saved: now.mono,
            _lock: lock,
        };
        if matches!(app.screen, Screen::Session { .. }) {
            app.save_running(now);
        }
        app
    }

    /// Shows a line in the status area for a while.
    pub fn say(&mut self, text: impl Into<String>, warning: bool) {
        self.status = Some(Status {
            text: text.into(),
            warning,
            until: Some(self.now.mono + STATUS_FOR),
        });
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
                self.status = Some(Status {
                    text: format!("saving failed — kept, retrying ({err})"),
                    warning: true,
                    until: None,
                });
            }
        }
    }

    /// Carries out the engine's effects in order.
    fn carry_out(&mut self, effects: Vec<Effect>, now: Now) -> Vec<Outcome> {
        let mut outcomes = Vec::new();
        for effect in effects {
            match effect {
                Effect::Save => self.save_running(now),
                Effect::Notify(notice) => outcomes.push(Outcome::Notify(notice)),
                Effect::Message(message) => {
                    let text = Self::word(&message);
                    if self.unsaved {
                        // The failure line stays: it matters more than the confirmation.
                        continue;
                    }
                    self.say(text, matches!(message, Message::TapIgnored { .. }));
                }
            }
        }
        outcomes
    }

    /// A status message in words.
    fn word(message: &Message) -> String {
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
            Message::PhaseLength { name, secs } => {
                format!("{name} is now {}", format::min_sec(*secs))
            }
            Message::TargetChanged(secs) => format!("target is now {}", format::clock(*secs)),
            Message::AlreadyFirstPhase => "this is the first phase".to_string(),
            Message::AlreadyLastPhase => "this is the last phase".to_string(),
        }
    }

    /// What time alone brings: phase ends, stalls, the heartbeat, retries.
    pub fn tick(&mut self, now: Now) -> Vec<Outcome> {
        self.now = now;
        if let Some(status) = &self.status
            && status.until.is_some_and(|until| now.mono >= until)
        {
            self.status = None;
        }
        let mut outcomes = Vec::new();
        if let Screen::Session { engine, .. } = &mut self.screen {
            let effects = engine.tick(now);
            outcomes = self.carry_out(effects, now);
            if self.unsaved || now.mono.saturating_duration_since(self.last_saved) >= HEARTBEAT {
                self.save_running(now);
            }
        }
        if let Screen::Summary(summary) = &mut self.screen
            && summary.is_pending()
        {
            self.save_summary(now);
        }
        outcomes
    }

    /// When the screen next changes by itself: the next visible second, the
    /// engine's next deadline, the heartbeat, or a status line going away.
    #[must_use]
    pub fn next_wake(&self, now: Instant) -> Option<Instant> {
        let status = self.status.as_ref().and_then(|s| s.until);
        let session = match &self.screen {
            Screen::Session { engine, .. } => {
                let second = (!engine.is_paused()).then(|| {
                    let active = engine.active_secs(now);
                    now + Duration::from_secs_f64(1.0 - active.fract() + 0.001)
                });
                let heartbeat = Some(self.last_saved + HEARTBEAT);
                [second, engine.next_deadline(now), heartbeat]
                    .into_iter()
                    .flatten()
                    .min()
            }
            Screen::Summary(summary) if summary.is_pending() => Some(now + Duration::from_secs(2)),
            _ => None,
        };
        [status, session].into_iter().flatten().min()
    }

    /// A key press.
    pub fn on_key(&mut self, key: &KeyEvent, now: Now) -> Vec<Outcome> {
        if key.kind != KeyEventKind::Press {
            return Vec::new();
        }
        let mut outcomes = self.tick(now);
        if self.help {
            self.help = false;
            return outcomes;
        }
        let action = self.keymap.action(key);
        let step = match &mut self.screen {
            Screen::Session { leaving, .. } => session_step(*leaving, key, action),
            Screen::Resume {
                confirm_discard, ..
            } => resume_step(*confirm_discard, key),
            Screen::Summary(summary) => match summary.on_key(key, self.config.units) {
                SummaryOutcome::Editing => Step::Stay,
                SummaryOutcome::Save(result) => {
                    summary.set_result(result);
                    Step::SaveSummary
                }
            },
            Screen::Saved { .. } => {
                if action == Some(Action::Quit) || matches!(key.code, KeyCode::Esc | KeyCode::Enter)
                {
                    Step::Quit
                } else {
                    Step::Stay
                }
            }
        };
        self.take_step(step, now, &mut outcomes);
        outcomes
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
                Ok(()) => outcomes.push(Outcome::Quit),
                Err(err) => {
                    self.say(format!("could not discard: {err}"), true);
                    self.take_step(Step::Leaving(None), now, outcomes);
                }
            },
            Step::Resume => {
                if let Screen::Resume { record, .. } = &self.screen {
                    let plan = Plan::from_config(&self.config);
                    self.screen = Screen::Session {
                        engine: Engine::resume(plan, record.clone(), now),
                        leaving: None,
                    };
                    self.save_running(now);
                    if !self.unsaved {
                        self.say("resumed; the time away is kept as a pause", false);
                    }
                }
            }
            Step::FinishAtHeartbeat => {
                if let Screen::Resume { record, .. } = &self.screen {
                    let plan = Plan::from_config(&self.config);
                    let finished = finish_at_heartbeat(&plan, record.clone());
                    self.open_summary(finished);
                }
            }
            Step::SaveSummary => self.save_summary(now),
        }
    }

    /// Keeps the finished record in the state folder, then asks for the summary.
    fn open_summary(&mut self, record: SessionRecord) {
        if let Err(err) = self.state.write_running(&record) {
            self.unsaved = true;
            self.status = Some(Status {
                text: format!("saving failed — kept, retrying ({err})"),
                warning: true,
                until: None,
            });
        }
        if !self.unsaved {
            self.status = None;
        }
        self.screen = Screen::Summary(Box::new(Summary::new(record, &self.config)));
    }

    /// Writes the finished session into the data dir; on failure it stays in
    /// the state folder and every later event retries.
    fn save_summary(&mut self, now: Now) {
        let Screen::Summary(summary) = &mut self.screen else {
            return;
        };
        let record = summary.record().clone();
        // The state folder first: from here on the result is never lost.
        let kept = self.state.write_running(&record);
        let saved = if self.data.contains(&record) {
            let path = self.data.path_for(&record);
            self.data.rewrite(&path, &record).map(|()| path)
        } else {
            self.data.save_new(&record)
        };
        match saved {
            Ok(path) => {
                self.unsaved = false;
                if let Err(err) = self.state.clear_running() {
                    self.say(
                        format!("saved, but the state folder could not be tidied: {err}"),
                        true,
                    );
                }
                self.screen = Screen::Saved {
                    record,
                    saved: Ok(path),
                };
            }
            Err(err) => {
                self.unsaved = true;
                summary.set_pending();
                let kept = if kept.is_ok() {
                    "kept safe in the state folder"
                } else {
                    "kept in memory"
                };
                self.status = Some(Status {
                    text: format!("saving failed — {kept}, retrying ({err})"),
                    warning: true,
                    until: None,
                });
                self.now = now;
            }
        }
    }

    /// Saves what is running before the process goes away (a signal, a
    /// lost terminal). The session stays in the state folder, to be resumed.
    pub fn save_for_exit(&mut self, now: Now) {
        match &self.screen {
            Screen::Session { .. } => self.save_running(now),
            Screen::Summary(summary) => {
                let _ = self.state.write_running(summary.record());
            }
            Screen::Resume { .. } | Screen::Saved { .. } => {}
        }
    }
}

/// What a key asks of the app, decided before the app changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Stay,
    Quit,
    Help,
    Leaving(Option<Leaving>),
    Command(Command),
    End,
    Discard,
    Resume,
    FinishAtHeartbeat,
    SaveSummary,
}

fn session_step(leaving: Option<Leaving>, key: &KeyEvent, action: Option<Action>) -> Step {
    match leaving {
        Some(Leaving::Ask) => match key.code {
            KeyCode::Char('e') | KeyCode::Enter => Step::End,
            KeyCode::Char('d') => Step::Leaving(Some(Leaving::ConfirmDiscard)),
            _ => Step::Leaving(None),
        },
        Some(Leaving::ConfirmDiscard) => {
            if key.code == KeyCode::Char('y') {
                Step::Discard
            } else {
                Step::Leaving(None)
            }
        }
        None => match action {
            Some(Action::Letdown) => Step::Command(Command::Letdown),
            Some(Action::Undo) => Step::Command(Command::Undo),
            Some(Action::Pause) => Step::Command(Command::TogglePause),
            Some(Action::Next) => Step::Command(Command::NextPhase),
            Some(Action::Back) => Step::Command(Command::PrevPhase),
            Some(Action::Extend) => Step::Command(Command::Extend),
            Some(Action::Shorten) => Step::Command(Command::Shorten),
            Some(Action::End) => Step::End,
            Some(Action::Quit) => Step::Leaving(Some(Leaving::Ask)),
            Some(Action::Help) => Step::Help,
            None => Step::Stay,
        },
    }
}

fn resume_step(confirm_discard: bool, key: &KeyEvent) -> Step {
    if confirm_discard {
        return if key.code == KeyCode::Char('y') {
            Step::Discard
        } else {
            Step::Leaving(None)
        };
    }
    match key.code {
        KeyCode::Char('r') | KeyCode::Enter => Step::Resume,
        KeyCode::Char('f') => Step::FinishAtHeartbeat,
        KeyCode::Char('d') => Step::Leaving(Some(Leaving::ConfirmDiscard)),
        KeyCode::Char('q') | KeyCode::Esc => Step::Quit,
        _ => Step::Stay,
    }
}

impl ratatui::widgets::Widget for &App {
    fn render(self, area: ratatui::layout::Rect, buf: &mut ratatui::buffer::Buffer) {
        use super::{prompts, session_screen};
        if area.width == 0 || area.height == 0 {
            return;
        }
        buf.set_style(area, self.theme.text);
        match &self.screen {
            Screen::Session { engine, leaving } => {
                session_screen::render_session(self, engine, *leaving, area, buf);
            }
            Screen::Resume {
                record,
                confirm_discard,
            } => prompts::render_resume(self, record, *confirm_discard, area, buf),
            Screen::Summary(summary) => {
                summary.render(area, buf, &self.theme);
                if let Some(status) = &self.status {
                    let y = area.bottom() - 1;
                    let style = if status.warning {
                        self.theme.warn
                    } else {
                        self.theme.good
                    };
                    ratatui::text::Line::styled(status.text.clone(), style)
                        .render(ratatui::layout::Rect::new(area.x, y, area.width, 1), buf);
                }
            }
            Screen::Saved { record, saved } => {
                prompts::render_saved(self, record, saved, area, buf);
            }
        }
        if self.help {
            prompts::render_help(self, area, buf);
        }
    }
}
