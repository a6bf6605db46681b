//! The report's charts over the days: bars per day (with the goal drawn as a
//! line), comfort stacked per day, a dot per session on the same date axis,
//! the first let-downs binned, and the triggers' shares. Each is an SVG with
//! its title, its description, and both axes labelled.

use chrono::NaiveDate;

use super::svg::{Anchor, Scale, Svg};
use crate::stats::ComfortCount;

/// Every chart's width, in SVG units (about a pixel on screen, and the
/// printable width of A4 and US Letter alike).
pub const WIDTH: f64 = 720.0;
/// The plot of a chart over the days: room for the scale on the left.
const LEFT: f64 = 56.0;
const RIGHT: f64 = 16.0;
/// Rows under a plot: the date labels and the axis's title.
const UNDER: f64 = 40.0;
/// Over a plot: the goal's legend.
const TOP: f64 = 22.0;

/// The plot area of a chart.
#[derive(Debug, Clone, Copy)]
pub struct Frame {
    pub left: f64,
    pub top: f64,
    pub width: f64,
    pub height: f64,
}

impl Frame {
    fn over_days(plot_height: f64) -> Self {
        Self {
            left: LEFT,
            top: TOP,
            width: WIDTH - LEFT - RIGHT,
            height: plot_height,
        }
    }

    pub fn bottom(&self) -> f64 {
        self.top + self.height
    }

    pub fn right(&self) -> f64 {
        self.left + self.width
    }

    /// Where a value stands on a scale from the bottom up.
    fn y(&self, value: f64, scale: Scale) -> f64 {
        self.bottom() - value.clamp(0.0, scale.top) / scale.top * self.height
    }
}

/// The value scale on the left: its ticks, faint lines across, and its title.
fn value_axis(
    svg: &mut Svg,
    frame: Frame,
    scale: Scale,
    title: &str,
    label: &dyn Fn(f64) -> String,
) {
    for tick in scale.ticks() {
        let y = frame.y(tick, scale);
        svg.line((frame.left, y), (frame.right(), y), "grid");
        svg.text(
            (frame.left - 6.0, y + 3.5),
            Anchor::End,
            "tick-label",
            &label(tick),
        );
    }
    svg.line(
        (frame.left, frame.top),
        (frame.left, frame.bottom()),
        "axis",
    );
    svg.vertical_text((12.0, frame.top + frame.height / 2.0), "axis-title", title);
}

/// The date axis under a plot of `days` slots: a label under every day
/// that fits, counted back from the newest, and the axis's title.
fn date_axis(svg: &mut Svg, frame: Frame, days: &[NaiveDate]) {
    let slot = frame.width / days.len().max(1) as f64;
    let (format, width) = if days.len() <= 14 {
        ("%a %-d", 44.0)
    } else {
        ("%-d %b", 40.0)
    };
    let stride = ((width / slot).ceil() as usize).max(1);
    let last = days.len().saturating_sub(1);
    for (i, day) in days.iter().enumerate() {
        if !(last - i).is_multiple_of(stride) {
            continue;
        }
        let x = frame.left + (i as f64 + 0.5) * slot;
        svg.line((x, frame.bottom()), (x, frame.bottom() + 4.0), "axis");
        svg.text(
            (x, frame.bottom() + 15.0),
            Anchor::Middle,
            "tick-label",
            &day.format(format).to_string(),
        );
    }
    svg.line(
        (frame.left, frame.bottom()),
        (frame.right(), frame.bottom()),
        "axis",
    );
    svg.text(
        (frame.left + frame.width / 2.0, frame.bottom() + 33.0),
        Anchor::Middle,
        "axis-title",
        "day",
    );
}

/// A goal across the plot as a dashed line, named in a legend over the
/// plot's right end (where no bar can cover it).
fn goal_line(svg: &mut Svg, frame: Frame, scale: Scale, goal: f64, label: &str) {
    let y = frame.y(goal, scale);
    svg.line((frame.left, y), (frame.right(), y), "goal");
    legend(svg, frame, label);
}

/// A dashed line's name, over the plot's right end.
fn legend(svg: &mut Svg, frame: Frame, label: &str) {
    let y = frame.top - 8.0;
    let text_at = frame.right() - 7.0 * label.chars().count() as f64;
    svg.line((text_at - 26.0, y - 3.5), (text_at - 4.0, y - 3.5), "goal");
    svg.text((frame.right(), y), Anchor::End, "goal-label", label);
}

/// A bar chart of one value a day.
pub struct DayBars<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub desc: &'a str,
    pub days: &'a [NaiveDate],
    pub values: &'a [f64],
    /// The daily goal, drawn as a line.
    pub goal: Option<f64>,
    pub y_title: &'a str,
    pub label: &'a dyn Fn(f64) -> String,
}

