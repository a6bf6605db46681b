//! The HTTP calls to Baby Buddy's pumping API. Every request has timeouts;
//! no redirect is followed and no proxy is used (the only connection letdown
//! makes is to the `url` the config names); only a connection refused or
//! dropped on the way is tried again, twice, with a growing wait. A server
//! that takes the connection and never answers is given up on after
//! [`ANSWER_WITHIN`], not tried again, and the error says what was awaited.
//! What the server says is read up to a limit, with the token taken out
//! before anything can show it.

use std::path::Path;
use std::thread;
use std::time::Duration;

use ureq::Agent;
use ureq::tls::{Certificate, PemItem, RootCerts, TlsConfig};

use super::SyncError;
use super::answer::{Answer, Created, Listed, Page, Problems, without_markup};
use super::token::Token;
use crate::config::ServerUrl;

/// How long a connection may take to open.
const CONNECT_WITHIN: Duration = Duration::from_secs(10);
/// How long a whole request may take, its answer read: a sync with a
/// server that never answers gives up within this.
const ANSWER_WITHIN: Duration = Duration::from_secs(20);
/// The waits before the second and third tries of a request the network lost.
const BACKOFF: [Duration; 2] = [Duration::from_millis(500), Duration::from_millis(1500)];
/// The most of an answer that is read: a page of 100 entries is far less.
const MAX_ANSWER_BYTES: u64 = 4 * 1024 * 1024;
/// Baby Buddy's page size.
const PAGE: usize = 100;
/// The most pages read for one window: a server that keeps saying "more" is
/// not believed past this many entries.
const MAX_PAGES: usize = 50;
/// The most a certificate file may hold.
const MAX_CA_BYTES: u64 = 1024 * 1024;

/// A connection to one Baby Buddy server, with its token.
pub(super) struct Client {
    agent: Agent,
    server: ServerUrl,
    token: Token,
    /// Whether `ca_file` names the certificates to trust.
    own_ca: bool,
}

/// The server's answer, the token taken out of its text.
struct Reply {
    status: u16,
    body: String,
}

impl Client {
    /// A client for `server`, trusting the certificates of `ca_file` when
    /// one is named, else the usual authorities.
    pub(super) fn new(
        server: ServerUrl,
        token: Token,
        ca_file: Option<&Path>,
    ) -> Result<Self, SyncError> {
        let mut tls = TlsConfig::builder();
        if let Some(path) = ca_file {
            tls = tls.root_certs(RootCerts::new_with_certs(&certificates(path)?));
        }
        let agent = Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .proxy(None)
            .timeout_connect(Some(CONNECT_WITHIN))
            .timeout_global(Some(ANSWER_WITHIN))
            .user_agent(concat!("letdown/", env!("CARGO_PKG_VERSION")))
            .accept("application/json")
            .tls_config(tls.build())
            .build()
            .new_agent();
        Ok(Self {
            agent,
            server,
            token,
            own_ca: ca_file.is_some(),
        })
    }

    /// Checks the setup with one request before anything is sent: the
    /// token (refused: 401 or 403), the address (no pumping API: 404) and
    /// the child (Baby Buddy's filter refuses an unknown one).
    pub(super) fn check(&self, child: u64) -> Result<(), SyncError> {
        let url = self.server.pumping();
        let query = [("child", child.to_string()), ("limit", "1".to_string())];
        let what = crate::tr!("error-bb-what-check", child = child.to_string());
        let reply = self.send(Method::Get, &url, &query, None, &what)?;
        match reply.status {
            200 => serde_json::from_str::<Page>(&reply.body)
                .map(drop)
                .map_err(|_| self.not_baby_buddy(&crate::tr!("error-bb-bad-list"))),
            400 if Problems::parse(&reply.body).is_about("child") => {
                Err(SyncError::NoSuchChild { child })
            }
            404 => Err(self.not_baby_buddy(&crate::tr!("error-bb-no-api"))),
            status => Err(server_failed(&reply, status)),
        }
    }

    /// Creates an entry; its id when the server took it.
    pub(super) fn create(&self, body: &[u8], child: u64) -> Result<Answer<u64>, SyncError> {
        let url = self.server.pumping();
        let what = crate::tr!("error-bb-what-new");
        let reply = self.send(Method::Post, &url, &[], Some(body), &what)?;
        match reply.status {
            201 | 200 => serde_json::from_str::<Created>(&reply.body)
                .map(|c| Answer::Done(c.id))
                .map_err(|_| self.not_baby_buddy(&crate::tr!("error-bb-no-id"))),
            400 if Problems::parse(&reply.body).is_about("child") => {
                Err(SyncError::NoSuchChild { child })
            }
            400 => Ok(Answer::Refused(Problems::parse(&reply.body))),
            404 => Err(self.not_baby_buddy(&crate::tr!("error-bb-no-api"))),
            status => Err(server_failed(&reply, status)),
        }
    }

