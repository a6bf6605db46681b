//! Key names as the config and the help screen spell them ("space", "ctrl-c", "u").
//!
//! They live outside the TUI so that the config can be checked, with its line
//! and column, before any terminal is touched.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub mod actions;
mod contexts;
mod rows;
mod words;

pub use contexts::KeyContext;
pub use rows::Row;

/// A key without modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Code {
    /// A printable character.
    Char(char),
    Space,
    Enter,
    Esc,
    Tab,
    /// Shift-Tab, as terminals send it.
    BackTab,
    Backspace,
    Delete,
    Left,
    Right,
    Up,
    Down,
    Home,
    End,
    PageUp,
    PageDown,
    /// A function key, 1 to 12.
    F(u8),
}

/// A key with its modifiers, as bound to an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyName {
    pub code: Code,
    pub ctrl: bool,
    pub alt: bool,
}

impl KeyName {
    /// A plain key without modifiers.
    #[must_use]
    pub const fn plain(code: Code) -> Self {
        Self {
            code,
            ctrl: false,
            alt: false,
        }
    }

    /// Whether the key is typed as text: a character without ctrl or alt.
    #[must_use]
    pub fn is_printable(self) -> bool {
        matches!(self.code, Code::Char(_) | Code::Space) && !self.ctrl && !self.alt
    }

    /// Ctrl-C, which always leaves as `quit` does.
    #[must_use]
    pub fn is_ctrl_c(self) -> bool {
        self.ctrl && !self.alt && self.code == Code::Char('c')
    }
}

const NAMED: &[(&str, Code)] = &[
    ("space", Code::Space),
    ("enter", Code::Enter),
    ("esc", Code::Esc),
    ("tab", Code::Tab),
    ("backtab", Code::BackTab),
    ("backspace", Code::Backspace),
    ("delete", Code::Delete),
    ("left", Code::Left),
    ("right", Code::Right),
    ("up", Code::Up),
    ("down", Code::Down),
    ("home", Code::Home),
    ("end", Code::End),
    ("pageup", Code::PageUp),
    ("pagedown", Code::PageDown),
];

impl FromStr for KeyName {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let mut rest = text;
        let mut key = Self::plain(Code::Space);
        loop {
            let lower = rest.to_ascii_lowercase();
            if lower.starts_with("ctrl-") && rest.len() > 5 {
                key.ctrl = true;
                rest = &rest[5..];
            } else if lower.starts_with("alt-") && rest.len() > 4 {
                key.alt = true;
                rest = &rest[4..];
            } else {
                break;
            }
        }
        let lower = rest.to_ascii_lowercase();
        let mut chars = rest.chars();
        key.code = if let (Some(c), None) = (chars.next(), chars.next()) {
            if c == ' ' {
                Code::Space
            } else if c.is_control() {
                return Err(crate::tr!("keys-not-a-key", text = text));
            } else if key.ctrl || key.alt {
                // Terminals send ctrl- and alt- letters in lower case.
                Code::Char(c.to_ascii_lowercase())
            } else {
                Code::Char(c)
            }
        } else if let Some((_, code)) = NAMED.iter().find(|(name, _)| *name == lower) {
            *code
        } else if let Some(n) = lower.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
            if !(1..=12).contains(&n) {
                return Err(crate::tr!("keys-function-keys", text = text));
            }
            Code::F(n)
        } else {
            return Err(crate::tr!("keys-not-a-key-name", text = text));
        };
        let sent = key.as_terminals_send_it();
        if sent != key {
            return Err(crate::tr!(
                "keys-never-reaches",
                text = text,
                sent = sent.to_string()
            ));
        }
        Ok(key)
    }
}

impl KeyName {
    /// The key letdown reads when this one is typed. A terminal sends a
    /// ctrl- key as an ASCII control byte, and some bytes are also other
    /// keys: ctrl-i is Tab's byte, ctrl-m Enter's, ctrl-[ Esc's, and ctrl-@
    /// and ctrl-2 are the byte that reads as ctrl-space. Such a binding
    /// would never fire (and its footer would lie), so the config refuses it.
    #[must_use]
    pub fn as_terminals_send_it(self) -> Self {
        let Self { code, ctrl, alt } = self;
        let read = |code| Self { code, ctrl, alt };
        let plain = |code| Self {
            code,
            ctrl: false,
            alt,
        };
        if !ctrl {
            return self;
        }
        match code {
            Code::Char('i') => plain(Code::Tab),
            Code::Char('m') => plain(Code::Enter),
            Code::Char('[' | '3') => plain(Code::Esc),
            Code::Char('8') => plain(Code::Backspace),
            Code::Char('@' | '2') => read(Code::Space),
            // The bytes 0x1c to 0x1f read as ctrl-4 to ctrl-7.
            Code::Char('\\') => read(Code::Char('4')),
            Code::Char(']') => read(Code::Char('5')),
            Code::Char('^') => read(Code::Char('6')),
            Code::Char('_' | '/') => read(Code::Char('7')),
            _ => self,
        }
    }
}

