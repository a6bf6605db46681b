//! `[babybuddy]`: the household's Baby Buddy server that `letdown sync`
//! sends finished sessions to. Optional: without the table letdown never
//! makes a connection. The token is never kept here (the config is often
//! shared or synced); it comes from `LETDOWN_BABYBUDDY_TOKEN` or
//! `token_file`.

use std::net::IpAddr;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::error::{ConfigError, error_at_key};
use super::{Config, Units};

/// The longest tag Baby Buddy keeps (its tag names are 100 characters).
const MAX_TAG_CHARS: usize = 100;

/// Where and how sessions are sent to Baby Buddy.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct BabyBuddy {
    /// The server's address, as its web pages are reached: `https://baby.example.org`.
    pub url: String,
    /// The child's id in Baby Buddy, whose pumping entries these are.
    pub child: u64,
    /// A file holding the API token, readable by its owner only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_file: Option<PathBuf>,
    /// The unit of each entry's `amount` and of the sides in its notes:
    /// Baby Buddy adds amounts as plain numbers, so every entry of the
    /// household must share one unit, whatever letdown shows.
    #[serde(default)]
    pub units: Units,
    /// The tags each entry carries.
    #[serde(default = "default_tags")]
    pub tags: Vec<String>,
    /// Send each session in the background once it is saved.
    #[serde(default)]
    pub auto: bool,
    /// Whether the user's own note goes into the entry's notes.
    #[serde(default = "yes")]
    pub send_notes: bool,
    /// Allow `http://` to a server that is not this machine.
    #[serde(default)]
    pub allow_http: bool,
    /// A PEM file of the certificate(s) to trust instead of the usual ones
    /// (a self-signed server).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ca_file: Option<PathBuf>,
}

fn default_tags() -> Vec<String> {
    vec!["letdown".to_string()]
}

fn yes() -> bool {
    true
}

/// The server's address, checked: where its pumping API is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerUrl {
    /// `scheme://host[:port][/path]`, without a trailing `/`.
    base: String,
    /// The server however its address is written: see [`ServerUrl::key`].
    key: String,
}

impl ServerUrl {
    /// The pumping list: `…/api/pumping/`.
    #[must_use]
    pub fn pumping(&self) -> String {
        format!("{}/api/pumping/", self.base)
    }

    /// One pumping entry: `…/api/pumping/ID/`.
    #[must_use]
    pub fn entry(&self, id: u64) -> String {
        format!("{}/api/pumping/{id}/", self.base)
    }

    /// The address as the config named it, without a trailing `/`: what
    /// the messages show and what the sent list is kept under.
    #[must_use]
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The server as one name however the config writes its address: the
    /// host in lower case, this machine as `localhost` (whether written
    /// `127.0.0.1`, `[::1]` or `localhost`), the port always said, the path
    /// without a trailing `/`: `localhost:8000/babybuddy`. What was sent is
    /// kept under it, so that writing the address another way sends nothing
    /// twice.
    #[must_use]
    pub fn key(&self) -> &str {
        &self.key
    }
}

impl BabyBuddy {
    /// The checked server address; the config check refuses what this refuses.
    pub fn server(&self) -> Result<ServerUrl, String> {
        parse_url(&self.url, self.allow_http)
    }

    /// The normalised key ([`ServerUrl::key`]) of an address written
    /// anywhere (an older list of sessions sent), if it reads as one.
    #[must_use]
    pub fn key_of(url: &str) -> Option<String> {
        parse_url(url, true).ok().map(|u| u.key)
    }
}

/// Reads a server address: `http` or `https`, a host, no user, password,
/// query or fragment; `http` only to this machine unless `allow_http`.
fn parse_url(text: &str, allow_http: bool) -> Result<ServerUrl, String> {
    if text.contains(['?', '#']) {
        return Err(crate::tr!("error-bb-url-query"));
    }
    let uri: ureq::http::Uri = text
        .trim()
        .parse()
        .map_err(|_| crate::tr!("error-bb-url"))?;
    let scheme = uri.scheme_str().unwrap_or("");
    let Some(authority) = uri.authority() else {
        return Err(crate::tr!("error-bb-url-scheme"));
    };
    if authority.as_str().contains('@') {
        return Err(crate::tr!("error-bb-url-user"));
    }
    match scheme {
        "https" => {}
        "http" if allow_http || is_loopback(authority.host()) => {}
        "http" => return Err(crate::tr!("error-bb-url-http")),
        _ => return Err(crate::tr!("error-bb-url-other")),
    }
    let path = uri.path().trim_end_matches('/');
    let host = if is_loopback(authority.host()) {
        "localhost".to_string()
    } else {
        authority.host().to_ascii_lowercase()
    };
    let port = authority
        .port_u16()
        .unwrap_or(if scheme == "https" { 443 } else { 80 });
    Ok(ServerUrl {
        base: format!("{scheme}://{authority}{path}"),
        key: format!("{host}:{port}{path}"),
    })
}

