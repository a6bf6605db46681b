//! The config: its keys and defaults, where it is found, and errors that name
//! `file:line:column: key: what was expected`.
//!
//! Defaults are written once, in `config/default.toml`, which is embedded in
//! the binary: [`Config::default`] is that file parsed.

use std::fmt::{self, Write as _};
use std::path::{Path, PathBuf};

use chrono::NaiveTime;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::keys::Binding;

/// The commented default config, as `letdown config init` writes it.
pub const DEFAULT_TOML: &str = include_str!("../config/default.toml");

/// Everything the user can set.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_dir: Option<PathBuf>,
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
    pub goals: Goals,
    #[serde(default)]
    pub notifications: Notifications,
    #[serde(default)]
    pub keys: Keys,
}

/// Units for volumes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Units {
    #[default]
    Ml,
    Oz,
}

/// 24-hour or 12-hour clock for times of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
pub enum ClockStyle {
    #[default]
    #[serde(rename = "24h")]
    H24,
    #[serde(rename = "12h")]
    H12,
}

/// The time of day at which a new day begins, "HH:MM".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DayStart(pub NaiveTime);

impl<'de> Deserialize<'de> for DayStart {
    fn deserialize<D: Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        let text = String::deserialize(de)?;
        NaiveTime::parse_from_str(&text, "%H:%M")
            .map(DayStart)
            .map_err(|_| {
                serde::de::Error::custom("expected a time of day as \"HH:MM\", like \"04:00\"")
            })
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
}

/// One coach trigger.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TriggerConfig {
    pub name: String,
    pub prompt: String,
}

/// Daily goals and the reminder.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Goals {
    pub sessions_per_day: u32,
    pub minutes_per_day: u32,
    pub remind_after_mins: u32,
}

impl Default for Goals {
    fn default() -> Self {
        Self {
            sessions_per_day: 8,
            minutes_per_day: 100,
            remind_after_mins: 180,
        }
    }
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

/// Key bindings, one field an action.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Keys {
    pub letdown: Binding,
    pub undo: Binding,
    pub pause: Binding,
    pub next: Binding,
    pub back: Binding,
    pub extend: Binding,
    pub shorten: Binding,
    pub end: Binding,
    pub quit: Binding,
    pub help: Binding,
    pub prev_day: Binding,
    pub next_day: Binding,
    pub today: Binding,
    pub up: Binding,
    pub down: Binding,
    pub open: Binding,
    pub edit: Binding,
    pub delete: Binding,
    pub start: Binding,
    pub history: Binding,
}

impl Default for Keys {
    fn default() -> Self {
        Self {
            letdown: "space".into(),
            undo: "u".into(),
            pause: "p".into(),
            next: "n".into(),
            back: "b".into(),
            extend: "+".into(),
            shorten: "-".into(),
            end: "e".into(),
            quit: "q".into(),
            help: "?".into(),
            prev_day: "left".into(),
            next_day: "right".into(),
            today: "t".into(),
            up: "up".into(),
            down: "down".into(),
            open: "enter".into(),
            edit: "v".into(),
            delete: "x".into(),
            start: "s".into(),
            history: "h".into(),
        }
    }
}

fn positive_secs<'de, D: Deserializer<'de>>(de: D) -> Result<Option<u32>, D::Error> {
    let secs = u32::deserialize(de)?;
    if secs == 0 {
        return Err(serde::de::Error::custom(
            "expected a number of seconds above 0 (leave `secs` out for an open-ended phase)",
        ));
    }
    Ok(Some(secs))
}

fn non_empty_phases<'de, D: Deserializer<'de>>(de: D) -> Result<Vec<PhaseConfig>, D::Error> {
    let phases = Vec::<PhaseConfig>::deserialize(de)?;
    if phases.is_empty() {
        return Err(serde::de::Error::custom("expected at least one phase"));
    }
    Ok(phases)
}

fn default_phases() -> Vec<PhaseConfig> {
    builtin().phases.clone()
}

