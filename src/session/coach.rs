//! The stall coach: when to offer a trigger, and which one. Each pumping
//! block (the whole session, or the pumping between rests) is coached as a
//! session of its own: a trigger is offered `first_letdown_secs` into a
//! block with no let-down yet, then `stall_secs` after the later of the last
//! let-down and the last trigger; the triggers take turns, passing over one
//! the current phase already asks for. With the pump-mode cues on, the first
//! let-down of a block brings the cue for the expression mode, and the
//! first stall after it the cue for the stimulation mode.

use super::plan::{EXPRESSION_CUE, Plan, PlanPhase, PromptKind};
use super::record::SessionRecord;

/// The active second at which the coach next offers a trigger in the block
/// that began at `block`; none when the plan has no triggers.
#[must_use]
pub fn stall_at(plan: &Plan, record: &SessionRecord, block: f64) -> Option<f64> {
    if plan.triggers.is_empty() {
        return None;
    }
    let last_letdown = record
        .letdowns
        .last()
        .map(|l| l.at_secs)
        .filter(|at| *at >= block);
    let last_trigger = record
        .triggers
        .last()
        .map(|t| t.at_secs)
        .filter(|at| *at >= block);
    Some(match (last_letdown, last_trigger) {
        (None, None) => block + plan.first_letdown_secs,
        (l, t) => block.max(l.unwrap_or(0.0)).max(t.unwrap_or(0.0)) + plan.stall_secs,
    })
}

/// Whether a let-down at `at` is the first of the block that began at
/// `block`, and so brings the cue for the expression mode.
#[must_use]
pub fn wants_expression(plan: &Plan, record: &SessionRecord, block: f64, at: f64) -> bool {
    !plan.cues.is_empty()
        && !record
            .letdowns
            .iter()
            .any(|l| l.at_secs >= block && l.at_secs < at)
}

/// Whether a stall now should suggest the stimulation mode: the pump was
/// last told to go to its expression mode in this block, and has not been
/// told otherwise since the last let-down.
#[must_use]
pub fn wants_stimulation(plan: &Plan, record: &SessionRecord, block: f64) -> bool {
    if plan.cues.len() < 2 {
        return false;
    }
    let since_letdown = record
        .letdowns
        .last()
        .map_or(block, |l| l.at_secs.max(block));
    let last_cue = record
        .triggers
        .iter()
        .rev()
        .filter(|t| t.at_secs >= block)
        .find(|t| PromptKind::of(&t.name) == PromptKind::Cue);
    match last_cue {
        Some(cue) if cue.name == EXPRESSION_CUE => true,
        Some(cue) => cue.at_secs < since_letdown,
        None => false,
    }
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
