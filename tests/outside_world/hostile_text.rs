//! Text from a config or a file never reaches stdout or stderr as a control
//! sequence: not in a config error, a check, or an import error.

use std::fs;

use crate::common::{Sandbox, arg};
use crate::{HOSTILE, has_control, save_with_note, with_config};

/// TOML's escape of each character that a TOML string cannot hold raw.
fn toml_escaped(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() {
                format!("\\u{:04X}", u32::from(c))
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// Runs `letdown ARGS` and asserts neither stream holds a control character;
/// returns stderr.
#[track_caller]
fn run_clean(sandbox: &Sandbox, args: &[&str]) -> String {
    let output = sandbox.run(args);
    assert!(
        !has_control(&output.stdout),
        "{args:?} printed a control character: {:?}",
        String::from_utf8_lossy(&output.stdout)
    );
    assert!(
        !has_control(&output.stderr),
        "{args:?} said a control character: {:?}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn config_errors_echo_no_control_sequence() {
    let escaped = toml_escaped(HOSTILE);
    let configs = [
        // An unknown key: its name is echoed.
        format!("\"{escaped}\" = 1\n"),
        // A wrong type: the value may be echoed.
        format!("units = \"{escaped}\"\n"),
        format!("[keys]\nletdown = \"{escaped}\"\n"),
        // A trigger named twice: the name is echoed.
        format!(
            "[[triggers]]\nname = \"{escaped}\"\nprompt = \"a\"\n\
             [[triggers]]\nname = \"{escaped}\"\nprompt = \"b\"\n"
        ),
        // Raw control characters where TOML allows none.
        format!("units = \"ml\" {HOSTILE}\n"),
    ];
    for text in configs {
        let sandbox = with_config(&text);
        let stderr = run_clean(&sandbox, &["config", "check"]);
        assert!(stderr.contains("config.toml:"), "not located: {stderr}");
    }
}

#[test]
fn config_check_prints_a_hostile_data_dir_and_files_without_their_controls() {
    let root = tempfile::tempdir().expect("a temp dir");
    let data = root.path().join(format!("data{HOSTILE}"));
    let hostile = toml_escaped(HOSTILE);
    let sandbox = with_config(&format!(
        "data_dir = \"{}\"\n[[phases]]\nname = \"{hostile}\"\nprompt = \"{hostile}\"\n",
        toml_escaped(arg(&data))
    ));
    save_with_note(&data, "2026-11-23T07:14:05+01:00", HOSTILE);
    let day = data.join("sessions/2026-11-23");
    fs::write(day.join(format!("bad{HOSTILE}.toml")), "schema = 1\n").expect("a bad file");
    fs::write(
        day.join("worse.toml"),
        format!("schema = \"{}\"\n", toml_escaped(HOSTILE)),
    )
    .expect("a worse file");
    let stderr = run_clean(&sandbox, &["config", "check"]);
    assert!(stderr.contains("could not be read"), "{stderr}");
    run_clean(&sandbox, &["log", "2026-11-23"]);
    run_clean(&sandbox, &["status"]);
    run_clean(&sandbox, &["stats", "--days", "7"]);
}

#[test]
fn import_errors_echo_no_control_sequence() {
    let sandbox = Sandbox::new();
    let json = |value: &str| {
        format!(
            "[{{\"schema\": 1, \"id\": {value}, \"state\": \"finished\", \
             \"started\": \"2026-11-23T07:14:05+01:00\", \"active_secs\": 1.0, \"paused_secs\": 0.0}}]"
        )
    };
    let hostile = serde_json::to_string(HOSTILE).expect("a JSON string");
    let files = [
        ("id.json", json(&hostile)),
        ("type.json", json(&format!("[{hostile}]"))),
        ("raw.json", format!("[{HOSTILE}]")),
        ("header.csv", format!("id,{HOSTILE}\n1,2\n")),
        (&*format!("name{HOSTILE}.json"), json(&hostile)),
    ];
    for (name, text) in &files {
        let file = sandbox.path().join(name);
        fs::write(&file, text).expect("an import file");
        let stderr = run_clean(&sandbox, &["import", arg(&file)]);
        assert!(stderr.contains("nothing was imported"), "{name}: {stderr}");
    }
    let missing = sandbox.path().join(format!("missing{HOSTILE}.csv"));
    run_clean(&sandbox, &["import", arg(&missing)]);
}
