//! The history commands as a user runs them: `stats`, `status`, `export` and
//! `import`, on data dirs of hand-written schema-1 files.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use assert_cmd::cargo::cargo_bin_cmd;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use letdown::config::Config;
use letdown::store::StateDir;
use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;

/// A user with config, data and state folders of their own, in UTC so that
/// "today" and clock times are the same for the test and the binary.
struct User {
    home: TempDir,
}

impl User {
    fn new() -> Self {
        Self {
            home: tempfile::tempdir().expect("a temp dir"),
        }
    }

    fn letdown(&self) -> Command {
        let mut cmd = cargo_bin_cmd!("letdown");
        cmd.env_remove("LETDOWN_CONFIG")
            .env_remove("LETDOWN_DATA_DIR")
            .env("XDG_CONFIG_HOME", self.home.path().join("config"))
            .env("XDG_DATA_HOME", self.home.path().join("data"))
            .env("XDG_STATE_HOME", self.home.path().join("state"))
            .env("TZ", "UTC");
        cmd
    }

    fn path(&self, name: &str) -> PathBuf {
        self.home.path().join(name)
    }

    fn data(&self) -> PathBuf {
        self.path("data/letdown")
    }

    fn state(&self) -> StateDir {
        StateDir::new(self.path("state/letdown"))
    }

    fn write_config(&self, text: &str) {
        let dir = self.path("config/letdown");
        fs::create_dir_all(&dir).expect("config folder");
        fs::write(dir.join("config.toml"), text).expect("config written");
    }

    /// Adds a finished session, written by hand as [`finished`] spells it.
    fn add(&self, started: DateTime<Utc>, active_secs: f64, letdowns: &[f64], rest: &str) {
        self.write_session(started, &finished(started, active_secs, letdowns, rest));
    }

    /// Writes a session file by hand where the store keeps it.
    fn write_session(&self, started: DateTime<Utc>, toml: &str) -> PathBuf {
        let dir = self
            .data()
            .join("sessions")
            .join(started.format("%Y-%m-%d").to_string());
        fs::create_dir_all(&dir).expect("day folder");
        let path = dir.join(format!("{}.toml", id(started)));
        fs::write(&path, toml).expect("session written");
        path
    }

    fn json(&self, args: &[&str]) -> Value {
        let output = self.letdown().args(args).output().expect("runs");
        assert!(output.status.success(), "{output:?}");
        serde_json::from_slice(&output.stdout).expect("JSON")
    }
}

fn id(started: DateTime<Utc>) -> String {
    format!("{}-laptop-t3st", started.format("%Y-%m-%dT%H%M%S"))
}

fn rfc3339(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%dT%H:%M:%S%.3f+00:00").to_string()
}

/// A finished schema-1 session, as a user would write it, with `rest`
/// (tables such as `[result]`) appended.
fn finished(started: DateTime<Utc>, active_secs: f64, letdowns: &[f64], rest: &str) -> String {
    let mut text = format!(
        "schema = 1\nid = \"{}\"\nstate = \"finished\"\nstarted = {}\nended = {}\nactive_secs = {active_secs:?}\npaused_secs = 0.0\n",
        id(started),
        rfc3339(started),
        rfc3339(started + Duration::seconds(active_secs as i64)),
    );
    for at_secs in letdowns {
        let _ = write!(
            text,
            "\n[[letdowns]]\nat_secs = {at_secs:?}\nat = {}\n",
            rfc3339(started + Duration::seconds(*at_secs as i64))
        );
    }
    text.push_str(rest);
    text
}

fn today() -> NaiveDate {
    Utc::now().date_naive()
}

fn at(day: NaiveDate, hour: u32, minute: u32) -> DateTime<Utc> {
    day.and_hms_opt(hour, minute, 0).expect("a time").and_utc()
}

fn days_ago(n: u64) -> NaiveDate {
    today() - chrono::Days::new(n)
}

