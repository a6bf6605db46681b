//! The domain of one pumping session: the plan, the record a file holds, and
//! the engine that moves a session along.

mod amend;
pub mod coach;
mod effects;
mod engine;
mod learned;
mod plan;
mod record;
mod validate;

use std::hash::{BuildHasher, Hasher};
use std::time::Instant;

use chrono::{DateTime, FixedOffset, Local};

pub use amend::HandEntry;
pub use effects::{Command, Effect, Message, Notice};
pub use engine::{Engine, NUDGE_SECS, finish_at_heartbeat};
pub use learned::{Learned, MIN_FIRST_SECS, MIN_STALL_SECS};
pub use plan::{CUE_PROMPTS, Plan, PlanPhase, PromptKind};
pub use record::{
    Arm, Comfort, Entered, ExperimentArm, FLANGE_MM, Letdown, MAX_NAME_CHARS, Method, Pause,
    PhaseKind, PhaseSpan, Running, SCHEMA, SCHEMA_1, SCHEMA_2, SessionRecord, SessionResult, Setup,
    Side, SideSwitch, Sides, State, Suction, Timestamp, TriggerShown, flange_text,
    flatten_datetimes, mm, parse_flange, round_to,
};
pub use validate::{
    InvalidRecord, MAX_LETDOWN_COUNT, MAX_ML, MAX_SECS, MAX_TYPED_SECS, MIN_SCHEMA, START_YEARS,
};

/// One reading of both clocks: the monotonic one for durations, the wall
/// clock (with its UTC offset) only to label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Now {
    pub mono: Instant,
    pub wall: DateTime<FixedOffset>,
}

impl Now {
    /// The system's clocks now.
    #[must_use]
    pub fn system() -> Self {
        Self {
            mono: Instant::now(),
            wall: Local::now().fixed_offset(),
        }
    }
}

/// Four random characters from `0-9a-z` (`k3f9`), seeded by `seed`, this
/// process and a random hasher key: what keeps two writers' names apart.
#[must_use]
pub fn random_suffix(seed: u128) -> String {
    const ALPHABET: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(seed);
    hasher.write_u32(std::process::id());
    let mut bits = hasher.finish();
    (0..4)
        .map(|_| {
            let c = ALPHABET[(bits % 36) as usize];
            bits /= 36;
            char::from(c)
        })
        .collect()
}

/// A session id: the local start time (so names sort by it), the machine, and
/// four random characters (so two machines never pick the same name).
#[must_use]
pub fn new_id(started: &Timestamp, host: &str) -> String {
    let suffix = random_suffix(
        started
            .0
            .timestamp_nanos_opt()
            .unwrap_or_default()
            .unsigned_abs()
            .into(),
    );
    format!(
        "{}-{}-{suffix}",
        started.0.format("%Y-%m-%dT%H%M%S"),
        host_label(host)
    )
}

/// The host name reduced to what is safe in a file name.
#[must_use]
pub fn host_label(host: &str) -> String {
    let label: String = host
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .take(24)
        .collect();
    let label = label.trim_matches('-').to_string();
    if label.is_empty() {
        "host".to_string()
    } else {
        label
    }
}

/// This machine's name, for session ids.
#[must_use]
pub fn this_host() -> String {
    gethostname::gethostname().to_string_lossy().into_owned()
}