impl DayBars<'_> {
    pub fn draw(&self) -> String {
        let frame = Frame::over_days(130.0);
        let mut svg = Svg::new(
            self.id,
            WIDTH,
            frame.bottom() + UNDER,
            self.title,
            self.desc,
        );
        let max = self
            .values
            .iter()
            .copied()
            .chain(self.goal)
            .fold(0.0, f64::max);
        let scale = Scale::to_hold(max * 1.05, 4.0);
        value_axis(&mut svg, frame, scale, self.y_title, self.label);
        let slot = frame.width / self.days.len().max(1) as f64;
        let bar = (slot * 0.7).max(1.0);
        for (i, value) in self.values.iter().enumerate() {
            if *value <= 0.0 {
                continue;
            }
            let x = frame.left + (i as f64 + 0.5) * slot;
            let y = frame.y(*value, scale);
            svg.rect(x - bar / 2.0, y, bar, frame.bottom() - y, "bar");
            if slot >= 18.0 {
                svg.text(
                    (x, y - 3.0),
                    Anchor::Middle,
                    "value-label",
                    &(self.label)(*value),
                );
            }
        }
        if let Some(goal) = self.goal {
            goal_line(
                &mut svg,
                frame,
                scale,
                goal,
                &format!("goal {}", (self.label)(goal)),
            );
        }
        date_axis(&mut svg, frame, self.days);
        svg.finish()
    }
}

/// Comfort stacked per day: fine, tender, painful, and not said, each in
/// its own shade (and named in the legend and the table, never by colour alone).
pub struct ComfortBars<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub desc: &'a str,
    pub days: &'a [NaiveDate],
    pub counts: &'a [ComfortCount],
}

impl ComfortBars<'_> {
    pub fn draw(&self) -> String {
        let frame = Frame::over_days(110.0);
        let mut svg = Svg::new(
            self.id,
            WIDTH,
            frame.bottom() + UNDER,
            self.title,
            self.desc,
        );
        let max = self
            .counts
            .iter()
            .map(ComfortCount::total)
            .max()
            .unwrap_or(0);
        let scale = Scale::to_hold(max as f64, 4.0);
        value_axis(&mut svg, frame, scale, "sessions", &|v| format!("{v:.0}"));
        let slot = frame.width / self.days.len().max(1) as f64;
        let bar = (slot * 0.7).max(1.0);
        for (i, count) in self.counts.iter().enumerate() {
            let x = frame.left + (i as f64 + 0.5) * slot - bar / 2.0;
            let mut below = 0usize;
            for (n, class) in [
                (count.fine, "c-fine"),
                (count.tender, "c-tender"),
                (count.painful, "c-painful"),
                (count.not_said, "c-unsaid"),
            ] {
                if n == 0 {
                    continue;
                }
                let y_top = frame.y((below + n) as f64, scale);
                let y_bottom = frame.y(below as f64, scale);
                svg.rect(x, y_top, bar, y_bottom - y_top, class);
                below += n;
            }
        }
        date_axis(&mut svg, frame, self.days);
        svg.finish()
    }
}

/// One session as a dot on the date axis.
#[derive(Debug, Clone, Copy)]
pub struct Dot {
    /// The day's index, plus how far into its day the session started.
    pub x: f64,
    pub value: f64,
    /// Drawn hollow and square: a session added by hand.
    pub by_hand: bool,
}

/// A dot per session over the days, a line through each day's median, and
/// the period's median as a dashed line.
pub struct SessionDots<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub desc: &'a str,
    pub days: &'a [NaiveDate],
    pub dots: &'a [Dot],
    /// Each day's median, where the day has one.
    pub daily: &'a [Option<f64>],
    /// The period's median and how to name it.
    pub median: Option<(f64, String)>,
    pub y_title: &'a str,
    pub label: &'a dyn Fn(f64) -> String,
}

impl SessionDots<'_> {
    pub fn draw(&self) -> String {
        let frame = Frame::over_days(140.0);
        let mut svg = Svg::new(
            self.id,
            WIDTH,
            frame.bottom() + UNDER,
            self.title,
            self.desc,
        );
        let max = self.dots.iter().map(|d| d.value).fold(0.0, f64::max);
        let scale = Scale::to_hold(max * 1.05, 4.0);
        value_axis(&mut svg, frame, scale, self.y_title, self.label);
        let slot = frame.width / self.days.len().max(1) as f64;
        for dot in self.dots {
            let at = (frame.left + dot.x * slot, frame.y(dot.value, scale));
            if dot.by_hand {
                svg.rect(at.0 - 2.2, at.1 - 2.2, 4.4, 4.4, "dot-hand");
            } else {
                svg.circle(at, 2.4, "dot");
            }
        }
        // The daily medians, a line through the days that have one.
        let mut run: Vec<(f64, f64)> = Vec::new();
        for (i, median) in self.daily.iter().enumerate() {
            if let Some(v) = median {
                run.push((frame.left + (i as f64 + 0.5) * slot, frame.y(*v, scale)));
            } else {
                svg.polyline(&run, "median-line");
                run.clear();
            }
        }
        svg.polyline(&run, "median-line");
        if let Some((value, label)) = &self.median {
            goal_line(&mut svg, frame, scale, *value, label);
        }
        date_axis(&mut svg, frame, self.days);
        svg.finish()
    }
}

