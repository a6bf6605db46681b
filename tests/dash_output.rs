//! `-o -` is standard output for every command that takes `-o`: nothing
//! named `-` is written, and one already there is left as it is; `./-`
//! names the file.

mod common;

use std::fs;

use common::{Sandbox, finished_session};

/// A sandbox with one session saved, whose report window holds it.
fn with_a_session() -> Sandbox {
    let sandbox = Sandbox::new();
    let started = chrono::Local::now().fixed_offset() - chrono::Duration::hours(2);
    let record = finished_session(&started.to_rfc3339(), &[95.0], 600.0, Some(80.0));
    sandbox.save(&record);
    sandbox
}

/// Runs letdown in the sandbox's own folder, where a file named `-` is.
fn stdout_in_folder(sandbox: &Sandbox, args: &[&str]) -> String {
    let output = sandbox
        .letdown()
        .current_dir(sandbox.path())
        .args(args)
        .output()
        .expect("runs");
    assert!(output.status.success(), "{args:?}: {output:?}");
    String::from_utf8(output.stdout).expect("UTF-8")
}

#[test]
fn a_dash_as_the_output_is_standard_output_for_every_command() {
    let sandbox = with_a_session();
    let dash = sandbox.path().join("-");
    fs::write(&dash, "mine").expect("a file named -");
    for format in ["csv", "json"] {
        let printed = stdout_in_folder(&sandbox, &["export", "--format", format, "-o", "-"]);
        assert_eq!(
            printed,
            stdout_in_folder(&sandbox, &["export", "--format", format]),
            "{format}"
        );
        assert!(printed.contains("80"), "{printed}");
    }
    let report = stdout_in_folder(&sandbox, &["report", "--format", "md", "-o", "-"]);
    assert!(report.starts_with('#'), "{report}");
    assert_eq!(fs::read_to_string(&dash).expect("still there"), "mine");
}

#[test]
fn dot_slash_dash_names_a_file() {
    let sandbox = with_a_session();
    let said = stdout_in_folder(&sandbox, &["export", "--format", "csv", "-o", "./-"]);
    assert!(said.starts_with("exported 1 session to ./-"), "{said}");
    assert_eq!(
        fs::read_to_string(sandbox.path().join("-")).expect("written"),
        stdout_in_folder(&sandbox, &["export", "--format", "csv"])
    );
}
