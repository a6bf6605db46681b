//! Setting it up: no connection without `[babybuddy]`, a setup that would
//! leak the token (in the config, a file others can read, `http://` to
//! another machine) refused before anything is sent, a wrong child or
//! address found with one request, and a server that never answers given
//! up on in time.

use std::fs;
use std::os::unix::fs::PermissionsExt;

use std::time::{Duration, Instant};

use super::server::{FakeBabyBuddy, TOKEN};
use super::{Household, said};

fn table_for(url: &str) -> String {
    format!("[babybuddy]\nurl = \"{url}\"\nchild = 1\ntoken_file = \"token\"\n")
}

const FIRST: &str = "2026-11-20T07:14:05.120+01:00";

#[test]
fn without_the_table_sync_says_how_to_set_it_up_and_makes_no_connection() {
    let home = Household::with_table("units = \"ml\"\n");
    home.pumped(FIRST, Some(95.5));
    let output = home.sync(&[]);
    assert_eq!(output.status.code(), Some(2), "{}", said(&output));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("Baby Buddy is not set up: add a [babybuddy] table"),
        "{stderr}"
    );
    assert!(output.stdout.is_empty());
    assert!(!home.sandbox.state_dir().join("babybuddy").exists());
}

#[test]
fn no_other_command_connects_even_with_the_table_set() {
    let server = FakeBabyBuddy::start();
    let home = Household::with_table(&format!(
        "[babybuddy]\nurl = \"{}\"\nchild = 1\ntoken_file = \"token\"\nauto = true\n",
        server.url()
    ));
    home.pumped(FIRST, Some(95.5));
    for args in [
        &["log", "2026-11-20"][..],
        &["stats", "--days", "30"],
        &["status"],
        &["export", "--format", "json"],
        &["config", "check"],
        &["config", "show"],
        &[
            "add",
            "--at",
            "07:10",
            "--date",
            "2026-11-19",
            "--mins",
            "20",
            "--total",
            "60",
        ],
        &["sync", "--dry-run"],
    ] {
        let output = home.sandbox.run(args);
        assert!(output.status.success(), "{args:?}: {}", said(&output));
        assert!(!said(&output).contains(TOKEN));
    }
    assert_eq!(server.connections_so_far(), 0, "a command connected");
    assert!(server.requests().is_empty());
}

#[test]
fn a_token_file_others_can_read_is_refused_before_anything_is_sent() {
    let server = FakeBabyBuddy::start();
    let home = Household::of(&server);
    home.pumped(FIRST, Some(95.5));
    fs::set_permissions(home.token_file(), fs::Permissions::from_mode(0o640)).expect("chmod");
    let output = home.sync(&[]);
    assert_eq!(output.status.code(), Some(2), "{}", said(&output));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("can be read by others (mode 0640)") && stderr.contains("chmod 600"),
        "{stderr}"
    );
    assert!(!stderr.contains(TOKEN));
    assert_eq!(server.connections_so_far(), 0);
}

#[test]
fn no_token_at_all_says_where_one_goes() {
    let server = FakeBabyBuddy::start();
    let home = Household::with_table(&format!(
        "[babybuddy]\nurl = \"{}\"\nchild = 1\n",
        server.url()
    ));
    home.pumped(FIRST, Some(95.5));
    let output = home.sync(&[]);
    assert_eq!(output.status.code(), Some(2), "{}", said(&output));
    assert!(
        said(&output).contains("no Baby Buddy token: set LETDOWN_BABYBUDDY_TOKEN"),
        "{}",
        said(&output)
    );
    assert_eq!(server.connections_so_far(), 0);
}

#[test]
fn a_token_in_the_config_is_refused_without_being_shown() {
    let home = Household::with_table(&format!(
        "[babybuddy]\nurl = \"https://baby.example.org\"\nchild = 1\ntoken = \"{TOKEN}\"\n"
    ));
    let output = home.sandbox.run(["config", "check"]);
    assert_eq!(output.status.code(), Some(2), "{}", said(&output));
    let all = said(&output);
    assert!(
        all.contains(":4:1: babybuddy.token: the token is never kept in the config")
            && all.contains("token_file"),
        "{all}"
    );
    assert!(!all.contains(TOKEN), "{all}");
}

#[test]
fn http_to_another_machine_is_refused_unless_allowed() {
    let refused = Household::with_table("[babybuddy]\nurl = \"http://baby.lan:8000\"\nchild = 1\n");
    let output = refused.sandbox.run(["config", "check"]);
    assert_eq!(output.status.code(), Some(2));
    let all = said(&output);
    assert!(
        all.contains(":2:1: babybuddy.url: expected https://") && all.contains("allow_http = true"),
        "{all}"
    );
    let allowed = Household::with_table(
        "[babybuddy]\nurl = \"http://baby.lan:8000\"\nchild = 1\nallow_http = true\n",
    );
    let output = allowed.sandbox.run(["config", "check"]);
    assert!(output.status.success(), "{}", said(&output));
}

