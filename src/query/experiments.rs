//! The questions asked of an experiment: its sessions, its outcome, and the
//! arm of the next session.

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::config::Config;
use crate::experiment::{Draw, Experiment, Experiments, Outcome};
use crate::session::ExperimentArm;
use crate::store::{DataDir, Listing, day_at};

/// The sessions of the days the experiment ran, up to `today` (or the day
/// it ended).
#[must_use]
pub fn experiment_days(
    data: &DataDir,
    config: &Config,
    experiment: &Experiment,
    today: NaiveDate,
) -> Listing {
    let day_start = config.day_starts_at.0;
    let from = day_at(experiment.started.0.naive_local(), day_start);
    let to = experiment
        .ended
        .map_or(today, |ended| day_at(ended.0.naive_local(), day_start))
        .max(from);
    data.read_range(from, to, day_start)
}

/// The experiment's outcome over its sessions so far.
#[must_use]
pub fn experiment_outcome(
    data: &DataDir,
    config: &Config,
    experiment: &Experiment,
    today: NaiveDate,
) -> Outcome {
    let listing = experiment_days(data, config, experiment, today);
    Outcome::of(experiment, listing.sessions.iter().map(|s| &s.record))
}

/// The experiments that ran on some day of `from..=to`, the newest first,
/// each with its outcome as of `today`.
#[must_use]
pub fn experiments_in(
    data: &DataDir,
    config: &Config,
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
) -> Vec<(Experiment, Outcome)> {
    let day_start = config.day_starts_at.0;
    Experiments::of(data.root())
        .list()
        .0
        .into_iter()
        .filter(|e| {
            let began = day_at(e.started.0.naive_local(), day_start);
            let ended = e
                .ended
                .map_or(today, |end| day_at(end.0.naive_local(), day_start));
            began <= to && ended >= from
        })
        .map(|e| {
            let outcome = experiment_outcome(data, config, &e, today);
            (e, outcome)
        })
        .collect()
}

/// The running experiment and its outcome so far, if one runs.
#[must_use]
pub fn running_experiment(
    data: &DataDir,
    config: &Config,
    today: NaiveDate,
) -> Option<(Experiment, Outcome)> {
    let experiment = Experiments::of(data.root()).running()?;
    let outcome = experiment_outcome(data, config, &experiment, today);
    Some((experiment, outcome))
}

/// The running experiment's arm for a session starting at `now`: the arm of
/// its n-th session, n the sessions that count in it so far. None when no
/// experiment runs.
#[must_use]
pub fn next_draw(data: &DataDir, config: &Config, now: DateTime<FixedOffset>) -> Option<Draw> {
    let experiment = Experiments::of(data.root()).running()?;
    let today = super::today(config, now);
    let listing = experiment_days(data, config, &experiment, today);
    let n = listing
        .sessions
        .iter()
        .filter(|s| experiment.counts(&s.record))
        .count() as u64;
    let arm = experiment.arm_of(n);
    Some(Draw {
        text: experiment.text(arm).to_string(),
        arm: ExperimentArm {
            name: experiment.name.clone(),
            arm,
        },
    })
}
