//! Runs the real `letdown` binary in a pseudo-terminal and reads its screen.
//!
//! A reader thread feeds everything the program writes into a `vt100` parser
//! and answers the queries a real terminal would (cursor position, device
//! attributes, colours), so that nothing waits on a terminal that never
//! replies. Tests poll the parsed screen with a deadline; none sleeps.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};
use tempfile::TempDir;

use replies::Replies;

mod replies;

/// How long a test waits for the program to show something.
pub const PATIENCE: Duration = Duration::from_secs(10);
/// How often the screen is looked at while waiting.
const POLL: Duration = Duration::from_millis(20);

/// Config, data and state folders of their own, for one test.
pub struct Home {
    temp: TempDir,
}

impl Home {
    /// Isolated folders with `config` as the config file.
    pub fn new(config: &str) -> Self {
        let temp = tempfile::tempdir().expect("tempdir");
        let dir = temp.path().join("config/letdown");
        std::fs::create_dir_all(&dir).expect("config folder");
        std::fs::write(dir.join("config.toml"), config).expect("config file");
        Self { temp }
    }

    pub fn root(&self) -> &Path {
        self.temp.path()
    }

    /// `$XDG_STATE_HOME/letdown`.
    pub fn state_dir(&self) -> PathBuf {
        self.root().join("state/letdown")
    }

    /// `$XDG_DATA_HOME/letdown`.
    pub fn data_dir(&self) -> PathBuf {
        self.root().join("data/letdown")
    }

    pub fn running_file(&self) -> PathBuf {
        self.state_dir().join("running.toml")
    }

    /// Every finished session file in the data dir.
    pub fn saved_sessions(&self) -> Vec<PathBuf> {
        let Ok(days) = std::fs::read_dir(self.data_dir().join("sessions")) else {
            return Vec::new();
        };
        let mut files: Vec<PathBuf> = days
            .flat_map(|day| std::fs::read_dir(day.expect("day").path()).expect("day folder"))
            .map(|f| f.expect("file").path())
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .collect();
        files.sort();
        files
    }

    /// Starts `letdown ARGS` in a terminal of `cols`×`rows`.
    pub fn spawn(&self, args: &[&str], cols: u16, rows: u16) -> Pty {
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_letdown"));
        cmd.args(args);
        self.spawn_command(cmd, cols, rows)
    }

    /// Starts `letdown ARGS` from a shell that leads the terminal's session
    /// and ignores SIGHUP: when the terminal goes away, only the kernel's
    /// hang-up on the terminal itself tells letdown, no signal does.
    pub fn spawn_under_shell(&self, args: &[&str], cols: u16, rows: u16) -> Pty {
        let mut cmd = CommandBuilder::new("sh");
        cmd.args(["-c", "trap '' HUP; \"$0\" \"$@\"; exit $?"]);
        cmd.arg(env!("CARGO_BIN_EXE_letdown"));
        cmd.args(args);
        self.spawn_command(cmd, cols, rows)
    }

    /// Starts a shell script in the same surroundings.
    pub fn spawn_script(&self, script: &str, cols: u16, rows: u16) -> Pty {
        let mut cmd = CommandBuilder::new("sh");
        cmd.args(["-c", script]);
        self.spawn_command(cmd, cols, rows)
    }

    fn spawn_command(&self, mut cmd: CommandBuilder, cols: u16, rows: u16) -> Pty {
        cmd.cwd(self.root());
        for var in [
            "LETDOWN_CONFIG",
            "LETDOWN_DATA_DIR",
            "NO_COLOR",
            "DBUS_SESSION_BUS_ADDRESS",
            "TMUX",
        ] {
            cmd.env_remove(var);
        }
        cmd.env("HOME", self.root());
        cmd.env("XDG_CONFIG_HOME", self.root().join("config"));
        cmd.env("XDG_DATA_HOME", self.root().join("data"));
        cmd.env("XDG_STATE_HOME", self.root().join("state"));
        cmd.env("TERM", "xterm-256color");
        Pty::spawn(cmd, cols, rows)
    }
}

type Writer = Arc<Mutex<Option<Box<dyn Write + Send>>>>;