#[test]
fn a_certificate_file_that_holds_none_is_said_plainly() {
    let home = Household::with_table(
        "[babybuddy]\nurl = \"https://127.0.0.1:1\"\nchild = 1\ntoken_file = \"token\"\nca_file = \"ca.pem\"\n",
    );
    fs::write(
        home.sandbox.path().join("config/letdown/ca.pem"),
        "not a certificate\n",
    )
    .expect("write");
    home.pumped(FIRST, Some(95.5));
    let output = home.sync(&[]);
    assert_eq!(output.status.code(), Some(2), "{}", said(&output));
    assert!(
        said(&output).contains("ca.pem: holds no certificate"),
        "{}",
        said(&output)
    );
}

#[test]
fn a_self_signed_server_is_trusted_through_ca_file_only() {
    let (server, pem) = FakeBabyBuddy::start_tls();
    let home = Household::of(&server);
    home.pumped(FIRST, Some(95.5));
    let output = home.sync(&[]);
    assert_eq!(output.status.code(), Some(1), "{}", said(&output));
    assert!(
        said(&output).contains(&format!("a secure connection to {} failed", server.url()))
            && said(&output).contains("name that certificate in `ca_file`"),
        "{}",
        said(&output)
    );
    assert!(server.entries().is_empty());

    fs::write(home.sandbox.path().join("config/letdown/server.pem"), pem).expect("write");
    let config = home.sandbox.config_file();
    let text = fs::read_to_string(&config).expect("the config") + "ca_file = \"server.pem\"\n";
    fs::write(&config, text).expect("the config");
    let output = home.sync(&[]);
    assert!(output.status.success(), "{}", said(&output));
    assert_eq!(server.entries().len(), 1);
}

#[test]
fn a_wrong_child_or_path_stops_at_one_request_with_a_setup_error() {
    let server = FakeBabyBuddy::start();
    let home = Household::with_table(&format!(
        "[babybuddy]\nurl = \"{}\"\nchild = 7\ntoken_file = \"token\"\n",
        server.url()
    ));
    home.pumped(FIRST, Some(95.5));
    home.pumped("2026-11-21T07:00:00+01:00", Some(95.5));
    let output = home.sync(&[]);
    assert_eq!(output.status.code(), Some(2), "{}", said(&output));
    assert!(
        said(&output).contains("Baby Buddy has no child 7"),
        "{}",
        said(&output)
    );
    assert_eq!(server.requests().len(), 1);

    let path = Household::with_table(&table_for(&format!("{}/wrong", server.url())));
    path.pumped(FIRST, Some(95.5));
    let output = path.sync(&[]);
    assert_eq!(output.status.code(), Some(2), "{}", said(&output));
    assert!(said(&output).contains("check `url`"), "{}", said(&output));
    assert_eq!(server.requests().len(), 2);
}

#[test]
fn https_to_a_plain_http_server_says_so() {
    let server = FakeBabyBuddy::start();
    let home = Household::with_table(&table_for(&format!(
        "https://127.0.0.1:{}",
        server.addr.port()
    )));
    home.pumped(FIRST, Some(95.5));
    let output = home.sync(&[]);
    assert_eq!(output.status.code(), Some(2), "{}", said(&output));
    assert!(
        said(&output).contains("speaks plain HTTP, not HTTPS")
            && !said(&output).contains("ca_file"),
        "{}",
        said(&output)
    );
}

#[test]
fn a_server_that_never_answers_is_given_up_on_within_thirty_seconds() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("address").port();
    // Takes every connection and says nothing.
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming().flatten() {
            held.push(stream);
        }
    });
    let home = Household::with_table(&table_for(&format!("http://127.0.0.1:{port}")));
    home.pumped(FIRST, Some(95.5));
    let began = Instant::now();
    let dir = home.sandbox.path();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("letdown"))
        .env("HOME", dir.join("home"))
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .env("XDG_DATA_HOME", dir.join("data"))
        .env("XDG_STATE_HOME", dir.join("state"))
        .env_remove("LETDOWN_CONFIG")
        .env_remove("LETDOWN_DATA_DIR")
        .env_remove("LETDOWN_BABYBUDDY_TOKEN")
        .arg("sync")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("letdown runs");
    let deadline = began + Duration::from_secs(40);
    while child.try_wait().expect("waits").is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("still waiting after 40 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let took = began.elapsed();
    let output = child.wait_with_output().expect("its output");
    assert!(took < Duration::from_secs(30), "took {took:?}");
    assert_eq!(output.status.code(), Some(1), "{}", said(&output));
    assert!(
        said(&output).contains("gave no answer within 20 s (waiting for its answer to the check of the token and child 1)"),
        "{}",
        said(&output)
    );
}
