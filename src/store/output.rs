//! Files written where the user points (`-o FILE`): the one rule every
//! command that writes such a file follows.
//!
//! The file is written whole or not at all (a temp file in the same folder,
//! flushed, renamed over, the folder flushed), so a crash never leaves half
//! an export. A bare name is the current folder. A missing folder is an
//! error naming it, never created: a typo must not grow a tree of folders.
//! A symlink is written through (its target replaced, the link kept), since
//! a link is how a user points at a file kept elsewhere.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::durable::persist_in;

/// Links followed before giving up, as the kernel does (`ELOOP`).
const MAX_LINKS: usize = 40;

/// Whether an existing file may be replaced: `Replace` when the user typed
/// the name (or said `--force`), `Keep` for a default name the user did not
/// type, which never replaces a file there.
pub use super::durable::Existing;

/// Why a file the user pointed at was not written.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    #[error("{}", crate::tr!(
        "error-output-no-folder",
        path = .path.display().to_string(),
        folder = .missing.display().to_string()
    ))]
    MissingFolder { path: PathBuf, missing: PathBuf },
    #[error("{}", crate::tr!(
        "error-output-not-a-folder",
        path = .path.display().to_string(),
        folder = .folder.display().to_string()
    ))]
    NotAFolder { path: PathBuf, folder: PathBuf },
    #[error("{}", crate::tr!("error-output-not-a-file", path = .path.display().to_string()))]
    NotAFile { path: PathBuf },
    #[error("{}", crate::tr!("error-output-exists", path = .path.display().to_string()))]
    Exists { path: PathBuf },
    #[error("{}", crate::tr!(
        "error-cannot-write",
        path = .path.display().to_string(),
        why = .source.to_string()
    ))]
    Io { path: PathBuf, source: io::Error },
}

/// Writes `bytes` to `path` as a whole, replacing a regular file there when
/// `existing` allows; returns the file written (a symlink's target).
pub fn write_user_file(
    path: &Path,
    bytes: &[u8],
    existing: Existing,
) -> Result<PathBuf, OutputError> {
    write_user_file_with(path, existing, |out| out.write_all(bytes))
}

/// As [`write_user_file`], with what `fill` writes, in as many pieces as it
/// likes: an export streams session by session, never held whole in memory.
pub fn write_user_file_with(
    path: &Path,
    existing: Existing,
    fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<PathBuf, OutputError> {
    let io_error = |source| OutputError::Io {
        path: path.to_path_buf(),
        source,
    };
    let target = follow_links(path).map_err(io_error)?;
    let folder = folder_of(&target);
    check_folder(path, folder)?;
    match std::fs::metadata(&target) {
        Ok(meta) if !meta.is_file() => {
            return Err(OutputError::NotAFile {
                path: path.to_path_buf(),
            });
        }
        Ok(_) if existing == Existing::Keep => {
            return Err(OutputError::Exists {
                path: path.to_path_buf(),
            });
        }
        Err(err) if err.kind() != io::ErrorKind::NotFound => return Err(io_error(err)),
        _ => {}
    }
    persist_in(folder, &target, existing, fill).map_err(|err| {
        // `Keep` never writes over a file that appeared since the check.
        if existing == Existing::Keep && err.kind() == io::ErrorKind::AlreadyExists {
            OutputError::Exists {
                path: path.to_path_buf(),
            }
        } else {
            io_error(err)
        }
    })?;
    Ok(target)
}

/// The file a path names once its symlinks are followed; a dangling link
/// names the file it would point to.
fn follow_links(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link = std::fs::read_link(&current)?;
                current = folder_of(&current).join(link);
            }
            Ok(_) => return Ok(current),
            Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(current),
            Err(err) => return Err(err),
        }
    }
    Err(io::Error::other("too many levels of symbolic links"))
}

/// The folder a file is in: the current one for a bare name.
fn folder_of(file: &Path) -> &Path {
    match file.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// The folder must be there: the error names the outermost one missing.
fn check_folder(path: &Path, folder: &Path) -> Result<(), OutputError> {
    match std::fs::metadata(folder) {
        Ok(meta) if meta.is_dir() => Ok(()),
        Ok(_) => Err(OutputError::NotAFolder {
            path: path.to_path_buf(),
            folder: folder.to_path_buf(),
        }),
        Err(err) if err.kind() == io::ErrorKind::NotFound => {
            let missing = folder
                .ancestors()
                .filter(|a| !a.as_os_str().is_empty() && !a.exists())
                .last()
                .unwrap_or(folder);
            Err(OutputError::MissingFolder {
                path: path.to_path_buf(),
                missing: missing.to_path_buf(),
            })
        }
        Err(source) => Err(OutputError::Io {
            path: path.to_path_buf(),
            source,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_default_name_never_replaces_a_file() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("report.html");
        assert_eq!(
            write_user_file(&file, b"first", Existing::Keep).expect("a new file"),
            file
        );
        let err = write_user_file(&file, b"second", Existing::Keep).expect_err("kept");
        assert!(matches!(err, OutputError::Exists { .. }), "{err}");
        assert!(err.to_string().contains("--force"), "{err}");
        assert_eq!(std::fs::read(&file).expect("reads"), b"first");
        write_user_file(&file, b"third", Existing::Replace).expect("replaced");
        assert_eq!(std::fs::read(&file).expect("reads"), b"third");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("lists")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, ["report.html"], "no temp file is left");
    }

    #[test]
    fn a_missing_folder_is_the_outermost_one() {
        let dir = tempfile::tempdir().expect("tempdir");
        let err = write_user_file(&dir.path().join("a/b/x"), b"x", Existing::Replace)
            .expect_err("refused");
        assert!(
            matches!(&err, OutputError::MissingFolder { missing, .. } if *missing == dir.path().join("a")),
            "{err}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_link_loop_is_an_error_not_a_hang() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        std::os::unix::fs::symlink(&b, &a).expect("link");
        std::os::unix::fs::symlink(&a, &b).expect("link");
        assert!(write_user_file(&a, b"x", Existing::Replace).is_err());
    }
}
