//! The session record: what a session file holds (schema 1, and the few
//! optional fields schema 2 adds), field for field as SPEC.md "The session
//! file" names them.

use std::fmt;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The newest schema this build reads and writes. A record is written with
/// the oldest schema that holds it ([`SessionRecord::schema_needed`]), so a
/// standard session stays schema 1 and an older build still reads it.
pub const SCHEMA: u32 = 2;

/// The schema of a session that uses none of schema 2's fields.
pub const SCHEMA_1: u32 = 1;

/// A wall-clock instant with the UTC offset it was taken in, written as a
/// TOML datetime (`2026-11-23T07:14:05.120+01:00`) and as a string in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub DateTime<FixedOffset>);

impl Timestamp {
    /// RFC 3339 with milliseconds, as the files carry it.
    #[must_use]
    pub fn to_rfc3339(&self) -> String {
        self.0.format("%Y-%m-%dT%H:%M:%S%.3f%:z").to_string()
    }

    /// The calendar day in the offset the instant was taken in.
    #[must_use]
    pub fn local_date(&self) -> NaiveDate {
        self.0.date_naive()
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_rfc3339())
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let datetime: toml::value::Datetime = self
            .to_rfc3339()
            .parse()
            .map_err(serde::ser::Error::custom)?;
        datetime.serialize(ser)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Timestamp;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a date and time with its UTC offset (RFC 3339)")
            }

            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Timestamp, E> {
                DateTime::parse_from_rfc3339(text)
                    .map(Timestamp)
                    .map_err(|_| {
                        E::custom(format!(
                            "`{text}` is not a date and time with its UTC offset"
                        ))
                    })
            }

            fn visit_map<M: serde::de::MapAccess<'de>>(
                self,
                mut map: M,
            ) -> Result<Timestamp, M::Error> {
                // TOML hands a datetime over as a one-entry map holding its text.
                let Some((_, text)) = map.next_entry::<String, String>()? else {
                    return Err(serde::de::Error::custom("empty datetime"));
                };
                self.visit_str(&text)
            }
        }
        de.deserialize_any(Visitor)
    }
}

/// Seconds are written to the millisecond: finer is noise to a reader.
#[allow(clippy::trivially_copy_pass_by_ref)] // serde's signature
fn rounded_secs<S: Serializer>(secs: &f64, ser: S) -> Result<S::Ok, S::Error> {
    ser.serialize_f64((secs * 1000.0).round() / 1000.0)
}

/// An optional time, to the millisecond.
#[allow(clippy::ref_option)] // serde's signature
fn rounded_opt_secs<S: Serializer>(secs: &Option<f64>, ser: S) -> Result<S::Ok, S::Error> {
    match secs {
        Some(secs) => ser.serialize_some(&((secs * 1000.0).round() / 1000.0)),
        None => ser.serialize_none(),
    }
}

/// Volumes are written to a tenth of a millilitre.
#[allow(clippy::ref_option)] // serde's signature
fn rounded_ml<S: Serializer>(ml: &Option<f64>, ser: S) -> Result<S::Ok, S::Error> {
    match ml {
        Some(ml) => ser.serialize_some(&((ml * 10.0).round() / 10.0)),
        None => ser.serialize_none(),
    }
}

/// Whether the session is still going.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    Running,
    Finished,
}

/// One let-down tap.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Letdown {
    /// Active seconds since the start.
    #[serde(serialize_with = "rounded_secs")]
    pub at_secs: f64,
    pub at: Timestamp,
}

/// A phase as it actually ran, in active seconds.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PhaseSpan {
    pub name: String,
    #[serde(serialize_with = "rounded_secs")]
    pub from_secs: f64,
    #[serde(serialize_with = "rounded_secs")]
    pub to_secs: f64,
    /// What the phase was for; left out for a pumping or coaching phase.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<PhaseKind>,
}

/// A phase that is not pumping (schema 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PhaseKind {
    /// A rest: the clock runs, but it is not pumping time.
    Rest,
}

/// How a session came into the data dir (schema 2); left out when it was
/// timed by the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Entered {
    /// Added after the fact: its times are as the user typed them, and its
    /// let-downs may be a count without times.
    ByHand,
}

/// A pause: where in active time it began, and how long it lasted.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Pause {
    #[serde(serialize_with = "rounded_secs")]
    pub from_secs: f64,
    #[serde(serialize_with = "rounded_secs")]
    pub secs: f64,
}

