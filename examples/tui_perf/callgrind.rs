//! Idle cost as instructions, which a busy machine does not change: both
//! programs run under `valgrind --tool=callgrind` side by side, their
//! counters are zeroed once they have settled, and dumped after the window.
//! Instructions leave out what the kernel does for them (waking, writing to
//! the terminal), which is much the same for both.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use crate::term::Term;

/// Instructions per second while idle, for each program.
#[derive(Debug, Clone, Copy)]
pub struct Idle {
    pub letdown: f64,
    pub floor: f64,
}

/// A program to run under callgrind: its name (for the output file), the
/// command, its environment, and the text that says it has drawn.
pub struct Subject<'a> {
    pub name: &'a str,
    pub program: &'a Path,
    pub args: &'a [&'a str],
    pub env: Vec<(String, String)>,
    pub ready: &'a str,
}

/// Whether `valgrind` and `callgrind_control` are there to use.
pub fn available() -> bool {
    ["valgrind", "callgrind_control"].iter().all(|tool| {
        Command::new(tool)
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    })
}

/// Runs letdown and the floor under callgrind for `window`, side by side.
pub fn idle(work: &Path, letdown: &Subject<'_>, floor: &Subject<'_>, window: Duration) -> Idle {
    let mut runs: Vec<(Term, PathBuf)> = [letdown, floor]
        .into_iter()
        .map(|subject| {
            let out = work.join(format!("{}.callgrind", subject.name));
            let mut args = vec![
                "--tool=callgrind".to_string(),
                format!("--callgrind-out-file={}", out.display()),
                subject.program.display().to_string(),
            ];
            args.extend(subject.args.iter().map(ToString::to_string));
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let mut term = Term::spawn(Path::new("valgrind"), &args, &subject.env);
            let ready = subject.ready;
            term.wait_for(Duration::from_secs(60), |s| s.contains(ready))
                .unwrap_or_else(|| {
                    panic!(
                        "{} never drew under callgrind:\n{}",
                        subject.name,
                        term.screen()
                    )
                });
            (term, out)
        })
        .collect();
    // Past start-up and the first redraws.
    pump(&mut runs, Duration::from_secs(3));
    for (term, _) in &runs {
        control("-z", term.pid());
    }
    let started = Instant::now();
    pump(&mut runs, window);
    for (term, _) in &runs {
        control("-d", term.pid());
    }
    let secs = started.elapsed().as_secs_f64();
    let counts: Vec<f64> = runs
        .into_iter()
        .map(|(term, out)| {
            let dump = PathBuf::from(format!("{}.1", out.display()));
            let count = totals(&dump);
            term.close();
            count / secs
        })
        .collect();
    Idle {
        letdown: counts[0],
        floor: counts[1],
    }
}

fn pump(runs: &mut [(Term, PathBuf)], span: Duration) {
    let started = Instant::now();
    while started.elapsed() < span {
        for (term, _) in runs.iter_mut() {
            term.pump_for(Duration::from_millis(50));
        }
    }
}

fn control(what: &str, pid: u32) {
    let status = Command::new("callgrind_control")
        .args([what, &pid.to_string()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("callgrind_control runs");
    assert!(status.success(), "callgrind_control {what} {pid} failed");
}

/// The instruction total of a callgrind dump, once it is written.
fn totals(dump: &Path) -> f64 {
    for _ in 0..100 {
        if let Some(total) = fs::read_to_string(dump).ok().and_then(|text| {
            text.lines()
                .find_map(|line| line.strip_prefix("totals:"))
                .and_then(|n| n.trim().parse::<f64>().ok())
        }) {
            return total;
        }
        thread::sleep(Duration::from_millis(100));
    }
    panic!("no callgrind dump at {}", dump.display());
}
