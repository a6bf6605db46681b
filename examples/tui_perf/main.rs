//! The figures of SPEC.md "How fast", measured on the release binary in a
//! pseudo-terminal, beside a bare ratatui clock (`examples/floor_clock.rs`)
//! measured the same way in the same run. Run it with `scripts/perf.sh`,
//! which builds both first; it prints a Markdown table.
//!
//! - first frame: from spawning `letdown` (the day screen) until its footer is
//!   on screen, median over runs, with 2,000, 20,000 and 100,000 sessions
//!   stored, the sizes taken in turn so that a busy moment hits them alike;
//! - key to frame: Space in `letdown start` until "let-down N saved" is on
//!   screen (the durable write happens before that frame), 50 taps;
//! - idle: CPU over 20 s of a running session, from `/proc` over all threads,
//!   letdown and the floor side by side in the same 20 s, and their redraws;
//! - peak resident memory (`VmHWM`) at the end of the session;
//! - `letdown log` and `letdown stats --days 30`, whole process, median.
//!
//! Each program gets its own `XDG_*` folders and a config with
//! `[notifications] desktop = false`, and starts with an empty environment
//! (no `DBUS_SESSION_BUS_ADDRESS`), so no D-Bus probe skews start-up. The
//! config's phases show no breath pacer, so idle is the plain once-a-second
//! clock, and `double_tap_guard_secs = 0` lets every tap count.
//!
//! Environment: `PERF_QUICK=1` for fewer runs, `PERF_IDLE_SECS` (default 20).

#[allow(dead_code)] // shared with the benchmarks, which use more of it
#[path = "../../benches/support/history.rs"]
mod history;
mod procfs;
mod term;

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use procfs::Cpu;
use term::Term;

/// The history sizes; the middle one is SPEC.md's "about five years".
const SIZES: [usize; 3] = [2_000, 20_000, 100_000];
const MAIN_SIZE: usize = 20_000;
const TAPS: usize = 50;
const SEED: u64 = 1;
const WAIT: Duration = Duration::from_secs(10);

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
    let quick = std::env::var_os("PERF_QUICK").is_some_and(|v| v != "0");
    let idle_secs: u64 = std::env::var("PERF_IDLE_SECS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    let bins = Bins::beside_this_program();
    let work = tempfile::tempdir().expect("a work folder");
    let began = Instant::now();

    let mut data = Vec::new();
    for size in SIZES {
        let root = work.path().join(format!("data-{size}"));
        let started = Instant::now();
        let today = chrono::Utc::now().date_naive();
        history::generate(&root.join("letdown"), size, today, SEED).expect("history written");
        eprintln!(
            "generated {size} sessions in {:.1} s",
            started.elapsed().as_secs_f64()
        );
        data.push((size, root));
    }
    let data_for = |size: usize| {
        data.iter()
            .find(|(s, _)| *s == size)
            .map(|(_, root)| root.clone())
            .expect("a generated size")
    };

    let runs = if quick { 5 } else { 15 };
    eprintln!("first frames…");
    let first = first_frames(&bins, &data, runs);
    eprintln!("printing commands…");
    let printing = printing_commands(&bins, &data, if quick { 10 } else { 30 });
    eprintln!("taps, idle and memory…");
    let session = session_figures(&bins, &data_for(MAIN_SIZE), work.path(), idle_secs);

    print!("{}", table(&first, &printing, &session, idle_secs));
    eprintln!("the harness took {:.0} s", began.elapsed().as_secs_f64());
}

