//! Sessions as CSV, one row per session.
//!
//! The columns a spreadsheet wants stay plain (times, counts, volumes,
//! let-down offsets joined with `;`); the rest rides along as JSON cells
//! (`phases`, `pauses`, `triggers`) and `letdown_at`, so that an export
//! reimports to the same sessions. `letdown_count` and `first_letdown_secs` are
//! derived: import checks the count against the offsets and recomputes the first.
//!
//! A text cell a spreadsheet would run as a formula (OWASP "CSV Injection")
//! is written with a leading `'`, which import takes off again, so a note
//! like `=HYPERLINK(…)` opens as text and comes back exactly.

use chrono::DateTime;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::{ExchangeError, check_importable};
use crate::session::{Comfort, Entered, Letdown, SessionRecord, SessionResult, State, Timestamp};

/// One CSV row; the column order is the field order.
#[derive(Debug, Serialize, Deserialize)]
struct Row {
    id: String,
    started: String,
    ended: Option<String>,
    active_secs: f64,
    paused_secs: f64,
    /// A count: the file's `letdowns` are the list, a count is `letdown_count`.
    #[serde(alias = "letdowns")]
    letdown_count: usize,
    letdown_secs: String,
    first_letdown_secs: Option<f64>,
    left_ml: Option<f64>,
    right_ml: Option<f64>,
    total_ml: Option<f64>,
    comfort: Option<Comfort>,
    note: Option<String>,
    letdown_at: String,
    phases: String,
    pauses: String,
    triggers: String,
    schema: u32,
    /// Schema 2's columns, after the others; an older export has none.
    #[serde(default)]
    pumping_secs: Option<f64>,
    #[serde(default)]
    plan: Option<String>,
    #[serde(default)]
    entered: Option<Entered>,
}

/// The separator between the offsets and times in one cell.
const LIST_SEPARATOR: &str = ";";

/// The sessions as CSV, a header and one row each.
pub fn to_csv(records: &[SessionRecord]) -> Result<String, ExchangeError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for record in records {
        writer.serialize(to_row(record)?)?;
    }
    if records.is_empty() {
        // With no row to take the names from, serde cannot write the header.
        writer.write_record(HEADER.into_iter().chain(HEADER_2))?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|err| csv::Error::from(err.into_error()))?;
    Ok(String::from_utf8(bytes)?)
}

/// The columns every export has, as the header names them; schema 2's
/// follow ([`HEADER_2`]), and an export from before them still reads.
const HEADER: [&str; 18] = [
    "id",
    "started",
    "ended",
    "active_secs",
    "paused_secs",
    "letdown_count",
    "letdown_secs",
    "first_letdown_secs",
    "left_ml",
    "right_ml",
    "total_ml",
    "comfort",
    "note",
    "letdown_at",
    "phases",
    "pauses",
    "triggers",
    "schema",
];

/// Schema 2's columns.
const HEADER_2: [&str; 3] = ["pumping_secs", "plan", "entered"];

/// Reads and checks CSV as [`to_csv`] writes it; the error names the line.
pub fn from_csv(text: &str) -> Result<Vec<SessionRecord>, ExchangeError> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers()?.clone();
    let missing: Vec<&str> = HEADER
        .into_iter()
        // An export from before the count was named `letdown_count` says `letdowns`.
        .filter(|name| {
            !headers
                .iter()
                .any(|h| h == *name || (*name == "letdown_count" && h == "letdowns"))
        })
        .collect();
    if !missing.is_empty() {
        return Err(ExchangeError::Header(missing.join(", ")));
    }
    let mut raw = csv::StringRecord::new();
    let mut records = Vec::new();
    while reader.read_record(&mut raw)? {
        let line = raw.position().map_or(0, csv::Position::line);
        let record = raw
            .deserialize::<Row>(Some(&headers))
            .map_err(ExchangeError::from)
            .and_then(from_row)
            .and_then(|record| check_importable(&record).map(|()| record))
            .map_err(|why| ExchangeError::Line {
                line,
                why: Box::new(why),
            })?;
        records.push(record);
    }
    Ok(records)
}

fn to_row(record: &SessionRecord) -> Result<Row, ExchangeError> {
    Ok(Row {
        id: neutralise(&record.id),
        started: record.started.to_rfc3339(),
        ended: record.ended.map(|at| at.to_rfc3339()),
        active_secs: record.active_secs,
        paused_secs: record.paused_secs,
        letdown_count: record.letdown_count(),
        letdown_secs: join(record.letdowns.iter().map(|l| l.at_secs.to_string())),
        first_letdown_secs: record.first_letdown_secs(),
        left_ml: record.result.left_ml,
        right_ml: record.result.right_ml,
        total_ml: record.result.total_ml,
        comfort: record.result.comfort,
        note: record.result.note.as_deref().map(neutralise),
        letdown_at: join(record.letdowns.iter().map(|l| l.at.to_rfc3339())),
        phases: json_cell(&record.phases)?,
        pauses: json_cell(&record.pauses)?,
        triggers: json_cell(&record.triggers)?,
        schema: record.schema,
        pumping_secs: record.pumping_secs,
        plan: record.plan.as_deref().map(neutralise),
        entered: record.entered,
    })
}

