//! The milk over time gives the same figures on every face: the history
//! screen's milk view, `letdown stats --json` and both reports, over a
//! generated history with two flange sizes and sessions one side at a time.

use chrono::{Days, Duration, NaiveDate, NaiveTime};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;
use scraper::{Html, Selector};
use serde_json::Value;

use letdown::config::{Config, Units};
use letdown::facts::DayLabel;
use letdown::facts::volumes as words;
use letdown::session::{
    Comfort, Letdown, SessionRecord, Setup, Side, SideSwitch, Sides, State, Suction, Timestamp,
};
use letdown::stats::{DayVolume, SetupFigures, WeekChange};
use letdown::store::DataDir;
use letdown::tui::history_screen::{HistoryMode, HistoryScreen, HistoryView};
use letdown::tui::theme::Theme;

use super::common::Sandbox;
use super::{stats_json, stdout_of, today};

/// One generated session: its day, hour, flange, whether one side at a
/// time, and what it gave.
fn session(day: NaiveDate, hour: u32, n: u64) -> SessionRecord {
    let started = day
        .and_time(NaiveTime::from_hms_opt(hour, 0, 0).expect("an hour"))
        .and_utc()
        .fixed_offset();
    let at = |secs: f64| Timestamp(started + Duration::seconds(secs as i64));
    let mut record = SessionRecord::empty(
        format!("{}-milk-{n}", started.format("%Y-%m-%dT%H%M%S")),
        State::Finished,
        Timestamp(started),
    );
    record.active_secs = 900.0;
    record.ended = Some(at(900.0));
    let one_side = hour == 10;
    let flange = if n.is_multiple_of(2) { 24.0 } else { 21.0 };
    record.setup = Some(Setup {
        pump: Some("Spectra S1".to_string()),
        flange_left_mm: Some(flange),
        flange_right_mm: Some(flange),
        suction: Some(Suction("6".to_string())),
        method: None,
        sides: Some(if one_side {
            Sides::OneAtATime
        } else {
            Sides::Both
        }),
    });
    let times: &[(f64, Option<Side>)] = if one_side {
        record.switches = vec![SideSwitch {
            at_secs: 300.0,
            side: Side::Right,
        }];
        &[(60.0, Some(Side::Left)), (420.0, Some(Side::Right))]
    } else {
        &[(90.0, None), (200.0, None), (500.0, None)]
    };
    record.letdowns = times
        .iter()
        .map(|&(secs, side)| Letdown {
            at_secs: secs,
            at: at(secs),
            side,
        })
        .collect();
    if hour == 19 {
        record.result.total_ml = Some(80.0 + n as f64);
    } else {
        record.result.left_ml = Some(30.0 + (n % 5) as f64);
        record.result.right_ml = Some(25.0 + (n % 3) as f64 * 5.0);
        record.result.total_ml = record
            .result
            .left_ml
            .zip(record.result.right_ml)
            .map(|(l, r)| l + r);
    }
    if flange > 22.0 && hour == 10 {
        record.result.comfort = Some(Comfort::Tender);
    }
    record
}

/// Ten days up to today: three sessions a day, today's first only.
fn generate(sandbox: &Sandbox) {
    let data = DataDir::new(sandbox.data_dir());
    let mut n = 0;
    for back in (0..10).rev() {
        let day = today() - Days::new(back);
        for hour in [3, 10, 19] {
            if back == 0 && hour > 3 {
                continue;
            }
            n += 1;
            data.save_new(&session(day, hour, n)).expect("saved");
        }
    }
}

fn opt(value: &Value) -> Option<f64> {
    value.as_f64()
}

/// Each day's volume as the facts layer words it, from `stats --json`.
fn day_lines(json: &Value) -> Vec<(String, String)> {
    json["volumes"]["days"]
        .as_array()
        .expect("days")
        .iter()
        .map(|d| {
            let date: NaiveDate = d["date"].as_str().expect("date").parse().expect("a date");
            let day = DayVolume {
                date,
                volume_ml: opt(&d["volume_ml"]),
                left_ml: opt(&d["left_ml"]),
                right_ml: opt(&d["right_ml"]),
                so_far: d["so_far"].as_bool().expect("so_far"),
            };
            (
                DayLabel::Medium.of(date),
                words::day_volume(&day, Units::Ml),
            )
        })
        .collect()
}

