//! Sessions as CSV, one row per session.
//!
//! The columns a spreadsheet wants stay plain (times, counts, volumes,
//! let-down offsets joined with `;`); the rest rides along as JSON cells
//! (`phases`, `pauses`, `triggers`) and `letdown_at`, so that an export
//! reimports to the same sessions. The figures are the JSON export's, field
//! for field (`pumping_secs` for every session, as the active time without
//! rests); `date` and `start_time` come first, in the forms a spreadsheet
//! reads as a date and a time. The derived cells are not read back: import
//! checks `letdown_count` against the offsets, recomputes the first
//! let-down, and reads the start from `started` (RFC 3339, with its offset).
//!
//! A text cell a spreadsheet would run as a formula (OWASP "CSV Injection")
//! is written with a leading `'`, which import takes off again, so a note
//! like `=HYPERLINK(…)` opens as text and comes back exactly.

use std::borrow::Borrow;
use std::io::Write;

use chrono::DateTime;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::{ExchangeError, check_importable};
use crate::session::{
    Arm, Comfort, Entered, ExperimentArm, Letdown, Method, PhaseSpan, SessionRecord, SessionResult,
    Setup, Side, Sides, State, Suction, Timestamp, round_to,
};

/// One CSV row; the column order is the field order.
#[derive(Debug, Serialize, Deserialize)]
struct Row {
    /// [`SPREADSHEET`]'s columns, derived from `started`; an older export
    /// has none.
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    start_time: Option<String>,
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
    /// Schema 3's columns, after schema 2's; an older export has none.
    /// Each let-down's side, joined like the offsets (`-` for none).
    #[serde(default)]
    letdown_sides: Option<String>,
    #[serde(default)]
    switches: Option<String>,
    #[serde(default)]
    pump: Option<String>,
    #[serde(default)]
    flange_left_mm: Option<f64>,
    #[serde(default)]
    flange_right_mm: Option<f64>,
    #[serde(default)]
    suction: Option<String>,
    #[serde(default)]
    method: Option<Method>,
    #[serde(default)]
    sides: Option<Sides>,
    #[serde(default)]
    experiment: Option<String>,
    #[serde(default)]
    arm: Option<Arm>,
}

/// The separator between the offsets and times in one cell.
const LIST_SEPARATOR: &str = ";";

/// The sessions as CSV, a header and one row each.
pub fn to_csv(records: &[SessionRecord]) -> Result<String, ExchangeError> {
    let mut bytes = Vec::new();
    write_csv(records, &mut bytes)?;
    Ok(String::from_utf8(bytes)?)
}

/// Writes the sessions as [`to_csv`] has them, one row at a time.
pub fn write_csv(
    records: impl IntoIterator<Item = impl Borrow<SessionRecord>>,
    out: &mut dyn Write,
) -> Result<(), ExchangeError> {
    let mut writer = csv::Writer::from_writer(out);
    let mut any = false;
    for record in records {
        writer.serialize(to_row(record.borrow())?)?;
        any = true;
    }
    if !any {
        // With no row to take the names from, serde cannot write the header.
        writer.write_record(
            SPREADSHEET
                .into_iter()
                .chain(HEADER)
                .chain(HEADER_2)
                .chain(HEADER_3),
        )?;
    }
    writer.flush().map_err(csv::Error::from)?;
    Ok(())
}

/// The first columns, for a spreadsheet: the start's local date
/// (`2026-12-04`) and time of day (`07:10:00`), in the forms spreadsheets
/// read as a date and a time. Import reads `started` instead.
const SPREADSHEET: [&str; 2] = ["date", "start_time"];

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

/// Schema 3's columns: the sides, the setup's fields one a column, the
/// experiment and its arm.
const HEADER_3: [&str; 10] = [
    "letdown_sides",
    "switches",
    "pump",
    "flange_left_mm",
    "flange_right_mm",
    "suction",
    "method",
    "sides",
    "experiment",
    "arm",
];