/// The two programs under test.
struct Bins {
    letdown: PathBuf,
    floor: PathBuf,
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
fn env_for(home: &Path, data: &Path) -> Vec<(String, String)> {
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
fn is_day_screen(screen: &str) -> bool {
    screen.contains("Today") && screen.lines().last().is_some_and(|l| l.contains("history"))
}

fn is_floor(screen: &str) -> bool {
    screen.contains("floor clock")
}

/// Median and 90th percentile.
#[derive(Debug, Clone, Copy, Default)]
struct Spread {
    median: f64,
    p90: f64,
}

fn spread(mut values: Vec<f64>) -> Spread {
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

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Spawn to first full frame, in ms: letdown per history size, and the floor.
struct FirstFrames {
    letdown: Vec<(usize, Spread)>,
    floor: Spread,
}

fn first_frames(bins: &Bins, data: &[(usize, PathBuf)], runs: usize) -> FirstFrames {
    let mut letdown: Vec<Vec<f64>> = vec![Vec::new(); data.len()];
    let mut floor = Vec::new();
    // One run each to warm the page cache, not counted; then the sizes in turn.
    for round in 0..=runs {
        for (i, (_, root)) in data.iter().enumerate() {
            let home = tempfile::tempdir().expect("a home");
            let mut term = Term::spawn(&bins.letdown, &[], &env_for(home.path(), root));
            let at = term.wait_for(WAIT, is_day_screen);
            let at = at.unwrap_or_else(|| panic!("no day screen:\n{}", term.screen()));
            if round > 0 {
                letdown[i].push(ms(at - term.spawned_at));
            }
            term.close();
        }
        let home = tempfile::tempdir().expect("a home");
        let mut term = Term::spawn(&bins.floor, &[], &env_for(home.path(), home.path()));
        let at = term.wait_for(WAIT, is_floor).expect("the floor's clock");
        if round > 0 {
            floor.push(ms(at - term.spawned_at));
        }
        term.close();
    }
    FirstFrames {
        letdown: data
            .iter()
            .map(|(size, _)| *size)
            .zip(letdown.into_iter().map(spread))
            .collect(),
        floor: spread(floor),
    }
}

/// Wall time of `letdown log` and `letdown stats --days 30`, in ms, per size.
struct Printing {
    log: Vec<(usize, Spread)>,
    stats: Vec<(usize, Spread)>,
}

fn printing_commands(bins: &Bins, data: &[(usize, PathBuf)], runs: usize) -> Printing {
    let home = tempfile::tempdir().expect("a home");
    let time = |root: &Path, args: &[&str]| {
        let started = Instant::now();
        let status = Command::new(&bins.letdown)
            .args(args)
            .env_clear()
            .envs(env_for(home.path(), root))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .expect("letdown runs");
        let took = ms(started.elapsed());
        assert!(status.success(), "letdown {args:?} failed");
        took
    };
    let mut log = vec![Vec::new(); data.len()];
    let mut stats = vec![Vec::new(); data.len()];
    for round in 0..=runs {
        for (i, (_, root)) in data.iter().enumerate() {
            let (l, s) = (time(root, &["log"]), time(root, &["stats", "--days", "30"]));
            if round > 0 {
                log[i].push(l);
                stats[i].push(s);
            }
        }
    }
    let sizes = || data.iter().map(|(size, _)| *size);
    Printing {
        log: sizes().zip(log.into_iter().map(spread)).collect(),
        stats: sizes().zip(stats.into_iter().map(spread)).collect(),
    }
}

/// One program's figures over a session.
#[derive(Debug, Clone, Copy, Default)]
struct Running {
    key: Spread,
    /// Share of one core while idle, in percent, from the scheduler's ns.
    cpu_percent: f64,
    /// The same from utime + stime, in clock ticks over the window.
    cpu_ticks: u64,
    redraws_per_sec: f64,
    bytes_per_sec: f64,
    peak_rss_kib: u64,
}

struct Session {
    letdown: Running,
    floor: Running,
}

/// Taps in each program, then both idle side by side, then their memory.
fn session_figures(bins: &Bins, data: &Path, work: &Path, idle_secs: u64) -> Session {
    let letdown_home = work.join("session-home");
    let floor_home = work.join("floor-home");
    let mut letdown = Term::spawn(&bins.letdown, &["start"], &env_for(&letdown_home, data));
    letdown
        .wait_for(WAIT, |s| s.contains("Massage"))
        .unwrap_or_else(|| panic!("no session screen:\n{}", letdown.screen()));
    let mut floor = Term::spawn(&bins.floor, &[], &env_for(&floor_home, &floor_home));
    floor.wait_for(WAIT, is_floor).expect("the floor's clock");

    let letdown_keys = taps(&mut letdown, |n| format!("let-down {n} saved"));
    let floor_keys = taps(&mut floor, |n| format!("keys {n}"));

    // The status line goes after 6 s; then nothing but the clock moves.
    letdown.pump_for(Duration::from_secs(7));
    floor.pump_for(Duration::from_millis(10));
    let _ = letdown.take_output();
    let _ = floor.take_output();
    let (letdown_pid, floor_pid) = (letdown.pid(), floor.pid());
    let before = (Cpu::of(letdown_pid), Cpu::of(floor_pid));
    let window = Duration::from_secs(idle_secs);
    let started = Instant::now();
    // Both read in turn over the same window, each chunk stamped as it came.
    while started.elapsed() < window {
        letdown.pump_for(Duration::from_millis(100));
        floor.pump_for(Duration::from_millis(100));
    }
    let secs = started.elapsed().as_secs_f64();
    let after = (Cpu::of(letdown_pid), Cpu::of(floor_pid));
    let figures = |term: &mut Term, cpu: Cpu, key: Spread| {
        let output = term.take_output();
        Running {
            key,
            cpu_percent: cpu.ns as f64 / 1e9 / secs * 100.0,
            cpu_ticks: cpu.ticks,
            redraws_per_sec: output.redraws as f64 / secs,
            bytes_per_sec: output.bytes as f64 / secs,
            peak_rss_kib: procfs::peak_rss_kib(term.pid()),
        }
    };
    let session = Session {
        letdown: figures(&mut letdown, after.0.since(before.0), letdown_keys),
        floor: figures(&mut floor, after.1.since(before.1), floor_keys),
    };
    letdown.close();
    floor.close();
    session
}

/// Presses Space `TAPS` times, at uneven moments so as not to fall in step
/// with the clock; each time until `shown(n)` is on screen. In ms.
fn taps(term: &mut Term, shown: impl Fn(usize) -> String) -> Spread {
    let mut times = Vec::with_capacity(TAPS);
    let mut rng = history::Rng(SEED);
    for n in 1..=TAPS {
        term.pump_for(Duration::from_millis(60 + rng.below(90)));
        let text = shown(n);
        let sent = term.send(b" ");
        let at = term
            .wait_for(WAIT, |s| s.contains(&text))
            .unwrap_or_else(|| panic!("{text:?} never shown:\n{}", term.screen()));
        times.push(ms(at.saturating_duration_since(sent)));
    }
    thread::sleep(Duration::from_millis(10));
    spread(times)
}

fn table(first: &FirstFrames, printing: &Printing, session: &Session, idle_secs: u64) -> String {
    let mut out = String::new();
    let (l, f) = (&session.letdown, &session.floor);
    let at = |rows: &[(usize, Spread)], size: usize| {
        rows.iter()
            .find(|(s, _)| *s == size)
            .map(|(_, spread)| *spread)
            .unwrap_or_default()
    };
    let main_first = at(&first.letdown, MAIN_SIZE);
    let verdict = |ok: bool| if ok { "yes" } else { "**no**" };
    let _ = writeln!(
        out,
        "| figure | letdown | floor | ratio | target | met |\n| --- | --- | --- | --- | --- | --- |"
    );
    let _ = writeln!(
        out,
        "| first frame, 20,000 sessions (median) | {:.1} ms | {:.1} ms | {:.1}× | < 15 ms | {} |",
        main_first.median,
        first.floor.median,
        main_first.median / first.floor.median,
        verdict(main_first.median < 15.0)
    );
    let _ = writeln!(
        out,
        "| key to frame, durable write included (median / p90 of {TAPS}) | {:.2} / {:.2} ms | {:.2} / {:.2} ms | {:.1}× | < 5 ms | {} |",
        l.key.median,
        l.key.p90,
        f.key.median,
        f.key.p90,
        l.key.median / f.key.median,
        verdict(l.key.median < 5.0)
    );
    let _ = writeln!(
        out,
        "| idle CPU, {idle_secs} s of a running session (utime+stime ticks) | {:.3} % ({}) | {:.3} % ({}) | {:.1}× | ≤ 2× floor | {} |",
        l.cpu_percent,
        l.cpu_ticks,
        f.cpu_percent,
        f.cpu_ticks,
        l.cpu_percent / f.cpu_percent,
        verdict(l.cpu_percent <= 2.0 * f.cpu_percent)
    );
    let _ = writeln!(
        out,
        "| idle redraws per second (bytes per second) | {:.2} ({:.0}) | {:.2} ({:.0}) | | ≤ 1 | {} |",
        l.redraws_per_sec,
        l.bytes_per_sec,
        f.redraws_per_sec,
        f.bytes_per_sec,
        verdict(l.redraws_per_sec <= 1.05)
    );
    let _ = writeln!(
        out,
        "| peak resident memory (VmHWM) | {:.1} MB | {:.1} MB | {:.1}× | < 10 MB | {} |",
        l.peak_rss_kib as f64 / 1024.0,
        f.peak_rss_kib as f64 / 1024.0,
        l.peak_rss_kib as f64 / f.peak_rss_kib as f64,
        verdict(l.peak_rss_kib < 10 * 1024)
    );
    let log = at(&printing.log, MAIN_SIZE);
    let _ = writeln!(
        out,
        "| `letdown log`, 20,000 sessions (median / p90) | {:.1} / {:.1} ms | | | < 20 ms | {} |",
        log.median,
        log.p90,
        verdict(log.median < 20.0)
    );
    let stats = at(&printing.stats, MAIN_SIZE);
    let _ = writeln!(
        out,
        "| `letdown stats --days 30`, 20,000 sessions (median / p90) | {:.1} / {:.1} ms | | | < 50 ms | {} |",
        stats.median,
        stats.p90,
        verdict(stats.median < 50.0)
    );
    let _ = writeln!(
        out,
        "\nNot growing with history (medians; the sizes were measured in turn):\n\n| sessions stored | first frame | `letdown log` | `letdown stats --days 30` |\n| --- | --- | --- | --- |"
    );
    for size in SIZES {
        let _ = writeln!(
            out,
            "| {size} | {:.1} ms | {:.1} ms | {:.1} ms |",
            at(&first.letdown, size).median,
            at(&printing.log, size).median,
            at(&printing.stats, size).median
        );
    }
    out
}
