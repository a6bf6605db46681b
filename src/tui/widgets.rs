//! Small widgets of the session screen: the big clock, the phase bar and the
//! let-down timeline, and the bordered box every dialog is drawn in. Each
//! draws into whatever area it is given, down to none.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph, Widget};
use tui_big_text::{BigText, PixelSize};

use super::theme::Theme;
use crate::format;
use crate::session::Engine;

/// Rows the big clock takes.
pub const BIG_ROWS: u16 = 4;

/// The session clock: as big as fits, plain text where nothing big does.
pub fn render_clock(text: &str, area: Rect, buf: &mut Buffer, style: Style) {
    let chars = u16::try_from(text.chars().count()).unwrap_or(u16::MAX);
    // Half-height glyphs are 8 columns wide, quadrant ones 4; both 4 rows tall.
    let size = [(PixelSize::HalfHeight, 8), (PixelSize::Quadrant, 4)]
        .into_iter()
        .find(|(_, cols)| area.height >= BIG_ROWS && area.width >= cols * chars);
    if let Some((pixel_size, _)) = size {
        BigText::builder()
            .pixel_size(pixel_size)
            .lines(vec![Line::from(text.to_string())])
            .alignment(Alignment::Center)
            .style(style)
            .build()
            .render(area, buf);
    } else {
        Paragraph::new(Line::styled(text.to_string(), style))
            .alignment(Alignment::Center)
            .render(area, buf);
    }
}

/// Where each phase sits on a bar `width` columns wide: (start, width) per phase.
fn segments(engine: &Engine, width: u16) -> Vec<(u16, u16)> {
    let plan = engine.plan();
    let fixed: f64 = plan.phases.iter().filter_map(|p| p.secs).sum();
    let open = plan.phases.iter().filter(|p| p.secs.is_none()).count() as f64;
    // Open-ended phases share whatever the target leaves, at least a fifth of the bar.
    let open_each = if open > 0.0 {
        ((engine.target_secs() - fixed).max(fixed * 0.25) / open).max(1.0)
    } else {
        0.0
    };
    // Every phase gets room for its name, however short it is.
    let floor = (fixed + open_each * open) * 0.12;
    let weight = |secs: Option<f64>| secs.unwrap_or(open_each).max(floor);
    let total: f64 = plan.phases.iter().map(|p| weight(p.secs)).sum();
    let mut at = 0.0;
    plan.phases
        .iter()
        .map(|p| {
            let secs = weight(p.secs);
            let start = (at / total * f64::from(width)).round() as u16;
            at += secs;
            let end = (at / total * f64::from(width)).round() as u16;
            (start, end.saturating_sub(start).max(1))
        })
        .collect()
}

/// The plan as a bar with the phase names, and a mark where the session is.
///
/// Each name is drawn from its segment's first column and clipped by
/// columns, not characters, so a wide character or a tab in a name from the
/// config never pushes the names out of line with the bar.
pub fn render_phase_bar(engine: &Engine, active: f64, area: Rect, buf: &mut Buffer, theme: &Theme) {
    if area.width < 3 || area.height == 0 {
        return;
    }
    let segs = segments(engine, area.width);
    let current = engine.phase_index();
    let style_of = |i: usize| match i.cmp(&current) {
        std::cmp::Ordering::Less => ('█', theme.bar_done),
        std::cmp::Ordering::Equal => ('▓', theme.bar_now),
        std::cmp::Ordering::Greater => ('░', theme.bar_todo),
    };
    // With two rows, the bar and the mark matter more than the names.
    let mut y = area.y;
    if area.height >= 3 {
        for (i, ((start, width), phase)) in segs.iter().zip(&engine.plan().phases).enumerate() {
            let Some(cell) = segment_rect(area, y, *start, *width) else {
                break;
            };
            let style = style_of(i).1.patch(theme.dim);
            buf.set_style(cell, style);
            let name = crate::facts::builtin::phase_name(&phase.name);
            let name = format::printable(&name);
            let label = bar_label(&name, i + 1, usize::from(width.saturating_sub(1)));
            buf.set_stringn(cell.x, y, &label, usize::from(cell.width), style);
        }
        y += 1;
    }
    for (i, (start, width)) in segs.iter().enumerate() {
        let Some(cell) = segment_rect(area, y, *start, *width) else {
            break;
        };
        let (fill, style) = style_of(i);
        // A rest is told apart by its fill as well as its colour.
        let fill = if engine
            .plan()
            .phases
            .get(i)
            .is_some_and(crate::session::PlanPhase::is_rest)
        {
            '·'
        } else {
            fill
        };
        let end = if i + 1 == segs.len() { fill } else { '│' };
        for x in cell.left()..cell.right() {
            let c = if x + 1 == area.x + start + width {
                end
            } else {
                fill
            };
            buf[(x, y)].set_char(c).set_style(style);
        }
    }
    y += 1;
    if y < area.bottom() {
        // The position within the current phase.
        let (start, width) = segs.get(current).copied().unwrap_or((0, 1));
        let span = engine
            .phase_len()
            .unwrap_or_else(|| (engine.target_secs() - engine.phase_from()).max(1.0));
        let fraction = ((active - engine.phase_from()) / span).clamp(0.0, 1.0);
        let marker = start + ((f64::from(width.saturating_sub(1))) * fraction).round() as u16;
        let x = (area.x + marker).min(area.right().saturating_sub(1));
        buf[(x, y)].set_char('▲').set_style(theme.bar_now);
    }
}

