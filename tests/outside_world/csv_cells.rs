//! CSV cells a spreadsheet would run as a formula leave as text, and come
//! back exactly.

use crate::common::{Sandbox, arg};
use crate::save_with_note;

/// Notes a spreadsheet would take for a formula (OWASP "CSV Injection"),
/// one that looks neutralised already, and one that is only text.
const NOTES: [&str; 8] = [
    "=HYPERLINK(\"x\")",
    "-5 ml",
    "+1 after the nap",
    "@SUM(A1:A9)",
    "\tleft side first",
    "\rsecond try",
    "'=already quoted",
    "'tis fine",
];

#[test]
fn formula_cells_are_neutralised_and_come_back_exactly() {
    let sandbox = Sandbox::new();
    let data = sandbox.data_dir();
    for (i, note) in NOTES.iter().enumerate() {
        save_with_note(&data, &format!("2026-11-23T0{i}:14:05+01:00"), note);
    }
    let csv = sandbox.stdout_of(["export", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let column = reader
        .headers()
        .expect("a header")
        .iter()
        .position(|h| h == "note")
        .expect("a note column");
    let cells: Vec<String> = reader
        .records()
        .map(|row| row.expect("a row")[column].to_string())
        .collect();
    assert_eq!(cells.len(), NOTES.len());
    for (cell, note) in cells.iter().zip(NOTES) {
        if note == "'tis fine" {
            assert_eq!(cell, note, "plain text is left as it is");
        } else {
            assert_eq!(*cell, format!("'{note}"), "a formula stays text");
        }
    }

    let file = sandbox.path().join("export.csv");
    std::fs::write(&file, &csv).expect("the export");
    let fresh = sandbox.path().join("fresh");
    sandbox
        .letdown()
        .args(["--data-dir", arg(&fresh), "import", arg(&file)])
        .assert()
        .success();
    let json = |args: &[&str]| -> serde_json::Value {
        serde_json::from_str(&sandbox.stdout_of(args)).expect("JSON")
    };
    let before = json(&["export", "--format", "json"]);
    let after = json(&["--data-dir", arg(&fresh), "export", "--format", "json"]);
    assert_eq!(after, before, "the round trip is exact");
    let notes: Vec<&str> = after
        .as_array()
        .expect("an array")
        .iter()
        .map(|s| s["result"]["note"].as_str().expect("a note"))
        .collect();
    assert_eq!(notes, NOTES);
}
