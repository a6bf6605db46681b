//! The printing commands over a data dir of good and bad files, run as the
//! real binary: each spawns a process, so the case count is modest.

use std::process::Output;

use chrono::{NaiveDate, NaiveTime, Utc};
use letdown::store::DataDir;
use serde_json::Value;

use crate::common::{Sandbox, proptest_runner, tree_fingerprint};
use crate::{Scene, days_before, plan, tally};

/// How many files the binary reported unreadable on stderr.
fn unreadable_said(stderr: &str) -> usize {
    // Only the line about unreadable files: another (a session filed in a
    // neighbour's folder, a duplicate copy) may count sessions too.
    let Some(line) = stderr.lines().find(|l| l.contains("could not be read")) else {
        return 0;
    };
    if line.contains("1 session file could not be read") {
        return 1;
    }
    line.split_whitespace()
        .zip(line.split_whitespace().skip(1))
        .find(|(_, next)| *next == "session")
        .and_then(|(n, _)| n.parse().ok())
        .unwrap_or(0)
}

/// Checks that a command ended well and returns what it printed and how
/// many files it said were unreadable.
fn clean(args: &[&str], output: &Output) -> (String, usize) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{args:?} panicked: {stderr}");
    assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
    let stdout = String::from_utf8(output.stdout.clone()).expect("UTF-8 on stdout");
    (stdout, unreadable_said(&stderr))
}

/// The ids of a JSON array of sessions, sorted.
fn ids(sessions: &Value) -> Vec<String> {
    let mut ids: Vec<String> = sessions
        .as_array()
        .expect("an array of sessions")
        .iter()
        .map(|s| s["id"].as_str().expect("an id").to_string())
        .collect();
    ids.sort();
    ids
}

/// Asserts a command listed what the files hold, the good ones among them.
#[track_caller]
fn assert_listed(
    what: &str,
    scene: &Scene,
    listed: (&[String], usize),
    expected: &(Vec<String>, usize),
    (from, to): (NaiveDate, NaiveDate),
) {
    for record in scene.good_within(from, to) {
        assert!(
            listed.0.contains(&record.id),
            "{what}: the good session {} is missing",
            record.id
        );
    }
    assert_eq!(listed.0, expected.0, "{what}: the sessions listed");
    assert_eq!(listed.1, expected.1, "{what}: the unreadable files counted");
}