fn default_triggers() -> Vec<TriggerConfig> {
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

impl Default for Config {
    fn default() -> Self {
        Self {
            data_dir: None,
            units: Units::default(),
            clock: ClockStyle::default(),
            day_starts_at: DayStart::default(),
            photo: None,
            night: false,
            session: SessionConfig::default(),
            phases: default_phases(),
            triggers: default_triggers(),
            goals: Goals::default(),
            notifications: Notifications::default(),
            keys: Keys::default(),
        }
    }
}

/// A config that cannot be used, located as precisely as the text allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
    /// The dotted key, like `session.stall_secs` or `phases[2].secs`; empty
    /// when the error is not about one key (a syntax error).
    pub key: String,
    pub expected: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: ", self.file.display(), self.line, self.column)?;
        if !self.key.is_empty() {
            write!(f, "{}: ", self.key)?;
        }
        f.write_str(&self.expected)
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    /// Parses config text; `file` only labels errors.
    pub fn parse(text: &str, file: &Path) -> Result<Self, ConfigError> {
        let config: Self = toml::from_str(text).map_err(|err| locate(text, file, &err))?;
        config.validate(text, file)?;
        Ok(config)
    }

    /// Checks what the types alone cannot: keys bound twice on one screen,
    /// trigger names that repeat.
    fn validate(&self, text: &str, file: &Path) -> Result<(), ConfigError> {
        let session = [
            ("letdown", &self.keys.letdown),
            ("undo", &self.keys.undo),
            ("pause", &self.keys.pause),
            ("next", &self.keys.next),
            ("back", &self.keys.back),
            ("extend", &self.keys.extend),
            ("shorten", &self.keys.shorten),
            ("end", &self.keys.end),
            ("quit", &self.keys.quit),
            ("help", &self.keys.help),
        ];
        let day = [
            ("prev_day", &self.keys.prev_day),
            ("next_day", &self.keys.next_day),
            ("today", &self.keys.today),
            ("up", &self.keys.up),
            ("down", &self.keys.down),
            ("open", &self.keys.open),
            ("edit", &self.keys.edit),
            ("delete", &self.keys.delete),
            ("start", &self.keys.start),
            ("history", &self.keys.history),
            ("quit", &self.keys.quit),
            ("help", &self.keys.help),
        ];
        for screen in [&session[..], &day[..]] {
            for (i, (name, binding)) in screen.iter().enumerate() {
                for (other, other_binding) in &screen[..i] {
                    if let Some(key) = binding.0.iter().find(|k| other_binding.is_bound(**k)) {
                        return Err(error_at_key(
                            text,
                            file,
                            &["keys", name],
                            format!("`{key}` is already bound to `{other}`"),
                        ));
                    }
                }
            }
        }
        for (i, trigger) in self.triggers.iter().enumerate() {
            if self.triggers[..i].iter().any(|t| t.name == trigger.name) {
                let index = i.to_string();
                return Err(error_at_key(
                    text,
                    file,
                    &["triggers", &index, "name"],
                    format!("the trigger name `{}` is used twice", trigger.name),
                ));
            }
        }
        Ok(())
    }

    /// The plan's target in seconds.
    #[must_use]
    pub fn target_secs(&self) -> f64 {
        f64::from(self.session.target_mins) * 60.0
    }
}

/// Turns a toml error into file, line, column and key.
fn locate(text: &str, file: &Path, err: &toml::de::Error) -> ConfigError {
    let span = err.span().unwrap_or(0..0);
    let (line, column) = line_column(text, span.start);
    let key = toml::de::DeTable::parse(text)
        .map(|doc| key_path(doc.get_ref(), &span))
        .unwrap_or_default();
    ConfigError {
        file: file.to_path_buf(),
        line,
        column,
        key,
        expected: err.message().trim().to_string(),
    }
}

