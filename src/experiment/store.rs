//! The experiments' files in the data dir: `experiments/<name>.toml`, one
//! small file each, written atomically; never one shared index, so a sync
//! tool never merges two machines' writes into one file.

use std::path::{Path, PathBuf};

use crate::basics::printable;
use crate::session::Timestamp;
use crate::store::{Existing, Reason, read_bounded, write_atomic};

use super::{Experiment, MAX_NAME_CHARS, MAX_SESSIONS, MAX_TEXT_CHARS};

/// The folder of the data dir that holds them.
pub const FOLDER: &str = "experiments";

/// The most an experiment's file can hold: a few hundred bytes are usual.
const MAX_BYTES: u64 = 64 * 1024;

/// Why an experiment could not be made, read or changed; nothing was
/// written by the step that failed.
#[derive(Debug)]
pub enum ExperimentError {
    BadName(String),
    BadText(&'static str),
    BadSessions,
    Exists(String),
    Unknown(String),
    OneAtATime { name: String },
    Ended(String),
    Unreadable { path: String, reason: String },
    Write { path: String, reason: String },
}

impl std::error::Error for ExperimentError {}

impl std::fmt::Display for ExperimentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::tr;
        let text = match self {
            Self::BadName(name) => tr!(
                "facts-experiment-bad-name",
                name = name.as_str(),
                most = MAX_NAME_CHARS
            ),
            Self::BadText(arm) => tr!(
                "facts-experiment-bad-text",
                arm = *arm,
                most = MAX_TEXT_CHARS
            ),
            Self::BadSessions => tr!("facts-experiment-bad-sessions", most = MAX_SESSIONS),
            Self::Exists(name) => tr!("facts-experiment-exists", name = name.as_str()),
            Self::Unknown(name) => tr!("facts-experiment-unknown", name = name.as_str()),
            Self::OneAtATime { name } => {
                tr!("facts-experiment-one-at-a-time", name = name.as_str())
            }
            Self::Ended(name) => tr!("facts-experiment-ended-already", name = name.as_str()),
            Self::Unreadable { path, reason } => format!("{path}: {reason}"),
            Self::Write { path, reason } => tr!(
                "facts-experiment-not-written",
                path = path.as_str(),
                why = reason.as_str()
            ),
        };
        f.write_str(&text)
    }
}

/// The experiments of one data dir.
#[derive(Debug, Clone)]
pub struct Experiments {
    dir: PathBuf,
}

impl Experiments {
    /// The experiments of the data dir at `root`.
    #[must_use]
    pub fn of(root: &Path) -> Self {
        Self {
            dir: root.join(FOLDER),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.join(format!("{name}.toml"))
    }

    /// Every experiment, the newest first, and the files that could not be
    /// read (each with its reason).
    #[must_use]
    pub fn list(&self) -> (Vec<Experiment>, Vec<ExperimentError>) {
        let mut found = Vec::new();
        let mut unreadable = Vec::new();
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return (found, unreadable);
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_none_or(|e| e != "toml") {
                continue;
            }
            match read(&path) {
                Ok(Some(experiment)) => found.push(experiment),
                Ok(None) => {}
                Err(err) => unreadable.push(err),
            }
        }
        found.sort_by(|a, b| b.started.cmp(&a.started).then(a.name.cmp(&b.name)));
        (found, unreadable)
    }

    /// The experiment of that name.
    pub fn load(&self, name: &str) -> Result<Experiment, ExperimentError> {
        check_name(name)?;
        read(&self.path(name))?.ok_or_else(|| ExperimentError::Unknown(name.to_string()))
    }

    /// The experiment that draws arms for new sessions: the newest that has
    /// not ended (two machines could each have started one).
    #[must_use]
    pub fn running(&self) -> Option<Experiment> {
        self.list().0.into_iter().find(Experiment::is_running)
    }

    /// Writes a new experiment: refused when its name is taken or another runs.
    pub fn create(&self, experiment: &Experiment) -> Result<(), ExperimentError> {
        check(experiment)?;
        if let Some(running) = self.running() {
            return Err(ExperimentError::OneAtATime { name: running.name });
        }
        let path = self.path(&experiment.name);
        if path.exists() {
            return Err(ExperimentError::Exists(experiment.name.clone()));
        }
        write(&path, experiment, Existing::Keep).map_err(|err| match err {
            ExperimentError::Write { .. } if path.exists() => {
                ExperimentError::Exists(experiment.name.clone())
            }
            other => other,
        })
    }

    /// Ends the experiment of that name at `at`: it draws no more arms; its
    /// sessions and figures stay.
    pub fn end(&self, name: &str, at: Timestamp) -> Result<Experiment, ExperimentError> {
        let mut experiment = self.load(name)?;
        if experiment.ended.is_some() {
            return Err(ExperimentError::Ended(name.to_string()));
        }
        experiment.ended = Some(at);
        write(&self.path(name), &experiment, Existing::Replace)?;
        Ok(experiment)
    }
}

/// Checks a name: what can name a file anywhere, and be typed.
pub fn check_name(name: &str) -> Result<(), ExperimentError> {
    let fits = (1..=MAX_NAME_CHARS).contains(&name.chars().count())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if fits {
        Ok(())
    } else {
        Err(ExperimentError::BadName(printable(name).into_owned()))
    }
}

/// Checks what a file or a command gives: the name, the two texts, the
/// sessions planned.
fn check(experiment: &Experiment) -> Result<(), ExperimentError> {
    check_name(&experiment.name)?;
    for (label, text) in [("A", &experiment.a), ("B", &experiment.b)] {
        let fits = (1..=MAX_TEXT_CHARS).contains(&text.trim().chars().count())
            && printable(text) == text.as_str();
        if !fits {
            return Err(ExperimentError::BadText(label));
        }
    }
    if !(1..=MAX_SESSIONS).contains(&experiment.sessions) {
        return Err(ExperimentError::BadSessions);
    }
    Ok(())
}

fn read(path: &Path) -> Result<Option<Experiment>, ExperimentError> {
    let unreadable = |reason: String| ExperimentError::Unreadable {
        path: crate::basics::printable_path(path),
        reason,
    };
    let Some(contents) = read_bounded(path, MAX_BYTES).map_err(|r| unreadable(r.to_string()))?
    else {
        return Ok(None);
    };
    let text =
        String::from_utf8(contents.bytes).map_err(|_| unreadable(Reason::NotUtf8.to_string()))?;
    let experiment: Experiment =
        toml::from_str(&text).map_err(|e| unreadable(e.message().to_string()))?;
    check(&experiment).map_err(|e| unreadable(e.to_string()))?;
    let named = path.file_stem().and_then(|s| s.to_str()) == Some(experiment.name.as_str());
    if !named {
        return Err(unreadable(crate::tr!(
            "facts-experiment-misnamed",
            name = printable(&experiment.name).into_owned()
        )));
    }
    Ok(Some(experiment))
}

fn write(path: &Path, experiment: &Experiment, existing: Existing) -> Result<(), ExperimentError> {
    let failed = |reason: String| ExperimentError::Write {
        path: crate::basics::printable_path(path),
        reason,
    };
    let text = toml::to_string(experiment).map_err(|e| failed(e.to_string()))?;
    write_atomic(path, text.as_bytes(), existing).map_err(|e| failed(e.to_string()))
}
