//! The config's timings, held to the limits of a session record: a plan the
//! config allows must never make a session that cannot be saved, so what the
//! record's validator would refuse later is refused here, up front, with its
//! line and key, rather than clamped in silence.

use std::path::Path;

use super::Config;
use super::error::{ConfigError, error_at_key};
use crate::basics::MAX_SECS;

/// The longest a phase can last, in whole seconds (366 days).
const MAX_PHASE_SECS: u32 = MAX_SECS as u32;

/// The furthest target, in whole minutes (366 days).
const MAX_TARGET_MINS: u32 = MAX_PHASE_SECS / 60;

impl Config {
    /// Checks the timings against the record's limits: phases and the
    /// target no longer than a record holds, a target and a stall time above
    /// zero.
    pub(super) fn check_limits(&self, text: &str, file: &Path) -> Result<(), ConfigError> {
        let at = |path: &[&str], expected: String| Err(error_at_key(text, file, path, expected));
        let session = &self.session;
        if session.target_mins == 0 {
            return at(
                &["session", "target_mins"],
                crate::tr!("error-config-minutes-above-0"),
            );
        }
        if session.target_mins > MAX_TARGET_MINS {
            return at(
                &["session", "target_mins"],
                crate::tr!(
                    "error-config-minutes-at-most",
                    max = MAX_TARGET_MINS.to_string()
                ),
            );
        }
        if session.stall_secs == 0 {
            return at(
                &["session", "stall_secs"],
                crate::tr!("error-config-seconds-above-0"),
            );
        }
        let too_long = |phases: &[super::PhaseConfig]| {
            phases
                .iter()
                .position(|p| p.secs.is_some_and(|secs| secs > MAX_PHASE_SECS))
        };
        let phase_secs = crate::tr!(
            "error-config-phase-too-long",
            max = MAX_PHASE_SECS.to_string()
        );
        if let Some(i) = too_long(&self.phases) {
            return at(&["phases", &i.to_string(), "secs"], phase_secs);
        }
        for (p, plan) in self.plans.iter().enumerate() {
            let plan_index = p.to_string();
            if let Some(i) = too_long(&plan.phases) {
                return at(
                    &["plans", &plan_index, "phases", &i.to_string(), "secs"],
                    phase_secs,
                );
            }
            if plan
                .target_mins
                .is_some_and(|mins| mins == 0 || mins > MAX_TARGET_MINS)
            {
                return at(
                    &["plans", &plan_index, "target_mins"],
                    crate::tr!(
                        "error-config-minutes-from-1",
                        max = MAX_TARGET_MINS.to_string()
                    ),
                );
            }
        }
        Ok(())
    }
}
