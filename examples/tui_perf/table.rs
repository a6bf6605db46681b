//! The figures as a Markdown table: letdown, the floor, their ratio, the
//! target of SPEC.md "How fast", and whether it is met.

use std::fmt::Write as _;

use crate::callgrind::Idle;
use crate::measure::{FirstFrames, Printing, Session};
use crate::{MAIN_SIZE, SIZES, Spread, TAPS};

/// Everything measured in one run.
pub struct Figures {
    pub first: FirstFrames,
    pub printing: Printing,
    pub history_screen: Spread,
    pub session: Session,
    /// Peak resident memory with a 12-megapixel JPEG photo shown, in KiB.
    pub photo_peak_kib: u64,
    /// The same with a PNG photo of that size.
    pub png_photo_peak_kib: u64,
    pub instructions: Option<Idle>,
    pub idle_secs: u64,
}

fn at(rows: &[(usize, Spread)], size: usize) -> Spread {
    rows.iter()
        .find(|(s, _)| *s == size)
        .map(|(_, spread)| *spread)
        .unwrap_or_default()
}

fn met(ok: bool) -> &'static str {
    if ok { "yes" } else { "**no**" }
}

pub fn table(f: &Figures) -> String {
    let mut out = String::new();
    let (l, fl) = (&f.session.letdown, &f.session.floor);
    let idle = f.idle_secs;
    let mut row = |cells: [String; 6]| {
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    };
    row(["figure", "letdown", "floor", "ratio", "target", "met"].map(String::from));
    row(["---", "---", "---", "---", "---", "---"].map(String::from));
    let first = at(&f.first.letdown, MAIN_SIZE);
    row([
        "start to first full frame, 20,000 sessions (median)".into(),
        format!("{:.1} ms", first.median),
        format!("{:.1} ms", f.first.floor.median),
        format!("{:.1}×", first.median / f.first.floor.median),
        "< 15 ms".into(),
        met(first.median < 15.0).into(),
    ]);
    row([
        "`letdown start` to first frame (the new session saved first)".into(),
        format!("{:.1} ms", f.first.start.median),
        format!("{:.1} ms", f.first.floor.median),
        format!("{:.1}×", f.first.start.median / f.first.floor.median),
        String::new(),
        String::new(),
    ]);
    for cells in taps(f) {
        row(cells);
    }
    let cpu_ratio = l.cpu_percent / fl.cpu_percent;
    row([
        format!("idle CPU, {idle} s of a running session, all threads (utime+stime ticks)"),
        format!("{:.3} % ({})", l.cpu_percent, l.cpu_ticks),
        format!("{:.3} % ({})", fl.cpu_percent, fl.cpu_ticks),
        format!("{cpu_ratio:.1}×"),
        "≤ 2× floor".into(),
        met(cpu_ratio <= 2.0).into(),
    ]);
    if let Some(ins) = f.instructions {
        let ratio = ins.letdown / ins.floor;
        row([
            format!("idle instructions per second, {idle} s under callgrind"),
            format!("{:.0} k", ins.letdown / 1000.0),
            format!("{:.0} k", ins.floor / 1000.0),
            format!("{ratio:.2}×"),
            "≤ 2× floor".into(),
            met(ratio <= 2.0).into(),
        ]);
    }
    row([
        "idle redraws per second (bytes written per second)".into(),
        format!("{:.2} ({:.0})", l.redraws_per_sec, l.bytes_per_sec),
        format!("{:.2} ({:.0})", fl.redraws_per_sec, fl.bytes_per_sec),
        String::new(),
        "≤ 1".into(),
        met(l.redraws_per_sec <= 1.05).into(),
    ]);
    for cells in memory(f) {
        row(cells);
    }
    row([
        "90-day history screen, key to frame, 20,000 sessions (median / p90)".into(),
        format!(
            "{:.1} / {:.1} ms",
            f.history_screen.median, f.history_screen.p90
        ),
        String::new(),
        String::new(),
        "< 100 ms".into(),
        met(f.history_screen.median < 100.0).into(),
    ]);
    for (name, rows, target) in [
        ("`letdown log`", &f.printing.log, 20.0),
        ("`letdown stats --days 30`", &f.printing.stats, 50.0),
        (
            "`letdown report --days 90` (the HTML page)",
            &f.printing.report,
            300.0,
        ),
    ] {
        let s = at(rows, MAIN_SIZE);
        row([
            format!("{name}, 20,000 sessions, whole process (median / p90)"),
            format!("{:.1} / {:.1} ms", s.median, s.p90),
            String::new(),
            String::new(),
            format!("< {target:.0} ms"),
            met(s.median < target).into(),
        ]);
    }
    growth(&mut out, f);
    out
}

