//! What every command and the terminal app work with: the checked config and
//! the folders it names.
//!
//! Its own module, so that the printing commands and the app both take it
//! from here rather than one face importing the other.

use std::path::PathBuf;

use crate::cli::Global;
use crate::config::Config;
use crate::failure::Failure;
use crate::store::{DataDir, MAX_CONFIG_BYTES, StateDir, paths, read_bounded, refusal};

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
        let cannot = |why: String| {
            Failure::Usage(format!(
                "{}: {}",
                config_path.display(),
                crate::tr!("error-config-cannot-read", why = why)
            ))
        };
        // Only a regular file, opened without waiting and read to a bound: a
        // FIFO or /dev/zero named as the config stops no command.
        let (mut config, config_found) = match read_bounded(&config_path, MAX_CONFIG_BYTES) {
            Ok(Some(contents)) => {
                let text = String::from_utf8(contents.bytes).map_err(|_| {
                    Failure::Usage(format!(
                        "{}:1:1: {}",
                        config_path.display(),
                        crate::tr!("error-config-not-utf8")
                    ))
                })?;
                let config = Config::parse(&text, &config_path)?;
                // The metadata of the very file read, not of one put there since.
                config.check_hooks_file(&text, &config_path, &contents.meta)?;
                (config, true)
            }
            Ok(None) if global.named_config().is_none() => (Config::default(), false),
            Ok(None) => return Err(cannot(crate::tr!("cmd-no-such-file"))),
            Err(reason) => return Err(cannot(refusal(&reason, "config"))),
        };
        // The config's language, where it names one, over the environment's.
        if let Some(lang) = config.language.as_deref().and_then(crate::i18n::Lang::find) {
            crate::i18n::set_language(lang);
        }
        // A relative photo (or token or certificate file), like a relative
        // data dir, is the config file's neighbour.
        config.photo = config
            .photo
            .map(|photo| paths::from_config(&photo, &config_path));
        if let Some(table) = &mut config.babybuddy {
            for file in [&mut table.token_file, &mut table.ca_file] {
                *file = file.take().map(|f| paths::from_config(&f, &config_path));
            }
        }
        let state = StateDir::new(paths::state_dir());
        // A session finished here that the data dir refused counts on its
        // day in every view while it waits in the state folder.
        let data = DataDir::new(paths::data_dir(
            global.named_data_dir(),
            config.data_dir.as_deref(),
            &config_path,
        ))
        .with_waiting(state.unsaved_dir());
        Ok(Self {
            config,
            config_path,
            config_found,
            data,
            state,
        })
    }
}
