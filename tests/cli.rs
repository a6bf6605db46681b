//! The printing commands, run as the real binary in a sandbox: XDG folders in
//! a temp dir, no `LETDOWN_*` variables, stdin not a terminal.

mod common;

use std::fs;
use std::path::Path;

use common::{Sandbox, arg, copy_dir, fingerprint, fixtures, mode, unreadable_files};
use letdown::config::{Config, DEFAULT_TOML};
use predicates::str::contains;
use serde_json::{Value, json};

/// Copies the fixture sessions (23 and 24 November) into `data`.
fn add_fixture_sessions(data: &Path) {
    for day in ["2026-11-23", "2026-11-24"] {
        copy_dir(
            &fixtures().join("sessions").join(day),
            &data.join("sessions").join(day),
        );
    }
}

/// Runs `letdown ARGS`, expecting success and JSON on stdout.
fn json_of(sandbox: &Sandbox, args: &[&str]) -> Value {
    serde_json::from_str(&sandbox.stdout_of(args)).expect("JSON on stdout")
}

/// Asserts `text` holds each of `parts`.
#[track_caller]
fn assert_contains_all(text: &str, parts: &[&str]) {
    for part in parts {
        assert!(text.contains(part), "no {part:?} in:\n{text}");
    }
}

#[track_caller]
fn assert_close(value: &Value, expected: f64) {
    let actual = value
        .as_f64()
        .unwrap_or_else(|| panic!("{value} is not a number"));
    assert!((actual - expected).abs() < 1e-6, "{actual} != {expected}");
}

#[test]
fn log_json_on_an_empty_data_dir_prints_an_empty_day() {
    let sandbox = Sandbox::new();
    let output = sandbox.run(["log", "--json"]);
    assert!(output.status.success(), "{output:?}");
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let value: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let date = value["date"].as_str().expect("a date");
    assert!(date.parse::<chrono::NaiveDate>().is_ok(), "{date}");
    assert_eq!(value["sessions"], json!([]));
    let totals = value["totals"].as_object().expect("totals");
    for key in [
        "sessions",
        "active_secs",
        "letdowns",
        "volume_ml",
        "longest_gap_secs",
    ] {
        assert!(totals.contains_key(key), "totals lack {key}: {totals:?}");
    }
    assert_eq!(totals["sessions"], 0);
    assert_eq!(totals["letdowns"], 0);
    assert_close(&totals["active_secs"], 0.0);
    // Printing reads: it creates no folder, not even the data dir.
    assert!(!sandbox.data_dir().exists());
    assert!(!sandbox.state_dir().exists());
}

#[test]
fn log_json_lists_a_days_sessions_with_the_files_field_names() {
    let sandbox = Sandbox::new();
    add_fixture_sessions(&sandbox.data_dir());
    let value = json_of(&sandbox, &["log", "--json", "2026-11-23"]);
    assert_eq!(value["date"], "2026-11-23");
    let sessions = value["sessions"].as_array().expect("sessions");
    let ids: Vec<&str> = sessions.iter().filter_map(|s| s["id"].as_str()).collect();
    assert_eq!(
        ids,
        [
            "2026-11-23T071405-laptop-k3f9",
            "2026-11-23T103000-laptop-a1b2"
        ]
    );
    assert_eq!(
        sessions[0],
        json!({
            "schema": 1,
            "id": "2026-11-23T071405-laptop-k3f9",
            "state": "finished",
            "started": "2026-11-23T07:14:05.120+01:00",
            "ended": "2026-11-23T07:32:40.500+01:00",
            "active_secs": 1055.4,
            "paused_secs": 60.0,
            "letdowns": [{"at_secs": 95.2, "at": "2026-11-23T07:15:40.320+01:00"}],
            "phases": [
                {"name": "Massage", "from_secs": 0.0, "to_secs": 60.0},
                {"name": "Pump", "from_secs": 60.0, "to_secs": 1055.4}
            ],
            "pauses": [{"from_secs": 400.0, "secs": 60.0}],
            "triggers": [{"at_secs": 300.0, "name": "warm-compress"}],
            "running": null,
            "result": {
                "left_ml": 45.0,
                "right_ml": 38.0,
                "total_ml": 83.0,
                "comfort": "fine",
                "note": "pumped at work"
            },
            "letdown_count": 1,
            "first_letdown_secs": 95.2,
            "pumping_secs": 1055.4,
            "plan": null,
            "entered": null,
            "setup": null,
            "switches": [],
            "experiment": null
        })
    );
    let totals = &value["totals"];
    assert_eq!(totals["sessions"], 2);
    assert_eq!(totals["letdowns"], 4);
    assert_close(&totals["active_secs"], 2015.4);
    // 83 ml given as a total, 30 + 25 ml as left and right.
    assert_close(&totals["volume_ml"], 138.0);
    // From 07:32:40.500 to 10:30:00.
    assert_close(&totals["longest_gap_secs"], 10_639.5);
}

