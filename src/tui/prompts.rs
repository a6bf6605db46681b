//! The screens and questions around a session: resuming an interrupted one,
//! leaving with a session not saved yet, and the help overlay; their key
//! lines are generated from the keymap.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::app::App;
use super::keymap::{Action, KeyContext};
use super::widgets::render_dialog;
use crate::format;
use crate::session::SessionRecord;

/// An interrupted session: resume, finish at its last heartbeat, or discard.
pub fn render_resume(
    app: &App,
    record: &SessionRecord,
    confirm_discard: bool,
    area: Rect,
    buf: &mut Buffer,
) {
    let theme = &app.theme;
    let started = crate::facts::time_of_day(&record.started.0, app.config.clock);
    let day = crate::facts::DayLabel::Medium.of(record.started.0);
    let count = record.letdowns.len();
    let keys = &app.keymap;
    let clock = format::clock(record.active_secs);
    let choice = |action: Action, what: String| {
        Line::styled(format!("{}  {what}", keys.label(action)), theme.text)
    };
    let choices = [
        choice(Action::Resume, crate::tr!("session-resume-resume")),
        choice(
            Action::Finish,
            crate::tr!("session-resume-finish", clock = clock.as_str()),
        ),
        choice(Action::Discard, crate::tr!("session-resume-discard")),
        choice(Action::Cancel, crate::tr!("session-resume-later")),
        choice(Action::Quit, crate::tr!("session-resume-quit")),
    ];
    let status = app.status.as_ref().map(|status| {
        Line::styled(
            status.text.clone(),
            if status.is_warning() {
                theme.warn
            } else {
                theme.good
            },
        )
    });
    let mut lines = vec![
        Line::styled(crate::tr!("session-resume-title"), theme.accent),
        Line::default(),
        Line::styled(
            crate::tr!(
                "session-resume-what",
                day = day.as_str(),
                started = started.as_str(),
                clock = clock.as_str(),
                count = count
            ),
            theme.text,
        ),
        Line::styled(crate::tr!("session-resume-kept"), theme.dim),
        Line::default(),
    ];
    lines.extend(choices.iter().cloned());
    if let Some(status) = &status {
        lines.push(Line::default());
        lines.push(status.clone());
    }
    let width = usize::from(area.width.max(1));
    let rows: usize = lines.iter().map(|l| l.width().div_ceil(width).max(1)).sum();
    if rows > usize::from(area.height) {
        // Small: the choices stay in sight, under one line of what it was.
        lines = vec![Line::styled(
            crate::tr!(
                "session-resume-short",
                started = started.as_str(),
                clock = clock.as_str(),
                count = count
            ),
            theme.accent,
        )];
        lines.extend(choices);
        lines.extend(status);
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(area, buf);
    if confirm_discard {
        let mut lines = vec![Line::styled(
            crate::tr!("session-resume-discard-question"),
            theme.warn,
        )];
        lines.extend(choice_lines(app, KeyContext::ConfirmDiscardInterrupted));
        render_dialog(lines, area, buf, theme);
    }
}

/// A question's choices, one a line, from the keymap ("y  yes, discard");
/// in a question that any other key closes, that closing comes last, as
/// "any other key".
#[must_use]
pub fn choice_lines(app: &App, context: KeyContext) -> Vec<Line<'static>> {
    let any_other = context.any_other_key_cancels();
    let mut lines: Vec<Line<'static>> = context
        .rows()
        .iter()
        .filter(|row| !(any_other && row.action == Action::Cancel))
        .map(|row| {
            let key = app.keymap.label(row.action);
            Line::styled(format!("{key}  {}", row.hint), app.theme.text)
        })
        .collect();
    if let Some(cancel) = context.rows().iter().find(|r| r.action == Action::Cancel)
        && any_other
    {
        lines.push(Line::styled(
            format!("{}  {}", crate::tr!("session-any-other-key"), cancel.hint),
            app.theme.text,
        ));
    }
    lines
}

