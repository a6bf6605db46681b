//! How an experiment's figures read, on every face: plain words about the
//! user's own sessions, never advice.

use crate::basics::{Units, printable};
use crate::experiment::{ArmFigures, Difference, Experiment, Measure, Outcome};
use crate::session::ExperimentArm;

use super::{Length, Volume};

/// Said under every experiment's figures.
pub const ONLY_YOURS: &str =
    "In your sessions only: what helps you, not advice. The interval is 95 % (Welch's t).";

/// What a measure is called.
#[must_use]
pub fn measure_name(measure: Measure) -> &'static str {
    match measure {
        Measure::Letdowns => "let-downs a session",
        Measure::FirstLetdown => "time to the first let-down",
        Measure::Volume => "volume a session",
    }
}

/// An arm's mean of a measure as it reads: `4.2`, `2m10s`, `95 ml`; a
/// dash when no session has it.
#[must_use]
pub fn mean(measure: Measure, figures: ArmFigures, units: Units) -> String {
    figures
        .mean
        .map_or_else(|| "–".to_string(), |m| amount(measure, m, units))
}

fn amount(measure: Measure, value: f64, units: Units) -> String {
    match measure {
        Measure::Letdowns => format!("{value:.1}"),
        Measure::FirstLetdown => Length::of(value).to_string(),
        Measure::Volume => Volume::new(value, units).to_string(),
    }
}

/// One row a measure, as every face lays it out: the measure, A's mean,
/// B's mean, and what it says.
#[must_use]
pub fn rows(experiment: &Experiment, outcome: &Outcome, units: Units) -> Vec<[String; 4]> {
    outcome
        .measures
        .iter()
        .map(|m| {
            [
                measure_name(m.measure).to_string(),
                mean(m.measure, m.a, units),
                mean(m.measure, m.b, units),
                verdict(experiment, outcome, m.measure, units),
            ]
        })
        .collect()
}

/// One experiment in one line, for the history: its name, state, progress
/// and what the let-downs say.
#[must_use]
pub fn summary_line(experiment: &Experiment, outcome: &Outcome, units: Units) -> String {
    format!(
        "Experiment {} ({}, {}): let-downs {}",
        experiment.name,
        state(experiment),
        progress(outcome),
        verdict(experiment, outcome, Measure::Letdowns, units)
    )
}

/// "running" or "ended".
#[must_use]
pub fn state(experiment: &Experiment) -> &'static str {
    if experiment.is_running() {
        "running"
    } else {
        "ended"
    }
}

/// How far the experiment has come: "6 of 20 sessions".
#[must_use]
pub fn progress(outcome: &Outcome) -> String {
    format!("{} of {} sessions", outcome.sessions(), outcome.planned)
}

/// What one measure says, in plain words: "not enough sessions yet (6 of
/// 20)", "no clear difference so far", "with B: 1.2 more let-downs a
/// session (0.4 to 2.0)".
#[must_use]
pub fn verdict(
    experiment: &Experiment,
    outcome: &Outcome,
    measure: Measure,
    units: Units,
) -> String {
    if !outcome.called {
        return format!(
            "not enough sessions yet ({} of {})",
            outcome.sessions(),
            outcome.planned
        );
    }
    let Some(d) = outcome
        .measures
        .iter()
        .find(|m| m.measure == measure)
        .and_then(|m| m.difference)
    else {
        return "too few sessions with this figure to tell".to_string();
    };
    if !d.is_clear() {
        return if experiment.is_running() {
            "no clear difference so far".to_string()
        } else {
            "no clear difference".to_string()
        };
    }
    format!("with B: {}", difference(measure, d, units))
}

/// A clear difference of B from A, with its interval.
fn difference(measure: Measure, d: Difference, units: Units) -> String {
    let more = d.estimate > 0.0;
    // The interval as sizes in the estimate's direction, smaller first.
    let (near, far) = if more {
        (d.low, d.high)
    } else {
        (-d.high, -d.low)
    };
    match measure {
        Measure::Letdowns => format!(
            "{:.1} {} let-downs a session ({near:.1} to {far:.1})",
            d.estimate.abs(),
            if more { "more" } else { "fewer" }
        ),
        Measure::FirstLetdown => format!(
            "the first let-down {} {} ({} to {})",
            Length::of(d.estimate.abs()),
            if more { "later" } else { "sooner" },
            Length::of(near),
            Length::of(far)
        ),
        Measure::Volume => format!(
            "{} {} a session ({} to {})",
            Volume::new(d.estimate.abs(), units),
            if more { "more" } else { "less" },
            Volume::new(near, units).number(),
            Volume::new(far, units)
        ),
    }
}

/// A session's condition while in an experiment: "no compress (B)", or
/// "experiment compress, B" when its words are not at hand (a resumed session).
#[must_use]
pub fn condition(arm: &ExperimentArm, text: Option<&str>) -> String {
    match text {
        Some(text) => format!("{} ({})", printable(text), arm.arm.letter()),
        None => format!("experiment {}, {}", arm.name, arm.arm.letter()),
    }
}

/// The line a session starts with while an experiment runs:
/// "This session: no compress (B)".
#[must_use]
pub fn this_session(condition: &str) -> String {
    format!("This session: {condition}")
}

/// The day screen's line for the running experiment.
#[must_use]
pub fn running_line(experiment: &Experiment, outcome: &Outcome) -> String {
    format!(
        "Experiment {}: {} ({} / {})",
        experiment.name,
        progress(outcome),
        printable(&experiment.a),
        printable(&experiment.b)
    )
}

/// Said when a session is left out of the experiment.
pub const LEFT_OUT: &str = "this session is left out of the experiment";

/// Said when a session is to be left out and no experiment runs.
pub const NONE_RUNNING: &str = "no experiment is running";

/// What B changes beyond its text, when letdown changes something.
#[must_use]
pub fn b_changes(experiment: &Experiment) -> Option<String> {
    match (&experiment.plan_b, &experiment.skip_phase_b) {
        (Some(plan), _) => Some(format!("B runs the plan {}", printable(plan))),
        (None, Some(phase)) => Some(format!("B leaves out the phase {}", printable(phase))),
        (None, None) => None,
    }
}
