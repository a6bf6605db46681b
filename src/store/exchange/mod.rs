//! Sessions as export writes them and import reads them: JSON with the
//! files' own field names, or CSV with one row per session.
//!
//! Import checks every session before anything is saved, with the same rules
//! the store reads files by, so an imported session is never unreadable.

mod csv_table;

use super::sessions::parse_session;
use crate::session::SessionRecord;

pub use csv_table::{from_csv, to_csv};

/// The sessions as a JSON array, each with the file's field names.
pub fn to_json(records: &[SessionRecord]) -> Result<String, String> {
    let values: Vec<serde_json::Value> = records.iter().map(SessionRecord::to_json).collect();
    let mut text = serde_json::to_string_pretty(&values).map_err(|e| e.to_string())?;
    text.push('\n');
    Ok(text)
}

/// Reads and checks a JSON array of sessions; the error names the session.
pub fn from_json(text: &str) -> Result<Vec<SessionRecord>, String> {
    let records: Vec<SessionRecord> = serde_json::from_str(text).map_err(|e| e.to_string())?;
    for (i, record) in records.iter().enumerate() {
        check_importable(record).map_err(|e| format!("session {} ({}): {e}", i + 1, record.id))?;
    }
    Ok(records)
}

/// Whether a session read from an import file may be saved: its id can name
/// a file inside its day folder, its times and volumes are real numbers, and
/// the store would read the saved file back.
pub fn check_importable(record: &SessionRecord) -> Result<(), String> {
    if !is_safe_id(&record.id) {
        return Err(format!(
            "the id `{}` cannot name a file (letters, digits, `-`, `_` and `.` only)",
            record.id
        ));
    }
    if record.running.is_some() {
        return Err("a running session cannot be imported".to_string());
    }
    let mut numbers = [record.active_secs, record.paused_secs]
        .into_iter()
        .chain(record.letdowns.iter().map(|l| l.at_secs))
        .chain(record.triggers.iter().map(|t| t.at_secs))
        .chain(
            [
                record.result.left_ml,
                record.result.right_ml,
                record.result.total_ml,
            ]
            .into_iter()
            .flatten(),
        );
    if numbers.any(|n| !n.is_finite() || n < 0.0) {
        return Err("a time or a volume is negative or not a number".to_string());
    }
    let text = record.to_toml().map_err(|e| e.to_string())?;
    parse_session(&text).map(|_| ())
}

/// Letters, digits, `-`, `_` and `.`, not leading with a dot: an id that
/// cannot climb out of its folder or hide from a listing.
fn is_safe_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 128
        && !id.starts_with('.')
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
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
    fn a_future_schema_or_a_negative_time_is_refused() {
        let mut record = full_session();
        record.schema = 2;
        let err = from_json(&to_json(&[record]).expect("writes")).expect_err("refused");
        assert!(err.contains("newer letdown"), "{err}");
        let mut record = full_session();
        record.active_secs = -1.0;
        assert!(check_importable(&record).is_err());
    }
}
