//! The shape of what the printing commands hand to other programs: every
//! field always there (`null` or an empty list when a session has none),
//! one name per meaning (`letdowns` is the file's list, `letdown_count` a
//! count), and figures rounded to what they mean.

mod common;

use std::fs;

use common::Sandbox;
use serde_json::Value;

/// Three sessions of one day: one bare (no let-downs, no result), two with
/// volumes whose sum a float would print as 8014.299999999999.
fn day(sandbox: &Sandbox) {
    let dir = sandbox.data_dir().join("sessions/2026-11-23");
    fs::create_dir_all(&dir).expect("day folder");
    let bare = "schema = 1\nid = \"2026-11-23T071405-laptop-aaaa\"\nstate = \"finished\"\n\
                started = 2026-11-23T07:14:05.000+01:00\nended = 2026-11-23T07:30:05.000+01:00\n\
                active_secs = 960.0\npaused_secs = 0.0\n";
    fs::write(dir.join("2026-11-23T071405-laptop-aaaa.toml"), bare).expect("bare");
    for (i, (start, ml)) in [("09:00:00", 1900.1), ("12:00:00", 1914.2)]
        .iter()
        .enumerate()
    {
        let id = format!("2026-11-23T{}-laptop-bbb{i}", start.replace(':', ""));
        let text = format!(
            "schema = 1\nid = \"{id}\"\nstate = \"finished\"\n\
             started = 2026-11-23T{start}.000+01:00\nended = 2026-11-23T{start}.000+01:00\n\
             active_secs = 600.05\npaused_secs = 0.0\n\n[[letdowns]]\nat_secs = 90.0\n\
             at = 2026-11-23T{start}.000+01:00\n\n[result]\ntotal_ml = {ml}\n"
        );
        fs::write(dir.join(format!("{id}.toml")), text).expect("session");
    }
}

const SESSION_KEYS: [&str; 21] = [
    "schema",
    "id",
    "state",
    "started",
    "ended",
    "active_secs",
    "paused_secs",
    "running",
    "letdowns",
    "phases",
    "pauses",
    "triggers",
    "result",
    "letdown_count",
    "first_letdown_secs",
    "pumping_secs",
    "plan",
    "entered",
    "setup",
    "switches",
    "experiment",
];

fn keys(value: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = value
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    keys
}

fn sorted(names: &[&'static str]) -> Vec<&'static str> {
    let mut names = names.to_vec();
    names.sort_unstable();
    names
}

#[test]
fn log_json_has_one_shape_for_every_session_and_rounded_totals() {
    let sandbox = Sandbox::new();
    day(&sandbox);
    let out = sandbox.stdout_of(["log", "2026-11-23", "--json"]);
    let json: Value = serde_json::from_str(&out).expect("JSON");
    let sessions = json["sessions"].as_array().expect("sessions");
    assert_eq!(sessions.len(), 3);
    for session in sessions {
        assert_eq!(keys(session), sorted(&SESSION_KEYS), "{session}");
        assert_eq!(
            keys(&session["result"]),
            sorted(&["left_ml", "right_ml", "total_ml", "comfort", "note"])
        );
        assert!(session["letdowns"].is_array());
    }
    let bare = &sessions[0];
    assert_eq!(bare["letdowns"], Value::Array(Vec::new()));
    assert_eq!(bare["result"]["total_ml"], Value::Null);
    assert_eq!(bare["letdown_count"], 0);
    assert_eq!(sessions[1]["letdown_count"], 1);
    let totals = &json["totals"];
    assert_eq!(
        keys(totals),
        sorted(&[
            "sessions",
            "active_secs",
            "pumping_secs",
            "letdowns",
            "letdown_count",
            "volume_ml",
            "longest_gap_secs",
            "night_session",
        ])
    );
    assert_eq!(totals["volume_ml"], 3814.3, "{totals}");
    assert_eq!(totals["active_secs"], 2160.1, "{totals}");
    assert_eq!(totals["letdown_count"], 2);
}

#[test]
fn export_json_has_the_same_shape_and_imports_back() {
    let sandbox = Sandbox::new();
    day(&sandbox);
    let out = sandbox.stdout_of(["export", "--format", "json"]);
    let json: Value = serde_json::from_str(&out).expect("JSON");
    for session in json.as_array().expect("a list") {
        assert_eq!(keys(session), sorted(&SESSION_KEYS), "{session}");
    }
    let file = sandbox.path().join("out.json");
    fs::write(&file, &out).expect("write");
    let other = Sandbox::new();
    other.stdout_of(["import", file.to_str().expect("UTF-8")]);
    let again = other.stdout_of(["export", "--format", "json"]);
    assert_eq!(again, out, "a round trip changes nothing");
}

#[test]
fn csv_names_the_count_letdown_count() {
    let sandbox = Sandbox::new();
    day(&sandbox);
    let out = sandbox.stdout_of(["export", "--format", "csv"]);
    let header = out.lines().next().expect("a header");
    assert!(header.split(',').any(|c| c == "letdown_count"), "{header}");
    assert!(!header.split(',').any(|c| c == "letdowns"), "{header}");
}

#[test]
fn stats_json_names_counts_letdown_count() {
    let sandbox = Sandbox::new();
    day(&sandbox);
    let out = sandbox.stdout_of(["stats", "--days", "3650", "--json"]);
    let json: Value = serde_json::from_str(&out).expect("JSON");
    let sessions = json["sessions"].as_array().expect("sessions");
    assert_eq!(sessions.len(), 3, "{out}");
    for session in sessions {
        assert!(session["letdown_count"].is_u64(), "{session}");
        assert!(session.get("letdowns").is_none(), "{session}");
    }
    let day = json["days"]
        .as_array()
        .expect("days")
        .iter()
        .find(|d| d["date"] == "2026-11-23")
        .expect("the day");
    assert_eq!(day["letdown_count"], 2, "{day}");
}
