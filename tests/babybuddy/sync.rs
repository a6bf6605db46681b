//! `letdown sync` as the "Done when" has it: all sent once, an edit
//! patched, an entry already there found by its mark, a wrong token, an
//! unreachable server, a dry run; and what Baby Buddy refuses.

use std::fs;

use letdown::babybuddy::carries_mark;
use letdown::store::read_stored;

use super::server::{FakeBabyBuddy, TOKEN};
use super::{Household, common, said};

const FIRST: &str = "2026-11-20T07:14:05.120+01:00";
const SECOND: &str = "2026-11-21T09:30:00.000+01:00";
const THIRD: &str = "2026-11-22T22:05:00.000+01:00";

#[test]
fn the_first_sync_sends_every_session_oldest_first_and_the_second_sends_nothing() {
    let server = FakeBabyBuddy::start();
    let home = Household::of(&server);
    let third = home.pumped(THIRD, Some(60.0));
    let first = home.pumped(FIRST, Some(95.5));
    let second = home.pumped(SECOND, Some(80.0));

    let output = home.sync(&[]);
    assert!(output.status.success(), "{}", said(&output));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("Baby Buddy: 3 sent"), "{stdout}");
    let entries = server.entries();
    let order: Vec<bool> = [&first, &second, &third]
        .iter()
        .zip(&entries)
        .map(|(record, entry)| carries_mark(&entry.notes, &record.id))
        .collect();
    assert_eq!(order, [true, true, true], "oldest first: {entries:?}");
    assert!((entries[0].amount - 95.5).abs() < 1e-9);
    assert_eq!(entries[0].start, first.started.0);
    assert_eq!(entries[0].end, first.end().0);
    assert_eq!(entries[0].tags, ["letdown"]);

    let again = home.sync(&[]);
    assert!(again.status.success(), "{}", said(&again));
    let stdout = String::from_utf8_lossy(&again.stdout);
    assert!(
        stdout.contains("nothing new to send; 3 sessions sent before"),
        "{stdout}"
    );
    assert_eq!(
        server.requests().len(),
        4,
        "one check and three entries; the second sync asked nothing"
    );
    assert_eq!(server.entries().len(), 3);
    let record = home.sent_record(&server, &first.id);
    assert_eq!(common::mode(&record), 0o600);
    assert!(
        fs::read_to_string(&record)
            .expect("the record")
            .contains("entry = 1")
    );
}

#[test]
fn the_notes_read_on_one_line_and_the_amount_is_in_the_tables_units_not_the_display_ones() {
    let server = FakeBabyBuddy::start();
    let home = Household::with_table(&format!(
        "units = \"oz\"\n[babybuddy]\nurl = \"{}\"\nchild = 1\ntoken_file = \"token\"\ntags = [\"pumping\", \"letdown\"]\n",
        server.url()
    ));
    let mut record = common::finished_session(FIRST, &[70.0, 200.0], 900.0, None);
    record.result.left_ml = Some(45.0);
    record.result.right_ml = Some(38.0);
    record.result.note = Some("pumped at work\nbefore the meeting".to_string());
    record.result.comfort = Some(letdown::session::Comfort::Tender);
    home.save(&record);

    let output = home.sync(&[]);
    assert!(output.status.success(), "{}", said(&output));
    let entry = &server.entries()[0];
    assert!(
        (entry.amount - 83.0).abs() < 1e-9,
        "in ml: {}",
        entry.amount
    );
    assert_eq!(
        entry.notes,
        format!(
            "2 let-downs (07:15, 07:17) · L 45 ml / R 38 ml · tender · note: pumped at work before the meeting · letdown:{}",
            record.id
        )
    );
    assert_eq!(entry.tags, ["pumping", "letdown"]);
    assert_eq!(
        server.list_view(),
        [format!("1 83 {}", entry.notes)],
        "the list page reads as the notes do"
    );
}

