//! The session record's JSON face: the file's field names, dates as
//! strings, one shape for every session, and back.

use chrono::DateTime;

use super::{SessionRecord, Timestamp};

impl SessionRecord {
    /// The session as JSON, with the file's field names and dates as
    /// strings, and one shape for every session: a field the file leaves out
    /// is `null` (or an empty list), and the figures the views use are given
    /// as `letdown_count`, `first_letdown_secs` and `pumping_secs`, as the
    /// CSV export has them.
    #[must_use]
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::{Value as J, json};
        let mut value = serde_json::to_value(self).unwrap_or_default();
        flatten_datetimes(&mut value);
        if let J::Object(map) = &mut value {
            for key in ["ended", "running"] {
                map.entry(key).or_insert(J::Null);
            }
            for key in ["letdowns", "phases", "pauses", "triggers", "switches"] {
                map.entry(key).or_insert_with(|| json!([]));
            }
            let result = map.entry("result").or_insert_with(|| json!({}));
            if let J::Object(result) = result {
                for key in ["left_ml", "right_ml", "total_ml", "comfort", "note"] {
                    result.entry(key).or_insert(J::Null);
                }
            }
            map.insert("letdown_count".into(), json!(self.letdown_count()));
            map.insert(
                "first_letdown_secs".into(),
                json!(self.first_letdown_secs().map(|s| round_to(s, 0.001))),
            );
            map.insert(
                "pumping_secs".into(),
                json!(round_to(self.pumping_secs(), 0.001)),
            );
            for key in ["plan", "entered", "setup", "experiment"] {
                map.entry(key).or_insert(J::Null);
            }
        }
        value
    }
}

impl SessionRecord {
    /// A session from JSON as [`SessionRecord::to_json`] writes it: the
    /// counts it adds for readers are left out again where they are derived
    /// (a count beside timed let-downs, pumping time without rests).
    pub fn from_json(mut value: serde_json::Value) -> Result<Self, serde_json::Error> {
        use serde_json::Value as J;
        if let J::Object(map) = &mut value {
            let has = |map: &serde_json::Map<String, J>, key: &str| {
                map.get(key)
                    .and_then(J::as_array)
                    .is_some_and(|items| !items.is_empty())
            };
            let timed = has(map, "letdowns");
            let rests = map
                .get("phases")
                .and_then(J::as_array)
                .is_some_and(|phases| {
                    phases
                        .iter()
                        .any(|p| p.get("kind").is_some_and(|k| !k.is_null()))
                });
            let by_hand = map.get("entered").is_some_and(|e| !e.is_null());
            if timed || !by_hand {
                map.remove("letdown_count");
            }
            map.remove("first_letdown_secs");
            if !rests {
                map.remove("pumping_secs");
            }
        }
        serde_json::from_value(value)
    }
}

/// A figure rounded to the `step` it means (0.1 ml, 0.001 s).
#[must_use]
pub fn round_to(value: f64, step: f64) -> f64 {
    let factor = (1.0 / step).round();
    (value * factor).round() / factor
}

/// Turns the one-entry maps that carry TOML datetimes through serde into
/// plain RFC 3339 strings, with milliseconds.
pub fn flatten_datetimes(value: &mut serde_json::Value) {
    use serde_json::Value as J;
    match value {
        J::Object(map) => {
            if map.len() == 1
                && let Some(J::String(text)) = map.get(DATETIME_FIELD)
            {
                let text = DateTime::parse_from_rfc3339(text)
                    .map_or_else(|_| text.clone(), |at| Timestamp(at).to_rfc3339());
                *value = J::String(text);
            } else {
                map.values_mut().for_each(flatten_datetimes);
            }
        }
        J::Array(items) => items.iter_mut().for_each(flatten_datetimes),
        _ => {}
    }
}

/// The field name under which the toml crate passes a datetime through serde.
const DATETIME_FIELD: &str = "$__toml_private_datetime";
