//! The charts of each session: a value per session over the days, and how
//! the values fall into bins.

#[allow(clippy::wildcard_imports)] // the frame, axes and sizes every chart shares
use super::*;

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
        value_axis(
            &mut svg,
            frame,
            scale,
            &crate::tr!("report-axis-sessions"),
            &|v| crate::i18n::decimal(v, 0),
        );
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
            &crate::tr!("report-axis-first-minutes"),
        );
        svg.finish()
    }
}
