//! What the types alone cannot check: keys bound twice on one screen, and
//! trigger names that repeat.

use std::path::Path;

use super::Config;
use super::error::{ConfigError, error_at_key};

impl Config {
    /// Checks what the types alone cannot: keys bound twice on one screen,
    /// trigger names that repeat.
    pub(super) fn validate(&self, text: &str, file: &Path) -> Result<(), ConfigError> {
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
}
