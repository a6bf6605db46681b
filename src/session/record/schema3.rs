//! What schema 3 adds to a session, and only this (SPEC.md "The session
//! file"): the pump setup it ran with, the side of each let-down and the
//! changes of side, and the experiment arm it belonged to.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{SessionRecord, rounded_secs};
use crate::session::InvalidRecord;

/// The narrowest and widest flange a setup can name, in millimetres.
pub const FLANGE_MM: std::ops::RangeInclusive<f64> = 10.0..=40.0;

/// The longest name a setup or an experiment holds, in characters.
pub const MAX_NAME_CHARS: usize = 60;

/// The pump setup a session ran with; every field optional.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Setup {
    /// The pump, as the user names it ("Spectra S1").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pump: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flange_left_mm: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flange_right_mm: Option<f64>,
    /// The suction level as the pump shows it: a number or a word.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suction: Option<Suction>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<Method>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sides: Option<Sides>,
}

impl Setup {
    /// Whether it names nothing at all (then the file leaves it out).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// A suction level as the pump shows it ("6", "max"): kept as text, and
/// written back as a number when it is one, as the user wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suction(pub String);

impl fmt::Display for Suction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Suction {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        match self.0.parse::<i64>() {
            Ok(level) if level.to_string() == self.0 => ser.serialize_i64(level),
            _ => ser.serialize_str(&self.0),
        }
    }
}

impl<'de> Deserialize<'de> for Suction {
    fn deserialize<D: Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Written {
            Level(i64),
            Fraction(f64),
            Word(String),
        }
        Ok(Self(match Written::deserialize(de)? {
            Written::Level(level) => level.to_string(),
            Written::Fraction(level) => level.to_string(),
            Written::Word(word) => word,
        }))
    }
}

/// How the milk was expressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum Method {
    #[serde(rename = "pump")]
    Pump,
    #[serde(rename = "hand")]
    Hand,
    #[serde(rename = "pump+hand")]
    PumpAndHand,
}

impl Method {
    /// The word in the file and the config.
    #[must_use]
    pub fn word(self) -> &'static str {
        match self {
            Self::Pump => "pump",
            Self::Hand => "hand",
            Self::PumpAndHand => "pump+hand",
        }
    }
}

/// Which sides were pumped, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sides {
    Both,
    Left,
    Right,
    /// One side, then the other: the session records each change.
    OneAtATime,
}

impl Sides {
    /// The word in the file and the config.
    #[must_use]
    pub fn word(self) -> &'static str {
        match self {
            Self::Both => "both",
            Self::Left => "left",
            Self::Right => "right",
            Self::OneAtATime => "one-at-a-time",
        }
    }
}

/// One breast.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Left,
    Right,
}

impl Side {
    /// The other side.
    #[must_use]
    pub fn other(self) -> Self {
        match self {
            Self::Left => Self::Right,
            Self::Right => Self::Left,
        }
    }

    /// The word in the file.
    #[must_use]
    pub fn word(self) -> &'static str {
        match self {
            Self::Left => "left",
            Self::Right => "right",
        }
    }
}

/// A change of side, one side at a time.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SideSwitch {
    /// Active seconds since the start.
    #[serde(serialize_with = "rounded_secs")]
    pub at_secs: f64,
    /// The side pumped from then on.
    pub side: Side,
}

/// The experiment a session belonged to, and its arm.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ExperimentArm {
    pub name: String,
    pub arm: Arm,
}

/// One of an experiment's two conditions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Arm {
    A,
    B,
}

impl Arm {
    /// The letter users see and the file holds, in capitals.
    #[must_use]
    pub fn letter(self) -> &'static str {
        match self {
            Self::A => "A",
            Self::B => "B",
        }
    }
}

impl SessionRecord {
    /// Checks what schema 3 adds: flanges within [`FLANGE_MM`], names that
    /// are printable and short, and changes of side in order.
    pub(crate) fn validate_schema_3(&self) -> Result<(), InvalidRecord> {
        if let Some(setup) = &self.setup {
            setup.validate()?;
        }
        if let Some(experiment) = &self.experiment {
            check_name(&experiment.name, "experiment's name")?;
        }
        if self
            .switches
            .windows(2)
            .any(|pair| pair[1].at_secs < pair[0].at_secs)
        {
            return Err(InvalidRecord::SwitchOrder);
        }
        Ok(())
    }
}