#[test]
fn log_follows_the_configs_day_start() {
    let sandbox = Sandbox::new();
    add_fixture_sessions(&sandbox.data_dir());
    fs::create_dir_all(sandbox.config_file().parent().expect("a folder")).expect("mkdir");
    fs::write(sandbox.config_file(), "day_starts_at = \"04:00\"\n").expect("write");
    let value = json_of(&sandbox, &["log", "--json", "2026-11-23"]);
    assert_eq!(value["sessions"].as_array().expect("sessions").len(), 3);
    assert_eq!(value["sessions"][2]["id"], "2026-11-24T021000-laptop-n1gh");
    // From 10:47 to 02:10 the next morning.
    assert_close(&value["totals"]["longest_gap_secs"], 55_380.0);
    assert_eq!(value["totals"]["night_session"], true);
    let value = json_of(&sandbox, &["log", "--json", "2026-11-24"]);
    assert_eq!(value["sessions"], json!([]));
}

#[test]
fn log_prints_a_table_of_the_days_sessions() {
    let sandbox = Sandbox::new();
    add_fixture_sessions(&sandbox.data_dir());
    let table = sandbox.stdout_of(["log", "2026-11-23"]);
    assert_contains_all(
        &table,
        &[
            "Monday 23 November 2026",
            "07:14",
            "10:30",
            "45 / 38 / 83",
            "tender",
            "2 sessions",
            "4 let-downs",
            "138 ml",
        ],
    );
    let empty = sandbox.stdout_of(["log", "2026-11-22"]);
    assert_contains_all(&empty, &["No sessions yet."]);
}

#[test]
fn log_takes_the_data_dir_from_the_command_line_and_the_environment() {
    let sandbox = Sandbox::new();
    let elsewhere = sandbox.path().join("elsewhere");
    add_fixture_sessions(&elsewhere);
    let by_flag = json_of(
        &sandbox,
        &["log", "--json", "2026-11-23", "--data-dir", arg(&elsewhere)],
    );
    assert_eq!(by_flag["totals"]["sessions"], 2);
    let output = sandbox
        .letdown()
        .env("LETDOWN_DATA_DIR", &elsewhere)
        .args(["log", "--json", "2026-11-23"])
        .output()
        .expect("runs");
    let by_env: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(by_env, by_flag);
}

