//! A program in a pseudo-terminal, watched the way a terminal emulator would:
//! its output is parsed into a screen (vt100), its queries for the cursor
//! position and the device attributes are answered, and every chunk of output
//! is stamped with the instant it was read, so that times are measured from
//! the reading, not from when the harness got round to looking.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

/// The terminal's size: a common window.
pub const ROWS: u16 = 30;
pub const COLS: u16 = 100;

/// A gap in the output longer than this starts a new redraw.
const BURST_GAP: Duration = Duration::from_millis(50);

/// Output read from the terminal, and when.
struct Chunk {
    at: Instant,
    bytes: Vec<u8>,
}

/// A running program in a pseudo-terminal.
pub struct Term {
    child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    chunks: Receiver<Chunk>,
    parser: vt100::Parser,
    /// The end of the last chunk, kept to catch a query split across two reads.
    tail: Vec<u8>,
    pub spawned_at: Instant,
    /// Output read since the last [`Term::take_output`]: bytes and redraws.
    bytes: usize,
    bursts: usize,
    last_chunk: Option<Instant>,
}

/// Output over a stretch of time.
#[derive(Debug, Clone, Copy)]
pub struct Output {
    pub bytes: usize,
    pub redraws: usize,
}

impl Term {
    /// Starts `program` with exactly the environment `env` (nothing inherited).
    pub fn spawn(program: &Path, args: &[&str], env: &[(String, String)]) -> Self {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut command = CommandBuilder::new(program);
        command.args(args);
        command.env_clear();
        for (key, value) in env {
            command.env(key, value);
        }
        let mut reader = pty.master.try_clone_reader().expect("a pty reader");
        let writer = pty.master.take_writer().expect("a pty writer");
        let (tx, chunks) = mpsc::channel();
        thread::spawn(move || {
            let mut buf = vec![0u8; 64 * 1024];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => return,
                    Ok(n) => {
                        let chunk = Chunk {
                            at: Instant::now(),
                            bytes: buf[..n].to_vec(),
                        };
                        if tx.send(chunk).is_err() {
                            return;
                        }
                    }
                }
            }
        });
        let spawned_at = Instant::now();
        let child = pty
            .slave
            .spawn_command(command)
            .expect("the program starts");
        drop(pty.slave);
        Self {
            child,
            _master: pty.master,
            writer,
            chunks,
            parser: vt100::Parser::new(ROWS, COLS, 0),
            tail: Vec::new(),
            spawned_at,
            bytes: 0,
            bursts: 0,
            last_chunk: None,
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("a child process id")
    }

    /// Types `bytes`; returns the instant just before they were written.
    pub fn send(&mut self, bytes: &[u8]) -> Instant {
        let at = Instant::now();
        self.writer.write_all(bytes).expect("typed");
        self.writer.flush().expect("flushed");
        at
    }

    /// Reads output until the screen satisfies `done`, or `timeout` passes.
    /// Returns the instant at which the output that satisfied it was read.
    pub fn wait_for(&mut self, timeout: Duration, done: impl Fn(&str) -> bool) -> Option<Instant> {
        let deadline = Instant::now() + timeout;
        if done(&self.screen()) {
            return Some(Instant::now());
        }
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.chunks.recv_timeout(left) {
                Ok(chunk) => {
                    let at = chunk.at;
                    self.take(&chunk);
                    // Everything already read belongs to the same moment or later.
                    while let Ok(more) = self.chunks.try_recv() {
                        if done(&self.screen()) {
                            return Some(at);
                        }
                        self.take(&more);
                    }
                    if done(&self.screen()) {
                        return Some(at);
                    }
                }
                Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => return None,
            }
        }
    }

    /// Reads whatever output comes during `span`.
    pub fn pump_for(&mut self, span: Duration) {
        let deadline = Instant::now() + span;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return;
            }
            match self.chunks.recv_timeout(left) {
                Ok(chunk) => self.take(&chunk),
                Err(RecvTimeoutError::Timeout) => return,
                Err(RecvTimeoutError::Disconnected) => {
                    thread::sleep(left);
                    return;
                }
            }
        }
    }

    /// The output counted since the last call, and a fresh count from now.
    pub fn take_output(&mut self) -> Output {
        let output = Output {
            bytes: self.bytes,
            redraws: self.bursts,
        };
        self.bytes = 0;
        self.bursts = 0;
        output
    }

    /// The screen as text, row by row.
    pub fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    /// Ends the program (SIGHUP, as a closed window would) and waits for it.
    pub fn close(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    fn take(&mut self, chunk: &Chunk) {
        if self
            .last_chunk
            .is_none_or(|last| chunk.at.saturating_duration_since(last) > BURST_GAP)
        {
            self.bursts += 1;
        }
        self.last_chunk = Some(chunk.at);
        self.bytes += chunk.bytes.len();
        self.parser.process(&chunk.bytes);
        self.answer_queries(&chunk.bytes);
    }

    /// Answers what crossterm and image protocols ask a terminal: where the
    /// cursor is (`ESC[6n`) and what the terminal is (`ESC[c`).
    fn answer_queries(&mut self, bytes: &[u8]) {
        let mut seen = std::mem::take(&mut self.tail);
        let from = seen.len();
        seen.extend_from_slice(bytes);
        let mut replies = Vec::new();
        for i in 0..seen.len() {
            // A query counts once: when its last byte is new.
            let is = |query: &[u8]| seen[i..].starts_with(query) && i + query.len() > from;
            if is(b"\x1b[c") || is(b"\x1b[0c") {
                replies.extend_from_slice(b"\x1b[?62;22c");
            }
            if is(b"\x1b[6n") {
                let (row, col) = self.parser.screen().cursor_position();
                replies.extend_from_slice(format!("\x1b[{};{}R", row + 1, col + 1).as_bytes());
            }
        }
        let keep = seen.len().saturating_sub(3);
        self.tail = seen.split_off(keep);
        if !replies.is_empty() {
            self.send(&replies);
        }
    }
}
