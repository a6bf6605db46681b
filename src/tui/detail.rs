//! A session's detail: its let-down timeline, phases, the coach's triggers
//! and what the user noted.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::theme::Theme;
use super::widgets::render_timeline;
use crate::config::Config;
use crate::format;
use crate::stats::session_end;
use crate::store::Stored;

/// Seconds after a trigger within which a let-down counts as following it.
const FOLLOWED_WITHIN: f64 = 120.0;

/// Draws one session in full over `area`.
pub fn render_detail(
    stored: &Stored,
    config: &Config,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    Clear.render(area, buf);
    let r = &stored.record;
    let block = Block::bordered()
        .title(" Session ")
        .border_style(theme.accent);
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    let time = |at: &chrono::DateTime<chrono::FixedOffset>| format::time_of_day(at, config.clock);
    let mut head = vec![
        Line::styled(
            format!(
                "{}, {} – {}",
                r.started.0.format("%A %-d %B"),
                time(&r.started.0),
                time(&session_end(r))
            ),
            theme.accent,
        ),
        Line::styled(
            format!(
                "Clock {} · paused {} · {}{}{}",
                format::clock(r.active_secs),
                format::clock(r.paused_secs),
                format::plural(r.letdown_count(), "let-down"),
                r.first_letdown_secs().map_or(String::new(), |f| format!(
                    " · first at {}",
                    format::min_sec(f)
                )),
                if r.is_by_hand() {
                    " · added by hand"
                } else {
                    ""
                }
            ),
            theme.text,
        ),
    ];
    let [top, strip, rest] = Layout::vertical([
        Constraint::Length(head.len() as u16),
        Constraint::Length(3),
        Constraint::Min(0),
    ])
    .areas(inner);
    Paragraph::new(std::mem::take(&mut head)).render(top, buf);
    render_timeline(&r.letdowns, r.active_secs, r.active_secs, strip, buf, theme);
    Paragraph::new(facts(stored, config, theme))
        .wrap(Wrap { trim: false })
        .render(rest, buf);
}

/// The lines under the timeline: taps, phases, triggers, the result.
fn facts(stored: &Stored, config: &Config, theme: &Theme) -> Vec<Line<'static>> {
    let r = &stored.record;
    let time = |at: &chrono::DateTime<chrono::FixedOffset>| format::time_of_day(at, config.clock);
    let mut lines = Vec::new();
    if !r.letdowns.is_empty() {
        let taps: Vec<String> = r
            .letdowns
            .iter()
            .map(|l| format!("{} ({})", format::clock(l.at_secs), time(&l.at.0)))
            .collect();
        lines.push(Line::styled(
            format!("Let-downs: {}", taps.join(", ")),
            theme.text,
        ));
    }
    if !r.phases.is_empty() {
        let phases: Vec<String> = r
            .phases
            .iter()
            .map(|p| {
                format!(
                    "{} {}–{}",
                    format::printable(&p.name),
                    format::clock(p.from_secs),
                    format::clock(p.to_secs)
                )
            })
            .collect();
        lines.push(Line::styled(
            format!("Phases: {}", phases.join(" · ")),
            theme.text,
        ));
    }
    for trigger in &r.triggers {
        let followed = r.letdowns.iter().any(|l| {
            l.at_secs >= trigger.at_secs && l.at_secs - trigger.at_secs <= FOLLOWED_WITHIN
        });
        lines.push(Line::styled(
            format!(
                "Coach: {} at {}{}",
                format::printable(&trigger.name),
                format::clock(trigger.at_secs),
                if followed {
                    " — a let-down followed ✓"
                } else {
                    ""
                }
            ),
            theme.text,
        ));
    }
    let res = &r.result;
    let vol = |v: Option<f64>| v.map_or("-".to_string(), |ml| format::volume(ml, config.units));
    if res.volume_ml().is_some() {
        lines.push(Line::styled(
            format!(
                "Volume: left {} · right {} · total {}",
                vol(res.left_ml),
                vol(res.right_ml),
                vol(res.volume_ml())
            ),
            theme.text,
        ));
    }
    if let Some(comfort) = res.comfort {
        lines.push(Line::styled(
            format!("Comfort: {}", comfort.label()),
            theme.text,
        ));
    }
    if let Some(note) = res.note.as_deref().filter(|n| !n.is_empty()) {
        lines.push(Line::styled(
            format!("Note: {}", format::printable(note)),
            theme.text,
        ));
    }
    lines.push(Line::styled(
        format::printable_path(&stored.path),
        theme.dim,
    ));
    lines.push(Line::styled("Esc back · v edit · x delete", theme.dim));
    lines
}
