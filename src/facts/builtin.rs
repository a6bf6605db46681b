//! The coach's built-in words in the user's language. A phase name, phase
//! prompt, trigger prompt or plan description that is exactly the text
//! letdown ships (in `config/default.toml`, its built-in plans and the
//! pump-mode cues) reads from `i18n/<language>/coach.ftl`; a text the user
//! wrote in their config reads as written. Every face shows these texts
//! through here, and the session file keeps the text it was given.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

use crate::config::{PhaseConfig, STANDARD_PLAN, builtin_coach, builtin_plans};
use crate::i18n;
use crate::session::CUE_PROMPTS;

/// Each built-in English text with the id of its message: phase names by
/// name, phase prompts by plan and phase, trigger prompts by trigger id,
/// plan descriptions by plan id.
static BUILT_IN: LazyLock<HashMap<&'static str, String>> = LazyLock::new(|| {
    let mut ids = HashMap::new();
    let (phases, triggers) = builtin_coach();
    let plans = std::iter::once((STANDARD_PLAN, phases)).chain(
        builtin_plans()
            .iter()
            .map(|plan| (plan.name.as_str(), plan.phases.as_slice())),
    );
    for (plan, phases) in plans {
        for PhaseConfig { name, prompt, .. } in phases {
            ids.entry(name.as_str())
                .or_insert_with(|| format!("coach-phase-{}", slug(name)));
            if !prompt.is_empty() {
                ids.entry(prompt.as_str())
                    .or_insert_with(|| format!("coach-prompt-{plan}-{}", slug(name)));
            }
        }
    }
    let triggers = triggers
        .iter()
        .map(|t| (t.name.as_str(), t.prompt.as_str()))
        .chain(CUE_PROMPTS);
    for (id, prompt) in triggers {
        ids.entry(prompt)
            .or_insert_with(|| format!("coach-trigger-{id}"));
    }
    for plan in builtin_plans() {
        if !plan.description.is_empty() {
            ids.entry(plan.description.as_str())
                .or_insert_with(|| format!("coach-plan-{}", plan.name));
        }
    }
    ids
});

/// A name as a message id's tail: `Warm compress` is `warm-compress`.
fn slug(name: &str) -> String {
    name.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// The one rule: `text` in the user's language when it is exactly a
/// built-in text, else as it is.
#[must_use]
pub fn words(text: &str) -> Cow<'_, str> {
    match BUILT_IN.get(text) {
        Some(id) => Cow::Owned(i18n::text(id, None)),
        None => Cow::Borrowed(text),
    }
}

/// A phase's name as the user reads it: "Masaje" for the built-in
/// "Massage", a name of their own as written.
#[must_use]
pub fn phase_name(name: &str) -> Cow<'_, str> {
    words(name)
}

/// A phase's prompt as the user reads it.
#[must_use]
pub fn phase_prompt(prompt: &str) -> Cow<'_, str> {
    words(prompt)
}

/// A trigger's (or a pump-mode cue's) prompt as the user reads it.
#[must_use]
pub fn trigger_prompt(prompt: &str) -> Cow<'_, str> {
    words(prompt)
}

/// A plan's description as the user reads it.
#[must_use]
pub fn plan_description(description: &str) -> Cow<'_, str> {
    words(description)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn every_built_in_text_has_its_message_and_reads_the_same_in_english() {
        assert!(BUILT_IN.len() > 30, "the built-in texts are found");
        for (text, id) in BUILT_IN.iter() {
            assert!(
                i18n::has_message(Lang::ENGLISH, id),
                "`{id}` ({text}) is missing in i18n/en/coach.ftl"
            );
            assert_eq!(
                i18n::text_in(Lang::ENGLISH, id, None),
                *text,
                "`{id}` must be the built-in text itself"
            );
        }
    }

    #[test]
    fn a_built_in_trigger_reads_in_spanish_and_the_user_s_own_as_written() {
        i18n::set_language_here(Some(Lang::find("es").expect("Spanish")));
        assert_eq!(
            trigger_prompt("Try a warm, moist cloth on your breasts."),
            "Prueba un paño tibio y húmedo sobre los pechos."
        );
        assert_eq!(
            trigger_prompt("Sing to the baby monitor."),
            "Sing to the baby monitor."
        );
        assert_eq!(phase_name("Warm compress"), "Compresa tibia");
        assert_eq!(phase_name("Warm compresses"), "Warm compresses");
        assert_eq!(
            plan_description(&builtin_plans()[0].description),
            crate::tr!("coach-plan-power")
        );
        assert_eq!(
            trigger_prompt(crate::session::CUE_PROMPTS[0].1),
            "La leche fluye: pon el sacaleches en su modo de extracción."
        );
        i18n::set_language_here(None);
        assert_eq!(
            trigger_prompt("Try a warm, moist cloth on your breasts."),
            "Try a warm, moist cloth on your breasts."
        );
    }
}
