//! A session screen in a temp folder, driven by a fake clock and synthetic keys.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers};
use tempfile::TempDir;

use letdown::config::Config;
use letdown::context::Context;
use letdown::session::{Engine, Now, SessionRecord};
use letdown::store::{DataDir, StateDir};
use letdown::tui::app::{App, Opening, Outcome, Overlay, Screen};
use letdown::tui::theme::Theme;

/// The wall-clock time every session here starts at.
pub const START: &str = "2026-11-23T07:14:05+01:00";

/// A clock that only moves when told: a fixed base instant plus seconds.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    base: Instant,
    wall: DateTime<FixedOffset>,
}

impl Clock {
    pub fn new() -> Self {
        Self::starting_at(START)
    }

    /// A clock whose wall time starts at `start` (RFC 3339).
    pub fn starting_at(start: &str) -> Self {
        Self {
            base: Instant::now(),
            wall: DateTime::parse_from_rfc3339(start).expect("start time"),
        }
    }

    /// Both clocks `secs` after the start.
    pub fn at(&self, secs: f64) -> Now {
        let since = Duration::from_secs_f64(secs);
        Now {
            mono: self.base + since,
            wall: self.wall + chrono::Duration::from_std(since).expect("duration"),
        }
    }

    pub fn mono(&self, secs: f64) -> Instant {
        self.base + Duration::from_secs_f64(secs)
    }
}

/// The folders a test's app works in, removed afterwards.
pub struct Folders {
    pub temp: TempDir,
    pub context: Context,
}

impl Folders {
    /// Fresh folders and the built-in default config.
    pub fn new() -> Self {
        Self::with_config(Config::default())
    }

    pub fn with_config(config: Config) -> Self {
        let temp = tempfile::tempdir().expect("tempdir");
        let state = StateDir::new(temp.path().join("state"));
        let context = Context {
            config,
            config_path: temp.path().join("config.toml"),
            config_found: false,
            // As `Context::load` has it: what waits in the state folder is listed.
            data: DataDir::new(temp.path().join("data")).with_waiting(state.unsaved_dir()),
            state,
        };
        Self { temp, context }
    }

    /// The same folders with another data dir.
    pub fn with_data_dir(mut self, data: PathBuf) -> Self {
        self.context.data = DataDir::new(data).with_waiting(self.context.state.unsaved_dir());
        self
    }

    /// The running session as it is on disk right now.
    pub fn running(&self) -> Option<SessionRecord> {
        self.context
            .state
            .read_running()
            .expect("running file reads")
    }

    pub fn running_path(&self) -> PathBuf {
        self.context.state.running_path()
    }

    /// The finished session files in the data dir's folder for the start day.
    pub fn saved_files(&self) -> Vec<PathBuf> {
        let day = self.context.data.root().join("sessions/2026-11-23");
        let Ok(entries) = std::fs::read_dir(day) else {
            return Vec::new();
        };
        let mut files: Vec<PathBuf> = entries
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .collect();
        files.sort();
        files
    }
}

/// A key press.
pub fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

pub fn ch(c: char) -> KeyEvent {
    key(KeyCode::Char(c))
}

/// The same key, released.
pub fn release(code: KeyCode) -> KeyEvent {
    KeyEvent {
        code,
        modifiers: KeyModifiers::NONE,
        kind: KeyEventKind::Release,
        state: KeyEventState::NONE,
    }
}

/// An app in its own folders, driven by its own fake clock.
pub struct Run {
    // Declared first so it lets go of the lock before the folders go.
    pub app: App,
    pub folders: Folders,
    pub clock: Clock,
}

impl Run {
    /// A new session in fresh folders, without colour.
    pub fn start() -> Self {
        Self::start_in(Folders::new(), Theme::plain())
    }

    /// A new session in `folders`, drawn with `theme`.
    pub fn start_in(folders: Folders, theme: Theme) -> Self {
        Self::open(folders, Clock::new(), Opening::Fresh(None), theme)
    }

    /// A new session on the plan of that name, in fresh folders, without colour.
    pub fn start_plan(name: &str) -> Self {
        let opening = Opening::Fresh(Some(name.to_string()));
        Self::open(Folders::new(), Clock::new(), opening, Theme::plain())
    }

