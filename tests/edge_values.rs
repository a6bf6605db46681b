//! Values at the edges, through the real binary: a state folder too long
//! for the socket is said by every printing command; volumes typed as -0,
//! just over the most a session holds, or as "nan"; and a time the clocks
//! skipped when summer time began.

mod common;

use std::path::PathBuf;

use common::Sandbox;
use serde_json::Value;

/// Runs letdown with `env` added; returns the exit code, stdout and stderr.
fn run(sandbox: &Sandbox, env: &[(&str, PathBuf)], args: &[&str]) -> (i32, String, String) {
    let mut command = sandbox.letdown();
    command.env("TZ", "UTC");
    for (name, value) in env {
        command.env(name, value);
    }
    let output = command.args(args).output().expect("letdown runs");
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).expect("UTF-8");
    (
        output.status.code().unwrap_or(-1),
        text(output.stdout),
        text(output.stderr),
    )
}

#[test]
fn a_state_folder_too_long_for_the_socket_is_said_by_every_printing_command() {
    let sandbox = Sandbox::new();
    let long = sandbox.path().join("s".repeat(120));
    let env = [("XDG_STATE_HOME", long)];
    for args in [&["status"][..], &["log"], &["config", "check"], &["stats"]] {
        let (code, stdout, stderr) = run(&sandbox, &env, args);
        assert_eq!(code, 0, "{args:?}: {stderr}");
        assert!(!stdout.is_empty(), "{args:?}");
        assert!(
            stderr.contains("the state folder's path is too long for letdown's socket"),
            "{args:?}: {stderr}"
        );
    }
    let (_, _, stderr) = run(&sandbox, &[], &["status"]);
    assert!(!stderr.contains("too long"), "{stderr}");
}

/// `letdown add` of a 20-minute session at 07:10 on 2026-11-23 with `extra`.
fn add(sandbox: &Sandbox, extra: &[&str]) -> (i32, String, String) {
    let mut args = vec![
        "add",
        "--at",
        "07:10",
        "--date",
        "2026-11-23",
        "--mins",
        "20",
    ];
    args.extend_from_slice(extra);
    run(sandbox, &[], &args)
}

fn logged_result(sandbox: &Sandbox) -> Value {
    let (code, stdout, stderr) = run(sandbox, &[], &["log", "--json", "2026-11-23"]);
    assert_eq!(code, 0, "{stderr}");
    let log: Value = serde_json::from_str(&stdout).expect("JSON");
    log["sessions"][0]["result"].clone()
}

#[test]
fn minus_zero_is_saved_as_zero() {
    let sandbox = Sandbox::new();
    let (code, _, stderr) = add(&sandbox, &["--total=-0"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(logged_result(&sandbox)["total_ml"].to_string(), "0.0");
    let (_, table, _) = run(&sandbox, &[], &["log", "2026-11-23"]);
    assert!(!table.contains("-0"), "{table}");
}

#[test]
fn the_most_a_volume_can_be_is_the_most_the_message_says() {
    let sandbox = Sandbox::new();
    let (code, _, stderr) = add(&sandbox, &["--left", "67.7oz"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("\"67.7oz\" is more than a session holds; from 0 to 67.6 oz"),
        "{stderr}"
    );
    let (code, _, stderr) = add(&sandbox, &["--left", "67.6oz"]);
    assert_eq!(code, 0, "{stderr}");
    let left = logged_result(&sandbox)["left_ml"]
        .as_f64()
        .expect("a volume");
    assert!((left - 1999.2).abs() < 0.1, "{left}");
}

#[test]
fn nan_is_not_a_volume() {
    let sandbox = Sandbox::new();
    for text in ["nan", "inf"] {
        let (code, _, stderr) = add(&sandbox, &["--total", text]);
        assert_eq!(code, 2);
        assert!(
            stderr.contains(&format!(
                "\"{text}\" is not a volume; try 40, 40ml or 1.5oz"
            )),
            "{stderr}"
        );
    }
}

#[test]
fn a_time_the_clocks_skipped_is_refused_with_the_nearest_real_time() {
    let sandbox = Sandbox::new();
    let add_in_berlin = |at: &str| {
        let output = sandbox
            .letdown()
            .env("TZ", "Europe/Berlin")
            .args(["add", "--at", at, "--date", "2026-03-29", "--mins", "20"])
            .output()
            .expect("letdown runs");
        let stderr = String::from_utf8(output.stderr).expect("UTF-8");
        (output.status.code(), stderr)
    };
    let (code, stderr) = add_in_berlin("02:30");
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains(
            "--at: 02:30 on 2026-03-29 never existed here: the clocks went forward; \
             the nearest real time is 03:00"
        ),
        "{stderr}"
    );
    // The nearest real time is taken.
    let (code, stderr) = add_in_berlin("03:00");
    assert_eq!(code, Some(0), "{stderr}");
}
