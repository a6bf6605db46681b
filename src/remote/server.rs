//! The running session's end of the socket: bound by the process that holds
//! the session lock, read on threads of its own, and handed to the app's
//! one event channel, so that the screen never waits for a client.
//!
//! A client gets [`READ_WITHIN`] to send its one short line and is cut off
//! after [`MAX_REQUEST`] bytes; slow ones wait, without a thread each, in a
//! list that one `poll` watches, and past [`MAX_WAITING`] the oldest goes,
//! so that one that connects and says nothing (or many) holds up neither
//! the screen nor the next tap. The app
//! writes each answer to its client itself, without waiting. On Linux each peer's user id is checked
//! (`SO_PEERCRED`); everywhere the folder (0700) and the socket (0600) keep
//! other users out.

use std::collections::VecDeque;
use std::fs;
use std::io::{self, Read, Write};
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, SyncSender};
use std::thread;
use std::time::{Duration, Instant};

use super::{MAX_REQUEST, PathTooLong, Reply, Request, check_socket_path};

/// How long a client has to send its request.
pub const READ_WITHIN: Duration = Duration::from_secs(1);

/// How long a client waits for the session's answer: the change is saved
/// first, and a disk under heavy load can take a while to flush.
pub const ANSWER_WITHIN: Duration = Duration::from_secs(10);

/// How many clients slow to send their request wait at once; one more lets
/// the one waiting longest go. Far more than anyone taps at once, and few
/// enough file descriptors.
pub const MAX_WAITING: usize = 256;

/// A request for the app, and the way back to the client that sent it.
#[derive(Debug)]
pub struct Incoming {
    pub request: Request,
    answer: Answer,
}

/// Where an answer goes.
#[derive(Debug)]
enum Answer {
    /// Straight to the client, without a thread between.
    Client(UnixStream),
    /// To whoever holds the receiver (the app's own tests).
    Channel(SyncSender<Reply>),
}

impl Incoming {
    /// A request and where its answer goes, for the app's own tests.
    #[must_use]
    pub fn new(request: Request) -> (Self, mpsc::Receiver<Reply>) {
        let (answer, back) = mpsc::sync_channel(1);
        (
            Self {
                request,
                answer: Answer::Channel(answer),
            },
            back,
        )
    }

    /// Sends the answer to the client, never waiting for it: one short line
    /// fits in an empty socket buffer, and a client that left (or filled
    /// its buffer) just misses it.
    pub fn answer(self, reply: Reply) {
        match self.answer {
            Answer::Client(stream) => write_answer(&stream, &reply),
            Answer::Channel(back) => {
                let _ = back.try_send(reply);
            }
        }
    }
}

fn write_answer(stream: &UnixStream, reply: &Reply) {
    let mut stream = stream;
    let _ = stream.set_nonblocking(true);
    let _ = stream.write_all(reply.line().as_bytes());
}

/// Why the socket could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ListenError {
    #[error(transparent)]
    TooLong(#[from] PathTooLong),
    #[error("{}", crate::tr!("error-socket-not-ours", path = .0.display().to_string()))]
    NotOurs(PathBuf),
    #[error("{}", crate::tr!(
        "error-socket-cannot-make",
        path = .path.display().to_string(),
        why = .source.to_string()
    ))]
    Io { path: PathBuf, source: io::Error },
}

/// The bound socket. Dropping it removes the socket file and stops its
/// thread; it is kept with the session lock, so that it goes before the
/// lock does.
#[derive(Debug)]
pub struct Listener {
    path: PathBuf,
    /// The socket file's device and inode: only that file is removed.
    file: (u64, u64),
    stop: UnixStream,
}

impl Drop for Listener {
    fn drop(&mut self) {
        if fs::symlink_metadata(&self.path).is_ok_and(|m| (m.dev(), m.ino()) == self.file) {
            let _ = fs::remove_file(&self.path);
        }
        let _ = self.stop.write_all(b"x");
    }
}

