//! `letdown config path|init|check|show`.

use std::fmt::Write as _;

use super::{Context, Failure, print};
use crate::cli::{ConfigAction, Global};
use crate::config::{Config, ConfigError, DEFAULT_TOML};
use crate::format;
use crate::query;
use crate::store::{Existing, Listing, MAX_CONFIG_BYTES, paths, read_bounded, write_atomic};

/// `load` reads the config and the folders it names, as every printing
/// command does.
pub fn run(
    action: ConfigAction,
    global: &Global,
    load: impl Fn() -> Result<Context, Failure>,
) -> Result<(), Failure> {
    match action {
        ConfigAction::Path => {
            let path = paths::config_file(global.named_config());
            if !path.exists() {
                eprintln!(
                    "letdown: no config there yet; the built-in defaults are in use (`letdown config init` writes one)"
                );
            }
            print(&format!("{}\n", format::printable_path(&path)))
        }
        ConfigAction::Init => {
            let path = paths::config_file(global.named_config());
            if path.exists() {
                return Err(Failure::Usage(format!(
                    "{} already exists and was left as it is",
                    path.display()
                )));
            }
            write_atomic(&path, DEFAULT_TOML.as_bytes(), Existing::Keep)
                .map_err(|err| Failure::Io(format!("cannot write {}: {err}", path.display())))?;
            print(&format!("wrote {}\n", format::printable_path(&path)))
        }
        ConfigAction::Check => match load() {
            Err(Failure::Config(first)) => Err(every_error(first)),
            loaded => check(&loaded?),
        },
        ConfigAction::Show => {
            let context = load()?;
            let mut config = context.config.clone();
            config.data_dir = Some(context.data.root().to_path_buf());
            let text = toml::to_string(&config).map_err(|err| Failure::Io(err.to_string()))?;
            // Names and prompts are the user's text: shown, never acted on.
            let mut shown = String::new();
            for line in text.lines() {
                let _ = writeln!(shown, "{}", format::printable(line));
            }
            print(&shown)
        }
    }
}

/// Lists on stderr every error of the config whose first error is `first`,
/// one a line as the other commands show the first, and says what to do. The file is read again for the list: it
/// was read whole a moment ago, and if it has gone since, `first` stands alone.
fn every_error(first: ConfigError) -> Failure {
    let errors = read_bounded(&first.file, MAX_CONFIG_BYTES)
        .ok()
        .flatten()
        .and_then(|contents| String::from_utf8(contents.bytes).ok())
        .and_then(|text| Config::check(&text, &first.file).err())
        .unwrap_or_else(|| vec![first]);
    let mut list = String::new();
    for err in &errors {
        let _ = writeln!(list, "letdown: {err}");
    }
    eprint!("{list}");
    let (count, them) = match errors.len() {
        1 => ("1 problem".to_string(), "it"),
        many => (format!("{many} problems"), "them"),
    };
    Failure::Usage(format!(
        "{count} in the config, listed above; fix {them} and run `letdown config check` again"
    ))
}

fn check(context: &Context) -> Result<(), Failure> {
    let mut out = String::new();
    if context.config_found {
        let _ = writeln!(
            out,
            "config: {} is fine",
            format::printable_path(&context.config_path)
        );
    } else {
        let _ = writeln!(
            out,
            "config: none at {}; the built-in defaults are in use",
            format::printable_path(&context.config_path)
        );
    }
    let listing = context.data.read_all();
    let _ = writeln!(
        out,
        "data dir: {} ({})",
        format::printable_path(context.data.root()),
        format::plural(listing.sessions.len(), "session")
    );
    let _ = writeln!(
        out,
        "state folder: {}",
        format::printable_path(context.state.root())
    );
    filing(&mut out, &listing);
    print(&out)?;
    if listing.unreadable.is_empty() {
        return Ok(());
    }
    let mut list = match listing.unreadable.len() {
        1 => "1 session file could not be read; it was left as it is:\n".to_string(),
        many => format!("{many} session files could not be read; they were left as they are:\n"),
    };
    for file in &listing.unreadable {
        let _ = writeln!(
            list,
            "  {}: {}",
            format::printable_path(&file.path),
            format::printable(&file.reason.to_string())
        );
    }
    eprint!("{list}");
    Err(Failure::Io(
        "letdown never changes a session file it cannot read; fix or move the ones listed above by hand"
            .to_string(),
    ))
}

/// The sessions filed in another day's folder and the duplicate copies:
/// nothing is lost by either, so they are notes, not failures.
fn filing(out: &mut String, listing: &Listing) {
    if !listing.misfiled.is_empty() {
        let _ = writeln!(
            out,
            "{} in another day's folder, counted on its own day and left as it is:",
            format::plural(listing.misfiled.len(), "session file")
        );
        for file in &listing.misfiled {
            let _ = writeln!(
                out,
                "  {}: started on {}; it belongs in sessions/{}/",
                format::printable_path(&file.path),
                file.belongs,
                file.belongs
            );
        }
    }
    if !listing.duplicates.is_empty() {
        let _ = writeln!(
            out,
            "{} of sessions ignored (the file named by the id inside wins, else the one modified last), left as they are:",
            query::duplicate_copies(listing.duplicates.len())
        );
        for stored in listing.sessions.iter().filter(|s| !s.copies.is_empty()) {
            for copy in &stored.copies {
                let _ = writeln!(
                    out,
                    "  {}: a copy of {}",
                    format::printable_path(copy),
                    format::printable_path(&stored.path)
                );
            }
        }
    }
}
