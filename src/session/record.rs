//! The session record: what a session file holds (schema 1, and the few
//! optional fields schemas 2 and 3 add), field for field as SPEC.md "The
//! session file" names them.

use serde::{Deserialize, Serialize, Serializer};

mod json;
mod schema3;
mod setup_text;
mod timestamp;

pub use json::{flatten_datetimes, round_to};
/// The newest schema this build reads and writes. A record is written with
/// the oldest schema that holds it ([`SessionRecord::schema_needed`]), so a
/// standard session stays schema 1 and an older build still reads it.
pub const SCHEMA: u32 = 3;

/// The schema of a session that uses schema 2's fields and none of 3's.
pub const SCHEMA_2: u32 = 2;

/// The schema of a session that uses none of schema 2's fields.
pub const SCHEMA_1: u32 = 1;

pub use crate::basics::PhaseKind;
pub use schema3::{
    Arm, ExperimentArm, FLANGE_MM, MAX_NAME_CHARS, Method, Setup, Side, SideSwitch, Sides, Suction,
};
pub use setup_text::{flange_text, mm, parse_flange};
pub use timestamp::Timestamp;

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
    /// The side it came on, one side at a time (schema 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub side: Option<Side>,
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
        crate::facts::words::fixed(match self {
            Self::Fine => "facts-comfort-fine",
            Self::Tender => "facts-comfort-tender",
            Self::Painful => "facts-comfort-painful-word",
        })
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
        self.total_ml
            .or(Self::sides_sum(self.left_ml, self.right_ml))
    }

    /// Left plus right, a side not given counting 0; none when neither is.
    #[must_use]
    pub fn sides_sum(left_ml: Option<f64>, right_ml: Option<f64>) -> Option<f64> {
        match (left_ml, right_ml) {
            (None, None) => None,
            (l, r) => Some(l.unwrap_or(0.0) + r.unwrap_or(0.0)),
        }
    }

    /// The result as typed on a form or the command line: the total typed,
    /// else left + right; the note trimmed, none when empty. The one way
    /// the summary, the edit and add forms and `letdown add` build it.
    #[must_use]
    pub fn typed(
        left_ml: Option<f64>,
        right_ml: Option<f64>,
        total_ml: Option<f64>,
        comfort: Option<Comfort>,
        note: &str,
    ) -> Self {
        let note = note.trim();
        Self {
            left_ml,
            right_ml,
            total_ml: total_ml.or(Self::sides_sum(left_ml, right_ml)),
            comfort,
            note: (!note.is_empty()).then(|| note.to_string()),
        }
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
    /// The pump setup it ran with (schema 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub setup: Option<Setup>,
    /// Each change of side, one side at a time (schema 3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub switches: Vec<SideSwitch>,
    /// The experiment it was part of, and its arm (schema 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub experiment: Option<ExperimentArm>,
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
            setup: None,
            switches: Vec::new(),
            experiment: None,
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

    /// The oldest schema that holds this record: 3 once it uses a field
    /// schema 3 adds, else 2 once it uses one of schema 2's, else 1.
    #[must_use]
    pub fn schema_needed(&self) -> u32 {
        let uses_three = self.setup.as_ref().is_some_and(|s| !s.is_empty())
            || !self.switches.is_empty()
            || self.experiment.is_some()
            || self.letdowns.iter().any(|l| l.side.is_some());
        let uses_two = self.plan.is_some()
            || self.entered.is_some()
            || self.letdown_count.is_some()
            || self.pumping_secs.is_some()
            || self.phases.iter().any(|p| p.kind.is_some());
        if uses_three {
            SCHEMA
        } else if uses_two {
            SCHEMA_2
        } else {
            SCHEMA_1
        }
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
}

#[cfg(test)]
mod tests;
