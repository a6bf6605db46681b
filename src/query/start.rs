//! What a new session starts with: its plan (the one named, else the one
//! used last), the running experiment's arm and what it changes, and the
//! coach's timings learned from the user's own sessions of that plan.

use chrono::{DateTime, FixedOffset};

use crate::config::Config;
use crate::experiment::{Draw, Experiments};
use crate::session::{Learned, Plan};
use crate::stats::{LEARN_FROM, learn, teaches};
use crate::store::DataDir;

/// The most day folders read back for what the coach learns: a year, so a
/// plan used now and then is found, and a start stays quick.
pub const LEARN_LOOK_BACK_DAYS: usize = 366;

/// A new session's plan, and its arm while an experiment runs.
#[derive(Debug, Clone)]
pub struct NewSession {
    pub plan: Plan,
    pub draw: Option<Draw>,
}

/// What a session starting at `now` runs.
#[must_use]
pub fn new_session(
    data: &DataDir,
    config: &Config,
    named: Option<String>,
    now: DateTime<FixedOffset>,
) -> NewSession {
    let name = named.unwrap_or_else(|| super::last_plan(data, config));
    let mut plan = Plan::named(config, &name).unwrap_or_else(|| Plan::from_config(config));
    let running = Experiments::of(data.root()).running();
    let draw = running
        .as_ref()
        .and_then(|_| super::experiments::next_draw(data, config, now));
    if let (Some(experiment), Some(draw)) = (&running, &draw) {
        plan = experiment.apply(draw.arm.arm, plan, config);
    }
    if config.coach.learn
        && let Some(learned) = learned(data, config, &plan)
    {
        plan = plan.with_learned(learned);
    }
    NewSession { plan, draw }
}

/// What the coach has learned of `plan`: from the newest day folders back,
/// until the last [`LEARN_FROM`] timed sessions of the plan are found.
#[must_use]
pub fn learned(data: &DataDir, config: &Config, plan: &Plan) -> Option<Learned> {
    learn(&recent_timed(data, config, plan))
}

/// What the coach has learned for the next session (the plan `s` starts):
/// what `stats` and the history say.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CoachLearned {
    pub plan: String,
    /// Whether the coach learns at all (`[coach] learn`).
    pub learning: bool,
    /// The plan's timed sessions it looked at (up to [`LEARN_FROM`]).
    pub timed_sessions: usize,
    pub learned: Option<Learned>,
}

impl CoachLearned {
    /// The sentence `stats` and the history print.
    #[must_use]
    pub fn sentence(&self) -> String {
        if self.learning {
            crate::facts::learned::summary(&self.plan, self.learned.as_ref(), self.timed_sessions)
        } else {
            crate::facts::learned::fixed()
        }
    }
}

/// What the coach has learned of the plan used last.
#[must_use]
pub fn coach_learned(data: &DataDir, config: &Config) -> CoachLearned {
    let name = super::last_plan(data, config);
    let plan = Plan::named(config, &name).unwrap_or_else(|| Plan::from_config(config));
    let recent = if config.coach.learn {
        recent_timed(data, config, &plan)
    } else {
        Vec::new()
    };
    CoachLearned {
        plan: plan.name,
        learning: config.coach.learn,
        timed_sessions: recent.len(),
        learned: learn(&recent),
    }
}

/// The last [`LEARN_FROM`] timed sessions of `plan`, oldest first.
fn recent_timed(
    data: &DataDir,
    config: &Config,
    plan: &Plan,
) -> Vec<crate::session::SessionRecord> {
    let name = plan.recorded_name();
    let day_start = config.day_starts_at.0;
    let mut found = Vec::new();
    for day in data.days().into_iter().rev().take(LEARN_LOOK_BACK_DAYS) {
        let listing = data.read_range(day, day, day_start);
        let mut of_day: Vec<_> = listing
            .sessions
            .into_iter()
            .map(|s| s.record)
            .filter(|r| r.plan == name && teaches(r))
            .collect();
        of_day.reverse();
        found.extend(of_day);
        if found.len() >= LEARN_FROM {
            break;
        }
    }
    found.truncate(LEARN_FROM);
    found.reverse();
    found
}
