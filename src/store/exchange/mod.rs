//! Sessions as export writes them and import reads them: JSON with the
//! files' own field names, or CSV with one row per session.
//!
//! Import checks every session before anything is saved, with the same rules
//! the store reads and writes files by, so an imported session is never
//! unreadable.

mod csv_table;

use std::borrow::Borrow;
use std::io::Write;

use super::error::Reason;
use super::text::{Kind, checked_text};
use crate::session::{InvalidRecord, SessionRecord};

pub use csv_table::{from_csv, to_csv, write_csv};

/// Why sessions could not be carried out or back in.
#[derive(Debug, thiserror::Error)]
pub enum ExchangeError {
    #[error("{0}")]
    Json(#[from] serde_json::Error),
    #[error("{0}")]
    Csv(#[from] csv::Error),
    #[error("{0}")]
    Text(#[from] std::string::FromUtf8Error),
    #[error("{}", crate::tr!("error-import-header", lacks = .0.as_str()))]
    Header(String),
    #[error("{}", crate::tr!(
        "error-import-cell",
        column = *.column,
        text = .text.as_str(),
        expected = *.expected
    ))]
    Cell {
        column: &'static str,
        text: String,
        /// What the cell should hold, as the message `error-import-cell`
        /// names it: `seconds`, `sides`, `experiment`, `side` or `datetime`.
        expected: &'static str,
    },
    #[error("{column}: {source}")]
    JsonCell {
        column: &'static str,
        source: serde_json::Error,
    },
    #[error("{}", crate::tr!(
        "error-import-count",
        count = .count.to_string(),
        offsets = .offsets.to_string(),
        times = .times.to_string()
    ))]
    Count {
        count: usize,
        offsets: usize,
        times: usize,
    },
    #[error("{}", crate::tr!("error-import-running"))]
    Running,
    #[error(transparent)]
    Invalid(#[from] InvalidRecord),
    /// As the store would write it, a reader would refuse it.
    #[error(transparent)]
    Unreadable(#[from] Reason),
    /// Where in the file: a CSV line.
    #[error("{}", crate::tr!("error-import-line", line = .line.to_string(), why = .why.to_string()))]
    Line { line: u64, why: Box<ExchangeError> },
    /// Which session of a JSON array.
    #[error("{}", crate::tr!(
        "error-import-session",
        number = .number.to_string(),
        id = .id.as_str(),
        why = .why.to_string()
    ))]
    Session {
        number: usize,
        id: String,
        why: Box<ExchangeError>,
    },
}

/// The sessions as a JSON array, each with the file's field names (what a
/// terminal would act on escaped).
pub fn to_json(records: &[SessionRecord]) -> Result<String, ExchangeError> {
    let mut bytes = Vec::new();
    write_json(records, &mut bytes)?;
    Ok(String::from_utf8(bytes)?)
}

/// Writes the sessions as [`to_json`] has them, one session at a time: only
/// the session being written is ever held as JSON, so an export of years
/// costs the memory of one session.
pub fn write_json(
    records: impl IntoIterator<Item = impl Borrow<SessionRecord>>,
    out: &mut dyn Write,
) -> Result<(), ExchangeError> {
    use serde::Serializer as _;
    {
        let mut serializer = crate::format::json::pretty_serializer(&mut *out);
        serializer.collect_seq(records.into_iter().map(|r| r.borrow().to_json()))?;
    }
    out.write_all(b"\n").map_err(serde_json::Error::io)?;
    Ok(())
}

/// Reads and checks a JSON array of sessions; the error names the session.
pub fn from_json(text: &str) -> Result<Vec<SessionRecord>, ExchangeError> {
    let values: Vec<serde_json::Value> = serde_json::from_str(text)?;
    let records = values
        .into_iter()
        .map(SessionRecord::from_json)
        .collect::<Result<Vec<_>, _>>()?;
    for (i, record) in records.iter().enumerate() {
        check_importable(record).map_err(|why| ExchangeError::Session {
            number: i + 1,
            id: record.id.clone(),
            why: Box::new(why),
        })?;
    }
    Ok(records)
}

/// Whether a session read from an import file may be saved: a finished
/// session whose id can name its file, whose start falls within
/// [`crate::session::START_YEARS`], and that passes the rules the store
/// reads (and writes) by, so an imported session is never unreadable.
pub fn check_importable(record: &SessionRecord) -> Result<(), ExchangeError> {
    record.validate_id()?;
    record.validate_start()?;
    if record.running.is_some() {
        return Err(ExchangeError::Running);
    }
    checked_text(record, Kind::Finished)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::fixtures::full_session;

    #[test]
    fn json_carries_a_session_whole() {
        let records = vec![full_session()];
        let text = to_json(&records).expect("writes");
        assert!(
            text.contains("\"started\": \"2026-11-23T07:14:05.120+01:00\""),
            "{text}"
        );
        assert_eq!(from_json(&text).expect("reads back"), records);
    }

    #[test]
    fn json_streams_the_same_text_as_a_whole_array() {
        let records = vec![full_session(), full_session()];
        let values: Vec<serde_json::Value> = records.iter().map(SessionRecord::to_json).collect();
        let whole = serde_json::to_string_pretty(&values).expect("writes") + "\n";
        assert_eq!(to_json(&records).expect("streams"), whole);
    }

    #[test]
    fn nothing_to_export_is_an_empty_array() {
        assert_eq!(
            from_json(&to_json(&[]).expect("writes")).expect("reads"),
            []
        );
    }

    #[test]
    fn ids_that_could_leave_their_folder_are_refused() {
        for id in ["../../escape", ".hidden", "a/b", ""] {
            let mut record = full_session();
            record.id = id.to_string();
            assert!(check_importable(&record).is_err(), "{id:?} accepted");
        }
        assert!(check_importable(&full_session()).is_ok());
    }

    #[test]
    fn two_sides_too_much_together_are_refused() {
        let mut record = full_session();
        record.result.left_ml = Some(1500.0);
        record.result.right_ml = Some(1500.0);
        record.result.total_ml = None;
        let err = check_importable(&record).expect_err("refused");
        assert!(err.to_string().contains("3000 ml"), "{err}");
    }

    #[test]
    fn a_future_schema_or_a_negative_time_is_refused() {
        let mut record = full_session();
        record.schema = crate::session::SCHEMA + 1;
        let err = from_json(&to_json(&[record]).expect("writes")).expect_err("refused");
        assert!(err.to_string().contains("newer letdown"), "{err}");
        let mut record = full_session();
        record.active_secs = -1.0;
        assert!(check_importable(&record).is_err());
    }
}
