//! `letdown report`: the page is valid, self-contained and escaped, its
//! numbers are `letdown stats --json`'s, it is written where the user
//! points and never over a file it was not told to replace, and a real
//! browser renders and prints it without fetching anything.

#[path = "../common/mod.rs"]
mod common;

#[allow(dead_code)] // the benchmarks use more of it
#[path = "../../benches/support/history.rs"]
mod history;

mod browser;
mod cli;
mod faces;
mod milk;
mod page;

use chrono::{Duration, NaiveDate, Utc};
use letdown::session::{
    Comfort, Entered, Letdown, PhaseKind, PhaseSpan, SessionRecord, Timestamp, TriggerShown,
};
use letdown::store::DataDir;
use scraper::{Html, Selector};
use serde_json::Value;

use common::Sandbox;

/// A note that tries to be markup, a script, a link and a terminal escape.
pub const HOSTILE_NOTE: &str = "<script>alert(1)</script> see https://evil.example/x and \
     <a href=\"http://evil.example/a\">here</a> [md](http://evil.example/m) \u{1b}[31m & done";

/// A trigger name that tries to be an image.
pub const HOSTILE_TRIGGER: &str = "<img src=x onerror=alert(1)>";

/// Today as the sandboxed binary counts it: the tests run it in UTC.
#[must_use]
pub fn today() -> NaiveDate {
    Utc::now().date_naive()
}

/// 30 days of generated sessions, ten a day, ending today, and a few the
/// generator does not make: a power-pumping hour with two rests, a session
/// added by hand, tender and painful sessions with notes (one hostile), and
/// pump-mode cues beside the coach's triggers.
pub fn thirty_days(sandbox: &Sandbox) {
    let root = sandbox.data_dir();
    history::generate(&root, 300, today(), 7).expect("a generated history");
    let data = DataDir::new(root);
    let mut rng = history::Rng(11);
    let day = |back: u64| today() - chrono::Days::new(back);
    let at = |record: &SessionRecord, secs: f64| {
        Timestamp(record.started.0 + Duration::milliseconds((secs * 1000.0) as i64))
    };

    let mut power = history::session(&mut rng, day(3), 5);
    power.id = format!("{}-power", power.id);
    power.active_secs = 3600.0;
    power.paused_secs = 0.0;
    power.pauses.clear();
    power.ended = Some(at(&power, 3600.0));
    power.plan = Some("power".to_string());
    power.pumping_secs = Some(2400.0);
    power.phases = [(0, 1200, None), (1200, 1800, Some(PhaseKind::Rest))]
        .into_iter()
        .chain([(1800, 2400, None), (2400, 3000, Some(PhaseKind::Rest))])
        .chain([(3000, 3600, None)])
        .map(|(from, to, kind)| PhaseSpan {
            name: if kind.is_some() { "Rest" } else { "Pump" }.to_string(),
            from_secs: f64::from(from),
            to_secs: f64::from(to),
            kind,
        })
        .collect();
    power.letdowns = [95.0, 700.0, 1850.0, 2300.0, 3100.0]
        .into_iter()
        .map(|secs| Letdown {
            at_secs: secs,
            at: at(&power, secs),
            side: None,
        })
        .collect();
    power.triggers = vec![
        TriggerShown {
            at_secs: 95.0,
            name: "expression-mode".to_string(),
        },
        TriggerShown {
            at_secs: 1850.0,
            name: "expression-mode".to_string(),
        },
        TriggerShown {
            at_secs: 2700.0,
            name: "stimulation-mode".to_string(),
        },
        TriggerShown {
            at_secs: 3000.0,
            name: HOSTILE_TRIGGER.to_string(),
        },
    ];
    power.result.comfort = Some(Comfort::Tender);
    power.result.note = Some("power pumping, day 2; tired\nsecond line".to_string());
    data.save_new(&power).expect("the power hour saved");

    let mut by_hand = history::session(&mut rng, day(2), 4);
    by_hand.id = format!("{}-hand", by_hand.id);
    by_hand.entered = Some(Entered::ByHand);
    by_hand.letdowns.clear();
    by_hand.triggers.clear();
    by_hand.phases.clear();
    by_hand.pauses.clear();
    by_hand.paused_secs = 0.0;
    by_hand.ended = Some(at(&by_hand, by_hand.active_secs));
    by_hand.letdown_count = Some(3);
    by_hand.result.comfort = Some(Comfort::Painful);
    by_hand.result.note = Some(HOSTILE_NOTE.to_string());
    data.save_new(&by_hand)
        .expect("the session added by hand saved");
}

/// `letdown` in the sandbox, in UTC as the generated history is.
#[must_use]
pub fn letdown(sandbox: &Sandbox) -> assert_cmd::Command {
    let mut command = sandbox.letdown();
    command.env("TZ", "UTC");
    command
}