/// Runs every printing command over one data dir; returns how many good and
/// bad files it held, and how many commands ran.
fn run_case(plan: &crate::Plan) -> [usize; 3] {
    let sandbox = Sandbox::new();
    let data = DataDir::new(sandbox.data_dir());
    if plan.day_start != NaiveTime::MIN {
        let config = sandbox.config_file();
        std::fs::create_dir_all(config.parent().expect("a folder")).expect("mkdir");
        std::fs::write(
            config,
            format!("day_starts_at = \"{}\"\n", plan.day_start.format("%H:%M")),
        )
        .expect("write the config");
    }
    // The binary runs in UTC, so "today" is the same for it and for the test.
    let since_midnight = plan.day_start - NaiveTime::MIN;
    let today = (Utc::now().naive_utc() - since_midnight).date();
    let days = [days_before(today, 1), days_before(today, 2)];
    let scene = Scene::write(&data, days, plan);
    let before = tree_fingerprint(sandbox.path());
    let run = |args: &[&str]| {
        let output = sandbox
            .letdown()
            .env("TZ", "UTC")
            .args(args)
            .output()
            .expect("letdown runs");
        clean(args, &output)
    };
    let (first, second) = (days[0].to_string(), days[1].to_string());

    let (stdout, said) = run(&["log", "--json", &first]);
    let json: Value = serde_json::from_str(&stdout).expect("JSON from log");
    let want = scene.expected(days[0], days[0]);
    let listed = ids(&json["sessions"]);
    assert_listed(
        "log --json",
        &scene,
        (&listed, said),
        &want,
        (days[0], days[0]),
    );
    assert_eq!(json["totals"]["sessions"], listed.len());

    let (table, said) = run(&["log", &second]);
    let want = scene.expected(days[1], days[1]);
    assert_eq!(said, want.1, "log: the unreadable files counted");
    for record in scene.good_within(days[1], days[1]) {
        let start = record.started.0.format("%H:%M").to_string();
        assert!(table.contains(&start), "log: no {start} in\n{table}");
    }
    let count = format!("{} · ", letdown::format::plural(want.0.len(), "session"));
    assert!(
        table.contains(&count) || (want.0.is_empty() && table.contains("No sessions yet.")),
        "log: no {count:?} in\n{table}"
    );

    let (stdout, said) = run(&["stats", "--days", "30", "--json"]);
    let json: Value = serde_json::from_str(&stdout).expect("JSON from stats");
    let range = (days_before(today, 29), today);
    let want = scene.expected(range.0, range.1);
    assert_listed(
        "stats",
        &scene,
        (&ids(&json["sessions"]), said),
        &want,
        range,
    );

    // Export with no bounds reads every session, wherever it is filed.
    let range = (NaiveDate::MIN, NaiveDate::MAX);
    let want = scene.expected_all();
    let (stdout, said) = run(&["export", "--format", "json"]);
    let json: Value = serde_json::from_str(&stdout).expect("JSON from export");
    assert_listed("export json", &scene, (&ids(&json), said), &want, range);
    let (stdout, said) = run(&["export", "--format", "csv"]);
    let mut csv = csv::Reader::from_reader(stdout.as_bytes());
    let id = csv
        .headers()
        .expect("a header")
        .iter()
        .position(|h| h == "id")
        .expect("an id column");
    let mut listed: Vec<String> = csv
        .records()
        .map(|row| row.expect("a CSV row")[id].to_string())
        .collect();
    listed.sort();
    assert_listed("export csv", &scene, (&listed, said), &want, range);

    let (line, said) = run(&["status"]);
    let want = scene.expected(days_before(today, 13), today);
    assert_eq!(said, want.1, "status: the unreadable files counted");
    assert_eq!(line.lines().count(), 1, "status prints one line: {line}");
    let now = Utc::now();
    if scene.good.iter().any(|(_, r)| r.started.0 <= now) {
        assert!(line.starts_with("last pumped "), "{line}");
    }

    assert_eq!(
        tree_fingerprint(sandbox.path()),
        before,
        "a command changed, added or removed a file"
    );
    [scene.good.len(), scene.bad.len(), 6]
}

#[test]
fn the_printing_commands_list_the_good_count_the_bad_and_change_nothing() {
    let mut runner = proptest_runner(24);
    let [good, bad, runs] = tally(&mut runner, &plan(), |plan| run_case(&plan));
    println!(
        "bad data, commands: {} cases, {bad} bad files beside {good} good ones, read by {runs} runs: 0 panics, 0 files changed",
        runner.config().cases
    );
}

#[test]
fn escape_sequences_in_a_session_file_never_reach_the_terminal() {
    let sandbox = Sandbox::new();
    let folder = sandbox.data_dir().join("sessions/2026-11-23");
    std::fs::create_dir_all(&folder).expect("a day folder");
    std::fs::write(folder.join("escapes.toml"), crate::ESCAPES).expect("write");
    // The same text where it makes the file unreadable: the reason quotes it.
    let broken = crate::ESCAPES.replace("comfort = \"fine\"", "comfort = \"\u{1b}[2J\"");
    std::fs::write(folder.join("broken\u{1b}[2J.toml"), broken).expect("write");
    for args in [
        &["stats", "--days", "3660"][..],
        &["log", "2026-11-23"],
        &["status"],
        &["config", "check"],
    ] {
        let output = sandbox.run(args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("panicked"), "{stderr}");
        let stdout = String::from_utf8_lossy(&output.stdout);
        for line in stdout.lines().chain(stderr.lines()) {
            assert!(
                !crate::has_control(line),
                "{args:?} passed a control character to the terminal: {line:?}"
            );
        }
    }
}
