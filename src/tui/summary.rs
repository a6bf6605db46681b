//! The summary after a session: what happened, then volume, comfort and a
//! note, each optional. Enter saves; Esc saves without them.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;

use super::theme::Theme;
use crate::config::{Config, Units};
use crate::format;
use crate::session::{Comfort, SessionRecord, SessionResult};
use crate::store::Stored;

/// The gentle line shown when the user says it was painful.
pub const PAIN_NOTE: &str = "Pain is not needed for milk to flow. Check the flange fit, and talk to a \
     lactation consultant or your healthcare provider if it goes on.";

/// The form's fields, in Tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Left,
    Right,
    Total,
    Comfort,
    Note,
}

const ORDER: [Field; 5] = [
    Field::Left,
    Field::Right,
    Field::Total,
    Field::Comfort,
    Field::Note,
];

/// What a key did to the form.
#[derive(Debug, Clone, PartialEq)]
pub enum SummaryOutcome {
    Editing,
    Save(SessionResult),
    /// Leave an edit without changing the file.
    Cancel,
}

/// The summary form and the finished session it completes.
#[derive(Debug)]
pub struct Summary {
    record: SessionRecord,
    focus: Field,
    left: Input,
    right: Input,
    total: Input,
    note: Input,
    comfort: Option<Comfort>,
    error: Option<String>,
    pending: bool,
    units: Units,
    clock: crate::config::ClockStyle,
    /// The file being edited, as it was read, for a finished session reopened
    /// from the day screen.
    editing: Option<Stored>,
}

impl Summary {
    #[must_use]
    pub fn new(record: SessionRecord, config: &Config) -> Self {
        Self {
            record,
            focus: Field::Left,
            left: Input::default(),
            right: Input::default(),
            total: Input::default(),
            note: Input::default(),
            comfort: None,
            error: None,
            pending: false,
            units: config.units,
            clock: config.clock,
            editing: None,
        }
    }

    /// The form over a stored session, filled in with what it holds.
    #[must_use]
    pub fn edit(stored: Stored, config: &Config) -> Self {
        let record = stored.record.clone();
        let units = config.units;
        let input = |ml: Option<f64>| {
            Input::new(ml.map_or(String::new(), |ml| format::volume_number(ml, units)))
        };
        let result = &record.result;
        // A total that only sums left and right is left empty, so it follows their edits.
        let total = if result.left_ml.is_none() && result.right_ml.is_none() {
            result.total_ml
        } else {
            None
        };
        Self {
            left: input(result.left_ml),
            right: input(result.right_ml),
            total: input(total),
            note: Input::new(result.note.clone().unwrap_or_default()),
            comfort: result.comfort,
            editing: Some(stored),
            ..Self::new(record, config)
        }
    }

    /// The file being edited, if this is an edit.
    #[must_use]
    pub fn editing(&self) -> Option<&Stored> {
        self.editing.as_ref()
    }

    /// The finished session, with the result once given.
    #[must_use]
    pub fn record(&self) -> &SessionRecord {
        &self.record
    }

    pub fn set_result(&mut self, result: SessionResult) {
        self.record.result = result;
    }

    /// The data dir refused it; it is retried on every event.
    pub fn set_pending(&mut self) {
        self.pending = true;
    }

    #[must_use]
    pub fn is_pending(&self) -> bool {
        self.pending
    }

    /// The field with the cursor.
    #[must_use]
    pub fn focus(&self) -> Field {
        self.focus
    }

