//! The session screen: the clock, the phase and its prompt, the plan, the
//! let-downs; and a compact layout for small terminals.

mod lines;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::app::{App, Overlay, Tone};
use super::keymap::{Action, KeyContext};
use super::photo::render_photo;
use super::theme::Theme;
use super::widgets::{
    BIG_ROWS, render_clock, render_dialog, render_pacer, render_phase_bar, render_timeline,
};
use crate::config::Show;
use crate::facts::builtin;
use crate::facts::setup::on_side;
use crate::format;
use crate::session::Engine;
use lines::{coach_line, condition_text, letdown_line, phase_line, target_line};

/// Below this size the compact layout is used.
pub const COMPACT_BELOW: (u16, u16) = (40, 12);

/// Draws a running session.
pub fn render_session(
    app: &App,
    engine: &Engine,
    overlay: Option<&Overlay>,
    area: Rect,
    buf: &mut Buffer,
) {
    if area.width < COMPACT_BELOW.0 || area.height < COMPACT_BELOW.1 {
        render_compact(app, engine, area, buf);
    } else {
        render_full(app, engine, area, buf);
    }
    match overlay {
        Some(Overlay::Leave) => render_leaving(app, KeyContext::Leave, area, buf),
        Some(Overlay::ConfirmDiscard) => render_leaving(app, KeyContext::ConfirmDiscard, area, buf),
        _ => {}
    }
}

/// The session screen's key hints: changing side only one side at a time,
/// leaving the experiment only while in one.
fn session_hints(app: &App, engine: &Engine) -> Vec<String> {
    let one_at_a_time = engine.is_one_at_a_time();
    let in_experiment = engine.record().experiment.is_some();
    app.keymap.hints_where(KeyContext::Session, |action| {
        (action != Action::SwitchSide || one_at_a_time)
            && (action != Action::LeaveOut || in_experiment)
    })
}

/// The status line, shortened at a word to `width` columns when it would
/// be cut.
pub fn status_line(app: &App, width: u16) -> Line<'static> {
    app.status.as_ref().map_or_else(Line::default, |status| {
        let (style, mark) = match status.tone {
            Tone::Done => (app.theme.good, "✓ "),
            Tone::Note => (app.theme.text, ""),
            Tone::Warning => (app.theme.warn, "! "),
        };
        let text = format!("{mark}{}", status.text);
        Line::styled(format::shorten(&text, usize::from(width)), style)
    })
}

/// The footer: key hints from the keymap, as many as fit, most important
/// first; when not even the first fits with its word, the keys alone.
pub fn footer_line(hints: &[String], theme: &Theme, width: u16) -> Line<'static> {
    let width = usize::from(width);
    let fit = |texts: &mut dyn Iterator<Item = &str>| {
        let mut text = String::new();
        for hint in texts {
            let sep = if text.is_empty() { "" } else { " · " };
            if text.chars().count() + sep.chars().count() + hint.chars().count() > width {
                break;
            }
            text.push_str(sep);
            text.push_str(hint);
        }
        text
    };
    let mut text = fit(&mut hints.iter().map(String::as_str));
    let shown = text.matches(" · ").count() + usize::from(!text.is_empty());
    if shown < hints.len().min(4) {
        // The keys that matter most stay in sight, if only as keys.
        let keys: Vec<&str> = hints.iter().filter_map(|h| h.split(' ').next()).collect();
        let compact = fit(&mut keys.iter().copied());
        if compact.matches(" · ").count() + 1 > shown {
            text = compact;
        }
    }
    Line::styled(text, theme.dim)
}