/// The first let-downs binned: a bar per bin, the last holding every later one.
pub struct Bins<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub desc: &'a str,
    pub counts: &'a [usize],
    pub bin_secs: f64,
    /// The median, in seconds, drawn as a line.
    pub median: Option<(f64, String)>,
}

impl Bins<'_> {
    pub fn draw(&self) -> String {
        let frame = Frame::over_days(110.0);
        let mut svg = Svg::new(
            self.id,
            WIDTH,
            frame.bottom() + UNDER,
            self.title,
            self.desc,
        );
        let max = self.counts.iter().copied().max().unwrap_or(0);
        let scale = Scale::to_hold(max as f64 * 1.05, 4.0);
        value_axis(&mut svg, frame, scale, "sessions", &|v| format!("{v:.0}"));
        let bins = self.counts.len().max(1);
        let slot = frame.width / bins as f64;
        for (i, count) in self.counts.iter().enumerate() {
            if *count == 0 {
                continue;
            }
            let y = frame.y(*count as f64, scale);
            svg.rect(
                frame.left + i as f64 * slot + 1.0,
                y,
                slot - 2.0,
                frame.bottom() - y,
                "bar",
            );
            svg.text(
                (frame.left + (i as f64 + 0.5) * slot, y - 3.0),
                Anchor::Middle,
                "value-label",
                &count.to_string(),
            );
        }
        let per_minute = (60.0 / self.bin_secs).round().max(1.0) as usize;
        for i in (0..bins).step_by(per_minute) {
            let x = frame.left + i as f64 * slot;
            let label = if i + 1 == bins {
                format!("{}+", i / per_minute)
            } else {
                (i / per_minute).to_string()
            };
            svg.line((x, frame.bottom()), (x, frame.bottom() + 4.0), "axis");
            svg.text(
                (x, frame.bottom() + 15.0),
                Anchor::Middle,
                "tick-label",
                &label,
            );
        }
        svg.line(
            (frame.left, frame.bottom()),
            (frame.right(), frame.bottom()),
            "axis",
        );
        if let Some((secs, label)) = &self.median {
            let x = frame.left + (secs / self.bin_secs).min(bins as f64) * slot;
            svg.line((x, frame.top), (x, frame.bottom()), "goal");
            legend(&mut svg, frame, label);
        }
        svg.text(
            (frame.left + frame.width / 2.0, frame.bottom() + 33.0),
            Anchor::Middle,
            "axis-title",
            "minutes from the start to the first let-down",
        );
        svg.finish()
    }
}

/// One trigger's row: its name, how often it was shown, how often a
/// let-down followed.
pub struct TriggerRow {
    pub name: String,
    pub shown: usize,
    pub followed: usize,
    pub percent: usize,
}

/// The triggers' shares as bars across, best first.
pub struct TriggerBars<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub desc: &'a str,
    pub rows: &'a [TriggerRow],
}

impl TriggerBars<'_> {
    pub fn draw(&self) -> String {
        const ROW: f64 = 20.0;
        let frame = Frame {
            left: 150.0,
            top: 8.0,
            width: WIDTH - 150.0 - 110.0,
            height: ROW * self.rows.len().max(1) as f64,
        };
        let mut svg = Svg::new(
            self.id,
            WIDTH,
            frame.bottom() + UNDER,
            self.title,
            self.desc,
        );
        for pct in [0.0, 25.0, 50.0, 75.0, 100.0] {
            let x = frame.left + pct / 100.0 * frame.width;
            svg.line((x, frame.top), (x, frame.bottom()), "grid");
            svg.text(
                (x, frame.bottom() + 15.0),
                Anchor::Middle,
                "tick-label",
                &format!("{pct:.0} %"),
            );
        }
        for (i, row) in self.rows.iter().enumerate() {
            let y = frame.top + i as f64 * ROW;
            let name: String = row.name.chars().take(24).collect();
            svg.text(
                (frame.left - 8.0, y + ROW / 2.0 + 4.0),
                Anchor::End,
                "tick-label",
                &name,
            );
            let width = row.percent as f64 / 100.0 * frame.width;
            svg.rect(frame.left, y + 4.0, width, ROW - 8.0, "bar");
            svg.text(
                (frame.left + width + 6.0, y + ROW / 2.0 + 4.0),
                Anchor::Start,
                "value-label",
                &format!("{} of {} ({} %)", row.followed, row.shown, row.percent),
            );
        }
        svg.line(
            (frame.left, frame.top),
            (frame.left, frame.bottom()),
            "axis",
        );
        svg.line(
            (frame.left, frame.bottom()),
            (frame.right(), frame.bottom()),
            "axis",
        );
        svg.text(
            (frame.left + frame.width / 2.0, frame.bottom() + 33.0),
            Anchor::Middle,
            "axis-title",
            "shown, then a let-down within 2 minutes",
        );
        svg.vertical_text(
            (12.0, frame.top + frame.height / 2.0),
            "axis-title",
            "trigger",
        );
        svg.finish()
    }
}
