//! `[setup]`: the pump setup a first session starts with (later ones start
//! with the last session's), and the baby's birth date for the report.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::Config;
use super::error::{ConfigError, error_at_key};
use crate::session::{FLANGE_MM, Method, Setup, Sides, Suction};

/// The config's `[setup]`; every key optional.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SetupConfig {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pump: Option<String>,
    /// One size for both sides.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flange_mm: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flange_left_mm: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flange_right_mm: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suction: Option<Suction>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<Method>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sides: Option<Sides>,
}

impl SetupConfig {
    /// Whether the table names nothing.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// The setup a session records: `flange_mm` stands for both sides
    /// where a side is not named on its own.
    #[must_use]
    pub fn setup(&self) -> Setup {
        Setup {
            pump: self.pump.clone(),
            flange_left_mm: self.flange_left_mm.or(self.flange_mm),
            flange_right_mm: self.flange_right_mm.or(self.flange_mm),
            suction: self.suction.clone(),
            method: self.method,
            sides: self.sides,
        }
    }
}

impl Config {
    /// `[setup]`'s values that its types alone cannot check, each at its
    /// line: flanges in range, one size or two, names a session can hold.
    pub(super) fn check_setup(&self, text: &str, file: &Path) -> Vec<ConfigError> {
        let setup = &self.setup;
        let mut errors = Vec::new();
        let mut at = |key: &str, expected: String| {
            errors.push(error_at_key(text, file, &["setup", key], expected));
        };
        for (key, mm) in [
            ("flange_mm", setup.flange_mm),
            ("flange_left_mm", setup.flange_left_mm),
            ("flange_right_mm", setup.flange_right_mm),
        ] {
            if mm.is_some_and(|mm| !FLANGE_MM.contains(&mm)) {
                at(
                    key,
                    crate::tr!(
                        "error-config-flange",
                        from = FLANGE_MM.start().to_string(),
                        to = FLANGE_MM.end().to_string()
                    ),
                );
            }
        }
        if setup.flange_mm.is_some()
            && setup.flange_left_mm.is_some()
            && setup.flange_right_mm.is_some()
        {
            at("flange_mm", crate::tr!("error-config-flange-all-three"));
        }
        let names = [
            ("pump", setup.pump.as_deref()),
            ("suction", setup.suction.as_ref().map(|s| s.0.as_str())),
        ];
        for (key, name) in names {
            let only = Setup {
                pump: name.map(str::to_string),
                ..Setup::default()
            };
            if let Err(why) = only.validate() {
                let why = why.to_string().replace("pump's name", key);
                at(key, crate::tr!("error-config-a-name", why = why));
            }
        }
        errors
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_flange_size_is_both_sides_and_a_side_of_its_own_wins() {
        let config: Config = Config::parse(
            "[setup]\nflange_mm = 24\nflange_right_mm = 21\n",
            Path::new("c"),
        )
        .expect("reads");
        let setup = config.setup.setup();
        assert_eq!(setup.flange_left_mm, Some(24.0));
        assert_eq!(setup.flange_right_mm, Some(21.0));
    }

    #[test]
    fn a_bad_value_names_its_line() {
        let text = "units = \"ml\"\n\n[setup]\npump = \"Spectra S1\"\nflange_left_mm = 45\nsides = \"three\"\nsuction = \"\"\n";
        let errors = Config::check(text, Path::new("c.toml")).expect_err("refused");
        let said: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert!(
            said.iter().any(|e| e.starts_with(
                "c.toml:5:1: setup.flange_left_mm: expected a flange size from 10 to 40 mm"
            )),
            "{said:?}"
        );
        assert!(
            said.iter()
                .any(|e| e.starts_with("c.toml:6:") && e.contains("setup.sides")),
            "{said:?}"
        );
        assert!(
            said.iter()
                .any(|e| e.starts_with("c.toml:7:1: setup.suction")),
            "{said:?}"
        );
        let good = "birth_date = 2026-10-01\n[setup]\nsuction = 6\nmethod = \"pump+hand\"\nsides = \"one-at-a-time\"\n";
        let config = Config::check(good, Path::new("c")).expect("good");
        assert_eq!(
            config.birth_date.map(|b| b.0.to_string()).as_deref(),
            Some("2026-10-01")
        );
        let said = Config::check("birth_date = 2026-13-01\n", Path::new("c.toml"))
            .expect_err("not a date")
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n");
        assert!(said.contains("c.toml:1:"), "{said}");
    }
}

/// The baby's birth date (`birth_date = 2026-10-01`), for the baby's age in
/// weeks in the report; a TOML date, or the same as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BirthDate(pub chrono::NaiveDate);

impl<'de> Deserialize<'de> for BirthDate {
    fn deserialize<D: serde::Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Written {
            Date(toml::value::Datetime),
            Text(String),
        }
        let text = match Written::deserialize(de)? {
            Written::Date(date) if date.time.is_none() && date.offset.is_none() => date.to_string(),
            Written::Date(_) => String::new(),
            Written::Text(text) => text,
        };
        chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
            .map(BirthDate)
            .map_err(|_| serde::de::Error::custom(crate::tr!("error-config-a-date")))
    }
}

impl Serialize for BirthDate {
    fn serialize<S: serde::Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        ser.serialize_str(&self.0.format("%Y-%m-%d").to_string())
    }
}