/// The plan picker over the day screen: each plan's name and what it is,
/// the chosen one marked.
pub fn render_plan_picker(app: &App, chosen: usize, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let mut lines = vec![Line::styled(crate::tr!("day-which-plan"), theme.accent)];
    for (i, (name, description)) in app.config.plan_choices().into_iter().enumerate() {
        let (mark, style) = if i == chosen {
            (
                "▶ ",
                theme
                    .accent
                    .add_modifier(ratatui::style::Modifier::REVERSED),
            )
        } else {
            ("  ", theme.text)
        };
        lines.push(Line::styled(
            format!("{mark}{}", format::printable(name)),
            style,
        ));
        lines.push(Line::styled(
            format!(
                "    {}",
                format::printable(&crate::facts::builtin::plan_description(description))
            ),
            theme.dim,
        ));
    }
    lines.push(Line::default());
    lines.push(Line::styled(
        app.keymap.hints(KeyContext::PickPlan).join(" · "),
        theme.dim,
    ));
    render_dialog(lines, area, buf, theme);
}

/// Leaving while a finished session is not in the data dir yet: where it
/// is kept, and whether it will be saved next time.
pub fn render_leave_unsaved(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let pending = app.pending();
    let in_memory = pending.iter().filter(|p| !p.kept).count();
    let mut lines = vec![Line::styled(
        crate::tr!("session-unsaved-count", count = pending.len()),
        theme.warn,
    )];
    if in_memory == 0 {
        lines.push(Line::styled(
            crate::tr!(
                "session-unsaved-kept",
                folder = format::printable_path(app.state_root())
            ),
            theme.text,
        ));
    } else {
        lines.push(Line::styled(
            crate::tr!("session-unsaved-in-memory", count = in_memory),
            theme.warn,
        ));
    }
    lines.extend(choice_lines(app, KeyContext::LeaveUnsaved));
    render_dialog(lines, area, buf, theme);
}

/// Every key of what is on show, from the keymap, wrapped at words in a
/// box over the screen; it scrolls (↑/↓) when it does not fit, and says so.
pub fn render_help(app: &App, area: Rect, buf: &mut Buffer) {
    use ratatui::widgets::{Block, Clear};
    let theme = &app.theme;
    let context = app.key_context();
    let mut lines = vec![Line::styled(
        crate::tr!("session-help-title", screen = context.label()),
        theme.accent,
    )];
    lines.extend(
        app.keymap
            .help_lines(context)
            .into_iter()
            .map(|line| Line::styled(line, theme.text)),
    );
    let closing = if matches!(app.screen, super::app::Screen::Session { .. }) {
        crate::tr!(
            "session-help-close-session",
            key = app.keymap.label(Action::Letdown)
        )
    } else {
        crate::tr!("session-help-close")
    };
    lines.push(Line::styled(closing, theme.dim));
    lines.push(Line::styled(crate::tr!("session-help-config"), theme.dim));
    let width = lines
        .iter()
        .map(Line::width)
        .max()
        .unwrap_or(0)
        .saturating_add(2)
        .min(usize::from(area.width)) as u16;
    let inner = width.saturating_sub(2).max(1);
    let rows: u16 = lines
        .iter()
        .map(|l| u16::try_from(l.width().div_ceil(usize::from(inner)).max(1)).unwrap_or(u16::MAX))
        .fold(0, u16::saturating_add);
    let height = rows.saturating_add(2).min(area.height);
    let visible = height.saturating_sub(2);
    let scroll = app.help_scroll.min(rows.saturating_sub(visible));
    let rect = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    let mut block = Block::bordered().border_style(theme.accent);
    if rows > visible {
        let more = if scroll + visible < rows {
            crate::tr!("session-help-more")
        } else {
            crate::tr!("session-help-back")
        };
        block = block.title_bottom(Line::styled(format!(" {more} "), theme.accent).right_aligned());
    }
    Clear.render(rect, buf);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .scroll((scroll, 0))
        .block(block)
        .render(rect, buf);
}
