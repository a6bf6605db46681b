//! What the coach learns from the user's own sessions of a plan: when the
//! first let-down usually comes, the usual gap between let-downs, the usual
//! count, and the time by which 90 % of their let-downs had come.
//!
//! From the last [`LEARN_FROM`] timed sessions of the plan (sessions added
//! by hand never count: they have no let-down times), once there are
//! [`LEARN_AFTER`] of them. Each person's pattern is their own and stable
//! over months, so the recent sessions say more about the next one than any
//! fixed default.

use crate::session::{Learned, SessionRecord};

/// Timed sessions of a plan needed before the coach learns from them.
pub const LEARN_AFTER: usize = 10;

/// The most recent sessions of a plan the coach learns from.
pub const LEARN_FROM: usize = 30;

/// The share of let-downs that had come by the finish time.
pub const FINISH_SHARE: f64 = 0.9;

/// Whether a session teaches the coach: timed by letdown, finished.
#[must_use]
pub fn teaches(record: &SessionRecord) -> bool {
    record.entered.is_none() && record.running.is_none()
}

/// What the coach learns from `records` (sessions of one plan, the newest
/// last): none before [`LEARN_AFTER`] timed sessions, or when none of them
/// had a let-down.
#[must_use]
pub fn learn<'a>(records: impl IntoIterator<Item = &'a SessionRecord>) -> Option<Learned> {
    let timed: Vec<&SessionRecord> = records.into_iter().filter(|r| teaches(r)).collect();
    let recent = &timed[timed.len().saturating_sub(LEARN_FROM)..];
    if recent.len() < LEARN_AFTER {
        return None;
    }
    let firsts: Vec<f64> = recent
        .iter()
        .filter_map(|r| r.first_letdown_secs())
        .collect();
    let gaps: Vec<f64> = recent
        .iter()
        .flat_map(|r| r.letdowns.windows(2).map(|w| w[1].at_secs - w[0].at_secs))
        .collect();
    let moments: Vec<f64> = recent
        .iter()
        .flat_map(|r| r.letdowns.iter().map(|l| l.at_secs))
        .collect();
    let counts: Vec<f64> = recent.iter().map(|r| r.letdowns.len() as f64).collect();
    Some(Learned {
        sessions: recent.len(),
        first_secs: quantile(&firsts, 0.5)?,
        gap_secs: quantile(&gaps, 0.5),
        gap_low_secs: quantile(&gaps, 0.25),
        gap_high_secs: quantile(&gaps, 0.75),
        count: quantile(&counts, 0.5).map_or(0, |c| c.round() as usize),
        finish_by_secs: quantile(&moments, FINISH_SHARE)?,
    })
}

/// The `q` quantile of the finite values, interpolated between the two
/// nearest (as R's type 7 and `NumPy`'s default): the median at 0.5.
#[must_use]
pub fn quantile(values: &[f64], q: f64) -> Option<f64> {
    let mut sorted: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    sorted.sort_by(f64::total_cmp);
    let last = sorted.len().checked_sub(1)?;
    let at = q.clamp(0.0, 1.0) * last as f64;
    let (low, high) = (at.floor() as usize, at.ceil() as usize);
    Some(sorted[low] + (sorted[high] - sorted[low]) * (at - low as f64))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::fixtures::session;

    fn session_with_letdowns(at: &[f64]) -> SessionRecord {
        session("2026-12-01T07:00:00+01:00", 900.0, at)
    }

    #[test]
    fn quantiles_interpolate_as_numpy_does() {
        assert_eq!(quantile(&[], 0.5), None);
        assert_eq!(quantile(&[3.0, 1.0, 2.0], 0.5), Some(2.0));
        assert_eq!(quantile(&[4.0, 1.0, 2.0, 3.0], 0.5), Some(2.5));
        // numpy.quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9) == 9.1
        let ten: Vec<f64> = (1..=10).map(f64::from).collect();
        assert!((quantile(&ten, 0.9).expect("values") - 9.1).abs() < 1e-12);
        assert_eq!(quantile(&[f64::NAN, 5.0], 0.25), Some(5.0));
    }

    #[test]
    fn nothing_is_learned_before_ten_timed_sessions_and_hand_entries_never_count() {
        let nine: Vec<SessionRecord> = (0..9)
            .map(|_| session_with_letdowns(&[100.0, 250.0]))
            .collect();
        assert_eq!(learn(&nine), None);
        let mut by_hand = session_with_letdowns(&[]);
        by_hand.entered = Some(crate::session::Entered::ByHand);
        by_hand.letdown_count = Some(4);
        let mut ten = nine.clone();
        ten.push(by_hand);
        assert_eq!(learn(&ten), None, "a hand-entered session is not the tenth");
        ten.push(session_with_letdowns(&[100.0, 250.0]));
        let learned = learn(&ten).expect("ten timed sessions");
        assert_eq!(learned.sessions, 10);
        assert!((learned.first_secs - 100.0).abs() < 1e-9);
        assert_eq!(learned.gap_secs, Some(150.0));
        assert_eq!(learned.count, 2);
    }

    #[test]
    fn the_last_thirty_sessions_alone_teach() {
        let old: Vec<SessionRecord> = (0..40).map(|_| session_with_letdowns(&[300.0])).collect();
        let new: Vec<SessionRecord> = (0..30)
            .map(|i| session_with_letdowns(&[60.0 + f64::from(i), 200.0, 420.0]))
            .collect();
        let all: Vec<&SessionRecord> = old.iter().chain(&new).collect();
        let learned = learn(all).expect("seventy sessions");
        assert_eq!(learned.sessions, 30);
        assert!((learned.first_secs - 74.5).abs() < 1e-9);
        assert_eq!(learned.count, 3);
        // 90 times: 30 near a minute, 30 at 200 s, 30 at 420 s.
        assert!((learned.finish_by_secs - 420.0).abs() < 1e-9);
    }
}
