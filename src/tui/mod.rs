//! The terminal app: the event loop and the terminal's lifetime, around the
//! app state in [`app`] and one file per screen.
//!
//! Input, signals and a watchdog for a lost terminal each run on their own
//! thread and feed one channel; the loop blocks on it until the next moment
//! something visible changes, and draws once per thing that happened.

pub mod app;
pub mod keymap;
mod prompts;
mod session_screen;
pub mod summary;
pub mod theme;
mod widgets;

use std::io::{self, IsTerminal, Write};
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::thread;
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{self, Event, KeyEvent, KeyEventKind};
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};

use crate::commands::{Context, Failure};
use crate::session::{Now, State};
use crate::store::LockError;
use app::{App, Opening, Outcome};
use theme::Theme;

/// How often the watchdog checks that the terminal is still there.
const WATCHDOG_EVERY: Duration = Duration::from_millis(250);

/// What wakes the loop.
#[derive(Debug)]
enum Wake {
    Key(KeyEvent),
    Resize,
    /// SIGTERM, SIGINT or SIGHUP.
    Signal,
    /// The terminal went away (window closed, SSH dropped).
    Lost,
}

/// Opens the session screen: resumes an interrupted session if the user
/// wants, else starts a new one.
pub fn run(context: &Context) -> Result<(), Failure> {
    let lock = context.state.lock().map_err(|err| match err {
        LockError::Busy { .. } => Failure::Io(format!(
            "{err}; finish it there first (this letdown can still print: `letdown log`)"
        )),
        LockError::Io { .. } => Failure::Io(err.to_string()),
    })?;
    context.state.check_writable().map_err(|err| {
        Failure::Io(format!(
            "cannot save sessions in {}: {err}",
            context.state.root().display()
        ))
    })?;
    let mut notes = Vec::new();
    let opening = match context.state.read_running() {
        Ok(Some(record)) if record.state == State::Running => {
            Opening::Interrupted(Box::new(record))
        }
        Ok(Some(record)) => {
            // A finished session the data dir refused last time: try again now.
            match context.data.save_new(&record).or_else(|err| {
                if context.data.contains(&record) {
                    Ok(context.data.path_for(&record))
                } else {
                    Err(err)
                }
            }) {
                Ok(path) => {
                    let _ = context.state.clear_running();
                    notes.push(format!(
                        "your last session is now saved: {}",
                        path.display()
                    ));
                }
                Err(err) => notes.push(format!(
                    "your last session is still kept aside; saving failed: {err}"
                )),
            }
            Opening::Fresh
        }
        Ok(None) => Opening::Fresh,
        Err(reason) => {
            let kept = context
                .state
                .set_aside()
                .map_or_else(|e| e.to_string(), |p| p.display().to_string());
            notes.push(format!(
                "an unreadable running session was set aside ({reason}): {kept}"
            ));
            Opening::Fresh
        }
    };
    let theme = Theme::new(context.config.night, Theme::no_color_env());
    let mut app = App::new(context, lock, opening, Now::system(), theme);
    for note in notes {
        app.say(note, true);
    }
    let mut terminal = ratatui::try_init()
        .map_err(|err| Failure::Io(format!("cannot open the terminal: {err}")))?;
    let (tx, rx) = mpsc::channel();
    spawn_input(tx.clone());
    spawn_signals(tx.clone());
    spawn_watchdog(tx);
    let result = event_loop(&mut terminal, &mut app, &rx);
    restore_terminal(terminal);
    result
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
            let _ = writeln!(io::stderr(), "letdown: cannot restore the terminal: {err}");
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
) -> Result<(), Failure> {
    let io_err = |err: io::Error| Failure::Io(err.to_string());
    loop {
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
        let outcomes = match wake {
            Ok(Wake::Key(key)) => app.on_key(&key, now),
            Ok(Wake::Resize) | Err(RecvTimeoutError::Timeout) => app.tick(now),
            Ok(Wake::Signal | Wake::Lost) | Err(RecvTimeoutError::Disconnected) => {
                app.save_for_exit(now);
                return Ok(());
            }
        };
        for outcome in outcomes {
            match outcome {
                Outcome::Quit => return Ok(()),
                Outcome::Notify(_) => {
                    if app.config.notifications.bell {
                        let _ = terminal.backend_mut().write_all(b"\x07");
                        let _ = terminal.backend_mut().flush();
                    }
                }
            }
        }
    }
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

/// Turns SIGTERM, SIGINT and SIGHUP into a save-and-quit.
fn spawn_signals(tx: Sender<Wake>) {
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGINT, SIGHUP]) else {
        return;
    };
    thread::spawn(move || {
        if signals.forever().next().is_some() {
            let _ = tx.send(Wake::Signal);
        }
    });
}

/// Notices a terminal that went away without a signal, since crossterm's
/// reader can spin on a hung-up terminal instead of failing.
fn spawn_watchdog(tx: Sender<Wake>) {
    thread::spawn(move || {
        loop {
            thread::sleep(WATCHDOG_EVERY);
            if !io::stdin().is_terminal() || !io::stdout().is_terminal() {
                let _ = tx.send(Wake::Lost);
                return;
            }
        }
    });
}
