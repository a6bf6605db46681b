//! How the summary form looks: what ended, the fields, the keys; and in a
//! small pane, the fields alone, scrolled to the one with the cursor.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use tui_input::Input;

use super::{Field, Mode, Summary, pain_note};
use crate::format;
use crate::session::Comfort;
use crate::tui::keymap::{Action, KeyContext, Keymap};
use crate::tui::theme::Theme;

/// A field's label in its column: ten wide, or as wide as the language's
/// longest label and a space, so that every field starts in one column.
fn padded(label: &str) -> String {
    let longest = [
        crate::tr!("summary-started"),
        crate::tr!("summary-length"),
        crate::tr!("summary-ended"),
        crate::tr!("summary-letdowns"),
        crate::tr!("summary-after"),
        crate::tr!("summary-left"),
        crate::tr!("summary-right"),
        crate::tr!("summary-total"),
        crate::tr!("summary-setup"),
        crate::tr!("summary-pump"),
        crate::tr!("summary-flange"),
        crate::tr!("summary-suction"),
        crate::tr!("summary-sides"),
        crate::tr!("summary-method"),
        crate::tr!("summary-comfort"),
        crate::tr!("summary-note"),
    ]
    .iter()
    .map(|l| format::columns(l))
    .max()
    .unwrap_or(0)
    .max(9);
    format!("{label:<longest$} ")
}

impl Summary {
    /// The form's key hints: the keymap's, and in the note (where printable
    /// keys are typed, the let-down key included) how to leave it.
    #[must_use]
    pub fn hints(&self, keymap: &Keymap, context: KeyContext) -> Vec<String> {
        let mut hints = keymap.hints(context);
        let next = keymap.label(Action::NextField);
        let leaving = match self.focus {
            Field::Note => Some(crate::tr!("summary-leaves-note", key = next)),
            Field::Pump | Field::Suction => Some(crate::tr!("summary-leaves-field", key = next)),
            _ => None,
        };
        if let Some(leaving) = leaving
            && context == KeyContext::Summary
        {
            let letdown = keymap.label(Action::Letdown);
            hints.retain(|h| !h.starts_with(&format!("{letdown} ")));
            hints.insert(hints.len().min(2), leaving);
        }
        hints
    }

    /// Draws the form, with the keys line the app built from the keymap.
    pub fn render(&self, area: Rect, buf: &mut Buffer, theme: &Theme, keys: Line<'static>) {
        let unit = crate::facts::Volume::unit(self.units);
        let mut lines = self.heading(theme);
        let fields = self.fields();
        let mut form: Vec<Line> = fields
            .iter()
            .map(|field| self.field_line(*field, unit, theme))
            .collect();
        let mut focus = fields.iter().position(|f| *f == self.focus).unwrap_or(0);
        // The setup on one line, above its fields.
        if let Some(at) = fields.iter().position(|f| *f == Field::Pump) {
            form.insert(at, self.setup_row(theme));
            if focus >= at {
                focus += 1;
            }
        }
        let mut after = Vec::new();
        if let Some(error) = &self.error {
            after.push(Line::styled(format!("! {error}"), theme.warn));
        }
        if self.comfort == Some(Comfort::Painful) {
            after.push(Line::styled(pain_note(), theme.text));
        }
        // The rows the whole form takes once wrapped, with the keys.
        let width = usize::from(area.width.max(1));
        let wrapped = |lines: &[Line]| -> usize {
            lines.iter().map(|l| l.width().div_ceil(width).max(1)).sum()
        };
        let rows = wrapped(&lines) + 2 + wrapped(&form) + wrapped(&after) + 2;
        if rows <= usize::from(area.height) {
            lines.push(Line::default());
            lines.push(Line::styled(
                match self.mode {
                    Mode::End => crate::tr!("summary-optional-end"),
                    Mode::Edit => crate::tr!("summary-optional-edit"),
                    Mode::Add => crate::tr!("summary-optional-add"),
                },
                theme.dim,
            ));
            lines.append(&mut form);
            lines.append(&mut after);
            lines.push(Line::default());
            lines.push(keys);
            Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .render(area, buf);
            return;
        }
        // It does not fit: one line of what ended, the fields unwrapped and
        // scrolled to the one with the cursor, and the keys on the last row.
        if let Some(i) = fields.iter().position(|f| *f == Field::Comfort) {
            form[i] = self.comfort_compact(theme);
        }
        // What ended (or, adding, the heading alone).
        let mut compact = vec![lines.swap_remove(lines.len().min(2) - 1)];
        compact.append(&mut form);
        compact.append(&mut after);
        let rows = area.height.saturating_sub(1);
        let focus_row = u16::try_from(focus + 1).unwrap_or(u16::MAX);
        let scroll = (focus_row + 1).saturating_sub(rows);
        Paragraph::new(compact).scroll((scroll, 0)).render(
            Rect {
                height: rows,
                ..area
            },
            buf,
        );
        if area.height > 0 {
            keys.render(
                Rect {
                    y: area.bottom() - 1,
                    height: 1,
                    ..area
                },
                buf,
            );
        }
    }

