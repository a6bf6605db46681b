//! A session's detail: its let-down timeline, phases, the coach's triggers
//! and what the user noted.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

use super::theme::Theme;
use super::widgets::render_timeline;
use crate::config::Config;
use crate::facts::{DayLabel, Length};
use crate::format;
use crate::stats::session_end;
use crate::store::Stored;

/// Draws one session in full over `area`.
/// `hints` are the keys the detail offers, from the keymap.
pub fn render_detail(
    stored: &Stored,
    config: &Config,
    theme: &Theme,
    hints: &[String],
    area: Rect,
    buf: &mut Buffer,
) {
    Clear.render(area, buf);
    let r = &stored.record;
    let block = Block::bordered()
        .title(format!(" {} ", crate::tr!("history-detail-title")))
        .border_style(theme.accent);
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    let time =
        |at: &chrono::DateTime<chrono::FixedOffset>| crate::facts::time_of_day(at, config.clock);
    let mut head = vec![
        Line::styled(
            format!(
                "{}, {} – {}",
                DayLabel::Long.of(r.started.0.date_naive()),
                time(&r.started.0),
                time(&session_end(r))
            ),
            theme.accent,
        ),
        Line::styled(lengths_line(r), theme.text),
    ];
    let [top, strip, rest] = Layout::vertical([
        Constraint::Length(head.len() as u16),
        Constraint::Length(3),
        Constraint::Min(0),
    ])
    .areas(inner);
    Paragraph::new(std::mem::take(&mut head)).render(top, buf);
    render_timeline(&r.letdowns, r.active_secs, r.active_secs, strip, buf, theme);
    let mut lines = facts(stored, config, theme);
    lines.push(Line::styled(hints.join(" · "), theme.dim));
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(rest, buf);
}

/// "Length 20m · paused 0s · 3 let-downs", then when the first came and
/// whether it was added by hand, each a clause of its own.
fn lengths_line(r: &crate::session::SessionRecord) -> String {
    let mut clauses = vec![crate::tr!(
        "history-detail-lengths",
        length = Length::of(r.active_secs).to_string(),
        paused = Length::of(r.paused_secs).to_string(),
        count = r.letdown_count()
    )];
    if let Some(first) = r.first_letdown_secs() {
        clauses.push(crate::tr!(
            "history-detail-first-at",
            time = Length::of(first).to_string()
        ));
    }
    if r.is_by_hand() {
        clauses.push(crate::tr!("history-detail-by-hand"));
    }
    clauses.join(" · ")
}

/// The lines under the timeline: taps, phases, triggers, the result.
fn facts(stored: &Stored, config: &Config, theme: &Theme) -> Vec<Line<'static>> {
    let r = &stored.record;
    let time =
        |at: &chrono::DateTime<chrono::FixedOffset>| crate::facts::time_of_day(at, config.clock);
    let mut lines = Vec::new();
    if !r.letdowns.is_empty() {
        let taps: Vec<String> = r
            .letdowns
            .iter()
            .map(|l| format!("{} ({})", format::clock(l.at_secs), time(&l.at.0)))
            .collect();
        lines.push(Line::styled(
            crate::tr!("history-detail-letdowns", times = taps.join(", ")),
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
                    format::printable(&crate::facts::builtin::phase_name(&p.name)),
                    format::clock(p.from_secs),
                    format::clock(p.to_secs)
                )
            })
            .collect();
        lines.push(Line::styled(
            crate::tr!("history-detail-phases", phases = phases.join(" · ")),
            theme.text,
        ));
    }
    for trigger in &r.triggers {
        let followed = crate::stats::is_followed(r, trigger);
        lines.push(Line::styled(
            if followed {
                crate::tr!(
                    "history-detail-trigger-followed",
                    trigger = format::printable(&trigger.name).into_owned(),
                    at = format::clock(trigger.at_secs)
                )
            } else {
                crate::tr!(
                    "history-detail-trigger",
                    trigger = format::printable(&trigger.name).into_owned(),
                    at = format::clock(trigger.at_secs)
                )
            },
            theme.text,
        ));
    }
    let res = &r.result;
    let vol = |v: Option<f64>| {
        v.map_or("-".to_string(), |ml| {
            crate::facts::Volume::new(ml, config.units).to_string()
        })
    };
    if res.volume_ml().is_some() {
        lines.push(Line::styled(
            crate::tr!(
                "history-detail-volume",
                left = vol(res.left_ml),
                right = vol(res.right_ml),
                total = vol(res.volume_ml())
            ),
            theme.text,
        ));
    }
    if let Some(comfort) = res.comfort {
        lines.push(Line::styled(
            crate::tr!("history-detail-comfort", comfort = comfort.label()),
            theme.text,
        ));
    }
    if let Some(note) = res.note.as_deref().filter(|n| !n.is_empty()) {
        lines.push(Line::styled(
            crate::tr!(
                "history-detail-note",
                note = format::printable(note).into_owned()
            ),
            theme.text,
        ));
    }
    lines.push(Line::styled(
        format::printable_path(&stored.path),
        theme.dim,
    ));
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::fixtures::{session, with_triggers};
    use crate::store::Fingerprint;

    fn said(stored: &Stored) -> Vec<String> {
        facts(stored, &Config::default(), &Theme::plain())
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    /// A cue with no let-down after it is not marked followed: the
    /// expression cue comes at the let-down that brings it, which does not
    /// count, as in the history and the reports.
    #[test]
    fn a_cue_with_no_let_down_after_it_is_not_marked_followed() {
        let record = with_triggers(
            session("2026-11-23T07:00:00+01:00", 900.0, &[60.0, 250.0]),
            &[
                (60.0, "expression-mode"),
                (200.0, "photo"),
                (600.0, "breathe"),
            ],
        );
        let stored = Stored {
            path: "s.toml".into(),
            record,
            read_from: Fingerprint::of(b""),
            copies: Vec::new(),
        };
        let lines = said(&stored);
        let line = |name: &str| {
            lines
                .iter()
                .find(|l| l.contains(name))
                .cloned()
                .unwrap_or_default()
        };
        assert!(!line("expression-mode").contains("followed"), "{lines:?}");
        assert!(line("photo").contains("followed"), "{lines:?}");
        assert!(!line("breathe").contains("followed"), "{lines:?}");
    }
}
