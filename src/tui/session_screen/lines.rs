//! The session screen's lines: the phase, the target, the let-downs and
//! the coach's row, each worded from the facts layer.

use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use super::super::app::App;
use crate::facts::builtin;
use crate::facts::learned::finish_line;
use crate::facts::setup::{on_side, switch_offer};
use crate::format;
use crate::session::Engine;

/// The coach's own line, in its own place beside the phase's prompt (a cue
/// never replaces a prompt): the finish line first (a cue never pushes it
/// off), then a trigger or a pump-mode cue, then what the coach learned to
/// expect, calmly.
/// Where the title row is gone (a short terminal), the session's condition
/// takes the calm line's place until the first let-down.
pub(super) fn coach_line(app: &App, engine: &Engine, short: bool) -> Option<Line<'static>> {
    let theme = &app.theme;
    if engine.finish_line(app.now.mono) {
        return Some(Line::styled(finish_line(), theme.good));
    }
    if let Some(t) = engine.shown_trigger() {
        return Some(Line::from(vec![
            Span::styled(format!("{} ", crate::tr!("session-coach")), theme.warn),
            Span::styled(
                format::printable(&builtin::trigger_prompt(&t.prompt)).into_owned(),
                theme.text,
            ),
        ]));
    }
    if engine.offers_switch(engine.active_secs(app.now.mono)) {
        return Some(Line::from(vec![
            Span::styled(format!("{} ", crate::tr!("session-coach")), theme.warn),
            Span::styled(switch_offer(), theme.text),
        ]));
    }
    let letdowns = engine.record().letdowns.len();
    if short
        && letdowns == 0
        && let Some(condition) = condition_text(engine)
    {
        return Some(Line::styled(
            crate::facts::experiment::this_session(&condition),
            theme.accent,
        ));
    }
    let learned = engine.plan().learned?;
    Some(Line::styled(
        crate::facts::learned::expect_line(&learned, letdowns),
        theme.dim,
    ))
}

pub(super) fn phase_line(app: &App, engine: &Engine, active: f64) -> Line<'static> {
    let theme = &app.theme;
    let Some(phase) = engine.phase() else {
        return Line::default();
    };
    let mut spans = Vec::new();
    if phase.is_rest() {
        // At a glance, without colour too: no need to pump now.
        spans.push(Span::styled(
            crate::tr!("session-rest"),
            theme.warn.add_modifier(Modifier::BOLD | Modifier::REVERSED),
        ));
        spans.push(Span::raw("  "));
    }
    spans.push(Span::styled(
        format::printable(&builtin::phase_name(&phase.name)).into_owned(),
        theme.accent,
    ));
    let count = engine.plan().phases.len();
    if let Some(len) = engine
        .phase_len()
        .filter(|_| engine.phase_index() + 1 < count)
    {
        let left = engine.phase_from() + len - active;
        spans.push(Span::styled(
            format!(
                "  {}",
                crate::tr!(
                    "session-phase-left",
                    left = format::clock(left.max(0.0).ceil())
                )
            ),
            theme.text,
        ));
    }
    spans.push(Span::styled(
        format!(
            "  {}",
            crate::tr!(
                "session-phase-of",
                index = engine.phase_index() + 1,
                count = count
            )
        ),
        theme.dim,
    ));
    Line::from(spans)
}

pub(super) fn target_line(app: &App, engine: &Engine, active: f64) -> Line<'static> {
    let theme = &app.theme;
    let target = engine.target_secs();
    let mut spans = Vec::new();
    if engine.is_paused() {
        spans.push(Span::styled(
            format!("{}  ", crate::tr!("session-paused")),
            theme.warn,
        ));
    }
    if active >= target {
        spans.push(Span::styled(
            crate::tr!(
                "session-target-reached",
                target = format::clock(target),
                over = format::clock(active - target)
            ),
            theme.good,
        ));
    } else {
        spans.push(Span::styled(
            crate::tr!(
                "session-target-to-go",
                target = format::clock(target),
                left = format::clock((target - active).ceil())
            ),
            theme.dim,
        ));
    }
    Line::from(spans)
}

/// The let-down count, when the first came and how long ago the last did:
/// in the long words where they fit `width`, else the short.
pub(super) fn letdown_line(app: &App, engine: &Engine, active: f64, width: u16) -> Line<'static> {
    let theme = &app.theme;
    let record = engine.record();
    let count = record.letdowns.len();
    let mut spans = Vec::new();
    if let Some(side) = engine.side() {
        spans.push(Span::styled(
            format!("{}   ", on_side(side)),
            theme.accent.add_modifier(Modifier::BOLD),
        ));
    }
    spans.extend([
        Span::styled(format!("{} ", crate::tr!("session-letdowns")), theme.text),
        Span::styled(count.to_string(), theme.accent.add_modifier(Modifier::BOLD)),
    ]);
    let first = record
        .first_letdown_secs()
        .map(|first| crate::facts::Length::of(first).to_string());
    let last = record
        .letdowns
        .last()
        .map(|last| crate::facts::Length::of(active - last.at_secs).to_string());
    let words = |short: bool| -> Vec<String> {
        let first = first.clone().map(|time| {
            if short {
                crate::tr!("session-first-at-short", time = time)
            } else {
                crate::tr!("session-first-at", time = time)
            }
        });
        let last = last.clone().map(|time| {
            if short {
                crate::tr!("session-last-ago-short", time = time)
            } else {
                crate::tr!("session-last-ago", time = time)
            }
        });
        first.into_iter().chain(last).collect()
    };
    let long = words(false);
    let before: usize = spans.iter().map(Span::width).sum();
    let fits =
        before + long.iter().map(|w| 3 + format::columns(w)).sum::<usize>() <= usize::from(width);
    for clause in if fits { long } else { words(true) } {
        spans.push(Span::styled(format!("   {clause}"), theme.text));
    }
    Line::from(spans)
}

/// This session's condition while an experiment runs: "B: no compress".
pub(super) fn condition_text(engine: &Engine) -> Option<String> {
    let arm = engine.record().experiment.as_ref()?;
    Some(crate::facts::experiment::condition(
        arm,
        engine.condition().map(|(_, text)| text),
    ))
}