/// A tap: the key to its frame, beside the floor's; and `letdown tap` from
/// another process, to the let-down on disk and on screen.
fn taps(f: &Figures) -> [[String; 6]; 2] {
    let (l, fl, remote) = (&f.session.letdown, &f.session.floor, &f.session.remote);
    [
        [
            format!("key to frame, durable write included (median / p90 of {TAPS})"),
            format!("{:.2} / {:.2} ms", l.key.median, l.key.p90),
            format!("{:.2} / {:.2} ms", fl.key.median, fl.key.p90),
            format!("{:.1}×", l.key.median / fl.key.median),
            "< 5 ms".into(),
            met(l.key.median < 5.0).into(),
        ],
        [
            format!(
                "`letdown tap` to the let-down on disk (it returns) / on screen (medians; p90 of {TAPS}); floor: a bare `letdown --version`"
            ),
            format!(
                "{:.2} / {:.2} ms ({:.2} / {:.2})",
                remote.on_disk.median,
                remote.on_screen.median,
                remote.on_disk.p90,
                remote.on_screen.p90
            ),
            format!("{:.2} ms", remote.bare.median),
            String::new(),
            "< 10 ms".into(),
            met(remote.on_disk.median.max(remote.on_screen.median) < 10.0).into(),
        ],
    ]
}

/// Peak resident memory: the session without a photo, beside the floor, and
/// with a phone photo shown.
fn memory(f: &Figures) -> [[String; 6]; 3] {
    let (l, fl) = (&f.session.letdown, &f.session.floor);
    let mb = |kib: u64| format!("{:.1} MB", kib as f64 / 1024.0);
    [
        [
            "peak resident memory (VmHWM), no photo".into(),
            mb(l.peak_rss_kib),
            mb(fl.peak_rss_kib),
            format!("{:.1}×", l.peak_rss_kib as f64 / fl.peak_rss_kib as f64),
            "< 10 MB".into(),
            met(l.peak_rss_kib < 10 * 1024).into(),
        ],
        [
            "peak resident memory (VmHWM), a 4032×3024 JPEG photo loaded and shown".into(),
            mb(f.photo_peak_kib),
            String::new(),
            String::new(),
            "< 25 MB".into(),
            met(f.photo_peak_kib < 25 * 1024).into(),
        ],
        [
            "peak resident memory (VmHWM), a 4032×3024 PNG photo loaded and shown".into(),
            mb(f.png_photo_peak_kib),
            String::new(),
            String::new(),
            "< 25 MB".into(),
            met(f.png_photo_peak_kib < 25 * 1024).into(),
        ],
    ]
}

/// The figures that must not grow with history, per size.
fn growth(out: &mut String, f: &Figures) {
    let _ = writeln!(
        out,
        "\nNot growing with history (medians, the sizes measured in turn):\n"
    );
    let _ = writeln!(
        out,
        "| sessions stored | first frame | `letdown log` | `letdown stats --days 30` | `letdown report --days 90` |\n| --- | --- | --- | --- | --- |"
    );
    for size in SIZES {
        let _ = writeln!(
            out,
            "| {size} | {:.1} ms | {:.1} ms | {:.1} ms | {:.1} ms |",
            at(&f.first.letdown, size).median,
            at(&f.printing.log, size).median,
            at(&f.printing.stats, size).median,
            at(&f.printing.report, size).median
        );
    }
}