#[test]
fn stats_json_covers_the_days_asked_for_and_skips_a_broken_file() {
    let user = User::new();
    user.add(
        at(today(), 0, 5),
        900.0,
        &[90.0, 250.0],
        "\n[[triggers]]\nat_secs = 200.0\nname = \"warm-compress\"\n\n[result]\ntotal_ml = 50.0\n",
    );
    user.add(
        at(today(), 0, 40),
        600.0,
        &[70.0],
        "\n[result]\nleft_ml = 30.0\nright_ml = 40.0\n",
    );
    user.add(at(days_ago(2), 9, 0), 1200.0, &[], "");
    user.add(at(days_ago(3), 9, 0), 1200.0, &[60.0], "");
    let broken = user.write_session(at(today(), 0, 20), "schema = 1\nid = \"trunc");

    let output = user
        .letdown()
        .args(["stats", "--days", "3", "--json"])
        .output()
        .expect("runs");
    assert!(output.status.success(), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("1 session file could not be read"),
        "{stderr}"
    );
    assert_eq!(
        fs::read(&broken).expect("still there"),
        b"schema = 1\nid = \"trunc"
    );

    let json: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let days = json["days"].as_array().expect("days");
    assert_eq!(days.len(), 3);
    assert_eq!(days[0]["date"], days_ago(2).to_string());
    assert_eq!(days[0]["sessions"], 1);
    assert_eq!(
        days[1]["sessions"], 0,
        "a day without sessions is there as zero"
    );
    assert_eq!(days[1]["active_secs"], 0.0);
    assert_eq!(days[2]["sessions"], 2);
    assert_eq!(days[2]["active_secs"], 1500.0);
    assert_eq!(days[2]["letdowns"], 3);
    assert_eq!(days[2]["volume_ml"], 120.0);
    assert_eq!(json["sessions"].as_array().expect("sessions").len(), 3);
    assert_eq!(json["sessions"][1]["first_letdown_secs"], 90.0);
    assert_eq!(json["pattern"]["sessions"], 3);
    assert_eq!(json["pattern"]["median_first_letdown_secs"], 80.0);
    assert_eq!(json["pattern"]["median_letdowns"], 1.0);
    assert_eq!(json["pattern"]["median_gap_secs"], 160.0);
    assert_eq!(json["triggers"][0]["name"], "warm-compress");
    assert_eq!(json["triggers"][0]["shown"], 1);
    assert_eq!(json["triggers"][0]["followed_by_letdown"], 1);
}

#[test]
fn stats_text_reads_in_the_configured_units() {
    let user = User::new();
    user.write_config("units = \"oz\"\n");
    user.add(
        at(today(), 0, 5),
        900.0,
        &[90.0],
        "\n[result]\ntotal_ml = 59.14706\n",
    );
    user.letdown()
        .args(["stats", "--days", "2"])
        .assert()
        .success()
        .stdout(predicate::str::contains("2.0 oz"))
        .stdout(predicate::str::contains("first let-down after  1m30s"))
        .stdout(predicate::str::contains("The coach showed no triggers"));
}

#[test]
fn stats_refuses_zero_days() {
    User::new()
        .letdown()
        .args(["stats", "--days", "0"])
        .assert()
        .code(2);
}

#[test]
fn status_with_no_sessions_says_so() {
    User::new()
        .letdown()
        .arg("status")
        .assert()
        .success()
        .stdout("no sessions yet\n");
}

#[test]
fn status_after_a_session_says_how_long_ago_and_when_the_next_is_due() {
    let user = User::new();
    let now = Utc::now();
    let started = now - Duration::minutes(150) - Duration::seconds(20);
    user.add(started, 1200.0, &[80.0], "");
    // Another machine's clock running ahead does not make a session "last".
    user.add(now + Duration::minutes(5), 600.0, &[], "");
    let end = started + Duration::seconds(1200);
    let due = (end + Duration::minutes(180)).format("%H:%M");
    user.letdown()
        .arg("status")
        .assert()
        .success()
        .stdout(format!(
            "last pumped 2h10m ago · next due {due} · 24 h: 1 · 20m\n"
        ));
}

#[test]
fn status_of_a_session_long_past_says_it_is_due() {
    let user = User::new();
    let started = Utc::now() - Duration::hours(30);
    user.add(started, 600.0, &[], "");
    user.letdown().arg("status").assert().success().stdout(
        predicate::str::is_match("^last pumped 2[89]h..m ago · due now\n$").expect("regex"),
    );
}

