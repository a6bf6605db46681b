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
        &crate::tr!("report-axis-day"),
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
            let text = (self.label)(*value);
            if label_fits(&text, slot) {
                svg.text((x, y - 3.0), Anchor::Middle, "value-label", &text);
            }
        }
        if let Some(goal) = self.goal {
            goal_line(
                &mut svg,
                frame,
                scale,
                goal,
                &crate::tr!("report-chart-goal", goal = (self.label)(goal)),
            );
        }
        date_axis(&mut svg, frame, self.days);
        svg.finish()
    }
}

/// The widest a character of a value label is drawn, in the chart's
/// units (10 px text; digits are narrower than this).
const LABEL_CHAR_WIDTH: f64 = 6.2;

/// Whether a value label fits over its bar without reaching its
/// neighbour's: two labels never overlap (the table after the chart has
/// every figure).
fn label_fits(text: &str, slot: f64) -> bool {
    text.chars().count() as f64 * LABEL_CHAR_WIDTH + 2.0 <= slot
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
        value_axis(
            &mut svg,
            frame,
            scale,
            &crate::tr!("report-axis-sessions"),
            &|v| crate::i18n::decimal(v, 0),
        );
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

mod sessions;
mod triggers;

pub use sessions::{Bins, Dot, SessionDots};
pub use triggers::{TriggerBars, TriggerRow};

#[cfg(test)]
mod tests {
    use super::*;

    /// The boxes of a chart's value labels, left to right, from each
    /// label's centre and its widest width.
    fn label_boxes(values: &[f64]) -> Vec<(f64, f64)> {
        let days: Vec<chrono::NaiveDate> = (1..=30)
            .map(|d| chrono::NaiveDate::from_ymd_opt(2026, 11, d).expect("a day"))
            .collect();
        let label = |v: f64| format!("{v:.0}");
        let svg = DayBars {
            id: "c",
            title: "t",
            desc: "d",
            days: &days,
            values,
            goal: None,
            y_title: "ml",
            label: &label,
        }
        .draw();
        let mut boxes: Vec<(f64, f64)> = svg
            .split("<text ")
            .filter(|t| t.contains("class=\"value-label\""))
            .filter_map(|t| {
                let x: f64 = t.split("x=\"").nth(1)?.split('"').next()?.parse().ok()?;
                let text = t.split('>').nth(1)?.split('<').next()?;
                let half = text.chars().count() as f64 * LABEL_CHAR_WIDTH / 2.0;
                Some((x - half, x + half))
            })
            .collect();
        boxes.sort_by(|a, b| a.0.total_cmp(&b.0));
        boxes
    }

    #[test]
    fn thirty_days_of_value_labels_never_overlap() {
        let small: Vec<f64> = (1..=30).map(|i| f64::from(i) * 3.0).collect();
        let boxes = label_boxes(&small);
        assert_eq!(boxes.len(), 30, "short labels all show");
        assert!(boxes.windows(2).all(|w| w[0].1 <= w[1].0), "{boxes:?}");
        let large: Vec<f64> = (0..30).map(|i| 900.0 + f64::from(i) * 10.0).collect();
        let boxes = label_boxes(&large);
        assert!(boxes.windows(2).all(|w| w[0].1 <= w[1].0), "{boxes:?}");
    }
}
