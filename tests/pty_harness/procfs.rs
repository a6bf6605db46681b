//! What Linux's `/proc` tells about a process: its children, and the CPU
//! time it has used, to see whether it spins.

use std::fs;
use std::process::Command;
use std::time::{Duration, Instant};

/// The fields of `/proc/PID/stat` after the command name, which may hold
/// spaces and parentheses itself; `fields[0]` is the state.
fn stat_fields(pid: u32) -> Option<Vec<String>> {
    let text = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let (_, rest) = text.rsplit_once(')')?;
    Some(rest.split_whitespace().map(str::to_string).collect())
}

/// A child of `parent`, if it has one.
pub fn child_of(parent: u32) -> Option<u32> {
    fs::read_dir("/proc")
        .ok()?
        .filter_map(|entry| entry.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .find(|&pid| {
            stat_fields(pid)
                .and_then(|f| f.get(1)?.parse::<u32>().ok())
                .is_some_and(|ppid| ppid == parent)
        })
}

/// The clock ticks a second in which `/proc` counts CPU time.
fn ticks_per_sec() -> f64 {
    Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|out| String::from_utf8(out.stdout).ok()?.trim().parse().ok())
        .unwrap_or(100.0)
}

/// The CPU time (user and system, all threads) a live process has used;
/// none once it has exited, a zombie included.
pub fn cpu_time(pid: u32, ticks_per_sec: f64) -> Option<Duration> {
    let fields = stat_fields(pid)?;
    if fields
        .first()
        .is_none_or(|state| state == "Z" || state == "X")
    {
        return None;
    }
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 here.
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_secs_f64(ticks as f64 / ticks_per_sec))
}

/// CPU time samples of one process, taken until it exits.
pub struct CpuSamples {
    pid: u32,
    ticks_per_sec: f64,
    samples: Vec<(Instant, Duration)>,
}

impl CpuSamples {
    pub fn new(pid: u32) -> Self {
        Self {
            pid,
            ticks_per_sec: ticks_per_sec(),
            samples: Vec::new(),
        }
    }

    /// Takes a sample; false once the process is gone.
    pub fn sample(&mut self) -> bool {
        match cpu_time(self.pid, self.ticks_per_sec) {
            Some(used) => {
                self.samples.push((Instant::now(), used));
                true
            }
            None => false,
        }
    }

    /// The last sample taken while the process was alive.
    pub fn last_seen(&self) -> Option<Instant> {
        self.samples.last().map(|&(at, _)| at)
    }

    /// The CPU time used from the last sample before `since` to the last
    /// sample of all, and the length of that window.
    pub fn used_since(&self, since: Instant) -> Option<(Duration, Duration)> {
        let &(last_at, last_used) = self.samples.last()?;
        let &(first_at, first_used) = self
            .samples
            .iter()
            .rev()
            .find(|&&(at, _)| at <= since)
            .or_else(|| self.samples.first())?;
        Some((
            last_used.saturating_sub(first_used),
            last_at.saturating_duration_since(first_at),
        ))
    }

    /// The share of one core the process used from `since` to its last
    /// sample, and the length of that window.
    pub fn share_since(&self, since: Instant) -> Option<(f64, Duration)> {
        let (used, window) = self.used_since(since)?;
        (!window.is_zero()).then(|| (used.as_secs_f64() / window.as_secs_f64(), window))
    }

    /// The share of one core over the last second the process lived (or
    /// what there is of it).
    pub fn share_of_last_second(&self) -> Option<(f64, Duration)> {
        let &(first, _) = self.samples.first()?;
        let last = self.last_seen()?;
        let since = last.checked_sub(Duration::from_secs(1)).unwrap_or(first);
        self.share_since(since.max(first))
    }
}
