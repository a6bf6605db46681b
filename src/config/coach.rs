//! The coach's part of the config: phases, plans and triggers, and the
//! built-in ones read from `config/default.toml`.

use serde::{Deserialize, Deserializer, Serialize};

use super::{Config, DEFAULT_TOML};

/// What a phase draws besides its prompt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Show {
    Photo,
    Breathe,
}

/// One phase of the plan.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PhaseConfig {
    pub name: String,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "positive_secs"
    )]
    pub secs: Option<u32>,
    #[serde(default)]
    pub prompt: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show: Option<Show>,
    /// `"rest"` for a rest: not pumping time, and the coach stays quiet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<crate::basics::PhaseKind>,
}

/// A named plan: its phases and, if it has its own, a target.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PlanConfig {
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_mins: Option<u32>,
    #[serde(deserialize_with = "non_empty_phases")]
    pub phases: Vec<PhaseConfig>,
}

/// The coach's cues beyond the triggers.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct CoachConfig {
    /// Cues to switch the pump between its expression and stimulation modes.
    pub mode_cues: bool,
    /// Minutes without a let-down (after two or more) before the gentle
    /// line that the session may be done; 0 turns it off.
    pub finish_quiet_mins: u32,
    /// Whether the coach's timings come from the user's own sessions once
    /// there are enough of them.
    pub learn: bool,
}

impl Default for CoachConfig {
    fn default() -> Self {
        Self {
            mode_cues: true,
            finish_quiet_mins: 5,
            learn: true,
        }
    }
}

/// The name of the plan the top-level phases make.
pub const STANDARD_PLAN: &str = "standard";

/// The built-in plans, read from the commented block of
/// `config/default.toml` that documents them: what the file shows is what
/// runs.
#[must_use]
pub fn builtin_plans() -> &'static [PlanConfig] {
    static PLANS: std::sync::OnceLock<Vec<PlanConfig>> = std::sync::OnceLock::new();
    PLANS.get_or_init(|| {
        #[derive(Deserialize)]
        struct Plans {
            plans: Vec<PlanConfig>,
        }
        let block: String = DEFAULT_TOML
            .lines()
            .skip_while(|l| !l.starts_with("# --- the built-in plans ---"))
            .skip(1)
            .take_while(|l| !l.starts_with("# --- end of the built-in plans ---"))
            .map(|l| l.strip_prefix('#').unwrap_or(l).trim_start())
            .collect::<Vec<_>>()
            .join("\n");
        // The embedded default is checked by a test; an error here is a build defect.
        toml::from_str::<Plans>(&block)
            .unwrap_or_else(|err| panic!("config/default.toml's plans do not parse: {err}"))
            .plans
    })
}

impl Config {
    /// Every plan's name and description, the standard one first, then the
    /// built-in ones (as the config may replace them), then the config's own.
    #[must_use]
    pub fn plan_choices(&self) -> Vec<(&str, &str)> {
        let mut choices = vec![(
            STANDARD_PLAN,
            "The usual: massage, warmth, the photo, relaxing, then pumping.",
        )];
        for builtin in builtin_plans() {
            let plan = self
                .plans
                .iter()
                .find(|p| p.name == builtin.name)
                .unwrap_or(builtin);
            choices.push((plan.name.as_str(), plan.description.as_str()));
        }
        for plan in &self.plans {
            if !builtin_plans().iter().any(|b| b.name == plan.name) {
                choices.push((plan.name.as_str(), plan.description.as_str()));
            }
        }
        choices
    }

    /// A named plan other than the standard one: the config's, else a built-in.
    #[must_use]
    pub fn plan(&self, name: &str) -> Option<&PlanConfig> {
        self.plans
            .iter()
            .find(|p| p.name == name)
            .or_else(|| builtin_plans().iter().find(|p| p.name == name))
    }
}

/// One coach trigger.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TriggerConfig {
    pub name: String,
    pub prompt: String,
}

pub(super) fn positive_secs<'de, D: Deserializer<'de>>(de: D) -> Result<Option<u32>, D::Error> {
    let secs = u32::deserialize(de)?;
    if secs == 0 {
        return Err(serde::de::Error::custom(crate::tr!(
            "error-config-phase-secs"
        )));
    }
    Ok(Some(secs))
}

pub(super) fn non_empty_phases<'de, D: Deserializer<'de>>(
    de: D,
) -> Result<Vec<PhaseConfig>, D::Error> {
    let phases = Vec::<PhaseConfig>::deserialize(de)?;
    if phases.is_empty() {
        return Err(serde::de::Error::custom(crate::tr!(
            "error-config-no-phase"
        )));
    }
    Ok(phases)
}

pub(super) fn default_phases() -> Vec<PhaseConfig> {
    builtin().phases.clone()
}

pub(super) fn default_triggers() -> Vec<TriggerConfig> {
    builtin().triggers.clone()
}

/// The shipped phases and triggers, parsed once from the embedded default.
fn builtin() -> &'static Builtin {
    static BUILTIN: std::sync::OnceLock<Builtin> = std::sync::OnceLock::new();
    BUILTIN.get_or_init(|| {
        #[derive(Deserialize)]
        struct Lists {
            phases: Vec<PhaseConfig>,
            triggers: Vec<TriggerConfig>,
        }
        // The embedded default is checked by a test; an error here is a build defect.
        let lists: Lists = toml::from_str(DEFAULT_TOML).unwrap_or_else(|err| {
            panic!("config/default.toml does not parse: {err}");
        });
        Builtin {
            phases: lists.phases,
            triggers: lists.triggers,
        }
    })
}

struct Builtin {
    phases: Vec<PhaseConfig>,
    triggers: Vec<TriggerConfig>,
}

/// The shipped phases and triggers of the standard plan, as
/// `config/default.toml` words them: the faces show a text that is exactly
/// one of these in the user's language (see `facts::builtin`).
#[must_use]
pub fn builtin_coach() -> (&'static [PhaseConfig], &'static [TriggerConfig]) {
    let builtin = builtin();
    (&builtin.phases, &builtin.triggers)
}
