//! What the coach's figures mean: triggers apart from pump-mode cues, when
//! there are enough showings to tell, the best trigger (never a cue), and
//! the words every face says them with.

use crate::session::PromptKind;
use crate::stats::{TRIGGER_WINDOW_SECS, TriggerFigures, enough_to_tell};

use super::Length;
use crate::tr;

/// Said when the coach showed no trigger in the days shown.
#[must_use]
pub fn no_triggers() -> String {
    tr!("facts-no-triggers")
}

/// Said when there are too few showings for a share to mean anything.
#[must_use]
pub fn too_few() -> String {
    tr!("facts-too-few")
}

/// Said when no pump-mode cue was shown.
#[must_use]
pub fn no_cues() -> String {
    tr!("facts-no-cues")
}

/// What a cue's share says, and why it says little.
#[must_use]
pub fn cues_note() -> String {
    tr!("facts-cues-note")
}

/// The window in which a let-down counts as following a prompt: "2m".
fn window() -> String {
    Length::of(TRIGGER_WINDOW_SECS).short()
}

/// "within 2m": the window in which a let-down counts as following a prompt.
#[must_use]
pub fn within() -> String {
    tr!("facts-within", window = window())
}

/// The head of the column that counts the showings a let-down followed.
#[must_use]
pub fn followed_head() -> String {
    tr!("facts-followed-head", window = window())
}

/// The coach's figures over some days, triggers and cues apart.
#[derive(Debug, Clone, Copy)]
pub struct CoachFacts<'a> {
    all: &'a [TriggerFigures],
}

impl<'a> CoachFacts<'a> {
    /// The figures of every prompt shown, best first (as `trigger_figures` ranks them).
    #[must_use]
    pub fn of(all: &'a [TriggerFigures]) -> Self {
        Self { all }
    }

    /// The triggers, best first.
    pub fn triggers(self) -> impl Iterator<Item = &'a TriggerFigures> {
        self.all.iter().filter(|t| t.kind == PromptKind::Trigger)
    }

    /// The pump-mode cues, in the order of the triggers' ranking.
    pub fn cues(self) -> impl Iterator<Item = &'a TriggerFigures> {
        self.all.iter().filter(|t| t.kind == PromptKind::Cue)
    }

    /// Whether any trigger was shown.
    #[must_use]
    pub fn any_trigger(self) -> bool {
        self.triggers().next().is_some()
    }

    /// Whether the triggers were shown often enough to tell which help.
    #[must_use]
    pub fn enough_to_tell(self) -> bool {
        enough_to_tell(self.triggers())
    }

    /// The trigger a let-down followed most often, once there are enough
    /// showings to tell; never a cue.
    #[must_use]
    pub fn best(self) -> Option<&'a TriggerFigures> {
        self.enough_to_tell()
            .then(|| self.triggers().next())
            .flatten()
    }

    /// The line above the triggers' table: none shown, too few, or what the
    /// share means.
    #[must_use]
    pub fn note(self) -> String {
        if !self.any_trigger() {
            no_triggers()
        } else if !self.enough_to_tell() {
            too_few()
        } else {
            tr!("facts-triggers-note", window = window())
        }
    }

    /// The best trigger in one line: "a let-down followed photo 66% of 3 times".
    #[must_use]
    pub fn best_line(self) -> Option<String> {
        self.best().map(|best| {
            tr!(
                "facts-best-line",
                trigger = crate::format::printable(&best.name).into_owned(),
                share = best.share_followed().to_string(),
                shown = best.shown
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(name: &str, shown: usize, followed: usize) -> TriggerFigures {
        TriggerFigures {
            name: name.to_string(),
            kind: PromptKind::of(name),
            shown,
            followed_by_letdown: followed,
        }
    }

    #[test]
    fn the_best_trigger_is_never_a_cue_and_needs_enough_showings() {
        let all = [row("expression-mode", 214, 200), row("photo", 2, 1)];
        let facts = CoachFacts::of(&all);
        assert!(!facts.enough_to_tell(), "2 showings of a trigger");
        assert_eq!(facts.best(), None);
        assert_eq!(facts.note(), too_few());
        let all = [
            row("expression-mode", 214, 200),
            row("photo", 4, 1),
            row("breathe", 2, 0),
        ];
        let facts = CoachFacts::of(&all);
        assert_eq!(facts.best().map(|b| b.name.as_str()), Some("photo"));
        assert_eq!(facts.cues().count(), 1);
        assert_eq!(
            facts.best_line().as_deref(),
            Some("a let-down followed photo 25% of 4 times")
        );
        assert_eq!(followed_head(), "a let-down within 2m");
        crate::i18n::set_language_here(Some(crate::i18n::Lang::find("es").expect("Spanish")));
        assert_eq!(
            facts.best_line().as_deref(),
            Some("una bajada siguió a photo el 25% de las 4 veces")
        );
        assert_eq!(followed_head(), "bajada en 2m");
        crate::i18n::set_language_here(None);
    }
}
