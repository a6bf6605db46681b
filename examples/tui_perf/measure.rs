//! The measurements, each on a program in a pseudo-terminal or as a plain
//! process, all in milliseconds unless they say otherwise.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use crate::procfs::{self, Cpu};
use crate::term::Term;
use crate::{
    Bins, MAIN_SIZE, SEED, Spread, TAPS, WAIT, env_for, history, is_day_screen, is_floor,
    is_session_screen, ms, spread,
};

/// Spawn to first full frame, in ms: letdown's day screen per history size,
/// `letdown start` (which saves the new session before its first frame),
/// and the floor.
pub struct FirstFrames {
    pub letdown: Vec<(usize, Spread)>,
    pub start: Spread,
    pub floor: Spread,
}

pub fn first_frames(bins: &Bins, data: &[(usize, PathBuf)], runs: usize) -> FirstFrames {
    let mut letdown: Vec<Vec<f64>> = vec![Vec::new(); data.len()];
    let mut start = Vec::new();
    let mut floor = Vec::new();
    let main_data = &data
        .iter()
        .find(|(size, _)| *size == MAIN_SIZE)
        .expect("the main size")
        .1;
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
        let mut term = Term::spawn(&bins.letdown, &["start"], &env_for(home.path(), main_data));
        let at = term.wait_for(WAIT, is_session_screen);
        let at = at.unwrap_or_else(|| panic!("no session screen:\n{}", term.screen()));
        if round > 0 {
            start.push(ms(at - term.spawned_at));
        }
        term.close();
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
        start: spread(start),
        floor: spread(floor),
    }
}

/// Wall time of `letdown log`, `letdown stats --days 30` and `letdown
/// report --days 90` (the page written to a pipe), in ms, per size.
pub struct Printing {
    pub log: Vec<(usize, Spread)>,
    pub stats: Vec<(usize, Spread)>,
    pub report: Vec<(usize, Spread)>,
}

pub fn printing_commands(bins: &Bins, data: &[(usize, PathBuf)], runs: usize) -> Printing {
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
    let mut report = vec![Vec::new(); data.len()];
    for round in 0..=runs {
        for (i, (_, root)) in data.iter().enumerate() {
            let (l, s) = (time(root, &["log"]), time(root, &["stats", "--days", "30"]));
            let r = time(root, &["report", "--days", "90", "-o", "-"]);
            if round > 0 {
                log[i].push(l);
                stats[i].push(s);
                report[i].push(r);
            }
        }
    }
    let sizes = || data.iter().map(|(size, _)| *size);
    Printing {
        log: sizes().zip(log.into_iter().map(spread)).collect(),
        stats: sizes().zip(stats.into_iter().map(spread)).collect(),
        report: sizes().zip(report.into_iter().map(spread)).collect(),
    }
}

/// One program's figures over a session.
#[derive(Debug, Clone, Copy, Default)]
pub struct Running {
    pub key: Spread,
    /// Share of one core while idle, in percent, from the scheduler's ns.
    pub cpu_percent: f64,
    /// The same from utime + stime, in clock ticks over the window.
    pub cpu_ticks: u64,
    pub redraws_per_sec: f64,
    pub bytes_per_sec: f64,
    pub peak_rss_kib: u64,
}

pub struct Session {
    pub letdown: Running,
    pub floor: Running,
    /// `letdown tap` from another process: to its exit (the let-down is on
    /// disk when it returns) and to the let-down on screen, in ms.
    pub remote: Remote,
}

/// `letdown tap` timings, each from spawning the command.
#[derive(Debug, Clone, Copy, Default)]
pub struct Remote {
    pub on_disk: Spread,
    pub on_screen: Spread,
    /// `letdown --version` spawned the same way: what starting any command costs.
    pub bare: Spread,
}

