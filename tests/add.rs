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

#[test]
fn add_takes_the_setup_over_the_last_sessions() {
    let sandbox = Sandbox::new();
    let base = ["add", "--date", "2026-11-23", "--mins", "20"];
    let with = |at: &str, more: &[&str]| {
        let mut args: Vec<String> = base.iter().map(ToString::to_string).collect();
        args.extend(["--at".to_string(), at.to_string()]);
        args.extend(more.iter().map(ToString::to_string));
        args
    };
    sandbox.stdout_of(with(
        "07:10",
        &[
            "--pump",
            "Spectra S1",
            "--flange",
            "24/21",
            "--suction",
            "6",
            "--sides",
            "one-at-a-time",
        ],
    ));
    sandbox.stdout_of(with("09:10", &["--flange", "21", "--method", "pump+hand"]));
    sandbox.stdout_of(with("11:10", &[]));
    let saved = files(&sandbox);
    let records: Vec<_> = saved
        .iter()
        .map(|p| read_session(p).expect("reads"))
        .collect();
    let first = records[0].setup.clone().expect("a setup");
    assert_eq!(first.pump.as_deref(), Some("Spectra S1"));
    assert_eq!(
        (first.flange_left_mm, first.flange_right_mm),
        (Some(24.0), Some(21.0))
    );
    assert_eq!(first.suction.map(|s| s.0), Some("6".to_string()));
    let second = records[1].setup.clone().expect("a setup");
    assert_eq!(second.pump.as_deref(), Some("Spectra S1"), "from the last");
    assert_eq!(second.flange_left_mm, Some(21.0));
    assert_eq!(
        second.method.map(letdown::session::Method::word),
        Some("pump+hand")
    );
    assert_eq!(records[2].setup, None, "no setup option, no setup");
    let text = fs::read_to_string(&saved[0]).expect("the file");
    assert!(text.starts_with("schema = 3\n"), "{text}");
    for (option, value, says) in [
        ("--flange", "50", "--flange: expected a flange size"),
        ("--sides", "three", "--sides: expected"),
        ("--pump", "a\u{7}b", "--pump: the pump's name"),
    ] {
        let mut args = with("13:10", &[option, value]);
        args.push("--force".into());
        let said = sandbox.refuses(&args, 2);
        assert!(said.contains(says), "{option}: {said}");
    }
    assert_eq!(files(&sandbox).len(), 3);
}
