//! `letdown config path|init|check|show`.

use std::fmt::Write as _;

use super::{Context, Failure, print};
use crate::cli::{ConfigAction, Global};
use crate::config::{Config, ConfigError, DEFAULT_TOML};
use crate::format;
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
                eprintln!("letdown: {}", crate::tr!("cmd-config-none-yet"));
            }
            print(&format!("{}\n", format::printable_path(&path)))
        }
        ConfigAction::Init => {
            let path = paths::config_file(global.named_config());
            if path.exists() {
                return Err(Failure::Usage(crate::tr!(
                    "cmd-config-exists",
                    path = path.display().to_string()
                )));
            }
            write_atomic(&path, DEFAULT_TOML.as_bytes(), Existing::Keep).map_err(|err| {
                Failure::Io(crate::tr!(
                    "cmd-cannot-write",
                    path = path.display().to_string(),
                    why = err.to_string()
                ))
            })?;
            print(&format!(
                "{}\n",
                crate::tr!("cmd-config-wrote", path = format::printable_path(&path))
            ))
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
    Failure::Usage(crate::tr!("cmd-config-problems", count = errors.len()))
}

fn check(context: &Context) -> Result<(), Failure> {
    let mut out = String::new();
    if context.config_found {
        let _ = writeln!(
            out,
            "{}",
            crate::tr!(
                "cmd-config-fine",
                path = format::printable_path(&context.config_path)
            )
        );
    } else {
        let _ = writeln!(
            out,
            "{}",
            crate::tr!(
                "cmd-config-defaults",
                path = format::printable_path(&context.config_path)
            )
        );
    }
    let listing = context.data.read_all();
    let _ = writeln!(
        out,
        "{}",
        crate::tr!(
            "cmd-config-data-dir",
            path = format::printable_path(context.data.root()),
            count = listing.sessions.len()
        )
    );
    let _ = writeln!(
        out,
        "{}",
        crate::tr!(
            "cmd-config-state-folder",
            path = format::printable_path(context.state.root())
        )
    );
    filing(&mut out, &listing);
    print(&out)?;
    if listing.unreadable.is_empty() {
        return Ok(());
    }
    let mut list = crate::tr!("cmd-config-unreadable", count = listing.unreadable.len());
    list.push('\n');
    for file in &listing.unreadable {
        let _ = writeln!(
            list,
            "  {}: {}",
            format::printable_path(&file.path),
            format::printable(&file.reason.to_string())
        );
    }
    eprint!("{list}");
    Err(Failure::Io(crate::tr!("cmd-config-unreadable-hint")))
}

/// The sessions filed in another day's folder and the duplicate copies:
/// nothing is lost by either, so they are notes, not failures.
fn filing(out: &mut String, listing: &Listing) {
    if !listing.misfiled.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            crate::tr!("cmd-config-misfiled", count = listing.misfiled.len())
        );
        for file in &listing.misfiled {
            let _ = writeln!(
                out,
                "  {}: {}",
                format::printable_path(&file.path),
                crate::tr!("cmd-config-belongs", day = file.belongs.to_string())
            );
        }
    }
    if !listing.duplicates.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            crate::tr!(
                "cmd-config-duplicates",
                copies = crate::facts::notices::duplicate_copies(listing.duplicates.len())
            )
        );
        for stored in listing.sessions.iter().filter(|s| !s.copies.is_empty()) {
            for copy in &stored.copies {
                let _ = writeln!(
                    out,
                    "  {}: {}",
                    format::printable_path(copy),
                    crate::tr!(
                        "cmd-config-copy-of",
                        path = format::printable_path(&stored.path)
                    )
                );
            }
        }
    }
}