/// An error located at the deepest part of `path` the text holds; a part
/// that is a number indexes an array (`["triggers", "1", "name"]`).
fn error_at_key(text: &str, file: &Path, path: &[&str], expected: String) -> ConfigError {
    use toml::de::DeValue;
    let mut start = 0;
    if let Ok(doc) = toml::de::DeTable::parse(text) {
        let mut table = Some(doc.get_ref());
        let mut array: Option<&[toml::Spanned<DeValue<'_>>]> = None;
        for part in path {
            let next = match (part.parse::<usize>(), array) {
                (Ok(i), Some(items)) => items.get(i).map(|item| (item.span(), item)),
                _ => table
                    .and_then(|t| t.get_key_value(*part))
                    .map(|(key, value)| (key.span(), value)),
            };
            let Some((span, value)) = next else {
                break;
            };
            start = span.start;
            (table, array) = match value.get_ref() {
                DeValue::Table(inner) => (Some(inner), None),
                DeValue::Array(items) => (None, Some(items.as_ref())),
                _ => (None, None),
            };
        }
    }
    let (line, column) = line_column(text, start);
    let mut key = String::new();
    for part in path {
        if part.parse::<usize>().is_ok() {
            let _ = write!(key, "[{part}]");
        } else {
            if !key.is_empty() {
                key.push('.');
            }
            key.push_str(part);
        }
    }
    ConfigError {
        file: file.to_path_buf(),
        line,
        column,
        key,
        expected,
    }
}

/// 1-based line and column of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or("");
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// The dotted path of the innermost key whose entry holds `span`.
fn key_path(table: &toml::de::DeTable<'_>, span: &std::ops::Range<usize>) -> String {
    walk_table(table, span).unwrap_or_default()
}

fn contains(outer: &std::ops::Range<usize>, inner: &std::ops::Range<usize>) -> bool {
    outer.start <= inner.start && inner.end <= outer.end && outer.start < outer.end
}

/// A table's span covers only its header, so every entry is searched.
fn walk_table(table: &toml::de::DeTable<'_>, span: &std::ops::Range<usize>) -> Option<String> {
    table.iter().find_map(|(key, value)| {
        let name = key.get_ref().to_string();
        if let Some(inner) = walk_value(value.get_ref(), span) {
            let sep = if inner.starts_with('[') { "" } else { "." };
            Some(format!("{name}{sep}{inner}"))
        } else if contains(&key.span(), span) || contains(&value.span(), span) {
            Some(name)
        } else {
            None
        }
    })
}

fn walk_value(value: &toml::de::DeValue<'_>, span: &std::ops::Range<usize>) -> Option<String> {
    match value {
        toml::de::DeValue::Table(inner) => walk_table(inner, span),
        toml::de::DeValue::Array(items) => {
            items
                .iter()
                .enumerate()
                .find_map(|(i, item)| match walk_value(item.get_ref(), span) {
                    Some(inner) => Some(format!("[{i}].{inner}")),
                    None => contains(&item.span(), span).then(|| format!("[{i}]")),
                })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_default_is_the_default() {
        let parsed =
            Config::parse(DEFAULT_TOML, Path::new("default.toml")).expect("default parses");
        assert_eq!(parsed, Config::default());
    }

    #[test]
    fn an_empty_file_is_all_defaults() {
        let parsed = Config::parse("", Path::new("c.toml")).expect("empty parses");
        assert_eq!(parsed, Config::default());
        assert_eq!(parsed.phases.len(), 5);
        assert_eq!(parsed.triggers.len(), 10);
    }

    #[test]
    fn errors_name_line_column_and_key() {
        let text = "units = \"ml\"\n[session]\nstall_secs = -5\n";
        let err = Config::parse(text, Path::new("c.toml")).expect_err("negative refused");
        assert_eq!((err.line, err.column), (3, 14));
        assert_eq!(err.key, "session.stall_secs");
        assert!(
            err.to_string()
                .starts_with("c.toml:3:14: session.stall_secs: "),
            "{err}"
        );
    }

    #[test]
    fn unknown_keys_are_errors() {
        let err =
            Config::parse("[goals]\nsesions_per_day = 3\n", Path::new("c.toml")).expect_err("typo");
        assert_eq!(err.line, 2);
        assert!(err.expected.contains("sesions_per_day"), "{err}");
    }

    #[test]
    fn array_entries_are_located() {
        let text = "[[phases]]\nname = \"A\"\nsecs = 10\n\n[[phases]]\nname = \"B\"\nsecs = 0\n";
        let err = Config::parse(text, Path::new("c.toml")).expect_err("zero secs");
        assert_eq!(err.key, "phases[1].secs");
        assert_eq!(err.line, 7);
    }

    #[test]
    fn a_key_bound_twice_is_an_error() {
        let err =
            Config::parse("[keys]\nundo = \"space\"\n", Path::new("c.toml")).expect_err("clash");
        assert_eq!(err.key, "keys.undo");
        assert_eq!(err.line, 2);
    }
}
