//! Helpers the integration tests share: a fake clock, sessions made by the
//! real engine, a sandbox that isolates the binary, and broken files.

// Each test crate uses its own part of this module.
#![allow(dead_code)]

use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::{Duration, Instant, SystemTime};

use chrono::{DateTime, FixedOffset};
use letdown::config::Config;
use letdown::session::{Command, Engine, Now, Plan, SessionRecord, SessionResult};
use tempfile::TempDir;

pub mod skip;

/// The start of the spec's sample session.
pub const T0: &str = "2026-11-23T07:14:05.120+01:00";

/// A wall-clock instant from RFC 3339 text.
#[must_use]
pub fn wall(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).expect("a test datetime")
}

/// Asserts two seconds values agree to a microsecond.
#[track_caller]
pub fn assert_secs(actual: f64, expected: f64) {
    assert!(
        (actual - expected).abs() < 1e-6,
        "expected {expected} s, got {actual} s"
    );
}

/// Both clocks, stepped by hand: never slept on.
#[derive(Debug, Clone, Copy)]
pub struct FakeClock {
    base: Instant,
    wall: DateTime<FixedOffset>,
}

impl FakeClock {
    /// A clock whose wall reads `start` at its zero.
    #[must_use]
    pub fn starting_at(start: &str) -> Self {
        Self {
            base: Instant::now(),
            wall: wall(start),
        }
    }

    /// The monotonic clock `secs` after zero.
    #[must_use]
    pub fn mono(&self, secs: f64) -> Instant {
        self.base + Duration::from_secs_f64(secs)
    }

    /// Both clocks `secs` after zero, the wall keeping pace.
    #[must_use]
    pub fn at(&self, secs: f64) -> Now {
        self.at_with_wall(secs, self.wall + chrono_secs(secs))
    }

    /// The monotonic clock `secs` after zero while the wall reads `wall`.
    #[must_use]
    pub fn at_with_wall(&self, secs: f64, wall: DateTime<FixedOffset>) -> Now {
        Now {
            mono: self.mono(secs),
            wall,
        }
    }
}

impl Default for FakeClock {
    fn default() -> Self {
        Self::starting_at(T0)
    }
}

/// Seconds as a chrono duration, to the nanosecond.
#[must_use]
pub fn chrono_secs(secs: f64) -> chrono::TimeDelta {
    chrono::TimeDelta::nanoseconds((secs * 1e9).round() as i64)
}

/// The plan of the shipped default config: phases of 60, 120, 60, 60 s and an
/// open-ended one, a 900 s target, a trigger at 120 s and every 360 s after.
#[must_use]
pub fn default_plan() -> Plan {
    Plan::from_config(&Config::default())
}

/// A finished session made by the engine: started at `started`, a let-down
/// at each of `letdowns` active seconds, ended at `active_secs`.
#[must_use]
pub fn finished_session(
    started: &str,
    letdowns: &[f64],
    active_secs: f64,
    total_ml: Option<f64>,
) -> SessionRecord {
    let clock = FakeClock::starting_at(started);
    let mut engine = Engine::start(default_plan(), clock.at(0.0), "test-host");
    for &at in letdowns {
        engine.apply(Command::Letdown, clock.at(at));
    }
    engine.finish(
        clock.at(active_secs),
        SessionResult {
            total_ml,
            ..SessionResult::default()
        },
    )
}

/// What a command that changes the phase returns: saved, said, notified.
#[must_use]
pub fn phase_changed(name: &str, engine: &Engine) -> Vec<letdown::session::Effect> {
    use letdown::session::{Effect, Message, Notice};
    let prompt = engine.phase().expect("a phase").prompt.clone();
    vec![
        Effect::Save,
        Effect::Message(Message::PhaseChanged(name.to_string())),
        Effect::Notify(Notice::PhaseChanged {
            name: name.to_string(),
            prompt,
        }),
    ]
}

/// Makes a FIFO at `path`.
pub fn fifo(path: &Path) {
    rustix::fs::mkfifoat(
        rustix::fs::CWD,
        path,
        rustix::fs::Mode::from_raw_mode(0o600),
    )
    .expect("make a FIFO");
}

/// A temp folder holding the config, data and state folders of one test, and
/// the binary run with the environment pointing only there.
pub struct Sandbox {
    dir: TempDir,
}

impl Sandbox {
    #[must_use]
    pub fn new() -> Self {
        Self {
            dir: tempfile::tempdir().expect("a temp dir"),
        }
    }

    #[must_use]
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Where the config is looked for when none is named.
    #[must_use]
    pub fn config_file(&self) -> PathBuf {
        self.path().join("config/letdown/config.toml")
    }

    /// The data dir in use when neither the config nor the command line names one.
    #[must_use]
    pub fn data_dir(&self) -> PathBuf {
        self.path().join("data/letdown")
    }

    /// The state folder.
    #[must_use]
    pub fn state_dir(&self) -> PathBuf {
        self.path().join("state/letdown")
    }

    /// `letdown` with XDG folders inside the sandbox and no `LETDOWN_*` variables.
    #[must_use]
    pub fn letdown(&self) -> assert_cmd::Command {
        let mut command = assert_cmd::Command::cargo_bin("letdown").expect("the binary");
        command
            .env("HOME", self.path().join("home"))
            .env("XDG_CONFIG_HOME", self.path().join("config"))
            .env("XDG_DATA_HOME", self.path().join("data"))
            .env("XDG_STATE_HOME", self.path().join("state"))
            .env_remove("LETDOWN_CONFIG")
            .env_remove("LETDOWN_DATA_DIR")
            .env_remove("NO_COLOR")
            // English unless a test asks for another language.
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .env_remove("LETDOWN_PLAIN");
        command
    }