/// Binds the socket at `path` and reads requests on a thread of its own,
/// handing each to `deliver` (false: the app has gone). Call it only while
/// holding the session lock: a socket already at `path` is then one a
/// letdown that went away left behind, and is replaced.
pub fn listen(
    path: &Path,
    deliver: impl Fn(Incoming) -> bool + Send + Sync + 'static,
) -> Result<Listener, ListenError> {
    check_socket_path(path)?;
    let io_err = |source| ListenError::Io {
        path: path.to_path_buf(),
        source,
    };
    if let Some(folder) = path.parent() {
        crate::store::create_private_dir(folder).map_err(io_err)?;
        keep_private(folder).map_err(io_err)?;
    }
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_socket() => fs::remove_file(path).map_err(io_err)?,
        Ok(_) => return Err(ListenError::NotOurs(path.to_path_buf())),
        Err(err) if err.kind() == io::ErrorKind::NotFound => {}
        Err(err) => return Err(io_err(err)),
    }
    let listener = UnixListener::bind(path).map_err(io_err)?;
    let made = fs::set_permissions(path, fs::Permissions::from_mode(0o600))
        .and_then(|()| fs::symlink_metadata(path));
    let meta = match made {
        Ok(meta) => meta,
        Err(err) => {
            let _ = fs::remove_file(path);
            return Err(io_err(err));
        }
    };
    let (stop, stopped) = UnixStream::pair().map_err(io_err)?;
    let deliver: Deliver = Arc::new(deliver);
    let spawned = thread::Builder::new()
        .name("letdown-remote".to_string())
        .spawn(move || accept(&listener, &stopped, &deliver));
    if let Err(err) = spawned {
        let _ = fs::remove_file(path);
        return Err(io_err(err));
    }
    Ok(Listener {
        path: path.to_path_buf(),
        file: (meta.dev(), meta.ino()),
        stop,
    })
}