#[test]
fn log_counts_unreadable_files_on_stderr_and_lists_the_rest() {
    let sandbox = Sandbox::new();
    add_fixture_sessions(&sandbox.data_dir());
    let folder = sandbox.data_dir().join("sessions/2026-11-23");
    let one = folder.join("truncated.toml");
    let (_, bytes) = &unreadable_files()[1];
    fs::write(&one, bytes).expect("write");
    sandbox
        .letdown()
        .args(["log", "--json", "2026-11-23"])
        .assert()
        .success()
        .stderr(contains("1 session file could not be read"))
        .stderr(contains(one.display().to_string()));

    let broken = unreadable_files();
    for (name, bytes) in &broken {
        fs::write(folder.join(name), bytes).expect("write");
    }
    let before: Vec<_> = broken
        .iter()
        .map(|(n, _)| fingerprint(&folder.join(n)))
        .collect();
    let output = sandbox.run(["log", "2026-11-23"]);
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(&format!("{} session files could not be read", broken.len())),
        "{stderr}"
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("2 sessions"));
    let after: Vec<_> = broken
        .iter()
        .map(|(n, _)| fingerprint(&folder.join(n)))
        .collect();
    assert_eq!(before, after, "the files were left as they were");

    // `config check` says which, and why, and fails.
    let output = sandbox.run(["config", "check"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    for (name, _) in &broken {
        assert!(
            stderr.contains(&folder.join(name).display().to_string()),
            "{stderr}"
        );
    }
    assert!(stderr.contains("newer letdown"), "{stderr}");
}

#[test]
fn log_survives_absurd_numbers_in_a_session_file() {
    let sandbox = Sandbox::new();
    add_fixture_sessions(&sandbox.data_dir());
    let folder = sandbox.data_dir().join("sessions/2026-11-23");
    // Hand-edited files: no `ended`, and durations no clock could reach.
    for (name, numbers) in [
        ("huge.toml", "active_secs = 1e300\npaused_secs = 1e300"),
        ("nan.toml", "active_secs = nan\npaused_secs = -inf"),
    ] {
        let text = format!(
            "schema = 1\nid = \"{name}\"\nstate = \"finished\"\n\
             started = 2026-11-23T12:00:00+01:00\n{numbers}\n"
        );
        fs::write(folder.join(name), text).expect("write");
    }
    for args in [&["log", "2026-11-23"][..], &["log", "--json", "2026-11-23"]] {
        let output = sandbox.stdout_of(args);
        assert!(output.contains("2026-11-23T071405-laptop-k3f9") || output.contains("07:14"));
    }
}

#[test]
fn config_init_writes_the_default_once() {
    let sandbox = Sandbox::new();
    let path = sandbox.config_file();
    let wrote = sandbox.stdout_of(["config", "init"]);
    assert_contains_all(&wrote, &[arg(&path)]);
    assert_eq!(fs::read_to_string(&path).expect("written"), DEFAULT_TOML);
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(path.parent().expect("a folder")), 0o700);
    let checked = sandbox.stdout_of(["config", "check"]);
    assert_contains_all(&checked, &[&format!("config: {} is fine", path.display())]);

    let mut mine = DEFAULT_TOML.to_string();
    mine.push_str("# my own line\n");
    fs::write(&path, &mine).expect("edit");
    let refused = sandbox.refuses(["config", "init"], 2);
    assert_contains_all(&refused, &["already exists"]);
    assert_eq!(fs::read_to_string(&path).expect("kept"), mine);
}

#[test]
fn config_path_follows_the_flag_the_environment_and_xdg() {
    let sandbox = Sandbox::new();
    let path_of = |extra: &[&str], env: Option<&str>| -> String {
        let mut command = sandbox.letdown();
        if let Some(env) = env {
            command.env("LETDOWN_CONFIG", env);
        }
        let output = command
            .args(["config", "path"])
            .args(extra)
            .output()
            .expect("runs");
        assert!(output.status.success(), "{output:?}");
        String::from_utf8(output.stdout)
            .expect("UTF-8")
            .trim_end()
            .to_string()
    };
    assert_eq!(
        path_of(&[], None),
        sandbox.config_file().display().to_string()
    );
    assert_eq!(path_of(&["--config", "/etc/a.toml"], None), "/etc/a.toml");
    assert_eq!(path_of(&[], Some("/etc/b.toml")), "/etc/b.toml");
    assert_eq!(
        path_of(&["--config", "/etc/a.toml"], Some("/etc/b.toml")),
        "/etc/a.toml",
        "the flag wins over the environment"
    );
    sandbox
        .letdown()
        .args(["config", "path"])
        .assert()
        .stderr(contains("defaults are in use"));
}

