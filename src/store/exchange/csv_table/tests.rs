use super::*;
use crate::stats::fixtures::{full_session, session};

#[test]
fn csv_carries_a_session_whole() {
    let records = vec![
        full_session(),
        session("2026-11-23T12:00:00+01:00", 600.0, &[]),
    ];
    let text = to_csv(&records).expect("writes");
    let header: Vec<&str> = SPREADSHEET.into_iter().chain(HEADER).collect();
    assert!(text.starts_with(&header.join(",")), "{text}");
    assert!(
        text.contains(",2,95.2;210.75,95.2,45.0,,83.0,tender,"),
        "{text}"
    );
    assert_eq!(from_csv(&text).expect("reads back"), records);
}

#[test]
fn formulas_leave_as_text_and_come_back_exactly() {
    for (note, cell) in [
        ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
        ("-5 ml", "'-5 ml"),
        ("+1", "'+1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("'=x", "''=x"),
        ("'tis fine", "'tis fine"),
        ("fine", "fine"),
        ("", ""),
    ] {
        assert_eq!(neutralise(note), cell, "{note:?}");
        assert_eq!(restore(cell.to_string()), note, "{cell:?}");
    }
}

#[test]
fn nothing_to_export_is_a_header() {
    let csv = to_csv(&[]).expect("writes");
    let header: Vec<&str> = SPREADSHEET
        .into_iter()
        .chain(HEADER)
        .chain(HEADER_2)
        .chain(HEADER_3)
        .collect();
    assert_eq!(csv.trim_end(), header.join(","));
    assert_eq!(from_csv(&csv).expect("reads"), []);
}

#[test]
fn a_row_whose_count_disagrees_with_its_offsets_names_its_line() {
    let text = to_csv(&[full_session()])
        .expect("writes")
        .replace(",2,95.2;", ",3,95.2;");
    let err = from_csv(&text).expect_err("refused");
    assert!(
        err.to_string().starts_with("line 2: letdown_count is 3"),
        "{err}"
    );
}

#[test]
fn text_without_the_header_is_not_an_export() {
    let err = from_csv("hello\n").expect_err("refused");
    assert!(
        err.to_string().starts_with("line 1: not a letdown export"),
        "{err}"
    );
    assert!(from_csv("").is_err());
}

/// A row as a map from its header's names.
fn cells(text: &str) -> Vec<std::collections::HashMap<String, String>> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().expect("a header").clone();
    reader
        .records()
        .map(|row| {
            let row = row.expect("a row");
            headers
                .iter()
                .zip(row.iter())
                .map(|(h, c)| (h.to_string(), c.to_string()))
                .collect()
        })
        .collect()
}

#[test]
fn a_session_without_rests_has_its_pumping_time_as_json_has_it() {
    let record = session("2026-11-23T12:00:00+01:00", 600.5, &[]);
    let rows = cells(&to_csv(std::slice::from_ref(&record)).expect("writes"));
    assert_eq!(rows[0]["pumping_secs"], "600.5");
    assert_eq!(
        record.to_json()["pumping_secs"],
        serde_json::json!(600.5),
        "the JSON's figure"
    );
    // The figure is derived: read back, the file stays as it was.
    assert_eq!(
        from_csv(&to_csv(std::slice::from_ref(&record)).expect("writes")).expect("reads"),
        [record]
    );
}

#[test]
fn the_start_has_a_plain_local_date_and_time_a_spreadsheet_reads() {
    let rows = cells(&to_csv(&[full_session()]).expect("writes"));
    assert_eq!(rows[0]["date"], "2026-11-23");
    assert_eq!(rows[0]["start_time"], "07:14:05");
    assert_eq!(rows[0]["started"], "2026-11-23T07:14:05.120+01:00");
}

#[test]
fn an_export_from_before_the_spreadsheet_columns_still_imports() {
    let record = session("2026-11-23T12:00:00+01:00", 600.0, &[95.0]);
    let text = to_csv(std::slice::from_ref(&record)).expect("writes");
    // As an older letdown wrote it: no date, no start time, no pumping time,
    // nothing of schema 3.
    let schema_3 = format!(",{}", HEADER_3.join(","));
    let lines: Vec<String> = text
        .lines()
        .map(|line| {
            let line = line
                .strip_suffix(schema_3.as_str())
                .or_else(|| line.strip_suffix(&",".repeat(HEADER_3.len())))
                .expect("schema 3's columns last");
            let cells: Vec<&str> = line.splitn(3, ',').collect();
            let rest = cells[2].rsplitn(4, ',').collect::<Vec<_>>();
            let (entered, plan, head) = (rest[0], rest[1], rest[3]);
            let pumping = if line.starts_with("date") {
                "pumping_secs"
            } else {
                ""
            };
            [head, pumping, plan, entered].join(",")
        })
        .collect();
    let old = lines.join("\n") + "\n";
    assert!(old.starts_with("id,started,"), "{old}");
    assert_eq!(from_csv(&old).expect("reads"), [record]);
}

#[test]
fn what_schema_3_adds_comes_back_from_csv() {
    use crate::session::{SideSwitch, Suction};
    let mut record = full_session();
    record.letdowns[1].side = Some(Side::Right);
    record.switches = vec![SideSwitch {
        at_secs: 120.0,
        side: Side::Right,
    }];
    record.setup = Some(Setup {
        pump: Some("=Spectra, S1".into()),
        flange_left_mm: Some(24.0),
        flange_right_mm: Some(21.0),
        suction: Some(Suction("max".into())),
        method: Some(Method::PumpAndHand),
        sides: Some(Sides::OneAtATime),
    });
    record.experiment = Some(ExperimentArm {
        name: "compress".into(),
        arm: Arm::B,
    });
    record.schema = record.schema_needed();
    let text = to_csv(std::slice::from_ref(&record)).expect("writes");
    assert!(text.contains(",-;right,"), "{text}");
    assert!(
        text.contains(",pump+hand,one-at-a-time,compress,b"),
        "{text}"
    );
    assert_eq!(from_csv(&text).expect("reads back"), [record]);
}

#[test]
fn csv_and_json_carry_the_same_fields() {
    let record = full_session();
    let json = record.to_json();
    let serde_json::Value::Object(map) = &json else {
        panic!("an object: {json}");
    };
    let mut from_json: Vec<String> = map
        .iter()
        .flat_map(|(key, value)| match (key.as_str(), value) {
            // The file's life, not a figure: an export holds finished sessions.
            ("state" | "running", _) => Vec::new(),
            // CSV gives the list as two columns.
            ("letdowns", _) => vec![
                "letdown_secs".into(),
                "letdown_at".into(),
                "letdown_sides".into(),
            ],
            // The setup's fields one a column; the experiment with its arm.
            ("setup", _) => [
                "pump",
                "flange_left_mm",
                "flange_right_mm",
                "suction",
                "method",
                "sides",
            ]
            .map(String::from)
            .to_vec(),
            ("experiment", _) => vec!["experiment".into(), "arm".into()],
            ("result", serde_json::Value::Object(result)) => result.keys().cloned().collect(),
            _ => vec![key.clone()],
        })
        .collect();
    let mut from_csv: Vec<String> = cells(&to_csv(&[record]).expect("writes"))[0]
        .keys()
        .filter(|key| !SPREADSHEET.contains(&key.as_str()))
        .cloned()
        .collect();
    from_json.sort();
    from_csv.sort();
    assert_eq!(from_csv, from_json);
}
