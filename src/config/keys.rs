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
                f.write_str("a table of actions and their keys")
            }

            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Keys, M::Error> {
                let mut keys = Keys::default();
                while let Some(name) = map.next_key::<String>()? {
                    let Some(action) = Action::from_name(&name) else {
                        let known: Vec<&str> = Action::names().collect();
                        return Err(serde::de::Error::custom(format!(
                            "unknown action `{name}`, expected one of {}",
                            known.join(", ")
                        )));
                    };
                    keys.set(action, map.next_value()?);
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
