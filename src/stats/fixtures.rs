//! Hand-built sessions for the unit tests of the figures.

use chrono::{DateTime, Duration};

use crate::session::{
    Comfort, Letdown, Pause, PhaseSpan, SCHEMA_1, SessionRecord, SessionResult, State, Timestamp,
    TriggerShown,
};

/// A finished session that started at `started` (RFC 3339, with its offset),
/// ran `active_secs` without a pause, and had let-downs at `letdowns`.
pub fn session(started: &str, active_secs: f64, letdowns: &[f64]) -> SessionRecord {
    let start = DateTime::parse_from_rfc3339(started).expect("a test date");
    let at = |secs: f64| Timestamp(start + Duration::milliseconds((secs * 1000.0) as i64));
    SessionRecord {
        schema: SCHEMA_1,
        id: format!("{}-test", start.format("%Y-%m-%dT%H%M%S")),
        state: State::Finished,
        started: Timestamp(start),
        ended: Some(at(active_secs)),
        active_secs,
        paused_secs: 0.0,
        running: None,
        letdowns: letdowns
            .iter()
            .map(|&at_secs| Letdown {
                at_secs,
                at: at(at_secs),
                side: None,
            })
            .collect(),
        phases: Vec::new(),
        pauses: Vec::new(),
        triggers: Vec::new(),
        result: SessionResult::default(),
        plan: None,
        entered: None,
        letdown_count: None,
        pumping_secs: None,
        setup: None,
        switches: Vec::new(),
        experiment: None,
    }
}

/// The same session with these coach prompts shown: `(at_secs, name)`.
pub fn with_triggers(mut record: SessionRecord, shown: &[(f64, &str)]) -> SessionRecord {
    record.triggers = shown
        .iter()
        .map(|&(at_secs, name)| TriggerShown {
            at_secs,
            name: name.to_string(),
        })
        .collect();
    record
}

/// The same session with a total volume.
pub fn with_volume(mut record: SessionRecord, ml: f64) -> SessionRecord {
    record.result.total_ml = Some(ml);
    record
}

/// A session with every part of the schema filled in, a tricky note included.
pub fn full_session() -> SessionRecord {
    let mut record = with_volume(
        with_triggers(
            session("2026-11-23T07:14:05.120+01:00", 1055.4, &[95.2, 210.75]),
            &[(300.0, "warm-compress")],
        ),
        83.0,
    );
    record.paused_secs = 60.0;
    record.phases = vec![PhaseSpan {
        name: "Massage, gently".to_string(),
        from_secs: 0.0,
        to_secs: 60.0,
        kind: None,
    }];
    record.pauses = vec![Pause {
        from_secs: 400.0,
        secs: 60.0,
    }];
    record.result.left_ml = Some(45.0);
    record.result.comfort = Some(Comfort::Tender);
    record.result.note = Some("at work, \"quiet room\"\nsecond line; ok".to_string());
    record
}
