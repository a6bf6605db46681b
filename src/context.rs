//! What every command and the terminal app work with: the checked config and
//! the folders it names.
//!
//! Its own module, so that the printing commands and the app both take it
//! from here rather than one face importing the other.

use std::io;
use std::path::PathBuf;

use crate::cli::Global;
use crate::config::Config;
use crate::failure::Failure;
use crate::store::{DataDir, StateDir, paths};

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
        let (mut config, config_found) = match read_with_metadata(&config_path) {
            Ok((bytes, meta)) => {
                let text = String::from_utf8(bytes).map_err(|_| {
                    Failure::Usage(format!(
                        "{}:1:1: the config is not UTF-8 text",
                        config_path.display()
                    ))
                })?;
                let config = Config::parse(&text, &config_path)?;
                // The metadata of the very file read, not of one put there since.
                config.check_hooks_file(&text, &config_path, &meta)?;
                (config, true)
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

/// A file's bytes, and the metadata of the file they were read from.
fn read_with_metadata(path: &std::path::Path) -> io::Result<(Vec<u8>, std::fs::Metadata)> {
    use std::io::Read;
    let mut file = std::fs::File::open(path)?;
    let meta = file.metadata()?;
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)?;
    Ok((bytes, meta))
}