/// A let-down with no side, in the `letdown_sides` cell.
const NO_SIDE: &str = "-";

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
    let started = record.started.0;
    let setup = record.setup.as_ref();
    Ok(Row {
        date: Some(started.format("%Y-%m-%d").to_string()),
        start_time: Some(started.format("%H:%M:%S").to_string()),
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
        // Every session's, as the JSON has it: the active time without rests.
        pumping_secs: Some(round_to(record.pumping_secs(), 0.001)),
        plan: record.plan.as_deref().map(neutralise),
        entered: record.entered,
        letdown_sides: record.letdowns.iter().any(|l| l.side.is_some()).then(|| {
            join(
                record
                    .letdowns
                    .iter()
                    .map(|l| l.side.map_or(NO_SIDE, Side::word).to_string()),
            )
        }),
        switches: (!record.switches.is_empty())
            .then(|| json_cell(&record.switches))
            .transpose()?,
        pump: setup.and_then(|s| s.pump.as_deref()).map(neutralise),
        flange_left_mm: setup.and_then(|s| s.flange_left_mm),
        flange_right_mm: setup.and_then(|s| s.flange_right_mm),
        suction: setup
            .and_then(|s| s.suction.as_ref())
            .map(|s| neutralise(&s.0)),
        method: setup.and_then(|s| s.method),
        sides: setup.and_then(|s| s.sides),
        experiment: record.experiment.as_ref().map(|e| neutralise(&e.name)),
        arm: record.experiment.as_ref().map(|e| e.arm),
    })
}

fn from_row(row: Row) -> Result<SessionRecord, ExchangeError> {
    let offsets = split(&row.letdown_secs)
        .map(|text| {
            text.parse::<f64>().map_err(|_| ExchangeError::Cell {
                column: "letdown_secs",
                text: text.to_string(),
                expected: "seconds",
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
    let sides = row
        .letdown_sides
        .as_deref()
        .map(|cell| split(cell).map(side).collect::<Result<Vec<_>, _>>())
        .transpose()?
        .unwrap_or_default();
    if !sides.is_empty() && sides.len() != offsets.len() {
        return Err(ExchangeError::Cell {
            column: "letdown_sides",
            text: row.letdown_sides.unwrap_or_default(),
            expected: "sides",
        });
    }
    let setup = Setup {
        pump: row.pump.map(restore),
        flange_left_mm: row.flange_left_mm,
        flange_right_mm: row.flange_right_mm,
        suction: row.suction.map(|s| Suction(restore(s))),
        method: row.method,
        sides: row.sides,
    };
    let experiment = match (row.experiment, row.arm) {
        (Some(name), Some(arm)) => Some(ExperimentArm {
            name: restore(name),
            arm,
        }),
        (None, None) => None,
        (name, _) => {
            return Err(ExchangeError::Cell {
                column: "arm",
                text: name.unwrap_or_default(),
                expected: "experiment",
            });
        }
    };
    let phases: Vec<PhaseSpan> = json_list("phases", &row.phases)?;
    // Kept only where the file keeps it: a session with rests (schema 2).
    let pumping_secs = row
        .pumping_secs
        .filter(|_| phases.iter().any(|p| p.kind.is_some()));
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
            .enumerate()
            .map(|(n, (at_secs, at))| Letdown {
                at_secs,
                at,
                side: sides.get(n).copied().flatten(),
            })
            .collect(),
        phases,
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
        pumping_secs,
        setup: (!setup.is_empty()).then_some(setup),
        switches: json_list("switches", row.switches.as_deref().unwrap_or_default())?,
        experiment,
    })
}

/// A side in the `letdown_sides` cell.
fn side(text: &str) -> Result<Option<Side>, ExchangeError> {
    match text {
        "left" => Ok(Some(Side::Left)),
        "right" => Ok(Some(Side::Right)),
        NO_SIDE => Ok(None),
        _ => Err(ExchangeError::Cell {
            column: "letdown_sides",
            text: text.to_string(),
            expected: "side",
        }),
    }
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
            expected: "datetime",
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
mod tests;
