//! The config: its keys and defaults, where it is found, and errors that name
//! `file:line:column: key: what was expected`.
//!
//! Defaults are written once, in `config/default.toml`, which is embedded in
//! the binary: [`Config::default`] is that file parsed.

use std::path::{Path, PathBuf};

use chrono::NaiveTime;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

mod babybuddy;
mod check;
mod coach;
mod error;
mod gather;
mod hooks;
mod keys;
mod limits;
mod setup;

pub use babybuddy::{BabyBuddy, ServerUrl};
pub use check::{FORM_EDITING_KEYS, is_volume_char};
pub use coach::{
    CoachConfig, PhaseConfig, PlanConfig, STANDARD_PLAN, Show, TriggerConfig, builtin_coach,
    builtin_plans,
};
use coach::{default_phases, default_triggers, non_empty_phases};
pub use error::ConfigError;
pub use hooks::Hooks;
pub use keys::Keys;
pub use setup::{BirthDate, SetupConfig};

/// The units and clock the config sets; they live in the leaf [`crate::basics`].
pub use crate::basics::{ClockStyle, Units};

/// The commented default config, as `letdown config init` writes it.
pub const DEFAULT_TOML: &str = include_str!("../config/default.toml");

/// Everything the user can set.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_dir: Option<PathBuf>,
    /// The language the words are in (`en`, `es`); without it, the
    /// environment's (`LC_ALL`, `LC_MESSAGES`, `LANG`).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "shipped_language"
    )]
    pub language: Option<String>,
    #[serde(default)]
    pub units: Units,
    #[serde(default)]
    pub clock: ClockStyle,
    #[serde(default)]
    pub day_starts_at: DayStart,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub photo: Option<PathBuf>,
    #[serde(default)]
    pub night: bool,
    #[serde(default)]
    pub session: SessionConfig,
    #[serde(default = "default_phases", deserialize_with = "non_empty_phases")]
    pub phases: Vec<PhaseConfig>,
    #[serde(default = "default_triggers")]
    pub triggers: Vec<TriggerConfig>,
    #[serde(default)]
    pub coach: CoachConfig,
    /// Plans besides the standard one (the top-level phases); the built-in
    /// ones ([`builtin_plans`]) are not listed here unless replaced.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub plans: Vec<PlanConfig>,
    #[serde(default)]
    pub goals: Goals,
    #[serde(default)]
    pub notifications: Notifications,
    #[serde(default)]
    pub keys: Keys,
    /// The household's Baby Buddy, if sessions are to be sent there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub babybuddy: Option<BabyBuddy>,
    #[serde(default, skip_serializing_if = "Hooks::is_empty")]
    pub hooks: Hooks,
    /// The pump setup the first session starts with.
    #[serde(default, skip_serializing_if = "SetupConfig::is_empty")]
    pub setup: SetupConfig,
    /// The baby's birth date: the report gives the baby's age in weeks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<BirthDate>,
}

/// A language letdown ships, by its code; any other is an error that names
/// the ones it does.
fn shipped_language<'de, D: Deserializer<'de>>(de: D) -> Result<Option<String>, D::Error> {
    let code = String::deserialize(de)?;
    match crate::i18n::Lang::find(&code) {
        Some(lang) if lang.code() == code => Ok(Some(code)),
        _ => {
            let shipped: Vec<String> = crate::i18n::LANGUAGES
                .iter()
                .map(|l| format!("\"{}\" ({})", l.code, l.name))
                .collect();
            Err(serde::de::Error::custom(format!(
                "expected one of the languages letdown speaks: {}",
                shipped.join(", ")
            )))
        }
    }
}

/// The time of day at which a new day begins, "HH:MM".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DayStart(pub NaiveTime);

impl<'de> Deserialize<'de> for DayStart {
    fn deserialize<D: Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        let text = String::deserialize(de)?;
        NaiveTime::parse_from_str(&text, "%H:%M")
            .map(DayStart)
            .map_err(|_| serde::de::Error::custom(crate::tr!("error-config-time-of-day")))
    }
}

impl Serialize for DayStart {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        ser.serialize_str(&self.0.format("%H:%M").to_string())
    }
}

/// Timings of a session.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct SessionConfig {
    pub target_mins: u32,
    pub first_letdown_secs: u32,
    pub stall_secs: u32,
    pub double_tap_guard_secs: u32,
}

impl Default for SessionConfig {
    fn default() -> Self {
        Self {
            target_mins: 15,
            first_letdown_secs: 120,
            stall_secs: 360,
            double_tap_guard_secs: 3,
        }
    }
}

/// Daily goals and the reminder.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Goals {
    pub sessions_per_day: u32,
    pub minutes_per_day: u32,
    pub remind_after_mins: u32,
    pub window: GoalsWindow,
}

impl Default for Goals {
    fn default() -> Self {
        Self {
            sessions_per_day: 8,
            minutes_per_day: 100,
            remind_after_mins: 180,
            window: GoalsWindow::default(),
        }
    }
}

/// What today's goal bars count: the calendar day (from `day_starts_at`) or
/// the last 24 hours, rolling. A past day always counts its calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
pub enum GoalsWindow {
    #[default]
    #[serde(rename = "day")]
    Day,
    #[serde(rename = "24h")]
    Last24h,
}

/// Which notifications are on.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
#[allow(clippy::struct_excessive_bools)] // each is an independent switch in the file
pub struct Notifications {
    pub desktop: bool,
    pub bell: bool,
    pub phase_change: bool,
    pub stall: bool,
    pub target: bool,
    pub reminder: bool,
}

impl Default for Notifications {
    fn default() -> Self {
        Self {
            desktop: true,
            bell: true,
            phase_change: true,
            stall: true,
            target: true,
            reminder: true,
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Self {
            language: None,
            data_dir: None,
            units: Units::default(),
            clock: ClockStyle::default(),
            day_starts_at: DayStart::default(),
            photo: None,
            night: false,
            session: SessionConfig::default(),
            phases: default_phases(),
            triggers: default_triggers(),
            coach: CoachConfig::default(),
            plans: Vec::new(),
            goals: Goals::default(),
            notifications: Notifications::default(),
            keys: Keys::default(),
            babybuddy: None,
            hooks: Hooks::default(),
            setup: SetupConfig::default(),
            birth_date: None,
        }
    }
}

impl Config {
    /// Parses config text; `file` only labels errors. The first error in
    /// the file stops it: what every command but `config check` needs.
    pub fn parse(text: &str, file: &Path) -> Result<Self, ConfigError> {
        Self::check(text, file).map_err(|mut errors| errors.swap_remove(0))
    }

    /// Parses config text and lists every error, in the order of the file.
    /// A syntax error stops the parse and is the only one; in a file that
    /// parses, each entry that cannot be read is noted and set aside, so that
    /// the rest is read and then validated. Never an empty list.
    pub fn check(text: &str, file: &Path) -> Result<Self, Vec<ConfigError>> {
        gather::every_error(text, file)
    }

    /// The quiet time before the finish line, in seconds; none when off.
    #[must_use]
    pub fn finish_quiet_secs(&self) -> Option<f64> {
        let mins = self.coach.finish_quiet_mins;
        (mins > 0).then(|| f64::from(mins) * 60.0)
    }

    /// The plan's target in seconds.
    #[must_use]
    pub fn target_secs(&self) -> f64 {
        f64::from(self.session.target_mins) * 60.0
    }
}

#[cfg(test)]
mod tests;