/// A phase's name as it fits in `columns`: whole, else its first word, else
/// its number in the plan; never a word cut in the middle ("Warm com").
fn bar_label(name: &str, number: usize, columns: usize) -> String {
    if format::columns(name) <= columns {
        return name.to_string();
    }
    let first = name.split_whitespace().next().unwrap_or_default();
    if !first.is_empty() && format::columns(first) <= columns {
        return first.to_string();
    }
    let number = number.to_string();
    if number.len() <= columns {
        number
    } else {
        String::new()
    }
}

/// A segment's cells on row `y`, cut at the area's right edge; none when it
/// starts beyond it.
fn segment_rect(area: Rect, y: u16, start: u16, width: u16) -> Option<Rect> {
    let x = area.x.saturating_add(start);
    (x < area.right()).then(|| Rect::new(x, y, width.min(area.right() - x), 1))
}

/// A strip from 0 to `span` seconds with a tick at each let-down and a mark at `now_secs`.
pub fn render_timeline(
    letdowns: &[crate::session::Letdown],
    span: f64,
    now_secs: f64,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
) {
    if area.width < 2 || area.height == 0 {
        return;
    }
    let span = span.max(now_secs).max(1.0);
    let width = usize::from(area.width);
    let column = |secs: f64| (((secs / span) * (width - 1) as f64).round() as usize).min(width - 1);
    let now = column(now_secs);
    let mut cells: Vec<(char, Style)> = (0..width)
        .map(|i| {
            if i <= now {
                ('·', theme.dim)
            } else {
                (' ', theme.dim)
            }
        })
        .collect();
    cells[0] = ('├', theme.dim);
    cells[width - 1] = ('┤', theme.dim);
    cells[now] = ('◆', theme.bar_now);
    for letdown in letdowns {
        cells[column(letdown.at_secs)] = ('┃', theme.accent);
    }
    for (i, (c, style)) in cells.into_iter().enumerate() {
        buf[(area.x + i as u16, area.y)]
            .set_char(c)
            .set_style(style);
    }
    if area.height > 1 {
        // Two short lines rather than one padded to the width: this is drawn every second.
        let row = Rect::new(area.x, area.y + 1, area.width, 1);
        Line::styled(format::clock(0.0), theme.dim).render(row, buf);
        Line::styled(format::clock(span), theme.dim)
            .right_aligned()
            .render(row, buf);
    }
}

/// Seconds of one breath in, then out: a slow, lengthened exhale.
pub const BREATH_IN_SECS: f64 = 4.0;
pub const BREATH_OUT_SECS: f64 = 6.0;

/// Frames a second the pacer needs to look smooth enough to follow.
pub const PACER_FPS: f64 = 5.0;

/// Where in a breath `secs` falls: breathing in or not, and how full (0 to 1).
#[must_use]
pub fn breath(secs: f64) -> (bool, f64) {
    let t = secs.max(0.0) % (BREATH_IN_SECS + BREATH_OUT_SECS);
    // An eased curve: slow at the turns, as breath is.
    let ease = |x: f64| 0.5 - 0.5 * (std::f64::consts::PI * x.clamp(0.0, 1.0)).cos();
    if t < BREATH_IN_SECS {
        (true, ease(t / BREATH_IN_SECS))
    } else {
        (false, 1.0 - ease((t - BREATH_IN_SECS) / BREATH_OUT_SECS))
    }
}

/// The breath pacer: a bar that grows as you breathe in and shrinks as you
/// breathe out, with the words, so it reads without colour.
pub fn render_pacer(secs: f64, area: Rect, buf: &mut Buffer, theme: &Theme) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let (inhale, fullness) = breath(secs);
    let word = if inhale {
        crate::tr!("session-breathe-in")
    } else {
        crate::tr!("session-breathe-out")
    };
    let max = area.width.min(48);
    let width = (f64::from(max) * (0.08 + 0.92 * fullness)).round() as u16;
    let bar: String = "█".repeat(usize::from(width));
    let mut lines = vec![Line::styled(word, theme.accent)];
    lines.extend(std::iter::repeat_n(
        Line::styled(bar, theme.bar_now),
        usize::from(area.height.saturating_sub(1).min(2)),
    ));
    Paragraph::new(lines)
        .alignment(Alignment::Center)
        .render(area, buf);
}

/// A small bordered box in the middle of `area`.
pub fn render_dialog(lines: Vec<Line<'static>>, area: Rect, buf: &mut Buffer, theme: &Theme) {
    let width = lines
        .iter()
        .map(Line::width)
        .max()
        .unwrap_or(0)
        .saturating_add(4)
        .min(usize::from(area.width)) as u16;
    let height = (lines.len() as u16 + 2).min(area.height);
    let x = area.x + (area.width - width) / 2;
    let y = area.y + (area.height - height) / 2;
    let rect = Rect::new(x, y, width, height);
    Clear.render(rect, buf);
    Paragraph::new(lines)
        .block(Block::bordered().border_style(theme.accent))
        .render(rect, buf);
}
