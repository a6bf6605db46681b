//! The shipped config, spoiled: `letdown config check` either accepts it
//! (exit 0) or refuses it with `file:line:column` (exit 2); never a panic.

use std::fs;
use std::path::Path;

use letdown::config::{Config, DEFAULT_TOML};
use proptest::prelude::*;
use proptest::sample::Index;

use crate::common::{Sandbox, arg, proptest_runner};
use crate::mutations::{Mutation, Spoiled, VALUES, text_mutation};
use crate::tally;

/// Values only a config would choke on: clock times, key names, sizes.
const CONFIG_VALUES: &[&str] = &[
    "\"25:00\"",
    "\"4:00\"",
    "\"12h\"",
    "\"oz\"",
    "\"breathe\"",
    "\"photo\"",
    "\"space\"",
    "\"ctrl-\"",
    "\"f13\"",
    "[\"u\", \"u\"]",
    "-60",
    "65536",
];

/// One edit of the config's text.
#[derive(Debug, Clone)]
enum Edit {
    /// What spoils any TOML text.
    Text(Mutation),
    /// A commented-out line made live (`# photo = ...`, or plain prose).
    Uncomment(Index),
    /// A line written twice.
    Repeat(Index),
}

fn edit() -> impl Strategy<Value = Edit> {
    let values = [VALUES, CONFIG_VALUES].concat();
    prop_oneof![
        4 => text_mutation(values).prop_map(Edit::Text),
        1 => any::<Index>().prop_map(Edit::Uncomment),
        1 => any::<Index>().prop_map(Edit::Repeat),
    ]
}

/// The shipped default with `edits` made one after another; an edit that
/// left the text not UTF-8 is the last.
fn spoil(edits: &[Edit]) -> Vec<u8> {
    let mut bytes = DEFAULT_TOML.as_bytes().to_vec();
    for edit in edits {
        let Ok(text) = String::from_utf8(bytes.clone()) else {
            break;
        };
        let lines: Vec<&str> = text.lines().collect();
        let pick = |at: &Index| at.index(lines.len().max(1));
        bytes = match edit {
            Edit::Text(mutation) => match mutation.apply(&text) {
                Spoiled::File(bytes) => bytes,
                Spoiled::Folder => unreachable!("only text mutations"),
            },
            Edit::Uncomment(at) => {
                let mut lines: Vec<String> = lines.iter().map(ToString::to_string).collect();
                if let Some(line) = lines.get_mut(pick(at)) {
                    *line = line.trim_start_matches("# ").to_string();
                }
                (lines.join("\n") + "\n").into_bytes()
            }
            Edit::Repeat(at) => {
                let mut lines = lines.clone();
                if let Some(line) = lines.get(pick(at)).copied() {
                    lines.insert(pick(at), line);
                }
                (lines.join("\n") + "\n").into_bytes()
            }
        };
    }
    bytes
}

/// Asserts an error names the file, a line and a column within the text.
#[track_caller]
fn assert_located(shown: &str, file: &Path, text: &[u8]) {
    let place = shown
        .strip_prefix(&format!("{}:", file.display()))
        .unwrap_or_else(|| panic!("the error does not begin with the file: {shown}"));
    let mut parts = place.splitn(3, ':');
    let line: usize = parts.next().and_then(|n| n.parse().ok()).expect("a line");
    let column: usize = parts.next().and_then(|n| n.parse().ok()).expect("a column");
    let lines = text.split(|b| *b == b'\n').count();
    assert!(
        (1..=lines).contains(&line) && column >= 1,
        "line {line}, column {column} of {lines} lines: {shown}"
    );
}

/// Checks one spoiled config with the library and, if `binary`, with
/// `letdown config check`; returns whether it was refused.
fn check(sandbox: &Sandbox, edits: &[Edit], binary: bool) -> bool {
    let bytes = spoil(edits);
    let path = sandbox.path().join("spoiled.toml");
    fs::write(&path, &bytes).expect("write the config");
    let parsed = std::str::from_utf8(&bytes).map(|text| Config::parse(text, &path));
    if let Ok(Err(err)) = &parsed {
        assert_located(&err.to_string(), &path, &bytes);
    }
    let refused = !matches!(parsed, Ok(Ok(_)));
    if binary {
        let output = sandbox.run(["config", "check", "--config", arg(&path)]);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("panicked"), "{stderr}");
        let code = output.status.code();
        assert_eq!(code, Some(if refused { 2 } else { 0 }), "{stderr}");
        if refused {
            let shown = stderr.strip_prefix("letdown: ").expect("letdown: ...");
            assert_located(shown, &path, &bytes);
        }
    }
    refused
}

/// Runs spoiled configs, `default` unless told otherwise; returns how many
/// ran and how many were refused.
fn run(default: u32, binary: bool) -> (u32, usize) {
    let sandbox = Sandbox::new();
    let mut runner = proptest_runner(default);
    let [refused] = tally(&mut runner, &prop::collection::vec(edit(), 1..4), |edits| {
        [usize::from(check(&sandbox, &edits, binary))]
    });
    (runner.config().cases, refused)
}

#[test]
fn config_check_accepts_or_locates_every_spoiled_config() {
    let (cases, refused) = run(32, true);
    println!(
        "bad configs, binary: {cases} spoiled, {refused} refused with file:line:column, 0 panics"
    );
}

#[test]
fn the_config_parser_locates_every_error_in_many_spoiled_configs() {
    let (cases, refused) = run(512, false);
    println!(
        "bad configs, library: {cases} spoiled, {refused} refused with file:line:column, 0 panics"
    );
}