/// The rolling last 24 hours in `stats --json` (`last_24h`), in the text of
/// `stats` and, briefly, in `status`: a hand-entered count counts, rest
/// phases do not, and neither a session 25 h old nor one that starts after
/// now (another machine's clock running ahead) is in them.
#[test]
fn stats_and_status_carry_the_last_24_hours() {
    let user = User::new();
    let now = Utc::now();
    user.add(
        now - Duration::hours(2),
        900.0,
        &[90.0, 250.0],
        "\n[result]\ntotal_ml = 60.0\n",
    );
    let by_hand = now - Duration::hours(5);
    user.write_session(
        by_hand,
        &finished(by_hand, 1200.0, &[], "").replace(
            "schema = 1\n",
            "schema = 2\nentered = \"by-hand\"\nletdown_count = 3\n",
        ),
    );
    let rested = now - Duration::hours(23);
    user.write_session(
        rested,
        &finished(
            rested,
            3000.0,
            &[100.0],
            "\n[[phases]]\nname = \"Rest\"\nfrom_secs = 1200.0\nto_secs = 1800.0\nkind = \"rest\"\n\n[result]\nleft_ml = 30.0\nright_ml = 40.0\n",
        )
        .replace("schema = 1\n", "schema = 2\npumping_secs = 2400.0\n"),
    );
    user.add(now - Duration::hours(25), 1200.0, &[60.0], "");
    user.add(now + Duration::minutes(10), 600.0, &[60.0], "");

    let json = user.json(&["stats", "--days", "3", "--json"]);
    let last = &json["last_24h"];
    assert_eq!(last["sessions"], 3, "{last}");
    assert_eq!(last["pumping_secs"], 4500.0, "{last}");
    assert_eq!(last["letdown_count"], 6, "{last}");
    assert_eq!(last["volume_ml"], 130.0, "{last}");
    let mut keys: Vec<&str> = last
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        ["letdown_count", "pumping_secs", "sessions", "volume_ml"]
    );
    assert!(json["days"].is_array(), "the history is all there too");

    user.letdown()
        .args(["stats", "--days", "3"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Last 24 hours: 3 sessions · 1h15m pumping · 6 let-downs · 130 ml\n",
        ));
    user.letdown().arg("status").assert().success().stdout(
        predicate::str::is_match(
            r"^last pumped 1h45m ago · next due \d\d:\d\d · 24 h: 3 · 1h15m\n$",
        )
        .expect("regex"),
    );
}

/// A running session's file, as the session screen keeps it in the state folder.
fn running(heartbeat: DateTime<Utc>, active_secs: f64, paused: bool) -> String {
    let started = heartbeat - Duration::seconds(active_secs as i64);
    let body = finished(started, active_secs, &[60.0, 200.0, 400.0], "")
        .replace("state = \"finished\"", "state = \"running\"");
    format!(
        "{body}\n[running]\nheartbeat = {}\npid = 1\nphase = 4\nphase_from_secs = 300.0\npaused = {paused}\n",
        rfc3339(heartbeat)
    )
}

fn write_running(user: &User, text: &str) {
    let dir = user.state().root().to_path_buf();
    fs::create_dir_all(&dir).expect("state folder");
    fs::write(dir.join("running.toml"), text).expect("running file");
}

/// `letdown status` while the test holds the lock, as the running app would:
/// 452 s on the clock at a heartbeat `secs_since_heartbeat` ago.
fn status_while_running(secs_since_heartbeat: i64, paused: bool) -> assert_cmd::assert::Assert {
    let user = User::new();
    let heartbeat = Utc::now() - Duration::seconds(secs_since_heartbeat);
    write_running(&user, &running(heartbeat, 452.0, paused));
    let _lock = user.state().lock().expect("the lock is free");
    user.letdown().arg("status").assert().success()
}

#[test]
fn status_of_a_running_session_shows_its_clock_and_count() {
    // 452 s plus the 10 s since the heartbeat: 07:42, a little more on a slow machine.
    status_while_running(10, false)
        .stdout(predicate::str::is_match("^pumping 07:4[2-9] · 3 let-downs\n$").expect("regex"));
}

#[test]
fn status_of_a_paused_session_shows_its_clock_standing() {
    status_while_running(100, true).stdout("paused 07:32 · 3 let-downs\n");
}

#[test]
fn status_of_a_running_file_nobody_holds_offers_to_resume() {
    let user = User::new();
    write_running(
        &user,
        &running(Utc::now() - Duration::seconds(10), 452.0, false),
    );
    user.letdown()
        .arg("status")
        .assert()
        .success()
        .stdout("a session was interrupted — open letdown to resume it\n");
}

#[test]
fn status_on_a_fresh_machine_creates_no_state_folder() {
    let user = User::new();
    user.letdown()
        .arg("status")
        .assert()
        .success()
        .stdout("no sessions yet\n");
    assert!(!user.path("state").exists(), "status only reads");
}

#[test]
fn status_with_a_running_file_takes_no_lock_and_creates_no_file() {
    let user = User::new();
    write_running(
        &user,
        &running(Utc::now() - Duration::seconds(10), 452.0, false),
    );
    let before = fs::read_dir(user.state().root()).expect("state").count();
    user.letdown().arg("status").assert().success();
    let after: Vec<_> = fs::read_dir(user.state().root())
        .expect("state")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(after.len(), before, "status left {after:?}");
}