#[test]
fn with_send_notes_off_the_note_stays_here() {
    let server = FakeBabyBuddy::start();
    let home = Household::with_table(&format!(
        "[babybuddy]\nurl = \"{}\"\nchild = 1\ntoken_file = \"token\"\nsend_notes = false\n",
        server.url()
    ));
    let mut record = common::finished_session(FIRST, &[70.0], 900.0, Some(50.0));
    record.result.note = Some("private words".to_string());
    home.save(&record);
    assert!(home.sync(&[]).status.success());
    let entry = &server.entries()[0];
    assert!(!entry.notes.contains("private words"), "{}", entry.notes);
    assert!(carries_mark(&entry.notes, &record.id));
}

#[test]
fn a_power_pumping_hour_is_one_entry() {
    let server = FakeBabyBuddy::start();
    let home = Household::of(&server);
    let mut record = common::finished_session(FIRST, &[70.0, 1900.0], 3600.0, Some(120.0));
    record.plan = Some("power".to_string());
    home.save(&record);
    assert!(home.sync(&[]).status.success());
    let entries = server.entries();
    assert_eq!(entries.len(), 1);
    assert_eq!(
        entries[0].end - entries[0].start,
        chrono::TimeDelta::hours(1)
    );
    assert!(
        entries[0].notes.contains(" · power pumping · "),
        "{}",
        entries[0].notes
    );
}

#[test]
fn an_edited_session_is_sent_as_a_patch_of_its_entry() {
    let server = FakeBabyBuddy::start();
    let home = Household::of(&server);
    let record = home.pumped(FIRST, Some(95.5));
    home.pumped(SECOND, Some(80.0));
    assert!(home.sync(&[]).status.success());

    let stored = read_stored(&home.data().path_for(&record)).expect("the file reads");
    let mut edited = stored.record.clone();
    edited.result.total_ml = Some(110.0);
    edited.result.note = Some("more than I thought".to_string());
    home.data()
        .rewrite(&stored, &edited)
        .expect("the edit is saved");

    let output = home.sync(&[]);
    assert!(output.status.success(), "{}", said(&output));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("Baby Buddy: 1 changed; 1 session sent before"),
        "{stdout}"
    );
    let requests = server.requests();
    assert_eq!(
        requests.last().map(String::as_str),
        Some("PATCH /api/pumping/1/")
    );
    let entries = server.entries();
    assert_eq!(entries.len(), 2, "patched, not sent twice");
    assert!((entries[0].amount - 110.0).abs() < 1e-9);
    assert!(entries[0].notes.contains("more than I thought"));
    assert!(home.sync(&[]).status.success());
    assert_eq!(server.requests().len(), requests.len(), "then nothing more");
}

#[test]
fn an_entry_the_server_holds_under_the_sessions_mark_is_found_on_a_later_page_and_noted_as_sent() {
    let server = FakeBabyBuddy::start();
    server.list_oldest_first();
    let home = Household::of(&server);
    let record = common::finished_session(FIRST, &[70.0, 200.0], 900.0, Some(95.5));
    // Sent before by another machine that shares the data dir: the same
    // entry, under the session's mark...
    let entry = letdown::babybuddy::Entry::of(
        &record,
        &letdown::config::Config::default(),
        &table(&server),
    )
    .expect("an entry");
    // ...after 120 short entries of the day before, so that it is on the second page.
    for i in 0..120 {
        let start = record.started.0 - chrono::TimeDelta::minutes(600 - 2 * i);
        let end = start + chrono::TimeDelta::minutes(1);
        server.hold(10.0, &start.to_rfc3339(), &end.to_rfc3339(), "by hand");
    }
    let own = server.hold(95.5, &entry.start, &entry.end, &entry.notes);
    home.save(&record);

    let output = home.sync(&[]);
    assert!(output.status.success(), "{}", said(&output));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("1 found there already"), "{stdout}");
    assert!(
        stdout.contains(&format!("already in Baby Buddy (entry {own}, by its mark)")),
        "{stdout}"
    );
    let gets = server
        .requests()
        .iter()
        .filter(|r| r.starts_with("GET "))
        .count();
    assert_eq!(gets, 3, "the check, and two pages of the window");
    assert_eq!(server.entries().len(), 121, "nothing added");

    let again = home.sync(&[]);
    assert!(
        String::from_utf8_lossy(&again.stdout).contains("nothing new to send"),
        "{}",
        said(&again)
    );
}

