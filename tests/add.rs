//! `letdown add`: a session that happened without the app, from the command
//! line. Bad input is refused with exit code 2 and a clear line, and
//! nothing is written.
#![allow(clippy::float_cmp)] // whole seconds and tenths of a ml, exact

mod common;

use std::fs;

use common::Sandbox;
use letdown::store::read_session;

/// Every session file in the sandbox's data dir.
fn files(sandbox: &Sandbox) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    let Ok(days) = fs::read_dir(sandbox.data_dir().join("sessions")) else {
        return found;
    };
    for day in days {
        let day = day.expect("a day folder").path();
        for file in fs::read_dir(day).expect("a day folder") {
            found.push(file.expect("a file").path());
        }
    }
    found.sort();
    found
}

#[test]
fn add_saves_a_session_marked_by_hand_that_the_views_count() {
    let sandbox = Sandbox::new();
    let out = sandbox.stdout_of([
        "add",
        "--at",
        "07:10",
        "--date",
        "2026-11-23",
        "--mins",
        "20",
        "--letdowns",
        "3",
        "--left",
        "40ml",
        "--right",
        "1.5oz",
        "--comfort",
        "tender",
        "--note",
        "a phone-less night",
    ]);
    assert!(
        out.starts_with("added the session of 2026-11-23 07:10"),
        "{out}"
    );
    let saved = files(&sandbox);
    assert_eq!(saved.len(), 1);
    let record = read_session(&saved[0]).expect("the file reads");
    assert!(record.is_by_hand());
    assert_eq!(record.letdown_count(), 3);
    assert_eq!(record.active_secs, 1200.0);
    assert_eq!(record.result.left_ml, Some(40.0));
    assert_eq!(record.result.total_ml, Some(84.4));
    let text = fs::read_to_string(&saved[0]).expect("the file");
    assert!(text.starts_with("schema = 2\n"), "{text}");
    assert!(text.contains("entered = \"by-hand\""), "{text}");
    let log = sandbox.stdout_of(["log", "2026-11-23"]);
    assert!(log.contains("3 by hand"), "{log}");
    assert!(
        log.contains("1 session · 20m pumping · 3 let-downs"),
        "{log}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&sandbox.stdout_of(["log", "2026-11-23", "--json"])).expect("JSON");
    assert_eq!(json["sessions"][0]["entered"], "by-hand");
    assert_eq!(json["sessions"][0]["letdown_count"], 3);
    assert_eq!(json["totals"]["letdown_count"], 3);
    // The timing figures skip it: it has no let-down times to learn from.
    let stats: serde_json::Value =
        serde_json::from_str(&sandbox.stdout_of(["stats", "--days", "3660", "--json"]))
            .expect("JSON");
    assert_eq!(stats["pattern"]["sessions"], 0, "{stats}");
}

#[test]
fn bad_input_is_refused_with_a_clear_line_and_nothing_written() {
    let sandbox = Sandbox::new();
    let day = ["--date", "2026-11-23"];
    for (args, says) in [
        (
            vec!["--at", "25:00", "--mins", "20"],
            "--at: \"25:00\" is not a time",
        ),
        (
            vec!["--at", "7:10", "--mins", "soon"],
            "--mins: \"soon\" is not a length",
        ),
        (vec!["--at", "7:10", "--mins", "0"], "longer than 0 minutes"),
        (vec!["--at", "7:10", "--mins", "25h"], "at most 24 hours"),
        (
            vec!["--at", "7:10", "--mins", "20", "--left", "-5"],
            "--left: \"-5\" is below 0",
        ),
        (
            vec![
                "--at", "7:10", "--mins", "20", "--left", "40", "--right", "40", "--total", "50",
            ],
            "is not left + right",
        ),
        (
            vec!["--at", "7:10", "--mins", "20", "--letdowns", "101"],
            "101",
        ),
        (
            vec!["--at", "7:10", "--mins", "20", "--comfort", "meh"],
            "fine, tender or painful",
        ),
    ] {
        let mut all = vec!["add"];
        all.extend(day);
        all.extend(&args);
        let said = sandbox.refuses(&all, 2);
        assert!(said.contains(says), "{args:?}: {said}");
        assert!(files(&sandbox).is_empty(), "{args:?} wrote a file");
    }
    let said = sandbox.refuses(
        [
            "add",
            "--at",
            "7:10",
            "--mins",
            "20",
            "--date",
            "2200-01-01",
        ],
        2,
    );
    assert!(said.contains("in the future"), "{said}");
    assert!(!sandbox.data_dir().exists(), "nothing created");
}

#[test]
fn an_overlap_is_refused_unless_forced() {
    let sandbox = Sandbox::new();
    let add = |at: &str, force: bool| {
        let mut args = vec!["add", "--date", "2026-11-23", "--at", at, "--mins", "20"];
        if force {
            args.push("--force");
        }
        args.into_iter().map(String::from).collect::<Vec<_>>()
    };
    sandbox.stdout_of(add("07:10", false));
    let said = sandbox.refuses(add("07:20", false), 2);
    assert!(
        said.contains("it overlaps the session of 07:10 (20m)") && said.contains("--force"),
        "{said}"
    );
    assert_eq!(files(&sandbox).len(), 1);
    // Touching ends is not an overlap; --force adds one that is.
    sandbox.stdout_of(add("07:30", false));
    sandbox.stdout_of(add("07:20", true));
    assert_eq!(files(&sandbox).len(), 3);
}

/// A length reads as a length: 12 minutes is `12m`, never `12:00`, which
/// reads as noon beside the session's start time.
#[test]
fn the_answer_of_add_says_the_length_as_a_length_not_a_clock_time() {
    let sandbox = Sandbox::new();
    let out = sandbox.stdout_of([
        "add",
        "--date",
        "2026-11-23",
        "--at",
        "13:00",
        "--mins",
        "12",
    ]);
    assert!(out.contains("13:00 (12m, no let-down count)"), "{out}");
    assert!(!out.contains("12:00"), "{out}");
    let out = sandbox.stdout_of([
        "add",
        "--date",
        "2026-11-23",
        "--at",
        "15:00",
        "--mins",
        "1h05",
    ]);
    assert!(out.contains("15:00 (1h05m, no let-down count)"), "{out}");
    let out = sandbox.stdout_of([
        "add",
        "--date",
        "2026-11-23",
        "--at",
        "17:00",
        "--mins",
        "10",
        "--letdowns",
        "0",
    ]);
    assert!(out.contains("17:00 (10m, 0 let-downs)"), "{out}");
}