    fn open(folders: Folders, clock: Clock, opening: Opening, theme: Theme) -> Self {
        let lock = folders.context.state.lock().expect("session lock");
        let app = App::new(&folders.context, Some(lock), opening, clock.at(0.0), theme);
        Self {
            app,
            folders,
            clock,
        }
    }

    /// The day screen (home) in `folders`, without a session lock.
    pub fn home(folders: Folders, theme: Theme) -> Self {
        let clock = Clock::new();
        let app = App::new(&folders.context, None, Opening::Day, clock.at(0.0), theme);
        Self {
            app,
            folders,
            clock,
        }
    }

    /// As if the process died here: a new app finds the running session.
    pub fn interrupt(self) -> Self {
        let Self {
            app,
            folders,
            clock,
        } = self;
        let theme = app.theme;
        drop(app);
        let record = folders.running().expect("a running session was left");
        assert_eq!(record.state, letdown::session::State::Running);
        Self::open(
            folders,
            clock,
            Opening::Interrupted(Box::new(record)),
            theme,
        )
    }

    /// Presses `key` `secs` after the start.
    pub fn press(&mut self, secs: f64, key: KeyEvent) -> Vec<Outcome> {
        self.app.on_key(&key, self.clock.at(secs))
    }

    /// Presses the let-down key.
    pub fn tap(&mut self, secs: f64) -> Vec<Outcome> {
        self.press(secs, ch(' '))
    }

    /// Types `text` into the app, one key after another.
    pub fn type_text(&mut self, secs: f64, text: &str) {
        for c in text.chars() {
            self.press(secs, ch(c));
        }
    }

    /// Lets time pass to `secs` after the start.
    pub fn tick(&mut self, secs: f64) -> Vec<Outcome> {
        self.app.tick(self.clock.at(secs))
    }

    /// Whether the summary form is open over the running session.
    pub fn in_summary(&self) -> bool {
        matches!(
            self.app.screen,
            Screen::Session {
                overlay: Some(Overlay::Summary(_)),
                ..
            }
        )
    }

    /// The running engine; panics on any other screen.
    pub fn engine(&self) -> &Engine {
        match (&self.app.screen, self.app.engine()) {
            (Screen::Session { .. }, Some(engine)) => engine,
            (other, _) => panic!("expected the session screen, found {other:?}"),
        }
    }

    /// The status line's text, if any.
    pub fn status(&self) -> String {
        self.app
            .status
            .as_ref()
            .map(|s| s.text.clone())
            .unwrap_or_default()
    }

    /// The screen as text at `width`×`height`.
    pub fn screen(&self, width: u16, height: u16) -> String {
        screen(&self.app, width, height)
    }
}

/// Draws the app into a test terminal of `width`×`height`.
pub fn draw(app: &App, width: u16, height: u16) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("test terminal");
    terminal
        .draw(|frame| frame.render_widget(app, frame.area()))
        .expect("draw");
    terminal.backend().buffer().clone()
}

/// A buffer as lines of text, trailing spaces trimmed.
pub fn text(buf: &Buffer) -> String {
    let area = buf.area;
    (area.top()..area.bottom())
        .map(|y| {
            let line: String = (area.left()..area.right())
                .map(|x| buf[(x, y)].symbol())
                .collect();
            line.trim_end().to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Draws and returns the text, checking that no session id leaks onto the screen.
pub fn screen(app: &App, width: u16, height: u16) -> String {
    let shown = text(&draw(app, width, height));
    if let Some(id) = session_id(app) {
        assert!(
            !shown.contains(&id),
            "the screen shows the session id {id}:\n{shown}"
        );
    }
    shown
}

/// The id of the session on screen; none on the day and history screens, which name files.
fn session_id(app: &App) -> Option<String> {
    match &app.screen {
        Screen::Session { .. } => app.engine().map(|engine| engine.record().id.clone()),
        Screen::Resume { record, .. } => Some(record.id.clone()),
        Screen::Finish { form, .. } | Screen::Edit { form, .. } | Screen::Add { form, .. } => {
            Some(form.record().id.clone())
        }
        Screen::Day(_) | Screen::History(_) => None,
    }
}
