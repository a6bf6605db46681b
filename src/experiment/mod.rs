//! Experiments: two conditions compared over the user's next sessions.
//!
//! An experiment is a small file in the data dir, `experiments/<name>.toml`,
//! so every machine that shares the data dir runs the same one. The n-th
//! session of an experiment gets its arm from the experiment's seed and n
//! alone (balanced blocks of two, the order in each block drawn from the
//! seed): two machines agree, and after every two sessions each arm has one.

mod outcome;
mod store;

pub use outcome::{ArmFigures, Compared, Difference, Measure, Outcome, welch_interval};
pub use store::{ExperimentError, Experiments};

use serde::{Deserialize, Serialize};

use crate::session::{Arm, ExperimentArm, Plan, SessionRecord, Timestamp};

/// The longest name an experiment can have, in characters.
pub const MAX_NAME_CHARS: usize = 40;

/// The longest text of a condition, in characters.
pub const MAX_TEXT_CHARS: usize = 60;

/// The sessions planned per arm when none are named.
pub const DEFAULT_SESSIONS: u32 = 10;

/// The most sessions an arm can plan.
pub const MAX_SESSIONS: u32 = 500;

/// What an experiment's file holds.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Experiment {
    pub name: String,
    /// What condition A is, in the user's words.
    pub a: String,
    /// What condition B is, in the user's words.
    pub b: String,
    /// What letdown changes itself in B's sessions, beyond showing the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan_b: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skip_phase_b: Option<String>,
    /// The sessions planned for each arm.
    pub sessions: u32,
    /// Where each block's order comes from.
    pub seed: u64,
    pub started: Timestamp,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended: Option<Timestamp>,
}

impl Experiment {
    /// Whether it still draws arms for new sessions.
    #[must_use]
    pub fn is_running(&self) -> bool {
        self.ended.is_none()
    }

    /// The arm of the experiment's `n`-th session (counted from 0).
    #[must_use]
    pub fn arm_of(&self, n: u64) -> Arm {
        let first = if mix(self.seed, n / 2) & 1 == 0 {
            Arm::A
        } else {
            Arm::B
        };
        match (n % 2, first) {
            (0, arm) => arm,
            (_, Arm::A) => Arm::B,
            (_, Arm::B) => Arm::A,
        }
    }

    /// The user's words for an arm.
    #[must_use]
    pub fn text(&self, arm: Arm) -> &str {
        match arm {
            Arm::A => &self.a,
            Arm::B => &self.b,
        }
    }

    /// Whether a session counts in this experiment: it ran in it (its file
    /// names it) and was timed by letdown, not added by hand.
    #[must_use]
    pub fn counts(&self, record: &SessionRecord) -> bool {
        record.entered.is_none()
            && record
                .experiment
                .as_ref()
                .is_some_and(|e| e.name == self.name)
    }

    /// The plan of an arm's session: B may use another plan or leave a
    /// phase out; A runs `plan` as it is. A plan B names that is gone, or a
    /// phase that is not there, changes nothing.
    #[must_use]
    pub fn apply(&self, arm: Arm, plan: Plan, config: &crate::config::Config) -> Plan {
        if arm == Arm::A {
            return plan;
        }
        let mut plan = self
            .plan_b
            .as_deref()
            .and_then(|name| Plan::named(config, name))
            .unwrap_or(plan);
        if let Some(skip) = &self.skip_phase_b
            && plan.phases.len() > 1
        {
            plan.phases.retain(|p| !p.name.eq_ignore_ascii_case(skip));
        }
        plan
    }
}

/// A running experiment's draw for the next session: the arm, recorded in
/// the session's file, and the words it is shown with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draw {
    pub arm: ExperimentArm,
    /// The condition of this session, in the user's words.
    pub text: String,
}

/// One step of `SplitMix64` on the seed and a block's number: a fixed,
/// documented mix, so the arms never depend on a library's version.
fn mix(seed: u64, block: u64) -> u64 {
    let mut z = seed.wrapping_add(block.wrapping_add(1).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A new seed: the time and this process through a randomly keyed hasher.
#[must_use]
pub fn new_seed(started: &Timestamp) -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_i64(started.0.timestamp_micros());
    hasher.write_u32(std::process::id());
    // TOML holds integers up to 2^63 - 1.
    hasher.finish() >> 1
}

#[cfg(test)]
mod tests;