/// The state folder is the user's alone (0700): a folder found looser, made
/// by hand, is tightened before a socket goes in it.
fn keep_private(folder: &Path) -> io::Result<()> {
    let meta = fs::metadata(folder)?;
    if meta.mode() & 0o077 != 0 {
        fs::set_permissions(folder, fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// A client that has not sent its whole request yet.
struct Waiting {
    stream: UnixStream,
    buf: Vec<u8>,
    deadline: Instant,
}

/// Accepts clients until told to stop, on one thread, never blocking on
/// any client. A request already waiting when the client is accepted (the
/// usual case: `letdown tap` writes it at once) goes straight to the app,
/// which answers the client itself; a client slow to send waits in a list
/// that `poll` watches, until its line is whole or [`READ_WITHIN`] is up.
/// When [`MAX_WAITING`] wait, the one waiting longest is let go: idle
/// clients can never fill the room a new one needs.
fn accept(listener: &UnixListener, stopped: &UnixStream, deliver: &Deliver) {
    use rustix::event::{PollFd, PollFlags, Timespec, poll};
    if listener.set_nonblocking(true).is_err() {
        return;
    }
    let mut waiting: VecDeque<Waiting> = VecDeque::new();
    loop {
        let now = Instant::now();
        while let Some(at) = waiting.iter().position(|w| w.deadline <= now) {
            if let Some(late) = waiting.remove(at) {
                write_answer(&late.stream, &too_slow());
            }
        }
        let timeout = waiting
            .iter()
            .map(|w| w.deadline)
            .min()
            .and_then(|at| Timespec::try_from(at.saturating_duration_since(now)).ok());
        let ready: Vec<bool> = {
            let mut fds = vec![
                PollFd::new(listener, PollFlags::IN),
                PollFd::new(stopped, PollFlags::IN),
            ];
            fds.extend(
                waiting
                    .iter()
                    .map(|w| PollFd::new(&w.stream, PollFlags::IN)),
            );
            match poll(&mut fds, timeout.as_ref()) {
                Ok(_) => {}
                Err(rustix::io::Errno::INTR) => continue,
                Err(_) => return,
            }
            fds.iter().map(|fd| !fd.revents().is_empty()).collect()
        };
        if ready[1] {
            return;
        }
        // Back to front, so that removing one leaves the others' places.
        for at in (0..waiting.len()).rev() {
            if ready[at + 2] {
                read_more(&mut waiting, at, deliver.as_ref());
            }
        }
        if ready[0] {
            accept_all(listener, &mut waiting, deliver.as_ref());
        }
    }
}

/// Reads what a waiting client sent since; hands its request over once whole.
fn read_more(
    waiting: &mut VecDeque<Waiting>,
    at: usize,
    deliver: &(dyn Fn(Incoming) -> bool + Send + Sync),
) {
    let Some(client) = waiting.get_mut(at) else {
        return;
    };
    match read_some(&client.stream, &mut client.buf) {
        Ok(n) if n == 0 || is_whole(&client.buf) => {
            if let Some(client) = waiting.remove(at)
                && !client.buf.is_empty()
            {
                hand_over(client.stream, &client.buf, deliver);
            }
        }
        Ok(_) => {}
        Err(err)
            if matches!(
                err.kind(),
                io::ErrorKind::WouldBlock | io::ErrorKind::Interrupted
            ) => {}
        Err(_) => {
            waiting.remove(at);
        }
    }
}

/// Accepts every client knocking now.
fn accept_all(
    listener: &UnixListener,
    waiting: &mut VecDeque<Waiting>,
    deliver: &(dyn Fn(Incoming) -> bool + Send + Sync),
) {
    loop {
        let stream = match listener.accept() {
            Ok((stream, _)) => stream,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
            Err(err) if err.kind() == io::ErrorKind::WouldBlock => return,
            Err(_) => {
                // Out of file descriptors, say: wait a little rather than spin.
                thread::sleep(Duration::from_millis(50));
                return;
            }
        };
        if !is_same_user(&stream) || stream.set_nonblocking(true).is_err() {
            continue;
        }
        let mut buf = Vec::with_capacity(MAX_REQUEST);
        match read_waiting(&stream, &mut buf) {
            Sent::Line => hand_over(stream, &buf, deliver),
            Sent::More => {
                if waiting.len() >= MAX_WAITING
                    && let Some(oldest) = waiting.pop_front()
                {
                    write_answer(&oldest.stream, &too_slow());
                }
                waiting.push_back(Waiting {
                    stream,
                    buf,
                    deadline: Instant::now() + READ_WITHIN,
                });
            }
            Sent::Closed => {}
        }
    }
}

/// The answer to a client that sent no whole request in time.
fn too_slow() -> Reply {
    Reply::Refused(crate::tr!("error-socket-too-slow"))
}

/// What the request's bytes so far add up to.
enum Sent {
    /// A whole line (or as much as a request may be).
    Line,
    /// Not yet: the client has more to send.
    More,
    /// The client left without a request.
    Closed,
}

type Deliver = Arc<dyn Fn(Incoming) -> bool + Send + Sync>;

/// Reads what the client (not blocking) has sent so far.
fn read_waiting(stream: &UnixStream, buf: &mut Vec<u8>) -> Sent {
    match read_some(stream, buf) {
        Ok(0) if buf.is_empty() => Sent::Closed,
        Ok(_) if is_whole(buf) => Sent::Line,
        Ok(0) => Sent::Line,
        Ok(_) => Sent::More,
        Err(err) if err.kind() == io::ErrorKind::WouldBlock => Sent::More,
        Err(_) => Sent::Closed,
    }
}

/// Whether `buf` holds a whole line, or all a request may be.
fn is_whole(buf: &[u8]) -> bool {
    buf.contains(&b'\n') || buf.len() >= MAX_REQUEST
}

/// Reads once into what is left of a request's room.
fn read_some(stream: &UnixStream, buf: &mut Vec<u8>) -> io::Result<usize> {
    let mut chunk = [0u8; MAX_REQUEST];
    let room = MAX_REQUEST - buf.len();
    let mut stream = stream;
    let n = stream.read(&mut chunk[..room])?;
    buf.extend_from_slice(&chunk[..n]);
    Ok(n)
}

/// Hands a request to the app, which answers the client; what is not a
/// request is refused here.
fn hand_over(stream: UnixStream, buf: &[u8], deliver: &(dyn Fn(Incoming) -> bool + Send + Sync)) {
    let line = buf.split(|b| *b == b'\n').next().unwrap_or_default();
    let request = (buf.contains(&b'\n') || buf.len() < MAX_REQUEST)
        .then(|| std::str::from_utf8(line).ok().and_then(Request::parse))
        .flatten();
    let Some(request) = request else {
        write_answer(
            &stream,
            &Reply::Refused(crate::tr!("error-socket-not-a-request")),
        );
        return;
    };
    // Kept here in case the app has gone and the request comes back unanswered.
    let Ok(spare) = stream.try_clone() else {
        return;
    };
    let incoming = Incoming {
        request,
        answer: Answer::Client(stream),
    };
    if !deliver(incoming) {
        write_answer(&spare, &Reply::Refused(crate::tr!("error-socket-closing")));
    }
}

/// Whether the peer runs as this user.
#[cfg(any(target_os = "linux", target_os = "android"))]
fn is_same_user(stream: &UnixStream) -> bool {
    rustix::net::sockopt::socket_peercred(stream)
        .is_ok_and(|peer| peer.uid == rustix::process::getuid())
}

/// Where the peer's credentials cannot be asked this way, the folder (0700)
/// and the socket (0600) let only this user connect.
#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn is_same_user(_stream: &UnixStream) -> bool {
    true
}

#[cfg(test)]
mod tests;
