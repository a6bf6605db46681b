//! The commands: loading what each needs, and the ones that print.

mod config_cmd;
mod export;
mod import;
mod log;
mod stats_cmd;
mod status;

pub use log::today;

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::CommandFactory;

use crate::cli::{Cli, Command, Global};
use crate::config::{Config, ConfigError};
use crate::store::{DataDir, StateDir, paths};

/// A failure with the exit code it should end the process with.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// Bad input: a config, an argument, a file to import. Exit code 2.
    #[error("{0}")]
    Usage(String),
    /// The config cannot be used. Exit code 2.
    #[error("{0}")]
    Config(#[from] ConfigError),
    /// Something the machine refused. Exit code 1.
    #[error("{0}")]
    Io(String),
}

impl Failure {
    /// The process exit code.
    #[must_use]
    pub fn exit_code(&self) -> ExitCode {
        match self {
            Self::Usage(_) | Self::Config(_) => ExitCode::from(2),
            Self::Io(_) => ExitCode::from(1),
        }
    }
}

/// What every command works with.
#[derive(Debug, Clone)]
pub struct Context {
    pub config: Config,
    pub config_path: PathBuf,
    /// Whether the config came from a file (else: built-in defaults).
    pub config_found: bool,
    pub data: DataDir,
    pub state: StateDir,
}

impl Context {
    /// Finds and checks the config, and the folders it names.
    pub fn load(global: &Global) -> Result<Self, Failure> {
        let config_path = paths::config_file(global.named_config());
        let (config, config_found) = match std::fs::read(&config_path) {
            Ok(bytes) => {
                let text = String::from_utf8(bytes).map_err(|_| {
                    Failure::Usage(format!(
                        "{}:1:1: the config is not UTF-8 text",
                        config_path.display()
                    ))
                })?;
                (Config::parse(&text, &config_path)?, true)
            }
            Err(err)
                if err.kind() == io::ErrorKind::NotFound && global.named_config().is_none() =>
            {
                (Config::default(), false)
            }
            Err(err) => {
                return Err(Failure::Usage(format!(
                    "{}: cannot read the config: {err}",
                    config_path.display()
                )));
            }
        };
        let data = DataDir::new(paths::data_dir(
            global.named_data_dir(),
            config.data_dir.as_deref(),
        ));
        Ok(Self {
            config,
            config_path,
            config_found,
            data,
            state: StateDir::new(paths::state_dir()),
        })
    }
}

/// Runs the parsed command line.
pub fn run(cli: &Cli) -> Result<(), Failure> {
    match &cli.command {
        Some(Command::Completions { shell }) => {
            let mut command = Cli::command();
            clap_complete::generate(*shell, &mut command, "letdown", &mut io::stdout());
            Ok(())
        }
        Some(Command::Config { action }) => config_cmd::run(*action, &cli.global),
        Some(Command::Log { date, json }) => log::run(&Context::load(&cli.global)?, *date, *json),
        Some(Command::Stats { days, json }) => {
            stats_cmd::run(&Context::load(&cli.global)?, *days, *json)
        }
        Some(Command::Status) => status::run(&Context::load(&cli.global)?),
        Some(Command::Export {
            from,
            to,
            format,
            output,
        }) => export::run(
            &Context::load(&cli.global)?,
            *from,
            *to,
            *format,
            output.as_deref(),
        ),
        Some(Command::Import { file }) => import::run(&Context::load(&cli.global)?, file),
        Some(Command::Start) | None => {
            let context = Context::load(&cli.global)?;
            require_terminal()?;
            crate::tui::run(&context, matches!(cli.command, Some(Command::Start)))
        }
    }
}

/// The screens need a terminal on both ends.
fn require_terminal() -> Result<(), Failure> {
    if io::stdin().is_terminal() && io::stdout().is_terminal() {
        Ok(())
    } else {
        Err(Failure::Usage(
            "letdown's screen needs a terminal; to print instead, try `letdown log` or `letdown --help`"
                .to_string(),
        ))
    }
}

/// A value as pretty JSON with a final newline, as the `--json` flags print it.
fn json_text(value: &impl serde::Serialize) -> Result<String, Failure> {
    let mut text = serde_json::to_string_pretty(value).map_err(|e| Failure::Io(e.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// Writes to stdout, treating a closed pipe as the end rather than an error.
fn print(text: &str) -> Result<(), Failure> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(err) if err.kind() != io::ErrorKind::BrokenPipe => Err(Failure::Io(err.to_string())),
        _ => Ok(()),
    }
}
