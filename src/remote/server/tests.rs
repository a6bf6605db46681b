//! The socket with real clients: answers, refusals, silent clients and a stale socket.

use std::time::Instant;

use super::*;

/// A listener in a private folder whose app answers every request with
/// its verb, as the event loop would, on a thread of its own.
fn listening() -> (tempfile::TempDir, PathBuf, Listener) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("state/session.sock");
    let listener = listen(&path, |incoming: Incoming| {
        let verb = incoming.request.verb();
        incoming.answer(Reply::Done(format!("did {verb}")));
        true
    })
    .expect("bound");
    (dir, path, listener)
}

fn ask_raw(path: &Path, bytes: &[u8]) -> String {
    let mut stream = UnixStream::connect(path).expect("connect");
    stream.write_all(bytes).expect("send");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("answer");
    answer
}

#[test]
fn a_request_is_answered_and_the_socket_is_private() {
    let (_dir, path, _listener) = listening();
    let mode = fs::metadata(&path).expect("socket").mode();
    assert_eq!(mode & 0o777, 0o600);
    let folder = fs::metadata(path.parent().expect("folder"))
        .expect("folder")
        .mode();
    assert_eq!(folder & 0o777, 0o700);
    assert_eq!(
        ask_raw(&path, Request::Tap.line().as_bytes()),
        "done did tap\n"
    );
    let reply = crate::remote::send(&path, Request::Pause).expect("answered");
    assert_eq!(reply, Reply::Done("did pause".to_string()));
}

#[test]
fn what_is_not_a_request_is_refused_and_a_long_one_cut_off() {
    let (_dir, path, _listener) = listening();
    assert!(ask_raw(&path, b"GET / HTTP/1.0\n").starts_with("refused not a letdown request"));
    let long = vec![b'a'; 10 * MAX_REQUEST];
    let mut stream = UnixStream::connect(&path).expect("connect");
    let _ = stream.write_all(&long);
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    assert!(
        answer.starts_with("refused not a letdown request"),
        "{answer:?}"
    );
}

#[test]
fn silent_clients_are_cut_off_and_hold_up_no_one_else() {
    let (_dir, path, _listener) = listening();
    let silent: Vec<UnixStream> = (0..MAX_WAITING + 8)
        .map(|_| UnixStream::connect(&path).expect("connect"))
        .collect();
    let asked = Instant::now();
    assert_eq!(
        ask_raw(&path, Request::Next.line().as_bytes()),
        "done did next\n"
    );
    assert!(asked.elapsed() < READ_WITHIN, "{:?}", asked.elapsed());
    for mut stream in silent {
        let mut answer = String::new();
        stream.read_to_string(&mut answer).expect("answer");
        assert_eq!(answer, "refused no request within a second\n");
    }
}

#[test]
fn a_stale_socket_is_replaced_and_the_file_goes_with_the_listener() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("session.sock");
    drop(std::os::unix::net::UnixListener::bind(&path).expect("a stale socket"));
    let listener = listen(&path, |_| false).expect("replaced");
    assert_eq!(
        ask_raw(&path, Request::Tap.line().as_bytes()),
        "refused letdown is closing\n"
    );
    drop(listener);
    assert!(!path.exists(), "removed with the listener");
    fs::write(&path, b"not a socket").expect("a file");
    assert!(matches!(
        listen(&path, |_| true),
        Err(ListenError::NotOurs(_))
    ));
    assert_eq!(fs::read(&path).expect("left alone"), b"not a socket");
}
