//! What the types alone cannot check: keys bound twice in one context, keys
//! the app could not honour, and trigger names that repeat.

use std::path::Path;

use super::Config;
use super::error::{ConfigError, error_at_key};
use crate::keys::KeyContext;
use crate::keys::actions::Action;
use crate::keys::{Code, KeyName};

/// Keys a form keeps for editing its text fields.
pub const FORM_EDITING_KEYS: [Code; 6] = [
    Code::Left,
    Code::Right,
    Code::Home,
    Code::End,
    Code::Backspace,
    Code::Delete,
];

/// Whether a character can be part of a volume typed in the summary ("40",
/// "1.5oz", "40 ml"), so that it must be typed rather than act.
#[must_use]
pub fn is_volume_char(c: char) -> bool {
    c.is_ascii_digit() || matches!(c.to_ascii_lowercase(), '.' | ',' | 'm' | 'l' | 'o' | 'z')
}

impl Config {
    /// Checks what the types alone cannot: keys bound twice in one context,
    /// keys the app could not honour, trigger names that repeat. Every
    /// problem is listed, not only the first.
    pub(super) fn validate(&self, text: &str, file: &Path) -> Vec<ConfigError> {
        let mut errors = Vec::new();
        let known: Vec<&str> = Action::names().collect();
        for name in self.keys.unknown() {
            errors.push(error_at_key(
                text,
                file,
                &["keys", name],
                crate::tr!(
                    "error-config-unknown-action",
                    name = name,
                    known = known.join(", ")
                ),
            ));
        }
        for (action, expected) in self.check_keys() {
            errors.push(error_at_key(text, file, &["keys", action.name()], expected));
        }
        errors.extend(self.check_plans(text, file));
        errors.extend(self.check_babybuddy(text, file));
        for (i, trigger) in self.triggers.iter().enumerate() {
            if self.triggers[..i].iter().any(|t| t.name == trigger.name) {
                let index = i.to_string();
                errors.push(error_at_key(
                    text,
                    file,
                    &["triggers", &index, "name"],
                    crate::tr!("error-config-trigger-twice", name = trigger.name.as_str()),
                ));
            }
        }
        errors
    }

    /// The plans: each named once, not `standard` (the top-level phases are
    /// that one), and each with a phase to pump in, as the top-level too.
    fn check_plans(&self, text: &str, file: &Path) -> Vec<ConfigError> {
        use crate::basics::PhaseKind;
        let mut errors = Vec::new();
        let all_rest =
            |phases: &[super::PhaseConfig]| phases.iter().all(|p| p.kind == Some(PhaseKind::Rest));
        if all_rest(&self.phases) {
            errors.push(error_at_key(
                text,
                file,
                &["phases"],
                crate::tr!("error-config-all-rest"),
            ));
        }
        for (i, plan) in self.plans.iter().enumerate() {
            let index = i.to_string();
            let name = plan.name.trim();
            let problem = if name.is_empty() {
                Some(crate::tr!("error-config-plan-name"))
            } else if name == super::STANDARD_PLAN {
                Some(crate::tr!("error-config-plan-standard"))
            } else if self.plans[..i].iter().any(|p| p.name.trim() == name) {
                Some(crate::tr!("error-config-plan-twice", name = name))
            } else {
                None
            };
            if let Some(expected) = problem {
                errors.push(error_at_key(
                    text,
                    file,
                    &["plans", &index, "name"],
                    expected,
                ));
            }
            if all_rest(&plan.phases) {
                errors.push(error_at_key(
                    text,
                    file,
                    &["plans", &index, "phases"],
                    crate::tr!("error-config-all-rest"),
                ));
            }
        }
        errors
    }

    /// Every binding the app could not honour, with why; a clash or a key a
    /// form needs is told once an action, in the first context where it happens.
    fn check_keys(&self) -> Vec<(Action, String)> {
        let mut problems = Vec::new();
        for (action, binding) in self.keys.iter() {
            if binding.0.is_empty() {
                problems.push((action, crate::tr!("error-config-no-key")));
            }
            if action != Action::Quit
                && let Some(key) = binding.0.iter().find(|k| k.is_ctrl_c())
            {
                problems.push((
                    action,
                    crate::tr!("error-config-key-leaves", key = key.to_string()),
                ));
            }
        }
        let mut told = Vec::new();
        for context in KeyContext::ALL {
            let rows = context.rows();
            for (i, row) in rows.iter().enumerate() {
                let binding = self.keys.binding(row.action);
                for other in &rows[..i] {
                    if other.action == row.action {
                        continue;
                    }
                    if let Some(key) = binding
                        .0
                        .iter()
                        .find(|k| self.keys.binding(other.action).is_bound(**k))
                    {
                        // Point at the line the user wrote, not at a default.
                        let (named, taken) = if self.keys.is_rebound(row.action)
                            || !self.keys.is_rebound(other.action)
                        {
                            (row.action, other.action)
                        } else {
                            (other.action, row.action)
                        };
                        if !told.contains(&named) {
                            told.push(named);
                            problems.push((
                                named,
                                crate::tr!(
                                    "error-config-key-taken",
                                    key = key.to_string(),
                                    taken = taken.name(),
                                    screen = context.label()
                                ),
                            ));
                        }
                    }
                }
                if context.is_form()
                    && !told.contains(&row.action)
                    && let Some(problem) = check_form_key(row.action, binding.0.as_slice(), context)
                {
                    told.push(row.action);
                    problems.push(problem);
                }
            }
        }
        problems
    }
}

/// A form types printable keys into its note and edits with the editing
/// keys, so an action there must leave those alone; the let-down key must
/// also leave what a volume is typed with.
fn check_form_key(
    action: Action,
    keys: &[KeyName],
    context: KeyContext,
) -> Option<(Action, String)> {
    for key in keys {
        let plain = !key.ctrl && !key.alt;
        if plain && FORM_EDITING_KEYS.contains(&key.code) {
            return Some((
                action,
                crate::tr!(
                    "error-config-key-edits",
                    key = key.to_string(),
                    screen = context.label()
                ),
            ));
        }
        let typed = match action {
            // The let-down key records in the volume fields: it must not be part of a volume.
            Action::Letdown => plain && matches!(key.code, Code::Char(c) if is_volume_char(c)),
            // These must act from the note too, where printable keys are typed.
            Action::Save | Action::Cancel | Action::NextField | Action::PrevField => {
                key.is_printable()
            }
            _ => false,
        };
        if typed {
            return Some((
                action,
                crate::tr!(
                    "error-config-key-typed",
                    key = key.to_string(),
                    screen = context.label()
                ),
            ));
        }
    }
    None
}