#[test]
fn an_overlapping_entry_without_the_mark_is_never_taken_for_the_session() {
    let server = FakeBabyBuddy::start();
    let home = Household::of(&server);
    let record = home.pumped(FIRST, Some(95.5));
    let later = home.pumped(SECOND, Some(80.0));
    // The same start and amount, entered by someone else.
    let theirs = server.hold(
        95.5,
        &record.started.to_rfc3339(),
        &record.end().to_rfc3339(),
        "pumped, entered on the phone",
    );

    let output = home.sync(&[]);
    assert_eq!(output.status.code(), Some(1), "{}", said(&output));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains(&format!(
            "2026-11-20 07:14  refused by Baby Buddy: it overlaps Baby Buddy entry {theirs} (07:14–07:29) that letdown did not send"
        )),
        "{stdout}"
    );
    assert!(stdout.contains("Baby Buddy: 1 sent, 1 refused"), "{stdout}");
    let entries = server.entries();
    assert_eq!(entries.len(), 2);
    assert!(
        carries_mark(&entries[1].notes, &later.id),
        "the rest went on"
    );
    // Still to send: the next sync tries it again.
    let again = home.sync(&[]);
    assert_eq!(again.status.code(), Some(1));
}

#[test]
fn a_session_in_the_future_is_refused_with_the_servers_reason_and_the_rest_is_sent() {
    let server = FakeBabyBuddy::start();
    let home = Household::of(&server);
    home.pumped(FIRST, Some(95.5));
    home.pumped("2199-01-01T07:00:00.000+01:00", Some(50.0));

    let output = home.sync(&[]);
    assert_eq!(output.status.code(), Some(1), "{}", said(&output));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains(
            "2199-01-01 07:00  refused by Baby Buddy: start: Date/time can not be in the future."
        ),
        "{stdout}"
    );
    assert!(stdout.contains("1 sent, 1 refused"), "{stdout}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("Baby Buddy refused 1 session"), "{stderr}");
    assert_eq!(server.entries().len(), 1);
}

#[test]
fn a_wrong_token_is_refused_plainly_and_never_shown() {
    let server = FakeBabyBuddy::start();
    let home = Household::of(&server);
    home.pumped(FIRST, Some(95.5));
    let wrong = "0000aaaa1111bbbb2222cccc3333dddd4444eeee";
    home.write_token(wrong);

    let output = home.sync(&[]);
    assert_eq!(
        output.status.code(),
        Some(2),
        "a setup to fix: {}",
        said(&output)
    );
    let all = said(&output);
    assert_eq!(server.requests().len(), 1, "one check, nothing sent");
    assert!(
        all.contains("Baby Buddy refused the token (403"),
        "the server's 403 is told: {all}"
    );
    assert!(all.contains("token_file"), "{all}");
    assert!(!all.contains(wrong), "the token was shown: {all}");
    assert!(!all.contains(TOKEN));
    assert!(server.entries().is_empty());

    // With the right one, it goes.
    home.write_token(TOKEN);
    assert!(home.sync(&[]).status.success());
    assert_eq!(server.entries().len(), 1);
}

#[test]
fn the_token_from_the_environment_comes_before_the_file() {
    let server = FakeBabyBuddy::start();
    let home = Household::of(&server);
    home.pumped(FIRST, Some(95.5));
    home.write_token("wrong");
    let output = home
        .sandbox
        .letdown()
        .env("LETDOWN_BABYBUDDY_TOKEN", TOKEN)
        .arg("sync")
        .output()
        .expect("runs");
    assert!(output.status.success(), "{}", said(&output));
    assert_eq!(server.entries().len(), 1);
}

