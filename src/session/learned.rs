//! What the coach expects of this user: learned from their own sessions of
//! the plan (the figures come from `stats::learn`), applied within bounds:
//! the wait for the first let-down between 30 s and twice the config's
//! `first_letdown_secs`, the stall wait between 60 s and twice its
//! `stall_secs`. The config's values are the default until then.

use serde::Serialize;

use super::plan::Plan;

/// The shortest wait for a first let-down the coach learns.
pub const MIN_FIRST_SECS: f64 = 30.0;

/// The shortest stall wait the coach learns.
pub const MIN_STALL_SECS: f64 = 60.0;

/// What the coach learned, in active seconds from a session's start.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Learned {
    /// The sessions it was learned from.
    pub sessions: usize,
    /// The first let-down's usual time (median), over the sessions that had one.
    pub first_secs: f64,
    /// The usual gap between let-downs (median), and the middle half of
    /// gaps (quartiles): "the next one often within 2–3 min".
    pub gap_secs: Option<f64>,
    pub gap_low_secs: Option<f64>,
    pub gap_high_secs: Option<f64>,
    /// The usual count of let-downs (median, whole).
    pub count: usize,
    /// The time by which 90 % of let-downs had come.
    pub finish_by_secs: f64,
}

impl Plan {
    /// The plan with the coach's timings learned: the first trigger at the
    /// user's usual first let-down, a stall after their usual gap, and the
    /// finish line past the time by which 90 % of their let-downs had come.
    #[must_use]
    pub fn with_learned(mut self, learned: Learned) -> Self {
        let first_max = (2.0 * self.first_letdown_secs).max(MIN_FIRST_SECS);
        self.first_letdown_secs = learned.first_secs.clamp(MIN_FIRST_SECS, first_max);
        if let Some(gap) = learned.gap_secs {
            let stall_max = (2.0 * self.stall_secs).max(MIN_STALL_SECS);
            self.stall_secs = gap.clamp(MIN_STALL_SECS, stall_max);
        }
        self.learned = Some(learned);
        self
    }
}
