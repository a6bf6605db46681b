//! A small Baby Buddy for the tests, on 127.0.0.1, following its pumping API
//! as Baby Buddy 2.x has it: `Authorization: Token <key>` or 403; `POST
//! /api/pumping/` → 201 with the entry and its `id`, times echoed in the
//! server's own zone; 400 with `non_field_errors` for an entry that
//! overlaps another of the child or lasts over 24 hours, 400 on `start` for
//! a start in the future, on a field left out; `GET /api/pumping/` with
//! `child`, `start_min`, `start_max`, limit/offset paging of 100 at most;
//! `GET` and `PATCH /api/pumping/ID/` (a PATCH sets what it names and keeps
//! the rest: the notes and the tags are replaced whole when named); a
//! `child` filter naming no child is a 400 on `child`, as its filter says.
//! Its list page shows notes without their line breaks ([`FakeBabyBuddy::list_view`]).
//! One thread, one request a connection; over TLS, on a self-signed
//! certificate, when asked.

use std::io::{Read, Write};

use super::http::{Request, read_request};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, TimeDelta, Utc};
use serde_json::{Value, json};

/// The token the server takes.
pub const TOKEN: &str = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b";

/// How long a test waits for the server to see something.
const PATIENCE: Duration = Duration::from_secs(10);

/// One pumping entry the server holds.
#[derive(Debug, Clone)]
pub struct Held {
    pub id: u64,
    pub child: u64,
    pub amount: f64,
    pub start: DateTime<FixedOffset>,
    pub end: DateTime<FixedOffset>,
    pub notes: String,
    pub tags: Vec<String>,
}

#[derive(Debug, Default)]
struct State {
    entries: Vec<Held>,
    next_id: u64,
    /// "POST /api/pumping/", one a request, in order.
    requests: Vec<String>,
    /// Connections accepted, the probes left out.
    connections: usize,
    probes: usize,
    /// List oldest first instead of Baby Buddy's newest first.
    oldest_first: bool,
    /// Answer every request with a redirect there.
    redirect: Option<String>,
}

