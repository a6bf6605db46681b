//! The `[keys]` table: one binding an action, named and defaulted by the
//! action table in [`crate::keys::actions`].

use std::fmt;

use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::keys::Binding;
use crate::keys::actions::{ACTIONS, Action};

/// Key bindings, one an action, in the action table's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keys {
    bindings: Vec<(Action, Binding)>,
    /// Names in the file that are no action, kept so that the config check
    /// can point at their line (serde's error here knows only the table).
    unknown: Vec<String>,
}

impl Default for Keys {
    fn default() -> Self {
        Self {
            bindings: ACTIONS
                .iter()
                .map(|(action, _, keys)| {
                    let names = keys.iter().filter_map(|k| k.parse().ok()).collect();
                    (*action, Binding(names))
                })
                .collect(),
            unknown: Vec::new(),
        }
    }
}

impl Keys {
    /// The keys bound to an action.
    #[must_use]
    pub fn binding(&self, action: Action) -> &Binding {
        static NONE: Binding = Binding(Vec::new());
        self.bindings
            .iter()
            .find(|(a, _)| *a == action)
            .map_or(&NONE, |(_, binding)| binding)
    }

    /// Binds an action to other keys.
    pub fn set(&mut self, action: Action, binding: Binding) {
        if let Some((_, slot)) = self.bindings.iter_mut().find(|(a, _)| *a == action) {
            *slot = binding;
        }
    }

    /// The names in the file that are no action.
    pub fn unknown(&self) -> impl Iterator<Item = &str> {
        self.unknown.iter().map(String::as_str)
    }

    /// Whether an action is bound to other keys than its default.
    #[must_use]
    pub fn is_rebound(&self, action: Action) -> bool {
        Self::default().binding(action) != self.binding(action)
    }

    /// Every action with its keys, in the action table's order.
    pub fn iter(&self) -> impl Iterator<Item = (Action, &Binding)> {
        self.bindings
            .iter()
            .map(|(action, binding)| (*action, binding))
    }
}

impl<'de> Deserialize<'de> for Keys {
    fn deserialize<D: Deserializer<'de>>(de: D) -> Result<Self, D::Error> {
        struct KeysVisitor;
        impl<'de> Visitor<'de> for KeysVisitor {
            type Value = Keys;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&crate::tr!("error-config-keys-table"))
            }

            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Keys, M::Error> {
                let mut keys = Keys::default();
                while let Some(name) = map.next_key::<String>()? {
                    if let Some(action) = Action::from_name(&name) {
                        keys.set(action, map.next_value()?);
                    } else {
                        map.next_value::<serde::de::IgnoredAny>()?;
                        keys.unknown.push(name);
                    }
                }
                Ok(keys)
            }
        }
        de.deserialize_map(KeysVisitor)
    }
}

impl Serialize for Keys {
    fn serialize<S: Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        ser.collect_map(
            self.bindings
                .iter()
                .map(|(action, binding)| (action.name(), binding)),
        )
    }
}
