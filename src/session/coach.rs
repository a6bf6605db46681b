//! The stall coach: when to offer a trigger, and which one. A trigger is
//! offered `first_letdown_secs` into a session with no let-down yet, then
//! `stall_secs` after the later of the last let-down and the last trigger;
//! the triggers take turns, passing over one the current phase already asks for.

use super::plan::{Plan, PlanPhase};
use super::record::SessionRecord;

/// The active second at which the coach next offers a trigger; none when
/// the plan has no triggers.
#[must_use]
pub fn stall_at(plan: &Plan, record: &SessionRecord) -> Option<f64> {
    if plan.triggers.is_empty() {
        return None;
    }
    let last_letdown = record.letdowns.last().map(|l| l.at_secs);
    let last_trigger = record.triggers.last().map(|t| t.at_secs);
    Some(match (last_letdown, last_trigger) {
        (None, None) => plan.first_letdown_secs,
        (l, t) => l.unwrap_or(0.0).max(t.unwrap_or(0.0)) + plan.stall_secs,
    })
}

/// The index of the next trigger in the rotation, after the last one shown,
/// passing over one that only repeats what `phase` already asks for (no
/// "try a massage" while massaging). The plan must have triggers.
#[must_use]
pub fn next_trigger(plan: &Plan, record: &SessionRecord, phase: Option<&PlanPhase>) -> usize {
    let count = plan.triggers.len();
    let first = record
        .triggers
        .last()
        .and_then(|t| plan.triggers.iter().position(|p| p.name == t.name))
        .map_or(0, |last| (last + 1) % count);
    let phase_words = phase.map(|p| words(&p.name)).unwrap_or_default();
    (0..count)
        .map(|step| (first + step) % count)
        .find(|&i| {
            !words(&plan.triggers[i].name)
                .iter()
                .any(|w| phase_words.contains(w))
        })
        .unwrap_or(first)
}

/// The words of a name that say something (longer than three letters).
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 3)
        .map(str::to_lowercase)
        .collect()
}