#[test]
fn an_unreachable_server_leaves_every_session_for_the_next_sync() {
    // A port nobody listens on: bound, then let go.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = closed.local_addr().expect("address").port();
    drop(closed);
    let home = Household::with_table(&format!(
        "[babybuddy]\nurl = \"http://127.0.0.1:{port}\"\nchild = 1\ntoken_file = \"token\"\n"
    ));
    home.pumped(FIRST, Some(95.5));
    home.pumped(SECOND, Some(80.0));
    let before = common::tree_fingerprint(&home.sandbox.data_dir());

    let output = home.sync(&[]);
    assert_eq!(output.status.code(), Some(1), "{}", said(&output));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(&format!(
            "cannot reach Baby Buddy at http://127.0.0.1:{port}"
        )),
        "{stderr}"
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("nothing sent; 2 sessions for the next sync"),
        "{stdout}"
    );
    assert_eq!(
        common::tree_fingerprint(&home.sandbox.data_dir()),
        before,
        "the data dir is as it was"
    );

    let server = FakeBabyBuddy::start();
    home.point_at(&server);
    let output = home.sync(&[]);
    assert!(output.status.success(), "{}", said(&output));
    assert_eq!(server.entries().len(), 2, "both went next time");
}

#[test]
fn a_redirect_is_not_followed() {
    let server = FakeBabyBuddy::start();
    let elsewhere = FakeBabyBuddy::start();
    server.redirect_to(&format!("{}/api/pumping/", elsewhere.url()));
    let home = Household::of(&server);
    home.pumped(FIRST, Some(95.5));

    let output = home.sync(&[]);
    assert_eq!(output.status.code(), Some(2), "{}", said(&output));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("answered with a redirect (301 to http://127.0.0.1:")
            && stderr.contains("letdown follows none"),
        "{stderr}"
    );
    assert_eq!(
        elsewhere.connections_so_far(),
        0,
        "the redirect was not followed"
    );
}

#[test]
fn a_dry_run_says_what_would_be_sent_and_connects_nowhere() {
    let server = FakeBabyBuddy::start();
    let home = Household::of(&server);
    home.pumped(FIRST, Some(95.5));
    home.pumped(SECOND, None);

    let output = home.sync(&["--dry-run"]);
    assert!(output.status.success(), "{}", said(&output));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("would send   2026-11-20 07:14  95.5 ml, 2 let-downs (07:15, 07:17)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("not sent     2026-11-21 09:30  no volume yet"),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "Baby Buddy, dry run (nothing sent): would send 1 session; 1 session without a volume, not sent"
        ),
        "{stdout}"
    );
    assert_eq!(server.connections_so_far(), 0);
    assert!(!home.sandbox.data_dir().join("babybuddy").exists());
}

#[test]
fn a_session_without_a_volume_waits_until_it_has_one() {
    let server = FakeBabyBuddy::start();
    let home = Household::of(&server);
    let record = home.pumped(FIRST, None);
    let output = home.sync(&[]);
    assert!(output.status.success(), "{}", said(&output));
    assert!(
        String::from_utf8_lossy(&output.stdout)
            .contains("nothing new to send; 1 session without a volume, not sent"),
        "{}",
        said(&output)
    );
    assert_eq!(server.connections_so_far(), 0);

    let stored = read_stored(&home.data().path_for(&record)).expect("reads");
    let mut edited = stored.record.clone();
    edited.result.total_ml = Some(70.0);
    home.data().rewrite(&stored, &edited).expect("saved");
    assert!(home.sync(&[]).status.success());
    assert_eq!(server.entries().len(), 1);
}

/// The `[babybuddy]` table `Household::of` writes, as the library reads it.
fn table(server: &FakeBabyBuddy) -> letdown::config::BabyBuddy {
    letdown::config::BabyBuddy {
        url: server.url(),
        child: 1,
        token_file: None,
        units: letdown::config::Units::Ml,
        tags: vec!["letdown".to_string()],
        auto: false,
        send_notes: true,
        allow_http: false,
        ca_file: None,
    }
}
