//! The client's end of the socket: `letdown tap` and the like. It talks only
//! to a socket that is this user's own (owner, mode, folder, and on Linux the
//! listening process's user id), and never removes one: a stale socket is
//! reported, and the next letdown to take the session lock replaces it.

use std::fs;
use std::io::{self, Read, Write};
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::server::ANSWER_WITHIN;
use super::{MAX_REPLY, PathTooLong, Reply, Request, check_socket_path};

/// How long the client waits for the answer: the server's own limit, and a
/// little more for the way back.
const WAIT_FOR_ANSWER: Duration = ANSWER_WITHIN.saturating_add(Duration::from_secs(2));

/// Why no answer came.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    #[error(transparent)]
    TooLong(#[from] PathTooLong),
    /// No socket: no session takes requests.
    #[error("{}", crate::tr!("cmd-remote-no-session"))]
    Absent,
    /// A socket no one listens on: the letdown that made it went away
    /// without removing it (a crash, `kill -9`).
    #[error("{}", crate::tr!("error-socket-stale"))]
    Stale,
    /// A socket that is not this user's own, which is never talked to.
    #[error("{}", crate::tr!(
        "error-socket-refusing",
        path = .path.display().to_string(),
        why = .why.as_str()
    ))]
    Unsafe { path: PathBuf, why: String },
    #[error("{0}")]
    Io(String),
}

/// Sends `request` to the session listening at `path` and returns its answer.
pub fn send(path: &Path, request: Request) -> Result<Reply, ClientError> {
    check_socket_path(path)?;
    check_own(path)?;
    let stream = match UnixStream::connect(path) {
        Ok(stream) => stream,
        Err(err) if err.kind() == io::ErrorKind::ConnectionRefused => {
            return Err(ClientError::Stale);
        }
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Err(ClientError::Absent),
        Err(err) => {
            return Err(ClientError::Io(crate::tr!(
                "error-socket-connect",
                why = err.to_string()
            )));
        }
    };
    check_listener(path, &stream)?;
    let io_err = |err: io::Error| ClientError::Io(err.to_string());
    stream
        .set_write_timeout(Some(Duration::from_secs(1)))
        .map_err(io_err)?;
    (&stream)
        .write_all(request.line().as_bytes())
        .map_err(io_err)?;
    let line = read_answer(&stream)?;
    Reply::parse(&line).ok_or_else(|| ClientError::Io(crate::tr!("error-socket-unknown-answer")))
}

/// The socket, and the folder it is in, must be this user's alone.
fn check_own(path: &Path) -> Result<(), ClientError> {
    let unsafe_because = |why: String| ClientError::Unsafe {
        path: path.to_path_buf(),
        why,
    };
    let me = rustix::process::getuid().as_raw();
    let meta = match fs::symlink_metadata(path) {
        Ok(meta) => meta,
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Err(ClientError::Absent),
        Err(err) => {
            return Err(ClientError::Io(crate::tr!(
                "error-socket-look",
                why = err.to_string()
            )));
        }
    };
    if !meta.file_type().is_socket() {
        return Err(unsafe_because(crate::tr!("error-socket-not-socket")));
    }
    if meta.uid() != me {
        return Err(unsafe_because(crate::tr!(
            "error-socket-other-user",
            uid = meta.uid().to_string()
        )));
    }
    if meta.mode() & 0o077 != 0 {
        return Err(unsafe_because(crate::tr!(
            "error-socket-mode",
            mode = format!("{:04o}", meta.mode() & 0o7777)
        )));
    }
    if let Some(folder) = path.parent() {
        let folder = fs::metadata(folder).map_err(|err| {
            ClientError::Io(crate::tr!(
                "error-socket-look-folder",
                why = err.to_string()
            ))
        })?;
        if folder.uid() != me || folder.mode() & 0o022 != 0 {
            return Err(unsafe_because(crate::tr!("error-socket-folder")));
        }
    }
    Ok(())
}

/// On Linux, the process listening must run as this user too.
#[cfg(any(target_os = "linux", target_os = "android"))]
fn check_listener(path: &Path, stream: &UnixStream) -> Result<(), ClientError> {
    match rustix::net::sockopt::socket_peercred(stream) {
        Ok(peer) if peer.uid == rustix::process::getuid() => Ok(()),
        Ok(peer) => Err(ClientError::Unsafe {
            path: path.to_path_buf(),
            why: crate::tr!("error-socket-listener", uid = peer.uid.as_raw().to_string()),
        }),
        Err(err) => Err(ClientError::Io(crate::tr!(
            "error-socket-ask",
            why = err.to_string()
        ))),
    }
}

#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn check_listener(_path: &Path, _stream: &UnixStream) -> Result<(), ClientError> {
    Ok(())
}

/// One line, bounded, within [`WAIT_FOR_ANSWER`].
fn read_answer(stream: &UnixStream) -> Result<String, ClientError> {
    let deadline = Instant::now() + WAIT_FOR_ANSWER;
    let mut buf = vec![0u8; MAX_REPLY];
    let mut len = 0;
    let mut stream = stream;
    while !buf[..len].contains(&b'\n') && len < buf.len() {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(ClientError::Io(crate::tr!(
                "error-socket-no-answer-within",
                secs = WAIT_FOR_ANSWER.as_secs().to_string()
            )));
        }
        let _ = stream.set_read_timeout(Some(left));
        match stream.read(&mut buf[len..]) {
            Ok(0) => break,
            Ok(n) => len += n,
            Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
            Err(err)
                if matches!(
                    err.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                ) => {}
            Err(err) => {
                return Err(ClientError::Io(crate::tr!(
                    "error-socket-no-answer",
                    why = err.to_string()
                )));
            }
        }
    }
    if len == 0 {
        return Err(ClientError::Io(crate::tr!("error-socket-closed")));
    }
    Ok(String::from_utf8_lossy(&buf[..len]).into_owned())
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::net::UnixListener;

    use super::*;

    fn folder() -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("tempdir");
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o700)).expect("0700");
        dir
    }

    #[test]
    fn no_socket_is_no_session_and_a_dead_one_is_stale() {
        let dir = folder();
        let path = dir.path().join("session.sock");
        assert!(matches!(
            send(&path, Request::Tap),
            Err(ClientError::Absent)
        ));
        let listener = UnixListener::bind(&path).expect("bind");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).expect("0600");
        drop(listener);
        assert!(matches!(send(&path, Request::Tap), Err(ClientError::Stale)));
        assert!(path.exists(), "a client never removes the socket");
    }

    #[test]
    fn a_socket_others_may_use_or_a_file_is_refused_unopened() {
        let dir = folder();
        let path = dir.path().join("session.sock");
        let _listener = UnixListener::bind(&path).expect("bind");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o666)).expect("0666");
        let err = send(&path, Request::Tap).expect_err("refused");
        assert!(err.to_string().contains("mode 0666"), "{err}");
        fs::remove_file(&path).expect("remove");
        fs::write(&path, b"").expect("a plain file");
        let err = send(&path, Request::Tap).expect_err("refused");
        assert!(err.to_string().contains("not a socket"), "{err}");
    }

    #[test]
    fn a_socket_in_a_folder_others_can_write_is_refused() {
        let dir = folder();
        let path = dir.path().join("session.sock");
        let _listener = UnixListener::bind(&path).expect("bind");
        fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).expect("0600");
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o777)).expect("0777");
        let err = send(&path, Request::Tap).expect_err("refused");
        assert!(err.to_string().contains("not yours alone"), "{err}");
    }
}