    /// What the form is about: the heading, and what the session holds.
    fn heading(&self, theme: &Theme) -> Vec<Line<'static>> {
        let r = &self.base;
        let heading = match self.mode {
            Mode::Edit => crate::tr!(
                "summary-heading-edit",
                day = crate::facts::DayLabel::Long.of(r.started.0)
            ),
            Mode::Add => crate::tr!(
                "summary-heading-add",
                day = crate::facts::DayLabel::Long.of(self.timing.day())
            ),
            Mode::End => crate::tr!("summary-heading-end"),
        };
        let mut lines = vec![Line::styled(heading, theme.accent)];
        if self.mode != Mode::Add {
            lines.push(Line::from(vec![
                Span::styled(
                    crate::facts::Length::of(r.active_secs).to_string(),
                    theme.clock.add_modifier(Modifier::BOLD),
                ),
                Span::styled(
                    format!(
                        "  ·  {}",
                        crate::tr!(
                            "summary-what-ended",
                            count = r.letdown_count(),
                            time = crate::facts::time_of_day(&r.started.0, self.clock)
                        )
                    ),
                    theme.text,
                ),
            ]));
        }
        if !r.letdowns.is_empty() && self.mode == Mode::End {
            let times: Vec<String> = r
                .letdowns
                .iter()
                .map(|l| format::clock(l.at_secs))
                .collect();
            lines.push(Line::styled(
                crate::tr!("summary-letdowns-at", times = times.join(", ")),
                theme.dim,
            ));
        }
        lines
    }

    /// One field's line.
    fn field_line(&self, field: Field, unit: &'static str, theme: &Theme) -> Line<'_> {
        let t = &self.timing;
        let by_hand = self.base.is_by_hand() || self.mode == Mode::Add;
        match field {
            Field::Left => {
                self.input_line(&crate::tr!("summary-left"), &self.left, field, unit, theme)
            }
            Field::Right => self.input_line(
                &crate::tr!("summary-right"),
                &self.right,
                field,
                unit,
                theme,
            ),
            Field::Total => self.input_line(
                &crate::tr!("summary-total"),
                &self.total,
                field,
                unit,
                theme,
            ),
            Field::Comfort => self.comfort_line(theme),
            Field::Note => {
                self.input_line(&crate::tr!("summary-note"), &self.note, field, "", theme)
            }
            Field::Start => {
                self.input_line(&crate::tr!("summary-started"), &t.start, field, "", theme)
            }
            Field::Length => self.input_line(
                &crate::tr!("summary-length"),
                &t.length,
                field,
                "min",
                theme,
            ),
            Field::Ended => {
                let hint = if self.mode == Mode::End {
                    crate::tr!("summary-ended-hint")
                } else {
                    String::new()
                };
                self.input_line(&crate::tr!("summary-ended"), &t.ended, field, &hint, theme)
            }
            Field::Letdowns => {
                let hint = if by_hand {
                    String::new()
                } else {
                    crate::tr!("summary-letdowns-hint")
                };
                self.input_line(
                    &crate::tr!("summary-letdowns"),
                    &t.letdowns,
                    field,
                    &hint,
                    theme,
                )
            }
            Field::Later => self.later_line(theme),
            Field::Pump | Field::Flange | Field::Suction => {
                let (label, unit) = match field {
                    Field::Pump => (crate::tr!("summary-pump"), String::new()),
                    Field::Flange => (
                        crate::tr!("summary-flange"),
                        crate::tr!("summary-flange-hint"),
                    ),
                    _ => (crate::tr!("summary-suction"), String::new()),
                };
                match self.setup.input(field) {
                    Some(input) => self.input_line(&label, input, field, &unit, theme),
                    None => Line::default(),
                }
            }
            Field::Sides => {
                let chosen = self.setup.sides.map(crate::facts::setup::sides_words);
                self.choice_line(&crate::tr!("summary-sides"), field, chosen, theme)
            }
            Field::Method => {
                let chosen = self.setup.method.map(crate::facts::setup::method_words);
                self.choice_line(&crate::tr!("summary-method"), field, chosen, theme)
            }
        }
    }

    /// The setup on one line, as the fields now have it (as the session
    /// ran, while a field cannot be read).
    fn setup_row(&self, theme: &Theme) -> Line<'static> {
        let setup = self
            .setup
            .setup()
            .unwrap_or_else(|_| self.base.setup.clone())
            .unwrap_or_default();
        Line::from(vec![
            Span::styled(
                format!("  {}", padded(&crate::tr!("summary-setup"))),
                theme.text,
            ),
            Span::styled(crate::facts::setup::setup_line(&setup), theme.accent),
        ])
    }

    /// A choice on one line: "‹ both ›", and ←/→ to change it.
    fn choice_line(
        &self,
        label: &str,
        field: Field,
        chosen: Option<&'static str>,
        theme: &Theme,
    ) -> Line<'static> {
        let focused = self.focus == field;
        let mut spans = vec![
            Span::styled(self.marker(field), theme.accent),
            Span::styled(
                padded(label),
                if focused { theme.accent } else { theme.text },
            ),
            Span::styled(format!("‹ {} ›", chosen.unwrap_or("-")), theme.accent),
        ];
        if focused {
            spans.push(Span::styled("  ←/→", theme.dim));
        }
        Line::from(spans)
    }

    /// The question about let-downs after a typed end: drop them (unless
    /// the user says to keep them, and the end then moves to the last).
    fn later_line(&self, theme: &Theme) -> Line<'static> {
        let (count, keep) = self.later();
        let focused = self.focus == Field::Later;
        let choice = |chosen: bool, text: String| {
            let mark = if chosen { "(•) " } else { "( ) " };
            let style = if chosen { theme.accent } else { theme.text };
            Span::styled(format!("{mark}{text}  "), style)
        };
        let mut spans = vec![
            Span::styled(self.marker(Field::Later), theme.accent),
            Span::styled(
                padded(&crate::tr!("summary-after")),
                if focused { theme.accent } else { theme.text },
            ),
            choice(!keep, crate::tr!("summary-after-drop", count = count)),
            choice(keep, crate::tr!("summary-after-keep")),
        ];
        if focused {
            spans.push(Span::styled("←/→", theme.dim));
        }
        Line::from(spans)
    }

    /// The comfort field in one short line: the choice, and ←/→ to change it.
    fn comfort_compact(&self, theme: &Theme) -> Line<'static> {
        let chosen = self.comfort.map_or("-", Comfort::label);
        Line::from(vec![
            Span::styled(self.marker(Field::Comfort), theme.accent),
            Span::styled(padded(&crate::tr!("summary-comfort")), theme.text),
            Span::styled(format!("‹ {chosen} ›"), theme.accent),
        ])
    }

    fn marker(&self, field: Field) -> &'static str {
        if self.focus == field { "> " } else { "  " }
    }

    fn input_line(
        &self,
        label: &str,
        input: &Input,
        field: Field,
        unit: &str,
        theme: &Theme,
    ) -> Line<'static> {
        let focused = self.focus == field;
        // A note read back from a file may hold control characters; each
        // shows as one character, so the cursor (counted in characters) stays put.
        let value = format::printable(input.value());
        let cursor = input.cursor().min(value.chars().count());
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
            Span::styled(padded(label), label_style),
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
        // A unit the user typed ("1.5oz") is the one that counts; else the config's.
        let typed = ["ml", "oz"]
            .iter()
            .any(|u| value.trim().to_ascii_lowercase().ends_with(u))
            || (unit == "min" && value.contains(['h', 'm', ':']));
        if !unit.is_empty() && !typed {
            spans.push(Span::styled(format!(" {unit}"), theme.dim));
        }
        Line::from(spans)
    }

    fn comfort_line(&self, theme: &Theme) -> Line<'static> {
        let focused = self.focus == Field::Comfort;
        let mut spans = vec![
            Span::styled(self.marker(Field::Comfort), theme.accent),
            Span::styled(
                padded(&crate::tr!("summary-comfort")),
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
            spans.push(Span::styled("←/→", theme.dim));
        }
        Line::from(spans)
    }
}
