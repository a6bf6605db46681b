//! The figures of SPEC.md "How fast", measured on the release binary in a
//! pseudo-terminal, beside a bare ratatui clock (`examples/floor_clock.rs`)
//! measured the same way in the same run. Run it with `scripts/perf.sh`,
//! which builds both first; it prints a Markdown table.
//!
//! - first frame: from spawning `letdown` (the day screen) until its key
//!   hints, on the last row, are on screen; median over runs, with 2,000,
//!   20,000 and 100,000 sessions stored, the sizes taken in turn so that a
//!   busy moment hits them alike; and `letdown start`, which saves the new
//!   session before its first frame;
//! - key to frame: Space in `letdown start` until "let-down N saved" is on
//!   screen (the durable write happens before that frame), 50 taps;
//! - `letdown tap` beside that session: from spawning the command to its
//!   exit (it returns once the let-down is on disk) and to "let-down N
//!   saved" on screen, 50 taps;
//! - idle: CPU over 20 s of a running session, from `/proc` over all
//!   threads, letdown and the floor side by side in the same 20 s, and their
//!   redraws; and, where valgrind is installed, their instructions per second
//!   under callgrind, which a busy machine does not change;
//! - peak resident memory (`VmHWM`) at the end of the session, and in a
//!   session showing a 4032×3024 JPEG photo, once it is drawn;
//! - the 90-day history screen, from the key to its frame;
//! - `letdown log`, `letdown stats --days 30` and `letdown report --days 90`,
//!   whole process, median.
//!
//! Each program gets its own `XDG_*` folders and a config with
//! `[notifications] desktop = false`, and starts with an empty environment
//! (no `DBUS_SESSION_BUS_ADDRESS`), so no D-Bus probe skews start-up. The
//! config's phases show no breath pacer, so idle is the plain once-a-second
//! clock, and `double_tap_guard_secs = 0` lets every tap count.
//!
//! Environment: `PERF_QUICK=1` for fewer runs, `PERF_IDLE_SECS` (default 20),
//! `PERF_CALLGRIND=0` to skip the instruction counts.

mod callgrind;
#[allow(dead_code)] // shared with the benchmarks, which use more of it
#[path = "../../benches/support/history.rs"]
mod history;
mod measure;
mod photo;
mod procfs;
mod table;
mod term;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use callgrind::Subject;
use table::Figures;

/// The history sizes; the middle one is SPEC.md's "about five years".
pub const SIZES: [usize; 3] = [2_000, 20_000, 100_000];
pub const MAIN_SIZE: usize = 20_000;
pub const TAPS: usize = 50;
pub const SEED: u64 = 1;
pub const WAIT: Duration = Duration::from_secs(10);

const CONFIG: &str = r#"
[session]
double_tap_guard_secs = 0
first_letdown_secs = 900
stall_secs = 900

[[phases]]
name = "Massage"
secs = 900
prompt = "Gently massage each breast toward the nipple."

[[phases]]
name = "Pump"
prompt = "Keep pumping, and tap at each let-down."

[notifications]
desktop = false
"#;

