//! The plan a session follows: its phases, the coach's triggers and timings,
//! taken from the config.

use super::validate::MAX_SECS;
use crate::config::{Config, Show, TriggerConfig};

/// One phase of the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanPhase {
    pub name: String,
    /// How long it lasts; none for an open-ended phase.
    pub secs: Option<f64>,
    pub prompt: String,
    pub show: Option<Show>,
}

impl PlanPhase {
    /// How long the phase lasts as the engine runs it: no longer than a
    /// record can hold, whatever plan it came from (the config refuses more).
    #[must_use]
    pub fn length(&self) -> Option<f64> {
        self.secs.map(|secs| secs.clamp(0.0, MAX_SECS))
    }
}

/// Everything the engine needs to know from the config.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub phases: Vec<PlanPhase>,
    pub triggers: Vec<TriggerConfig>,
    pub target_secs: f64,
    pub first_letdown_secs: f64,
    pub stall_secs: f64,
    pub guard_secs: f64,
}

impl Plan {
    /// The plan a config describes.
    #[must_use]
    pub fn from_config(config: &Config) -> Self {
        Self {
            phases: config
                .phases
                .iter()
                .map(|p| PlanPhase {
                    name: p.name.clone(),
                    secs: p.secs.map(f64::from),
                    prompt: p.prompt.clone(),
                    show: p.show,
                })
                .collect(),
            triggers: config.triggers.clone(),
            target_secs: config.target_secs(),
            first_letdown_secs: f64::from(config.session.first_letdown_secs),
            stall_secs: f64::from(config.session.stall_secs).max(1.0),
            guard_secs: f64::from(config.session.double_tap_guard_secs),
        }
    }

    /// Where each phase would begin and end if none were changed, for the phase bar.
    #[must_use]
    pub fn nominal_spans(&self) -> Vec<(f64, Option<f64>)> {
        let mut at = 0.0;
        self.phases
            .iter()
            .map(|p| {
                let from = at;
                at += p.secs.unwrap_or(0.0);
                (from, p.secs.map(|s| from + s))
            })
            .collect()
    }
}
