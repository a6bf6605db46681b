//! The user's own let-down pattern and the coach's triggers table.
//!
//! Each person's pattern is stable from session to session, so medians over
//! their own sessions say more than any published average, and a median is
//! not thrown by one long or interrupted session.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::session::{PromptKind, SessionRecord, TriggerShown};

/// How soon after a trigger was shown a let-down counts as following it, in
/// active seconds: the window of [`is_followed`].
pub const TRIGGER_WINDOW_SECS: f64 = 120.0;

/// Fewer showings than this, over all triggers, tell nothing yet: one lucky
/// let-down would make a trigger look like a sure thing.
pub const TRIGGER_SHOWINGS_TO_TELL: usize = 3;

/// The user's typical session.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Pattern {
    /// How many sessions the medians are taken over.
    pub sessions: usize,
    /// Over the sessions that had a let-down.
    pub median_first_letdown_secs: Option<f64>,
    /// Over all sessions, those without a let-down included.
    pub median_letdowns: Option<f64>,
    /// Over every pair of consecutive let-downs in a session.
    pub median_gap_secs: Option<f64>,
}

/// One row of the triggers table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TriggerFigures {
    /// The trigger's name, as `[[triggers]]` in the config has it.
    pub name: String,
    /// A trigger or a pump-mode cue.
    pub kind: PromptKind,
    /// How many times the coach showed it.
    pub shown: usize,
    /// How many of those a let-down followed within [`TRIGGER_WINDOW_SECS`].
    pub followed_by_letdown: usize,
}

impl TriggerFigures {
    /// The share of its showings a let-down followed, in whole percent
    /// (rounded down, so 2 of 3 is 66 %, never more than was seen).
    #[must_use]
    pub fn percent_followed(&self) -> usize {
        self.share_followed().percent()
    }

    /// The share of its showings a let-down followed.
    #[must_use]
    pub fn share_followed(&self) -> crate::facts::Share {
        crate::facts::Share {
            part: self.followed_by_letdown,
            whole: self.shown,
        }
    }
}

/// Whether a let-down followed a prompt the coach showed: one came strictly
/// after it (the expression cue is shown at the let-down that brings it,
/// which does not count) and within [`TRIGGER_WINDOW_SECS`]. The one rule
/// the session detail, the history, `stats` and the reports count by.
#[must_use]
pub fn is_followed(record: &SessionRecord, shown: &TriggerShown) -> bool {
    record.letdowns.iter().any(|l| {
        let after = l.at_secs - shown.at_secs;
        after > 0.0 && after <= TRIGGER_WINDOW_SECS
    })
}

/// Whether the prompts were shown often enough, all together, for their
/// shares to mean anything.
#[must_use]
pub fn enough_to_tell<'a>(shown: impl IntoIterator<Item = &'a TriggerFigures>) -> bool {
    shown.into_iter().map(|t| t.shown).sum::<usize>() >= TRIGGER_SHOWINGS_TO_TELL
}

/// The medians of the given sessions that the app timed (one added by hand
/// has no let-down times to learn from).
#[must_use]
pub fn pattern<'a>(sessions: impl IntoIterator<Item = &'a SessionRecord>) -> Pattern {
    let mut result = Pattern::default();
    let (mut firsts, mut counts, mut gaps) = (Vec::new(), Vec::new(), Vec::new());
    for record in sessions.into_iter().filter(|r| r.has_timings()) {
        result.sessions += 1;
        counts.push(record.letdowns.len() as f64);
        let mut offsets: Vec<f64> = record.letdowns.iter().map(|l| l.at_secs).collect();
        offsets.sort_by(f64::total_cmp);
        firsts.extend(offsets.first());
        gaps.extend(offsets.windows(2).map(|pair| pair[1] - pair[0]));
    }
    result.median_first_letdown_secs = median(&firsts);
    result.median_letdowns = median(&counts);
    result.median_gap_secs = median(&gaps);
    result
}

/// Each trigger shown in the given sessions, best first: the largest share
/// of showings followed by a let-down, then the most often shown, then by
/// name.
#[must_use]
pub fn trigger_figures<'a>(
    sessions: impl IntoIterator<Item = &'a SessionRecord>,
) -> Vec<TriggerFigures> {
    let mut by_name: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for record in sessions.into_iter().filter(|r| r.has_timings()) {
        for trigger in &record.triggers {
            let followed = is_followed(record, trigger);
            let entry = by_name.entry(trigger.name.as_str()).or_default();
            entry.0 += 1;
            entry.1 += usize::from(followed);
        }
    }
    let mut rows: Vec<TriggerFigures> = by_name
        .into_iter()
        .map(|(name, (shown, followed))| TriggerFigures {
            name: name.to_string(),
            kind: PromptKind::of(name),
            shown,
            followed_by_letdown: followed,
        })
        .collect();
    // Shares compared as cross products, exactly; the sort is stable, so
    // rows that tie stay in name order.
    rows.sort_by(|a, b| {
        (b.followed_by_letdown * a.shown)
            .cmp(&(a.followed_by_letdown * b.shown))
            .then(b.shown.cmp(&a.shown))
    });
    rows
}

