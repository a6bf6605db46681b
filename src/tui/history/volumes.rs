//! The history's milk view: the week against the week before, each day's
//! volume as a bar split left, right and total-only, the parts of the day,
//! the figures by setup, and each session beside its setup. One list of
//! lines, scrolled; every figure and word from the query and facts layers.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::config::{ClockStyle, Units};
use crate::facts::volumes as words;
use crate::facts::{DayLabel, time_of_day};
use crate::stats::{DayVolume, Volumes};
use crate::tui::theme::Theme;

/// The widest a day's bar is drawn, in cells.
const BAR_CELLS: usize = 20;

/// The glyphs of a bar: left, right, a total given without sides; each
/// its own shape, so nothing depends on colour.
const LEFT: char = '█';
const RIGHT: char = '▓';
const TOTAL_ONLY: char = '░';

/// The milk view of a range, scrolled `scroll` rows down from its top.
pub struct VolumesView<'a> {
    pub volumes: &'a Volumes,
    pub units: Units,
    pub clock: ClockStyle,
    pub theme: &'a Theme,
    pub scroll: usize,
}

impl VolumesView<'_> {
    /// Every line of the view, top to bottom.
    #[must_use]
    pub fn lines(&self) -> Vec<Line<'static>> {
        let (v, units, theme) = (self.volumes, self.units, self.theme);
        let mut lines = Vec::new();
        let heading = |text: String| Line::styled(text, theme.accent);
        lines.push(Line::styled(
            words::week_line(&v.week, units)
                .unwrap_or_else(|| crate::tr!("history-milk-no-volume")),
            theme.text,
        ));
        lines.push(Line::default());
        lines.push(heading(crate::tr!("history-milk-by-day")));
        lines.push(Line::styled(
            format!(
                "  {LEFT} {}  {RIGHT} {}  {TOTAL_ONLY} {}",
                crate::tr!("history-milk-legend-left"),
                crate::tr!("history-milk-legend-right"),
                crate::tr!("history-milk-legend-total")
            ),
            theme.dim,
        ));
        let most = v
            .days
            .iter()
            .filter_map(|d| d.volume_ml)
            .fold(0.0_f64, f64::max);
        for day in &v.days {
            lines.push(Line::from(vec![
                Span::styled(
                    format!("  {:<10} ", DayLabel::Medium.of(day.date)),
                    theme.text,
                ),
                Span::styled(bar(day, most), theme.bar_done),
                Span::styled(format!(" {}", words::day_volume(day, units)), theme.text),
            ]));
        }
        lines.push(Line::default());
        lines.push(heading(crate::tr!("history-milk-by-time")));
        for part in &v.by_time_of_day {
            lines.push(Line::styled(
                format!(
                    "  {:<17}  {}",
                    words::part_label(part),
                    words::part_figures(part, units)
                ),
                theme.text,
            ));
        }
        if !v.by_setup.is_empty() {
            lines.push(Line::default());
            lines.push(heading(crate::tr!("history-milk-by-setup")));
            lines.push(Line::styled(
                format!("  {}", words::by_setup_note()),
                theme.dim,
            ));
            let mut last = "";
            for figures in &v.by_setup {
                if figures.by != last {
                    lines.push(Line::styled(
                        format!("  {}", words::by_label(figures.by)),
                        theme.text,
                    ));
                    last = figures.by;
                }
                lines.push(Line::styled(
                    format!("    {}", words::setup_figures(figures, units)),
                    theme.text,
                ));
            }
        }
        lines.push(Line::default());
        lines.push(heading(crate::tr!("history-milk-each-session")));
        for session in v.sessions.iter().rev() {
            let mut volume = words::volume_or_dash(session.volume_ml, units);
            if let Some(split) = words::split(session.left_ml, session.right_ml, units) {
                volume = format!("{volume} ({split})");
            }
            lines.push(Line::styled(
                format!(
                    "  {} {}  {}  ·  {}  ·  {}",
                    DayLabel::Medium.of(session.date),
                    time_of_day(&session.started, self.clock),
                    volume,
                    crate::tr!("history-letdown-count", count = session.letdown_count),
                    session.setup
                ),
                theme.text,
            ));
        }
        lines
    }

    /// Rows the view is scrolled, no further than its last line at the
    /// bottom of `area` (lines wrapped to its width).
    #[must_use]
    pub fn scrolled(&self, lines: &[Line], area: Rect) -> u16 {
        let width = usize::from(area.width.max(1));
        let total: usize = lines.iter().map(|l| l.width().div_ceil(width).max(1)).sum();
        let most = total.saturating_sub(usize::from(area.height));
        u16::try_from(self.scroll.min(most)).unwrap_or(u16::MAX)
    }
}

/// A day's bar: left, then right, then what was given only as a total,
/// scaled to the day with the most.
fn bar(day: &DayVolume, most: f64) -> String {
    let cells = |ml: f64| {
        if most <= 0.0 {
            0
        } else {
            ((ml / most) * BAR_CELLS as f64).round() as usize
        }
    };
    let total = day.volume_ml.unwrap_or(0.0);
    let left = cells(day.left_ml.unwrap_or(0.0));
    let right = cells(day.right_ml.unwrap_or(0.0));
    let rest = cells(total).saturating_sub(left + right);
    let mut text: String = std::iter::repeat_n(LEFT, left)
        .chain(std::iter::repeat_n(RIGHT, right))
        .chain(std::iter::repeat_n(TOTAL_ONLY, rest))
        .collect();
    let width = text.chars().count();
    text.extend(std::iter::repeat_n(' ', BAR_CELLS.saturating_sub(width)));
    text
}

impl Widget for &VolumesView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let lines = self.lines();
        let scroll = self.scrolled(&lines, area);
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0))
            .render(area, buf);
    }
}
