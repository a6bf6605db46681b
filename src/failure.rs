//! The error every command and the terminal app end with, and its exit code.
//!
//! Its own module, not `commands`', so that the app can return it without
//! importing the dispatcher that opens the app.

use std::process::ExitCode;

use crate::config::ConfigError;
use crate::format::printable;

/// A failure with the exit code it should end the process with. Its text
/// quotes paths and file contents, so it is shown made printable.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// Bad input: a config, an argument, a file to import. Exit code 2.
    #[error("{}", printable(.0))]
    Usage(String),
    /// The config cannot be used. Exit code 2.
    #[error("{0}")]
    Config(#[from] ConfigError),
    /// Something the machine refused. Exit code 1.
    #[error("{}", printable(.0))]
    Io(String),
    /// A command for the running session (`letdown tap` and the like) found
    /// none running. Exit code 3, so that a script can tell it from a failure.
    #[error("{}", printable(.0))]
    NotRunning(String),
}

impl Failure {
    /// The process exit code.
    #[must_use]
    pub fn exit_code(&self) -> ExitCode {
        match self {
            Self::Usage(_) | Self::Config(_) => ExitCode::from(2),
            Self::Io(_) => ExitCode::from(1),
            Self::NotRunning(_) => ExitCode::from(3),
        }
    }
}