fn render_full(app: &App, engine: &Engine, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let active = engine.active_secs(app.now.mono);
    let shows = engine.phase().and_then(|p| p.show);
    // A photo on screen takes the big clock's rows; the clock becomes one line.
    // Short terminals (40×12 and up) keep the big clock and every part, one
    // row each where they can.
    let tall = area.height >= 20;
    let clock_rows = if shows == Some(Show::Photo) && app.photos.is_ready() {
        1
    } else {
        BIG_ROWS
    };
    // A short terminal finds the coach's line a row in the phase bar.
    let coach_says = coach_line(app, engine, !tall);
    let (title_rows, spacer, prompt_rows, coach_rows, bar_rows, timeline_rows) =
        match (tall, coach_says.is_some()) {
            (true, true) => (1, 1, 2, 2, 3, 2),
            (true, false) => (1, 1, 2, 0, 3, 2),
            (false, true) => (0, 0, 1, 1, 1, 0),
            (false, false) => (0, 0, 1, 0, 2, 0),
        };
    let [
        title,
        clock,
        target,
        _,
        phase,
        prompt,
        coach,
        show,
        bar,
        _,
        letdowns,
        timeline,
        status,
        footer,
    ] = Layout::vertical([
        Constraint::Length(title_rows),
        Constraint::Length(clock_rows),
        Constraint::Length(1),
        Constraint::Length(spacer),
        Constraint::Length(1),
        Constraint::Length(prompt_rows),
        Constraint::Length(coach_rows),
        Constraint::Min(0),
        Constraint::Length(bar_rows),
        Constraint::Length(spacer),
        Constraint::Length(1),
        Constraint::Length(timeline_rows),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let started = crate::facts::time_of_day(&engine.record().started.0, app.config.clock);
    let plan = format!("  ·  {}", format::printable(&engine.plan().name));
    let mut head = vec![
        Span::styled("letdown", theme.accent),
        Span::styled(
            format!(
                "{plan}  ·  {}",
                crate::tr!("session-started", time = started)
            ),
            theme.dim,
        ),
    ];
    if let Some(condition) = condition_text(engine) {
        head.push(Span::styled(format!("  ·  {condition}"), theme.accent));
    }
    Line::from(head).render(title, buf);
    render_clock_and_count(app, engine, active, [clock, target], buf);
    phase_line(app, engine, active).render(phase, buf);
    // The phase's prompt and the coach's line, each in its own place.
    if let Some(p) = engine.phase() {
        Paragraph::new(Line::styled(
            format::printable(&builtin::phase_prompt(&p.prompt)).into_owned(),
            theme.text,
        ))
        .wrap(Wrap { trim: true })
        .render(prompt, buf);
    }
    if let Some(line) = coach_says {
        Paragraph::new(line)
            .wrap(Wrap { trim: true })
            .render(coach, buf);
    }
    match shows {
        Some(Show::Breathe) => render_pacer(active - engine.phase_from(), show, buf, theme),
        Some(Show::Photo) => render_photo(&app.photos, show, buf, theme),
        None => {}
    }
    render_phase_bar(engine, active, bar, buf, theme);
    letdown_line(app, engine, active, letdowns.width).render(letdowns, buf);
    render_timeline(
        &engine.record().letdowns,
        engine.target_secs(),
        active,
        timeline,
        buf,
        theme,
    );
    status_line(app, status.width).render(status, buf);
    footer_line(&session_hints(app, engine), &app.theme, footer.width).render(footer, buf);
}

/// The clock, and beside it the let-down count in big digits where there
/// is room (the second thing the eye should find); the target line under
/// the clock, "let-downs" under the count.
fn render_clock_and_count(
    app: &App,
    engine: &Engine,
    active: f64,
    [clock, target]: [Rect; 2],
    buf: &mut Buffer,
) {
    let theme = &app.theme;
    let count = engine.record().letdowns.len();
    let beside = clock.height >= BIG_ROWS && clock.width >= 64;
    let [clock, count_area] = if beside {
        Layout::horizontal([Constraint::Min(0), Constraint::Length(24)]).areas(clock)
    } else {
        [clock, Rect::default()]
    };
    let [target, label] = if beside {
        Layout::horizontal([Constraint::Min(0), Constraint::Length(24)]).areas(target)
    } else {
        [target, Rect::default()]
    };
    render_clock(&format::clock(active), clock, buf, theme.clock);
    target_line(app, engine, active)
        .centered()
        .render(target, buf);
    if beside {
        render_clock(
            &count.to_string(),
            count_area,
            buf,
            theme.accent.add_modifier(Modifier::BOLD),
        );
        Line::styled(
            crate::tr!("session-count-label", count = count),
            theme.accent,
        )
        .centered()
        .render(label, buf);
    }
}

fn render_compact(app: &App, engine: &Engine, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let active = engine.active_secs(app.now.mono);
    let mut clock = vec![Span::styled(
        format::clock(active),
        theme.clock.add_modifier(Modifier::BOLD),
    )];
    if engine.is_paused() {
        clock.push(Span::styled(
            format!(" {}", crate::tr!("session-paused")),
            theme.warn,
        ));
    } else if active >= engine.target_secs() {
        clock.push(Span::styled(" ✓", theme.good));
    }
    let mut lines = vec![Line::from(clock), phase_line(app, engine, active)];
    let mut count = crate::tr!(
        "session-letdown-count",
        count = engine.record().letdowns.len()
    );
    if let Some(side) = engine.side() {
        count = format!("{}  ·  {count}", on_side(side));
    }
    lines.push(Line::styled(count, theme.accent));
    lines.extend(coach_line(app, engine, true));
    lines.push(status_line(app, area.width));
    lines.push(footer_line(&session_hints(app, engine), theme, area.width));
    Paragraph::new(lines).render(area, buf);
}

/// The question asked when leaving a running session, or discarding it.
fn render_leaving(app: &App, context: KeyContext, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let mut lines = if context == KeyContext::Leave {
        vec![Line::styled(
            crate::tr!("session-leave-question"),
            theme.accent,
        )]
    } else {
        vec![
            Line::styled(crate::tr!("session-discard-question"), theme.warn),
            Line::styled(crate::tr!("session-discard-loses"), theme.text),
        ]
    };
    if app.host().is_unsaved() {
        lines.push(Line::styled(
            crate::tr!("session-saving-failing"),
            theme.warn,
        ));
    }
    lines.extend(super::prompts::choice_lines(app, context));
    render_dialog(lines, area, buf, theme);
}
