//! What `/proc` says about a process: CPU time over all its threads, and its
//! peak resident memory.

use std::fs;

/// CPU time a process has used, read two ways.
#[derive(Debug, Clone, Copy, Default)]
pub struct Cpu {
    /// utime + stime from `/proc/PID/stat`: every thread, living or gone, in
    /// clock ticks (10 ms), so coarse for a program that mostly sleeps.
    pub ticks: u64,
    /// The scheduler's run time summed over `/proc/PID/task/*/schedstat`,
    /// in nanoseconds: the same quantity, fine-grained.
    pub ns: u64,
}

impl Cpu {
    /// Reads both, for `pid`.
    pub fn of(pid: u32) -> Self {
        let stat = fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        // Fields after the command name, which is in parentheses and may hold spaces.
        let fields: Vec<&str> = stat
            .rsplit_once(')')
            .map(|(_, rest)| rest.split_whitespace().collect())
            .unwrap_or_default();
        // utime and stime are fields 14 and 15; `fields` starts at field 3.
        let field = |n: usize| fields.get(n - 3).and_then(|f| f.parse::<u64>().ok());
        let ticks = field(14).unwrap_or(0) + field(15).unwrap_or(0);
        let ns = fs::read_dir(format!("/proc/{pid}/task")).map_or(0, |tasks| {
            tasks
                .filter_map(Result::ok)
                .filter_map(|task| fs::read_to_string(task.path().join("schedstat")).ok())
                .filter_map(|text| text.split_whitespace().next()?.parse::<u64>().ok())
                .sum()
        });
        Self { ticks, ns }
    }

    /// The time used between `earlier` and this reading.
    pub fn since(self, earlier: Self) -> Self {
        Self {
            ticks: self.ticks.saturating_sub(earlier.ticks),
            ns: self.ns.saturating_sub(earlier.ns),
        }
    }
}

/// Peak resident memory (`VmHWM`) in KiB.
pub fn peak_rss_kib(pid: u32) -> u64 {
    status_kib(pid, "VmHWM:")
}

fn status_kib(pid: u32, key: &str) -> u64 {
    fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_default()
        .lines()
        .find_map(|line| line.strip_prefix(key))
        .and_then(|rest| rest.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}