/// The median of the finite values; none when there are none.
#[must_use]
pub(crate) fn median(values: &[f64]) -> Option<f64> {
    super::quantile(values, 0.5)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats::fixtures::{session, with_triggers};

    #[test]
    fn medians_are_the_middle_or_the_mean_of_the_two_middles() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(&[4.0, 1.0, 2.0, 3.0]), Some(2.5));
        assert_eq!(median(&[f64::NAN, 5.0]), Some(5.0));
    }

    #[test]
    fn the_pattern_is_taken_over_the_users_own_sessions() {
        let sessions = [
            session("2026-11-23T07:00:00+01:00", 900.0, &[90.0, 210.0, 390.0]),
            session("2026-11-23T10:00:00+01:00", 900.0, &[120.0, 300.0]),
            session("2026-11-23T13:00:00+01:00", 900.0, &[]),
            session(
                "2026-11-23T16:00:00+01:00",
                900.0,
                &[60.0, 200.0, 310.0, 500.0],
            ),
        ];
        let p = pattern(&sessions);
        assert_eq!(p.sessions, 4);
        // First let-downs 60, 90, 120: the session without one does not count.
        assert_eq!(p.median_first_letdown_secs, Some(90.0));
        // Counts 0, 2, 3, 4.
        assert_eq!(p.median_letdowns, Some(2.5));
        // Gaps 120, 180, 180, 140, 110, 190: sorted 110 120 140 180 180 190.
        assert_eq!(p.median_gap_secs, Some(160.0));
    }

    #[test]
    fn no_sessions_make_no_pattern() {
        let p = pattern(&[]);
        assert_eq!(p, Pattern::default());
    }

    #[test]
    fn a_trigger_counts_as_followed_only_within_two_minutes_after_it() {
        let sessions = [
            with_triggers(
                session("2026-11-23T07:00:00+01:00", 900.0, &[50.0, 400.0]),
                &[
                    (100.0, "warm-compress"),
                    (280.0, "photo"),
                    (500.0, "breathe"),
                ],
            ),
            with_triggers(
                session("2026-11-23T10:00:00+01:00", 900.0, &[240.0]),
                &[(120.0, "warm-compress"), (130.0, "photo")],
            ),
        ];
        let rows = trigger_figures(&sessions);
        let row = |name: &str| {
            rows.iter()
                .find(|r| r.name == name)
                .map(|r| (r.shown, r.followed_by_letdown))
        };
        // 100 -> next let-down at 400 is too late; 120 -> 240 is exactly two minutes.
        assert_eq!(row("warm-compress"), Some((2, 1)));
        // 280 -> 400 within; 130 -> 240 within.
        assert_eq!(row("photo"), Some((2, 2)));
        // A let-down before the prompt does not follow it.
        assert_eq!(row("breathe"), Some((1, 0)));
        let order: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(order, ["photo", "warm-compress", "breathe"]);
        assert!(enough_to_tell(&rows), "5 showings");
        assert!(rows.iter().all(|r| r.kind == PromptKind::Trigger));
        assert!(!enough_to_tell(&rows[..1]), "2 showings");
    }

    /// A cue is told from a trigger by the coach's list of cues, not by
    /// how its name ends; the expression cue, shown at the let-down that
    /// brings it, is followed only by a later one.
    #[test]
    fn a_cue_is_known_by_kind_and_followed_only_by_a_later_let_down() {
        let sessions = [with_triggers(
            session("2026-11-23T07:00:00+01:00", 900.0, &[60.0, 400.0]),
            &[
                (60.0, "expression-mode"),
                (300.0, "stimulation-mode"),
                (10.0, "quiet-mode"),
            ],
        )];
        let rows = trigger_figures(&sessions);
        let row = |name: &str| {
            rows.iter()
                .find(|r| r.name == name)
                .map(|r| (r.kind, r.followed_by_letdown))
        };
        assert_eq!(row("expression-mode"), Some((PromptKind::Cue, 0)));
        assert_eq!(row("stimulation-mode"), Some((PromptKind::Cue, 1)));
        assert_eq!(row("quiet-mode"), Some((PromptKind::Trigger, 1)));
    }

    fn figures(name: &str, shown: usize, followed: usize) -> TriggerFigures {
        TriggerFigures {
            name: name.to_string(),
            kind: PromptKind::of(name),
            shown,
            followed_by_letdown: followed,
        }
    }

    #[test]
    fn triggers_rank_by_share_then_by_how_often_they_were_shown() {
        let sessions = [with_triggers(
            session("2026-11-23T07:00:00+01:00", 900.0, &[30.0, 500.0]),
            &[
                (10.0, "massage"),
                (20.0, "photo"),
                (300.0, "photo"),
                (400.0, "breathe"),
                (450.0, "breathe"),
            ],
        )];
        let ranked: Vec<(String, usize)> = trigger_figures(&sessions)
            .into_iter()
            .map(|t| (t.name.clone(), t.percent_followed()))
            .collect();
        // Breathe 2 of 2 and massage 1 of 1 share 100 %: the more often shown first.
        assert_eq!(
            ranked,
            [
                ("breathe".into(), 100),
                ("massage".into(), 100),
                ("photo".into(), 50)
            ]
        );
        assert_eq!(figures("x", 3, 2).percent_followed(), 66);
        assert_eq!(figures("x", 0, 0).percent_followed(), 0);
    }
}
