//! The terminal app: the event loop and the terminal's lifetime, around the
//! app state in [`app`] and one file per screen.
//!
//! Input, signals, a watchdog for a lost terminal, the socket that
//! `letdown tap` talks to and a watcher of the folders on screen each run on
//! their own thread and feed one channel; the loop blocks on it until the next moment something visible
//! changes, and draws once per thing that happened.

pub mod app;
pub mod day_screen;
mod detail;
mod history;
pub mod history_screen;
pub mod keymap;
pub mod photo;
mod prompts;
mod render;
mod session_screen;
pub mod steps;
pub mod summary;
pub mod theme;
mod watcher;
mod widgets;

use std::io::{self, IsTerminal, Write};
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::thread;
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{self, Event, KeyEvent, KeyEventKind};

use crate::context::Context;
use crate::failure::Failure;
use crate::hooks::HookRunner;
use crate::host::{Opened, RemoteHub};
use crate::notify::Notifier;
use crate::remote::Incoming;
use crate::session::Now;
use app::{App, Outcome};
use theme::Theme;

/// What wakes the loop.
#[derive(Debug)]
enum Wake {
    Key(KeyEvent),
    Resize,
    /// SIGTERM, SIGINT or SIGHUP.
    Signal,
    /// The terminal went away (window closed, SSH dropped).
    Lost,
    /// The photo thread has loaded or scaled the photo.
    Photo,
    /// The Baby Buddy sync has news for the status line.
    Synced,
    /// A request from another terminal (`letdown tap`), waiting for its answer.
    Remote(Incoming),
    /// A hook failed: there is something to say.
    Hook,
    /// The folders the screen shows changed (a session added, restored or
    /// synced in from elsewhere).
    Data,
}

/// Opens the app: the day screen, or with `start` a new session (on `plan`,
/// else the plan used last). An
/// interrupted session is offered for resuming first, in either case.
pub fn run(context: &Context, start: bool, plan: Option<String>) -> Result<(), Failure> {
    let start_key = keymap::Keymap::new(&context.config.keys).label(keymap::Action::Start);
    let Opened {
        lock,
        opening,
        notes,
    } = crate::host::open(context, start, plan, &start_key)?;
    let theme = Theme::new(context.config.night, Theme::no_color_env());
    let mut app = App::new(context, lock, opening, Now::system(), theme);
    for note in notes {
        app.say(note, true);
    }
    let notifier = Notifier::new(&context.config.notifications);
    let mut terminal = ratatui::try_init().map_err(|err| {
        Failure::Io(crate::tr!(
            "session-open-terminal-failed",
            error = err.to_string()
        ))
    })?;
    let (tx, rx) = mpsc::channel();
    let hooks = (!context.config.hooks.is_empty()).then(|| {
        let wake = tx.clone();
        HookRunner::new(move || {
            let _ = wake.send(Wake::Hook);
        })
    });
    let remote_tx = tx.clone();
    app.set_remote(RemoteHub::new(move |incoming| {
        remote_tx.send(Wake::Remote(incoming)).is_ok()
    }));
    if photo::wanted(&context.config) {
        let picker = pick_graphics(&mut terminal);
        let wake = tx.clone();
        app.set_photo_backend(photo::Backend::new(picker, move || {
            let _ = wake.send(Wake::Photo);
        }));
    }
    let wake = tx.clone();
    if let Some(sync) = crate::babybuddy::AutoSync::start(context, move || {
        let _ = wake.send(Wake::Synced);
    }) {
        app.set_auto_sync(sync);
    }
    let wake = tx.clone();
    let mut watcher = watcher::Watcher::start(move || wake.send(Wake::Data).is_ok());
    spawn_input(tx.clone());
    wake_at_the_end(tx);
    let result = event_loop(
        &mut terminal,
        &mut app,
        &rx,
        &notifier,
        hooks.as_ref(),
        watcher.as_mut(),
    );
    restore_terminal(terminal);
    if let Some(hooks) = hooks {
        // The user left: the hooks queued (an `end` right after the save)
        // get their time. A signal or a lost terminal leaves at once.
        let within = match result {
            Ok(Leaving::Chosen) => crate::hooks::TIME_LIMIT,
            _ => Duration::ZERO,
        };
        hooks.finish(within);
    }
    result.map(drop)
}

/// How the event loop ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Leaving {
    /// The user quit.
    Chosen,
    /// A signal or a lost terminal: out within a second.
    Hurried,
}

