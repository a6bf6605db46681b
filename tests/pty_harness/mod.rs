//! Runs the real `letdown` binary in a pseudo-terminal and reads its screen.
//!
//! A reader thread feeds everything the program writes into a `vt100` parser
//! and answers the queries a real terminal would (cursor position, device
//! attributes, colours), so that nothing waits on a terminal that never
//! replies. Tests poll the parsed screen with a deadline; none sleeps.

// Each test crate uses its own part of the harness.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread;
use std::time::{Duration, Instant};

use letdown::session::{SessionRecord, State, Timestamp};
use letdown::store::StateDir;
use portable_pty::{Child, CommandBuilder, ExitStatus, MasterPty, PtySize, native_pty_system};
use tempfile::TempDir;

use replies::Replies;

pub mod procfs;
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

    /// The running session in the state folder; panics if there is none.
    pub fn running(&self) -> SessionRecord {
        let record = StateDir::new(self.state_dir())
            .read_running()
            .expect("the running file reads")
            .expect("a running session file");
        assert_eq!(record.state, State::Running);
        record
    }

    /// The heartbeat of the running session on disk.
    pub fn heartbeat(&self) -> Timestamp {
        self.running()
            .running
            .expect("a running session's position")
            .heartbeat
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

    /// `letdown ARGS` as a plain process, without a terminal, in the same
    /// folders as the programs this home spawns (`env` added).
    pub fn command(&self, args: &[&str], env: &[(&str, &str)]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_letdown"));
        cmd.args(args).current_dir(self.root());
        for var in [
            "LETDOWN_CONFIG",
            "LETDOWN_DATA_DIR",
            "NO_COLOR",
            "DBUS_SESSION_BUS_ADDRESS",
            "TMUX",
            // The tests read English unless they ask for another language.
            "LC_ALL",
            "LC_MESSAGES",
            "LANG",
            "LETDOWN_PLAIN",
        ] {
            cmd.env_remove(var);
        }
        cmd.env("HOME", self.root())
            .env("XDG_CONFIG_HOME", self.root().join("config"))
            .env("XDG_DATA_HOME", self.root().join("data"))
            .env("XDG_STATE_HOME", self.root().join("state"));
        for (name, value) in env {
            cmd.env(name, value);
        }
        cmd
    }

    /// Runs `letdown ARGS` to its end, without a terminal.
    pub fn run(&self, args: &[&str]) -> std::process::Output {
        self.command(args, &[])
            .stdin(std::process::Stdio::null())
            .output()
            .expect("letdown runs")
    }

    /// Starts `letdown ARGS` in a terminal of `cols`×`rows`.
    pub fn spawn(&self, args: &[&str], cols: u16, rows: u16) -> Pty {
        self.spawn_with_env(args, &[], cols, rows)
    }

    /// Starts `letdown ARGS` with `env` added to its environment.
    pub fn spawn_with_env(&self, args: &[&str], env: &[(&str, &str)], cols: u16, rows: u16) -> Pty {
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_letdown"));
        cmd.args(args);
        let mut pty_env = Vec::new();
        for (name, value) in env {
            pty_env.push(((*name).to_string(), (*value).to_string()));
        }
        self.spawn_command_with(cmd, &pty_env, cols, rows)
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

    fn spawn_command(&self, cmd: CommandBuilder, cols: u16, rows: u16) -> Pty {
        self.spawn_command_with(cmd, &[], cols, rows)
    }

    fn spawn_command_with(
        &self,
        mut cmd: CommandBuilder,
        env: &[(String, String)],
        cols: u16,
        rows: u16,
    ) -> Pty {
        cmd.cwd(self.root());
        for var in [
            "LETDOWN_CONFIG",
            "LETDOWN_DATA_DIR",
            "NO_COLOR",
            "DBUS_SESSION_BUS_ADDRESS",
            "TMUX",
            // The tests read English unless they ask for another language.
            "LC_ALL",
            "LC_MESSAGES",
            "LANG",
            "LETDOWN_PLAIN",
        ] {
            cmd.env_remove(var);
        }
        cmd.env("HOME", self.root());
        cmd.env("XDG_CONFIG_HOME", self.root().join("config"));
        cmd.env("XDG_DATA_HOME", self.root().join("data"));
        cmd.env("XDG_STATE_HOME", self.root().join("state"));
        cmd.env("TERM", "xterm-256color");
        for (name, value) in env {
            cmd.env(name, value);
        }
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
    /// Set when the reader has stopped: it let go, or read everything the
    /// program wrote before its side closed.
    stopped: Arc<AtomicBool>,
    /// Everything the program wrote, as written.
    transcript: Arc<Mutex<Vec<u8>>>,
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
        let stopped = Arc::new(AtomicBool::new(false));
        let transcript = Arc::new(Mutex::new(Vec::new()));
        let reader = pair.master.try_clone_reader().expect("pty reader");
        spawn_reader(
            reader,
            Reader {
                parser: Arc::clone(&parser),
                writer: Arc::clone(&writer),
                let_go: Arc::clone(&let_go),
                stopped: Arc::clone(&stopped),
                transcript: Arc::clone(&transcript),
            },
        );
        Self {
            parser,
            writer,
            master: Some(pair.master),
            child,
            let_go,
            stopped,
            transcript,
        }
    }

    /// The screen as text, one line a row.
    pub fn contents(&self) -> String {
        lock(&self.parser).screen().contents()
    }

    /// Everything the program has written to its terminal so far, escape
    /// sequences included.
    pub fn transcript(&self) -> Vec<u8> {
        lock(&self.transcript).clone()
    }

    /// Whether the program is on the alternate screen right now.
    pub fn is_alternate_screen(&self) -> bool {
        lock(&self.parser).screen().alternate_screen()
    }

    /// Whether the cursor is shown (a full-screen program hides it).
    pub fn is_cursor_shown(&self) -> bool {
        !lock(&self.parser).screen().hide_cursor()
    }

    /// Waits until everything the program wrote before its side of the
    /// terminal closed (it exited, or was killed) is on the parsed screen.
    pub fn wait_drained(&self) {
        self.wait_reader_stopped();
    }

    fn wait_reader_stopped(&self) {
        let deadline = Instant::now() + PATIENCE;
        while !self.stopped.load(Ordering::SeqCst) {
            assert!(
                Instant::now() < deadline,
                "the terminal is still read; the screen:\n{}",
                self.contents()
            );
            thread::sleep(POLL);
        }
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

    /// Taps let-downs number `taps` of the session, each confirmed on
    /// screen before the next.
    pub fn tap(&self, taps: RangeInclusive<usize>) {
        for n in taps {
            self.send(b" ");
            self.wait_for(&format!("let-down {n} saved"));
        }
    }

    /// Kills the program with SIGKILL and waits until it is gone.
    pub fn kill_9(&mut self) {
        self.signal("KILL");
        self.wait_exit(Duration::from_secs(5)).expect("killed");
    }

    /// The program's process id.
    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("a pid")
    }

    /// The process id of letdown started by [`Home::spawn_under_shell`]:
    /// the shell's child.
    pub fn pid_under_shell(&self) -> u32 {
        let shell = self.pid();
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(pid) = procfs::child_of(shell) {
                return pid;
            }
            assert!(Instant::now() < deadline, "the shell started no letdown");
            thread::sleep(POLL);
        }
    }

    /// Whether the program has exited, without waiting.
    pub fn has_exited(&mut self) -> Option<ExitStatus> {
        self.child.try_wait().expect("try_wait")
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
        self.hang_up();
    }

    /// Closes the terminal while the program sits idle, with no key or
    /// frame on the way: it must notice by itself. Waits for the program to
    /// draw on its own first (a running session's clock does every second),
    /// so that the reader lets go.
    pub fn close_terminal_when_idle(&mut self) {
        self.let_go.store(true, Ordering::SeqCst);
        self.wait_reader_stopped();
        self.hang_up();
    }

    fn hang_up(&mut self) {
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

/// What the reader thread shares with its [`Pty`].
struct Reader {
    parser: Arc<Mutex<vt100::Parser<Replies>>>,
    writer: Writer,
    let_go: Arc<AtomicBool>,
    stopped: Arc<AtomicBool>,
    transcript: Arc<Mutex<Vec<u8>>>,
}

/// Feeds the program's output to the parser and sends back its replies.
fn spawn_reader(reader: Box<dyn Read + Send>, shared: Reader) {
    thread::spawn(move || {
        pump(reader, &shared);
        // The reader's handle on the terminal is closed by now.
        shared.stopped.store(true, Ordering::SeqCst);
    });
}

/// Reads until the program's side closes or the reader is asked to let go.
fn pump(mut reader: Box<dyn Read + Send>, shared: &Reader) {
    let mut buf = [0u8; 8192];
    loop {
        let n = match reader.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => n,
        };
        lock(&shared.transcript).extend_from_slice(&buf[..n]);
        let replies = {
            let mut parser = lock(&shared.parser);
            parser.process(&buf[..n]);
            std::mem::take(&mut parser.callbacks_mut().out)
        };
        if !replies.is_empty()
            && let Some(writer) = lock(&shared.writer).as_mut()
        {
            let _ = writer.write_all(&replies);
            let _ = writer.flush();
        }
        if shared.let_go.load(Ordering::SeqCst) {
            return;
        }
    }
}