    /// Entry `id` as the server holds it.
    pub(super) fn get(&self, id: u64) -> Result<Answer<Listed>, SyncError> {
        let url = self.server.entry(id);
        let what = crate::tr!("error-bb-what-entry", id = id.to_string());
        let reply = self.send(Method::Get, &url, &[], None, &what)?;
        match reply.status {
            200 => serde_json::from_str::<Listed>(&reply.body)
                .map(Answer::Done)
                .map_err(|_| self.not_baby_buddy(&crate::tr!("error-bb-bad-entry"))),
            404 => Ok(Answer::Gone),
            status => Err(server_failed(&reply, status)),
        }
    }

    /// Changes entry `id` as `body` says.
    pub(super) fn update(&self, id: u64, body: &[u8]) -> Result<Answer<()>, SyncError> {
        let url = self.server.entry(id);
        let what = crate::tr!("error-bb-what-change", id = id.to_string());
        let reply = self.send(Method::Patch, &url, &[], Some(body), &what)?;
        match reply.status {
            200 | 204 => Ok(Answer::Done(())),
            400 => Ok(Answer::Refused(Problems::parse(&reply.body))),
            404 => Ok(Answer::Gone),
            status => Err(server_failed(&reply, status)),
        }
    }

    /// The child's entries that start between `from` and `to`, every page.
    pub(super) fn entries_starting(
        &self,
        child: u64,
        from: &str,
        to: &str,
    ) -> Result<Vec<Listed>, SyncError> {
        let url = self.server.pumping();
        let mut entries = Vec::new();
        for _ in 0..MAX_PAGES {
            let query = [
                ("child", child.to_string()),
                ("start_min", from.to_string()),
                ("start_max", to.to_string()),
                ("limit", PAGE.to_string()),
                ("offset", entries.len().to_string()),
            ];
            let reply = self.send(
                Method::Get,
                &url,
                &query,
                None,
                &crate::tr!("error-bb-what-around"),
            )?;
            if reply.status != 200 {
                return Err(server_failed(&reply, reply.status));
            }
            let page: Page = serde_json::from_str(&reply.body)
                .map_err(|_| self.not_baby_buddy(&crate::tr!("error-bb-bad-list")))?;
            let got = page.results.len();
            entries.extend(page.results);
            if got == 0 || entries.len() >= page.count {
                break;
            }
        }
        Ok(entries)
    }

    /// Sends one request, trying again after a wait when the connection
    /// was refused or lost; a redirect and a refused token end the sync, and
    /// so does a server that gives no answer in time (`what` says what was
    /// awaited).
    fn send(
        &self,
        method: Method,
        url: &str,
        query: &[(&str, String)],
        body: Option<&[u8]>,
        what: &str,
    ) -> Result<Reply, SyncError> {
        let mut waits = BACKOFF.iter();
        loop {
            match self.once(method, url, query, body) {
                Ok(reply) => return self.judged(url, reply),
                Err(ureq::Error::Timeout(timeout)) => {
                    return Err(self.no_answer(timeout, what));
                }
                Err(err) if is_network(&err) => match waits.next() {
                    Some(wait) => thread::sleep(*wait),
                    None => return Err(self.unreachable(&err)),
                },
                Err(err) => return Err(self.failed(&err)),
            }
        }
    }

    /// A request that timed out: no connection, or no answer to it.
    fn no_answer(&self, timeout: ureq::Timeout, what: &str) -> SyncError {
        let why = match timeout {
            ureq::Timeout::Connect | ureq::Timeout::Resolve => crate::tr!(
                "error-bb-no-connection",
                secs = CONNECT_WITHIN.as_secs().to_string(),
                what = what
            ),
            _ => crate::tr!(
                "error-bb-no-answer",
                secs = ANSWER_WITHIN.as_secs().to_string(),
                what = what
            ),
        };
        SyncError::Unreachable {
            url: self.server.base().to_string(),
            why,
        }
    }

    fn once(
        &self,
        method: Method,
        url: &str,
        query: &[(&str, String)],
        body: Option<&[u8]>,
    ) -> Result<(u16, Option<String>, String), ureq::Error> {
        let auth = format!("Token {}", self.token.secret());
        let body = body.unwrap_or_default();
        let mut response = match method {
            Method::Get => self
                .agent
                .get(url)
                .header("Authorization", &auth)
                .query_pairs(query.iter().map(|(k, v)| (*k, v.as_str())))
                .call()?,
            Method::Post => self
                .agent
                .post(url)
                .header("Authorization", &auth)
                .header("Content-Type", "application/json")
                .send(body)?,
            Method::Patch => self
                .agent
                .patch(url)
                .header("Authorization", &auth)
                .header("Content-Type", "application/json")
                .send(body)?,
        };
        let status = response.status().as_u16();
        let location = response
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let text = response
            .body_mut()
            .with_config()
            .limit(MAX_ANSWER_BYTES)
            .lossy_utf8(true)
            .read_to_string()?;
        Ok((status, location, text))
    }