/// Puts the terminal back as it was. When it is gone (window closed, SSH
/// dropped) there is nothing to put back and no one to tell: ratatui reports
/// such failures with `eprintln!` (in `restore`, and in `Terminal`'s drop,
/// which shows the cursor), that panics on a hung-up terminal, and the panic
/// hook's second attempt to restore then aborts the process.
fn restore_terminal(terminal: ratatui::DefaultTerminal) {
    let restored = ratatui::try_restore();
    if io::stdout().is_terminal() {
        if let Err(err) = restored {
            let _ = writeln!(
                io::stderr(),
                "letdown: {}",
                crate::tr!("session-restore-terminal-failed", error = err.to_string())
            );
        }
        drop(terminal);
    } else {
        // Its drop would write to the terminal that is gone; the process ends next.
        std::mem::forget(terminal);
    }
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    rx: &mpsc::Receiver<Wake>,
    notifier: &Notifier,
    hooks: Option<&HookRunner>,
    mut watcher: Option<&mut watcher::Watcher>,
) -> Result<Leaving, Failure> {
    let io_err = |err: io::Error| Failure::Io(err.to_string());
    // What the opening asked for: the first phase's hook of `letdown start`.
    for outcome in app.take_queued() {
        if let (Outcome::Hook(event), Some(hooks)) = (outcome, hooks) {
            hooks.run(event);
        }
    }
    loop {
        if let Some(watcher) = watcher.as_deref_mut() {
            watcher.follow(app.followed_folders());
        }
        if let Err(err) = terminal.draw(|frame| frame.render_widget(&*app, frame.area())) {
            // The terminal refuses output: most likely it went away.
            app.save_for_exit(Now::system());
            return Err(io_err(err));
        }
        let wake = {
            let now = Instant::now();
            match app.next_wake(now) {
                Some(at) => rx.recv_timeout(at.saturating_duration_since(now)),
                None => rx.recv().map_err(|_| RecvTimeoutError::Disconnected),
            }
        };
        let now = Now::system();
        let mut outcomes = match wake {
            Ok(Wake::Key(key)) => app.on_key(&key, now),
            Ok(Wake::Remote(incoming)) => {
                let (reply, outcomes) = app.on_remote(incoming.request, now);
                // On disk already; the screen follows at once.
                incoming.answer(reply);
                outcomes
            }
            Ok(Wake::Data) => {
                app.on_data_changed(now);
                app.tick(now)
            }
            Ok(Wake::Resize | Wake::Photo | Wake::Hook | Wake::Synced)
            | Err(RecvTimeoutError::Timeout) => app.tick(now),
            Ok(Wake::Signal | Wake::Lost) | Err(RecvTimeoutError::Disconnected) => {
                app.save_for_exit(now);
                return Ok(Leaving::Hurried);
            }
        };
        outcomes.extend(app.take_queued());
        // Every outcome is carried out (an `end` hook beside the quit), then the loop ends.
        let mut quit = false;
        for outcome in outcomes {
            match outcome {
                Outcome::Quit => quit = true,
                Outcome::Alert(alert) => {
                    if notifier.rings_bell(&alert) {
                        let _ = terminal.backend_mut().write_all(b"\x07");
                        let _ = terminal.backend_mut().flush();
                    }
                    notifier.send(alert);
                }
                Outcome::Hook(event) => {
                    if let Some(hooks) = hooks {
                        hooks.run(event);
                    }
                }
            }
        }
        if let Some(status) = notifier.take_status() {
            app.notice(status.to_string());
        }
        if let Some(trouble) = hooks.and_then(HookRunner::take_trouble) {
            app.warn(trouble);
        }
        if quit {
            return Ok(Leaving::Chosen);
        }
    }
}

/// How this terminal draws pictures. It is asked (briefly) only here, before
/// the input thread starts reading, since the answer arrives as input.
fn pick_graphics(terminal: &mut ratatui::DefaultTerminal) -> ratatui_image::picker::Picker {
    if !(io::stdin().is_terminal() && io::stdout().is_terminal()) {
        return ratatui_image::picker::Picker::halfblocks();
    }
    #[cfg(unix)]
    {
        let picker = photo::query_picker(photo::QUERY_WITHIN);
        // A terminal that does not understand a question may have printed it.
        // Not `terminal.clear()`: that asks where the cursor is, and waits
        // up to 2 s for a terminal that does not say.
        let _ = ratatui::backend::Backend::clear_region(
            terminal.backend_mut(),
            ratatui::backend::ClearType::All,
        );
        picker
    }
    #[cfg(not(unix))]
    {
        let _ = terminal;
        ratatui_image::picker::Picker::halfblocks()
    }
}

/// A quit signal or a terminal gone wakes the loop to save and quit.
fn wake_at_the_end(tx: Sender<Wake>) {
    let quit = tx.clone();
    crate::hangup::on_quit_signal(move || {
        let _ = quit.send(Wake::Signal);
    });
    crate::hangup::on_terminal_lost(move || {
        let _ = tx.send(Wake::Lost);
    });
}

/// Reads terminal events; gives up (and says the terminal is lost) on error.
fn spawn_input(tx: Sender<Wake>) {
    thread::spawn(move || {
        loop {
            let wake = match event::read() {
                Ok(Event::Key(key)) if key.kind == KeyEventKind::Press => Wake::Key(key),
                Ok(Event::Resize(..)) => Wake::Resize,
                Ok(_) => continue,
                Err(_) => Wake::Lost,
            };
            let lost = matches!(wake, Wake::Lost);
            if tx.send(wake).is_err() || lost {
                return;
            }
        }
    });
}