/// Taps in each program, then both idle side by side, then their memory.
pub fn session_figures(bins: &Bins, data: &Path, work: &Path, idle_secs: u64) -> Session {
    let letdown_home = work.join("session-home");
    let floor_home = work.join("floor-home");
    let letdown_env = env_for(&letdown_home, data);
    let mut letdown = Term::spawn(&bins.letdown, &["start"], &letdown_env);
    letdown
        .wait_for(WAIT, is_session_screen)
        .unwrap_or_else(|| panic!("no session screen:\n{}", letdown.screen()));
    let mut floor = Term::spawn(&bins.floor, &[], &env_for(&floor_home, &floor_home));
    floor.wait_for(WAIT, is_floor).expect("the floor's clock");

    let letdown_keys = taps(&mut letdown, |n| format!("let-down {n} saved"));
    let floor_keys = taps(&mut floor, |n| format!("keys {n}"));
    let remote = remote_taps(&mut letdown, &bins.letdown, &letdown_env, TAPS + 1);

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
        remote,
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

/// Runs `letdown tap` `TAPS` times beside the session in `term` (whose
/// let-downs so far number `first - 1`), at uneven moments: from spawning
/// the command to its exit, when the let-down is on disk, and to "let-down
/// N saved" on screen. In ms.
fn remote_taps(term: &mut Term, letdown: &Path, env: &[(String, String)], first: usize) -> Remote {
    let mut on_disk = Vec::with_capacity(TAPS);
    let mut on_screen = Vec::with_capacity(TAPS);
    let mut bare = Vec::with_capacity(TAPS);
    let mut rng = history::Rng(SEED + 1);
    let command = |arg: &str| {
        let mut command = Command::new(letdown);
        command
            .arg(arg)
            .env_clear()
            .envs(env.iter().cloned())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        command
    };
    for n in first..first + TAPS {
        term.pump_for(Duration::from_millis(60 + rng.below(90)));
        let started = Instant::now();
        let status = command("--version").status().expect("letdown runs");
        assert!(status.success());
        bare.push(ms(started.elapsed()));
        term.pump_for(Duration::from_millis(20));
        let text = format!("let-down {n} saved");
        let started = Instant::now();
        let mut child = command("tap").spawn().expect("letdown tap runs");
        let (tx, exited) = std::sync::mpsc::channel();
        thread::spawn(move || {
            let status = child.wait();
            let _ = tx.send((Instant::now(), status));
        });
        let shown = term
            .wait_for(WAIT, |s| s.contains(&text))
            .unwrap_or_else(|| panic!("{text:?} never shown:\n{}", term.screen()));
        let (at, status) = exited.recv_timeout(WAIT).expect("letdown tap returns");
        assert!(
            status.is_ok_and(|s| s.success()),
            "letdown tap failed for {text:?}"
        );
        on_disk.push(ms(at.saturating_duration_since(started)));
        on_screen.push(ms(shown.saturating_duration_since(started)));
    }
    Remote {
        on_disk: spread(on_disk),
        on_screen: spread(on_screen),
        bare: spread(bare),
    }
}

/// Opening the 90-day history screen, from the key to its title on screen
/// (the days are read and summed before the frame is drawn), in a program
/// that has just drawn the 7-day one. Median over `runs` switches.
pub fn history_screen(bins: &Bins, data: &Path, work: &Path, runs: usize) -> Spread {
    let mut term = Term::spawn(
        &bins.letdown,
        &[],
        &env_for(&work.join("history-home"), data),
    );
    term.wait_for(WAIT, is_day_screen).expect("the day screen");
    let mut times = Vec::with_capacity(runs);
    // One switch to warm the page cache, not counted.
    for run in 0..=runs {
        term.send(b"h");
        term.wait_for(WAIT, |s| s.contains("[7 days]"))
            .unwrap_or_else(|| panic!("no 7-day history:\n{}", term.screen()));
        term.pump_for(Duration::from_millis(100));
        let sent = term.send(b"3");
        let at = term
            .wait_for(WAIT, |s| s.contains("[90 days]"))
            .unwrap_or_else(|| panic!("no 90-day history:\n{}", term.screen()));
        if run > 0 {
            times.push(ms(at.saturating_duration_since(sent)));
        }
        term.send(b"h");
        term.wait_for(WAIT, is_day_screen).expect("back to the day");
    }
    term.close();
    spread(times)
}