/// A coach prompt that was shown.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TriggerShown {
    #[serde(serialize_with = "rounded_secs")]
    pub at_secs: f64,
    pub name: String,
}

/// How the session felt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Comfort {
    Fine,
    Tender,
    Painful,
}

impl Comfort {
    /// The word the screens show.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Self::Fine => "fine",
            Self::Tender => "tender",
            Self::Painful => "painful",
        }
    }
}

/// What the user said at the end; every field optional.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SessionResult {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "rounded_ml"
    )]
    pub left_ml: Option<f64>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "rounded_ml"
    )]
    pub right_ml: Option<f64>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "rounded_ml"
    )]
    pub total_ml: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comfort: Option<Comfort>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl SessionResult {
    /// The total volume: the total if given, else left plus right.
    #[must_use]
    pub fn volume_ml(&self) -> Option<f64> {
        self.total_ml.or(match (self.left_ml, self.right_ml) {
            (None, None) => None,
            (l, r) => Some(l.unwrap_or(0.0) + r.unwrap_or(0.0)),
        })
    }

    /// Whether nothing was filled in.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// What only a running session carries, so that it can be resumed: the
/// engine's position and the last heartbeat.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Running {
    /// Wall time of the last save; a session finished after a crash ends here.
    pub heartbeat: Timestamp,
    /// The process that runs it.
    pub pid: u32,
    /// Index of the current phase in the plan.
    pub phase: usize,
    /// Active second at which the current phase began.
    pub phase_from_secs: f64,
    /// The current phase's length after extending or shortening; none when open-ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase_secs: Option<f64>,
    /// Whether the session was paused at the heartbeat.
    #[serde(default)]
    pub paused: bool,
    /// The target after nudges in an open-ended phase; none when unchanged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_secs: Option<f64>,
}

/// One pumping session, as its file holds it.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SessionRecord {
    pub schema: u32,
    pub id: String,
    pub state: State,
    pub started: Timestamp,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended: Option<Timestamp>,
    /// The clock's time, pauses excluded.
    #[serde(serialize_with = "rounded_secs")]
    pub active_secs: f64,
    #[serde(default, serialize_with = "rounded_secs")]
    pub paused_secs: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub running: Option<Running>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub letdowns: Vec<Letdown>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phases: Vec<PhaseSpan>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pauses: Vec<Pause>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub triggers: Vec<TriggerShown>,
    #[serde(default, skip_serializing_if = "SessionResult::is_empty")]
    pub result: SessionResult,
    /// The plan's name; left out for the standard plan (schema 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<String>,
    /// Set when the session was added by hand (schema 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entered: Option<Entered>,
    /// A hand-entered session's let-downs, when it has no `[[letdowns]]`
    /// (schema 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub letdown_count: Option<u32>,
    /// The active time less rest phases; present only when the plan had
    /// rests (schema 2).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "rounded_opt_secs"
    )]
    pub pumping_secs: Option<f64>,
}

impl SessionRecord {
    /// A record of nothing yet: started, with no time, let-down or result.
    #[must_use]
    pub fn empty(id: String, state: State, started: Timestamp) -> Self {
        Self {
            schema: SCHEMA_1,
            id,
            state,
            started,
            ended: None,
            active_secs: 0.0,
            paused_secs: 0.0,
            running: None,
            letdowns: Vec::new(),
            phases: Vec::new(),
            pauses: Vec::new(),
            triggers: Vec::new(),
            result: SessionResult::default(),
            plan: None,
            entered: None,
            letdown_count: None,
            pumping_secs: None,
        }
    }

    /// Seconds from the start to the first let-down.
    #[must_use]
    pub fn first_letdown_secs(&self) -> Option<f64> {
        self.letdowns.first().map(|l| l.at_secs)
    }

    /// How many let-downs the session had: the taps, or a hand-entered
    /// session's count.
    #[must_use]
    pub fn letdown_count(&self) -> usize {
        if self.letdowns.is_empty() {
            self.letdown_count.map_or(0, |n| n as usize)
        } else {
            self.letdowns.len()
        }
    }

    /// The active time that was pumping: rest phases left out.
    #[must_use]
    pub fn pumping_secs(&self) -> f64 {
        self.pumping_secs.unwrap_or(self.active_secs)
    }

