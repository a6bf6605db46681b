//! The `[hooks]` a moment of the session asks for, with its facts as
//! `LETDOWN_*` variables. The host only queues them; the event loop hands
//! them to [`crate::hooks::HookRunner`], off the UI thread.

use std::path::Path;

use super::{Event, Host};
use crate::hooks::{HookEvent, HookKind};
use crate::session::{Effect, Message, Notice, Now, SessionRecord};

impl Host {
    /// The hook an effect of the engine asks for, if the config sets one:
    /// `letdown` for a let-down saved, `phase` for a new phase, `coach` for
    /// a trigger offered.
    pub(super) fn hook_for(&self, effect: &Effect, now: Now) -> Option<HookEvent> {
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
        let engine = self.engine.as_ref()?;
        let record = engine.record();
        let mut vars = vec![
            (
                "LETDOWN_PHASE",
                engine.phase().map(|p| p.name.clone()).unwrap_or_default(),
            ),
            (
                "LETDOWN_ELAPSED_SECS",
                whole_secs(engine.active_secs(now.mono)),
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
    /// change announces.
    pub(super) fn queue_first_phase_hook(&mut self, now: Now) {
        let Some(phase) = self.engine.as_ref().and_then(|e| e.phase()) else {
            return;
        };
        let began = Effect::Notify(Notice::PhaseChanged {
            name: phase.name.clone(),
            prompt: phase.prompt.clone(),
        });
        if let Some(hook) = self.hook_for(&began, now) {
            self.events.push(Event::Hook(hook));
        }
    }

    /// The `end` hook, for a session just saved at `file`.
    pub(super) fn queue_end_hook(&mut self, record: &SessionRecord, file: &Path) {
        let Some(command) = self.config.hooks.command(HookKind::End) else {
            return;
        };
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
        self.events
            .push(Event::Hook(hook(HookKind::End, command, vars)));
    }

    /// The `due` hook, when a session falls due while the day is on screen.
    pub fn queue_due_hook(&mut self, since_last_secs: f64) {
        if let Some(command) = self.config.hooks.command(HookKind::Due) {
            self.events.push(Event::Hook(hook(
                HookKind::Due,
                command,
                vec![("LETDOWN_SINCE_LAST_SECS", whole_secs(since_last_secs))],
            )));
        }
    }
}

fn hook(kind: HookKind, command: &str, vars: Vec<(&'static str, String)>) -> HookEvent {
    HookEvent {
        kind,
        command: command.to_string(),
        vars,
    }
}

/// What every hook of a session is told about it.
/// What every hook of a session is told: its let-downs, id and file, and
/// while it is in an experiment, the experiment and its arm (`A` or `B`).
fn session_vars(record: &SessionRecord, file: &Path) -> Vec<(&'static str, String)> {
    let mut vars = vec![
        ("LETDOWN_LETDOWNS", record.letdowns.len().to_string()),
        ("LETDOWN_SESSION_ID", record.id.clone()),
        ("LETDOWN_SESSION_FILE", file.display().to_string()),
    ];
    if let Some(e) = &record.experiment {
        vars.push(("LETDOWN_EXPERIMENT", e.name.clone()));
        vars.push(("LETDOWN_ARM", e.arm.letter().to_string()));
    }
    vars
}

fn whole_secs(secs: f64) -> String {
    (secs.max(0.0).floor() as u64).to_string()
}
