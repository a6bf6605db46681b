//! Which lines the running session makes. A listener cannot glance back at a
//! screen, so each change is told once, as one sentence: the face takes a
//! look at the engine after everything that happens ([`Seen::of`]) and
//! [`changes`] says what differs from the look before. A tap from another
//! terminal and a tap on this one read the same, because both are only a
//! change of the session.

use std::time::Instant;

use crate::facts::{Length, builtin};
use crate::session::{Engine, Message};

/// What the listener has been told of the running session.
#[derive(Debug, Clone, PartialEq)]
pub struct Seen {
    /// The phase's place in the plan, from 0.
    pub phase: usize,
    pub phase_count: usize,
    pub phase_name: String,
    pub phase_prompt: String,
    /// The phase's length; none when it runs until the session ends.
    pub phase_secs: Option<f64>,
    /// The prompt of the trigger or cue the coach shows.
    pub trigger: Option<String>,
    pub finish_line: bool,
    /// When each let-down came, in active seconds.
    pub letdowns: Vec<f64>,
    pub paused: bool,
    pub active_secs: f64,
}

impl Seen {
    /// A look at the running session at `now`.
    #[must_use]
    pub fn of(engine: &Engine, now: Instant) -> Self {
        let phase = engine.phase();
        Self {
            phase: engine.phase_index(),
            phase_count: engine.plan().phases.len(),
            phase_name: phase
                .map(|p| builtin::phase_name(&p.name).into_owned())
                .unwrap_or_default(),
            phase_prompt: phase
                .map(|p| builtin::phase_prompt(&p.prompt).into_owned())
                .unwrap_or_default(),
            phase_secs: engine.phase_len(),
            trigger: engine
                .shown_trigger()
                .map(|t| builtin::trigger_prompt(&t.prompt).into_owned()),
            finish_line: engine.finish_line(now),
            letdowns: engine.record().letdowns.iter().map(|l| l.at_secs).collect(),
            paused: engine.is_paused(),
            active_secs: engine.active_secs(now),
        }
    }

    /// The line that names the phase and says its prompt.
    #[must_use]
    pub fn phase_line(&self) -> String {
        let (number, count) = (self.phase + 1, self.phase_count);
        let (name, prompt) = (self.phase_name.clone(), self.phase_prompt.clone());
        // A phase without a prompt ends at its name, without a space after.
        let line = if let Some(secs) = self.phase_secs {
            crate::tr!(
                "plain-phase",
                number = number,
                count = count,
                name = name,
                length = Length::of(secs).to_string(),
                prompt = prompt
            )
        } else {
            crate::tr!(
                "plain-phase-open",
                number = number,
                count = count,
                name = name,
                prompt = prompt
            )
        };
        line.trim_end().to_string()
    }

    /// The line `t` asks for: the clock, the let-downs and the phase.
    #[must_use]
    pub fn time_line(&self, time_of_day: String) -> String {
        crate::tr!(
            "plain-time",
            length = Length::of(self.active_secs).to_string(),
            count = self.letdowns.len(),
            name = self.phase_name.clone(),
            time = time_of_day
        )
    }
}

/// What changed from `before` (none: the session was not told yet) to
/// `after`, one sentence a change: the let-downs first (a tap waits for its
/// line), then a pause, a new phase, the coach, the finish line, and the
/// minute the clock reached.
#[must_use]
pub fn changes(before: Option<&Seen>, after: &Seen) -> Vec<String> {
    let Some(before) = before else {
        return vec![after.phase_line()];
    };
    let mut lines = Vec::new();
    let (had, has) = (before.letdowns.len(), after.letdowns.len());
    if has > had {
        for (i, at) in after.letdowns.iter().enumerate().skip(had) {
            lines.push(crate::tr!(
                "plain-letdown",
                number = i + 1,
                at = Length::of(*at).to_string()
            ));
        }
    } else if has < had {
        lines.push(crate::tr!("plain-undone", number = had, count = has));
    }
    if after.paused != before.paused {
        let at = Length::of(after.active_secs).to_string();
        lines.push(if after.paused {
            crate::tr!("plain-paused", at = at)
        } else {
            crate::tr!("plain-resumed", at = at)
        });
    }
    if after.phase != before.phase || after.phase_count != before.phase_count {
        lines.push(after.phase_line());
    }
    if let Some(prompt) = &after.trigger
        && after.trigger != before.trigger
    {
        lines.push(crate::tr!("plain-coach", prompt = prompt.clone()));
    }
    if after.finish_line && !before.finish_line {
        lines.push(crate::facts::learned::finish_line());
    }
    let minute = |seen: &Seen| Length::of(seen.active_secs).whole_minutes();
    if !after.paused && minute(after) > minute(before) {
        lines.push(crate::tr!(
            "plain-minute",
            length = Length::of(after.active_secs).to_string()
        ));
    }
    lines
}