#[test]
fn empty_letdown_variables_count_as_unset() {
    let sandbox = Sandbox::new();
    let path = sandbox
        .letdown()
        .env("LETDOWN_CONFIG", "")
        .env("LETDOWN_DATA_DIR", "")
        .args(["config", "path"])
        .output()
        .expect("runs");
    assert!(path.status.success(), "{path:?}");
    assert_eq!(
        String::from_utf8_lossy(&path.stdout).trim_end(),
        arg(&sandbox.config_file())
    );
    add_fixture_sessions(&sandbox.data_dir());
    let log = sandbox
        .letdown()
        .env("LETDOWN_CONFIG", "")
        .env("LETDOWN_DATA_DIR", "")
        .args(["log", "--json", "2026-11-23"])
        .output()
        .expect("runs");
    assert!(log.status.success(), "{log:?}");
    let value: Value = serde_json::from_slice(&log.stdout).expect("JSON");
    assert_eq!(value["totals"]["sessions"], 2);
}

#[test]
fn config_show_prints_the_config_in_effect_as_toml() {
    let sandbox = Sandbox::new();
    let text = sandbox.stdout_of(["config", "show"]);
    let shown = Config::parse(&text, Path::new("shown.toml")).expect("what it shows parses");
    let expected = Config {
        data_dir: Some(sandbox.data_dir()),
        ..Config::default()
    };
    assert_eq!(shown, expected);

    let custom = fixtures().join("config/valid/custom.toml");
    let text = sandbox.stdout_of(["config", "show", "--config", arg(&custom)]);
    let shown = Config::parse(&text, Path::new("shown.toml")).expect("parses");
    let mut expected = Config::parse(&fs::read_to_string(&custom).expect("read"), &custom)
        .expect("the fixture parses");
    expected.data_dir = Some(sandbox.data_dir());
    assert_eq!(shown, expected);
}

#[test]
fn completions_name_the_program() {
    let sandbox = Sandbox::new();
    let script = sandbox.stdout_of(["completions", "bash"]);
    assert_contains_all(&script, &["letdown"]);
}

#[test]
fn every_command_has_help() {
    let sandbox = Sandbox::new();
    for args in [
        &["--help"][..],
        &["start", "--help"],
        &["log", "--help"],
        &["config", "--help"],
        &["config", "check", "--help"],
        &["completions", "--help"],
    ] {
        assert_contains_all(&sandbox.stdout_of(args), &["Usage"]);
    }
}

#[test]
fn a_bad_date_is_a_usage_error_that_says_how_to_write_one() {
    let sandbox = Sandbox::new();
    let hint = "use YYYY-MM-DD, or today / yesterday";
    let refused = sandbox.refuses(["log", "2026-13-01"], 2);
    assert_contains_all(&refused, &["2026-13-01", hint]);
    let refused = sandbox.refuses(["export", "--format", "csv", "--from", "nope"], 2);
    assert_contains_all(&refused, &["nope", hint]);
    let refused = sandbox.refuses(["export", "--format", "csv", "--to", "tomorrow"], 2);
    assert_contains_all(&refused, &["tomorrow", hint]);
}

#[test]
fn log_counts_one_of_each_in_the_singular() {
    let sandbox = Sandbox::new();
    add_fixture_sessions(&sandbox.data_dir());
    // The 24th holds one session with one let-down.
    let table = sandbox.stdout_of(["log", "2026-11-24"]);
    assert_contains_all(&table, &["1 session · ", " · 1 let-down"]);
    assert!(!table.contains("1 sessions"), "{table}");
    assert!(!table.contains("1 let-downs"), "{table}");
}

#[test]
fn config_check_counts_one_session_in_the_singular() {
    let sandbox = Sandbox::new();
    let day = "sessions/2026-11-24";
    copy_dir(&fixtures().join(day), &sandbox.data_dir().join(day));
    let checked = sandbox.stdout_of(["config", "check"]);
    assert_contains_all(&checked, &["(1 session)"]);
    let folder = sandbox.data_dir().join(day);
    let (name, bytes) = &unreadable_files()[1];
    fs::write(folder.join(name), bytes).expect("write");
    let output = sandbox.run(["config", "check"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("1 session file could not be read; it was left as it is"),
        "{stderr}"
    );
}

#[test]
fn the_screens_refuse_without_a_terminal() {
    let sandbox = Sandbox::new();
    for args in [&["start"][..], &[]] {
        let refused = sandbox.refuses(args, 2);
        assert_contains_all(&refused, &["terminal"]);
    }
}
