//! A small tmpfs of a test's own, to fill up or make read-only. Mounting
//! needs root and a machine that allows it; where it is refused, the test
//! says so and is skipped, except in CI, where it fails.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

use tempfile::TempDir;

/// A mounted tmpfs, unmounted when dropped.
pub struct Tmpfs {
    mount_point: TempDir,
}

impl Tmpfs {
    /// Mounts a tmpfs with `options` (`size=64k`, `ro,size=64k`); none,
    /// after saying why, where mounting is not allowed.
    pub fn mount(test: &str, options: &str) -> Option<Self> {
        let mount_point = tempfile::tempdir().expect("a mount point");
        let refusal = match Command::new("mount")
            .args(["-t", "tmpfs", "-o", options, "tmpfs"])
            .arg(mount_point.path())
            .output()
        {
            Ok(out) if out.status.success() => return Some(Self { mount_point }),
            Ok(out) => String::from_utf8_lossy(&out.stderr).trim().to_string(),
            Err(err) => err.to_string(),
        };
        super::skip::skip_unless_ci(test, &format!("cannot mount a tmpfs here: {refusal}"));
        None
    }

    pub fn path(&self) -> &Path {
        self.mount_point.path()
    }

    /// Fills the filesystem to its last byte; the file returned holds it all.
    pub fn fill(&self) -> PathBuf {
        let filler = self.path().join("filler");
        let mut file = File::create(&filler).expect("the filler");
        let chunk = [0u8; 4096];
        loop {
            match file.write(&chunk) {
                Ok(0) => break,
                Ok(_) => {}
                Err(err) if err.kind() == io::ErrorKind::StorageFull => break,
                Err(err) => panic!("filling the tmpfs: {err}"),
            }
        }
        let _ = file.sync_all();
        let probe = fs::write(self.path().join("probe"), b"x");
        assert!(probe.is_err(), "the tmpfs is not full");
        filler
    }

    /// Changes its mount options (`remount,rw`).
    pub fn remount(&self, options: &str) -> io::Result<()> {
        let status = Command::new("mount")
            .args(["-o", options])
            .arg(self.path())
            .status()?;
        if status.success() {
            Ok(())
        } else {
            Err(io::Error::other(format!("mount -o {options}: {status}")))
        }
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let unmounted = Command::new("umount")
            .arg(self.path())
            .status()
            .is_ok_and(|s| s.success());
        if !unmounted {
            // Something still has a file open there: detach it now, free it later.
            let _ = Command::new("umount").arg("-l").arg(self.path()).status();
        }
    }
}
