//! The `[hooks]` a moment of the session asks for, with its facts as
//! `LETDOWN_*` variables. The app only names them; the event loop hands
//! them to [`crate::hooks::HookRunner`], off the UI thread.

use std::path::Path;

use super::{App, Outcome, Screen};
use crate::hooks::{HookEvent, HookKind};
use crate::session::{Effect, Message, Notice, SessionRecord};

impl App {
    /// The hook an effect of the engine asks for, if the config sets one:
    /// `letdown` for a let-down saved, `phase` for a new phase, `coach` for
    /// a trigger offered.
    pub(super) fn hook_for(&self, effect: &Effect) -> Option<Outcome> {
        let (kind, extra) = match effect {
            Effect::Message(Message::LetdownSaved(_)) => (HookKind::Letdown, Vec::new()),
            Effect::Notify(Notice::PhaseChanged { prompt, .. }) => {
                (HookKind::Phase, vec![("LETDOWN_PROMPT", prompt.clone())])
            }
            Effect::Notify(Notice::Trigger { name, prompt }) => (
                HookKind::Coach,
                vec![
                    ("LETDOWN_TRIGGER", name.clone()),
                    ("LETDOWN_PROMPT", prompt.clone()),
                ],
            ),
            _ => return None,
        };
        let command = self.config.hooks.command(kind)?;
        let Screen::Session { engine, .. } = &self.screen else {
            return None;
        };
        let record = engine.record();
        let mut vars = vec![
            (
                "LETDOWN_PHASE",
                engine.phase().map(|p| p.name.clone()).unwrap_or_default(),
            ),
            (
                "LETDOWN_ELAPSED_SECS",
                whole_secs(engine.active_secs(self.now.mono)),
            ),
            (
                "LETDOWN_PAUSED",
                if engine.is_paused() { "1" } else { "0" }.to_string(),
            ),
        ];
        vars.extend(session_vars(record, &self.state.running_path()));
        vars.extend(extra);
        Some(hook(kind, command, vars))
    }

    /// The `phase` hook for a new session's first phase, which no phase
    /// change announces, queued for the loop.
    pub(super) fn queue_first_phase_hook(&mut self) {
        let Screen::Session { engine, .. } = &self.screen else {
            return;
        };
        let Some(phase) = engine.phase() else {
            return;
        };
        let began = Effect::Notify(Notice::PhaseChanged {
            name: phase.name.clone(),
            prompt: phase.prompt.clone(),
        });
        if let Some(hook) = self.hook_for(&began) {
            self.queued.push(hook);
        }
    }

    /// The `end` hook, for a session just saved at `file`.
    pub(super) fn end_hook(&self, record: &SessionRecord, file: &Path) -> Option<Outcome> {
        let command = self.config.hooks.command(HookKind::End)?;
        let mut vars = vec![
            (
                "LETDOWN_PHASE",
                record
                    .phases
                    .last()
                    .map(|p| p.name.clone())
                    .unwrap_or_default(),
            ),
            ("LETDOWN_ELAPSED_SECS", whole_secs(record.active_secs)),
        ];
        vars.extend(session_vars(record, file));
        Some(hook(HookKind::End, command, vars))
    }

    /// The `due` hook, on the day screen, when a session falls due.
    pub(super) fn due_hook(&self, since_last_secs: f64) -> Option<Outcome> {
        let command = self.config.hooks.command(HookKind::Due)?;
        Some(hook(
            HookKind::Due,
            command,
            vec![("LETDOWN_SINCE_LAST_SECS", whole_secs(since_last_secs))],
        ))
    }
}

fn hook(kind: HookKind, command: &str, vars: Vec<(&'static str, String)>) -> Outcome {
    Outcome::Hook(HookEvent {
        kind,
        command: command.to_string(),
        vars,
    })
}

/// What every hook of a session is told about it.
fn session_vars(record: &SessionRecord, file: &Path) -> Vec<(&'static str, String)> {
    vec![
        ("LETDOWN_LETDOWNS", record.letdowns.len().to_string()),
        ("LETDOWN_SESSION_ID", record.id.clone()),
        ("LETDOWN_SESSION_FILE", file.display().to_string()),
    ]
}

fn whole_secs(secs: f64) -> String {
    (secs.max(0.0).floor() as u64).to_string()
}
