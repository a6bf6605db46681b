//! What a notification says: the moments worth one, and their short, kind
//! words. No medical advice.

use super::APP_NAME;
use crate::format;
use crate::session::Notice;

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
            Self::PhaseChanged { name, prompt } => with_prompt(name, prompt),
            // The prompt already says what to try; the name is for the files.
            Self::Trigger { name, prompt } => {
                if prompt.trim().is_empty() {
                    format!("Something to try: {name}")
                } else {
                    prompt.clone()
                }
            }
            Self::TargetReached { target_secs } => format!(
                "{} — well done. Keep going as long as is comfortable.",
                target_words(*target_secs)
            ),
            Self::Reminder {
                since_last_secs: Some(secs),
            } => format!(
                "Time for a session? It has been {} — whenever you are ready.",
                crate::facts::Length::of(*secs).short()
            ),
            Self::Reminder {
                since_last_secs: None,
            } => "Time for a session? Whenever you are ready.".to_string(),
        }
    }
}

fn with_prompt(name: &str, prompt: &str) -> String {
    if prompt.trim().is_empty() {
        name.to_string()
    } else {
        format!("{name} — {prompt}")
    }
}

/// "15 minutes" for whole minutes, "15m30s" after a nudge of half a minute.
fn target_words(secs: f64) -> String {
    let secs = secs.max(0.0).round() as u64;
    match (secs / 60, secs % 60) {
        (1, 0) => "1 minute".to_string(),
        (mins, 0) => format!("{mins} minutes"),
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
