//! The `[keys]` table: one binding an action, with the defaults the help
//! screen shows.

use serde::{Deserialize, Serialize};

use crate::keys::Binding;

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
