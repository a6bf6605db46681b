//! The commands that print, and dispatch to the terminal app.

mod add;
mod config_cmd;
mod experiment;
mod export;
mod import;
mod log;
mod remote;
mod report_cmd;
mod stats_cmd;
mod status;
mod sync;
mod trash;

use std::io::{self, IsTerminal, Write};

use chrono::{Local, NaiveDate};
use clap::CommandFactory;

use crate::cli::{Cli, Command};
use crate::context::Context;
use crate::failure::Failure;
use crate::remote::Request;

/// Runs the parsed command line.
pub fn run(cli: &Cli) -> Result<(), Failure> {
    // The environment's language until the config names one.
    crate::i18n::set_language(crate::i18n::Lang::from_env(|name| std::env::var(name).ok()));
    // The printing commands: each says when `letdown tap` and the others
    // could not reach a session from here.
    let load = || {
        let context = Context::load(&cli.global)?;
        if let Err(too_long) = crate::remote::check_socket_path(&context.state.socket_path()) {
            eprintln!("letdown: {too_long}");
        }
        Ok::<_, Failure>(context)
    };
    match &cli.command {
        Some(Command::Completions { shell }) => {
            let mut command = Cli::command();
            clap_complete::generate(*shell, &mut command, "letdown", &mut io::stdout());
            Ok(())
        }
        Some(Command::Config { action }) => config_cmd::run(*action, &cli.global, load),
        Some(Command::Log { date, json }) => log::run(&load()?, *date, *json),
        Some(Command::Stats { days, json }) => stats_cmd::run(&load()?, *days, *json),
        Some(Command::Status { json, follow }) => status::run(&load()?, *json, *follow),
        Some(Command::Tap) => remote::run(&Context::load(&cli.global)?, Request::Tap),
        Some(Command::Undo) => remote::run(&Context::load(&cli.global)?, Request::Undo),
        Some(Command::Pause) => remote::run(&Context::load(&cli.global)?, Request::Pause),
        Some(Command::Next) => remote::run(&Context::load(&cli.global)?, Request::Next),
        Some(Command::End) => remote::run(&Context::load(&cli.global)?, Request::End),
        Some(Command::Export {
            from,
            to,
            format,
            output,
        }) => export::run(&load()?, *from, *to, *format, output.as_ref()),
        Some(Command::Report(args)) => report_cmd::run(&load()?, args),
        Some(Command::Import { file }) => import::run(&load()?, file),
        Some(Command::Sync {
            dry_run,
            since,
            overwrite,
            replace,
            resend,
            link,
        }) => {
            let flags = sync::Flags {
                since: *since,
                overwrite: *overwrite,
                replace: *replace,
                resend: resend.clone(),
                link: link.clone(),
            };
            sync::run(&load()?, *dry_run, &flags)
        }
        Some(Command::Add(args)) => add::run(&load()?, args),
        Some(Command::Trash { action }) => trash::run(&load()?, action.as_ref()),
        Some(Command::Experiment { action }) => experiment::run(&load()?, action),
        Some(Command::Start { plan }) => {
            let context = Context::load(&cli.global)?;
            if let Some(name) = plan {
                known_plan(&context, name)?;
            }
            require_terminal()?;
            if plain_wanted(cli) {
                return crate::plain::run(&context, true, plan.clone());
            }
            crate::tui::run(&context, true, plan.clone())
        }
        None => {
            let context = Context::load(&cli.global)?;
            require_terminal()?;
            if plain_wanted(cli) {
                return crate::plain::run(&context, false, None);
            }
            crate::tui::run(&context, false, None)
        }
    }
}

/// Whether the app opens in line mode: `--plain`, `LETDOWN_PLAIN`, or a dumb terminal.
fn plain_wanted(cli: &Cli) -> bool {
    crate::plain::wanted(cli.global.plain, std::env::var("TERM").ok().as_deref())
}

/// Refuses a plan name the config does not know, listing the ones it does.
fn known_plan(context: &Context, name: &str) -> Result<(), Failure> {
    if crate::session::Plan::named(&context.config, name).is_some() {
        return Ok(());
    }
    let known: Vec<&str> = context
        .config
        .plan_choices()
        .iter()
        .map(|(n, _)| *n)
        .collect();
    Err(Failure::Usage(crate::tr!(
        "cmd-no-such-plan",
        name = name,
        plans = known.join(", ")
    )))
}

/// The screens need a terminal on both ends.
fn require_terminal() -> Result<(), Failure> {
    if io::stdin().is_terminal() && io::stdout().is_terminal() {
        Ok(())
    } else {
        Err(Failure::Usage(crate::tr!("cmd-needs-terminal")))
    }
}

/// The day the config counts as today, now: what a printing command shows
/// when no day is named, and what `today` and `yesterday` are counted from.
fn today(context: &Context) -> NaiveDate {
    crate::query::today(&context.config, Local::now().fixed_offset())
}

/// A value as pretty JSON with a final newline, as the `--json` flags print
/// it (what a terminal would act on escaped).
fn json_text(value: &impl serde::Serialize) -> Result<String, Failure> {
    let mut text =
        crate::format::json::to_string_pretty(value).map_err(|e| Failure::Io(e.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// What `make` gives with English words: what `--json` prints is data,
/// the same in every language, as its fields' names are.
fn in_english<T>(make: impl FnOnce() -> T) -> T {
    crate::i18n::in_language(crate::i18n::Lang::ENGLISH, make)
}

/// Writes to stdout, treating a closed pipe as the end rather than an error.
fn print(text: &str) -> Result<(), Failure> {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(err) if err.kind() != io::ErrorKind::BrokenPipe => Err(Failure::Io(err.to_string())),
        _ => Ok(()),
    }
}