#[test]
fn status_tells_an_unreadable_running_file_from_an_interrupted_session() {
    let user = User::new();
    write_running(&user, "schema = 1\nid = \"half");
    user.letdown()
        .arg("status")
        .assert()
        .success()
        .stdout("the running session's file cannot be read; opening letdown will set it aside\n")
        .stderr(predicate::str::contains("running.toml"));
}

#[test]
fn status_sees_the_lock_held_over_an_unreadable_running_file() {
    let user = User::new();
    write_running(&user, "schema = 1\nid = \"half");
    let _lock = user.state().lock().expect("the lock is free");
    user.letdown()
        .arg("status")
        .assert()
        .success()
        .stdout("a session is running\n");
}

#[test]
fn status_of_a_finished_session_not_yet_saved_says_opening_saves_it() {
    let user = User::new();
    let started = Utc::now() - Duration::minutes(30);
    write_running(&user, &finished(started, 600.0, &[60.0], ""));
    user.letdown()
        .arg("status")
        .assert()
        .success()
        .stdout("the last session is not saved yet; opening letdown will save it\n");
}

/// Three sessions over two days, one carrying every part of the schema.
fn fill(user: &User) {
    let full = at(days_ago(1), 7, 14);
    user.add(
        full,
        1055.4,
        &[95.2, 300.0],
        r#"
[[phases]]
name = "Massage"
from_secs = 0.0
to_secs = 60.0

[[pauses]]
from_secs = 400.0
secs = 60.0

[[triggers]]
at_secs = 250.0
name = "warm-compress"

[result]
left_ml = 45.0
right_ml = 38.0
total_ml = 83.0
comfort = "tender"
note = "at work, \"quiet room\"; fine"
"#,
    );
    user.add(at(days_ago(1), 11, 0), 600.0, &[], "");
    user.add(at(today(), 0, 30), 900.0, &[120.0], "");
}

fn session_files(data: &Path) -> usize {
    walk(&data.join("sessions"))
}

fn walk(dir: &Path) -> usize {
    fs::read_dir(dir).map_or(0, |entries| {
        entries
            .filter_map(Result::ok)
            .map(|e| {
                if e.path().is_dir() {
                    walk(&e.path())
                } else {
                    1
                }
            })
            .sum()
    })
}

#[test]
fn export_then_import_gives_the_same_sessions_once() {
    let user = User::new();
    fill(&user);
    let everything = user.json(&["export", "--format", "json"]);
    assert_eq!(everything.as_array().expect("an array").len(), 3);
    assert_eq!(everything[0]["result"]["comfort"], "tender");

    for format in ["csv", "json"] {
        let file = user.path(&format!("export.{format}"));
        let file = file.to_str().expect("a UTF-8 path");
        user.letdown()
            .args(["export", "--format", format, "-o", file])
            .assert()
            .success()
            .stdout(format!("exported 3 sessions to {file}\n"));
        let fresh = user.path(&format!("fresh-{format}"));
        let fresh = fresh.to_str().expect("a UTF-8 path");
        user.letdown()
            .args(["--data-dir", fresh, "import", file])
            .assert()
            .success()
            .stdout("imported 3 sessions, skipped 0 already present\n");
        let again = user.json(&["--data-dir", fresh, "export", "--format", "json"]);
        assert_eq!(again, everything, "{format} carries the sessions whole");
        user.letdown()
            .args(["--data-dir", fresh, "import", file])
            .assert()
            .success()
            .stdout("imported 0 sessions, skipped 3 already present\n");
        assert_eq!(session_files(Path::new(fresh)), 3);
    }
}

#[test]
fn export_keeps_to_the_days_asked_for() {
    let user = User::new();
    fill(&user);
    let yesterday = days_ago(1).to_string();
    let some = user.json(&[
        "export", "--format", "json", "--from", &yesterday, "--to", &yesterday,
    ]);
    assert_eq!(some.as_array().expect("an array").len(), 2);
    let csv = user
        .letdown()
        .args(["export", "--format", "csv", "--from", &today().to_string()])
        .output()
        .expect("runs");
    assert_eq!(
        String::from_utf8_lossy(&csv.stdout).lines().count(),
        2,
        "a header and a row"
    );
    user.letdown()
        .args([
            "export",
            "--format",
            "csv",
            "--from",
            &today().to_string(),
            "--to",
            &yesterday,
        ])
        .assert()
        .code(2);
}