    /// Runs `letdown ARGS` in the sandbox to its end.
    pub fn run<S: AsRef<OsStr>>(&self, args: impl IntoIterator<Item = S>) -> Output {
        self.letdown().args(args).output().expect("letdown runs")
    }

    /// Runs `letdown ARGS`, expecting success, and returns what it printed.
    pub fn stdout_of<S: AsRef<OsStr>>(&self, args: impl IntoIterator<Item = S>) -> String {
        let output = self.run(args);
        assert!(
            output.status.success(),
            "{:?}: {}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("UTF-8 on stdout")
    }

    /// Runs `letdown ARGS`, expecting it to refuse with `code`, printing
    /// nothing on stdout and no panic; returns what it said on stderr.
    pub fn refuses<S: AsRef<OsStr>>(&self, args: impl IntoIterator<Item = S>, code: i32) -> String {
        let output = self.run(args);
        let stderr = String::from_utf8(output.stderr).expect("UTF-8 on stderr");
        assert_eq!(output.status.code(), Some(code), "{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(
            output.stdout.is_empty(),
            "printed as if all were well: {}",
            String::from_utf8_lossy(&output.stdout)
        );
        stderr
    }
}

/// A path as a command-line argument; the tests' temp paths are UTF-8.
#[must_use]
pub fn arg(path: &Path) -> &str {
    path.to_str().expect("a UTF-8 path")
}

impl Sandbox {
    /// Saves `record` in the sandbox's data dir, as letdown would.
    pub fn save(&self, record: &SessionRecord) {
        letdown::store::DataDir::new(self.data_dir())
            .save_new(record)
            .expect("saved");
    }
}

impl Default for Sandbox {
    fn default() -> Self {
        Self::new()
    }
}

/// The folder of this crate's test fixtures.
#[must_use]
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Copies a fixture folder's files (one level) into `to`.
pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create the target folder");
    for entry in fs::read_dir(from).expect("list fixtures") {
        let path = entry.expect("an entry").path();
        fs::copy(&path, to.join(path.file_name().expect("a name"))).expect("copy a fixture");
    }
}

/// Session files that cannot be read, each a different way: name and bytes.
#[must_use]
pub fn unreadable_files() -> Vec<(&'static str, Vec<u8>)> {
    let sample = fs::read_to_string(
        fixtures().join("sessions/2026-11-23/2026-11-23T071405-laptop-k3f9.toml"),
    )
    .expect("the sample session");
    let cut = sample.find("id = \"").expect("an id line") + 12;
    vec![
        ("garbage.toml", vec![0x00, 0xff, 0x13, 0x37, b'\n', 0x80]),
        ("truncated.toml", sample.as_bytes()[..cut].to_vec()),
        (
            "latin1.toml",
            b"schema = 1\nid = \"caf\xe9\"\nstate = \"finished\"\n".to_vec(),
        ),
        (
            "foreign.toml",
            b"[package]\nname = \"letdown\"\nversion = \"0.1.0\"\n".to_vec(),
        ),
        (
            "future.toml",
            sample
                .replace("schema = 1", "schema = 4")
                .replace("paused_secs", "mood = \"calm\"\npaused_secs")
                .into_bytes(),
        ),
    ]
}

/// A file's bytes and modification time, to show it was left alone.
#[must_use]
pub fn fingerprint(path: &Path) -> (Vec<u8>, SystemTime) {
    let bytes = fs::read(path).expect("read the file");
    let modified = fs::metadata(path)
        .and_then(|m| m.modified())
        .expect("its mtime");
    (bytes, modified)
}

/// The permission bits of a path.
#[must_use]
pub fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).expect("metadata").permissions().mode() & 0o777
}

/// A property-test runner of `LETDOWN_PROPTEST_CASES` cases when that is
/// set (to look harder), else of `default`, which keeps `cargo test` quick.
/// A failure prints its smallest case; none is written to the source tree.
#[must_use]
pub fn proptest_runner(default: u32) -> proptest::test_runner::TestRunner {
    let cases = std::env::var("LETDOWN_PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(default);
    proptest::test_runner::TestRunner::new(proptest::test_runner::Config {
        cases,
        failure_persistence: None,
        ..proptest::test_runner::Config::default()
    })
}

/// What a folder tree holds: every file's bytes and mtime, every folder's
/// mtime, by path. Two equal prints mean nothing was written, renamed,
/// added or removed.
#[must_use]
pub fn tree_fingerprint(root: &Path) -> std::collections::BTreeMap<PathBuf, (Vec<u8>, SystemTime)> {
    let mut print = std::collections::BTreeMap::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let modified = fs::metadata(&folder)
            .and_then(|m| m.modified())
            .expect("a folder's mtime");
        print.insert(folder.clone(), (Vec::new(), modified));
        for entry in fs::read_dir(&folder).expect("list a folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                folders.push(path);
            } else {
                print.insert(path.clone(), fingerprint(&path));
            }
        }
    }
    print
}

/// The app as `letdown` opens it with no session running, on the day screen
/// showing `day` rather than the real today.
#[must_use]
pub fn day_app(
    context: &letdown::context::Context,
    day: chrono::NaiveDate,
    now: Now,
) -> letdown::tui::app::App {
    use letdown::tui::app::{App, Opening, Screen};
    use letdown::tui::day_screen::DayView;
    let mut app = App::new(
        context,
        None,
        Opening::Day,
        now,
        letdown::tui::theme::Theme::plain(),
    );
    let wall = app.now.wall;
    app.screen = Screen::Day(Box::new(DayView::load(
        &context.data,
        &context.config,
        day,
        wall,
    )));
    app
}
