//! What an experiment found: each arm's figures, and the difference of B
//! from A with a 95 % interval by Welch's t (two samples, variances not
//! assumed equal):
//!
//! - d = mean(B) − mean(A), se = √(s²A/nA + s²B/nB);
//! - the degrees of freedom by Welch–Satterthwaite,
//!   ν = se⁴ / ((s²A/nA)²/(nA−1) + (s²B/nB)²/(nB−1));
//! - the interval d ± t(0.975, ν) · se.
//!
//! It needs two sessions in each arm; a measure a session does not have
//! (no let-down, so no first let-down; no volume given) leaves it out of
//! that measure only. Figures are called only once each arm has the
//! sessions planned (or the experiment has ended): looking at an interval
//! after every session and stopping when it excludes 0 would find
//! differences that are not there.

use statrs::distribution::{ContinuousCDF, StudentsT};

use crate::session::{Arm, SessionRecord};

use super::Experiment;

/// What is compared between the arms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// Let-downs a session.
    Letdowns,
    /// Seconds to the first let-down.
    FirstLetdown,
    /// Millilitres a session, where given.
    Volume,
}

impl Measure {
    pub const ALL: [Self; 3] = [Self::Letdowns, Self::FirstLetdown, Self::Volume];

    /// The session's value of this measure, if it has one.
    #[must_use]
    pub fn of(self, record: &SessionRecord) -> Option<f64> {
        match self {
            Self::Letdowns => Some(record.letdown_count() as f64),
            Self::FirstLetdown => record.first_letdown_secs(),
            Self::Volume => record.result.volume_ml(),
        }
    }
}

/// One arm's figures for one measure.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct ArmFigures {
    /// Sessions with a value.
    pub n: usize,
    pub mean: Option<f64>,
    /// The sample standard deviation (n − 1); none below two sessions.
    pub sd: Option<f64>,
}

impl ArmFigures {
    fn of(values: &[f64]) -> Self {
        let n = values.len();
        let mean = (n > 0).then(|| values.iter().sum::<f64>() / n as f64);
        let sd = mean
            .filter(|_| n > 1)
            .map(|m| (values.iter().map(|v| (v - m).powi(2)).sum::<f64>() / (n - 1) as f64).sqrt());
        Self { n, mean, sd }
    }
}

/// B less A, with its 95 % interval.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Difference {
    pub estimate: f64,
    pub low: f64,
    pub high: f64,
}

impl Difference {
    /// Whether the interval leaves 0 out: a difference these sessions show.
    #[must_use]
    pub fn is_clear(self) -> bool {
        self.low > 0.0 || self.high < 0.0
    }
}

/// The difference of `b` from `a` with a 95 % interval by Welch's t; none
/// with fewer than two values in either.
#[must_use]
pub fn welch_interval(a: &[f64], b: &[f64]) -> Option<Difference> {
    let (fa, fb) = (ArmFigures::of(a), ArmFigures::of(b));
    let (ma, mb, sa, sb) = (fa.mean?, fb.mean?, fa.sd?, fb.sd?);
    let (va, vb) = (sa * sa / fa.n as f64, sb * sb / fb.n as f64);
    let estimate = mb - ma;
    let se = (va + vb).sqrt();
    if se == 0.0 {
        return Some(Difference {
            estimate,
            low: estimate,
            high: estimate,
        });
    }
    let freedom = (va + vb).powi(2) / (va * va / (fa.n - 1) as f64 + vb * vb / (fb.n - 1) as f64);
    let t = StudentsT::new(0.0, 1.0, freedom).ok()?.inverse_cdf(0.975);
    Some(Difference {
        estimate,
        low: estimate - t * se,
        high: estimate + t * se,
    })
}

/// One measure across the two arms.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Compared {
    pub measure: Measure,
    pub a: ArmFigures,
    pub b: ArmFigures,
    /// None until there are enough sessions to call it.
    pub difference: Option<Difference>,
}

/// An experiment's outcome over the sessions that count in it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Outcome {
    /// Sessions in each arm.
    pub sessions_a: usize,
    pub sessions_b: usize,
    /// The sessions planned, both arms together.
    pub planned: usize,
    /// Whether each arm has its sessions (or it ended with two or more each):
    /// the figures are called from then on.
    pub called: bool,
    pub measures: Vec<Compared>,
}

impl Outcome {
    /// The outcome of `experiment` over `records` (any sessions: those that
    /// do not count in it are left out).
    #[must_use]
    pub fn of<'a>(
        experiment: &Experiment,
        records: impl IntoIterator<Item = &'a SessionRecord>,
    ) -> Self {
        let mut arms: [Vec<&SessionRecord>; 2] = [Vec::new(), Vec::new()];
        for record in records.into_iter().filter(|r| experiment.counts(r)) {
            if let Some(e) = &record.experiment {
                arms[usize::from(e.arm == Arm::B)].push(record);
            }
        }
        let per_arm = experiment.sessions as usize;
        let [a, b] = &arms;
        let called = (a.len() >= per_arm && b.len() >= per_arm)
            || (experiment.ended.is_some() && a.len() >= 2 && b.len() >= 2);
        let measures = Measure::ALL
            .into_iter()
            .map(|measure| {
                let values = |arm: &[&SessionRecord]| {
                    arm.iter().filter_map(|r| measure.of(r)).collect::<Vec<_>>()
                };
                let (va, vb) = (values(a), values(b));
                Compared {
                    measure,
                    a: ArmFigures::of(&va),
                    b: ArmFigures::of(&vb),
                    difference: called.then(|| welch_interval(&va, &vb)).flatten(),
                }
            })
            .collect();
        Self {
            sessions_a: a.len(),
            sessions_b: b.len(),
            planned: per_arm * 2,
            called,
            measures,
        }
    }

    /// The sessions so far, both arms together.
    #[must_use]
    pub fn sessions(&self) -> usize {
        self.sessions_a + self.sessions_b
    }
}
