//! Every face gives the same figure for the same day: `letdown stats --json`,
//! `letdown log --json`, the Markdown and HTML reports and the day screen,
//! over a generated month with rests, pump-mode cues, a session added by
//! hand and unreadable files.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use scraper::{Html, Selector};
use serde_json::Value;

use super::common::Sandbox;
use super::{stdout_of, thirty_days, today};

/// A day's figures as each face gives them: sessions, whole pumping
/// minutes (rounded down), let-downs.
type Figures = (u64, u64, u64);

fn json(text: &str) -> Value {
    serde_json::from_str(text).expect("JSON")
}

fn figures(totals: &Value) -> Figures {
    let count = |name: &str| totals[name].as_u64().expect(name);
    let secs = totals["pumping_secs"].as_f64().expect("pumping_secs");
    (
        count("sessions"),
        (secs / 60.0).floor() as u64,
        count("letdowns"),
    )
}

#[test]
fn every_face_gives_the_same_figures_for_the_same_days() {
    let sandbox = Sandbox::new();
    thirty_days(&sandbox);
    let data = sandbox.data_dir();
    for back in [1, 4] {
        let day = today() - chrono::Days::new(back);
        let folder = data.join("sessions").join(day.to_string());
        std::fs::create_dir_all(&folder).expect("a day folder");
        std::fs::write(folder.join("broken.toml"), "schema = 1\nid = \"half")
            .expect("a broken file");
    }

    let stats = json(&stdout_of(&sandbox, &["stats", "--days", "30", "--json"]));
    let by_stats: BTreeMap<String, Figures> = stats["days"]
        .as_array()
        .expect("days")
        .iter()
        .map(|d| (d["date"].as_str().expect("date").to_string(), figures(d)))
        .collect();
    assert_eq!(by_stats.len(), 30);

    // `log --json`, day by day, over the last week (the rests, the cues, the
    // hand-entered session and the broken files are in it).
    for back in 0..7 {
        let day = (today() - chrono::Days::new(back)).to_string();
        let log = json(&stdout_of(&sandbox, &["log", &day, "--json"]));
        assert_eq!(figures(&log["totals"]), by_stats[&day], "log {day}");
    }

    // The Markdown report's day table.
    let markdown = stdout_of(
        &sandbox,
        &["report", "--days", "30", "--format", "md", "-o", "-"],
    );
    let mut seen = 0;
    for line in markdown.lines() {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let Some(date) = cells.get(1).and_then(|c| c.split(' ').nth(1)) else {
            continue;
        };
        let Some(want) = by_stats.get(date) else {
            continue;
        };
        let number = |i: usize| cells[i].parse::<u64>().expect("a number");
        assert_eq!((number(2), number(3), number(4)), *want, "markdown {line}");
        seen += 1;
    }
    assert_eq!(seen, 30, "{markdown}");

    // The HTML report's pumping table.
    let html = stdout_of(&sandbox, &["report", "--days", "30", "-o", "-"]);
    let page = Html::parse_document(&html);
    let row = Selector::parse("#table-pumping tbody tr").expect("a selector");
    let cell = Selector::parse("th, td").expect("a selector");
    let mut seen = 0;
    for tr in page.select(&row) {
        let cells: Vec<String> = tr.select(&cell).map(|c| c.text().collect()).collect();
        if let Some(want) = by_stats.get(cells[0].trim()) {
            assert_eq!(cells[1].trim(), want.1.to_string(), "html {cells:?}");
            seen += 1;
        }
    }
    assert_eq!(seen, 30);

    // The coach's figures: `stats --json` tells cues by kind, and the
    // reports list them apart, with the same counts.
    for prompt in stats["triggers"].as_array().expect("triggers") {
        let name = prompt["name"].as_str().expect("name");
        let kind = prompt["kind"].as_str().expect("kind");
        let expected = if name.ends_with("-mode") {
            "cue"
        } else {
            "trigger"
        };
        assert_eq!(kind, expected, "{prompt}");
        let (shown, followed) = (&prompt["shown"], &prompt["followed_by_letdown"]);
        let table = if kind == "cue" {
            "#table-cues"
        } else {
            "#table-triggers"
        };
        let rows = Selector::parse(&format!("{table} tbody tr")).expect("a selector");
        let found = page.select(&rows).any(|tr| {
            let cells: Vec<String> = tr.select(&cell).map(|c| c.text().collect()).collect();
            cells[0] == name && cells[1] == shown.to_string() && cells[2] == followed.to_string()
        });
        assert!(found || name.contains('<'), "html {table}: {prompt}");
    }
}

/// Draws the app at `width` x `height`, as text.
fn drawn(app: &letdown::tui::app::App, width: u16, height: u16) -> String {
    use ratatui::widgets::Widget as _;
    let area = ratatui::layout::Rect::new(0, 0, width, height);
    let mut buf = ratatui::buffer::Buffer::empty(area);
    app.render(area, &mut buf);
    (0..height)
        .map(|y| {
            (0..width)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect::<String>()
                + "\n"
        })
        .collect()
}

/// The day screen and the history's table say the days' figures as
/// `stats --json` counts them.
#[test]
fn the_day_screen_and_the_history_give_the_figures_of_stats() {
    let sandbox = Sandbox::new();
    thirty_days(&sandbox);
    let stats = json(&stdout_of(&sandbox, &["stats", "--days", "7", "--json"]));
    let context = letdown::context::Context {
        config: letdown::config::Config::default(),
        config_path: sandbox.config_file(),
        config_found: false,
        data: letdown::store::DataDir::new(sandbox.data_dir()),
        state: letdown::store::StateDir::new(sandbox.state_dir()),
    };
    for d in stats["days"].as_array().expect("days") {
        let date: NaiveDate = d["date"].as_str().expect("date").parse().expect("a date");
        let (sessions, minutes, letdowns) = figures(d);
        let now = super::common::FakeClock::starting_at("2026-12-04T12:00:00+00:00").at(0.0);
        let app = super::common::day_app(&context, date, now);
        let shown = drawn(&app, 100, 30);
        let mins = letdown::facts::Length::of(minutes as f64 * 60.0).short();
        let want = format!(
            "{} · {mins} pumping · {}",
            letdown::format::plural(sessions as usize, "session"),
            letdown::format::plural(letdowns as usize, "let-down")
        );
        assert!(shown.contains(&want), "{date}: {want}\n{shown}");
    }
    // The history's small table: a row a day, "Fri 4  10  123  …".
    let now = super::common::FakeClock::starting_at("2026-12-04T12:00:00+00:00").at(0.0);
    let mut app = super::common::day_app(&context, today(), now);
    app.screen = letdown::tui::app::Screen::History(Box::new(
        letdown::tui::history_screen::HistoryView::load(&context.data, &context.config, today(), 7),
    ));
    let shown = drawn(&app, 40, 12);
    let mut seen = 0;
    for d in stats["days"].as_array().expect("days") {
        let date: NaiveDate = d["date"].as_str().expect("date").parse().expect("a date");
        let label = letdown::facts::DayLabel::Short.of(date);
        let Some(line) = shown.lines().find(|l| l.starts_with(&label)) else {
            continue;
        };
        let cells: Vec<&str> = line[label.len()..].split_whitespace().collect();
        let (sessions, minutes, _) = figures(d);
        assert_eq!(
            cells[..2],
            [sessions.to_string(), minutes.to_string()],
            "{line}"
        );
        seen += 1;
    }
    assert!(seen >= 3, "{shown}");
}
