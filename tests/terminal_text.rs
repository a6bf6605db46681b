//! Text from files and the config that a terminal would act on: C1 controls
//! (the one-byte CSI, U+009B) and the bidirectional overrides and isolates,
//! which reorder what the reader sees. `config show` shows them as `�`;
//! the JSON outputs write them as `\u` escapes, which read back exactly.

mod common;

use std::fmt::Write as _;
use std::fs;

use common::{Sandbox, finished_session};
use serde_json::Value;

/// Every character the filter must catch, in one text.
const HOSTILE: &str = "a\u{9b}2Jb\u{85}c\u{202e}d\u{2066}e\u{200f}f\u{61c}g";

/// Whether `text` holds any of [`HOSTILE`]'s controls as themselves.
fn holds_a_control(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c, '\u{80}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}')
    })
}

fn sandbox() -> Sandbox {
    let sandbox = Sandbox::new();
    // TOML's own escapes, so the file itself is plain ASCII.
    let mut escaped = String::new();
    for c in HOSTILE.chars() {
        let _ = write!(escaped, "\\u{:04X}", u32::from(c));
    }
    let config = format!("[[triggers]]\nname = \"warm\"\nprompt = \"{escaped}\"\n");
    fs::create_dir_all(sandbox.config_file().parent().expect("a folder")).expect("folder");
    fs::write(sandbox.config_file(), config).expect("config written");
    let mut record = finished_session("2026-11-23T07:14:05+00:00", &[95.0], 600.0, Some(80.0));
    record.result.note = Some(HOSTILE.to_string());
    sandbox.save(&record);
    sandbox
}

fn stdout(sandbox: &Sandbox, args: &[&str]) -> String {
    let output = sandbox
        .letdown()
        .env("TZ", "UTC")
        .args(args)
        .output()
        .expect("runs");
    assert!(output.status.success(), "{args:?}: {output:?}");
    String::from_utf8(output.stdout).expect("UTF-8")
}

#[test]
fn config_show_shows_what_a_terminal_would_act_on_as_replacement_characters() {
    let sandbox = sandbox();
    let shown = stdout(&sandbox, &["config", "show"]);
    assert!(!holds_a_control(&shown), "{}", shown.escape_debug());
    assert!(shown.contains("a\u{fffd}2Jb\u{fffd}c\u{fffd}d"), "{shown}");
}

#[test]
fn the_json_outputs_escape_them_and_read_back_the_same() {
    let sandbox = sandbox();
    for args in [
        &["log", "--json", "2026-11-23"][..],
        &["export", "--format", "json"],
    ] {
        let text = stdout(&sandbox, args);
        assert!(!holds_a_control(&text), "{args:?}: {}", text.escape_debug());
        assert!(
            text.contains(r"a\u009b2Jb\u0085c\u202ed\u2066e\u200ff\u061cg"),
            "{text}"
        );
        let value: Value = serde_json::from_str(&text).expect("JSON");
        let session = if value.is_array() {
            &value[0]
        } else {
            &value["sessions"][0]
        };
        assert_eq!(session["result"]["note"], HOSTILE, "{args:?}");
    }
}
