//! The real binary in a pseudo-terminal with a photo configured: a terminal
//! that never answers the graphics question delays the first frame by a
//! fraction of a second, not seconds; one that answers as kitty gets the
//! photo in kitty graphics.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};
use tempfile::TempDir;

/// What kitty says to the query: graphics OK, sixel too, 10×20-pixel cells,
/// and the status report that ends every answer.
const KITTY_ANSWER: &[u8] = b"\x1b_Gi=31;OK\x1b\\\x1b[?62;4;22c\x1b[6;20;10t\x1b[0n";

/// Generous, for a loaded machine; the point is "not seconds".
const FIRST_FRAME_WITHIN: Duration = Duration::from_secs(1);

/// For things that have no deadline of their own to prove.
const PATIENCE: Duration = Duration::from_secs(20);

/// `letdown start` in a pseudo-terminal, its output collected by a thread.
struct Run {
    _temp: TempDir,
    _master: Box<dyn MasterPty + Send>,
    child: Box<dyn Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    output: Receiver<Vec<u8>>,
    seen: Vec<u8>,
    /// Where the next search starts.
    from: usize,
}

impl Run {
    fn start() -> Self {
        let temp = tempfile::tempdir().expect("tempdir");
        let config = temp.path().join("c/letdown");
        std::fs::create_dir_all(&config).expect("config dir");
        let photo =
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/photo/quadrants.png");
        std::fs::write(
            config.join("config.toml"),
            format!("photo = {:?}\n", photo.display().to_string()),
        )
        .expect("config written");
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("pty");
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_letdown"));
        command.arg("start");
        command.env("TERM", "xterm-256color");
        for (var, dir) in [
            ("XDG_CONFIG_HOME", "c"),
            ("XDG_DATA_HOME", "d"),
            ("XDG_STATE_HOME", "s"),
        ] {
            command.env(var, temp.path().join(dir));
        }
        // Hints from the terminal this test happens to run in must not count.
        for var in [
            "TMUX",
            "TERM_PROGRAM",
            "LC_TERMINAL",
            "WEZTERM_EXECUTABLE",
            "KONSOLE_VERSION",
            "ITERM_SESSION_ID",
        ] {
            command.env_remove(var);
        }
        let child = pair.slave.spawn_command(command).expect("letdown runs");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer = pair.master.take_writer().expect("writer");
        let (tx, output) = mpsc::channel();
        thread::spawn(move || {
            let mut chunk = [0_u8; 4096];
            while let Ok(n @ 1..) = reader.read(&mut chunk) {
                if tx.send(chunk[..n].to_vec()).is_err() {
                    return;
                }
            }
        });
        Self {
            _temp: temp,
            _master: pair.master,
            child,
            writer,
            output,
            seen: Vec::new(),
            from: 0,
        }
    }

    /// Waits for `needle` in what the app writes after the last thing found.
    fn wait_for(&mut self, needle: &[u8], within: Duration) -> Result<(), String> {
        let deadline = Instant::now() + within;
        loop {
            if let Some(at) = self.seen[self.from..]
                .windows(needle.len())
                .position(|w| w == needle)
            {
                self.from += at + needle.len();
                return Ok(());
            }
            let left = deadline.saturating_duration_since(Instant::now());
            match self.output.recv_timeout(left) {
                Ok(chunk) => self.seen.extend(chunk),
                Err(_) => {
                    return Err(format!(
                        "{:?} not written within {within:?}; the output ends with {:?}",
                        String::from_utf8_lossy(needle),
                        String::from_utf8_lossy(&self.seen[self.seen.len().saturating_sub(300)..])
                    ));
                }
            }
        }
    }

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("written");
        self.writer.flush().expect("flushed");
    }
}

impl Drop for Run {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn a_terminal_that_never_answers_costs_a_fraction_of_a_second() {
    let mut run = Run::start();
    run.wait_for(b"\x1b[5n", PATIENCE)
        .expect("the graphics question");
    let asked = Instant::now();
    run.wait_for(b"session started", FIRST_FRAME_WITHIN)
        .expect("the first frame");
    assert!(asked.elapsed() < FIRST_FRAME_WITHIN);
}

#[test]
fn a_kitty_terminal_gets_the_photo_in_kitty_graphics() {
    let mut run = Run::start();
    run.wait_for(b"\x1b[5n", PATIENCE)
        .expect("the graphics question");
    run.send(KITTY_ANSWER);
    run.wait_for(b"session started", FIRST_FRAME_WITHIN)
        .expect("the first frame");
    // On to the third phase, the photo's.
    run.send(b"nn");
    run.wait_for(b"\x1b_G", PATIENCE).expect("kitty graphics");
}
