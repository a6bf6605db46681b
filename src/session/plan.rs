//! The plan a session follows: its phases, the coach's triggers and timings,
//! taken from the config: the standard plan (the top-level phases), a
//! built-in one, or one of the config's `[[plans]]`.

use super::record::{PhaseKind, SessionRecord};
use super::validate::MAX_SECS;
use crate::config::{Config, PhaseConfig, STANDARD_PLAN, Show, TriggerConfig};

/// One phase of the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanPhase {
    pub name: String,
    /// How long it lasts; none for an open-ended phase.
    pub secs: Option<f64>,
    pub prompt: String,
    pub show: Option<Show>,
    pub kind: Option<PhaseKind>,
}

impl PlanPhase {
    /// Whether it is a rest: not pumping time, and the coach is quiet.
    #[must_use]
    pub fn is_rest(&self) -> bool {
        self.kind == Some(PhaseKind::Rest)
    }

    /// How long the phase lasts as the engine runs it: no longer than a
    /// record can hold, whatever plan it came from (the config refuses more).
    #[must_use]
    pub fn length(&self) -> Option<f64> {
        self.secs.map(|secs| secs.clamp(0.0, MAX_SECS))
    }
}

/// The pump-mode cues, shown like triggers and recorded as them.
pub const EXPRESSION_CUE: &str = "expression-mode";
pub const STIMULATION_CUE: &str = "stimulation-mode";

/// Every pump-mode cue the coach can show: what tells a cue from a trigger.
pub const CUES: [&str; 2] = [EXPRESSION_CUE, STIMULATION_CUE];

/// What the expression cue says (in English; faces show it through
/// `facts::builtin`).
pub const EXPRESSION_CUE_PROMPT: &str = "Milk is flowing: switch the pump to its expression mode.";

/// What the stimulation cue says.
pub const STIMULATION_CUE_PROMPT: &str =
    "Switch the pump to its stimulation (let-down) mode for a minute, to call another let-down.";

/// Each pump-mode cue with what it says.
pub const CUE_PROMPTS: [(&str, &str); 2] = [
    (EXPRESSION_CUE, EXPRESSION_CUE_PROMPT),
    (STIMULATION_CUE, STIMULATION_CUE_PROMPT),
];

/// What a prompt the coach showed is: a trigger (something to try, whose
/// share of let-downs says whether it helps) or a pump-mode cue (an
/// instruction for the pump, shown at a let-down or to call one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PromptKind {
    Trigger,
    Cue,
}

impl PromptKind {
    /// The kind of the prompt recorded under `name`: a cue when it is one of
    /// the coach's [`CUES`], whatever other names end with.
    #[must_use]
    pub fn of(name: &str) -> Self {
        if CUES.contains(&name) {
            Self::Cue
        } else {
            Self::Trigger
        }
    }
}

/// Everything the engine needs to know from the config.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// The plan's name; [`STANDARD_PLAN`] for the top-level phases.
    pub name: String,
    pub phases: Vec<PlanPhase>,
    pub triggers: Vec<TriggerConfig>,
    /// The pump-mode cues, when they are on: expression, then stimulation.
    pub cues: Vec<TriggerConfig>,
    pub target_secs: f64,
    pub first_letdown_secs: f64,
    pub stall_secs: f64,
    pub guard_secs: f64,
    /// After two let-downs, this long without another brings the gentle
    /// line that the session may be done; none when off.
    pub finish_quiet_secs: Option<f64>,
    /// What the coach learned from the user's sessions of this plan, once
    /// there are enough: its timings above are then the learned ones.
    pub learned: Option<super::Learned>,
}

impl Plan {
    /// The standard plan a config describes: its top-level phases.
    #[must_use]
    pub fn from_config(config: &Config) -> Self {
        Self::with_phases(config, STANDARD_PLAN, &config.phases, config.target_secs())
    }

    /// The plan of that name, standard included; none when there is none.
    #[must_use]
    pub fn named(config: &Config, name: &str) -> Option<Self> {
        if name == STANDARD_PLAN {
            return Some(Self::from_config(config));
        }
        let plan = config.plan(name)?;
        let target = plan
            .target_mins
            .map_or(config.target_secs(), |mins| f64::from(mins) * 60.0);
        Some(Self::with_phases(config, &plan.name, &plan.phases, target))
    }

    /// The plan a session ran (its file names it): standard when it names
    /// none, or one that no longer exists.
    #[must_use]
    pub fn for_record(config: &Config, record: &SessionRecord) -> Self {
        record
            .plan
            .as_deref()
            .and_then(|name| Self::named(config, name))
            .unwrap_or_else(|| Self::from_config(config))
    }

    fn with_phases(config: &Config, name: &str, phases: &[PhaseConfig], target_secs: f64) -> Self {
        let coach = &config.coach;
        let cues = if coach.mode_cues {
            vec![
                TriggerConfig {
                    name: EXPRESSION_CUE.to_string(),
                    prompt: EXPRESSION_CUE_PROMPT.to_string(),
                },
                TriggerConfig {
                    name: STIMULATION_CUE.to_string(),
                    prompt: STIMULATION_CUE_PROMPT.to_string(),
                },
            ]
        } else {
            Vec::new()
        };
        Self {
            name: name.to_string(),
            phases: phases
                .iter()
                .map(|p| PlanPhase {
                    name: p.name.clone(),
                    secs: p.secs.map(f64::from),
                    prompt: p.prompt.clone(),
                    show: p.show,
                    kind: p.kind,
                })
                .collect(),
            triggers: config.triggers.clone(),
            cues,
            target_secs,
            first_letdown_secs: f64::from(config.session.first_letdown_secs),
            stall_secs: f64::from(config.session.stall_secs).max(1.0),
            guard_secs: f64::from(config.session.double_tap_guard_secs),
            finish_quiet_secs: config.finish_quiet_secs(),
            learned: None,
        }
    }

    /// The name a session file records: none for the standard plan.
    #[must_use]
    pub fn recorded_name(&self) -> Option<String> {
        (self.name != STANDARD_PLAN).then(|| self.name.clone())
    }

    /// Whether any phase is a rest (the session then records its pumping time).
    #[must_use]
    pub fn has_rests(&self) -> bool {
        self.phases.iter().any(PlanPhase::is_rest)
    }
}