/// What `letdown ARGS` printed, expecting success.
#[must_use]
pub fn stdout_of(sandbox: &Sandbox, args: &[&str]) -> String {
    let output = letdown(sandbox).args(args).output().expect("letdown runs");
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 on stdout")
}

/// `letdown stats --days N --json`, parsed.
#[must_use]
pub fn stats_json(sandbox: &Sandbox, days: u32) -> Value {
    let text = stdout_of(sandbox, &["stats", "--days", &days.to_string(), "--json"]);
    serde_json::from_str(&text).expect("stats --json is JSON")
}

/// `letdown report ARGS -o -`: the page printed.
#[must_use]
pub fn report_text(sandbox: &Sandbox, args: &[&str]) -> String {
    let mut all = vec!["report"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["-o", "-"]);
    stdout_of(sandbox, &all)
}

/// The `<data value>` of each row of a table, by the row's first cell: the
/// cells after the first, in order (`None` for a cell without a figure).
#[must_use]
pub fn table_values(page: &Html, id: &str) -> Vec<(String, Vec<Option<f64>>)> {
    let rows = Selector::parse(&format!("#{id} tbody tr")).expect("a selector");
    let cells = Selector::parse("th, td").expect("a selector");
    let data = Selector::parse("data").expect("a selector");
    page.select(&rows)
        .map(|row| {
            let mut cells = row.select(&cells);
            let name = cells
                .next()
                .map(|c| c.text().collect::<String>())
                .unwrap_or_default();
            let values = cells
                .map(|cell| {
                    cell.select(&data)
                        .next()
                        .and_then(|d| d.value().attr("value"))
                        .and_then(|v| v.parse().ok())
                })
                .collect();
            (name, values)
        })
        .collect()
}

/// Asserts two figures agree to the tenth the outputs round to.
#[track_caller]
pub fn assert_figure(actual: Option<f64>, expected: &Value, what: &str) {
    match (actual, expected.as_f64()) {
        (Some(a), Some(e)) => assert!((a - e).abs() < 0.051, "{what}: {a} against {e}"),
        (None, None) => {}
        (a, _) => panic!("{what}: {a:?} against {expected}"),
    }
}

/// The report's data tables hold the numbers `letdown stats --json` gives
/// for the same days: each day's sessions, pumping time and volume, each
/// session's let-downs and first let-down, the triggers and pump-mode cues,
/// and the last 24 hours.
pub fn assert_tables_match_stats(page: &Html, stats: &Value) {
    let days = stats["days"].as_array().expect("days");
    for (id, field, column) in [
        ("table-sessions", "sessions", 0),
        ("table-pumping", "pumping_secs", 0),
        ("table-volume", "volume_ml", 0),
        ("table-letdowns", "sessions", 0),
        ("table-letdowns", "letdowns", 1),
    ] {
        let rows = table_values(page, id);
        assert_eq!(rows.len(), days.len(), "{id}: a row a day");
        for ((date, values), day) in rows.iter().zip(days) {
            assert_eq!(Some(date.as_str()), day["date"].as_str(), "{id}");
            assert_figure(values[column], &day[field], &format!("{id} {date} {field}"));
        }
    }
    let sessions = stats["sessions"].as_array().expect("sessions");
    let rows = table_values(page, "table-raster");
    assert_eq!(rows.len(), sessions.len(), "a raster row a session");
    for ((date, values), session) in rows.iter().zip(sessions) {
        assert_eq!(Some(date.as_str()), session["date"].as_str());
        // start (text), length, let-downs, first let-down.
        assert_figure(values[1], &session["active_secs"], "a session's length");
        assert_figure(
            values[2],
            &session["letdown_count"],
            "a session's let-downs",
        );
        assert_figure(
            values[3],
            &session["first_letdown_secs"],
            "a session's first let-down",
        );
    }
    let triggers = stats["triggers"].as_array().expect("triggers");
    let mut shown: Vec<(String, Vec<Option<f64>>)> = table_values(page, "table-triggers");
    shown.extend(table_values(page, "table-cues"));
    assert_eq!(shown.len(), triggers.len(), "every trigger and cue, once");
    for trigger in triggers {
        let name = trigger["name"].as_str().expect("a name");
        let (_, values) = shown
            .iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("{name} is in the report"));
        assert_figure(values[0], &trigger["shown"], name);
        assert_figure(values[1], &trigger["followed_by_letdown"], name);
    }
    let last = Selector::parse("#last-24h data").expect("a selector");
    let figures: Vec<_> = page.select(&last).collect();
    assert!(figures.len() >= 3, "the last 24 hours' figures");
    for figure in figures {
        let name = figure.value().attr("class").expect("the figure's name");
        let value = figure.value().attr("value").and_then(|v| v.parse().ok());
        assert_figure(value, &stats["last_24h"][name], &format!("last_24h.{name}"));
    }
}
