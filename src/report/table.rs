//! The data table after each chart: what the chart shows, as numbers a
//! screen reader reads and a printout keeps. Collapsed on screen in a
//! `<details>`, opened by the print style. Each figure's exact value is in a
//! `<data value>`, its rounded reading the text.

use std::fmt::Write as _;

use super::escape;
use crate::session::round_to;

/// One cell.
pub enum Cell {
    Text(String),
    /// A figure: its value (rounded as the JSON outputs round it) and how it reads.
    Figure(f64, String),
    /// No figure (a day without a volume).
    Missing,
}

impl Cell {
    pub fn text(text: impl Into<String>) -> Self {
        Self::Text(text.into())
    }

    pub fn count(n: usize) -> Self {
        Self::Figure(n as f64, n.to_string())
    }

    /// A figure read as `reading` says, none as "-".
    pub fn figure(value: Option<f64>, reading: impl Fn(f64) -> String) -> Self {
        match value {
            Some(v) if v.is_finite() => Self::Figure(v, reading(v)),
            _ => Self::Missing,
        }
    }
}

/// A table, its first column naming each row.
pub struct Table<'a> {
    pub id: &'a str,
    pub caption: &'a str,
    pub head: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

impl Table<'_> {
    /// The table inside its `<details>`.
    pub fn write(&self, out: &mut String) {
        // A narrow table flows in columns on paper, as a list would.
        let class = if self.head.len() <= 3 {
            "numbers flow"
        } else {
            "numbers"
        };
        let _ = write!(
            out,
            "<details class=\"{class}\"><summary>{}</summary>\
             <table id=\"{}\"><caption>{}</caption><thead><tr>",
            escape(&crate::tr!("report-numbers", caption = self.caption)),
            escape(self.id),
            escape(self.caption)
        );
        for name in &self.head {
            let _ = write!(out, "<th scope=\"col\">{}</th>", escape(name));
        }
        out.push_str("</tr></thead><tbody>");
        for row in &self.rows {
            out.push_str("<tr>");
            for (i, cell) in row.iter().enumerate() {
                let (open, close) = if i == 0 {
                    ("<th scope=\"row\">", "</th>")
                } else {
                    ("<td>", "</td>")
                };
                match cell {
                    Cell::Text(text) => {
                        let _ = write!(out, "{open}{}{close}", escape(text));
                    }
                    Cell::Figure(value, reading) => {
                        let open = if i == 0 { open } else { "<td class=\"num\">" };
                        let _ = write!(
                            out,
                            "{open}<data value=\"{}\">{}</data>{close}",
                            round_to(*value, 0.1),
                            escape(reading)
                        );
                    }
                    Cell::Missing => {
                        let _ = write!(out, "{open}-{close}");
                    }
                }
            }
            out.push_str("</tr>");
        }
        out.push_str("</tbody></table></details>");
    }
}