fn main() {
    let flag = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let quick = flag("PERF_QUICK").is_some_and(|v| v != "0");
    let idle_secs: u64 = flag("PERF_IDLE_SECS")
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    let bins = Bins::beside_this_program();
    let work = tempfile::tempdir().expect("a work folder");
    let began = Instant::now();

    let today = chrono::Utc::now().date_naive();
    let data: Vec<(usize, PathBuf)> = SIZES
        .iter()
        .map(|&size| {
            let root = work.path().join(format!("data-{size}"));
            let started = Instant::now();
            history::generate(&root.join("letdown"), size, today, SEED).expect("history written");
            eprintln!(
                "generated {size} sessions in {:.1} s",
                started.elapsed().as_secs_f64()
            );
            (size, root)
        })
        .collect();
    let main_data = &data
        .iter()
        .find(|(size, _)| *size == MAIN_SIZE)
        .expect("the main size is generated")
        .1;

    let runs = if quick { 5 } else { 15 };
    eprintln!("first frames…");
    let first = measure::first_frames(&bins, &data, runs);
    eprintln!("printing commands…");
    let printing = measure::printing_commands(&bins, &data, if quick { 10 } else { 30 });
    eprintln!("the history screen…");
    let history_screen = measure::history_screen(&bins, main_data, work.path(), runs);
    eprintln!("taps, idle and memory…");
    let session = measure::session_figures(&bins, main_data, work.path(), idle_secs);
    eprintln!("memory with a phone photo…");
    let photo_peak_kib = photo::peak_rss_kib(&bins, main_data, work.path(), photo::Kind::Jpeg);
    let png_photo_peak_kib = photo::peak_rss_kib(&bins, main_data, work.path(), photo::Kind::Png);
    let instructions = (flag("PERF_CALLGRIND").is_none_or(|v| v != "0") && callgrind::available())
        .then(|| {
            eprintln!("idle under callgrind…");
            callgrind::idle(
                work.path(),
                &Subject {
                    name: "letdown",
                    program: &bins.letdown,
                    args: &["start"],
                    env: env_for(&work.path().join("callgrind-home"), main_data),
                    ready: "Massage",
                },
                &Subject {
                    name: "floor",
                    program: &bins.floor,
                    args: &[],
                    env: env_for(&work.path().join("callgrind-floor"), main_data),
                    ready: "floor clock",
                },
                Duration::from_secs(idle_secs),
            )
        });

    print!(
        "{}",
        table::table(&Figures {
            first,
            printing,
            history_screen,
            session,
            photo_peak_kib,
            png_photo_peak_kib,
            instructions,
            idle_secs,
        })
    );
    eprintln!("the harness took {:.0} s", began.elapsed().as_secs_f64());
}

/// The two programs under test.
pub struct Bins {
    pub letdown: PathBuf,
    pub floor: PathBuf,
}

impl Bins {
    /// `target/release/letdown` and `target/release/examples/floor_clock`,
    /// found from this program's own place (`target/release/examples`).
    fn beside_this_program() -> Self {
        let me = std::env::current_exe().expect("this program's path");
        let examples = me.parent().expect("the examples folder");
        let bins = Self {
            letdown: examples
                .parent()
                .expect("the profile folder")
                .join("letdown"),
            floor: examples.join("floor_clock"),
        };
        for bin in [&bins.letdown, &bins.floor] {
            assert!(
                bin.exists(),
                "{} is missing: run scripts/perf.sh, which builds it",
                bin.display()
            );
        }
        bins
    }
}

/// Config and state folders of one's own, and a data dir.
#[must_use]
pub fn env_for(home: &Path, data: &Path) -> Vec<(String, String)> {
    let config = home.join("config/letdown");
    fs::create_dir_all(&config).expect("config folder");
    fs::write(config.join("config.toml"), CONFIG).expect("config written");
    let path = |p: PathBuf| p.to_string_lossy().into_owned();
    vec![
        ("HOME".into(), path(home.to_path_buf())),
        ("PATH".into(), "/usr/bin:/bin".into()),
        ("TERM".into(), "xterm-256color".into()),
        ("LANG".into(), "C.UTF-8".into()),
        ("TZ".into(), "UTC".into()),
        ("XDG_CONFIG_HOME".into(), path(home.join("config"))),
        ("XDG_DATA_HOME".into(), path(data.to_path_buf())),
        ("XDG_STATE_HOME".into(), path(home.join("state"))),
    ]
}

/// Whether the day screen is whole: its title at the top and its key hints
/// on the last row, which ratatui writes last.
#[must_use]
pub fn is_day_screen(screen: &str) -> bool {
    screen.contains("Today") && screen.lines().last().is_some_and(|l| l.contains("history"))
}

/// Whether the session screen is whole: its phase, and its key hints last.
#[must_use]
pub fn is_session_screen(screen: &str) -> bool {
    screen.contains("Massage")
        && screen
            .lines()
            .last()
            .is_some_and(|l| l.contains("let-down"))
}

#[must_use]
pub fn is_floor(screen: &str) -> bool {
    screen.contains("floor clock")
}

/// Median and 90th percentile.
#[derive(Debug, Clone, Copy, Default)]
pub struct Spread {
    pub median: f64,
    pub p90: f64,
}

pub fn spread(mut values: Vec<f64>) -> Spread {
    if values.is_empty() {
        return Spread::default();
    }
    values.sort_by(f64::total_cmp);
    let at = |q: f64| values[((values.len() - 1) as f64 * q).round() as usize];
    Spread {
        median: at(0.5),
        p90: at(0.9),
    }
}

#[must_use]
pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