/// Each figure by setup as the facts layer words it, from `stats --json`.
fn setup_lines(json: &Value) -> Vec<String> {
    json["volumes"]["by_setup"]
        .as_array()
        .expect("by_setup")
        .iter()
        .map(|f| {
            let by = match f["by"].as_str().expect("by") {
                "flange" => "flange",
                "suction" => "suction",
                "pump" => "pump",
                _ => "sides",
            };
            let count = |name: &str| f[name].as_u64().expect(name) as usize;
            words::setup_figures(
                &SetupFigures {
                    by,
                    value: f["value"].as_str().expect("value").to_string(),
                    sessions: count("sessions"),
                    letdowns_per_session: opt(&f["letdowns_per_session"]),
                    median_first_letdown_secs: opt(&f["median_first_letdown_secs"]),
                    volume_ml_per_session: opt(&f["volume_ml_per_session"]),
                    fine: count("fine"),
                    tender: count("tender"),
                    painful: count("painful"),
                },
                Units::Ml,
            )
        })
        .collect()
}

fn week_line(json: &Value) -> String {
    let w = &json["volumes"]["week"];
    words::week_line(
        &WeekChange {
            to: w["to"].as_str().map(|d| d.parse().expect("a date")),
            average_ml: opt(&w["average_ml"]),
            previous_average_ml: opt(&w["previous_average_ml"]),
            change_ml: opt(&w["change_ml"]),
        },
        Units::Ml,
    )
    .expect("a week with volume")
}

/// The history screen's milk view, tall enough to hold it all.
fn screen(sandbox: &Sandbox) -> String {
    let data = DataDir::new(sandbox.data_dir());
    let mut view = HistoryView::load(&data, &Config::default(), today(), 7);
    view.mode = HistoryMode::Volumes;
    let area = Rect::new(0, 0, 160, 120);
    let mut buf = Buffer::empty(area);
    HistoryScreen {
        view: &view,
        units: Units::Ml,
        theme: &Theme::plain(),
        footer: Line::default(),
        status: Line::default(),
    }
    .render(area, &mut buf);
    (0..area.height)
        .map(|y| {
            (0..area.width)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect::<String>()
                .trim_end()
                .to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The Markdown report with its escapes taken out.
fn plain_markdown(text: &str) -> String {
    text.replace('\\', "")
}

/// The text of each element `selector` picks in the page.
fn texts(page: &Html, selector: &str) -> Vec<String> {
    let selector = Selector::parse(selector).expect("a selector");
    page.select(&selector)
        .map(|e| e.text().collect::<String>())
        .collect()
}

#[test]
fn the_milk_reads_the_same_on_the_screen_in_stats_and_in_both_reports() {
    let sandbox = Sandbox::new();
    generate(&sandbox);
    let json = stats_json(&sandbox, 7);
    let shown = screen(&sandbox);
    let markdown = plain_markdown(&stdout_of(
        &sandbox,
        &["report", "--days", "7", "--format", "md", "-o", "-"],
    ));
    let page = Html::parse_document(&stdout_of(&sandbox, &["report", "--days", "7", "-o", "-"]));
    let html_days = texts(&page, "#milk-days tbody tr");
    let html_setups = texts(&page, "#milk-setups li li");

    let days = day_lines(&json);
    assert_eq!(days.len(), 7);
    assert!(
        days.last()
            .is_some_and(|(_, text)| text.ends_with(&words::so_far()))
    );
    for (label, text) in &days {
        assert!(
            shown
                .lines()
                .any(|l| l.contains(label.as_str()) && l.ends_with(text.as_str())),
            "screen: {label} {text}\n{shown}"
        );
        assert!(
            markdown.contains(&format!("- {label}: {text}\n")),
            "markdown: {label} {text}"
        );
        assert!(
            html_days.contains(&format!("{label}{text}")),
            "html: {label} {text} in {html_days:?}"
        );
    }

    let setups = setup_lines(&json);
    assert!(
        setups.iter().any(|l| l.starts_with("24 mm: "))
            && setups.iter().any(|l| l.starts_with("21 mm: ")),
        "{setups:?}"
    );
    assert!(
        setups.iter().any(|l| l.starts_with("one side at a time: ")),
        "{setups:?}"
    );
    assert_eq!(&html_setups, &setups);
    for line in &setups {
        assert!(shown.contains(line.as_str()), "screen: {line}\n{shown}");
        assert!(
            markdown.contains(&format!("  - {line}\n")),
            "markdown: {line}"
        );
    }

    let week = week_line(&json);
    assert!(shown.contains(&week), "screen: {week}");
    assert!(markdown.contains(&week), "markdown: {week}");
    assert_eq!(texts(&page, "#milk p.week"), [week]);

    // Each session's sides stand beside its raster row, in both reports.
    assert!(markdown.contains("one side at a time\n"), "{markdown}");
    let raster = texts(&page, "#chart-raster-1 text.time-label").join("\n");
    assert!(raster.contains("ml · one side at a time"), "{raster}");
}