impl Setup {
    /// Checks a setup, in a session or the config.
    pub fn validate(&self) -> Result<(), InvalidRecord> {
        if let Some(bad) = [self.flange_left_mm, self.flange_right_mm]
            .into_iter()
            .flatten()
            .find(|mm| !FLANGE_MM.contains(mm))
        {
            return Err(InvalidRecord::Flange(bad));
        }
        if let Some(pump) = &self.pump {
            check_name(pump, "pump's name")?;
        }
        if let Some(suction) = &self.suction {
            check_name(&suction.0, "suction level")?;
        }
        Ok(())
    }
}

/// A name a user typed: not blank, at most [`MAX_NAME_CHARS`], and nothing
/// a terminal would act on.
fn check_name(name: &str, what: &'static str) -> Result<(), InvalidRecord> {
    let plain = name.chars().all(crate::basics::is_plain);
    if plain && !name.trim().is_empty() && name.chars().count() <= MAX_NAME_CHARS {
        Ok(())
    } else {
        Err(InvalidRecord::Name(what))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, Deserialize, Serialize)]
    struct Holder {
        setup: Setup,
    }

    #[test]
    fn a_suction_level_stays_a_number_and_a_word_stays_a_word() {
        for (text, level) in [("suction = 6", "6"), ("suction = \"max\"", "max")] {
            let held: Holder = toml::from_str(&format!("[setup]\n{text}\n")).expect("reads");
            assert_eq!(held.setup.suction, Some(Suction(level.to_string())));
            let again = toml::to_string(&held).expect("writes");
            assert!(again.contains(text), "{again}");
        }
        let held: Holder = toml::from_str("[setup]\nsuction = 5.5\n").expect("reads");
        assert_eq!(held.setup.suction, Some(Suction("5.5".to_string())));
    }

    #[test]
    fn the_words_of_the_file_are_the_words_of_the_spec() {
        let text = "[setup]\nmethod = \"pump+hand\"\nsides = \"one-at-a-time\"\n";
        let held: Holder = toml::from_str(text).expect("reads");
        assert_eq!(held.setup.method, Some(Method::PumpAndHand));
        assert_eq!(held.setup.sides, Some(Sides::OneAtATime));
        assert_eq!(toml::to_string(&held).expect("writes"), text);
        assert!(toml::from_str::<Holder>("[setup]\nsides = \"three\"\n").is_err());
    }

    #[test]
    fn a_setup_is_checked_like_everything_else() {
        let good = Setup {
            pump: Some("Spectra S1".into()),
            flange_left_mm: Some(24.0),
            flange_right_mm: Some(21.0),
            ..Setup::default()
        };
        assert_eq!(good.validate(), Ok(()));
        for mm in [9.9, 40.5, f64::NAN] {
            let bad = Setup {
                flange_right_mm: Some(mm),
                ..good.clone()
            };
            assert!(
                matches!(bad.validate(), Err(InvalidRecord::Flange(_))),
                "{mm}"
            );
        }
        for pump in ["", "  ", "a\u{1b}[2J", &"x".repeat(61)] {
            let bad = Setup {
                pump: Some(pump.to_string()),
                ..good.clone()
            };
            assert_eq!(bad.validate(), Err(InvalidRecord::Name("pump's name")));
        }
    }

    #[test]
    fn a_session_uses_schema_3_only_for_what_schema_3_adds() {
        use crate::stats::fixtures::full_session;
        let mut record = full_session();
        assert!(record.schema_needed() < super::super::SCHEMA);
        record.setup = Some(Setup::default());
        assert!(
            record.schema_needed() < super::super::SCHEMA,
            "an empty setup"
        );
        record.experiment = Some(ExperimentArm {
            name: "compress".into(),
            arm: Arm::B,
        });
        assert_eq!(record.schema_needed(), super::super::SCHEMA);
        let text = record.to_toml().expect("writes");
        assert!(text.starts_with("schema = 3"), "{text}");
        assert!(
            text.contains("[experiment]\nname = \"compress\"\narm = \"b\""),
            "{text}"
        );
        let back: SessionRecord = toml::from_str(&text).expect("reads back");
        assert_eq!(back.experiment, record.experiment);
        record.switches = vec![
            SideSwitch {
                at_secs: 90.0,
                side: Side::Right,
            },
            SideSwitch {
                at_secs: 30.0,
                side: Side::Left,
            },
        ];
        assert_eq!(record.validate(), Err(InvalidRecord::SwitchOrder));
    }
}
