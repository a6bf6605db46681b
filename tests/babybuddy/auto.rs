//! `auto = true`: the app sends a session in the background once it is
//! saved, and says in its status line when the server cannot be reached.

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::{Duration, Instant};

use letdown::babybuddy::{AutoSync, Retry, carries_mark};
use letdown::config::{BabyBuddy, Config};
use letdown::context::Context;
use letdown::session::Now;
use letdown::store::{DataDir, StateDir};
use letdown::tui::app::{App, Opening};
use letdown::tui::theme::Theme;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::server::{FakeBabyBuddy, TOKEN};

/// A context in `dir` whose `[babybuddy]` sends to `url` with `auto`.
fn context(dir: &Path, url: &str, auto: bool) -> Context {
    let token = dir.join("token");
    fs::write(&token, TOKEN).expect("the token file");
    fs::set_permissions(&token, fs::Permissions::from_mode(0o600)).expect("chmod");
    Context {
        config: Config {
            babybuddy: Some(BabyBuddy {
                url: url.to_string(),
                child: 1,
                token_file: Some(token),
                units: letdown::config::Units::Ml,
                tags: vec!["letdown".to_string()],
                auto,
                send_notes: true,
                allow_http: false,
                ca_file: None,
            }),
            ..Config::default()
        },
        config_path: dir.join("config.toml"),
        config_found: true,
        data: DataDir::new(dir.join("data")),
        state: StateDir::new(dir.join("state")),
    }
}

/// Both clocks `secs` after a start in the past.
fn at(base: Instant, secs: f64) -> Now {
    let start = chrono::DateTime::parse_from_rfc3339("2026-11-23T07:14:05+01:00").expect("a time");
    Now {
        mono: base + Duration::from_secs_f64(secs),
        wall: start + chrono::Duration::milliseconds((secs * 1000.0) as i64),
    }
}

fn press(app: &mut App, base: Instant, secs: f64, code: KeyCode) {
    app.on_key(&KeyEvent::new(code, KeyModifiers::NONE), at(base, secs));
}

/// A session pumped in the app, ended with 40 ml and saved.
fn pump_and_save(context: &Context) -> (App, Instant) {
    pump_and_save_with(
        context,
        AutoSync::start(context, || {}).expect("auto is on"),
    )
}

fn pump_and_save_with(context: &Context, sync: AutoSync) -> (App, Instant) {
    let base = Instant::now();
    let lock = context.state.lock().expect("the session lock");
    let mut app = App::new(
        context,
        Some(lock),
        Opening::Fresh(None),
        at(base, 0.0),
        Theme::plain(),
    );
    app.set_auto_sync(sync);
    press(&mut app, base, 70.0, KeyCode::Char(' '));
    press(&mut app, base, 100.0, KeyCode::Char('e'));
    for c in "40".chars() {
        press(&mut app, base, 110.0, KeyCode::Char(c));
    }
    press(&mut app, base, 113.0, KeyCode::Enter);
    (app, base)
}

#[test]
fn a_saved_session_is_sent_in_the_background() {
    let server = FakeBabyBuddy::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let context = context(dir.path(), &server.url(), true);
    let (app, _) = pump_and_save(&context);
    assert_eq!(
        app.status.as_ref().map(|s| s.text.as_str()),
        Some("saved"),
        "the screen says saved at once"
    );
    let entries = server.wait_for_entries(1);
    let saved = context.data.read_all().sessions;
    assert_eq!(saved.len(), 1);
    assert!(carries_mark(&entries[0].notes, &saved[0].record.id));
    assert!((entries[0].amount - 40.0).abs() < 1e-9);
}

#[test]
fn an_unreachable_server_is_said_in_the_status_line() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = closed.local_addr().expect("address").port();
    drop(closed);
    let dir = tempfile::tempdir().expect("tempdir");
    let context = context(dir.path(), &format!("http://127.0.0.1:{port}"), true);
    let (mut app, base) = pump_and_save(&context);
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        app.tick(at(base, 114.0));
        let status = app
            .status
            .as_ref()
            .map(|s| s.text.clone())
            .unwrap_or_default();
        if status.contains("Baby Buddy cannot be reached") {
            assert!(status.contains("tries again by itself"), "{status}");
            break;
        }
        assert!(Instant::now() < deadline, "never said: {status}");
        std::thread::sleep(Duration::from_millis(10));
    }
    assert_eq!(
        context.data.read_all().sessions.len(),
        1,
        "the session is kept"
    );
}

#[test]
fn without_auto_there_is_no_background_sync() {
    let server = FakeBabyBuddy::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let context = context(dir.path(), &server.url(), false);
    assert!(AutoSync::start(&context, || {}).is_none());
    let unset = Context {
        config: Config::default(),
        ..context
    };
    assert!(AutoSync::start(&unset, || {}).is_none());
    assert_eq!(server.connections_so_far(), 0);
}

#[test]
fn sessions_that_could_not_go_go_by_themselves_once_the_server_answers() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = closed.local_addr().expect("address").port();
    drop(closed);
    let dir = tempfile::tempdir().expect("tempdir");
    let context = context(dir.path(), &format!("http://127.0.0.1:{port}"), true);
    let retry = Retry {
        first: Duration::from_millis(50),
        most: Duration::from_millis(200),
    };
    let sync = AutoSync::start_with(&context, retry, || {}).expect("auto is on");
    let (app, _) = pump_and_save_with(&context, sync);
    assert_eq!(
        app.status.as_ref().map(|s| s.text.as_str()),
        Some("saved"),
        "the screen is not held"
    );
    // The server comes back, on its address; nothing else is done.
    let server = FakeBabyBuddy::start_on(port);
    let entries = server.wait_for_entries(1);
    assert_eq!(entries.len(), 1);
    drop(app);
}

#[test]
fn deleting_a_sent_session_says_its_entry_stays_there() {
    let server = FakeBabyBuddy::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let context = context(dir.path(), &server.url(), false);
    let record = super::common::finished_session(
        "2026-11-20T07:14:05.120+01:00",
        &[70.0],
        900.0,
        Some(50.0),
    );
    context.data.save_new(&record).expect("saved");
    letdown::babybuddy::Syncer::new(&context)
        .expect("a syncer")
        .run(&letdown::babybuddy::Asked::default(), &mut ())
        .expect("synced");
    assert_eq!(server.entries().len(), 1);

    let base = Instant::now();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).expect("a day");
    let mut app = super::common::day_app(&context, day, at(base, 0.0));
    press(&mut app, base, 1.0, KeyCode::Char('x'));
    press(&mut app, base, 2.0, KeyCode::Char('y'));
    let status = app
        .status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default();
    assert!(
        status.contains("moved to the trash")
            && status.contains("its Baby Buddy entry 1 stays there"),
        "{status}"
    );
}