/// Whether a host names this machine: `localhost`, 127.0.0.0/8 or `::1`.
fn is_loopback(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

impl Config {
    /// The `[babybuddy]` table's values that its types alone cannot check.
    pub(super) fn check_babybuddy(&self, text: &str, file: &Path) -> Vec<ConfigError> {
        let Some(table) = &self.babybuddy else {
            return Vec::new();
        };
        let at = |key: &[&str], expected: String| error_at_key(text, file, key, expected);
        let mut errors = Vec::new();
        if let Err(expected) = table.server() {
            errors.push(at(&["babybuddy", "url"], expected));
        }
        if table.child == 0 {
            errors.push(at(&["babybuddy", "child"], crate::tr!("error-bb-child")));
        }
        for (i, tag) in table.tags.iter().enumerate() {
            let chars = tag.trim().chars().count();
            if chars == 0 || chars > MAX_TAG_CHARS {
                errors.push(at(
                    &["babybuddy", "tags", &i.to_string()],
                    crate::tr!("error-bb-tag", max = MAX_TAG_CHARS.to_string()),
                ));
            }
        }
        errors
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_anywhere_and_http_only_here() {
        let base = |text, allow| parse_url(text, allow).map(|u| u.base);
        assert_eq!(
            base("https://baby.example.org/", false),
            Ok("https://baby.example.org".to_string())
        );
        assert_eq!(
            base("https://example.org/babybuddy/", false),
            Ok("https://example.org/babybuddy".to_string())
        );
        for here in [
            "http://127.0.0.1:8000",
            "http://127.3.2.1",
            "http://localhost:8000/",
            "http://[::1]:8000",
        ] {
            assert!(base(here, false).is_ok(), "{here}");
        }
        assert!(base("http://baby.lan:8000", false).is_err());
        assert!(base("http://192.168.1.5", false).is_err());
        assert!(base("http://192.168.1.5", true).is_ok());
        assert!(base("ftp://example.org", true).is_err());
        assert!(base("baby.example.org", false).is_err());
        assert!(base("https://me:secret@example.org", false).is_err());
        assert!(base("https://example.org/?x=1", false).is_err());
    }

    #[test]
    fn the_commented_table_of_the_default_config_is_valid_as_written() {
        let block: Vec<&str> = super::super::DEFAULT_TOML
            .lines()
            .skip_while(|l| *l != "# [babybuddy]")
            .take_while(|l| l.starts_with("# "))
            .map(|l| &l[2..])
            .collect();
        let config = Config::parse(&block.join("\n"), Path::new("c.toml")).expect("it parses");
        let table = config.babybuddy.expect("the table");
        let defaults: BabyBuddy =
            toml::from_str("url = \"https://baby.example.org\"\nchild = 1\n").expect("parses");
        assert_eq!(
            (
                table.units,
                table.tags,
                table.auto,
                table.send_notes,
                table.allow_http
            ),
            (
                defaults.units,
                defaults.tags,
                defaults.auto,
                defaults.send_notes,
                defaults.allow_http
            ),
            "the comments show the defaults"
        );
        assert!(table.token_file.is_some() && table.ca_file.is_some());
    }

    #[test]
    fn one_server_has_one_key_however_it_is_written() {
        let key = |text| parse_url(text, false).map(|u| u.key);
        for same in [
            "http://127.0.0.1:8000",
            "http://localhost:8000/",
            "http://LOCALHOST:8000",
            "http://[::1]:8000",
        ] {
            assert_eq!(key(same), Ok("localhost:8000".to_string()), "{same}");
        }
        assert_eq!(
            key("https://Baby.Example.org/bb/"),
            Ok("baby.example.org:443/bb".to_string())
        );
        assert_ne!(key("https://a.example"), key("https://b.example"));
    }

    #[test]
    fn the_endpoints_sit_under_the_base() {
        let url = parse_url("https://example.org/bb/", false).expect("parses");
        assert_eq!(url.pumping(), "https://example.org/bb/api/pumping/");
        assert_eq!(url.entry(17), "https://example.org/bb/api/pumping/17/");
    }
}
