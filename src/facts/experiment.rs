//! How an experiment's figures read, on every face: plain words about the
//! user's own sessions, never advice.

use crate::basics::{Units, printable};
use crate::experiment::{ArmFigures, Difference, Experiment, Measure, Outcome};
use crate::session::ExperimentArm;

use super::words::fixed;
use super::{Length, Volume};
use crate::i18n::decimal;
use crate::tr;

/// Said under every experiment's figures.
#[must_use]
pub fn only_yours() -> String {
    tr!("facts-only-yours")
}

/// What a measure is called.
#[must_use]
pub fn measure_name(measure: Measure) -> &'static str {
    match measure {
        Measure::Letdowns => fixed("facts-measure-letdowns"),
        Measure::FirstLetdown => fixed("facts-measure-first-letdown"),
        Measure::Volume => fixed("facts-measure-volume"),
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
        Measure::Letdowns => decimal(value, 1),
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
    tr!(
        "facts-experiment-summary",
        name = experiment.name.as_str(),
        state = state(experiment),
        progress = progress(outcome),
        verdict = verdict(experiment, outcome, Measure::Letdowns, units)
    )
}

/// "running" or "ended".
#[must_use]
pub fn state(experiment: &Experiment) -> &'static str {
    if experiment.is_running() {
        fixed("facts-experiment-running")
    } else {
        fixed("facts-experiment-ended")
    }
}

/// How far the experiment has come: "6 of 20 sessions".
#[must_use]
pub fn progress(outcome: &Outcome) -> String {
    tr!(
        "facts-experiment-progress",
        done = outcome.sessions(),
        planned = outcome.planned
    )
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
        return tr!(
            "facts-verdict-not-enough",
            done = outcome.sessions(),
            planned = outcome.planned
        );
    }
    let Some(d) = outcome
        .measures
        .iter()
        .find(|m| m.measure == measure)
        .and_then(|m| m.difference)
    else {
        return tr!("facts-verdict-too-few");
    };
    if !d.is_clear() {
        return if experiment.is_running() {
            tr!("facts-verdict-unclear-so-far")
        } else {
            tr!("facts-verdict-unclear")
        };
    }
    tr!(
        "facts-verdict-with-b",
        difference = difference(measure, d, units)
    )
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
    let (size, near, far) = match measure {
        Measure::Letdowns => (
            decimal(d.estimate.abs(), 1),
            decimal(near, 1),
            decimal(far, 1),
        ),
        Measure::FirstLetdown => (
            Length::of(d.estimate.abs()).to_string(),
            Length::of(near).to_string(),
            Length::of(far).to_string(),
        ),
        Measure::Volume => (
            Volume::new(d.estimate.abs(), units).to_string(),
            Volume::new(near, units).number(),
            Volume::new(far, units).to_string(),
        ),
    };
    match (measure, more) {
        (Measure::Letdowns, true) => {
            tr!("facts-more-letdowns", size = size, near = near, far = far)
        }
        (Measure::Letdowns, false) => {
            tr!("facts-fewer-letdowns", size = size, near = near, far = far)
        }
        (Measure::FirstLetdown, true) => {
            tr!("facts-first-later", size = size, near = near, far = far)
        }
        (Measure::FirstLetdown, false) => {
            tr!("facts-first-sooner", size = size, near = near, far = far)
        }
        (Measure::Volume, true) => tr!("facts-more-volume", size = size, near = near, far = far),
        (Measure::Volume, false) => tr!("facts-less-volume", size = size, near = near, far = far),
    }
}

/// A session's condition while in an experiment: "no compress (B)", or
/// "experiment compress, B" when its words are not at hand (a resumed session).
#[must_use]
pub fn condition(arm: &ExperimentArm, text: Option<&str>) -> String {
    if let Some(text) = text {
        format!("{} ({})", printable(text), arm.arm.letter())
    } else {
        tr!(
            "facts-experiment-arm",
            name = arm.name.as_str(),
            arm = arm.arm.letter().to_string()
        )
    }
}

/// The line a session starts with while an experiment runs:
/// "This session: no compress (B)".
#[must_use]
pub fn this_session(condition: &str) -> String {
    tr!("facts-this-session", condition = condition)
}

/// The day screen's line for the running experiment.
#[must_use]
pub fn running_line(experiment: &Experiment, outcome: &Outcome) -> String {
    tr!(
        "facts-experiment-running-line",
        name = experiment.name.as_str(),
        progress = progress(outcome),
        a = printable(&experiment.a).into_owned(),
        b = printable(&experiment.b).into_owned()
    )
}

/// Said when a session is left out of the experiment.
#[must_use]
pub fn left_out() -> String {
    tr!("facts-experiment-left-out")
}

/// Said when a session is to be left out and no experiment runs.
#[must_use]
pub fn none_running() -> String {
    tr!("facts-experiment-none-running")
}

/// What B changes beyond its text, when letdown changes something.
#[must_use]
pub fn b_changes(experiment: &Experiment) -> Option<String> {
    match (&experiment.plan_b, &experiment.skip_phase_b) {
        (Some(plan), _) => Some(tr!(
            "facts-b-runs-plan",
            plan = printable(plan).into_owned()
        )),
        (None, Some(phase)) => Some(tr!(
            "facts-b-skips-phase",
            phase = printable(phase).into_owned()
        )),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use chrono::DateTime;

    use super::*;
    use crate::experiment::{Compared, Outcome};
    use crate::session::Timestamp;

    fn compress() -> Experiment {
        Experiment {
            name: "compress".into(),
            a: "warm compress first".into(),
            b: "no compress".into(),
            plan_b: None,
            skip_phase_b: None,
            sessions: 10,
            seed: 1,
            started: Timestamp(
                DateTime::parse_from_rfc3339("2026-12-01T07:00:00+01:00").expect("a time"),
            ),
            ended: None,
        }
    }

    fn outcome() -> Outcome {
        let arm = |mean| ArmFigures {
            n: 5,
            mean: Some(mean),
            sd: Some(0.5),
        };
        Outcome {
            sessions_a: 5,
            sessions_b: 5,
            planned: 10,
            called: true,
            measures: vec![Compared {
                measure: Measure::Letdowns,
                a: arm(3.0),
                b: arm(4.2),
                difference: Some(Difference {
                    estimate: 1.2,
                    low: 0.4,
                    high: 2.0,
                }),
            }],
        }
    }

    #[test]
    fn an_experiment_reads_in_english_and_in_spanish() {
        let (experiment, outcome) = (compress(), outcome());
        assert_eq!(
            summary_line(&experiment, &outcome, Units::Ml),
            "Experiment compress (running, 10 of 10 sessions): let-downs with B: \
             1.2 more let-downs a session (0.4 to 2.0)"
        );
        crate::i18n::set_language_here(Some(crate::i18n::Lang::find("es").expect("Spanish")));
        assert_eq!(
            summary_line(&experiment, &outcome, Units::Ml),
            "Experimento compress (en curso, 10 de 10 sesiones): bajadas: con B: \
             1,2 bajadas más por sesión (de 0,4 a 2,0)"
        );
        assert_eq!(
            rows(&experiment, &outcome, Units::Ml)[0][..3],
            ["bajadas por sesión", "3,0", "4,2"]
        );
        crate::i18n::set_language_here(None);
    }
}