/// The server; it stops when dropped.
pub struct FakeBabyBuddy {
    pub addr: SocketAddr,
    scheme: &'static str,
    state: Arc<Mutex<State>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl FakeBabyBuddy {
    pub fn start() -> Self {
        Self::start_with(None, 0)
    }

    /// The server on `port` of 127.0.0.1 (one that was free a moment ago).
    pub fn start_on(port: u16) -> Self {
        Self::start_with(None, port)
    }

    /// The server over TLS, on a self-signed certificate for 127.0.0.1;
    /// with the certificate, as PEM, for `ca_file`.
    pub fn start_tls() -> (Self, String) {
        let made = rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_string()])
            .expect("a certificate");
        let key = rustls::pki_types::PrivatePkcs8KeyDer::from(made.signing_key.serialize_der());
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .expect("TLS versions")
            .with_no_client_auth()
            .with_single_cert(vec![made.cert.der().clone()], key.into())
            .expect("the certificate serves");
        (Self::start_with(Some(Arc::new(config)), 0), made.cert.pem())
    }

    fn start_with(tls: Option<Arc<rustls::ServerConfig>>, port: u16) -> Self {
        let listener = TcpListener::bind(("127.0.0.1", port)).expect("bind 127.0.0.1");
        let addr = listener.local_addr().expect("its address");
        let state = Arc::new(Mutex::new(State {
            next_id: 1,
            ..State::default()
        }));
        let stop = Arc::new(AtomicBool::new(false));
        let scheme = if tls.is_some() { "https" } else { "http" };
        let thread = {
            let (state, stop) = (Arc::clone(&state), Arc::clone(&stop));
            std::thread::spawn(move || {
                for stream in listener.incoming() {
                    if stop.load(Ordering::Acquire) {
                        return;
                    }
                    let Ok(stream) = stream else {
                        continue;
                    };
                    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
                    match &tls {
                        None => serve(&mut &stream, &state),
                        Some(config) => {
                            let Ok(connection) = rustls::ServerConnection::new(Arc::clone(config))
                            else {
                                continue;
                            };
                            let mut stream = rustls::StreamOwned::new(connection, stream);
                            serve(&mut stream, &state);
                            stream.conn.send_close_notify();
                            let _ = stream.flush();
                        }
                    }
                }
            })
        };
        Self {
            addr,
            scheme,
            state,
            stop,
            thread: Some(thread),
        }
    }

    /// `http://127.0.0.1:PORT` (or `https://`), as the config names it.
    pub fn url(&self) -> String {
        format!("{}://{}", self.scheme, self.addr)
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The entries it holds, by id.
    pub fn entries(&self) -> Vec<Held> {
        let mut entries = self.state().entries.clone();
        entries.sort_by_key(|e| e.id);
        entries
    }

    /// The requests it answered, as "METHOD PATH".
    pub fn requests(&self) -> Vec<String> {
        self.state().requests.clone()
    }

    /// Adds an entry as someone (or another machine) did, unchecked.
    pub fn hold(&self, amount: f64, start: &str, end: &str, notes: &str) -> u64 {
        let mut state = self.state();
        let id = state.next_id;
        state.next_id += 1;
        state.entries.push(Held {
            id,
            child: 1,
            amount,
            start: parse_time(start).expect("a test time"),
            end: parse_time(end).expect("a test time"),
            notes: notes.to_string(),
            tags: Vec::new(),
        });
        id
    }

    /// Changes entry `id` as someone does on Baby Buddy's pages.
    pub fn edit(&self, id: u64, change: impl FnOnce(&mut Held)) {
        let mut state = self.state();
        let held = state
            .entries
            .iter_mut()
            .find(|e| e.id == id)
            .expect("the entry");
        change(held);
    }

    /// Deletes entry `id`, as someone does on Baby Buddy's pages.
    pub fn delete(&self, id: u64) {
        self.state().entries.retain(|e| e.id != id);
    }

    /// The list page as Baby Buddy shows it: one line an entry, its notes
    /// without their line breaks.
    pub fn list_view(&self) -> Vec<String> {
        self.entries()
            .iter()
            .map(|e| {
                let notes: Vec<&str> = e.notes.split_whitespace().collect();
                format!("{} {} {}", e.id, e.amount, notes.join(" "))
            })
            .collect()
    }

    /// Answers every request from now on with a redirect to `to`.
    pub fn redirect_to(&self, to: &str) {
        self.state().redirect = Some(to.to_string());
    }

    /// Lists entries oldest first: the API promises no order, so a client
    /// must read every page.
    pub fn list_oldest_first(&self) {
        self.state().oldest_first = true;
    }

    /// How many connections were made to it (by letdown), counted after a
    /// connection of the test's own has been taken: the server takes them
    /// in turn, so every connection made before it has been counted.
    pub fn connections_so_far(&self) -> usize {
        let before = self.state().probes;
        let mut probe = TcpStream::connect(self.addr).expect("the probe connects");
        let _ = probe.write_all(b"PROBE / HTTP/1.1\r\n\r\n");
        drop(probe);
        let deadline = Instant::now() + PATIENCE;
        loop {
            let state = self.state();
            if state.probes > before {
                return state.connections;
            }
            drop(state);
            assert!(Instant::now() < deadline, "the server never took the probe");
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Waits until the server holds `n` entries, and returns them.
    pub fn wait_for_entries(&self, n: usize) -> Vec<Held> {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let entries = self.entries();
            if entries.len() >= n {
                return entries;
            }
            assert!(
                Instant::now() < deadline,
                "the server holds {} entries, not {n}",
                entries.len()
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for FakeBabyBuddy {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Release);
        // Wakes the accept loop so that it sees the flag.
        let _ = TcpStream::connect(self.addr);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn serve(stream: &mut (impl Read + Write), state: &Mutex<State>) {
    let Some(request) = read_request(stream) else {
        // What an HTTP server says to bytes that are no request (a TLS hello).
        let _ = stream.write_all(b"HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
        return;
    };
    let mut state = state
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if request.method == "PROBE" {
        state.probes += 1;
        return;
    }
    state.connections += 1;
    state
        .requests
        .push(format!("{} {}", request.method, request.path));
    let redirect = state.redirect.clone();
    let (status, body) = match &redirect {
        Some(_) => (301, Value::Null),
        None => answer(&request, &mut state),
    };
    drop(state);
    let body = body.to_string();
    let reason = match status {
        200 => "OK",
        201 => "Created",
        301 => "Moved Permanently",
        400 => "Bad Request",
        403 => "Forbidden",
        _ => "Not Found",
    };
    let location = redirect.map_or_else(String::new, |to| format!("Location: {to}\r\n"));
    let _ = write!(
        stream,
        "HTTP/1.1 {status} {reason}\r\n{location}Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    let _ = stream.flush();
}

fn parse_time(text: &str) -> Option<DateTime<FixedOffset>> {
    DateTime::parse_from_rfc3339(text).ok()
}

/// The zone the server writes times in: not the sessions' own.
fn server_zone() -> FixedOffset {
    FixedOffset::west_opt(5 * 3600).expect("UTC-5")
}

fn shown(held: &Held) -> Value {
    let zone = server_zone();
    json!({
        "id": held.id,
        "child": held.child,
        "amount": held.amount,
        "start": held.start.with_timezone(&zone).to_rfc3339(),
        "end": held.end.with_timezone(&zone).to_rfc3339(),
        "duration": "00:00:00",
        "notes": held.notes,
        "tags": held.tags,
    })
}

fn answer(request: &Request, state: &mut State) -> (u16, Value) {
    if request.token.as_deref() != Some(TOKEN) {
        // Echoed, as a careless server might: letdown must not show it.
        let given = request.token.clone().unwrap_or_default();
        return (403, json!({"detail": format!("Invalid token {given}.")}));
    }
    let entry_id = request
        .path
        .strip_prefix("/api/pumping/")
        .and_then(|rest| rest.strip_suffix('/'))
        .and_then(|id| id.parse::<u64>().ok());
    match (request.method.as_str(), request.path.as_str(), entry_id) {
        ("POST", "/api/pumping/", _) => create(request, state),
        ("GET", "/api/pumping/", _) => list(request, state),
        ("GET", _, Some(id)) => match state.entries.iter().find(|e| e.id == id) {
            Some(held) => (200, shown(held)),
            None => (
                404,
                json!({"detail": "No Pumping matches the given query."}),
            ),
        },
        ("PATCH", _, Some(id)) => update(id, request, state),
        _ => (404, json!({"detail": "Not found."})),
    }
}

/// What `clean()` of Baby Buddy's Pumping checks, with `exclude` not
/// counted as another entry.
fn check(held: &Held, state: &State, exclude: Option<u64>) -> Result<(), (u16, Value)> {
    if held.child != 1 {
        return Err((
            400,
            json!({"child": [format!("Invalid pk \"{}\" - object does not exist.", held.child)]}),
        ));
    }
    if held.start > Utc::now() {
        return Err((
            400,
            json!({"start": ["Date/time can not be in the future."]}),
        ));
    }
    if held.start > held.end {
        return Err((
            400,
            json!({"non_field_errors": ["Start time must come before end time."]}),
        ));
    }
    if held.end - held.start > TimeDelta::hours(24) {
        return Err((400, json!({"non_field_errors": ["Duration too long."]})));
    }
    if let Some(other) = state.entries.iter().find(|e| {
        Some(e.id) != exclude && e.child == held.child && e.start < held.end && e.end > held.start
    }) {
        let message = format!(
            "Another entry intersects the specified time period. Conflicting entry: <a href=\"/pumping/{}/\">Pumping ({} - {})</a>",
            other.id,
            other
                .start
                .with_timezone(&server_zone())
                .format("%m/%d/%Y %-I:%M %P"),
            other
                .end
                .with_timezone(&server_zone())
                .format("%m/%d/%Y %-I:%M %P")
        );
        return Err((400, json!({"non_field_errors": [message]})));
    }
    Ok(())
}

fn read_entry(body: &Value, base: Option<&Held>) -> Result<Held, (u16, Value)> {
    let required = |field: &str| (400, json!({ field: ["This field is required."] }));
    let time = |field: &str, old: Option<DateTime<FixedOffset>>| match body.get(field) {
        Some(Value::String(text)) => {
            parse_time(text).ok_or((400, json!({ field: ["Datetime has wrong format."] })))
        }
        _ => old.ok_or_else(|| required(field)),
    };
    Ok(Held {
        id: base.map_or(0, |b| b.id),
        child: body
            .get("child")
            .and_then(Value::as_u64)
            .or(base.map(|b| b.child))
            .ok_or_else(|| required("child"))?,
        amount: body
            .get("amount")
            .and_then(Value::as_f64)
            .or(base.map(|b| b.amount))
            .ok_or_else(|| required("amount"))?,
        start: time("start", base.map(|b| b.start))?,
        end: time("end", base.map(|b| b.end))?,
        notes: body
            .get("notes")
            .and_then(Value::as_str)
            .map(str::to_string)
            .or(base.map(|b| b.notes.clone()))
            .unwrap_or_default(),
        tags: body
            .get("tags")
            .and_then(Value::as_array)
            .map(|tags| {
                tags.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .or(base.map(|b| b.tags.clone()))
            .unwrap_or_default(),
    })
}

fn create(request: &Request, state: &mut State) -> (u16, Value) {
    let Ok(body) = serde_json::from_slice::<Value>(&request.body) else {
        return (400, json!({"detail": "JSON parse error"}));
    };
    let mut held = match read_entry(&body, None) {
        Ok(held) => held,
        Err(refusal) => return refusal,
    };
    if let Err(refusal) = check(&held, state, None) {
        return refusal;
    }
    held.id = state.next_id;
    state.next_id += 1;
    state.entries.push(held.clone());
    (201, shown(&held))
}

fn update(id: u64, request: &Request, state: &mut State) -> (u16, Value) {
    let Some(i) = state.entries.iter().position(|e| e.id == id) else {
        return (
            404,
            json!({"detail": "No Pumping matches the given query."}),
        );
    };
    let Ok(body) = serde_json::from_slice::<Value>(&request.body) else {
        return (400, json!({"detail": "JSON parse error"}));
    };
    let held = match read_entry(&body, Some(&state.entries[i])) {
        Ok(held) => held,
        Err(refusal) => return refusal,
    };
    if let Err(refusal) = check(&held, state, Some(id)) {
        return refusal;
    }
    state.entries[i] = held.clone();
    (200, shown(&held))
}

fn list(request: &Request, state: &State) -> (u16, Value) {
    let param = |name: &str| {
        request
            .query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    let bound = |name: &str| param(name).and_then(|v| parse_time(&v));
    if ["start_min", "start_max"]
        .iter()
        .any(|name| param(name).is_some() && bound(name).is_none())
    {
        return (400, json!({"start_min": ["Enter a valid date/time."]}));
    }
    let child = param("child").and_then(|c| c.parse::<u64>().ok());
    if param("child").is_some() && child != Some(1) {
        return (
            400,
            json!({"child": ["Select a valid choice. That choice is not one of the available choices."]}),
        );
    }
    let (from, to) = (bound("start_min"), bound("start_max"));
    let mut found: Vec<&Held> = state
        .entries
        .iter()
        .filter(|e| child.is_none_or(|c| e.child == c))
        .filter(|e| from.is_none_or(|f| e.start >= f) && to.is_none_or(|t| e.start <= t))
        .collect();
    found.sort_by_key(|e| e.start);
    if !state.oldest_first {
        found.reverse();
    }
    let limit = param("limit")
        .and_then(|l| l.parse::<usize>().ok())
        .unwrap_or(100)
        .min(100);
    let offset = param("offset")
        .and_then(|o| o.parse::<usize>().ok())
        .unwrap_or(0);
    let page: Vec<Value> = found
        .iter()
        .skip(offset)
        .take(limit)
        .map(|e| shown(e))
        .collect();
    let more = offset + page.len() < found.len();
    (
        200,
        json!({
            "count": found.len(),
            "next": if more { Value::String(format!("http://elsewhere.invalid/api/pumping/?offset={}", offset + limit)) } else { Value::Null },
            "previous": Value::Null,
            "results": page,
        }),
    )
}