#[test]
fn a_malformed_import_exits_2_and_writes_nothing() {
    let user = User::new();
    fill(&user);
    let good = user
        .letdown()
        .args(["export", "--format", "csv"])
        .output()
        .expect("runs");
    let text = String::from_utf8(good.stdout).expect("UTF-8");
    // The third row (line 4) gets a start that is not a date.
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let day = today().to_string();
    lines[3] = lines[3].replacen(&format!(",{day}T00:30:00.000+00:00,"), ",yesterday-ish,", 1);
    let bad = user.path("bad.csv");
    fs::write(&bad, lines.join("\n")).expect("written");
    let fresh = user.path("fresh");
    user.letdown()
        .args([
            "--data-dir".as_ref(),
            fresh.as_os_str(),
            "import".as_ref(),
            bad.as_os_str(),
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("line 4: started: `yesterday-ish`"))
        .stderr(predicate::str::contains("nothing was imported"));
    assert_eq!(session_files(&fresh), 0);

    let garbage = user.path("garbage.json");
    fs::write(&garbage, "[{\"schema\": 1, \"id\": ").expect("written");
    user.letdown()
        .args([
            "--data-dir".as_ref(),
            fresh.as_os_str(),
            "import".as_ref(),
            garbage.as_os_str(),
        ])
        .assert()
        .code(2);
    assert_eq!(session_files(&fresh), 0);
    assert!(!fresh.exists(), "not even a folder was made");
}

#[test]
fn today_and_yesterday_are_the_days_the_config_counts() {
    let user = User::new();
    // A day that starts at 23:59 is, nearly all day, the calendar's yesterday.
    let text = "day_starts_at = \"23:59\"\n";
    user.write_config(text);
    let config = Config::parse(text, Path::new("config.toml")).expect("the config parses");
    let counted = || letdown::query::today(&config, Utc::now().fixed_offset());
    let before = counted();
    let on_today = user.json(&["log", "today", "--json"]);
    let on_yesterday = user.json(&["log", "yesterday", "--json"]);
    let after = counted();
    let day = |value: &Value| {
        value["date"]
            .as_str()
            .and_then(|d| d.parse::<NaiveDate>().ok())
            .expect("a date")
    };
    let today = day(&on_today);
    assert!(today == before || today == after, "{today}: not {before}");
    assert_eq!(day(&on_yesterday), today.pred_opt().expect("a day before"));
}

#[test]
fn export_takes_today_and_yesterday_as_dates() {
    let user = User::new();
    fill(&user);
    let yesterday = days_ago(1).to_string();
    let by_date = user.json(&[
        "export", "--format", "json", "--from", &yesterday, "--to", &yesterday,
    ]);
    let by_word = user.json(&[
        "export",
        "--format",
        "json",
        "--from",
        "yesterday",
        "--to",
        "yesterday",
    ]);
    assert_eq!(by_word, by_date);
    assert_eq!(by_word.as_array().expect("an array").len(), 2);
    let since_today = user.json(&["export", "--format", "json", "--from", "today"]);
    assert_eq!(since_today.as_array().expect("an array").len(), 1);
}

#[test]
fn import_counts_one_session_in_the_singular() {
    let user = User::new();
    fill(&user);
    let file = user.path("today.json");
    let file = file.to_str().expect("a UTF-8 path");
    user.letdown()
        .args(["export", "--format", "json", "--from", "today", "-o", file])
        .assert()
        .success()
        .stdout(format!("exported 1 session to {file}\n"));
    let fresh = user.path("fresh");
    let fresh = fresh.to_str().expect("a UTF-8 path");
    user.letdown()
        .args(["--data-dir", fresh, "import", file])
        .assert()
        .success()
        .stdout("imported 1 session, skipped 0 already present\n");
}

#[test]
fn stats_reads_durations_as_the_screens_do_rounded_down() {
    let user = User::new();
    // 7 min 39.6 s of pumping, the first let-down at 7 min 13.6 s.
    user.add(at(today(), 0, 5), 459.6, &[433.6], "");
    let output = user
        .letdown()
        .args(["stats", "--days", "2"])
        .output()
        .expect("runs");
    assert!(output.status.success(), "{output:?}");
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    assert!(text.contains("first let-down after  7m13s"), "{text}");
    let label = today().format("%a %-d %b").to_string();
    let row = text
        .lines()
        .find(|line| line.starts_with(&label))
        .unwrap_or_else(|| panic!("no row for {label} in:\n{text}"));
    let columns: Vec<&str> = row[label.len()..].split_whitespace().collect();
    assert_eq!(columns[..3], ["1", "7m", "1"], "{text}");
}