/// The program in its pseudo-terminal.
pub struct Pty {
    parser: Arc<Mutex<vt100::Parser<Replies>>>,
    writer: Writer,
    master: Option<Box<dyn MasterPty + Send>>,
    child: Box<dyn Child + Send + Sync>,
    /// Asks the reader to let go of the terminal after its next read.
    let_go: Arc<AtomicBool>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Pty {
    fn spawn(cmd: CommandBuilder, cols: u16, rows: u16) -> Self {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let child = pair.slave.spawn_command(cmd).expect("spawn letdown");
        // Only the child holds the terminal's other end: its exit ends the reader.
        drop(pair.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new_with_callbacks(
            rows,
            cols,
            0,
            Replies::default(),
        )));
        let writer: Writer = Arc::new(Mutex::new(Some(
            pair.master.take_writer().expect("pty writer"),
        )));
        let let_go = Arc::new(AtomicBool::new(false));
        let reader = pair.master.try_clone_reader().expect("pty reader");
        spawn_reader(
            reader,
            Arc::clone(&parser),
            Arc::clone(&writer),
            Arc::clone(&let_go),
        );
        Self {
            parser,
            writer,
            master: Some(pair.master),
            child,
            let_go,
        }
    }

    /// The screen as text, one line a row.
    pub fn contents(&self) -> String {
        lock(&self.parser).screen().contents()
    }

    /// Waits until the screen shows `text`; panics with the screen if it never does.
    pub fn wait_for(&self, text: &str) {
        self.wait_until(&format!("the screen to show {text:?}"), |screen| {
            screen.contents().contains(text)
        });
    }

    /// Waits until the program has switched back from the alternate screen.
    pub fn wait_for_main_screen(&self) {
        self.wait_until("the main screen", |screen| !screen.alternate_screen());
    }

    /// Waits until `check` holds for the screen.
    pub fn wait_until(&self, what: &str, check: impl Fn(&vt100::Screen) -> bool) {
        let deadline = Instant::now() + PATIENCE;
        loop {
            {
                let parser = lock(&self.parser);
                if check(parser.screen()) {
                    return;
                }
            }
            assert!(
                Instant::now() < deadline,
                "gave up waiting for {what}; the screen:\n{}",
                self.contents()
            );
            thread::sleep(POLL);
        }
    }

    /// Types `bytes` as if on the keyboard.
    pub fn send(&self, bytes: &[u8]) {
        let mut writer = lock(&self.writer);
        let writer = writer.as_mut().expect("the terminal is still open");
        writer.write_all(bytes).expect("write to the pty");
        writer.flush().expect("flush the pty");
    }

    /// The program's process id.
    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("a pid")
    }

    /// Sends a signal by name (`KILL`, `HUP`, `TERM`) to the program.
    pub fn signal(&self, name: &str) {
        let status = Command::new("kill")
            .arg(format!("-{name}"))
            .arg(self.pid().to_string())
            .status()
            .expect("run kill");
        assert!(status.success(), "kill -{name} failed");
    }

    /// Waits for the program to exit, at most `within`.
    pub fn wait_exit(&mut self, within: Duration) -> Option<ExitStatus> {
        let deadline = Instant::now() + within;
        loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                return Some(status);
            }
            if Instant::now() >= deadline {
                return None;
            }
            thread::sleep(POLL);
        }
    }

    /// Closes the terminal as a closed window would: every handle on the
    /// pty's master side goes, and the kernel hangs up the program's side.
    pub fn close_terminal(&mut self) {
        self.let_go.store(true, Ordering::SeqCst);
        // The reader lets go after its next read: `?` makes the program draw.
        self.send(b"?");
        lock(&self.writer).take();
        self.master.take();
    }

    /// Changes the terminal's size, as a window resize would.
    pub fn resize(&self, cols: u16, rows: u16) {
        lock(&self.parser).screen_mut().set_size(rows, cols);
        self.master
            .as_ref()
            .expect("the terminal is still open")
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("resize the pty");
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Feeds the program's output to the parser and sends back its replies.
fn spawn_reader(
    mut reader: Box<dyn Read + Send>,
    parser: Arc<Mutex<vt100::Parser<Replies>>>,
    writer: Writer,
    let_go: Arc<AtomicBool>,
) {
    thread::spawn(move || {
        let mut buf = [0u8; 8192];
        loop {
            let n = match reader.read(&mut buf) {
                Ok(0) | Err(_) => return,
                Ok(n) => n,
            };
            let replies = {
                let mut parser = lock(&parser);
                parser.process(&buf[..n]);
                std::mem::take(&mut parser.callbacks_mut().out)
            };
            if !replies.is_empty()
                && let Some(writer) = lock(&writer).as_mut()
            {
                let _ = writer.write_all(&replies);
                let _ = writer.flush();
            }
            if let_go.load(Ordering::SeqCst) {
                return;
            }
        }
    });
}
