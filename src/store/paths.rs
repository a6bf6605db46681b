//! Where the config, the data dir and the state folder are.
//!
//! XDG variables are followed wherever they are set, on every platform, so a
//! test or a second profile can isolate all three.

use std::env;
use std::path::{Path, PathBuf};

use directories::{BaseDirs, ProjectDirs};

const APP: &str = "letdown";

fn project() -> Option<ProjectDirs> {
    ProjectDirs::from("", "", APP)
}

fn xdg(var: &str) -> Option<PathBuf> {
    env::var_os(var)
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .map(|p| p.join(APP))
}

/// Expands a leading `~` to the home folder.
#[must_use]
pub fn expand_home(path: &Path) -> PathBuf {
    if let Ok(rest) = path.strip_prefix("~")
        && let Some(base) = BaseDirs::new()
    {
        return base.home_dir().join(rest);
    }
    path.to_path_buf()
}

/// The config file: the one named, else `$XDG_CONFIG_HOME/letdown/config.toml`,
/// else the platform's config folder.
#[must_use]
pub fn config_file(named: Option<&Path>) -> PathBuf {
    if let Some(path) = named {
        return expand_home(path);
    }
    xdg("XDG_CONFIG_HOME")
        .or_else(|| project().map(|p| p.config_dir().to_path_buf()))
        .unwrap_or_else(|| PathBuf::from(".letdown"))
        .join("config.toml")
}

/// A path written in the config file: `~` is the home folder, and a
/// relative path is relative to the config file's folder, so the same config
/// finds the same folder wherever letdown is started.
#[must_use]
pub fn from_config(path: &Path, config_file: &Path) -> PathBuf {
    let path = expand_home(path);
    if path.is_absolute() {
        return path;
    }
    let joined = config_file.parent().unwrap_or(Path::new("")).join(path);
    std::path::absolute(&joined).unwrap_or(joined)
}

/// The data dir: the one named on the command line or in the environment
/// (relative to the current folder, as a shell's paths are), else the
/// config's `data_dir` (see [`from_config`]), else `$XDG_DATA_HOME/letdown`,
/// else the platform's data folder.
#[must_use]
pub fn data_dir(named: Option<&Path>, configured: Option<&Path>, config_file: &Path) -> PathBuf {
    if let Some(path) = named {
        return expand_home(path);
    }
    if let Some(path) = configured {
        return from_config(path, config_file);
    }
    xdg("XDG_DATA_HOME")
        .or_else(|| project().map(|p| p.data_dir().to_path_buf()))
        .unwrap_or_else(|| PathBuf::from(".letdown-data"))
}

/// The machine's own state folder, which holds the running session and its lock.
#[must_use]
pub fn state_dir() -> PathBuf {
    xdg("XDG_STATE_HOME")
        .or_else(|| {
            project().map(|p| {
                p.state_dir()
                    .map_or_else(|| p.data_local_dir().join("state"), Path::to_path_buf)
            })
        })
        .unwrap_or_else(|| PathBuf::from(".letdown-state"))
}
