use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use letdown::cli::Cli;

fn main() -> ExitCode {
    if let Err(report) = color_eyre::install() {
        eprintln!("letdown: {report}");
    }
    let cli = Cli::parse();
    match letdown::commands::run(&cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            // Not `eprintln!`: it panics when the terminal has gone away.
            let _ = writeln!(std::io::stderr(), "letdown: {failure}");
            failure.exit_code()
        }
    }
}