/// The line for an answer of the engine to a key that [`changes`] does not
/// tell (a tap the guard ignored, nothing to undo, a phase made longer).
#[must_use]
pub fn answer_line(message: &Message) -> Option<String> {
    match message {
        Message::LetdownSaved(_)
        | Message::Undone(_)
        | Message::Paused
        | Message::Resumed
        | Message::PhaseChanged(_) => None,
        // The same words as the screen's status line, as a sentence.
        _ => Some(crate::tr!(
            "plain-sentence",
            words = capitalized(&crate::host::word(message))
        )),
    }
}

/// `words` with a capital first letter, as a line that is a sentence begins.
fn capitalized(words: &str) -> String {
    let mut chars = words.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen() -> Seen {
        Seen {
            phase: 0,
            phase_count: 2,
            phase_name: "Massage".into(),
            phase_prompt: "Gently massage.".into(),
            phase_secs: Some(120.0),
            trigger: None,
            finish_line: false,
            letdowns: Vec::new(),
            paused: false,
            active_secs: 5.0,
        }
    }

    #[test]
    fn the_first_look_names_the_phase_and_its_prompt() {
        let lines = changes(None, &seen());
        assert_eq!(lines, ["Phase 1 of 2: Massage, 2m. Gently massage."]);
    }

    #[test]
    fn a_tap_is_one_line_with_its_number_and_time() {
        let before = seen();
        let mut after = seen();
        after.letdowns = vec![250.0];
        after.active_secs = 50.0;
        assert_eq!(changes(Some(&before), &after), ["let-down 1 at 4m10s"]);
    }

    #[test]
    fn nothing_changed_says_nothing_and_a_minute_says_the_clock() {
        let before = seen();
        assert!(changes(Some(&before), &before).is_empty());
        let mut after = seen();
        after.active_secs = 61.0;
        assert_eq!(changes(Some(&before), &after), ["1m01s on the clock."]);
        // A paused clock does not count minutes.
        after.paused = true;
        let lines = changes(Some(&before), &after);
        assert_eq!(lines.len(), 1, "{lines:?}");
        assert!(lines[0].starts_with("Paused"), "{lines:?}");
    }

    #[test]
    fn a_phase_a_trigger_and_the_finish_line_each_make_a_line() {
        let before = seen();
        let mut after = seen();
        after.phase = 1;
        after.phase_name = "Pump".into();
        after.phase_prompt = "Keep pumping.".into();
        after.phase_secs = None;
        after.trigger = Some("Think of your baby.".into());
        after.finish_line = true;
        let lines = changes(Some(&before), &after);
        assert_eq!(lines.len(), 3, "{lines:?}");
        assert_eq!(lines[0], "Phase 2 of 2: Pump. Keep pumping.");
        assert_eq!(lines[1], "Coach: Think of your baby.");
        assert_eq!(lines[2], crate::facts::learned::finish_line());
    }

    #[test]
    fn an_undo_says_how_many_are_left() {
        let mut before = seen();
        before.letdowns = vec![10.0, 20.0];
        let mut after = seen();
        after.letdowns = vec![10.0];
        assert_eq!(
            changes(Some(&before), &after),
            ["Let-down 2 taken back; 1 now."]
        );
    }

    #[test]
    fn in_spanish_a_tap_reads_in_spanish() {
        crate::i18n::set_language_here(crate::i18n::Lang::find("es"));
        let mut after = seen();
        after.letdowns = vec![250.0];
        let lines = changes(Some(&seen()), &after);
        crate::i18n::set_language_here(None);
        assert_eq!(lines, ["bajada 1 a los 4m10s"]);
    }
}
