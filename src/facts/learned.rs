//! How what the coach learned reads: the calm line on the session screen,
//! and what `stats` and the history say was learned. Never "late", never a
//! warning: it reassures.

use crate::session::Learned;
use crate::stats::LEARN_AFTER;

use super::Length;
use crate::tr;

/// The gentle line after two let-downs and a quiet while (past the time by
/// which 90 % of the user's let-downs had come, once learned): never an
/// alarm, never an end by itself.
#[must_use]
pub fn finish_line() -> String {
    tr!("facts-finish-line")
}

/// The session screen's calm line: before the first let-down, when it
/// usually comes; after it, the usual count and gap.
#[must_use]
pub fn expect_line(learned: &Learned, letdowns: usize) -> String {
    if letdowns == 0 {
        return tr!(
            "facts-expect-first",
            first = Length::of(learned.first_secs).to_string(),
            sessions = learned.sessions
        );
    }
    let count = learned.count.max(1);
    if let Some(gaps) = gap_range(learned) {
        tr!("facts-expect-next", count = count, gaps = gaps)
    } else {
        tr!("facts-expect-count", count = count)
    }
}

/// The middle half of the gaps between let-downs in whole minutes:
/// "2–3 min", or "about 2 min" when both ends round alike.
fn gap_range(learned: &Learned) -> Option<String> {
    let low = (learned.gap_low_secs? / 60.0).floor().max(1.0);
    let high = (learned.gap_high_secs? / 60.0).ceil().max(low);
    Some(if (high - low).abs() < f64::EPSILON {
        tr!("facts-gap-about", minutes = format!("{low:.0}"))
    } else {
        tr!(
            "facts-gap-range",
            low = format!("{low:.0}"),
            high = format!("{high:.0}")
        )
    })
}

/// Said when the coach keeps its fixed timings.
#[must_use]
pub fn fixed() -> String {
    tr!("facts-learn-fixed")
}

/// What the coach learned of a plan, in one sentence for `stats` and the
/// history; or how far it is from learning.
#[must_use]
pub fn summary(plan: &str, learned: Option<&Learned>, timed_sessions: usize) -> String {
    let plan = crate::basics::printable(plan);
    let Some(l) = learned else {
        return tr!(
            "facts-learns-after",
            after = LEARN_AFTER,
            plan = plan.as_ref(),
            so_far = timed_sessions.min(LEARN_AFTER)
        );
    };
    let first = Length::of(l.first_secs).to_string();
    let finish = Length::of(l.finish_by_secs).to_string();
    if let Some(g) = l.gap_secs {
        tr!(
            "facts-learned-gap",
            sessions = l.sessions,
            plan = plan.as_ref(),
            first = first,
            count = l.count,
            gap = Length::of(g).to_string(),
            finish = finish
        )
    } else {
        tr!(
            "facts-learned",
            sessions = l.sessions,
            plan = plan.as_ref(),
            first = first,
            count = l.count,
            finish = finish
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn learned() -> Learned {
        Learned {
            sessions: 30,
            first_secs: 130.0,
            gap_secs: Some(150.0),
            gap_low_secs: Some(125.0),
            gap_high_secs: Some(170.0),
            count: 4,
            finish_by_secs: 840.0,
        }
    }

    #[test]
    fn the_lines_reassure_before_and_after_the_first_let_down() {
        let l = learned();
        assert_eq!(
            expect_line(&l, 0),
            "Your first let-down usually comes around 2m10s (from your last 30 sessions)."
        );
        assert_eq!(
            expect_line(&l, 1),
            "Usually 4 let-downs; the next one often within 2–3 min."
        );
        let tight = Learned {
            gap_low_secs: Some(125.0),
            gap_high_secs: Some(178.0),
            ..l
        };
        assert!(expect_line(&tight, 2).ends_with("within 2–3 min."));
        assert!(summary("standard", Some(&l), 30).contains("last 30 standard sessions"));
        assert_eq!(
            summary("power", None, 3),
            "The coach learns your timings after 10 timed power sessions (3 so far)."
        );
    }

    #[test]
    fn the_lines_read_in_spanish() {
        crate::i18n::set_language_here(Some(crate::i18n::Lang::find("es").expect("Spanish")));
        let l = learned();
        assert_eq!(
            expect_line(&l, 0),
            "Tu primera bajada suele llegar hacia los 2m10s (según tus últimas 30 sesiones)."
        );
        assert_eq!(
            expect_line(&l, 1),
            "Sueles tener 4 bajadas; la siguiente, a menudo en 2–3 min."
        );
        assert_eq!(
            finish_line(),
            "Puedes terminar cuando quieras. Si la leche aún fluye, sigue."
        );
        crate::i18n::set_language_here(None);
    }
}