    /// Whether the session was added after the fact.
    #[must_use]
    pub fn is_by_hand(&self) -> bool {
        self.entered == Some(Entered::ByHand)
    }

    /// Whether its times were taken by the app, so that the timing figures
    /// (time to first let-down, gaps, the pattern, the triggers) may use it.
    #[must_use]
    pub fn has_timings(&self) -> bool {
        !self.is_by_hand()
    }

    /// The oldest schema that holds this record: 2 once it uses a field
    /// schema 2 adds, else 1.
    #[must_use]
    pub fn schema_needed(&self) -> u32 {
        let uses_two = self.plan.is_some()
            || self.entered.is_some()
            || self.letdown_count.is_some()
            || self.pumping_secs.is_some()
            || self.phases.iter().any(|p| p.kind.is_some());
        if uses_two { SCHEMA } else { SCHEMA_1 }
    }

    /// The session as TOML text, under the schema it needs (a schema this
    /// build does not know is left as it is, for the check to refuse).
    pub fn to_toml(&self) -> Result<String, toml::ser::Error> {
        if self.schema == self.schema_needed() || self.schema > SCHEMA {
            toml::to_string(self)
        } else {
            let mut record = self.clone();
            record.schema = self.schema_needed();
            toml::to_string(&record)
        }
    }

    /// The session as JSON, with the file's field names and dates as
    /// strings, and one shape for every session: a field the file leaves out
    /// is `null` (or an empty list), and the counts the views use are given
    /// as `letdown_count` and `pumping_secs`.
    #[must_use]
    pub fn to_json(&self) -> serde_json::Value {
        use serde_json::{Value as J, json};
        let mut value = serde_json::to_value(self).unwrap_or_default();
        flatten_datetimes(&mut value);
        if let J::Object(map) = &mut value {
            for key in ["ended", "running"] {
                map.entry(key).or_insert(J::Null);
            }
            for key in ["letdowns", "phases", "pauses", "triggers"] {
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
                "pumping_secs".into(),
                json!(round_to(self.pumping_secs(), 0.001)),
            );
            for key in ["plan", "entered"] {
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

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"schema = 1
id = "2026-11-23T071405-laptop-k3f9"
state = "finished"
started = 2026-11-23T07:14:05.120+01:00
ended = 2026-11-23T07:32:40.500+01:00
active_secs = 1055.4
paused_secs = 60.0

[[letdowns]]
at_secs = 95.2
at = 2026-11-23T07:15:40.320+01:00

[[phases]]
name = "Massage"
from_secs = 0.0
to_secs = 60.0

[[pauses]]
from_secs = 400.0
secs = 60.0

[[triggers]]
at_secs = 300.0
name = "warm-compress"

[result]
left_ml = 45.0
right_ml = 38.0
total_ml = 83.0
comfort = "fine"
note = "pumped at work"
"#;

    #[test]
    fn the_spec_sample_round_trips() {
        let record: SessionRecord = toml::from_str(SAMPLE).expect("sample parses");
        assert_eq!(
            record.letdowns[0].at.to_rfc3339(),
            "2026-11-23T07:15:40.320+01:00"
        );
        assert_eq!(record.result.comfort, Some(Comfort::Fine));
        let text = record.to_toml().expect("serializes");
        assert!(
            text.contains("started = 2026-11-23T07:14:05.12+01:00"),
            "{text}"
        );
        let again: SessionRecord = toml::from_str(&text).expect("reparses");
        assert_eq!(again, record);
    }

    #[test]
    fn json_uses_the_same_names_and_string_dates() {
        let record: SessionRecord = toml::from_str(SAMPLE).expect("sample parses");
        let json = record.to_json();
        assert_eq!(json["started"], "2026-11-23T07:14:05.120+01:00");
        assert_eq!(json["letdowns"][0]["at_secs"], 95.2);
        assert_eq!(json["result"]["note"], "pumped at work");
        let back = SessionRecord::from_json(json).expect("json reads back");
        assert_eq!(back, record);
    }

    #[test]
    fn volume_falls_back_to_left_plus_right() {
        let result = SessionResult {
            left_ml: Some(40.0),
            right_ml: Some(30.0),
            ..SessionResult::default()
        };
        assert_eq!(result.volume_ml(), Some(70.0));
    }
}