    fn step_focus(&mut self, forward: bool) {
        let i = ORDER.iter().position(|f| *f == self.focus).unwrap_or(0);
        let n = ORDER.len();
        self.focus = ORDER[if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        }];
    }

    /// Handles a key: moves between fields, edits one, or saves.
    pub fn on_key(&mut self, key: &KeyEvent, units: Units) -> SummaryOutcome {
        if self.pending {
            // Already given; saving is being retried.
            return SummaryOutcome::Save(self.record.result.clone());
        }
        match key.code {
            KeyCode::Esc if self.editing.is_some() => return SummaryOutcome::Cancel,
            KeyCode::Esc => return SummaryOutcome::Save(SessionResult::default()),
            KeyCode::Enter => {
                return match self.result(units) {
                    Ok(result) => SummaryOutcome::Save(result),
                    Err((field, message)) => {
                        self.focus = field;
                        self.error = Some(message);
                        SummaryOutcome::Editing
                    }
                };
            }
            KeyCode::Tab | KeyCode::Down => self.step_focus(true),
            KeyCode::BackTab | KeyCode::Up => self.step_focus(false),
            _ if self.focus == Field::Comfort => self.on_comfort_key(key),
            _ => {
                let input = match self.focus {
                    Field::Left => &mut self.left,
                    Field::Right => &mut self.right,
                    Field::Total => &mut self.total,
                    Field::Note | Field::Comfort => &mut self.note,
                };
                input.handle_event(&Event::Key(*key));
                self.error = None;
            }
        }
        SummaryOutcome::Editing
    }

    fn on_comfort_key(&mut self, key: &KeyEvent) {
        const CHOICES: [Option<Comfort>; 4] = [
            None,
            Some(Comfort::Fine),
            Some(Comfort::Tender),
            Some(Comfort::Painful),
        ];
        let i = CHOICES.iter().position(|c| *c == self.comfort).unwrap_or(0);
        self.comfort = match key.code {
            KeyCode::Char('f') => Some(Comfort::Fine),
            KeyCode::Char('t') => Some(Comfort::Tender),
            KeyCode::Char('p') => Some(Comfort::Painful),
            KeyCode::Right | KeyCode::Char(' ') => CHOICES[(i + 1) % 4],
            KeyCode::Left => CHOICES[(i + 3) % 4],
            KeyCode::Backspace | KeyCode::Delete => None,
            _ if key.modifiers.contains(KeyModifiers::CONTROL) => self.comfort,
            _ => self.comfort,
        };
    }

    /// The result the fields describe, or the first field that is wrong.
    fn result(&self, units: Units) -> Result<SessionResult, (Field, String)> {
        let read = |input: &Input, field| {
            format::parse_volume(input.value(), units).map_err(|e| (field, e))
        };
        let left_ml = read(&self.left, Field::Left)?;
        let right_ml = read(&self.right, Field::Right)?;
        let total_ml = read(&self.total, Field::Total)?.or(match (left_ml, right_ml) {
            (None, None) => None,
            (l, r) => Some(l.unwrap_or(0.0) + r.unwrap_or(0.0)),
        });
        let note = self.note.value().trim();
        Ok(SessionResult {
            left_ml,
            right_ml,
            total_ml,
            comfort: self.comfort,
            note: (!note.is_empty()).then(|| note.to_string()),
        })
    }

    /// Draws the form.
    pub fn render(&self, area: Rect, buf: &mut Buffer, theme: &Theme) {
        let r = &self.record;
        let unit = format::unit_label(self.units);
        let heading = if self.editing.is_some() {
            format!("Editing the session of {}", r.started.0.format("%A %-d %B"))
        } else {
            "Session ended. Well done.".to_string()
        };
        let mut lines = vec![
            Line::styled(heading, theme.accent),
            Line::from(vec![
                Span::styled(
                    format::clock(r.active_secs),
                    theme.clock.add_modifier(Modifier::BOLD),
                ),
                Span::styled(
                    format!(
                        "  ·  {} let-down{}  ·  started {}",
                        r.letdowns.len(),
                        if r.letdowns.len() == 1 { "" } else { "s" },
                        format::time_of_day(&r.started.0, self.clock)
                    ),
                    theme.text,
                ),
            ]),
        ];
        if !r.letdowns.is_empty() {
            let times: Vec<String> = r
                .letdowns
                .iter()
                .map(|l| format::clock(l.at_secs))
                .collect();
            lines.push(Line::styled(
                format!("Let-downs at {}", times.join(", ")),
                theme.dim,
            ));
        }
        lines.push(Line::default());
        lines.push(Line::styled("All optional:", theme.dim));
        lines.push(self.input_line("Left", &self.left, Field::Left, unit, theme));
        lines.push(self.input_line("Right", &self.right, Field::Right, unit, theme));
        lines.push(self.input_line("or total", &self.total, Field::Total, unit, theme));
        lines.push(self.comfort_line(theme));
        lines.push(self.input_line("Note", &self.note, Field::Note, "", theme));
        if let Some(error) = &self.error {
            lines.push(Line::styled(format!("! {error}"), theme.warn));
        }
        if self.comfort == Some(Comfort::Painful) {
            lines.push(Line::styled(PAIN_NOTE, theme.text));
        }
        let keys = Line::styled(
            if self.editing.is_some() {
                "Enter saves · Esc leaves it as it was · Tab next field"
            } else {
                "Enter saves · Esc saves without these · Tab next field"
            },
            theme.dim,
        );
        // The rows the form takes once wrapped, with a blank line and the keys.
        let width = usize::from(area.width.max(1));
        let rows: usize = lines.iter().map(|l| l.width().div_ceil(width).max(1)).sum();
        if rows + 2 > usize::from(area.height) && area.height > 1 {
            // It does not fit: the keys that save stay in sight on the last row.
            let last = area.bottom() - 1;
            let form = Rect {
                height: area.height - 1,
                ..area
            };
            Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .render(form, buf);
            keys.render(
                Rect {
                    y: last,
                    height: 1,
                    ..area
                },
                buf,
            );
        } else {
            lines.push(Line::default());
            lines.push(keys);
            Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .render(area, buf);
        }
    }

    fn marker(&self, field: Field) -> &'static str {
        if self.focus == field { "> " } else { "  " }
    }

    fn input_line<'a>(
        &self,
        label: &'a str,
        input: &'a Input,
        field: Field,
        unit: &'a str,
        theme: &Theme,
    ) -> Line<'a> {
        let focused = self.focus == field;
        let value = input.value();
        let cursor = input.visual_cursor().min(value.chars().count());
        let (before, rest): (String, String) = (
            value.chars().take(cursor).collect(),
            value.chars().skip(cursor).collect(),
        );
        let mut rest_chars = rest.chars();
        let at_cursor = rest_chars.next().map_or(" ".to_string(), |c| c.to_string());
        let after: String = rest_chars.collect();
        let label_style = if focused { theme.accent } else { theme.text };
        let mut spans = vec![
            Span::styled(self.marker(field), theme.accent),
            Span::styled(format!("{label:<9}"), label_style),
            Span::styled("[", theme.dim),
            Span::styled(before, theme.text),
        ];
        if focused {
            spans.push(Span::styled(
                at_cursor,
                theme.text.add_modifier(Modifier::REVERSED),
            ));
        } else {
            spans.push(Span::styled(at_cursor, theme.text));
        }
        spans.push(Span::styled(after, theme.text));
        spans.push(Span::styled("]", theme.dim));
        if !unit.is_empty() {
            spans.push(Span::styled(format!(" {unit}"), theme.dim));
        }
        Line::from(spans)
    }

    fn comfort_line(&self, theme: &Theme) -> Line<'static> {
        let focused = self.focus == Field::Comfort;
        let mut spans = vec![
            Span::styled(self.marker(Field::Comfort), theme.accent),
            Span::styled(
                format!("{:<9}", "Comfort"),
                if focused { theme.accent } else { theme.text },
            ),
        ];
        for comfort in [Comfort::Fine, Comfort::Tender, Comfort::Painful] {
            let chosen = self.comfort == Some(comfort);
            let mark = if chosen { "(•) " } else { "( ) " };
            let style = if chosen { theme.accent } else { theme.text };
            spans.push(Span::styled(format!("{mark}{}  ", comfort.label()), style));
        }
        if focused {
            spans.push(Span::styled("←/→ or f t p", theme.dim));
        }
        Line::from(spans)
    }
}
