//! Files the user names on the command line, the config and a file to
//! import: what is not a regular file (a FIFO, /dev/zero, a folder) is
//! refused without being opened for long or read, and a file past its bound
//! is refused unread, each with why. Every run has a time bound, so a hang
//! fails the test rather than stopping it.

mod common;

use std::fs;
use std::path::Path;
use std::time::Duration;

use common::{Sandbox, arg, fifo};

/// Long enough for any of these on a loaded machine; a hang ends here.
const BOUND: Duration = Duration::from_secs(30);

/// Runs letdown with a time bound, expecting it to refuse with exit code 2;
/// returns what it said.
fn refused(sandbox: &Sandbox, args: &[&str]) -> String {
    let output = sandbox
        .letdown()
        .args(args)
        .timeout(BOUND)
        .output()
        .expect("letdown runs");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    stderr
}

/// A sparse file of `bytes`: it takes no room, and must not be read.
fn sparse(path: &Path, bytes: u64) {
    fs::File::create(path)
        .and_then(|file| file.set_len(bytes))
        .expect("a sparse file");
}

#[test]
fn a_config_that_is_not_a_regular_file_is_refused_at_once() {
    let sandbox = Sandbox::new();
    let pipe = sandbox.path().join("config.toml");
    fifo(&pipe);
    let folder = sandbox.path().join("a-folder");
    fs::create_dir(&folder).expect("a folder");
    for config in [arg(&pipe), "/dev/zero", arg(&folder)] {
        for command in [&["log"][..], &["config", "check"], &["status"]] {
            let mut args = vec!["--config", config];
            args.extend_from_slice(command);
            let stderr = refused(&sandbox, &args);
            assert!(
                stderr.contains(&format!(
                    "{config}: cannot read the config: it is not a regular file"
                )),
                "{stderr}"
            );
        }
    }
}

#[test]
fn a_config_past_its_bound_is_refused_unread() {
    let sandbox = Sandbox::new();
    let config = sandbox.path().join("config.toml");
    sparse(&config, 1 << 30);
    let stderr = refused(&sandbox, &["--config", arg(&config), "log"]);
    assert!(
        stderr.contains("it is larger than a config can be (more than 4 MiB)"),
        "{stderr}"
    );
}

#[test]
fn an_import_that_is_not_a_regular_file_is_refused_at_once() {
    let sandbox = Sandbox::new();
    let pipe = sandbox.path().join("export.json");
    fifo(&pipe);
    for file in [arg(&pipe), "/dev/zero", arg(sandbox.path())] {
        let stderr = refused(&sandbox, &["import", file]);
        assert!(
            stderr.contains(&format!(
                "{file}: cannot read it: it is not a regular file (a folder, a FIFO or a device), \
                 and an export is one; nothing was imported"
            )),
            "{stderr}"
        );
    }
    assert!(!sandbox.data_dir().join("sessions").exists());
}

#[test]
fn an_import_past_its_bound_is_refused_unread_saying_how_to_split_it() {
    let sandbox = Sandbox::new();
    let file = sandbox.path().join("export.json");
    sparse(&file, 4 << 30);
    let stderr = refused(&sandbox, &["import", arg(&file)]);
    assert!(
        stderr.contains("it is larger than an import can be (more than 256 MiB)"),
        "{stderr}"
    );
    assert!(stderr.contains("--from, --to"), "{stderr}");
    assert!(stderr.contains("nothing was imported"), "{stderr}");
}
