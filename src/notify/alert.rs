//! What a notification says: the moments worth one, and their short, kind
//! words. No medical advice.

use super::APP_NAME;
use crate::facts::builtin;
use crate::format;
use crate::session::Notice;
use crate::tr;

/// A moment worth telling the user about while they look away.
#[derive(Debug, Clone, PartialEq)]
pub enum Alert {
    /// A new phase of the session began.
    PhaseChanged { name: String, prompt: String },
    /// No let-down for a while: the coach offers a trigger.
    Trigger { name: String, prompt: String },
    /// The session reached its target time.
    TargetReached { target_secs: f64 },
    /// The day screen thinks a session may be due; `since_last_secs` is the
    /// time since the last one ended, when there was one.
    Reminder { since_last_secs: Option<f64> },
}

/// Which switch in `[notifications]` governs an alert.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlertKind {
    PhaseChange,
    Stall,
    Target,
    Reminder,
}

impl From<Notice> for Alert {
    fn from(notice: Notice) -> Self {
        match notice {
            Notice::PhaseChanged { name, prompt } => Self::PhaseChanged { name, prompt },
            Notice::Trigger { name, prompt } => Self::Trigger { name, prompt },
            Notice::TargetReached { target_secs } => Self::TargetReached { target_secs },
        }
    }
}

impl Alert {
    /// The switch that turns this alert off.
    #[must_use]
    pub fn kind(&self) -> AlertKind {
        match self {
            Self::PhaseChanged { .. } => AlertKind::PhaseChange,
            Self::Trigger { .. } => AlertKind::Stall,
            Self::TargetReached { .. } => AlertKind::Target,
            Self::Reminder { .. } => AlertKind::Reminder,
        }
    }

    /// The notification's title: the app's name, so the body can be kind
    /// words rather than a label.
    #[must_use]
    pub fn summary(&self) -> &'static str {
        APP_NAME
    }

    /// The notification's text: short, kind, and never medical advice.
    /// Phase names and prompts come from the config, so the text is made
    /// printable: a notification service may hand it to a terminal.
    #[must_use]
    pub fn body(&self) -> String {
        format::printable(&self.words()).into_owned()
    }

    fn words(&self) -> String {
        match self {
            Self::PhaseChanged { name, prompt } => {
                with_prompt(&builtin::phase_name(name), &builtin::phase_prompt(prompt))
            }
            // The prompt already says what to try; the name is for the files.
            Self::Trigger { name, prompt } => {
                if prompt.trim().is_empty() {
                    tr!("facts-notify-try", trigger = name.as_str())
                } else {
                    builtin::trigger_prompt(prompt).into_owned()
                }
            }
            Self::TargetReached { target_secs } => {
                tr!("facts-notify-target", target = target_words(*target_secs))
            }
            Self::Reminder {
                since_last_secs: Some(secs),
            } => tr!(
                "facts-notify-reminder-since",
                since = crate::facts::Length::of(*secs).short()
            ),
            Self::Reminder {
                since_last_secs: None,
            } => tr!("facts-notify-reminder"),
        }
    }
}

fn with_prompt(name: &str, prompt: &str) -> String {
    if prompt.trim().is_empty() {
        name.to_string()
    } else {
        tr!("facts-notify-phase", phase = name, prompt = prompt)
    }
}

/// "15 minutes" for whole minutes, "15m30s" after a nudge of half a minute.
fn target_words(secs: f64) -> String {
    let secs = secs.max(0.0).round() as u64;
    match (secs / 60, secs % 60) {
        (mins, 0) => tr!("facts-notify-minutes", minutes = mins),
        _ => crate::facts::Length::of(secs as f64).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bodies_are_short_and_kind() {
        let phase = Alert::PhaseChanged {
            name: "Warm compress".into(),
            prompt: "A warm, moist cloth on the breast.".into(),
        };
        assert_eq!(phase.summary(), "letdown");
        assert_eq!(
            phase.body(),
            "Warm compress — A warm, moist cloth on the breast."
        );
        let trigger = Alert::Trigger {
            name: "Photo".into(),
            prompt: "Look at a photo of your baby.".into(),
        };
        assert_eq!(trigger.body(), "Look at a photo of your baby.");
        let target = Alert::TargetReached { target_secs: 900.0 };
        assert_eq!(
            target.body(),
            "15 minutes — well done. Keep going as long as is comfortable."
        );
        assert!(
            Alert::TargetReached { target_secs: 930.0 }
                .body()
                .starts_with("15m30s — ")
        );
        let reminder = Alert::Reminder {
            since_last_secs: Some(3.0 * 3600.0 + 600.0),
        };
        assert_eq!(
            reminder.body(),
            "Time for a session? It has been 3h10m — whenever you are ready."
        );
    }

    #[test]
    fn bodies_read_in_spanish_with_the_built_in_words() {
        crate::i18n::set_language_here(Some(crate::i18n::Lang::find("es").expect("Spanish")));
        let phase = Alert::PhaseChanged {
            name: "Relax".into(),
            prompt: "Breathe slowly with the pacer. Let your shoulders drop.".into(),
        };
        assert_eq!(
            phase.body(),
            "Calma — Respira despacio con el ritmo. Deja caer los hombros."
        );
        let mine = Alert::Trigger {
            name: "song".into(),
            prompt: "Hum the lullaby.".into(),
        };
        assert_eq!(mine.body(), "Hum the lullaby.");
        let target = Alert::TargetReached { target_secs: 60.0 };
        assert_eq!(
            target.body(),
            "1 minuto — muy bien. Sigue mientras te sientas bien."
        );
        crate::i18n::set_language_here(None);
    }

    #[test]
    fn a_phase_without_a_prompt_is_just_its_name() {
        let phase = Alert::PhaseChanged {
            name: "Pump".into(),
            prompt: String::new(),
        };
        assert_eq!(phase.body(), "Pump");
    }

    #[test]
    fn notices_become_alerts_of_their_kind() {
        let alert = Alert::from(Notice::Trigger {
            name: "Breathe".into(),
            prompt: "Slow breaths.".into(),
        });
        assert_eq!(alert.kind(), AlertKind::Stall);
        let alert = Alert::from(Notice::TargetReached { target_secs: 60.0 });
        assert_eq!(alert.kind(), AlertKind::Target);
    }
}
