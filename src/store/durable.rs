//! Writes that survive a crash or a power cut: a temp file in the same folder,
//! flushed, renamed into place, and the folder flushed after it.

use std::fs::{self, DirBuilder, File};
use std::io::{self, Write};
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::Path;

/// How the temp files of [`write_atomic`] are named.
const TEMP_PREFIX: &str = ".tmp-";
const TEMP_SUFFIX: &str = ".part";

/// Creates a folder and its parents, private to the user (0700).
pub fn create_private_dir(path: &Path) -> io::Result<()> {
    if path.is_dir() {
        return Ok(());
    }
    DirBuilder::new().recursive(true).mode(0o700).create(path)?;
    fs::set_permissions(path, fs::Permissions::from_mode(0o700))
}

/// Flushes a folder's entries (a rename in it) to disk.
pub fn sync_dir(path: &Path) -> io::Result<()> {
    File::open(path)?.sync_all()
}

/// Whether a durable write may replace a file already at its path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Existing {
    /// Replace it, atomically: a reader sees the old file or the new one.
    Replace,
    /// Never replace it: the write fails with `AlreadyExists` and the file
    /// stays as it is (a session's file, a config the user wrote).
    Keep,
}

/// Writes `bytes` at `path` atomically and durably: a temp file in the same
/// folder, flushed, renamed into place, and the folder flushed after it. The
/// file is 0600; missing folders are created 0700.
pub fn write_atomic(path: &Path, bytes: &[u8], existing: Existing) -> io::Result<()> {
    let dir = path
        .parent()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "a file needs a folder"))?;
    create_private_dir(dir)?;
    persist_in(dir, path, existing, |out| out.write_all(bytes))
}

/// The one atomic-write core, which [`write_atomic`] and the files written
/// where the user points both use: `fill` writes into a temp file in `dir`
/// (0600, made by tempfile, so the rename stays on one filesystem), which is
/// flushed, renamed to `target`, and the folder flushed after it. What `fill`
/// writes is buffered, so it may write in small pieces (an export, session
/// by session). Nothing is at `target` until the whole is on disk; a failure
/// leaves no temp file behind.
pub(super) fn persist_in(
    dir: &Path,
    target: &Path,
    existing: Existing,
    fill: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let mut temp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)?;
    {
        let mut out = io::BufWriter::new(temp.as_file_mut());
        fill(&mut out)?;
        out.flush()?;
    }
    temp.as_file().sync_all()?;
    match existing {
        Existing::Replace => temp.persist(target).map(drop),
        Existing::Keep => temp.persist_noclobber(target).map(drop),
    }
    .map_err(|err| err.error)?;
    sync_dir(dir)
}

/// Removes the temp files a write cut short by a crash left in `dir`. Only
/// for a folder no other process writes in meanwhile (the state folder,
/// under its lock): a write in progress there would lose its file.
pub fn remove_temp_files(dir: &Path) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(TEMP_PREFIX)
            && name.ends_with(TEMP_SUFFIX)
            && entry.file_type()?.is_file()
        {
            fs::remove_file(entry.path())?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_whole_and_is_private() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("a/b/file.toml");
        write_atomic(&path, b"one", Existing::Replace).expect("first write");
        write_atomic(&path, b"two", Existing::Replace).expect("second write");
        assert_eq!(fs::read(&path).expect("read"), b"two");
        let mode = fs::metadata(&path).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let dir_mode = fs::metadata(path.parent().expect("parent"))
            .expect("meta")
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(dir_mode, 0o700);
        let leftovers: Vec<_> = fs::read_dir(path.parent().expect("parent"))
            .expect("list")
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().starts_with(".tmp-"))
            .collect();
        assert!(leftovers.is_empty(), "temp files left behind");
    }

    #[test]
    fn keeping_an_existing_file_never_overwrites_it() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("x.toml");
        write_atomic(&path, b"first", Existing::Keep).expect("first");
        let err = write_atomic(&path, b"second", Existing::Keep).expect_err("kept");
        assert_eq!(err.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(fs::read(&path).expect("read"), b"first");
    }

    #[test]
    fn leftover_temp_files_are_removed_and_nothing_else() {
        let dir = tempfile::tempdir().expect("tempdir");
        fs::write(dir.path().join(".tmp-AbC123.part"), b"cut short").expect("temp");
        fs::write(dir.path().join("running.toml"), b"kept").expect("file");
        fs::create_dir(dir.path().join(".tmp-dir.part")).expect("folder");
        remove_temp_files(dir.path()).expect("cleared");
        let mut left: Vec<String> = fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(left, [".tmp-dir.part", "running.toml"]);
    }
}
