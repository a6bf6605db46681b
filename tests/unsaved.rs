//! A finished session the data dir refused waits in the state folder's
//! `unsaved/` until letdown can save it. Meanwhile it is listed on its day,
//! marked "not saved yet", and counted by every printing command.

mod common;

use chrono::{Duration, Local};
use common::Sandbox;
use letdown::session::SessionRecord;
use letdown::store::StateDir;
use serde_json::Value;

/// A session that ended a minute ago, waiting in the state folder.
fn waiting(sandbox: &Sandbox) -> SessionRecord {
    let started = Local::now().fixed_offset() - Duration::minutes(3);
    let record = common::finished_session(&started.to_rfc3339(), &[40.0, 90.0], 120.0, None);
    StateDir::new(sandbox.state_dir())
        .keep_unsaved(&record)
        .expect("kept in the state folder");
    record
}

#[test]
fn log_lists_and_counts_a_session_not_saved_yet() {
    let sandbox = Sandbox::new();
    let record = waiting(&sandbox);
    let day = record.started.local_date().to_string();
    let output = sandbox.run(["log", day.as_str()]);
    assert!(output.status.success());
    let out = String::from_utf8(output.stdout).expect("UTF-8");
    let err = String::from_utf8(output.stderr).expect("UTF-8");
    assert!(out.contains("not saved yet"), "{out}");
    assert!(out.contains("1 session"), "{out}");
    assert!(err.contains("1 session not saved yet"), "{err}");

    let json: Value =
        serde_json::from_str(&sandbox.stdout_of(["log", day.as_str(), "--json"])).expect("JSON");
    assert_eq!(json["sessions"].as_array().map(Vec::len), Some(1), "{json}");
    assert_eq!(json["totals"]["sessions"], 1, "{json}");
    assert_eq!(json["totals"]["letdowns"], 2, "{json}");
    assert_eq!(json["unsaved"], serde_json::json!([record.id]), "{json}");
}

#[test]
fn status_says_a_session_is_not_saved_yet() {
    let sandbox = Sandbox::new();
    waiting(&sandbox);
    let line = sandbox.stdout_of(["status"]);
    assert!(line.starts_with("last pumped"), "{line}");
    assert!(line.contains("1 session not saved yet"), "{line}");
    let json: Value = serde_json::from_str(&sandbox.stdout_of(["status", "--json"])).expect("JSON");
    assert_eq!(json["unsaved_sessions"], 1, "{json}");
    assert!(!json["last"].is_null(), "{json}");
    assert_eq!(json["last_24h"]["sessions"], 1, "{json}");
}

#[test]
fn a_session_saved_meanwhile_counts_once() {
    let sandbox = Sandbox::new();
    let record = waiting(&sandbox);
    // Saved into the data dir, its waiting copy not removed yet (a crash between).
    letdown::store::DataDir::new(sandbox.data_dir())
        .save_new(&record)
        .expect("saved");
    let day = record.started.local_date().to_string();
    let json: Value =
        serde_json::from_str(&sandbox.stdout_of(["log", day.as_str(), "--json"])).expect("JSON");
    assert_eq!(json["totals"]["sessions"], 1, "{json}");
    assert_eq!(json["unsaved"], serde_json::json!([]), "{json}");
}
