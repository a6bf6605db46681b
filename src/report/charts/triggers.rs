//! The coach's triggers and cues, and how often a let-down followed each.

#[allow(clippy::wildcard_imports)] // the frame, axes and sizes every chart shares
use super::*;

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
                &crate::tr!("report-percent", percent = crate::i18n::decimal(pct, 0)),
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
                &crate::tr!(
                    "report-trigger-bar",
                    followed = row.followed,
                    shown = row.shown,
                    percent = row.percent
                ),
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
            &crate::tr!("report-axis-trigger-share"),
        );
        svg.vertical_text(
            (12.0, frame.top + frame.height / 2.0),
            "axis-title",
            &crate::tr!("report-axis-trigger"),
        );
        svg.finish()
    }
}
