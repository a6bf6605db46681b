//! Where the report goes: `report.html` in the current folder, never over
//! a file there without `--force`; a file the user names, replaced whole;
//! standard output for `-`; and the days it covers.

use std::fs;

use crate::common::{Sandbox, arg};
use crate::{letdown, thirty_days};

#[test]
fn report_html_is_never_replaced_without_force() {
    let sandbox = Sandbox::new();
    thirty_days(&sandbox);
    let here = sandbox.path().join("here");
    fs::create_dir(&here).expect("a folder");
    let out = letdown(&sandbox)
        .current_dir(&here)
        .arg("report")
        .output()
        .expect("letdown runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.starts_with("wrote the report of ")
            && said.contains("(14 days, ")
            && said.ends_with("to report.html\n"),
        "{said}"
    );
    let page = here.join("report.html");
    assert!(
        fs::read_to_string(&page)
            .expect("written")
            .starts_with("<!DOCTYPE html>")
    );
    assert_eq!(crate::common::mode(&page), 0o600, "health data is private");

    fs::write(&page, "the user's own file").expect("replaced by the user");
    let out = letdown(&sandbox)
        .current_dir(&here)
        .arg("report")
        .output()
        .expect("letdown runs");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("report.html already exists") && stderr.contains("--force"),
        "{stderr}"
    );
    assert_eq!(
        fs::read_to_string(&page).expect("kept"),
        "the user's own file"
    );

    letdown(&sandbox)
        .current_dir(&here)
        .args(["report", "--force", "--format", "md"])
        .assert()
        .success();
    assert!(
        fs::read_to_string(here.join("report.md"))
            .expect("md")
            .starts_with("# Pumping log")
    );
    letdown(&sandbox)
        .current_dir(&here)
        .args(["report", "--force"])
        .assert()
        .success();
    assert!(
        fs::read_to_string(&page)
            .expect("replaced")
            .starts_with("<!DOCTYPE html>")
    );
}

#[test]
fn a_named_file_is_replaced_and_a_missing_folder_is_named() {
    let sandbox = Sandbox::new();
    thirty_days(&sandbox);
    let file = sandbox.path().join("for-the-consultant.html");
    fs::write(&file, "old").expect("an old file");
    letdown(&sandbox)
        .args(["report", "--days", "7", "-o", arg(&file)])
        .assert()
        .success();
    assert!(
        fs::read_to_string(&file)
            .expect("written")
            .contains("7 days")
    );
    let missing = sandbox.path().join("missing/report.html");
    let out = letdown(&sandbox)
        .args(["report", "-o", arg(&missing)])
        .output()
        .expect("letdown runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not exist"));
    assert!(!sandbox.path().join("missing").exists());
}

#[test]
fn the_days_are_checked_and_a_period_without_sessions_is_a_page_too() {
    let sandbox = Sandbox::new();
    for (args, says) in [
        (
            vec!["--from", "2026-11-20", "--to", "2026-11-10"],
            "is after",
        ),
        (
            vec!["--from", "2000-01-01", "--to", "2026-11-10"],
            "at most 3660 days",
        ),
        (vec!["--days", "0"], "0"),
        (
            vec!["--days", "3", "--from", "2026-11-10"],
            "cannot be used with",
        ),
        (vec!["--format", "pdf"], "pdf"),
    ] {
        let mut all = vec!["report"];
        all.extend(args);
        let out = letdown(&sandbox).args(&all).output().expect("letdown runs");
        assert_eq!(out.status.code(), Some(2), "{all:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(says), "{all:?}: {stderr}");
        assert!(out.stdout.is_empty());
    }
    let text = crate::report_text(&sandbox, &["--from", "2026-11-10", "--to", "2026-11-16"]);
    assert!(text.contains("Mon 16 Nov 2026"), "{text}");
    assert!(text.contains("No sessions in these days."));
    assert!(!text.contains("<svg"), "no chart of nothing");
}
