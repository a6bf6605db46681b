//! The day screen's table of sessions; narrow terminals keep the columns
//! that matter most.

use ratatui::layout::Constraint;
use ratatui::style::Modifier;
use ratatui::widgets::{Cell, Row, Table};

use super::DayScreen;
use crate::format;

/// The table's column names; narrow terminals keep the columns that matter most.
fn header(units: crate::config::Units, wide: bool) -> Vec<String> {
    let mut header = vec![
        String::new(),
        crate::tr!("day-column-start"),
        crate::tr!("day-column-length"),
        crate::tr!("day-column-letdowns"),
    ];
    if wide {
        header.extend([
            crate::tr!("day-column-first"),
            crate::tr!(
                "day-column-volumes",
                unit = crate::facts::Volume::unit(units)
            ),
            crate::tr!("day-column-comfort"),
            crate::tr!("day-column-note"),
        ]);
    } else {
        header.push(crate::facts::Volume::unit(units).to_string());
    }
    header
}

impl DayScreen<'_> {
    /// The sessions as a table; narrow terminals keep the columns that matter most.
    pub(super) fn table(&self, width: u16) -> Table<'static> {
        let theme = self.theme;
        let units = self.config.units;
        let wide = width >= 64;
        let header = Row::new(header(units, wide).into_iter().map(Cell::from)).style(theme.dim);
        let rows = self.view.listing.sessions.iter().enumerate().map(|(i, s)| {
            let r = &s.record;
            let vol = |v: Option<f64>| {
                v.map_or("-".to_string(), |ml| {
                    crate::facts::Volume::new(ml, units).number()
                })
            };
            let selected = i == self.view.selected;
            let style = if selected {
                theme.accent.add_modifier(Modifier::REVERSED)
            } else {
                theme.text
            };
            let mut cells = vec![
                Cell::from(if selected { "▶" } else { " " }),
                Cell::from(crate::facts::time_of_day(&r.started.0, self.config.clock)),
                Cell::from(crate::facts::Length::of(r.active_secs).to_string()),
                Cell::from(format::letdowns_cell(r)),
            ];
            if wide {
                let volume = format::volumes(&r.result, units, "/");
                let noted = r.result.note.as_deref().is_some_and(|n| !n.is_empty());
                cells.extend([
                    Cell::from(
                        r.first_letdown_secs()
                            .map_or("-".to_string(), |s| crate::facts::Length::of(s).to_string()),
                    ),
                    Cell::from(volume),
                    Cell::from(r.result.comfort.map_or("-", |c| c.label())),
                    Cell::from(if noted { "✎" } else { "" }),
                ]);
            } else {
                cells.push(Cell::from(vol(r.result.volume_ml())));
            }
            // A last cell takes the rest, so a selection lights the whole
            // row; it says so of a session still waiting for the data dir.
            let waiting = self.view.listing.is_unsaved(s);
            cells.push(Cell::from(if waiting {
                crate::facts::notices::not_saved_yet()
            } else {
                String::new()
            }));
            Row::new(cells).style(style)
        });
        // Lengths of an hour or more still fit their column, and the
        // longest a session can be (366 days, "8784h00m") widens it as needed.
        let longest = self
            .view
            .listing
            .sessions
            .iter()
            .map(|s| format::columns(&crate::facts::Length::of(s.record.active_secs).to_string()))
            .max()
            .unwrap_or(0);
        let length = |least: usize| {
            Constraint::Length(u16::try_from(longest.max(least)).unwrap_or(u16::MAX))
        };
        let widths = if wide {
            vec![
                Constraint::Length(1),
                Constraint::Length(8),
                length(8),
                Constraint::Length(9),
                Constraint::Length(6),
                Constraint::Length(14),
                Constraint::Length(8),
                Constraint::Length(4),
                Constraint::Fill(1),
            ]
        } else if width >= 36 {
            vec![
                Constraint::Length(1),
                Constraint::Length(8),
                length(8),
                Constraint::Length(9),
                Constraint::Length(5),
                Constraint::Fill(1),
            ]
        } else {
            // A corner of a screen: when, how long, how many.
            vec![
                Constraint::Length(1),
                Constraint::Length(5),
                length(7),
                Constraint::Fill(1),
            ]
        };
        Table::new(rows, widths).header(header)
    }
}