impl fmt::Display for KeyName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("ctrl-")?;
        }
        if self.alt {
            f.write_str("alt-")?;
        }
        match self.code {
            Code::Char(c) => write!(f, "{c}"),
            Code::F(n) => write!(f, "f{n}"),
            code => {
                let name = NAMED
                    .iter()
                    .find(|(_, c)| *c == code)
                    .map_or("?", |(name, _)| name);
                f.write_str(name)
            }
        }
    }
}

/// One or several keys bound to an action: `"u"` or `["space", "enter"]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding(pub Vec<KeyName>);

impl Binding {
    fn parse_one(text: &str) -> Result<KeyName, String> {
        text.parse()
    }

    /// Whether `key` is one of this binding's keys.
    #[must_use]
    pub fn is_bound(&self, key: KeyName) -> bool {
        self.0.contains(&key)
    }

    /// The first key, as the footer shows it.
    #[must_use]
    pub fn label(&self) -> String {
        self.0.first().map(ToString::to_string).unwrap_or_default()
    }
}

impl From<&str> for Binding {
    fn from(text: &str) -> Self {
        Self(text.parse().into_iter().collect())
    }
}

impl<'de> Deserialize<'de> for Binding {
    fn deserialize<D: Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum OneOrMany {
            One(String),
            Many(Vec<String>),
        }
        let names = match OneOrMany::deserialize(de)
            .map_err(|_| serde::de::Error::custom(crate::tr!("keys-expected-names")))?
        {
            OneOrMany::One(name) => vec![name],
            OneOrMany::Many(names) => names,
        };
        if names.is_empty() {
            return Err(serde::de::Error::custom(crate::tr!("keys-expected-one")));
        }
        names
            .iter()
            .map(|name| Self::parse_one(name))
            .collect::<Result<Vec<_>, _>>()
            .map(Binding)
            .map_err(serde::de::Error::custom)
    }
}

impl Serialize for Binding {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        if let [one] = self.0.as_slice() {
            ser.serialize_str(&one.to_string())
        } else {
            ser.collect_seq(self.0.iter().map(ToString::to_string))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for name in [
            "space", "u", "ctrl-c", "alt-x", "f5", "enter", "+", "?", "left",
        ] {
            let key: KeyName = name.parse().expect(name);
            assert_eq!(key.to_string(), name);
        }
    }

    #[test]
    fn bad_names_are_refused() {
        for name in ["", "spacebar", "f13", "f0", "ctrl-", "\u{7}"] {
            assert!(name.parse::<KeyName>().is_err(), "{name:?} was accepted");
        }
    }

    #[test]
    fn keys_a_terminal_sends_as_another_are_refused_naming_that_one() {
        for (name, sent) in [
            ("ctrl-i", "`tab`"),
            ("ctrl-m", "`enter`"),
            ("ctrl-[", "`esc`"),
            ("ctrl-@", "`ctrl-space`"),
            ("ctrl-2", "`ctrl-space`"),
            ("alt-ctrl-i", "`alt-tab`"),
            ("ctrl-\\", "`ctrl-4`"),
        ] {
            let err = name.parse::<KeyName>().expect_err(name);
            assert!(
                err.contains(&format!("sends {sent} for it")),
                "{name}: {err}"
            );
        }
        // The byte of ctrl-space reads back as ctrl-space; ctrl-j and ctrl-h
        // have bytes of their own.
        for name in [
            "ctrl-space",
            "ctrl-j",
            "ctrl-h",
            "ctrl-4",
            "ctrl-l",
            "alt-i",
        ] {
            let key: KeyName = name.parse().expect(name);
            assert_eq!(key.to_string(), name);
        }
    }

    #[test]
    fn a_literal_space_is_space() {
        assert_eq!(" ".parse::<KeyName>(), Ok(KeyName::plain(Code::Space)));
    }
}