    /// A reply as the sync goes on with it: a redirect and a refused token
    /// stop it; anything else is the caller's to read.
    fn judged(
        &self,
        url: &str,
        (status, location, body): (u16, Option<String>, String),
    ) -> Result<Reply, SyncError> {
        let body = self.hidden(&body);
        match status {
            300..=399 => Err(SyncError::Redirect {
                url: url.to_string(),
                status,
                location: location.map(|l| self.hidden(&l)),
            }),
            401 | 403 => {
                let detail = serde_json::from_str::<serde_json::Value>(&body)
                    .ok()
                    .and_then(|v| v.get("detail").and_then(|d| d.as_str()).map(without_markup))
                    .unwrap_or_default();
                Err(SyncError::BadToken { status, detail })
            }
            _ => Ok(Reply { status, body }),
        }
    }

    /// Text from the server with the token taken out, should it echo it.
    fn hidden(&self, text: &str) -> String {
        text.replace(self.token.secret(), "[token]")
    }

    fn unreachable(&self, err: &ureq::Error) -> SyncError {
        SyncError::Unreachable {
            url: self.server.base().to_string(),
            why: self.hidden(&network_words(err)),
        }
    }

    fn failed(&self, err: &ureq::Error) -> SyncError {
        let why = self.hidden(&err.to_string());
        if why.contains("InvalidContentType") || why.contains("corrupt message") {
            return SyncError::PlainHttp {
                url: self.server.base().to_string(),
            };
        }
        let is_tls = match err {
            ureq::Error::Tls(_) | ureq::Error::Rustls(_) | ureq::Error::Pem(_) => true,
            ureq::Error::Io(io) => io.kind() == std::io::ErrorKind::InvalidData,
            _ => false,
        };
        if !is_tls {
            return self.not_baby_buddy(&why);
        }
        SyncError::Tls {
            url: self.server.base().to_string(),
            why: tls_words(&why, self.own_ca),
        }
    }

    fn not_baby_buddy(&self, why: &str) -> SyncError {
        SyncError::NotBabyBuddy {
            url: self.server.base().to_string(),
            why: why.to_string(),
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum Method {
    Get,
    Post,
    Patch,
}

/// A server error: its status and what it said, briefly.
fn server_failed(reply: &Reply, status: u16) -> SyncError {
    let why = Problems::parse(&reply.body).to_string();
    SyncError::Server {
        status,
        why: if why.is_empty() {
            crate::tr!("error-bb-no-reason")
        } else {
            why
        },
    }
}

/// Whether a request failed on the way, so that trying again may help.
fn is_network(err: &ureq::Error) -> bool {
    use std::io::ErrorKind as K;
    match err {
        ureq::Error::HostNotFound | ureq::Error::ConnectionFailed | ureq::Error::BodyStalled => {
            true
        }
        ureq::Error::Io(io) => matches!(
            io.kind(),
            K::ConnectionRefused
                | K::ConnectionReset
                | K::ConnectionAborted
                | K::NotConnected
                | K::UnexpectedEof
                | K::BrokenPipe
                | K::HostUnreachable
                | K::NetworkUnreachable
                | K::AddrNotAvailable
                | K::Interrupted
        ),
        _ => false,
    }
}

/// What the network did, in words.
fn network_words(err: &ureq::Error) -> String {
    match err {
        ureq::Error::HostNotFound => crate::tr!("error-bb-no-host"),
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::ConnectionRefused => {
            crate::tr!("error-bb-refused-connection")
        }
        other => other.to_string(),
    }
}

/// What a TLS failure means, and what to do: `openssl req -x509` marks its
/// certificate as an authority unless told otherwise, and such a
/// certificate cannot stand for a server.
fn tls_words(why: &str, own_ca: bool) -> String {
    if why.contains("CaUsedAsEndEntity") {
        crate::tr!("error-bb-tls-ca-true")
    } else if own_ca {
        crate::tr!("error-bb-tls-own-ca", why = why)
    } else {
        crate::tr!("error-bb-tls", why = why)
    }
}

/// The certificates of a PEM file.
fn certificates(path: &Path) -> Result<Vec<Certificate<'static>>, SyncError> {
    use std::io::Read;
    let refuse = |why: String| SyncError::CaFile {
        path: path.to_path_buf(),
        why,
    };
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|file| file.take(MAX_CA_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|err| refuse(crate::tr!("error-file-cannot-read", why = err.to_string())))?;
    if bytes.len() as u64 > MAX_CA_BYTES {
        return Err(refuse(crate::tr!("error-ca-too-large")));
    }
    let mut certs = Vec::new();
    for item in ureq::tls::parse_pem(&bytes) {
        match item {
            Ok(PemItem::Certificate(cert)) => certs.push(cert),
            Ok(_) => {}
            Err(err) => {
                return Err(refuse(crate::tr!(
                    "error-ca-not-pem",
                    why = err.to_string()
                )));
            }
        }
    }
    if certs.is_empty() {
        return Err(refuse(crate::tr!("error-ca-none")));
    }
    Ok(certs)
}
