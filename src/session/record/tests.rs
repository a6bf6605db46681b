use super::*;

const SAMPLE: &str = r#"schema = 1
id = "2026-11-23T071405-laptop-k3f9"
state = "finished"
started = 2026-11-23T07:14:05.120+01:00
ended = 2026-11-23T07:32:40.500+01:00
active_secs = 1055.4
paused_secs = 60.0

[[letdowns]]
at_secs = 95.2
at = 2026-11-23T07:15:40.320+01:00

[[phases]]
name = "Massage"
from_secs = 0.0
to_secs = 60.0

[[pauses]]
from_secs = 400.0
secs = 60.0

[[triggers]]
at_secs = 300.0
name = "warm-compress"

[result]
left_ml = 45.0
right_ml = 38.0
total_ml = 83.0
comfort = "fine"
note = "pumped at work"
"#;

#[test]
fn the_spec_sample_round_trips() {
    let record: SessionRecord = toml::from_str(SAMPLE).expect("sample parses");
    assert_eq!(
        record.letdowns[0].at.to_rfc3339(),
        "2026-11-23T07:15:40.320+01:00"
    );
    assert_eq!(record.result.comfort, Some(Comfort::Fine));
    let text = record.to_toml().expect("serializes");
    assert!(
        text.contains("started = 2026-11-23T07:14:05.12+01:00"),
        "{text}"
    );
    let again: SessionRecord = toml::from_str(&text).expect("reparses");
    assert_eq!(again, record);
}

#[test]
fn json_uses_the_same_names_and_string_dates() {
    let record: SessionRecord = toml::from_str(SAMPLE).expect("sample parses");
    let json = record.to_json();
    assert_eq!(json["started"], "2026-11-23T07:14:05.120+01:00");
    assert_eq!(json["letdowns"][0]["at_secs"], 95.2);
    assert_eq!(json["result"]["note"], "pumped at work");
    let back = SessionRecord::from_json(json).expect("json reads back");
    assert_eq!(back, record);
}

#[test]
fn volume_falls_back_to_left_plus_right() {
    let result = SessionResult {
        left_ml: Some(40.0),
        right_ml: Some(30.0),
        ..SessionResult::default()
    };
    assert_eq!(result.volume_ml(), Some(70.0));
}
