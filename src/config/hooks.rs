//! `[hooks]`: a command line for each moment (see [`crate::hooks`]), and
//! the rule that a config others could write runs none of them.

use std::path::Path;

use serde::{Deserialize, Serialize};

use super::Config;
use super::error::{ConfigError, error_at_key};
use crate::hooks::HookKind;

/// The commands run at the moments of a session, each through `sh -c`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Hooks {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phase: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub letdown: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coach: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
}

impl Hooks {
    /// The command for a moment, if one is set.
    #[must_use]
    pub fn command(&self, kind: HookKind) -> Option<&str> {
        match kind {
            HookKind::Phase => self.phase.as_deref(),
            HookKind::Letdown => self.letdown.as_deref(),
            HookKind::Coach => self.coach.as_deref(),
            HookKind::End => self.end.as_deref(),
            HookKind::Due => self.due.as_deref(),
        }
    }

    /// Whether no hook is set.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }

    fn iter(&self) -> impl Iterator<Item = (HookKind, &str)> {
        [
            HookKind::Phase,
            HookKind::Letdown,
            HookKind::Coach,
            HookKind::End,
            HookKind::Due,
        ]
        .into_iter()
        .filter_map(|kind| self.command(kind).map(|command| (kind, command)))
    }
}

impl Config {
    /// Hooks that are blank would run nothing and say nothing: an error.
    pub(super) fn check_hooks(&self, text: &str, file: &Path) -> Vec<ConfigError> {
        self.hooks
            .iter()
            .filter(|(_, command)| command.trim().is_empty())
            .map(|(kind, _)| {
                error_at_key(
                    text,
                    file,
                    &["hooks", kind.name()],
                    crate::tr!("error-config-hook-blank"),
                )
            })
            .collect()
    }

    /// `[hooks]` runs commands from the config, so the config must be the
    /// user's alone: refused when the file is writable by group or others,
    /// or belongs to someone else (root aside). `meta` is the file's.
    pub fn check_hooks_file(
        &self,
        text: &str,
        file: &Path,
        meta: &std::fs::Metadata,
    ) -> Result<(), ConfigError> {
        use std::os::unix::fs::MetadataExt;
        if self.hooks.is_empty() {
            return Ok(());
        }
        let me = rustix::process::getuid().as_raw();
        let why = if meta.mode() & 0o022 != 0 {
            crate::tr!(
                "error-config-hooks-writable",
                mode = format!("{:04o}", meta.mode() & 0o7777)
            )
        } else if meta.uid() != me && meta.uid() != 0 {
            crate::tr!("error-config-hooks-owner", uid = meta.uid().to_string())
        } else {
            return Ok(());
        };
        Err(error_at_key(text, file, &["hooks"], why))
    }
}
