//! The screens around a session: resuming an interrupted one, the saved
//! confirmation, and the help overlay generated from the keymap.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::app::App;
use super::session_screen::render_dialog;
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
    let started = format::time_of_day(&record.started.0, app.config.clock);
    let day = record.started.0.format("%a %-d %b");
    let count = record.letdowns.len();
    let mut lines = vec![
        Line::styled("A session was interrupted", theme.accent),
        Line::default(),
        Line::styled(
            format!(
                "Started {day} at {started}: {} on the clock, {count} let-down{}.",
                format::clock(record.active_secs),
                if count == 1 { "" } else { "s" }
            ),
            theme.text,
        ),
        Line::styled("Every let-down that was confirmed is kept.", theme.dim),
        Line::default(),
        Line::styled(
            "r  resume it (the time away is kept as a pause)",
            theme.text,
        ),
        Line::styled(
            format!("f  finish it at {}", format::clock(record.active_secs)),
            theme.text,
        ),
        Line::styled("d  discard it", theme.text),
        Line::styled("q  leave it for later", theme.text),
    ];
    if let Some(status) = &app.status {
        lines.push(Line::default());
        lines.push(Line::styled(
            status.text.clone(),
            if status.warning {
                theme.warn
            } else {
                theme.good
            },
        ));
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(area, buf);
    if confirm_discard {
        render_dialog(
            vec![
                Line::styled("Discard the interrupted session?", theme.warn),
                Line::styled("y  yes, discard", theme.text),
                Line::styled("any other key  keep it", theme.text),
            ],
            area,
            buf,
            theme,
        );
    }
}

/// Every key of the screen on show, from its keymap.
pub fn render_help(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let mut lines = vec![Line::styled("Keys", theme.accent)];
    for entry in app.keymap().entries() {
        let keys: Vec<String> = entry.binding.0.iter().map(ToString::to_string).collect();
        lines.push(Line::styled(
            format!("{:<10} {}", keys.join(" "), entry.help),
            theme.text,
        ));
    }
    lines.push(Line::styled(
        format!("{:<10} Same as quit.", "ctrl-c"),
        theme.text,
    ));
    lines.push(Line::styled(
        "Any key closes this. Keys can be changed in [keys] of the config.",
        theme.dim,
    ));
    render_dialog(lines, area, buf, theme);
}