fn from_row(row: Row) -> Result<SessionRecord, ExchangeError> {
    let offsets = split(&row.letdown_secs)
        .map(|text| {
            text.parse::<f64>().map_err(|_| ExchangeError::Cell {
                column: "letdown_secs",
                text: text.to_string(),
                expected: "a number of seconds",
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let times = split(&row.letdown_at)
        .map(|text| timestamp("letdown_at", text))
        .collect::<Result<Vec<_>, _>>()?;
    // A hand-entered session's let-downs may be a count without times.
    let counted = row.entered.is_some() && offsets.is_empty() && times.is_empty();
    if !counted && (offsets.len() != row.letdown_count || times.len() != row.letdown_count) {
        return Err(ExchangeError::Count {
            count: row.letdown_count,
            offsets: offsets.len(),
            times: times.len(),
        });
    }
    Ok(SessionRecord {
        schema: row.schema,
        id: restore(row.id),
        state: State::Finished,
        started: timestamp("started", &row.started)?,
        ended: row
            .ended
            .as_deref()
            .map(|text| timestamp("ended", text))
            .transpose()?,
        active_secs: row.active_secs,
        paused_secs: row.paused_secs,
        running: None,
        letdowns: offsets
            .into_iter()
            .zip(times)
            .map(|(at_secs, at)| Letdown { at_secs, at })
            .collect(),
        phases: json_list("phases", &row.phases)?,
        pauses: json_list("pauses", &row.pauses)?,
        triggers: json_list("triggers", &row.triggers)?,
        result: SessionResult {
            left_ml: row.left_ml,
            right_ml: row.right_ml,
            total_ml: row.total_ml,
            comfort: row.comfort,
            note: row.note.map(restore),
        },
        plan: row.plan.map(restore),
        entered: row.entered,
        letdown_count: counted.then(|| u32::try_from(row.letdown_count).unwrap_or(u32::MAX)),
        pumping_secs: row.pumping_secs,
    })
}

/// What a spreadsheet takes for the start of a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether a cell would open as a formula once its leading `'`s are gone:
/// the cells [`neutralise`] quotes, and [`restore`] unquotes.
fn is_quoted_formula(cell: &str) -> bool {
    cell.trim_start_matches('\'').starts_with(FORMULA_STARTS)
}

/// A text cell as written: one more `'` in front of a formula, so that a
/// cell that already starts with `'` and then a formula comes back too.
fn neutralise(text: &str) -> String {
    if is_quoted_formula(text) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// A text cell as read: the `'` that [`neutralise`] added taken off.
fn restore(cell: String) -> String {
    match cell.strip_prefix('\'') {
        Some(rest) if is_quoted_formula(rest) => rest.to_string(),
        _ => cell,
    }
}

fn join(items: impl Iterator<Item = String>) -> String {
    items.collect::<Vec<_>>().join(LIST_SEPARATOR)
}

fn split(cell: &str) -> impl Iterator<Item = &str> {
    cell.split(LIST_SEPARATOR)
        .map(str::trim)
        .filter(|item| !item.is_empty())
}

fn timestamp(column: &'static str, text: &str) -> Result<Timestamp, ExchangeError> {
    DateTime::parse_from_rfc3339(text.trim())
        .map(Timestamp)
        .map_err(|_| ExchangeError::Cell {
            column,
            text: text.to_string(),
            expected: "a date and time with its UTC offset",
        })
}

fn json_cell<T: Serialize>(value: &T) -> Result<String, ExchangeError> {
    Ok(crate::format::json::to_string(value)?)
}

/// A JSON cell; an empty one is an empty list, as a hand-edited sheet may leave it.
fn json_list<T: DeserializeOwned>(
    column: &'static str,
    cell: &str,
) -> Result<Vec<T>, ExchangeError> {
    if cell.trim().is_empty() {
        return Ok(Vec::new());
    }
    serde_json::from_str(cell).map_err(|source| ExchangeError::JsonCell { column, source })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::fixtures::{full_session, session};

    #[test]
    fn csv_carries_a_session_whole() {
        let records = vec![
            full_session(),
            session("2026-11-23T12:00:00+01:00", 600.0, &[]),
        ];
        let text = to_csv(&records).expect("writes");
        assert!(text.starts_with(&HEADER.join(",")), "{text}");
        assert!(
            text.contains(",2,95.2;210.75,95.2,45.0,,83.0,tender,"),
            "{text}"
        );
        assert_eq!(from_csv(&text).expect("reads back"), records);
    }

    #[test]
    fn formulas_leave_as_text_and_come_back_exactly() {
        for (note, cell) in [
            ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
            ("-5 ml", "'-5 ml"),
            ("+1", "'+1"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("'=x", "''=x"),
            ("'tis fine", "'tis fine"),
            ("fine", "fine"),
            ("", ""),
        ] {
            assert_eq!(neutralise(note), cell, "{note:?}");
            assert_eq!(restore(cell.to_string()), note, "{cell:?}");
        }
    }

    #[test]
    fn nothing_to_export_is_a_header() {
        let csv = to_csv(&[]).expect("writes");
        let header: Vec<&str> = HEADER.into_iter().chain(HEADER_2).collect();
        assert_eq!(csv.trim_end(), header.join(","));
        assert_eq!(from_csv(&csv).expect("reads"), []);
    }

    #[test]
    fn a_row_whose_count_disagrees_with_its_offsets_names_its_line() {
        let text = to_csv(&[full_session()])
            .expect("writes")
            .replace(",2,95.2;", ",3,95.2;");
        let err = from_csv(&text).expect_err("refused");
        assert!(
            err.to_string().starts_with("line 2: letdown_count is 3"),
            "{err}"
        );
    }

    #[test]
    fn text_without_the_header_is_not_an_export() {
        let err = from_csv("hello\n").expect_err("refused");
        assert!(
            err.to_string().starts_with("line 1: not a letdown export"),
            "{err}"
        );
        assert!(from_csv("").is_err());
    }
}
